// YAML plans (spec §2) into the plan model. The document is read with the `yaml`
// package's YAML 1.2 core schema, so dates stay the strings the author wrote. A document
// that does not parse yields only its syntax problem: nothing is derived from it.
// Plans are parsed piece by piece (pieces.ts), each piece read, checked against the plan
// schema (schema-check.ts) and cached by its text, so an edit re-parses one piece; whenever a
// piece is not exactly what it is inside the whole document (an error, an anchor or alias,
// an unexpected shape), the whole document is parsed.
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Pair } from 'yaml';
import type { Acceptance, Action, Field, PlanMeta, PlanModel, Risk, RiskAnalysisRef, SchemaViolation, SyntaxProblem } from '../../model/plan-model';
import { entriesNextReview } from '../../model/review-dates';
import { CHANGE_RECORD, fieldForLabel, gradeWordOf, normaliseLabel, priorityOf, statusOf, treatmentOf, tierOf } from '../../model/vocabulary';
import { restOfLine, YamlReader } from './yaml-reader';
import { MAX_ALIAS_COUNT, yamlAliasProblem, yamlNestingProblem, yamlSyntaxProblem } from './syntax-problems';
import { yamlChunks, type YamlChunk } from './pieces';
import { plainDataOf, readBlockYaml } from './fast-reader';
import { PieceCache } from '../piece-cache';
import { placeMeta, placeRisks, placeSchemaViolations } from '../place';
import { schemaViolations } from './schema-check';
import { dominantEol } from '../eol';
import { ownCache } from '../../caches';
import { priorityFromRating } from '../../model/risk-rating';
import { flatAcceptanceKey, keyWords, spelledKey, withSpellings } from './key-spellings';
import { IN_PLACE_HEADER, isControlInPlace, notesControlsInPlace } from '../controls-in-place';
import { isoOf } from '../../model/dates';

/** The keys read at each level, which other spellings of them stand for (key-spellings.ts). */
export const KEYS = {
  top: ['plan', 'risks'],
  plan: ['title', 'organization', 'version', 'owner', 'riskAnalysis', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview', 'reviewCycle', 'scope', 'thirdParties'],
  riskAnalysis: ['date', 'conductedBy', 'document'],
  acceptance: ['rationale', 'approvedBy', 'approvedOn', 'compensatingControls', 'reviewBy'],
  action: ['action', 'owner', 'due', 'status', 'completed', 'validation', 'evidence'],
  risk: ['id', 'title', 'tier', 'priority', 'treatment', 'validation', 'evidence', 'acceptance', 'actions', 'action', 'owner', 'due', 'status', 'completed', 'likelihood', 'impact',
    'inherentRisk', 'residualRisk', 'description'],
} as const;

/** Top-level keys under which a register of another tool writes its own details (version, owner, review dates). */
const REGISTER_META_KEYS: readonly string[] = ['metadata', 'meta', 'document'];

const PARSE_OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false } as const;

/** Keys that, written on a risk itself, make up its single action (spec §2). */
const SINGLE_ACTION_KEYS = ['action', 'owner', 'due', 'status', 'completed'] as const;

function readRiskAnalysis(reader: YamlReader, pair: Pair | undefined): RiskAnalysisRef | undefined {
  if (!pair) return undefined;
  const map = reader.map(pair.value);
  if (map) {
    return fieldsOf(mappingFields(reader, map, KEYS.riskAnalysis).field, ['date', 'conductedBy', 'document']);
  }
  // Written as one value ("2026-03-02, J. Rivera"): the schema reports the shape.
  const combined = reader.field(pair);
  return combined && combined.value !== '' ? { combined } : undefined;
}

/** A mapping's pairs by the keys read at its level (other spellings of them included), and a key's field. */
function mappingFields(reader: YamlReader, map: Parameters<YamlReader['pairs']>[0], keys: readonly string[]) {
  const pairs = withSpellings(reader.pairs(map), keys);
  return { pairs, field: (key: string): Field | undefined => reader.field(pairs.get(key)) };
}

/** The fields of the keys named, by key. */
function fieldsOf<K extends string>(field: (key: string) => Field | undefined, keys: readonly K[]): Record<K, Field | undefined> {
  const fields = {} as Record<K, Field | undefined>;
  for (const key of keys) fields[key] = field(key);
  return fields;
}

