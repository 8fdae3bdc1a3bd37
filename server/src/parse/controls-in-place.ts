// A register that rates each risk after its mitigation (ISO 14971's `| Mitigation | Post-L | Residual |`, with no due date or
// status column): its mitigations are the controls the product has, written in the present (`Backups produced via the
// SQLCipher API`, `Forwarder strips PHI`), and the residual rating assesses them. Such a row's measure is in place, not work
// to date; one written as work to do (`Implement MFA`, `Will add lockout`, `Phase 2 roadmap`) stays planned. Shared by the
// Markdown and YAML readers (a YAML register's `controls:` list beside its `residual_risk:`).
import type { Field } from '../model/plan-model';
import { normaliseLabel, priorityOf, saysPlannedWork, type FieldName } from '../model/vocabulary';

/** Headers of a column of the controls already in place, beside a column of what is planned (normalised). */
export const IN_PLACE_HEADER = /^(?:controls?|(?:risk )?control measures?|(?:implemented|existing|current) (?:controls|mitigations)|(?:controls|mitigations) (?:implemented|in place))$/;

/** The header of a column of work to do (`Planned Mitigation`, `Recommended Action`, `Treatment Plan`): its rows plan, whatever their tense. */
const PLANNED_HEADER = /\b(?:planned|plans?|recommended|proposed|required|next|future|target|to ?do)\b/;

/**
 * Whether a table's rows record controls in place: it has an action column not named for planned work and a residual
 * rating, and no column for a due date, a status or a completion date (a tracker's), which would say where the work stands.
 */
export function recordsControlsInPlace(columns: ReadonlyMap<FieldName, unknown>, actionHeader: string): boolean {
  if (!columns.has('action') || !columns.has('residualRisk')) return false;
  if (columns.has('due') || columns.has('status') || columns.has('completed')) return false;
  return !PLANNED_HEADER.test(normaliseLabel(actionHeader));
}

/** Whether a row of such a table has its control in place: its measure written, its residual rated, and nothing in its words planned. */
export function isControlInPlace(action: Field | undefined, residual: Field | undefined): boolean {
  const words = action?.value.replace(/[*_`]/g, '').trim() ?? '';
  return words !== '' && (residual?.value.trim() ?? '') !== '' && !saysPlannedWork(words);
}

/**
 * Whether a risk that plans nothing is treated by the controls it already has: a threat matrix's `Existing Controls`
 * written for it and its residual rated low (`Low — framework-level prevention`). It needs no further action: its
 * controls are its measure in place, and the residual rating is what judges them enough. A residual above low still
 * asks for an action.
 */
export function isTreatedByControls(controls: Field | undefined, residual: Field | undefined): boolean {
  const words = controls?.value.replace(/[*_`]/g, '').trim() ?? '';
  return words !== '' && !saysPlannedWork(words) && priorityOf(residual?.value) === 'low';
}
