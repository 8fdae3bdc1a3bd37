// A risk from its heading (or opening line) and the field lines under it: its actions, treatment,
// ratings and acceptance (headingRisk), and the readings of its fields that come first.
import { datesInWords } from '../../model/written-dues';
import type { Action, Field, Risk, Span } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import { MILESTONE_LABELS, type PlacedField } from './field-lines';
import { acceptedBy, treatmentThenAction, type TierContext } from './risk-table';
import { IN_PLACE_HEADER } from '../controls-in-place';
import { kindOnlyTitle, type RiskHead } from './risk-heading';
import { parseDate } from '../../model/dates';
import { ratedPriority, ratings } from './risk-rating';
import { tierOfHeading } from './tier-heading';
import { gradeWordOf, isAttackerLabel, isAttackStepLabel, isRiskLevelLabel, normaliseLabel, opensAsInstruction, priorityOf, saysPlannedWork, statusOf, treatmentOf, type FieldName } from '../../model/vocabulary';
import { DEFAULT_PREFIX, insertionAfter, insertionAfterLine, lineSpan } from './insertion-points';
import { listField } from '../../model/plan-queries';

export const ACTION_FIELDS: ReadonlySet<FieldName> = new Set(['action', 'owner', 'due', 'status', 'completed']);

/** Labels of a questionnaire's answer (`Response`, `Vendor Response`), read as an action elsewhere. */
const ANSWER_LABEL = /^(?:(?:vendor|supplier|auditee|management) )?(?:response|answer)$/;
/** A line that asks a questionnaire's question (`| Question | 6.4: Do you …? |`, `**Question:** …`), just above its answer. */
const QUESTION_LINE = /^[ \t>|*_-]*(?:[\w ]{0,20} )?question[*_]*[ \t]*[:|]/i;

/** A label over a list of the measures an entry has (`**Mitigations:**`, `**Security Controls:**`), rated by the residual after it. */
const BUILT_LIST_LABEL = /^(?:mitigations|security controls|safeguards|countermeasures)$/;

/** Labels of what is done when a risk's trigger fires. */
const CONTINGENCY_LABEL = /^(?:response|response plan|responses|contingency|contingency plan|action if triggered)$/;
/** A due label that re-plans the date: `Revised Target Date`, `New target date`. */
const REVISED_LABEL = /^(?:revised|new|updated)\b/;

/**
 * A severity that says the finding is closed (`- Severity: Fixed`, `**Severity:** Resolved`), where no status is written: a
 * report lists its remediated findings in its findings' form, with the done word where the rating stood. It is the
 * finding's status, not a priority.
 */
function withClosingSeverity(fields: readonly PlacedField[]): readonly PlacedField[] {
  const closing = (f: PlacedField) => f.name === 'priority' && priorityOf(f.field.value) === undefined && statusOf(f.field.value) === 'done';
  if (!fields.some(closing) || fields.some((f) => f.name === 'status')) return fields;
  return fields.map((f) => (closing(f) ? { ...f, name: 'status' as const } : f));
}

