// A remediation tracker that names each item by its task (`### ✅ P1.1: Replace Console.log with Logger` over
// `**Status:** 🔴 NOT STARTED` and `**Assigned To:** Backend Team`, and no action label): the title is the action.
import type { Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { opensAsInstruction } from '../../model/vocabulary';

/** The risks with the task a heading's title words taken as the action of an item tracked with no action of its own. */
export function withInstructionTitles(risks: Risk[]): Risk[] {
  if (!risks.some(isTitledTask)) return risks;
  return risks.map((r) => (isTitledTask(r) ? { ...r, actions: [{ ...r.actions[0], action: r.title! }] } : r));
}

/** A heading's item with an ID, tracked (an owner, a due date or a status) but with no action text, whose title opens as an instruction. */
function isTitledTask(r: Risk): boolean {
  if (r.form !== 'heading' || r.id === undefined || r.title === undefined || r.actions.length !== 1) return false;
  const [only] = r.actions;
  return !hasRealValue(only.action) && (only.owner !== undefined || only.due !== undefined || only.status !== undefined) && opensAsInstruction(r.title.value);
}
