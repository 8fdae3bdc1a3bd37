// The keys people write for the plan's YAML keys (issue 12), in the styles of other tools'
// registers: snake or kebab case (`residual_risk`, `next-review`, `approved_by`) of a plan
// key, and the Markdown label synonyms in those styles (`risk_owner` → owner, `mitigation`
// → action, `target_date` → due), derived from the label table, so a synonym added there
// is a YAML key too. A key in the plan's own camelCase style that is not a plan key
// (`dueDate`, `assignedTo`) or in another case (`Owner`) is a slip, not a spelling: the
// schema rule suggests the rename, as the spec's corpus expects.
import type { Pair } from 'yaml';
import { ownCache, PerObjectMemo, TextMemo } from '../../caches';
import { fieldForLabel } from '../../model/vocabulary';

/** `dueDate`, `due_date`, `Due-Date` → `due date`: the words a key is written with. */
export function keyWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
}

/** `risk_owner` → `riskOwner`. */
function camel(key: string): string {
  return keyWords(key).toLowerCase().replace(/ (\w)/g, (_m, c: string) => c.toUpperCase());
}

/** Register keys that are not plan labels, by the plan key they stand for. */
const REGISTER_SYNONYMS: Readonly<Record<string, string>> = {
  probability: 'likelihood', risk_description: 'description', statement: 'description', risk_statement: 'description', risk_category: 'category', name: 'title', risk_name: 'title',
  // A register's `response` is the risk response (Reduce, Avoid), its `control` what is done about it.
  response: 'treatment', risk_response: 'treatment', control: 'action', controls: 'action',
  summary: 'description', risk_summary: 'description',
  // Controls to be added (beside `existing_controls`): each entry an action, with its own owner and deadline.
  additional_controls: 'actions', planned_controls: 'actions', new_controls: 'actions',
  // A scanner's or threat model's own words: the check that failed is the risk, its detail the description,
  // a countermeasure or security requirement what is done about it, who checked it its owner, its target resolution its due date.
  check: 'title', detail: 'description', details: 'description', countermeasure: 'action', countermeasures: 'action',
  security_requirement: 'action', checked_by: 'owner', target_resolution: 'due', target_resolution_date: 'due',
  // The ticket a risk's treatment is tracked in (Threagile's `risk_tracking`: `ticket: XYZ-1234`): where the record of it is filed.
  ticket: 'evidence',
  // Keys abbreviated to their first letters, as generated registers write them.
  desc: 'description', sec: 'action',
  // A register's status of the risk itself (a threat model's `risk_status: mitigated`): read through the one status vocabulary.
  risk_status: 'status',
  // A register's record of the decision to accept the risk (`risk_acceptance: {approved_by, date}`).
  risk_acceptance: 'acceptance', acceptance_record: 'acceptance', acceptance_decision: 'acceptance',
  // A threat register's controls by their function (`preventive_controls: [CTRL-TENANT-ISOLATION]`, beside detective ones): what answers the threat.
  preventive_controls: 'action', preventative_controls: 'action', detective_controls: 'action', corrective_controls: 'action', mitigating_controls: 'action',
  // The date by which a finding is to be dealt with, named by what is to be done by then (`certify_by`, `remediate_by`): its deadline.
  certify_by: 'due', remediate_by: 'due', resolve_by: 'due', complete_by: 'due', fix_by: 'due',
};

/**
 * Keys of an acceptance record that mean one of its fields only there: who accepted the risk, the
 * date it was accepted (a bare `date`), when the decision lapses. Also the rest of a risk's own key
 * after its acceptance word (`accepted_by` → `by`, `acceptance_expires` → `expires`).
 */
const ACCEPTANCE_SYNONYMS: Readonly<Record<string, string>> = {
  date: 'approvedOn', on: 'approvedOn', accepted_on: 'approvedOn', accepted_date: 'approvedOn',
  by: 'approvedBy', accepted_by: 'approvedBy', approver: 'approvedBy', owner: 'approvedBy', signed_off_by: 'approvedBy',
  expires: 'reviewBy', expiry: 'reviewBy', expiry_date: 'reviewBy', expiration: 'reviewBy', expiration_date: 'reviewBy', expires_on: 'reviewBy',
  valid_until: 'reviewBy', review_date: 'reviewBy', next_review: 'reviewBy', revisit_by: 'reviewBy', revisit_date: 'reviewBy',
  reason: 'rationale', rationale: 'rationale', justification: 'rationale',
};

