import type { RuleModule } from '../engine/rule';
import { actionsOf, isClosed } from '../model/plan-queries';
import { daysBetween, parseDate } from '../model/dates';
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
  },
  check({ plan, today, report }) {
    // A due date written once for several actions (a list under one Target Date) is overdue once.
    const reported = new Set<number>();
    for (const { action } of actionsOf(plan)) {
      if (!action.due || isClosed(action) || reported.has(action.due.valueRange.start)) continue;
      const due = parseDate(action.due.value);
      if (due.kind !== 'date') continue;
      const days = daysBetween(due.iso, today);
      if (days <= 0) continue;
      reported.add(action.due.valueRange.start);
      report({
        messageId: action.status?.value.trim() ? 'overdue' : 'overdueNoStatus',
        data: { due: action.due.value, days: dayCount(days), status: action.status?.value ?? '' },
        range: action.due.valueRange,
      });
    }
  },
};

export default rule;
