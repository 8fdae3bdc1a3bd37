import type { Fix, RuleModule } from '../engine/rule';
import type { Action, PlanModel, Risk } from '../model/plan-model';
import { actionsOf, hasValue, idKey, isAccepted, isClosed, riskIdsOf, valueSpan } from '../model/plan-queries';
import { classifyAction, pointedIds, type VagueReason, type Verdict } from './vague-action-utils/classify';
import { BoundedCache, ownCache } from '../caches';
import { DEFAULT_EXAMPLE, suggestedActions } from './vague-action-utils/suggestions';
import { fixPerValue, setFieldFix } from '../fixes/field-edits';
import { isPlaceholder } from '../model/placeholders';
import { excerpt } from './shared-utils/wording';
import { isModifier } from './vague-action-utils/wordnet';

/** Message id per reason: each says why in its own words, then what to write instead. */
const MESSAGE_FOR: Record<VagueReason, string> = {
  placeholder: 'placeholder',
  configured: 'configured',
  status: 'status',
  intention: 'intention',
  hedge: 'hedge',
  abstract: 'abstract',
  'no-object': 'noObject',
  fragment: 'fragment',
};

/**
 * Verdicts by phrases and text: an edit changes one action, so the others are not judged again.
 * A second cache beside the classifier's, by measurement: keeping one (758c86b) allocated less
 * per keystroke but raised the server's peak RSS past 100 MB in half the 1,000-risk sessions,
 * and was reverted (4a56d9c). Rerun the benchmark before merging the two.
 */
const verdicts = ownCache('action verdicts (rule)', new BoundedCache<Verdict>(1_000_000));

function verdictOf(text: string, phrases: readonly string[]): Verdict {
  const key = `${phrases.join('\u0000')}\u0001${text}`;
  let verdict = verdicts.get(key);
  if (!verdict) verdicts.set(key, (verdict = classifyAction(text, phrases)));
  return verdict;
}

/** Long actions are quoted by their start, so the message stays one readable line; bold marks (`**Training:**`) are left out. */
function quote(text: string): string {
  return excerpt(text.replace(/\*\*(?=\S)|(?<=\S)\*\*/g, '').replace(/\s+/g, ' ').trim(), 60);
}

function fixesFor(plan: PlanModel, action: Action, suggestions: readonly string[]): Fix[] {
  return fixPerValue(suggestions, (s) => setFieldFix(plan, action.action, { name: 'action', value: s }, { title: `Replace with "${s}"` }));
}

/** An item that states the decision to accept, retain or tolerate the risk. */
const ACCEPTANCE_DECISION = /^\W*(?:accept|retain|tolerate)(?:s|ed)?\b(?!\s+(?:criteria|testing|test)\b)/i;