/** The level of an acceptance record, known by its keys: the only one with `rationale`. */
const isAcceptanceLevel = (allowed: readonly string[]): boolean => allowed.includes('rationale') && allowed.includes('reviewBy');

/**
 * A risk's own key that records its acceptance beside its other keys (`accepted_by`, `acceptance_rationale`): its acceptance word
 * and the rest; or the reason a risk is carried (`risk_justification` beside `status: risk-accepted`, set 86).
 */
const FLAT_ACCEPTANCE_KEY = /^(?:risk_)?(?:accept(?:ed|ance)_([a-z0-9_]+)|(justification))$/;

/**
 * The acceptance key (`acceptance` allowed: the keys of an acceptance record) a risk's own key
 * writes, when it writes one (`accepted_by` → approvedBy, `acceptance_rationale` → rationale).
 */
export function flatAcceptanceKey(key: string, acceptance: readonly string[]): string | undefined {
  return answersFor(knownAcceptanceKeys, acceptance).of(key, (written) => acceptanceKeyOf(written, acceptance));
}

function acceptanceKeyOf(key: string, acceptance: readonly string[]): string | undefined {
  const snake = key.replace(/-/g, '_');
  const flat = FLAT_ACCEPTANCE_KEY.exec(FOREIGN_STYLE.test(key) ? snake : keyWords(key).toLowerCase().replace(/ /g, '_'));
  const rest = flat?.[1] ?? flat?.[2];
  if (rest === undefined) return undefined;
  const field = fieldForLabel(keyWords(key));
  if (field && acceptance.includes(field)) return field;
  return spelledKey(rest, acceptance);
}

/**
 * An entry's own ID under another tool's name (`synthetic_id`, `finding_id`, `poam_id`): a `*_id` key
 * stands for `id` unless it refers to another thing the entry names (`asset_id`, `control_id`).
 * Weaker than any other spelling of `id`: read only when the entry writes no other.
 */
const OWN_ID_KEY = /^[a-z][a-z0-9]*_id$/;
// A rule's or template's key (Threat Dragon's `ruleId`, a scanner's `rule_id`) names the check an entry came from, shared by every entry it made.
const REFERENCE_ID_KEY = /^(?:asset|control|owner|user|parent|system|project|cwe|cve|capec|requirement|policy|vendor|team|group|category|related|linked|ticket|rule|template|check|data_asset|technical_asset|trust_boundary|communication_link|most_relevant_[a-z_]+)_id$/;
const isOwnIdKey = (key: string): boolean => OWN_ID_KEY.test(key) && !REFERENCE_ID_KEY.test(key);

/** Label fields whose YAML key has another name. */
const YAML_KEY_OF_FIELD: Readonly<Record<string, string>> = { risk: 'title', riskAnalysisDate: 'date', riskAnalysisBy: 'conductedBy' };

/** Lower case words joined by `_` or `-`, or one lower case word: the styles of other tools' keys. */
const FOREIGN_STYLE = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;

/** Top-level keys (lower case, without `-`, `_` and spaces) under which registers list their risks. */
const REGISTER_KEYS = new Set([
  'riskregister', 'riskmanagementplan', 'risktreatmentplan', 'remediationplan', 'correctiveactionplan',
  'poam', 'poamitems', 'planofactionandmilestones',
]);

/** True when a top-level key names a plan or register (`risk_register`, `riskRegister`, `POAM`). */
export function isRegisterKey(key: string): boolean {
  return REGISTER_KEYS.has(key.toLowerCase().replace(/[-_ ]/g, ''));
}

/**
 * What keys spell, worked out once per question, allowed list (a handful of constant lists) and
 * key: a register writes the same dozen keys on each of its hundreds of entries, and each answer
 * takes a dozen regular expressions and case changes.
 */
