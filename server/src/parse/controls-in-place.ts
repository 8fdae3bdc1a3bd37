// A register that rates each risk after its mitigation (ISO 14971's `| Mitigation | Post-L | Residual |`, with no due date or
// status column): its mitigations are the controls the product has, written in the present (`Backups produced via the
// SQLCipher API`, `Forwarder strips PHI`), and the residual rating assesses them. Such a row's measure is in place, not work
// to date; one written as work to do (`Implement MFA`, `Will add lockout`, `Phase 2 roadmap`) stays planned. Shared by the
// Markdown and YAML readers (a YAML register's `controls:` list beside its `residual_risk:`).
import type { Field } from '../model/plan-model';
import { normaliseLabel, priorityOf, saysFutureWork, saysPlannedWork, statusOf, type FieldName } from '../model/vocabulary';
import { parseDate } from '../model/dates';

/** Headers of a column of the controls already in place, beside a column of what is planned (normalised). */
export const IN_PLACE_HEADER = /^(?:controls?|(?:risk )?control measures?|(?:implemented|existing|current) (?:controls|mitigations)|(?:controls|mitigations) (?:implemented|in place))$/;

/** The header of a column of work to do (`Planned Mitigation`, `Recommended Action`, `Treatment Plan`): its rows plan, whatever their tense. */
const PLANNED_HEADER = /\b(?:planned|plans?|recommended|proposed|required|next|future|target|to ?do)\b/;

/**
 * Whether a table's rows record controls in place: it has an action column not named for planned work and a residual
 * rating, and no column for a due date, a status or a completion date (a tracker's), which would say where the work stands.
 * Beside a column of the controls that exist (`| Existing controls | … | Action / owner |`) the action column is the work
 * still to do.
 */
export function recordsControlsInPlace(columns: ReadonlyMap<FieldName, unknown>, actionHeader: string): boolean {
  if (!columns.has('action') || !columns.has('residualRisk')) return false;
  if (columns.has('due') || columns.has('status') || columns.has('completed') || columns.has('compensatingControls')) return false;
  return !PLANNED_HEADER.test(normaliseLabel(actionHeader));
}

/**
 * Whether a row of such a table has its control in place: its measure written, its residual rated (a level or a score: a
 * `Residual / decision needed` cell of prose, `Select broker technology`, rates nothing), and nothing in its words planned.
 */
export function isControlInPlace(action: Field | undefined, residual: Field | undefined): boolean {
  const words = action?.value.replace(/[*_`]/g, '').trim() ?? '';
  return words !== '' && (priorityOf(residual?.value) !== undefined || RISK_ELIMINATED.test(residual?.value ?? '')) && !saysPlannedWork(words);
}

/**
 * Words of a register's note on its treatment that admit work still open beside the controls it lists (`a shared store would
 * make it global and is on the backlog`, `Target state is …`, `one vendor contract is missing the clause (exception EX-01)`,
 * `Decision required from the board`).
 */
const ADMITS_OPEN_WORK = /\b(?:backlog|target state|not yet|missing|gaps?|weak link|(?:decision|approval) (?:is )?(?:required|pending|needed)|exception [A-Z]{1,4}-?\d+|(?:is|are) not\b(?! (?:stored|kept|retained|logged|shared|sent|allowed|possible)))/i;

/**
 * Whether a register entry's treatment note (`treatment_note`), beside a residual rating and with no status, due date or
 * completion of its own, lists controls in place (`Daily automated backups … and a quarterly restore test`): the residual
 * rates them, as a table's residual column rates its controls. A note that plans or admits open work stays planned.
 */
export function notesControlsInPlace(note: Field | undefined, residual: Field | undefined): boolean {
  return isControlInPlace(note, residual) && !ADMITS_OPEN_WORK.test(note!.value);
}

/** A residual that says the measure left no risk (`| No network PHI transmission | Eliminated |`): below any level, so rated. */
const RISK_ELIMINATED = /^[*_\s]*(?:eliminated|removed|none|no residual risk)\b/i;

/** A residual that records the decision to accept what is left (`| Cannot prevent; out of scope | Accepted |`). */
export const RESIDUAL_ACCEPTED = /^[*_\s]*(?:risk )?accepted\b/i;

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

/** A quarter or half of a year named beside planned work (`2026 Q2 target`, `for Q3 2026`, `H1 2027`). */
const PERIOD = /\b(?:20\d\d[ -]?[QH][1-4]|[QH][1-4][ -]?20\d\d)\b/;

/**
 * The work a column of controls in place also plans (`| Current Controls |` holding `MFA is supported … Enforcement for admin accounts
 * is a planned control (2026 Q2 target).`): its first sentence (or clause after a semicolon, or bracket) put in the future, as the row's
 * action, and the period it names as its due date. Undefined when every sentence is a control in place.
 */
export function plannedInControls(controls: Field | undefined): { action: Field; due?: Field } | undefined {
  if (!controls) return undefined;
  const part = futurePart(controls.value);
  if (!part) return undefined;
  const keyRange = controls.keyRange && { keyRange: controls.keyRange };
  const at = controls.valueRange.start + part.at;
  const action: Field = { value: part.words, valueRange: { start: at, end: at + part.words.length }, ...keyRange };
  const period = PERIOD.exec(part.words);
  if (!period || parseDate(period[0]).kind !== 'date') return { action };
  const dueAt = at + period.index;
  return { action, due: { value: period[0], valueRange: { start: dueAt, end: dueAt + period[0].length }, ...keyRange } };
}

/** The first sentence, clause or bracket of a text that puts work in the future, and where it starts; the narrowest that does. */
function futurePart(text: string): { words: string; at: number } | undefined {
  // Sentences end at a full stop before a capital (`vs. data deletion` goes on); clauses at a semicolon.
  for (const sentence of text.matchAll(/[^]+?(?:[.!?](?=\s+[*_]*[A-Z(]|\s*$)|$)/g)) {
    for (const clause of sentence[0].matchAll(/[^;]+/g)) {
      if (!saysFutureWork(clause[0])) continue;
      const offset = sentence.index! + clause.index!;
      // `Training is in place (planned formal programme for 2026 Q3)`: the bracket holds the work planned.
      const bracket = /\(([^()]+)\)/.exec(clause[0]);
      const inner = bracket && saysFutureWork(bracket[1]) && !saysFutureWork(clause[0].replace(bracket[0], '')) ? bracket : null;
      // `Phase 2 roadmap; HL7 FHIR + digital signatures`: a clause of three words or fewer only marks the sentence as planned; the sentence is the work.
      const short = !inner && clause[0].trim().split(/\s+/).length <= 3 && sentence[0].includes(';');
      if (short) {
        const whole = sentence[0].trim().replace(/[.;]$/, '');
        return { words: whole, at: sentence.index! + sentence[0].indexOf(whole) };
      }
      const raw = inner ? inner[1] : clause[0];
      const words = raw.trim().replace(/[.;]$/, '');
      // `Not yet implemented`: where a control stands, naming no work.
      if (words === '' || (words.split(/\s+/).length <= 3 && statusOf(words.replace(/[*_`]/g, '')) !== undefined)) continue;
      return { words, at: offset + (inner ? inner.index + 1 : 0) + raw.indexOf(words) };
    }
  }
  return undefined;
}