/** A closure that declines the work (`a Windows 11 Enterprise license. Not planned for this lab.`, `out of scope`): no action. */
const DECLINED_CLOSURE = /\b(?:not planned|no plans?|out of scope|won'?t fix|will not|not pursued|accepted)\b/i;

/**
 * A POA&M entry's `**Closure.**` paragraph that words how the item will be closed (`Deploy behind the CAC/PIV terminator …`)
 * rather than giving the day it was: the entry's action. (`**Closure:** 2026-03-01` still dates its completion.)
 */
function withClosurePath(fields: readonly PlacedField[]): readonly PlacedField[] {
  const path = (f: PlacedField) =>
    f.name === 'completed' && /^closure\b/.test(normaliseLabel(f.label)) && parseDate(f.field.value.trim()).kind !== 'date' && /\s\S+\s\S+\s/.test(f.field.value) && !DECLINED_CLOSURE.test(f.field.value);
  return fields.some(path) ? fields.map((f) => (path(f) ? { ...f, name: 'action' as const } : f)) : fields;
}

/**
 * A heading risk's priority: one written or rated before treatment, else the grade its heading gives (`### 1. Device Theft
 * (HIGH)`), and only then its residual rating (`**Residual:** Medium - …`), which rates what is left after the measures.
 */
function headingPriority(risk: ReadonlyMap<FieldName, Field>, head: RiskHead): Field | undefined {
  const rated = ratedPriority(risk, false);
  // `## 1. Regulatory Non-Compliance (CRITICAL)` over `**Likelihood**: Medium (…)` and `**Impact**: $50M+ fines, …` (set 88): the
  // heading's grade is the writer's own ranking; likelihood × impact is only worked out from the fields, and gives way to it.
  const likelihood = risk.get('likelihood');
  const impact = risk.get('impact');
  const product = rated !== undefined && likelihood !== undefined && impact !== undefined && rated.value === `${likelihood.value} × ${impact.value}`;
  return head.priority && rated !== undefined && (rated === risk.get('residualRisk') || product) ? head.priority : (rated ?? head.priority ?? inlineSeverity(risk.get('risk')));
}

/** A severity stated inside the risk's own words (`**Weakness.** … Severity: **High** if the port is ever exposed`). */
const INLINE_SEVERITY = /\bseverity\s*:\s*[*_]{0,2}(critical|high|moderate|medium|low)\b/i;

function inlineSeverity(words: Field | undefined): Field | undefined {
  const m = words && INLINE_SEVERITY.exec(words.value);
  if (!m) return undefined;
  const at = words!.valueRange.start + m.index + m[0].length - m[1].length;
  return { value: m[1], valueRange: { start: at, end: at + m[1].length } };
}

/**
 * An entry that labels the controls in place (`**Controls:** MFA enforced`, `| Controls | … |`) and, after them, what is
 * planned under another action label (`**Action:** Conduct privileged access review`): the first names what exists, as a
 * register's Controls column before its Treatment Plan column does; read as the risk's existing controls, not a step.
 */
function withControlsInPlace(fields: readonly PlacedField[]): readonly PlacedField[] {
  const inPlace = (f: PlacedField) => f.name === 'action' && f.listItem === undefined && f.field.value.trim() !== '' && IN_PLACE_HEADER.test(normaliseLabel(f.label));
  const first = fields.findIndex(inPlace);
  if (first < 0 || !fields.slice(first + 1).some((f) => f.name === 'action' && f.listItem === undefined && !IN_PLACE_HEADER.test(normaliseLabel(f.label)))) return fields;
  return fields.map((f) => (inPlace(f) ? { ...f, name: 'compensatingControls' as const } : f));
}

/**
 * An ID label's value, when it is an ID: a few words at most (`R-07`, `CAPA-2026-005`, `Risk 4`). A template's
 * list of an entry's fields says what the ID is (`**CAPA ID:** Unique identifier (CAPA-001, CAPA-002, etc.)`).
 */
function idWritten(field: Field | undefined): Field | undefined {
  return field !== undefined && field.value.trim().split(/\s+/).length <= 3 ? field : undefined;
}

/**
 * A label line with no value of its own (`**Current Status:**` over a bulleted list of what is in place): a caption of
 * the list below it, not the field. The same field written later with its value (`**Status:** ✅ ACCEPTABLE`) is the one.
 * (Not an action label: its list is the steps.)
 */
const captionOnly = (field: Field | undefined): boolean => field !== undefined && field.value.trim() === '';

/**
 * Under a risk its bullet or heading names (`- **T-S-001**: Malicious app impersonating the scribe`), a `**Risk**: High` line
 * that is only a grade rates the risk: its priority, not its words. A bullet's own words are its first Risk field: not that one.
 */
function gradedRiskLine(head: RiskHead, fields: readonly PlacedField[]): Field | undefined {
  const lines = fields.filter((f) => f.name === 'risk');
  return lines.slice(head.title ? 0 : 1).find((f) => gradeWordOf(f.field.value) !== undefined)?.field;
}

/** A label that ranks the work by name (`Priority`, `Remediation Priority`), over a rating of the risk (`Overall Risk`). */
const PRIORITY_LABEL = /\bpriority\b/;

/**
 * A heading risk from its draft. Action fields (action, owner, due, status, completed)
 * form its action; a repeated Action label starts another one. An accepted risk with
 * none of them has no action.
 */
export function headingRisk(text: string, lines: LineIndex, line: number, head: RiskHead, tier: TierContext, written: readonly PlacedField[]): Risk {
  const fields = withControlsInPlace(withClosingSeverity(withClosurePath(written)));
  const firstLine = lineSpan(lines, line);
  const risk = new Map<FieldName, Field>();
  const actions: { fields: Map<FieldName, Field>; firstLine: Span; label?: string; last?: PlacedField }[] = [
    { fields: new Map(), firstLine },
  ];
  let last: PlacedField | undefined;
  /** Owner, due date and status written once for a list of actions (`**Owner:**` above or below `**Action items:**`). */
  const shared = new Map<FieldName, Field>();
  let listed = false;
  // A revised date (`Revised Target Date`) replaces the one first planned (`Original Target Date`).
  const revised = fields.some((f) => f.name === 'due' && REVISED_LABEL.test(normaliseLabel(f.label)));
  // After a `**Trigger**:` line, a `**Response**:` list is a contingency playbook (isolate, notify, post-mortem): what is done if the risk happens, not a measure planned against it.
  const trigger = fields.find((f) => f.name === 'trigger')?.line;
  const contingent = (f: PlacedField) => trigger !== undefined && f.line > trigger && f.name === 'action' && CONTINGENCY_LABEL.test(normaliseLabel(f.label));
  // A threat scenario naming its attacker (`**Actor:**`) tells the attack with `**Action:**` and `**Target:**`: its mitigations are the plan.
  const attack = fields.some((f) => isAttackStepLabel(f.label)) && namesAttacker(text, lines, line, fields[fields.length - 1].line);
  const told = (f: PlacedField) => attack && f.listItem === undefined && isAttackStepLabel(f.label);
  // `| Question | 6.4: Do you test backup restoration? |` then `| Response | Partially Implemented |`: a questionnaire's answer, not a step.
  const answer = (f: PlacedField) => f.name === 'action' && ANSWER_LABEL.test(normaliseLabel(f.label)) && f.line > 0 && QUESTION_LINE.test(text.slice(lines.lineStart(f.line - 1), lines.lineEnd(f.line - 1)));
  let levelOnly = false;
  for (const f of (revised ? fields.filter((g) => !(g.name === 'due' && /^original\b/.test(normaliseLabel(g.label)))) : fields).filter((g) => !contingent(g) && !told(g) && !answer(g))) {
    last = f;
    if (!ACTION_FIELDS.has(f.name)) {
      // `**Overall Risk**: LOW` in the risk's rating, then `**Priority**: MEDIUM` for its work (set 93): the priority written as one ranks the risk.
      const ranks = f.name === 'priority' && levelOnly && PRIORITY_LABEL.test(normaliseLabel(f.label)) && f.field.value.trim() !== '';
      if (!risk.has(f.name) || ranks) {
        risk.set(f.name, f.field);
        if (f.name === 'priority') levelOnly = isRiskLevelLabel(f.label);
      }
      continue;
    }
    if (f.listItem === 'item') listed = true;
    else if (f.listItem === undefined && f.name !== 'action' && (!shared.has(f.name) || captionOnly(shared.get(f.name)))) shared.set(f.name, f.field);
    let action = actions[actions.length - 1];
    // A label whose list is a table of steps leaves an empty action: the first step fills it.
    const hasAction = action.fields.has('action') && !(f.listItem === 'item' && action.fields.get('action')!.value === '');
    // A second action label opens a second action (`**Immediate Correction:**` then `**Long-Term Corrective Action:**`).
    if (f.listItem === 'item' ? hasAction : f.listItem === undefined && f.name === 'action' && action.fields.has('action') && action.fields.get('action')!.value !== '') {
      action = { fields: new Map(), firstLine: lineSpan(lines, f.line) };
      actions.push(action);
    }
    if (f.name === 'action') action.label ??= f.label;
    // A field nested under a list item is that item's own, over one written for the whole list.
    if (!action.fields.has(f.name) || f.listItem === 'child' || (f.listItem === 'item' && action.fields.get(f.name)!.value === '') || (f.name !== 'action' && f.listItem === undefined && captionOnly(action.fields.get(f.name)))) action.fields.set(f.name, f.field);
    action.last = f;
  }
  // `| **Treatment** | Mitigate — Require the vendor to enforce MFA … |` with no action label: the option, then what is done (as a
  // register's Treatment column with no Action column); for an accepted risk, why it is accepted.
  const split = actions.every((a) => !a.fields.get('action')?.value.trim()) ? treatmentThenAction(text, risk.get('treatment')) : undefined;
  if (split?.treatment) {
    risk.set('treatment', split.treatment);
    if (split.action) actions[0].fields.set('action', split.action);
    if (split.rationale && !risk.has('rationale')) risk.set('rationale', split.rationale);
  }
  const insertAt = last ? insertionAfter(text, lines, last) : insertionAfterLine(text, lines, line, DEFAULT_PREFIX);
  const hasActionFields = actions.some((a) => a.fields.size > 0);
  const treatment = risk.get('treatment') ?? acceptedBy(actions.map((a) => a.fields.get('status')).find((f) => f !== undefined));
  const accepted = treatmentOf(treatment?.value, 'heading') === 'accept';
  // Owner, due date and status written once serve every action of a list, and every action of several labels (a CAPA's correction and corrective action under one Target Completion Date).
  // (Actions that repeat one label, `| Action | … |` rows each with their own Owner and Due, keep their own.)
  const labels = actions.map((a) => a.label).filter((l) => l !== undefined);
  const labelled = labels.length > 1 && new Set(labels).size === labels.length;
  // `- [x] **Action**: …` lines, then one `- [x] **Status**: ✅ COMPLETED` (an audit checklist's item, set 98): a status written once
  // after bare actions, nothing else beside them, is the item's, each action's.
  const final = actions[actions.length - 1];
  const closingStatus = actions.length > 1 && actions.slice(0, -1).every((a) => a.fields.size === 1 && a.fields.has('action')) && final.fields.size === 2 && final.fields.has('action') ? final.fields.get('status') : undefined;
  const of = (a: (typeof actions)[number], name: FieldName) => a.fields.get(name) ?? (listed || labelled ? shared.get(name) : undefined) ?? (name === 'status' ? closingStatus : undefined);
  // `| Controls | MFA, RBAC, audit logging |` beside `| Residual Risk | 8 (Medium) |`, with no date or status: the risk is rated
  // after the controls it names, so they are in place (an assessment's register), not work planned; read so, as a status.
  // So are the items of one such label's list (an ISO 14971 hazard's `**Risk Control Measures**:` over its controls, then `**Residual Risk**:`).
  /** Whether any action, or the fields written once for them all, gives one of these (an entry that tracks its work plans it). */
  const tracks = (names: readonly FieldName[]) => names.some((name) => actions.some((a) => a.fields.has(name)) || shared.has(name));
  const inPlace = actions.length > 0 && risk.has('residualRisk') && actions[0].label !== undefined && IN_PLACE_HEADER.test(normaliseLabel(actions[0].label)) &&
    actions.every((a) => a.label === actions[0].label && (actions.length === 1 || !saysPlannedWork(a.fields.get('action')?.value ?? ''))) &&
    !tracks(['due', 'status', 'completed']) && head.status === undefined;
  // `**Mitigations:**` over `- AES-256 encryption with Argon2id`, `- No plaintext keys on disk`, then `**Residual:** Medium - …`: a threat
  // model's entry lists the measures it has and rates the risk left after them; with no owner, date or status anywhere in the entry,
  // the list is of controls in place (read so, as a status), as a register's Controls column beside its Residual is.
  const residualLine = fields.find((f) => f.name === 'residualRisk')?.line;
  const listLabel = actions[0]?.label;
  const builtList = !inPlace && residualLine !== undefined && listLabel !== undefined && BUILT_LIST_LABEL.test(normaliseLabel(listLabel)) &&
    !tracks(['owner', 'due', 'status', 'completed']) && head.status === undefined;
  const builtBefore = (a: (typeof actions)[number]) =>
    builtList && a.label === listLabel && a.fields.get('action')?.value !== undefined && (a.last?.line ?? Infinity) < residualLine! && !saysPlannedWork(a.fields.get('action')!.value);
  const built: Action[] = !hasActionFields && accepted ? [] : actions.map((a, i) => {
    const action = a.fields.get('action');
    if ((inPlace || builtBefore(a)) && action && action.value !== '') return { action, owner: of(a, 'owner'), status: { ...action, value: 'in place' }, firstLine: a.firstLine, insertAt };
    // With no date of its own, an action's words may date it: `Code patch deployed 2025-12-05` is done then, `Architecture review scheduled Q1 2026` due then.
    const worded = a.fields.has('due') || a.fields.has('completed') || !action ? undefined : datesInWords(text, action);
    // `**Target Date:** Completed February 22, 2026` (or `Verified …`): the deadline's place records when it was done.
    const doneOn = a.fields.has('completed') ? undefined : doneDateIn(a.fields.get('due'));
    return {
      ...(a.label !== undefined && MILESTONE_LABELS.has(normaliseLabel(a.label)) && { milestone: true as const }),
      action,
      owner: of(a, 'owner'),
      due: doneOn ? undefined : worded?.due ?? of(a, 'due'),
      // A status written once for the whole list (`**Status:** IN PROGRESS` above it) is the risk's, not that of an item its words say was done.
      status: worded?.completed ? (a.fields.get('status') === shared.get('status') ? undefined : a.fields.get('status')) : (of(a, 'status') ?? head.status),
      completed: doneOn ?? worded?.completed ?? of(a, 'completed') ?? (of(a, 'status') === undefined ? head.completed : undefined),
      firstLine: a.firstLine,
      insertAt: i < actions.length - 1 && a.last ? insertionAfter(text, lines, a.last) : insertAt,
    };
  });
  // `**Mitigations:**` over `- ✅ SOC 2 Type II certified`, `- 🔒 Encryption at rest enabled`, `- ⏳ DPA negotiation in progress`: the
  // measures marked in place and worded as a state are the vendor's controls, not work done; the rest are its open work (set 86).
  const inPlaceAt = built.map((b, i) => markedInPlace(actions[i].label, b));
  const kept = inPlaceAt.some(Boolean) && !inPlaceAt.every(Boolean) && !risk.has('compensatingControls') ? built.filter((_, i) => !inPlaceAt[i]) : built;
  const measures = built.filter((_, i) => inPlaceAt[i]).map((b) => b.action!);
  const controls = kept === built ? undefined : listField(measures, measures.map((f) => f.value.replace(LOCK_LEAD, '')));
  const tierField = risk.get('tier');
  // `### 5.1 Minor Nonconformity` over `**Issue:** …`: the heading names the entry's kind and grade, the Issue line words it.
  const kindOnly = head.title && risk.has('risk') ? kindOnlyTitle(head.title) : undefined;
  return {
    form: 'heading',
    id: head.id ?? idWritten(risk.get('id')),
    title: kindOnly !== undefined ? risk.get('risk') : head.title ?? risk.get('title') ?? risk.get('risk'),
    tier: tierField ?? tier.tier,
    tierValue: tierField ? tierOfHeading(tierField.value) : tier.tierValue,
    priority: headingPriority(risk, head) ?? kindOnly ?? gradedRiskLine(head, fields),
    treatment,
    validation: risk.get('validation'),
    evidence: risk.get('evidence'),
    ...ratings(risk),
    acceptance: {
      rationale: risk.get('rationale'),
      approvedBy: risk.get('approvedBy'),
      approvedOn: risk.get('approvedOn'),
      compensatingControls: risk.get('compensatingControls') ?? controls,
      reviewBy: risk.get('reviewBy') ?? risk.get('nextReview'),
      insertAt,
    },
    actions: kept,
    firstLine,
    insertAt,
  };
}

/** A mark saying a measure is in place: done (`✅`, `✔`, `☑`) or locked (`🔒`). */
const IN_PLACE_MARK = /^(?:\u2705|\u2714\uFE0F?|\u2611\uFE0F?|\u{1F512})$/u;
/** A measure's words opening with a lock or a shield: `🔒 Encryption at rest enabled`. */
const LOCK_LEAD = /^(?:\u{1F512}|\u{1F6E1}\uFE0F?)\s*/u;

/** Words closing on a state (`certified`, `enabled`, `EU region available (migration path)`, `in place`): what is, not what is done. */
const STATE_WORDING = /(?:\b[a-z]{3,}ed|\bavailable|\bin place|\bactive|\bon)(?:[ \t]*\([^()]*\))?[ \t.]*$/i;

/**
 * Whether an item of a list of measures (`**Mitigations:**`, `**Safeguards:**`) is a control in place: marked done or locked, and
 * worded as a state (`SOC 2 Type II certified`), not as work (`Sign the DPA`).
 */
function markedInPlace(label: string | undefined, action: Action): boolean {
  const words = action.action?.value ?? '';
  if (label === undefined || !BUILT_LIST_LABEL.test(normaliseLabel(label)) || words.trim() === '') return false;
  const marked = (action.status !== undefined && IN_PLACE_MARK.test(action.status.value.trim())) || (action.status === undefined && LOCK_LEAD.test(words));
  const plain = words.replace(LOCK_LEAD, '');
  return marked && action.owner === undefined && action.due === undefined && STATE_WORDING.test(plain) && !opensAsInstruction(plain) && !saysPlannedWork(plain);
}


/** A word every attacker label has (`Actor`, `Threat agent`, `Attacker`, `Adversary`), searched for before the lines are read. */
const ATTACKER_WORD = /actor|attacker|adversar|agent/i;

/** A `Label:` line's label, bulleted or bold (`- **Actor:** …`, `Threat agent: …`). */
const LINE_LABEL = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,3}([A-Za-z][^:*_|`\n]{0,40}?)[*_]{0,3}[ \t]*:/;

/** Whether a line from `from` to `to` labels the attacker of a threat scenario (`- **Actor:** Cybercriminal`). */
function namesAttacker(text: string, lines: LineIndex, from: number, to: number): boolean {
  // Most risks with an Action line name no attacker: one search of the text first, the lines only when it finds the word.
  const start = lines.lineStart(from);
  const found = ATTACKER_WORD.exec(text.slice(start, lines.lineEnd(to)));
  if (!found) return false;
  for (let line = lines.lineAt(start + found.index); line <= to; line++) {
    const m = LINE_LABEL.exec(text.slice(lines.lineStart(line), lines.lineEnd(line)));
    if (m && isAttackerLabel(m[1])) return true;
  }
  return false;
}

/** A due value that says the work was done, and when: `Completed February 22, 2026`, `Verified 2026-02-22`, `Done on 2026-03-01`. */
const DONE_DATE = /^(?:completed|verified|done|closed|fixed|implemented|resolved|remediated)(?:\s+on)?\s*:?\s+(.+)$/i;

/** The completion date a due field gives instead of a deadline, as a field of its own; undefined when it gives a deadline. */
function doneDateIn(due: Field | undefined): Field | undefined {
  const m = due ? DONE_DATE.exec(due.value) : null;
  if (!due || !m || parseDate(m[1]).kind !== 'date') return undefined;
  const at = due.valueRange.start + due.value.length - m[1].length;
  return { value: m[1], valueRange: { start: at, end: at + m[1].length }, keyRange: due.keyRange };
}
