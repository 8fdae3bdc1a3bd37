// What a reader of the plan wants computed for them: days left on each action, the state
// of each risk, and whether the plan's review is overdue. All relative to one "today".
import type { Action, PlanMeta, PlanModel } from '../model/plan-model';
import { daysBetween } from '../model/dates';
import { readDue } from '../model/relative-dues';
import { reviewSchedule } from '../model/review-dates';
import { isClosed } from '../model/plan-queries';

export { riskState, type RiskState } from '../model/risk-state';

/** How a due date reads today. `tone` drives the colour. */
export interface DueFacts {
  readonly text: string;
  readonly tone: 'ok' | 'soon' | 'overdue' | 'closed' | 'invalid';
}

export interface ReviewFacts {
  readonly text: string;
  readonly overdue: boolean;
}

/** Days within which an open due date is shown as coming soon. */
const SOON_DAYS = 14;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Days left or overdue for an action's due date. Undefined when there is no due value. */
export function dueFacts(action: Action, today: string, plan: PlanModel): DueFacts | undefined {
  const due = action.due;
  if (!due || due.value.trim() === '') return undefined;
  const parsed = readDue(plan, due.value);
  if (parsed.kind === 'relative') return { text: 'no date to count from', tone: 'invalid' };
  if (parsed.kind !== 'date') return { text: parsed.kind === 'invalid' ? 'not a valid date' : 'no date', tone: 'invalid' };
  if (isClosed(action)) return { text: 'closed', tone: 'closed' };
  const days = daysBetween(today, parsed.iso);
  if (days < 0) return { text: `overdue by ${plural(-days, 'day')}`, tone: 'overdue' };
  if (days === 0) return { text: 'due today', tone: 'soon' };
  return { text: `${plural(days, 'day')} left`, tone: days <= SOON_DAYS ? 'soon' : 'ok' };
}

/** The plan's review state, from the one schedule stale-review and the code lens read too. */
export function reviewFacts(meta: PlanMeta, today: string, intervalDays: number): ReviewFacts {
  const due = reviewSchedule(meta, intervalDays).next;
  if (!due) return { text: 'No review date recorded', overdue: true };
  const days = daysBetween(today, due);
  if (days < 0) return { text: `Review overdue by ${plural(-days, 'day')} (due ${due})`, overdue: true };
  if (days === 0) return { text: `Review due today (${due})`, overdue: false };
  return { text: `Next review in ${plural(days, 'day')} (${due})`, overdue: false };
}