/** The plan's details read as fields of their own (`reviewCycle` and `riskAnalysis` are read apart). */
const PLAN_FIELDS = ['title', 'organization', 'version', 'owner', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview'] as const;
/** The plan's details read when written, shown and not checked (the systems that hold ePHI, the vendors). */
const DESCRIBED_FIELDS = ['scope', 'thirdParties'] as const;

function readMeta(reader: YamlReader, planPair: Pair | undefined): PlanMeta {
  if (!planPair) return {};
  const map = reader.map(planPair.value);
  const { pairs, field } = mappingFields(reader, map, KEYS.plan);
  return {
    ...fieldsOf(field, PLAN_FIELDS),
    ...withoutUndefined({ reviewCycle: field('reviewCycle'), ...fieldsOf(field, DESCRIBED_FIELDS) }),
    riskAnalysis: readRiskAnalysis(reader, pairs.get('riskAnalysis')),
    // Under `plan:` — also when it has nothing under it yet; never below a scalar `plan: x`.
    insertAt: map || reader.scalarText(planPair.value) === '' ? reader.insertionPoint(map, planPair) : undefined,
  };
}

/**
 * A register's own details that date and sign its assessment (`assessment_date`, `assessor`): the
 * risk analysis it rests on, when it names none as such.
 */
function assessmentOf(reader: YamlReader, own: Pair): Pick<PlanMeta, 'riskAnalysis'> {
  const pairs = reader.pairs(reader.map(own.value));
  const labelled = (name: string) => reader.field([...pairs].find(([key]) => fieldForLabel(keyWords(key)) === name)?.[1]);
  if (labelled('riskAnalysis')) return {};
  const date = labelled('riskAnalysisDate');
  const conductedBy = labelled('riskAnalysisBy');
  return date || conductedBy ? { riskAnalysis: { ...(date && { date }), ...(conductedBy && { conductedBy }) } } : {};
}

/**
 * A risk's acceptance record: its `acceptance:` mapping, and the acceptance fields a register writes
 * on the risk itself (`accepted_by`, `acceptance_rationale`), which serve where the mapping has none.
 */
function readAcceptance(reader: YamlReader, pair: Pair | undefined, beside: ReadonlyMap<string, Pair>): Acceptance {
  const map = reader.map(pair?.value);
  const flat = (key: string) => reader.field(beside.get(key));
  if (!map) {
    const fields = fieldsOf(flat, KEYS.acceptance);
    return { ...withoutUndefined(fields), keyWritten: pair !== undefined };
  }
  const { field } = mappingFields(reader, map, KEYS.acceptance);
  return {
    ...fieldsOf((key) => field(key) ?? flat(key), KEYS.acceptance),
    insertAt: reader.insertionPoint(map, pair),
    keyWritten: true,
  };
}

/** The fields that are written (an acceptance read from a risk's own keys has no key for the others). */
function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A risk's own keys that write a field of its acceptance (`accepted_by`), by that field. */
function acceptanceBeside(pairs: ReadonlyMap<string, Pair>): Map<string, Pair> {
  const beside = new Map<string, Pair>();
  for (const [key, pair] of pairs) {
    const name = flatAcceptanceKey(key, KEYS.acceptance);
    if (name !== undefined && !beside.has(name)) beside.set(name, pair);
  }
  return beside;
}

/** A risk's own key for when its acceptance is reviewed (`review_by`, `expires`, `valid_until`), read in an acceptance record's spellings. */
function ownReviewKey(reader: YamlReader, map: Parameters<YamlReader['pairs']>[0]): string | undefined {
  return [...reader.pairs(map).keys()].find((key) => FOREIGN_KEY.test(key) && spelledKey(key, KEYS.acceptance) === 'reviewBy');
}
const FOREIGN_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^(?:expires|expiry|expiration)$/;

/** A value that records no decision: `risk_acceptance: false`, `accepted_by: n/a`. */
const NO_DECISION = /^(?:|false|no|none|n\/a|na|-|~|null)$/i;

/**
 * With no treatment written, the key that records the risk's acceptance (`risk_acceptance:`,
 * `accepted_by:`) stands for its treatment: its words read as acceptance (`risk acceptance`), where the key is.
 */
function treatmentByAcceptance(reader: YamlReader, acceptance: Pair | undefined, beside: ReadonlyMap<string, Pair>): Field | undefined {
  for (const pair of [acceptance, ...beside.values()]) {
    const field = reader.field(pair);
    if (!field?.keyRange || (!field.items && NO_DECISION.test(field.value.trim()))) continue;
    if (field.items?.length === 0) continue;
    const key = reader.text.slice(field.keyRange.start, field.keyRange.end).replace(/^["']|["']$/g, '');
    // A reason alone (`risk_justification`) records no decision: the risk's status says whether it was accepted.
    if (!/accept/i.test(key)) continue;
    return { value: keyWords(key).toLowerCase(), valueRange: field.keyRange, keyRange: field.keyRange };
  }
  return undefined;
}

/** One entry of an `actions:` list; its first line is the `- action:` line. */
function readListedAction(reader: YamlReader, item: unknown): Action | undefined {
  const map = reader.map(item);
  const firstLine = reader.itemLine(item);
  if (!map) {
    const action = reader.itemField(item);
    return action && action.value !== '' ? { action, firstLine } : undefined;
  }
  const { field } = mappingFields(reader, map, KEYS.action);
  return {
    ...fieldsOf(field, ['action', 'owner', 'due', 'status', 'completed', 'validation', 'evidence']),
    firstLine,
    insertAt: reader.insertionPoint(map),
  };
}

/** One word of letters, without spaces or digits: a control's name (`audit_logging`, `MFA`), not its ID. */
const BARE_NAME = /^\p{L}[\p{L}_.:/-]*$/u;

/**
 * A register's list of actions under its own word for them (`mitigations:`, `countermeasures:`,
 * `controls:`; not the plan's `action:`), beside no `actions:`: each item an action, given the
 * risk's owner, due date and status where it writes none.
 */
function foreignActionList(reader: YamlReader, fields: ReadonlyMap<string, Pair>, field: (key: string) => Field | undefined): Action[] | undefined {
  const pair = fields.get('action');
  if (!pair || fields.has('actions') || reader.scalarText(pair.key) === 'action') return undefined;
  // `remediation: {priority: IMMEDIATE, steps: [...], status: ALREADY_MITIGATED}`: a findings report's remediation object.
  // Its list of steps is the actions; its status and dates are theirs (not the object shown as text).
  const nested = reader.map(pair.value) ? mappingFields(reader, reader.map(pair.value), KEYS.action) : undefined;
  const steps = nested ? [...reader.pairs(reader.map(pair.value)).entries()].find(([key, p]) => fieldForLabel(key.replace(/[_-]+/g, ' ')) === 'action' && (reader.seq(p.value)?.items.length ?? 0) > 0) : undefined;
  if (nested && steps) {
    const inner = { owner: nested.field('owner') ?? field('owner'), due: nested.field('due') ?? field('due'), status: nested.field('status') ?? field('status'), completed: nested.field('completed') ?? field('completed'), validation: nested.field('validation'), evidence: nested.field('evidence') };
    return foreignActionItems(reader, reader.seq(steps[1].value)!.items, inner);
  }
  const items = reader.seq(pair.value)?.items;
  if (!items || items.length === 0) return undefined;
  // A list of bare names (`- data_classification`, `- audit_logging`) names controls, not what will be
  // done: it stays one action, judged once as a list of controls, not once for each name. IDs
  // (`- K-1`) stay one each: a threat model's catalogue may word them (threat-model.ts).
  if (items.every((item) => BARE_NAME.test(reader.scalarText(item) ?? ''))) return undefined;
  const own = { owner: field('owner'), due: field('due'), status: field('status'), completed: field('completed') };
  // Entries that only point at what implements the control (`- {kind: local_path, ref: ci/check.py}`) are the
  // evidence of one treatment: the files, workflows and settings named are where it is shown, not actions each.
  // They word no action: a list of paths is not judged as one (nor is a risk planned by it).
  const references = referenceList(reader, pair, items);
  if (references) return [{ evidence: references, ...own, firstLine: restOfLine(reader.text, references.keyRange!.start), insertAt: reader.insertionPoint(reader.map(items[0])) }];
  return foreignActionItems(reader, items, own);
}

/** The actions of a register's own list, each with the owner, due date and status written once for them all where it gives none. */
function foreignActionItems(reader: YamlReader, items: readonly unknown[], own: Pick<Action, 'owner' | 'due' | 'status' | 'completed' | 'validation' | 'evidence'>): Action[] {
  const listed: Action[] = [];
  for (const item of items) {
    const action = readListedAction(reader, item);
    if (!action) continue;
    // An item of the register's own list words the action it names (`description`, `title`) where it writes no `action`.
    const map = action.action ? undefined : reader.map(item);
    const wording = map ? mappingFields(reader, map, ['title', 'description']).field : undefined;
    const worded = wording ? (wording('title') ?? wording('description')) : action.action;
    listed.push({ ...action, action: worded, owner: action.owner ?? own.owner, due: action.due ?? own.due, status: action.status ?? flaggedStatus(reader, item) ?? own.status, completed: action.completed ?? own.completed, ...withoutUndefined({ validation: action.validation ?? own.validation, evidence: action.evidence ?? own.evidence }) });
  }
  return listed;
}

/** Keys by which a register's control says, yes or no, whether it is in place (`implemented: true`). */
const DONE_FLAG_KEYS: readonly string[] = ['implemented', 'is_implemented', 'isImplemented', 'in_place', 'inPlace', 'done'];

/**
 * A control's own yes-or-no of being in place (`{control: RBAC, implemented: true, evidence: app/auth/rbac.py}`), as its status:
 * done when true (a control in place, not work planned), open when false, in progress when partial. The risk's status (`active`) is the risk's, not the control's.
 */
function flaggedStatus(reader: YamlReader, item: unknown): Field | undefined {
  const pairs = reader.pairs(reader.map(item));
  for (const key of DONE_FLAG_KEYS) {
    const field = reader.field(pairs.get(key));
    const flag = field?.value.toLowerCase();
    if (flag === 'true' || flag === 'yes') return { ...field!, value: 'implemented' };
    if (flag === 'false' || flag === 'no') return { ...field!, value: 'not implemented' };
    // `implemented: partial`: begun, not finished; the risk's own status says nothing of this control.
    if (flag === 'partial' || flag === 'partially' || flag === 'in progress') return { ...field!, value: 'partially implemented' };
  }
  return undefined;
}

/** Keys by which a list entry points at the artefact that implements a control: a file, a workflow, a URL, a setting. */
const REFERENCE_KEYS: readonly string[] = ['ref', 'reference', 'path', 'file', 'url', 'uri', 'href', 'link'];
/** Keys that word what an entry does: an entry that has one is an action, whatever it also points at. */
const WORDING_KEYS: readonly string[] = ['action', 'title', 'description', 'name', 'summary', 'text', 'mitigation', 'control', 'measure', 'step', 'task'];

/**
 * A list whose every entry is a typed pointer to an artefact and words nothing (`- {kind: local_path, ref:
 * .github/workflows/qa.yml}`, `- {type: url, url: …}`): the references, one field over the whole list.
 */
function referenceList(reader: YamlReader, pair: Pair, items: readonly unknown[]): Field | undefined {
  const refs: string[] = [];
  for (const item of items) {
    const pairs = [...reader.pairs(reader.map(item))];
    const ref = pairs.find(([key]) => REFERENCE_KEYS.includes(key.toLowerCase()));
    if (ref === undefined || pairs.some(([key]) => WORDING_KEYS.includes(key.toLowerCase()))) return undefined;
    const text = reader.scalarText(ref[1].value);
    if (!text) return undefined;
    refs.push(text);
  }
  const valueRange = reader.span(pair.value);
  const keyRange = reader.span(pair.key);
  return valueRange && keyRange ? { value: refs.join('; '), valueRange, keyRange, items: refs } : undefined;
}

/** A register's rating as the risk's priority, when it writes likelihood and impact but no priority. */
function ratedPriority(likelihood: Field | undefined, impact: Field | undefined): Field | undefined {
  const level = likelihood && impact ? priorityFromRating(likelihood.value, impact.value) : undefined;
  return level && likelihood && impact ? { ...likelihood, value: `${level} (likelihood ${likelihood.value} × impact ${impact.value})` } : undefined;
}

/**
 * Keys under which a register rates a risk on its own (the residual first): a mapping
 * (`residual: {likelihood, impact}`), a likelihood and impact pair (`inherent: [4, 5]`), or a score
 * or level (`risk_score: 16`, `inherent_risk: High`), each read as a Markdown rating is.
 */
const RATING_MAPPINGS = ['residual', 'residual_risk', 'residual_rating', 'inherent', 'inherent_risk', 'inherent_rating', 'current', 'current_risk', 'risk_score', 'score', 'risk'];

/** Open Threat Model rates a threat `risk: {likelihood: 0-100, impact: 0-100}`: each percentage read as its fifth of a 1-5 scale. */
const PERCENT_RATED = new Set(['risk']);
const percentBand = (field: Field | undefined): Field | undefined => {
  const value = field && /^\d{1,3}$/.test(field.value.trim()) ? Number(field.value) : NaN;
  return field && value >= 0 && value <= 100 ? { ...field, value: String(Math.max(1, Math.ceil(value / 20))) } : undefined;
};

/** The priority a register's own rating gives (likelihood × impact, a score), when the risk states none of its own. */
function nestedRatedPriority(reader: YamlReader, pairs: ReadonlyMap<string, Pair>): Field | undefined {
  // Each key in snake or kebab case (`residual-risk`).
  const snake = new Map([...pairs].map(([key, pair]) => [key.replace(/-/g, '_'), pair]));
  for (const key of RATING_MAPPINGS) {
    const pair = pairs.get(key) ?? snake.get(key);
    if (!pair) continue;
    const rating = reader.map(pair.value);
    const pairRated = rating ? undefined : ratedPair(reader, reader.seq(pair.value)?.items);
    if (pairRated) return pairRated;
    if (!rating) {
      const score = reader.field(pair);
      // `risk: baja de profesor` words the risk (`baja` opens it): under `risk`, only a level alone or a score rates it.
      if (score && !score.items && priorityOf(score.value) && (key !== 'risk' || gradeWordOf(score.value) !== undefined || /^\d/.test(score.value.trim()))) return score;
      // `residual_risk: 100`, `inherent_risk: 0`: the ends of a 0-100 scale, which no band of a score holds, still rate the risk.
      if (score && !score.items && key !== 'risk' && /^(?:100|\d{1,2})$/.test(score.value.trim())) return score;
      continue;
    }
    const { field } = mappingFields(reader, rating, ['likelihood', 'impact']);
    const priority = PERCENT_RATED.has(key) ? percentPriority(field('likelihood'), field('impact')) : ratedPriority(field('likelihood'), field('impact'));
    if (priority) return priority;
  }
  return undefined;
}

/**
 * The priority a risk's likelihood and impact give it; a level the register states for the risk before treatment
 * (`inherent_risk: critical` beside `likelihood: medium` and `impact: critical`) stands over it: the register's own matrix
 * rated the pair so, and its rating is the one an auditor reads.
 */
function pairRatedPriority(reader: YamlReader, pairs: ReadonlyMap<string, Pair>, field: (key: string) => Field | undefined): Field | undefined {
  const rated = ratedPriority(field('likelihood'), field('impact'));
  return rated && (statedInherentLevel(reader, pairs) ?? rated);
}

/**
 * A rating as written for the outline and the preview: a level or a score as it stands, a pair (`[4, 5]`) or a
 * mapping (`{likelihood: 2, impact: 3}`) as its likelihood and impact, with the level they rate when they rate one.
 */
function ratingField(reader: YamlReader, pair: Pair | undefined): Field | undefined {
  if (!pair) return undefined;
  const map = reader.map(pair.value);
  const seq = map ? undefined : reader.seq(pair.value);
  if (!map && !seq) return reader.field(pair);
  const rated = map ? mappingFields(reader, map, ['likelihood', 'impact']).field : undefined;
  const [likelihood, impact] = rated ? [rated('likelihood'), rated('impact')] : seq!.items.length === 2 ? seq!.items.map((item) => reader.itemField(item)) : [];
  const whole = reader.field(pair);
  if (!likelihood || !impact || !whole) return undefined;
  const level = ratedPriority(likelihood, impact);
  return { value: level?.value ?? `likelihood ${likelihood.value} × impact ${impact.value}`, valueRange: whole.valueRange, keyRange: whole.keyRange };
}

function statedInherentLevel(reader: YamlReader, pairs: ReadonlyMap<string, Pair>): Field | undefined {
  for (const key of ['inherent_risk', 'inherent_rating', 'inherent']) {
    const pair = pairs.get(key);
    const level = pair && !reader.map(pair.value) && !reader.seq(pair.value) ? reader.field(pair) : undefined;
    if (level && !level.items && gradeWordOf(level.value) !== undefined) return level;
  }
  return undefined;
}

/** A quantitative estimate's keys (FAIR's): how likely the loss is, and how large. */
const ESTIMATED_LIKELIHOOD = /(?:^|[_-])(?:probability|frequency|likelihood)(?:[_-]|$)/i;
const ESTIMATED_LOSS = /(?:^|[_-])(?:loss|magnitude|ale|sle|annuali[sz]ed)(?:[_-]|$)/i;

/**
 * A risk rated by a quantitative estimate rather than a level (a FAIR register: `probability_of_realization_90ci: [0.005, 0.02]`
 * and `loss_magnitude_90ci: [2000000, 5000000]`, on the entry or in one of its mappings, `baseline:`): the estimate, as written,
 * is its rating. It names no level, so nothing is ranked by it; it is not asked for a priority it has.
 */
function quantifiedRating(reader: YamlReader, pairs: ReadonlyMap<string, Pair>): Field | undefined {
  const held = [pairs, ...[...pairs.values()].map((pair) => reader.map(pair.value)).filter((m) => m !== undefined).map((m) => reader.pairs(m))];
  for (const estimate of held) {
    const keys = [...estimate.keys()];
    const likely = keys.find((key) => ESTIMATED_LIKELIHOOD.test(key));
    const loss = keys.find((key) => ESTIMATED_LOSS.test(key));
    if (likely === undefined || loss === undefined) continue;
    const [likelihood, magnitude] = [reader.field(estimate.get(likely)), reader.field(estimate.get(loss))];
    // Figures, both: a likelihood in words beside a loss described (`loss: patient data exposed`) estimates nothing.
    if (!likelihood || !magnitude || !/\d/.test(likelihood.value) || !/\d/.test(magnitude.value)) continue;
    return { ...magnitude, value: `quantified (${likely} ${likelihood.value}; ${loss} ${magnitude.value})` };
  }
  return undefined;
}

/** A likelihood and an impact in percent, rated on the 1-5 scale; shown as written. */
function percentPriority(likelihood: Field | undefined, impact: Field | undefined): Field | undefined {
  const [l, i] = [percentBand(likelihood), percentBand(impact)];
  const level = l && i ? priorityFromRating(l.value, i.value) : undefined;
  return level && likelihood && impact ? { ...likelihood, value: `${level} (likelihood ${likelihood.value}% × impact ${impact.value}%)` } : undefined;
}

/** `[4, 5]`, `[High, Medium]`: a likelihood and an impact, in that order. */
function ratedPair(reader: YamlReader, items: readonly unknown[] | undefined): Field | undefined {
  if (items?.length !== 2) return undefined;
  const [likelihood, impact] = items.map((item) => reader.itemField(item));
  return ratedPriority(likelihood, impact);
}

/**
 * A `treatment:` that words what will be done rather than naming a treatment
 * (`sign_release_artifacts_and_enforce_protected_branch_reviews`, `add-dlp-before-any-pilot`,
 * `Retain human review and revalidate thresholds`): the risk's planned action, its `_` and `-` as spaces.
 */
function plannedTreatment(treatment: Field | undefined): Field | undefined {
  if (!treatment || treatment.items || treatmentOf(treatment.value) !== undefined) return undefined;
  const words = treatment.value.replace(/[_-]+/g, ' ').trim();
  return words.split(/\s+/).length >= 3 ? { ...treatment, value: words } : undefined;
}

/** A key naming work recommended or planned, not controls in place (`recommendations`, `recommended_actions`, `planned_mitigations`). */
const PLANNED_WORK_KEY = /^(?:recommendations?|recommended_[a-z_]+|planned_[a-z_]+|proposed_[a-z_]+|suggested_[a-z_]+|next_steps|next_actions)$/;

/**
 * A threat that writes the controls in place (`mitigations: Tailscale auth option`) and the work recommended
 * (`recommendations: Add rate limiting on discovery endpoints`): the recommended work is its action, not the controls
 * it already has. The first written of the action's spellings is read otherwise.
 */
function preferPlannedWork(reader: YamlReader, map: Parameters<YamlReader['pairs']>[0], fields: Map<string, Pair>): void {
  const chosen = fields.get('action');
  if (!chosen || fields.has('actions')) return;
  const chosenKey = reader.scalarText(chosen.key) ?? '';
  if (chosenKey === 'action' || PLANNED_WORK_KEY.test(chosenKey.replace(/-/g, '_'))) return;
  for (const [key, pair] of reader.pairs(map)) {
    const snake = key.replace(/-/g, '_');
    if (pair === chosen || !PLANNED_WORK_KEY.test(snake) || spelledKey(snake, KEYS.risk) !== 'action') continue;
    const words = reader.field(pair);
    if (words && words.value.trim() !== '') fields.set('action', pair);
    return;
  }
}

/**
 * A tracked risk that is being or has been treated (`status: in-progress`, `mitigated`) and words no action, only its
 * `justification` (Threagile's `risk_tracking`) listing the changes made for it (`fix: stricter CSP -
 * https://…/pull/10131`): the justification says what was or is being done. For an accepted risk or a false positive
 * it stays the reason for the decision.
 */
function justifiedWork(reader: YamlReader, map: Parameters<YamlReader['pairs']>[0], fields: Map<string, Pair>): void {
  if (fields.has('action') || fields.has('actions')) return;
  const status = statusOf(reader.field(fields.get('status'))?.value);
  if (status !== 'in-progress' && status !== 'done') return;
  const justification = reader.pairs(map).get('justification');
  const words = reader.field(justification);
  // Only one that links the changes that do it (pull requests, commits): a justification that states the gap (`not yet logged`) words no work.
  if (justification && words && !words.items && CHANGE_RECORD.test(words.value)) fields.set('action', justification);
}

/** A control's reference, not words of work: `AC-01`, `AI-RA-01`, `CIS-5.2`. */
const CONTROL_REF = /^(?=[^\s]*\d)[A-Za-z]{1,8}(?:[-.][A-Za-z0-9]{1,6}){1,3}$/;
/** Keys of a risk's free notes. */
const NOTES_KEY = /^(?:notes?|comments?|remarks?)$/;

/**
 * A risk whose controls are only references to a catalogue (`controls: [AI-RA-01, AC-01]`) and whose notes word the
 * work (`notes: Add human-in-the-loop; strengthen retrieval grounding.`): the notes are its action, the references only
 * name the controls they answer to. Controls worded as work are read as written.
 */
function notedWorkOverControlRefs(reader: YamlReader, map: Parameters<YamlReader['pairs']>[0], fields: Map<string, Pair>): void {
  const chosen = fields.get('action');
  if (!chosen || fields.has('actions')) return;
  const refs = (reader.seq(chosen.value)?.items ?? [chosen.value]).map((item) => reader.scalarText(item)?.trim() ?? '');
  if (refs.length === 0 || !refs.every((ref) => CONTROL_REF.test(ref))) return;
  for (const [key, pair] of reader.pairs(map)) {
    if (!NOTES_KEY.test(key.toLowerCase())) continue;
    const words = reader.scalarText(pair.value)?.trim() ?? '';
    if (words.split(/\s+/).length >= 2) fields.set('action', pair);
    return;
  }
}

/**
 * A register that rates each risk after its controls (`controls: [HMAC signature validation, …]` beside `residual_risk: low`)
 * and writes no due date, status or owner for the risk or its controls: the controls are those the system has, assessed by
 * the residual rating, not work to date. Each control written as such is in place (done); one written as work to do
 * (`Implement MFA`, `Will add lockout`) stays planned. Tables of the same shape are read so too (controls-in-place.ts).
 */
function controlsInPlace(reader: YamlReader, map: Parameters<YamlReader['pairs']>[0], fields: ReadonlyMap<string, Pair>, listed: readonly Action[]): Action[] {
  const listKey = reader.scalarText(fields.get('action')?.key)?.replace(/-/g, '_') ?? '';
  // Only a list named as the controls themselves (`controls`, `existing_controls`, `controls_in_place`, as a table's column is: IN_PLACE_HEADER);
  // controls by function (`preventive_controls`) or mitigations may be written as work to do.
  if (listed.length === 0 || !IN_PLACE_HEADER.test(normaliseLabel(keyWords(listKey))) || fields.has('actions')) return [...listed];
  if (SINGLE_ACTION_KEYS.some((key) => key !== 'action' && fields.has(key))) return [...listed];
  if (listed.some((action) => action.owner || action.due || action.status || action.completed)) return [...listed];
  const residualPair = [...reader.pairs(map)].find(([key]) => fieldForLabel(keyWords(key)) === 'residualRisk')?.[1];
  const residual = reader.field(residualPair);
  return listed.map((action) => (isControlInPlace(action.action, residual) ? { ...action, status: { ...action.action!, value: 'in place' } } : action));
}

/** A risk's own next review (`next_review`, `next-review-date`, `nextReview`). */
const RISK_REVIEW_KEY = /^next[_-]?review(?:[_-]?(?:date|due))?$/i;

/** A register's note on a risk's treatment (`treatment_note`): what is done about it, or why it is accepted. */
const TREATMENT_NOTE_KEY = /^treatment notes?$/i;

export function readRisk(reader: YamlReader, item: unknown): Risk | undefined {
  const map = reader.map(item);
  if (!map) return undefined; // not a risk; the schema rule reports the shape
  // A copy: the readers below change which pair stands for the action, and the reader's pairs are shared.
  const fields = new Map(mappingFields(reader, map, KEYS.risk).pairs);
  const field = (key: string): Field | undefined => reader.field(fields.get(key));
  preferPlannedWork(reader, map, fields);
  notedWorkOverControlRefs(reader, map, fields);
  justifiedWork(reader, map, fields);
  const firstLine = reader.itemLine(item);
  const insertAt = reader.insertionPoint(map);
  const beside = acceptanceBeside(reader.pairs(map));
  const actionPair = fields.get('action');
  // A register's note on the treatment stands for the action (`treatment_note`): controls in place, or an acceptance's reasoning.
  const noted = TREATMENT_NOTE_KEY.test(keyWords(reader.scalarText(actionPair?.key) ?? ''));
  const ownAction = fields.has('actions') || (actionPair !== undefined && reader.scalarText(actionPair.key) === 'action');
  const planned = ownAction ? undefined : plannedTreatment(field('treatment'));
  const treatment = planned ? undefined : (field('treatment') ?? treatmentByAcceptance(reader, fields.get('acceptance'), beside));
  const tier = field('tier');
  // The controls a register lists beside its planned treatment (`controls:`) are those in place, not the plan.
  if (planned) fields.delete('action');

  const listed =
    (planned ? undefined : foreignActionList(reader, fields, field)) ??
    (reader.seq(fields.get('actions')?.value)?.items ?? []).map((entry) => readListedAction(reader, entry)).filter((a): a is Action => a !== undefined);
  let actions: Action[] = controlsInPlace(reader, map, fields, listed);
  if (listed.length === 0) {
    if (planned || SINGLE_ACTION_KEYS.some((key) => fields.has(key))) {
      const status = field('status');
      const inPlace = !planned && noted && !status && !field('due') && !field('completed') && treatmentOf(treatment?.value) !== 'accept' &&
        notesControlsInPlace(field('action'), ratingField(reader, fields.get('residualRisk')));
      actions = [{
        action: planned ?? field('action'), owner: field('owner'), due: field('due'),
        // A risk's `status: controlled` speaks of the controls in place, not of the further treatment it plans.
        status: inPlace ? { ...field('action')!, value: 'in place' } : planned && statusOf(status?.value) === 'done' ? undefined : status,
        completed: field('completed'), firstLine, insertAt,
      }];
    } else if (treatmentOf(treatment?.value) !== 'accept') {
      // A risk that is not accepted needs an action: an empty one stands where it belongs (missing-action reports the risk).
      actions = [{ firstLine, insertAt }];
    }
  }

  let acceptance = readAcceptance(reader, fields.get('acceptance'), beside);
  // (`treatment: accept` beside a `treatment_note` that says why: the note is the decision's reasoning, with no acceptance keys beside.)
  const accepted = !ownAction && fields.get('acceptance') === undefined && (beside.size > 0 || noted) && treatmentOf(treatment?.value) === 'accept';
  if (accepted && (noted || SINGLE_ACTION_KEYS.every((key) => key === 'action' || !fields.has(key)))) {
    // `accepted_by`, `accepted_date`, `review_by` beside a `mitigation`: a register of accepted risks. Its mitigation says why the
    // risk is tolerable and what limits it (`Dev-only dependency; patched locally`), and `review_by` is when the decision lapses.
    const mitigation = actions.length === 1 && actions[0].action && actions[0].action.value.trim() !== '' && !actions[0].action.items ? actions[0].action : undefined;
    const reviewBy = acceptance.reviewBy ?? field(ownReviewKey(reader, map) ?? '');
    if (mitigation) actions = [];
    acceptance = { ...acceptance, ...withoutUndefined({ rationale: acceptance.rationale ?? mitigation, compensatingControls: acceptance.compensatingControls ?? mitigation, reviewBy }) };
  }
  // `next_review: "2026-08-08"` on a risk not accepted (set 98): when the risk is looked at again, as a Markdown risk's Review Date
  // is; the register's next review is its first risk's (withEntriesReview).
  if (acceptance.reviewBy === undefined && treatmentOf(treatment?.value) !== 'accept') {
    const reviewBy = reader.field([...reader.pairs(map)].find(([key]) => RISK_REVIEW_KEY.test(key))?.[1]);
    if (reviewBy && isoOf(reviewBy) !== undefined) acceptance = { ...acceptance, reviewBy };
  }

  return {
    form: 'yaml',
    id: field('id'),
    // A register that describes its risks without titling them: the description stands for the title.
    title: field('title') ?? field('description'),
    tier,
    tierValue: tierOf(tier?.value),
    priority: field('priority') ?? pairRatedPriority(reader, reader.pairs(map), field) ?? nestedRatedPriority(reader, reader.pairs(map)) ?? quantifiedRating(reader, reader.pairs(map)),
    ...withoutUndefined({
      likelihood: field('likelihood'),
      impact: field('impact'),
      inherentRisk: ratingField(reader, fields.get('inherentRisk')),
      residualRisk: ratingField(reader, fields.get('residualRisk')),
    }),
    treatment,
    validation: field('validation'),
    evidence: field('evidence'),
    acceptance,
    actions,
    firstLine,
    insertAt,
  };
}

function readPlan(text: string, doc: Document.Parsed): Pick<PlanModel, 'meta' | 'risks'> {
  const reader = new YamlReader(doc, text);
  const root = reader.map(doc.contents);
  if (!root) return { meta: {}, risks: [] }; // not a mapping: no plan to read; the schema rule says so
  const top = withSpellings(reader.pairs(root), KEYS.top);
  const pairs = reader.pairs(root);
  const own = top.get('plan') ? undefined : REGISTER_META_KEYS.map((key) => pairs.get(key)).find((pair) => pair !== undefined);
  // A register's own details give the plan's (its `next_review`, `owner`), but no place to write plan fields: it has no `plan:`.
  const meta = own
    ? { ...readMeta(reader, own), ...assessmentOf(reader, own), ...ownDate(reader, own), insertAt: undefined }
    : top.get('plan') ? readMeta(reader, top.get('plan')) : topLevelDetails(reader, root);
  return { meta, risks: readRisks(reader, top.get('risks')?.value) };
}

/**
 * A register with neither `plan:` nor a metadata mapping writes its own details beside its risks (`owner: ciso-office`,
 * `updated_at: 2026-02-11`): the plan's, read as they would be under `plan:`, and its date of last change dates it,
 * as `Last updated:` dates a Markdown plan. The plan fields' fixes still write a `plan:` mapping.
 */
function topLevelDetails(reader: YamlReader, root: Parameters<YamlReader['pairs']>[0]): PlanMeta {
  const { pairs, field } = mappingFields(reader, root, KEYS.plan);
  const details = withoutUndefined(fieldsOf(field, [...PLAN_FIELDS, 'reviewCycle', ...DESCRIBED_FIELDS]));
  const dated = reader.field([...reader.pairs(root)].find(([key]) => isDocumentDateKey(key))?.[1]);
  const riskAnalysis = readRiskAnalysis(reader, pairs.get('riskAnalysis'));
  return { ...details, ...(dated && isoOf(dated) && { documentDate: dated }), ...(riskAnalysis && { riskAnalysis }) };
}

const isDocumentDateKey = (key: string) => fieldForLabel(keyWords(key)) === 'documentDate';

/** A register's metadata mapping dated by its last change (`meta: {last_updated: "2026-06-08"}`): the document's date, as at the top level. */
function ownDate(reader: YamlReader, own: Pair): Pick<PlanMeta, 'documentDate'> {
  const dated = reader.field([...reader.pairs(reader.map(own.value))].find(([key]) => isDocumentDateKey(key))?.[1]);
  return dated && isoOf(dated) ? { documentDate: dated } : {};
}

/** A top-level key that topLevelDetails reads as the plan's own detail. */
function isTopLevelDetail(key: string): boolean {
  return (key !== 'plan' && spelledKey(key, KEYS.plan) !== undefined) || isDocumentDateKey(key);
}

/** What one chunk reads as; `exact` false when it cannot stand for its part of the document. */
interface ParsedChunk {
  readonly exact: boolean;
  /** A top-level chunk's key. */
  readonly key?: string;
  /**
   * Where the chunk last sat, and what it read as there (offsets in that document). Only
   * this one copy is kept: a chunk that moves is placed from it by how far it moved.
   */
  placed: PlacedChunk;
}

interface PlacedChunk {
  readonly offset: number;
  readonly meta?: PlanMeta;
  readonly risks: readonly Risk[];
  /** Where the chunk breaks the plan schema; a risk item's paths start at the item. */
  readonly violations: readonly SchemaViolation[];
  /** A risk item's violations with their paths from the plan's top (`risks`, the item's index), made once for each index it sat at. */
  inPlan?: { readonly item: number; readonly violations: readonly SchemaViolation[] };
}

/** What chunks of recent plans read as, by kind and text: room for a few plans of thousands of risks. */
const chunkCaches = {
  top: ownCache('YAML top-level chunks', new PieceCache<ParsedChunk>(1_000_000)),
  risk: ownCache('YAML risk chunks', new PieceCache<ParsedChunk>(4_000_000)),
};

function hasAnchorsOrAliases(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || node.anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** A chunk read from its document (offsets relative to its text), then placed at `offset`. */
function parseChunk(doc: Document.Parsed, text: string, kind: YamlChunk['kind'], offset: number): ParsedChunk {
  const reader = new YamlReader(doc, text);
  const contents = doc.contents;
  // Without an & or a * in its text a piece has neither anchors nor aliases: no walk over its nodes.
  const clean = doc.errors.length === 0 && !(/[&*]/.test(text) && hasAnchorsOrAliases(doc));
  if (kind === 'risk') {
    const exact = clean && isSeq(contents) && !contents.flow && contents.items.length === 1;
    if (!exact) return { exact, placed: NOT_READ };
    const risk = readRisk(reader, contents.items[0]);
    return { exact, placed: placedAt({ offset: 0, risks: risk ? [risk] : [], violations: violationsOf(doc, text, true) }, offset) };
  }
  const pair = isMap(contents) && !contents.flow && contents.items.length === 1 ? contents.items[0] : undefined;
  const key = isScalar(pair?.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
  if (!clean || key === undefined) return { exact: false, placed: NOT_READ };
  const meta = key === 'plan' ? readMeta(reader, pair) : undefined;
  const risks = key === 'risks' ? readRisks(reader, pair?.value) : [];
  return { exact: true, key, placed: placedAt({ offset: 0, meta, risks, violations: violationsOf(doc, text, false) }, offset) };
}

/** What a chunk that cannot stand for its part of the document holds (the whole document is read instead). */
const NOT_READ: PlacedChunk = { offset: 0, risks: [], violations: [] };

/** Where a document breaks the plan schema; none when it cannot be read as plain data (aliases are then the parser's syntax problem). */
function violationsOf(doc: Document.Parsed, text: string, risk: boolean): SchemaViolation[] {
  let data: unknown;
  try {
    data = plainDataOf(doc) ?? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return [];
  }
  return schemaViolations(doc, text, data, risk);
}

export function readRisks(reader: YamlReader, node: unknown): Risk[] {
  return (reader.seq(node)?.items ?? []).map((item) => readRisk(reader, item)).filter((r): r is Risk => r !== undefined);
}

/** A chunk's model moved from where it was read or last sat to `offset`. */
function placedAt(at: PlacedChunk, offset: number): PlacedChunk {
  const delta = offset - at.offset;
  if (delta === 0) return at;
  // A risk item's violations from the plan's top move with it: at the same index their paths are not made again.
  const inPlan = at.inPlan && { item: at.inPlan.item, violations: placeSchemaViolations(at.inPlan.violations, delta) };
  return { offset, meta: at.meta && placeMeta(at.meta, delta), risks: placeRisks(at.risks, delta), violations: placeSchemaViolations(at.violations, delta), inPlan };
}

function placed(chunk: ParsedChunk, offset: number): PlacedChunk {
  return (chunk.placed = placedAt(chunk.placed, offset));
}

/** A chunk read from its own text and placed where it sits. */
function readChunkAt(own: string, chunk: YamlChunk): ParsedChunk {
  return parseChunk(parsePiece(own), own, chunk.kind, chunk.start);
}

/** A piece's document: read by the fast reader when it is written in the plain subset, else by the `yaml` package. */
function parsePiece(text: string): Document.Parsed {
  return readBlockYaml(text, PARSE_OPTIONS) ?? parseDocument(text, PARSE_OPTIONS);
}

/** The plan read chunk by chunk, or undefined when the chunks do not read exactly as the whole document. */
function readChunked(text: string, chunks: readonly YamlChunk[]): Pick<PlanModel, 'meta' | 'risks' | 'schemaViolations'> | undefined {
  const keys = new Set<string>();
  const risks: Risk[] = [];
  const violations: SchemaViolation[] = [];
  let meta: PlanMeta = {};
  let item = 0;
  for (let i = 0; i < chunks.length; i++) {
    const { start, end, kind } = chunks[i];
    const chunk = chunkCaches[kind].get(text.slice(start, end), readChunkAt, chunks[i]);
    if (!chunk.exact) return undefined;
    const here = placed(chunk, start);
    if (kind === 'risk') {
      // A chunk at the index it last sat at (moved or not) has its paths from the plan's top already.
      if (here.violations.length > 0 && here.inPlan?.item !== item) {
        const at = String(item);
        here.inPlan = { item, violations: here.violations.map((v) => ({ ...v, path: ['risks', at, ...v.path] })) };
      }
      item++;
      if (here.violations.length > 0) for (const v of here.inPlan!.violations) violations.push(v);
      for (const risk of here.risks) risks.push(risk);
      continue;
    }
    if (keys.has(chunk.key!)) return undefined; // a duplicate key is the whole document's syntax error
    // A register's own details (`metadata:`) stand for `plan:` only when there is none: the whole document's question.
    if (REGISTER_META_KEYS.includes(chunk.key!)) return undefined;
    // A register's own name for its risks: which key wins is the whole document's question.
    if (spelledKey(chunk.key!, KEYS.top) !== undefined && !KEYS.top.includes(chunk.key as 'plan')) return undefined;
    // A register's own details beside its risks (`owner:`, `updated_at:`) are the plan's only when there is no `plan:`: the same.
    if (isTopLevelDetail(chunk.key!)) return undefined;
    keys.add(chunk.key!);
    if (chunks[i + 1]?.kind === 'risk') continue; // the `risks:` line above its items
    violations.push(...here.violations);
    if (here.meta) meta = here.meta;
    risks.push(...here.risks);
  }
  return { meta, risks, schemaViolations: withTopLevelKeys(violations, [...keys]) };
}

/** A top-level piece knows only its own key: an unknown key at the top level is judged among all of the plan's. */
function withTopLevelKeys(violations: SchemaViolation[], keys: readonly string[]): SchemaViolation[] {
  return violations.map((v) => (v.kind === 'unknownKey' && v.path.length === 0 ? { ...v, siblings: keys } : v));
}

/** Parses a YAML plan into the plan model. Never throws: what cannot be read is a syntax problem. */
export function parseYamlPlan(text: string): PlanModel {
  const tooDeep = yamlNestingProblem(text);
  if (tooDeep) return { format: 'yaml', text, eol: dominantEol(text), meta: {}, metaAvailable: false, risks: [], syntaxError: tooDeep };
  const chunks = yamlChunks(text);
  const chunked = chunks && readChunked(text, chunks);
  chunkCaches.top.endParse();
  chunkCaches.risk.endParse();
  return chunked ? withEntriesReview({ format: 'yaml', text, eol: dominantEol(text), ...chunked, metaAvailable: true }) : parseWholeYamlPlan(text);
}

/**
 * A register whose risks each date their next review (`next_review: "2026-08-08"` on every risk, set 98) and that dates none
 * of its own: its next review is when its first risk's is due, as a Markdown or JSON register's is.
 */
function withEntriesReview(plan: PlanModel): PlanModel {
  if (!plan.metaAvailable || plan.meta.nextReview !== undefined) return plan;
  const next = entriesNextReview(plan.risks)?.nextReview;
  return next ? { ...plan, meta: { ...plan.meta, nextReview: next } } : plan;
}

/** Parses a YAML plan as one document, as parseYamlPlan must read it (its fallback, and the reference its tests compare with). */
export function parseWholeYamlPlan(text: string): PlanModel {
  const base = { format: 'yaml' as const, text, eol: dominantEol(text) };
  let doc: Document.Parsed;
  let problem: SyntaxProblem | undefined;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
    problem = yamlSyntaxProblem(doc, text) ?? yamlAliasProblem(doc, text);
  } catch (error) {
    // The parser gave up (e.g. nesting too deep for the stack): report it, derive nothing.
    const reason = error instanceof Error ? error.message : String(error);
    problem = { message: `The YAML cannot be read (${reason})`, range: { start: 0, end: text.search(/\r?\n|$/) } };
  }
  if (problem) return { ...base, meta: {}, metaAvailable: false, risks: [], syntaxError: problem };
  const parsed = doc!;
  const violations = violationsOf(parsed, text, false);
  const data: unknown = parsed.contents && isMap(parsed.contents) && violations.length > 0 ? parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : undefined;
  const topKeys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  return withEntriesReview({ ...base, ...readPlan(text, parsed), metaAvailable: true, schemaViolations: withTopLevelKeys(violations, topKeys) });
}
