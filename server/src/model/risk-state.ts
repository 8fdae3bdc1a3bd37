// Where a risk stands, in one place for the preview, the export, the status bar and the code
// lens: an accepted risk is its own state, not "done" (nothing was fixed; a decision was made,
// and it has a review date).
import type { Risk } from './plan-model';
import { daysBetween, isoOf } from './dates';
import { isAccepted, isClosed } from './plan-queries';
import { statusOf } from './vocabulary';

export type RiskState = 'open' | 'overdue' | 'done' | 'accepted';

/**
 * A risk is accepted when it is treated by acceptance (or its closed actions were accepted,
 * not done) and nothing is left to do; done when every action is done; overdue when an open
 * action is past its due date; open otherwise.
 */
export function riskState(risk: Risk, today: string): RiskState {
  const open = risk.actions.filter((a) => !isClosed(a));
  if (open.length === 0) {
    if (isAccepted(risk)) return 'accepted';
    if (risk.actions.length > 0) {
      return risk.actions.every((a) => statusOf(a.status?.value) === 'accepted') ? 'accepted' : 'done';
    }
  }
  const overdue = open.some((a) => {
    const iso = isoOf(a.due);
    return iso !== undefined && daysBetween(today, iso) < 0;
  });
  return overdue ? 'overdue' : 'open';
}
