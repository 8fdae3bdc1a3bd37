// One cause, one finding: a risk written as a heading with a list of actions and no owner,
// due date or validation anywhere lacks it once, not once per listed action.
import type { Action, Risk } from '../../model/plan-model';

/**
 * Whether a finding about a field `lacks` on this action is the risk's one finding: always for
 * a table row (each row is its own action with its own cells), and for a heading risk whose
 * every action the question `concerns` lacks it, only on the first of them (a due date is not
 * asked of the finished controls listed beside the pending one).
 */
export function reportsForRisk(risk: Risk, action: Action, lacks: (action: Action) => boolean, concerns: (action: Action) => boolean = () => true): boolean {
  // Actions with no text are missing-action's to speak of; the others share the finding.
  const written = risk.actions.filter((a) => a.action !== undefined && a.action.value.trim() !== '' && concerns(a));
  // A table row's actions are its own cells, each answered; the steps of a detail section merged into a row share the finding as any risk's.
  if ((risk.form === 'table' && written.every((a) => a.firstLine.start === risk.firstLine.start)) || written.length < 2 || !written.includes(action)) return true;
  const lacking = written.filter(lacks);
  return lacking.length < written.length || lacking[0] === action;
}
