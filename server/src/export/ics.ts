// Open actions as an iCalendar file: one all-day event on each open action's due date,
// written by the `ics` package. Each event's UID is a hash of what identifies the action
// (plan, risk, place in the risk), so importing a newer export updates the events.
import { createHash } from 'crypto';
import { createEvents, type EventAttributes } from 'ics';
import { addDays } from '../model/dates';
import { actionIdentity, type ExportedAction } from './action-rows';

export function actionUid(row: ExportedAction): string {
  return `${createHash('sha256').update(actionIdentity(row)).digest('hex').slice(0, 32)}@rmplint`;
}

function dateArray(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** The events: open actions with a due date that reads as a date. Throws when the writer refuses an event. */
export function actionsIcs(rows: readonly ExportedAction[]): string {
  const events: EventAttributes[] = rows
    .filter((r) => r.open && /^\d{4}-\d{2}-\d{2}$/.test(r.due))
    .map((r) => ({
      uid: actionUid(r),
      title: `${r.riskId ? `${r.riskId}: ` : ''}${r.action || r.riskTitle || 'Action'}`,
      description: [
        `Owner: ${r.owner || '(none)'}`,
        `Plan: ${r.plan}`,
        `Risk: ${[r.riskId, r.riskTitle].filter(Boolean).join(' ') || '(untitled)'}`,
        ...(r.priority ? [`Priority: ${r.priority}`] : []),
        `Status: ${r.status || 'open'}`,
      ].join('\n'),
      start: dateArray(r.due),
      end: dateArray(addDays(r.due, 1)),
      categories: ['rmplint', ...(r.tier ? [r.tier] : [])],
    }));
  const { error, value } = createEvents(events, { productId: 'rmplint', calName: 'rmplint actions' });
  if (error || !value) throw error ?? new Error('the calendar could not be written');
  return value;
}
