// A field added to a table-form risk whose table has no column for it: the column is added
// to the whole table (header, delimiter row, a cell in every row) with the value in the
// risk's row, so the next lint reads it where the table keeps its fields. A line written
// under the row would end the table instead and be read as nobody's.
import type { Fix, TextEdit } from '../engine/rule';
import type { PlanModel } from '../model/plan-model';
import { lineIndexOf } from '../model/positions';

/** `|---|:--:|`, `--- | ---`: each pipe opens a cell of dashes or closes the row (no two quantifiers share a run: linear). */
const DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*(?::?-+:?[ \t]*)?)*$/;

const isRow = (line: string) => line.trimStart().startsWith('|');

/**
 * The edits that add one column per label to the table whose body row ends just before
 * `after` (the start of the next line, or the end of the text), with `values` in that row;
 * undefined when no table row ends there.
 */
export function tableColumnsFix(
  plan: PlanModel,
  title: string,
  after: number,
  labels: readonly string[],
  values: readonly { readonly value: string; readonly placeholder?: boolean }[],
  safe: boolean,
): Fix | undefined {
  if (after <= 0 || plan.format !== 'markdown') return undefined;
  const text = plan.text;
  const lines = lineIndexOf(text);
  const row = lines.lineAt(after - 1);
  const lineText = (line: number) => text.slice(lines.lineStart(line), lines.lineEnd(line));
  if (!isRow(lineText(row))) return undefined;
  let header = row;
  while (header > 0 && isRow(lineText(header - 1))) header--;
  const delimiter = header + 1;
  if (delimiter >= row || !DELIMITER_ROW.test(lineText(delimiter))) return undefined;
  let last = row;
  while (last + 1 < lines.lineCount && isRow(lineText(last + 1))) last++;
  const edits: TextEdit[] = [];
  const placeholders: { start: number; end: number }[] = [];
  for (let line = header; line <= last; line++) {
    const cells = line === header ? labels : line === delimiter ? labels.map(() => '---') : line === row ? values.map((v) => v.value) : labels.map(() => '');
    const content = lineText(line).trimEnd();
    const at = lines.lineStart(line) + content.length;
    const closed = content.endsWith('|') && !content.endsWith('\\|');
    // A delimiter row written tight (`|---|---|`) gets its new cell tight too.
    const tight = line === delimiter && /\|:?-/.test(content);
    let newText = '';
    cells.forEach((cell, i) => {
      if (tight) {
        newText += closed ? `${cell}|` : `|${cell}`;
        return;
      }
      newText += closed ? ' ' : ' | ';
      if (line === row && values[i].placeholder) placeholders.push({ start: newText.length, end: newText.length + cell.length });
      newText += cell + (closed ? ' |' : '');
    });
    // The risk's row first: a fix's placeholders are offsets in its first edit's text.
    if (line === row) edits.unshift({ start: at, end: at, newText });
    else edits.push({ start: at, end: at, newText });
  }
  return placeholders.length > 0 ? { title, safe, edits, placeholders } : { title, safe, edits };
}
