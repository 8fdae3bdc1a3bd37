// A register entry opened by a plain line, not a heading or a list item: `R1: Prompt injection
// leading to disclosure of PII`, then the risk's field lines as a list below it. Read as a
// `Risk ID:` line and the risk's title; the entry runs to the next one, a heading, a thematic
// break or a paragraph that is not its fields.
import type { PlacedField } from './field-lines';
import { fieldAt, readFieldLine } from './field-lines';
import type { LineIndex } from '../../model/positions';
import { RISK_ID_SOURCE } from '../../model/vocabulary';

/** An ID at the start of an unindented line, then a colon or a spaced dash and the title. */
const LINE_HEAD = new RegExp(String.raw`^([*_]{0,2})(${RISK_ID_SOURCE})\1[ \t]*(?::|[ \t][-–—])[ \t]+(?=\S)`);
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The ID and title fields of a line that opens a register entry, or undefined. `next`: the
 * zero-based line of the first non-blank line below it, which must start a list with a field line in it.
 */
export function riskLineFields(text: string, lines: LineIndex, line: number, next: number | undefined): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const head = LINE_HEAD.exec(text.slice(start, end));
  if (!head || next === undefined || !listHasField(text, lines, next)) return undefined;
  const idStart = start + head[1].length;
  const id = { value: head[2], valueRange: { start: idStart, end: idStart + head[2].length } };
  return [
    { name: 'id', label: 'risk id', field: id, prefix: '', bulleted: false, line },
    { name: 'risk', label: 'risk', field: fieldAt(text, start + head[0].length, end), prefix: '', bulleted: false, line },
  ];
}

/** A line that ends a register entry opened by a line: a thematic break, or an unindented paragraph line after a blank one. */
export function endsLineRisk(text: string, lines: LineIndex, line: number): boolean {
  const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
  if (THEMATIC_BREAK.test(content)) return true;
  if (line === 0 || /^[ \t>]/.test(content) || content.trim() === '' || LIST_ITEM.test(content)) return false;
  return text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)).trim() === '';
}

/** Whether the list starting at `line` holds a field line among its first items (`- Owner: …`). */
function listHasField(text: string, lines: LineIndex, line: number): boolean {
  for (let at = line; at < Math.min(lines.lineCount, line + 16); at++) {
    const content = text.slice(lines.lineStart(at), lines.lineEnd(at));
    if (!LIST_ITEM.test(content) && !/^[ \t]+\S/.test(content)) return false;
    if (readFieldLine(text, lines.lineStart(at), lines.lineEnd(at))?.bulleted) return true;
  }
  return false;
}
