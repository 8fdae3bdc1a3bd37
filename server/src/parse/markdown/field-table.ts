// A risk's fields written as a two-column table under its heading (`| Field | Value |`,
// then `| Owner | TBD |` rows): each row whose first cell is a field label reads as a
// field line. The header names the columns (Field/Value, Item/Detail), so it must not
// itself be a field label; a table with ID/Risk and Action columns is a risk table instead.
import type { LineIndex } from '../../model/positions';
import { fieldAt, type PlacedField } from './field-lines';
import { splitRow } from './risk-table';
import { fieldForLabel } from '../../model/vocabulary';

/**
 * The field rows of a two-column field table, or an empty list when the table is not one.
 * `rowLines` are the zero-based lines of the body rows.
 */
export function fieldTableLines(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const header = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine));
  if (header.length !== 2 || header.some((cell) => fieldForLabel(fieldAt(text, cell.start, cell.end).value) !== undefined)) return [];
  const fields: PlacedField[] = [];
  for (const line of rowLines) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const [labelCell, valueCell = { start: end, end }] = splitRow(text, start, end);
    if (!labelCell) continue;
    const label = fieldAt(text, labelCell.start, labelCell.end);
    const name = fieldForLabel(label.value);
    if (name === undefined) continue;
    // A blank value sits after the pipe and one space, as in a table-form risk's cells.
    const blankAt = valueCell.end > valueCell.start ? valueCell.start + 1 : valueCell.start;
    fields.push({
      name,
      label: label.value.trim().toLowerCase(),
      field: fieldAt(text, valueCell.start, valueCell.end, label.valueRange, blankAt),
      prefix: text.slice(start, label.valueRange.start),
      bulleted: false,
      line,
    });
  }
  return fields;
}

/**
 * The cells of a one-row table whose header names fields (`| Likelihood | Impact | Risk
 * Level |` then one row): fields of the risk they sit in, keyed by their header cells.
 * Empty when the table has more rows or its header names no field.
 */
export function rowTableFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  if (rowLines.length !== 1) return [];
  const line = rowLines[0];
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const cells = splitRow(text, start, end);
  const fields: PlacedField[] = [];
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end));
  // A row that names a risk (an ID or Risk column) is a one-row list of risks, not a risk's ratings.
  if (headers.some((header) => ['id', 'risk'].includes(fieldForLabel(header.value) ?? ''))) return [];
  headers.forEach((header, index) => {
    const name = fieldForLabel(header.value);
    const cell = cells[index];
    if (name === undefined || !cell) return;
    const blankAt = cell.end > cell.start ? cell.start + 1 : cell.start;
    fields.push({ name, label: header.value.trim().toLowerCase(), field: fieldAt(text, cell.start, cell.end, header.valueRange, blankAt), prefix: '', bulleted: false, line });
  });
  return fields;
}
