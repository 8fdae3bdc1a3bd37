// A register's `Completion Date` on a row still open (`Open`, `In progress`) is when the work is to be completed: the
// row's target, since nothing is completed yet. Read so only where no column gives a due date.
import type { Field } from '../../model/plan-model';
import { parseDate } from '../../model/dates';
import { statusOf, type FieldName } from '../../model/vocabulary';

/** Moves a dated completion of an open row to its due date, in the row's fields by name; the row is changed in place. */
export function readOpenCompletionAsDue(row: Map<FieldName, Field>): void {
  const completed = row.get('completed');
  if (!completed || row.get('due')?.value) return;
  const status = statusOf(row.get('status')?.value);
  if (status !== 'open' && status !== 'in-progress') return;
  if (parseDate(completed.value).kind !== 'date') return;
  row.delete('completed');
  row.set('due', { ...completed });
}
