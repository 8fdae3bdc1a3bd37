// A table of sign-offs (`| Name | Position | Approval Status |` with `Signed: 2025-06-03`, or
// `| Role | Name | Signature | Date |`): who approved the plan and when, read as the
// plan's approver and approval date from its first signed row. Rows with no date or no name are not
// sign-offs yet (a blank or TBD template), so a table of them gives nothing.
import type { PlacedField } from './field-lines';
import { fieldAt } from './field-lines';
import type { LineIndex } from '../../model/positions';
import { fieldForLabel, isPlaceholderOwner, normaliseLabel } from '../../model/vocabulary';
import { parseDate } from '../../model/dates';
import { splitRow } from './risk-table';

/** The header of the column naming who signed. */
const NAME_HEADER = /^(?:name|approver|approver name|signatory|signed by|approved by)$/;
/** The header of a column that records the signing (and may hold its date). */
const SIGNED_HEADER = /^(?:approval status|approval|signature|signed|sign-off|approval date|date signed|signed on|date)$/;
/** A date inside a sign-off cell: `Signed: 2025-06-03`, `Approved 03/06/2025`. */
const DATE_IN_CELL = /(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})/;

export function approvalTableFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const header = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
  const name = header.findIndex((h) => NAME_HEADER.test(h));
  const signed = header.map((h, i) => (i !== name && SIGNED_HEADER.test(h) ? i : -1)).filter((i) => i >= 0);
  if (name < 0 || signed.length === 0) return [];
  for (const line of rowLines) {
    const cells = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
    const who = cells[name] && fieldAt(text, cells[name].start, cells[name].end);
    // `(Pending)`, `[Name]`: a row awaiting its signatory signs nothing, whatever its date column says.
    if (!who || isPlaceholderOwner(who.value)) continue;
    for (const index of signed) {
      const cell = cells[index] && fieldAt(text, cells[index].start, cells[index].end);
      const date = cell && DATE_IN_CELL.exec(cell.value);
      if (!cell || !date) continue;
      // A date misread is the date rules' to report; one that is no date at all is no sign-off.
      if (parseDate(date[1]).kind === 'not-a-date') continue;
      const start = cell.valueRange.start + date.index;
      const row = { prefix: '', bulleted: false, line };
      return [
        { ...row, name: 'approvedBy', label: 'approved by', field: who },
        { ...row, name: 'approvedOn', label: 'approval date', field: { value: date[1], valueRange: { start, end: start + date[1].length } } },
      ];
    }
  }
  return [];
}

/** The plan fields a document-control table's columns give (`| Version | Date | Author | Status |`). */
const DOCUMENT_CONTROL_FIELDS = new Set(['version', 'documentDate', 'preparedBy', 'owner']);

/**
 * A document-control table of one row (`| Version | Date | Author | Status |` over `| 1.0 | 2026-02-02 |
 * Security Team | Initial Assessment |`): the document's version, date and author, as the same labels
 * written as lines would give them. At least a dated Date column and one more such column; a table of
 * several rows (a revision history) is left alone, as its rows date changes, not the document.
 */
export function documentControlFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  if (rowLines.length !== 1) return [];
  const header = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end).value);
  const names = header.map((h) => fieldForLabel(h));
  if (!names.includes('documentDate') || names.filter((n) => n !== undefined && DOCUMENT_CONTROL_FIELDS.has(n)).length < 2) return [];
  const line = rowLines[0];
  const cells = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
  const fields: PlacedField[] = [];
  names.forEach((name, i) => {
    const cell = cells[i] && fieldAt(text, cells[i].start, cells[i].end);
    if (name === undefined || !DOCUMENT_CONTROL_FIELDS.has(name) || !cell || cell.value === '') return;
    if (name === 'documentDate' && parseDate(cell.value).kind !== 'date') return;
    fields.push({ prefix: '', bulleted: false, line, name, label: normaliseLabel(header[i]), field: cell });
  });
  return fields.some((f) => f.name === 'documentDate') ? fields : [];
}