const rule: RuleModule = {
  id: 'vague-action',
  defaultSeverity: 'warning',
  scope: 'risk',
  description: 'Every action names a deliverable: a concrete verb acting on a concrete object, not a placeholder, an intention or a hedge.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: security measures sufficient to reduce risks)',
  rationale:
    'Investigators ask what was done about each risk. "Look into options" or "Improve security as needed" cannot be checked off or shown to have reduced the risk; an action that names what is done to what can.',
  examples: { bad: 'Action: Look into options', good: 'Action: Enable MFA for all EHR portal accounts in the vendor admin console' },
  messages: {
    placeholder: '"{action}" is a placeholder, not an action. Fill in what will be done to what (e.g. "{example}").',
    configured: '"{action}" contains "{phrase}", which this workspace lists as vague. Say what will be done to what (e.g. "{example}").',
    status: '"{action}" reports a status or passes the work on ("{phrase}") instead of saying what will be done. Say what will be done to what, by when (e.g. "{example}").',
    intention: '"{action}" states an intention ("{phrase}"), not a deliverable. Say what will be done to what, by when (e.g. "{example}").',
    hedge: '"{action}" hedges ("{phrase}") without naming a measurable deliverable. Say what will be done to what, by when (e.g. "{example}").',
    abstract: '"{action}" names no concrete deliverable. Say what will be done to which system, device or document (e.g. "{example}").',
    noObject: '"{action}" does not say what it acts on. Name the systems, devices or documents (e.g. "{example}").',
    fragment: '"{action}" is too short to say what will be done to what (e.g. "{example}").',
    undefinedEntry: '"{action}" only names an entry of "{list}" that this file does not define, so what will be done is not written anywhere. Define {action} under "{list}" (what is done, its status and owner), or write the action here.',
  },
  check({ plan, options, riskIds, report }) {
    const inProcedure = new Set<Risk>();
    for (const risk of plan.risks) if (isProcedure(risk, options.vaguePhrases)) inProcedure.add(risk);
    for (const { risk, action } of actionsOf(plan)) {
      const field = action.action;
      // An absent or empty action is the business of the rules on missing fields, not this one.
      if (field === undefined || field.value.trim() === '') continue;
      // A finished action is judged by its evidence (missing-validation), not by how its plan was worded.
      if (isClosed(action)) continue;
      // "Accept the polarization (…)": a decision to accept the risk, whose record is what is asked for, not a measure to word.
      if (ACCEPTANCE_DECISION.test(field.value)) continue;
      // `- MIT-035` where the file's `mitigations:` has no MIT-035: the pointer is the gap, not its wording (set 94).
      if (action.undefinedEntry) {
        report({ messageId: 'undefinedEntry', data: { action: action.undefinedEntry.id, list: action.undefinedEntry.list }, range: valueSpan(plan, field) });
        continue;
      }
      // `Tooling evaluated and selected (Sep 2026)`: a milestone names the point the risk's worded action reaches, judged there.
      if (action.milestone && risk.actions.some((other) => !other.milestone && hasValue(other.action))) continue;
      // A fix written as a fenced code block (`**Fix Required:**` over ```ts …```) is code to apply, as inline code is: not prose to judge.
      if (inCodeFence(plan.text, field.valueRange.start)) continue;
      // rmplint's own defaults ("Specific action") are placeholders before they are fragments.
      const verdict: Verdict = isPlaceholder(field.value)
        ? { vague: true, reason: 'placeholder', phrase: field.value, span: { start: 0, end: field.value.length } }
        : verdictOf(field.value, options.vaguePhrases);
      if (!verdict.vague) continue;
      // "See R-04", "R-04, R-05": an action that only points to other risks of this plan is done by their actions, which are judged there.
      // The plan's IDs come from the engine: this rule may run on a plan holding only this risk.
      if (pointsToOtherRisks(riskIds ?? riskIdsOf(plan), risk, field.value)) continue;
      // "See Appendix A.2 in full guide" after the risk's own steps ("Implement JWT authentication", ...): a pointer to more
      // detail of work its other actions name, not an action in their place.
      if (verdict.reason === 'status' && pointsToDetail(field.value) && risk.actions.some((other) => other !== action && namesWork(other, options.vaguePhrases))) continue;
      // One step of a procedure ("Click Assign MFA") is judged with its procedure: the steps around it say what it acts on.
      if (inProcedure.has(risk) && STEP_REASONS.has(verdict.reason)) continue;
      // `Implement formal Supplier Risk Assessment Program:` over its phases' lists: a lead-in, whose objects the lists name.
      if (STEP_REASONS.has(verdict.reason) && leadsInToList(plan.text, field.value, field.valueRange.end)) continue;
      // An accepted risk needs no action: "N/A" there is an honest answer.
      if (verdict.reason === 'placeholder' && isAccepted(risk)) continue;
      // An action written once for several risks (an area's remediation for each of its gaps) is one finding, reported
      // once: its example comes from its own words, not from one risk's title.
      const suggestions = suggestedActions(action.shared ? field.value : topicText(risk, field.value));
      report({
        messageId: MESSAGE_FOR[verdict.reason],
        data: { action: quote(field.value), phrase: quote(verdict.phrase), example: suggestions[0] ?? DEFAULT_EXAMPLE },
        range: valueSpan(plan, field),
        fixes: () => fixesFor(plan, action, suggestions),
      });
    }
  },
};

