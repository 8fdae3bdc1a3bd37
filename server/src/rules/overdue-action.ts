import type { RuleModule } from '../engine/rule';
import type { Action, Risk } from '../model/plan-model';
import { actionsOf, isAccepted, isClosed } from '../model/plan-queries';
import { hasRealValue } from '../model/placeholders';
import { daysBetween } from '../model/dates';
import { readDue } from '../model/relative-dues';
import { days as dayCount } from './shared-utils/wording';

const rule: RuleModule = {
  id: 'overdue-action',
  defaultSeverity: 'warning',
  scope: 'risk',
  description: 'Open actions are not past their due date.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B); § 164.306(e) (maintenance of security measures)',
  rationale:
    'A plan full of missed dates tells an investigator the risks were identified but not managed. Close the item with evidence or re-plan it with a reason.',
  examples: { bad: 'Due: 2026-03-01 · Status: Open (today 2026-06-15)', good: 'Due: 2026-03-01 · Status: Done · Validation: screenshot of the setting' },
  messages: {
    overdue:
      'Due {due} is {days} past and the status is "{status}". Mark it done with validation, or set a new due date and record why it slipped.',
    overdueNoStatus:
      'Due {due} is {days} past and no status is recorded. Mark it done with validation, or set a new due date and record why it slipped.',
    overdueShared:
      'Due {due} is {days} past for {count} open items ({statuses}). Mark each done with validation, or set new due dates and record why they slipped.',
  },
  check({ plan, today, report }) {
    // A due date written once for several actions (a list under one Target Date) is overdue once.
    const reported = new Set<number>();
    // Steps timed from the plan's date (`Week 2`, `Week 3` …) are overdue once for their risk, at the first past one: the plan's schedule slipped as a whole.
    const slipped = new Set<Risk>();
    // Who shares each due date: a phase's span (`### Short-Term (0-3 months)`) dates every item under it, and its one finding
    // says how many are still open and their statuses, not the first item's alone.
    const sharing = new Map<number, Action[]>();
    for (const { action } of actionsOf(plan)) {
      if (!action.due || isClosed(action)) continue;
      const open = sharing.get(action.due.valueRange.start);
      if (open) open.push(action);
      else sharing.set(action.due.valueRange.start, [action]);
    }
    const pastDays = (action: Action): number => {
      const due = action.due && !isClosed(action) ? readDue(plan, action.due.value) : undefined;
      return due?.kind === 'date' ? daysBetween(due.iso, today) : 0;
    };
    for (const { risk, action } of actionsOf(plan)) {
      if (!action.due || isClosed(action) || reported.has(action.due.valueRange.start)) continue;
      // A milestone written in the record of an item whose own deadline has passed (`M3 … (due 2026-10-23; In Progress)` in the row
      // whose target is 2026-11-05, set 96): the item's finding says it slipped; such a milestone is reported late only while the
      // item's deadline is still ahead. (Milestones on lines of their own, a table's or a list's, are reported as before.)
      if (action.milestone && risk.actions.some((other) => !other.milestone && other.firstLine.start === action.firstLine.start && pastDays(other) > 0)) continue;
      // An accepted risk's date with no work written beside it (a register's `target_date` on a record decided `accept`, set 91)
      // dates no work: what is late there is the acceptance's review, expired-acceptance's to say.
      if (isAccepted(risk) && !hasRealValue(action.action)) continue;
      const due = readDue(plan, action.due.value);
      if (due.kind !== 'date') continue;
      const days = daysBetween(due.iso, today);
      if (days <= 0) continue;
      reported.add(action.due.valueRange.start);
      if (due.counted) {
        if (slipped.has(risk)) continue;
        slipped.add(risk);
      }
      // A relative deadline says the date it was counted to, and from what.
      const dueText = due.counted ? `${action.due.value} (${due.iso}, counted from ${due.counted.what}, ${due.counted.anchor})` : action.due.value;
      const shared = sharing.get(action.due.valueRange.start)!;
      if (shared.length > 1) {
        report({ messageId: 'overdueShared', data: { due: dueText, days: dayCount(days), count: String(shared.length), statuses: statusesOf(shared) }, range: action.due.valueRange });
        continue;
      }
      report({
        messageId: action.status?.value.trim() ? 'overdue' : 'overdueNoStatus',
        data: { due: dueText, days: dayCount(days), status: action.status?.value ?? '' },
        range: action.due.valueRange,
      });
    }
  },
};

/** The statuses of items sharing a due date, with how many of each: `2 "Planned", 1 "In Progress"` (`no status` for none; `none with a status` for all). */
function statusesOf(actions: readonly Action[]): string {
  const counts = new Map<string, number>();
  for (const a of actions) {
    const status = a.status?.value.trim() ? `"${a.status.value.trim()}"` : 'no status';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  if (counts.size === 1 && counts.has('no status')) return 'none with a status';
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

export default rule;