const knownSpellings = ownCache('YAML key spellings', new PerObjectMemo<readonly string[], TextMemo<string | undefined>>());
const knownAcceptanceKeys = ownCache('YAML acceptance keys', new PerObjectMemo<readonly string[], TextMemo<string | undefined>>());
const knownWeakIds = ownCache('YAML weak ID keys', new PerObjectMemo<readonly string[], TextMemo<boolean>>());
const answersFor = <V>(known: PerObjectMemo<readonly string[], TextMemo<V>>, allowed: readonly string[]): TextMemo<V> => known.of(allowed, () => new TextMemo<V>(2_000));

/** The allowed key a written key is a spelling of, if any (the key itself when allowed). */
export function spelledKey(key: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(key)) return key;
  return answersFor(knownSpellings, allowed).of(key, (written) => spellingOf(written, allowed));
}

function spellingOf(key: string, allowed: readonly string[]): string | undefined {
  // A register's list of risks under its own name, at the top level (the only level with `risks`).
  if (allowed.includes('risks') && isRegisterKey(key) && key !== 'plan-of-action-and-milestones') return 'risks';
  if (!FOREIGN_STYLE.test(key)) return undefined;
  const byCase = allowed.find((k) => k === camel(key));
  if (byCase) return byCase;
  const synonym = REGISTER_SYNONYMS[key.replace(/-/g, '_')] ?? (isAcceptanceLevel(allowed) ? ACCEPTANCE_SYNONYMS[key.replace(/-/g, '_')] : undefined);
  if (synonym && allowed.includes(synonym)) return synonym;
  const field = fieldForLabel(keyWords(key));
  const yamlKey = field && (YAML_KEY_OF_FIELD[field] ?? field);
  if (yamlKey && allowed.includes(yamlKey)) return yamlKey;
  return allowed.includes('id') && isOwnIdKey(key.replace(/-/g, '_')) ? 'id' : undefined;
}

/**
 * A mapping's pairs by the keys a reader asks for: a key written in another spelling
 * stands for its allowed key when that key is not written itself (the exact key wins).
 */
export function withSpellings(pairs: ReadonlyMap<string, Pair>, allowed: readonly string[]): ReadonlyMap<string, Pair> {
  let result: ReadonlyMap<string, Pair> = pairs;
  // An own-ID key (`synthetic_id`) is read last: only where no other spelling of `id` was written; so is a weak synonym (`control`).
  let weakIds: [string, Pair][] | undefined;
  const spell = (key: string, pair: Pair) => {
    const canonical = spelledKey(key, allowed);
    if (canonical === undefined || pairs.has(canonical) || result.has(canonical)) return;
    const spelled = result === pairs ? new Map(pairs) : (result as Map<string, Pair>);
    spelled.set(canonical, pair);
    result = spelled;
  };
  for (const [key, pair] of pairs) {
    if (allowed.includes(key)) continue;
    if (isWeakId(key, allowed) || WEAK_SYNONYMS.has(key.replace(/-/g, '_')) || ROLE_KEY.test(key)) (weakIds ??= []).push([key, pair]);
    else spell(key, pair);
  }
  for (const [key, pair] of weakIds ?? []) spell(key, pair);
  return result;
}

/**
 * Register keys that stand for a field only where the entry writes no other spelling of it: a threat
 * model's `control: authz` names the family of control beside the `mitigation` it writes out.
 */
const WEAK_SYNONYMS: ReadonlySet<string> = new Set(['control', 'controls']);

/**
 * A role named for a field (`owner_role: application + security`) beside the person it is assigned to (`assigned_owner: null`,
 * set 96): the person is the field; left empty, nobody is assigned. The role stands only where no person is written.
 */
const ROLE_KEY = /[_-]role$/i;

/** A key read as `id` only by the own-ID rule (`synthetic_id`), not as a spelling of it (`risk_id`). */
function isWeakId(key: string, allowed: readonly string[]): boolean {
  return answersFor(knownWeakIds, allowed).of(key, (written) => isWeakIdKey(written, allowed));
}

function isWeakIdKey(key: string, allowed: readonly string[]): boolean {
  if (!allowed.includes('id') || !isOwnIdKey(key.replace(/-/g, '_'))) return false;
  return fieldForLabel(keyWords(key)) !== 'id' && REGISTER_SYNONYMS[key.replace(/-/g, '_')] === undefined;
}