/**
 * True when the action only names IDs, each of another risk of the plan. A list of controls ("AC-2, AC-3") or of IDs the
 * plan does not define names no action; nor does a risk that points to itself.
 */
function pointsToOtherRisks(defined: ReadonlySet<string>, risk: Risk, text: string): boolean {
  const ids = pointedIds(text);
  if (ids === undefined) return false;
  const own = risk.id === undefined ? undefined : idKey(risk.id.value);
  return ids.every((id) => defined.has(idKey(id)) && idKey(id) !== own);
}

/** An action that only sends the reader elsewhere: `See Appendix A.2 in full guide`, `Refer to the SOP`. */
function pointsToDetail(text: string): boolean {
  return /^[\W_]*(?:see|refer to|cf\.?|details? in|more in)\b/i.test(text) && text.length <= 80;
}

/** Another action of the risk that names work of its own (open or done, judged specific). */
function namesWork(action: Action, phrases: readonly string[]): boolean {
  return action.action !== undefined && action.action.value.trim() !== '' && !pointsToDetail(action.action.value) && !verdictOf(action.action.value, phrases).vague;
}

/** Reasons a short step of a procedure is vague alone but not within its steps: it is short, or its object is named by the steps around it. */
const STEP_REASONS: ReadonlySet<VagueReason> = new Set(['fragment', 'no-object', 'abstract']);

/** How many steps make a risk's actions a procedure. */
const PROCEDURE_STEPS = 3;

/**
 * Whether a risk's actions are the steps of one procedure: three or more open steps, most of
 * which name a deliverable on their own (a console walk-through, a remediation broken into steps).
 */
function isProcedure(risk: Risk, phrases: readonly string[]): boolean {
  const steps = risk.actions.filter((a) => a.action !== undefined && a.action.value.trim() !== '' && !isClosed(a));
  if (steps.length < PROCEDURE_STEPS) return false;
  const specific = steps.filter((a) => !verdictOf(a.action!.value, phrases).vague && !namesControl(a.action!.value)).length;
  return specific * 2 >= steps.length;
}

/**
 * Whether an item opens with a qualifier or a number ("Parallel system operation during transition", "24/7 support during
 * go-live", "Dedicated HIPAA compliance officer"): a control named in a list of mitigations, no step of a procedure. Such
 * items stand alone, so they do not make the vague items beside them steps whose object the others name.
 */
function namesControl(text: string): boolean {
  // A milestone's number in its list (`3. Procure and configure …`, `2) Test …`) orders the steps: the word after it opens the item.
  const first = /^[\W_]*([\p{L}\p{N}][\p{L}\p{N}'/-]*)/u.exec(text.replace(/^\s*\d{1,2}[.)]\s+/, ''))?.[1];
  // A number opens it (`24/7`, `2x`, `10`), not a name written with one (`3PAO conducts the assessment`: a party, the step's subject).
  return first !== undefined && (/^\d+(?:[/.,:-]\d+)*(?:x|st|nd|rd|th)?$/i.test(first) || isModifier(first.toLowerCase()));
}

/**
 * A list right below an action that ends in a colon (with no blank line or one), or below a bold label opening the first
 * group of it (`**Phase 1** - Risk Assessment Framework (Week 1-2):`): the action introduces the list.
 */
const LIST_BELOW = /^[^\n]*\n(?:[ \t]*\r?\n)?[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[^\n]*\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t])/;

function leadsInToList(text: string, value: string, end: number): boolean {
  return value.trimEnd().endsWith(':') && LIST_BELOW.test(text.slice(end, end + 500));
}

/** What the risk is about: its title and the action text. */
function topicText(risk: Risk, action: string): string {
  return `${risk.title?.value ?? ''}\n${action}`;
}

export default rule;

/** Whether the value starting at `at` opens right under a fence line (```` ```ts ````, `~~~`): the inside of a code block. */
function inCodeFence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return /^[ \t]{0,3}(?:`{3,}|~{3,})[^`\n]*$/.test(text.slice(previousStart, lineStart - 1).replace(/\r$/, ''));
}

