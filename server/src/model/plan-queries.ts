// Small questions rules ask of the plan model, answered in one place.
import type { Action, Field, PlanModel, Risk, Span } from './plan-model';
import { statusOf, treatmentOf, treatmentsNamed } from './vocabulary';
import { isoOf } from './dates';
import { ownCache, PerObjectMemo, TextMemo } from '../caches';

/** True when a field is written with a non-blank value. */
export function hasValue(field: Field | undefined): field is Field {
  return field !== undefined && field.value.trim() !== '';
}

/**
 * The tier a risk is shown in: one the plan names (This week, Vendor, Budget-dependent), or one written in the risk itself
 * (a YAML key, a Tier column or label). A heading above a risk that names no tier (`## 3. Risk Analysis and Findings`,
 * `## 📌 Instructions`) is only the section it sits in: shown as the editor's outline groups it, not as its tier, unless
 * the risk has no priority (`## Facilities`: the heading was taken for a tier, and says why missing-priority finds none).
 */
export function shownTier(risk: Risk): Field | undefined {
  const tier = risk.tier;
  if (tier === undefined || risk.tierValue !== undefined || risk.form === 'yaml' || !hasValue(risk.priority)) return tier;
  return tier.valueRange.start >= risk.firstLine.start ? tier : undefined;
}

/** Fields read as one list: their words (the fields' own, unless given) joined by "; ", each an item, spanning the first to the last. */
export function listField(fields: readonly Field[], words: readonly string[] = fields.map((f) => f.value)): Field {
  return { value: words.join('; '), valueRange: { start: fields[0].valueRange.start, end: fields[fields.length - 1].valueRange.end }, items: words };
}

/** The span of the whole line containing an offset (without its line break). */
export function lineSpanAt(text: string, offset: number): Span {
  let start = Math.min(offset, text.length);
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = Math.min(offset, text.length);
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end };
}

/** Line 1 of the document: where plan-level findings about missing fields go (spec §5). */
export function documentStart(plan: PlanModel): Span {
  return lineSpanAt(plan.text, 0);
}

/**
 * A value's range, widened when the value is empty so it stays visible: to its table cell
 * (between the pipes around it), else to its line.
 */
export function valueSpan(plan: PlanModel, field: Field): Span {
  const r = field.valueRange;
  if (r.end > r.start) return r;
  const line = lineSpanAt(plan.text, r.start);
  const open = plan.text.lastIndexOf('|', r.start - 1);
  const close = plan.text.indexOf('|', r.start);
  if (open >= line.start && close >= 0 && close <= line.end && close - open > 1) return { start: open + 1, end: close };
  return line;
}

/** How long a risk's title may run in a message that names the risk by it. */
const NAMED_TITLE_CHARS = 60;

/**
 * How a finding names its risk: by its ID, else by its title in quotes (a register with no ID column,
 * a gap table whose rows are named by their requirement), else `(no id)`.
 */
export function riskName(risk: Risk): string {
  const id = risk.id?.value.trim();
  if (id) return id;
  const title = risk.title?.value.replace(/\s+/g, ' ').trim();
  if (!title) return '(no id)';
  return `"${title.length > NAMED_TITLE_CHARS ? `${title.slice(0, NAMED_TITLE_CHARS - 1).trimEnd()}…` : title}"`;
}

/** Whether the risk plans an action of its own (an action with words written). */
export function hasOwnAction(risk: Risk): boolean {
  return risk.actions.some((a) => hasValue(a.action));
}

/** Where the last field read of a risk ends (the end of its first line when none is read): a heading risk's block, as far as it was read. */
export function lastFieldEnd(r: Risk): number {
  const fields = [r.title, r.priority, r.treatment, r.validation, r.evidence, r.likelihood, r.impact, r.inherentRisk, r.residualRisk,
    r.acceptance.rationale, r.acceptance.approvedBy, r.acceptance.approvedOn, r.acceptance.compensatingControls, r.acceptance.reviewBy,
    ...r.actions.flatMap((a) => [a.action, a.owner, a.due, a.status, a.completed, a.validation, a.evidence])];
  let end = r.firstLine.end;
  for (const f of fields) if (f) end = Math.max(end, f.valueRange.end);
  return end;
}

/** Words that open by saying nothing is to be done: `No action required.`, `No further action needed`, `None required`. */
const NO_ACTION_NEEDED = /^\W*(?:no (?:further |additional )?(?:action|remediation|mitigation|change)s? (?:is |are )?(?:required|needed|necessary)|none (?:required|needed))\b/i;

/** Whether an action's words say that nothing is to be done (the risk was judged to need no treatment). */
export function saysNoActionNeeded(action: Action): boolean {
  return NO_ACTION_NEEDED.test(action.action?.value ?? '');
}

/** True when the risk's treatment is acceptance (in any written form). */
export function isAccepted(risk: Risk): boolean {
  return treatmentOf(risk.treatment?.value, risk.form) === 'accept';
}

