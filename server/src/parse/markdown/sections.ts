// Where a Markdown body can be cut into sections that parse alone exactly as they parse
// inside the whole document: before each ATX heading at the start of a line. A heading
// there ends any paragraph, list, blockquote, table or reference definition above it, so
// the section below starts at the top level; only a fenced code or HTML block can still be
// open across it, and the parser of a section reports that (MarkdownStructure.openEnd), so
// the caller joins that section with the next.
import type { LineIndex } from '../../model/positions';

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * The offsets where sections start: `bodyStart` (which must be a line start), each line at
 * or after it that opens with an ATX heading, then the text's length.
 */
export function sectionBounds(text: string, bodyStart: number, lines: LineIndex): number[] {
  const bounds = [bodyStart];
  for (let line = lines.lineAt(bodyStart) + 1; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    if (text.charCodeAt(start) === 35 /* # */ && ATX_HEADING.test(text.slice(start, Math.min(start + 8, lines.lineEnd(line))))) bounds.push(start);
  }
  bounds.push(text.length);
  return bounds;
}
