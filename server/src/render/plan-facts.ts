// What a reader of the plan wants computed for them: days left on each action, the state
// of each risk, and whether the plan's review is overdue. All relative to one "today".
import type { Action, Field, PlanMeta, Risk } from '../model/plan-model';
import { addDays, daysBetween, parseDate } from '../model/dates';
import { statusOf, treatmentOf } from '../model/vocabulary';

export type RiskState = 'open' | 'overdue' | 'done';

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

/** The ISO date a field names, if it names one. */
export function isoOf(field: Field | undefined): string | undefined {
  const parsed = field ? parseDate(field.value) : undefined;
  return parsed?.kind === 'date' ? parsed.iso : undefined;
}

export function isClosedAction(action: Action): boolean {
  const status = statusOf(action.status?.value);
  return status === 'done' || status === 'accepted';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Days left or overdue for an action's due date. Undefined when there is no due value. */
export function dueFacts(action: Action, today: string): DueFacts | undefined {
  const due = action.due;
  if (!due || due.value.trim() === '') return undefined;
  const parsed = parseDate(due.value);
  if (parsed.kind !== 'date') return { text: parsed.kind === 'invalid' ? 'not a valid date' : 'no date', tone: 'invalid' };
  if (isClosedAction(action)) return { text: 'closed', tone: 'closed' };
  const days = daysBetween(today, parsed.iso);
  if (days < 0) return { text: `overdue by ${plural(-days, 'day')}`, tone: 'overdue' };
  if (days === 0) return { text: 'due today', tone: 'soon' };
  return { text: `${plural(days, 'day')} left`, tone: days <= SOON_DAYS ? 'soon' : 'ok' };
}

/**
 * A risk is done when nothing is left to do: every action is closed, or it is accepted
 * with no open action. It is overdue when an open action is past its due date.
 */
export function riskState(risk: Risk, today: string): RiskState {
  const open = risk.actions.filter((a) => !isClosedAction(a));
  if (open.length === 0 && (risk.actions.length > 0 || treatmentOf(risk.treatment?.value, risk.form) === 'accept')) return 'done';
  const overdue = open.some((a) => {
    const iso = isoOf(a.due);
    return iso !== undefined && daysBetween(today, iso) < 0;
  });
  return overdue ? 'overdue' : 'open';
}

/** The plan's review state: the next review date, or the last review plus the interval. */
export function reviewFacts(meta: PlanMeta, today: string, intervalDays: number): ReviewFacts {
  const next = isoOf(meta.nextReview);
  const last = isoOf(meta.lastReviewed);
  const due = [next, last && addDays(last, intervalDays)].filter((d): d is string => !!d).sort()[0];
  if (!due) return { text: 'No review date recorded', overdue: true };
  const days = daysBetween(today, due);
  if (days < 0) return { text: `Review overdue by ${plural(-days, 'day')} (due ${due})`, overdue: true };
  if (days === 0) return { text: `Review due today (${due})`, overdue: false };
  return { text: `Next review in ${plural(days, 'day')} (${due})`, overdue: false };
}