/**
 * True when the risk's treatment names acceptance beside another option (`Transfer/Accept`, `Mitigate + Accept`): what the
 * other leaves is accepted, a decision to document as any acceptance is. (isAccepted reads the first option.)
 */
export function acceptsInPart(risk: Risk): boolean {
  const named = risk.treatment ? treatmentsNamed(risk.treatment.value) : undefined;
  return named !== undefined && named.length > 1 && named.includes('accept') && !isAccepted(risk);
}

/**
 * True when an action's status says it is finished or formally accepted, or, with no status
 * written or none rmplint knows, a completion date says it is finished (a tracker's "Completed
 * Treatments" table).
 */
export function isClosed(action: Action): boolean {
  // (`🔴 BLOCKING PRODUCTION` is a status in words of its own: its completion day says it was done.)
  const status = hasValue(action.status) ? statusOf(action.status.value) : undefined;
  if (status === undefined) return isoOf(action.completed) !== undefined;
  return status === 'done' || status === 'accepted';
}

/**
 * True when every action of a risk is finished or accepted: a closed item of a tracker. What is
 * left to ask of it is its evidence (missing-validation), not a plan for it.
 */
export function isClosedRisk(risk: Risk): boolean {
  return risk.actions.length > 0 && risk.actions.every(isClosed);
}

/** A status that declares the item a duplicate of one tracked elsewhere (`duplicate reference to ISS-19; not counted twice`). */
const DUPLICATE_REFERENCE = /\bduplicate (?:reference |entry |item |finding )?(?:of|to)\b|\bnot counted twice\b|\btracked (?:under|as|in) [A-Z]{1,8}[-\u2011]?\d/i;

/** A risk whose every status declares it a duplicate of an item tracked elsewhere: the other item is rated and planned, not this reference. */
export function isDuplicateReference(risk: Risk): boolean {
  return risk.actions.length > 0 && risk.actions.every((a) => a.status !== undefined && DUPLICATE_REFERENCE.test(a.status.value));
}

const planActions = ownCache('actions per plan', new PerObjectMemo<PlanModel, readonly { readonly risk: Risk; readonly action: Action }[]>());

/** Every action of every risk, with its risk; listed once per plan, as most rules walk them. */
export function actionsOf(plan: PlanModel): readonly { readonly risk: Risk; readonly action: Action }[] {
  return planActions.of(plan, listActions);
}

function listActions(plan: PlanModel): readonly { readonly risk: Risk; readonly action: Action }[] {
  return plan.risks.flatMap((risk) => risk.actions.map((action) => ({ risk, action })));
}

const planRiskIds = ownCache('risk IDs per plan', new PerObjectMemo<PlanModel, ReadonlySet<string>>());

/** The IDs of the plan's risks, as `idKey` reads them: what a pointer in an action ("see R-04") may refer to. */
export function riskIdsOf(plan: PlanModel): ReadonlySet<string> {
  return planRiskIds.of(plan, (p) => new Set(p.risks.filter((r) => hasValue(r.id)).map((r) => idKey(r.id!.value))));
}

/**
 * An ID as risks are compared and matched by it: any case, single spaces, no zeros before a
 * number ("R-4", "r-004" and "R-04" are one ID), and a word naming the item before a bare number
 * left out, so `### Gap 2: …` details the row `| 2 | … |` of a summary numbered `#`.
 */
export function idKey(id: string): string {
  return idKeys.of(id, (written) => written.trim().toUpperCase().replace(/\s+/g, ' ').replace(ITEM_WORD_BEFORE_NUMBER, '').replace(/(?<!\d)0+(?=\d)/g, ''));
}
/** Every keystroke reads the plan's IDs again (a thousand in a large plan): four replacements each, remembered. */
const idKeys = ownCache('ID keys', new TextMemo<string>(20_000));
const ITEM_WORD_BEFORE_NUMBER = /^(?:gap|risk|finding|issue|item|weakness|vulnerability|threat|deficiency|observation)\s*(?:no\.?|#)?\s*(?=\d+$)/i;

/** The fields written on a risk itself, in no particular order. */
export function riskFields(risk: Risk): (Field | undefined)[] {
  return [risk.id, risk.title, risk.tier, risk.priority, risk.treatment, risk.validation, risk.evidence];
}

/** The fields written on an action, in no particular order. */
export function actionFields(action: Action): (Field | undefined)[] {
  return [action.action, action.owner, action.due, action.status, action.completed, action.validation, action.evidence];
}

/** The acceptance fields of a risk. */
export function acceptanceFields(risk: Risk): (Field | undefined)[] {
  const a = risk.acceptance;
  return [a.rationale, a.approvedBy, a.approvedOn, a.compensatingControls, a.reviewBy];
}

/** Plan-level fields that sit directly in the metadata block (not nested). */
export function metaFields(plan: PlanModel): (Field | undefined)[] {
  const m = plan.meta;
  return [m.title, m.organization, m.version, m.owner, m.approvedBy, m.approvedOn, m.lastReviewed, m.nextReview];
}
