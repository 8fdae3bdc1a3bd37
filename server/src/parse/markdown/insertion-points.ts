// Where a fix writes a new field line: after a field line, written like it, or after a line with
// the default prefix.
import type { InsertionPoint, Span } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import type { PlacedField } from './field-lines';

/** How a block without field lines gets its first one: `- **Owner:** X`. */
export const DEFAULT_PREFIX = '- **';

export function lineSpan(lines: LineIndex, line: number): Span {
  return { start: lines.lineStart(line), end: lines.lineEnd(line) };
}

export function insertionAfterLine(text: string, lines: LineIndex, line: number, prefix: string): InsertionPoint {
  const offset = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  const needsLeadingNewline = offset === text.length && !/[\r\n]$/.test(text) ? true : undefined;
  return { offset, prefix, needsLeadingNewline };
}

/** After a field line, written like it. */
export function insertionAfter(text: string, lines: LineIndex, field: PlacedField): InsertionPoint {
  return insertionAfterLine(text, lines, field.line, field.prefix);
}
