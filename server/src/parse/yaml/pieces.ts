// Splitting a YAML plan, by a cheap line scan, into pieces that parse alone exactly as
// they parse inside the whole document: each top-level key with its block, and each
// item of a block `risks:` sequence. An edit then re-parses one piece. Whatever the scan
// cannot split with certainty (tabs, lone CR line breaks, document markers, directives,
// an indented first key, a line between the risk items' indentation and the top) gives
// no chunks, and the caller parses the whole document.
import { anywhere } from '../text-scan';

export interface YamlChunk {
  readonly start: number;
  readonly end: number;
  /** A top-level key with its block, or one item of the `risks:` sequence. */
  readonly kind: 'top' | 'risk';
}

/** `risks:` alone on its line (a comment may follow): its items follow as a block sequence. */
const RISKS_HEADER = /^risks:(?:[ ]+(?:#.*)?)?\r?$/;
/** `---` and `...` (document markers) and `%` (directives) end or start documents. */
const DOCUMENT_LINE = /^(?:(?:---|\.\.\.)(?:[ \r]|$)|%)/;

function isItemStart(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 45 /* - */) return false;
  const next = text.charCodeAt(at + 1);
  return next === 32 || next === 10 || next === 13 || Number.isNaN(next);
}

/** A line ended by a carriage return alone, which the chunks' line scan does not part (asked on each keystroke: around the edit). */
const hasLoneCarriageReturn = anywhere(/\r(?!\n)/);

/** The chunks of a YAML text in order, covering it from 0 to its end; undefined when it cannot be split exactly. */
export function yamlChunks(text: string): YamlChunk[] | undefined {
  if (text.includes('\t') || hasLoneCarriageReturn(text) || text.charCodeAt(0) === 0xfeff) return undefined;
  const chunks: { start: number; kind: 'top' | 'risk' }[] = [];
  /** Indentation of the risk items while inside `risks:`; -1 before the first item; undefined outside. */
  let itemIndent: number | undefined;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    let indent = lineStart;
    while (indent < lineEnd && text.charCodeAt(indent) === 32) indent++;
    const first = text.charCodeAt(indent);
    const blank = indent === lineEnd || (first === 13 && indent + 1 === lineEnd);
    if (blank || first === 35 /* # */) {
      lineStart = next; // blank lines and comments stay with the chunk they are in
      continue;
    }
    const column = indent - lineStart;
    if (column === 0 && DOCUMENT_LINE.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 4)))) return undefined;
    if (itemIndent === -1) itemIndent = isItemStart(text, indent) ? column : undefined; // the first item sets the indentation
    if (itemIndent !== undefined && column === itemIndent && isItemStart(text, indent)) {
      chunks.push({ start: lineStart, kind: 'risk' });
    } else if (column === 0) {
      itemIndent = RISKS_HEADER.test(text.slice(lineStart, lineEnd)) ? -1 : undefined;
      chunks.push({ start: chunks.length === 0 ? 0 : lineStart, kind: 'top' });
    } else if (chunks.length === 0 || (itemIndent !== undefined && column <= itemIndent)) {
      return undefined; // indented before any key, or between the items' indentation and the top
    }
    lineStart = next;
  }
  if (chunks.length === 0) return undefined;
  return chunks.map((c, i) => ({ start: c.start, end: i + 1 < chunks.length ? chunks[i + 1].start : text.length, kind: c.kind }));
}
