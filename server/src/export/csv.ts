// Actions as CSV for a spreadsheet: one row per action, a header row, RFC 4180 quoting by
// csv-stringify (a value with a comma, a quote or a line break is quoted, quotes doubled).
import { stringify } from 'csv-stringify/sync';
import type { ExportedAction } from './action-rows';

/** The columns, in order: header and value. */
const COLUMNS: readonly (readonly [string, (row: ExportedAction) => string | number])[] = [
  ['Plan', (r) => r.plan],
  ['Risk ID', (r) => r.riskId],
  ['Risk', (r) => r.riskTitle],
  ['Tier', (r) => r.tier],
  ['Priority', (r) => r.priority],
  ['Action', (r) => r.action],
  ['Owner', (r) => r.owner],
  ['Due', (r) => r.due],
  ['Status', (r) => r.status],
  // Negative: overdue by that many days; empty when closed or undated.
  ['Days left', (r) => (r.daysLeft === undefined ? '' : r.daysLeft)],
];

export const CSV_HEADER: readonly string[] = COLUMNS.map(([header]) => header);

export function actionsCsv(rows: readonly ExportedAction[]): string {
  return stringify(
    rows.map((row) => COLUMNS.map(([, value]) => value(row))),
    { header: true, columns: [...CSV_HEADER], record_delimiter: 'windows' },
  );
}
