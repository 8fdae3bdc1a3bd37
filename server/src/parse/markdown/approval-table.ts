// A table of sign-offs (`| Name | Position | Approval Status |` with `Signed: 2025-06-03`, or
// `| Role | Name | Signature | Date |`): who approved the plan and when, read as the
// plan's approver and approval date from its first signed row. Rows with no date are not
// sign-offs yet (a blank or TBD template), so a table of them gives nothing.
import type { PlacedField } from './field-lines';
import { fieldAt } from './field-lines';
import type { LineIndex } from '../../model/positions';
import { normaliseLabel } from '../../model/vocabulary';
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
    if (!who || who.value === '') continue;
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
