// The plan vocabulary of the spec (§3): field labels and their synonyms, and the
// values of status, treatment, tier and priority with the forms people write.
import type { Status, Tier, Treatment } from './plan-model';
import { ownCache, TextMemo } from '../caches';
import { isPlaceholder } from './placeholders';

/** Canonical field names a Markdown label or table header can map to. */
export type FieldName =
  | 'id' | 'risk' | 'title' | 'action' | 'owner' | 'due' | 'status' | 'priority' | 'treatment'
  | 'validation' | 'evidence' | 'completed' | 'tier'
  | 'nextReview' | 'lastReviewed' | 'riskAnalysis' | 'riskAnalysisDate' | 'riskAnalysisBy'
  | 'organization' | 'version' | 'approvedBy' | 'approvedOn'
  | 'rationale' | 'compensatingControls' | 'reviewBy';

const LABELS: Record<FieldName, readonly string[]> = {
  id: ['id', 'risk id', 'ref', '#'],
  risk: ['risk', 'risk description', 'threat', 'vulnerability'],
  title: ['title', 'plan title'],
  action: ['action', 'actions', 'planned action', 'remediation', 'mitigation', 'corrective action', 'response'],
  owner: ['owner', 'responsible', 'responsible party', 'assignee', 'assigned to', 'accountable'],
  due: ['due', 'due date', 'target date', 'deadline', 'timeline', 'target'],
  status: ['status', 'state'],
  priority: ['priority', 'risk level', 'rating'],
  treatment: ['treatment', 'response type', 'decision'],
  validation: ['validation', 'verification', 'evidence of fix'],
  evidence: ['evidence'],
  completed: ['completed', 'completed on', 'date completed', 'completion date'],
  tier: ['tier'],
  nextReview: ['nextreview', 'next review', 'review date', 'next review date'],
  lastReviewed: ['lastreviewed', 'last reviewed', 'last review'],
  riskAnalysis: ['riskanalysis', 'risk analysis', 'risk assessment'],
  riskAnalysisDate: ['risk analysis date', 'risk assessment date'],
  riskAnalysisBy: ['risk analysis conducted by', 'risk assessment conducted by', 'conducted by', 'conductedby'],
  organization: ['organization', 'organisation', 'covered entity', 'practice'],
  version: ['version'],
  approvedBy: ['approved by', 'approvedby', 'approver', 'signed by'],
  approvedOn: ['approved on', 'approvedon', 'approval date', 'date approved', 'signed on'],
  rationale: ['rationale', 'acceptance rationale', 'justification'],
  compensatingControls: ['compensating controls', 'compensatingcontrols'],
  reviewBy: ['review by', 'reviewby'],
};

// Issue 12, YAML keys (helper 12b): synonyms seen as YAML keys in registers (`risk_owner`,
// `mitigation_plan`, `target_completion_date`), read through the same index as the labels.
const MORE_LABELS: Partial<Record<FieldName, readonly string[]>> = {
  owner: ['risk owner', 'action owner'],
  action: ['mitigation plan', 'mitigation strategy', 'remediation plan'],
  due: ['target completion date', 'mitigation deadline'],
};

const LABEL_INDEX = new Map<string, FieldName>();
for (const table of [LABELS, MORE_LABELS]) {
  for (const [name, labels] of Object.entries(table) as [FieldName, readonly string[]][]) {
    for (const label of labels) if (!LABEL_INDEX.has(label)) LABEL_INDEX.set(label, name);
  }
}

/** Strips emphasis markers, a trailing colon and extra space from a label or header. */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[*_`]/g, '')
    .replace(/:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The canonical field a Markdown label or table header names, if any. Headers carry hints
 * the field is named before: "Owner(s)", "Due date (YYYY-MM-DD)", "Status / Notes".
 */
export function fieldForLabel(label: string): FieldName | undefined {
  const key = normaliseLabel(label);
  const named = LABEL_INDEX.get(key);
  if (named !== undefined) return named;
  const bare = withoutHint(key.replaceAll('(s)', ''));
  return LABEL_INDEX.get(bare) ?? LABEL_INDEX.get(bare.split('/')[0].trim());
}

/** The label without a closing parenthetical hint; by index, since a regex would backtrack on long headers. */
function withoutHint(label: string): string {
  const open = label.endsWith(')') ? label.lastIndexOf('(') : -1;
  return (open < 0 ? label : label.slice(0, open)).trim();
}

const STATUS: Record<string, Status> = {
  open: 'open', 'not started': 'open', planned: 'open', new: 'open', 'to do': 'open', todo: 'open',
  'in-progress': 'in-progress', 'in progress': 'in-progress', started: 'in-progress', underway: 'in-progress',
  'under way': 'in-progress', 'in_progress': 'in-progress',
  done: 'done', complete: 'done', completed: 'done', closed: 'done', implemented: 'done', resolved: 'done',
  accepted: 'accepted', deferred: 'deferred',
};

/**
 * The value a table names, read as written or by its leading words when a note follows:
 * "Done (2026-03-05)", "Completed June 11, 2026", "Mitigate - reduce likelihood".
 */
function lookup<T>(table: Record<string, T>, prefixes: readonly string[], value: string): T | undefined {
  // A leading check mark or emoji ("✅ Done") decorates the value; it does not change it.
  const key = value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
  if (key in table) return table[key];
  const prefix = prefixes.find((p) => key.startsWith(p) && !/[a-z-]/.test(key[p.length]));
  return prefix === undefined ? undefined : table[prefix];
}

/** Longest first, so "not started" is tried before shorter keys. */
const longestFirst = (table: object): string[] => Object.keys(table).sort((a, b) => b.length - a.length);
const STATUS_PREFIXES = longestFirst(STATUS);

/** The canonical status a value names (a trailing date or note allowed), or undefined for an unknown status. */
export function statusOf(value: string | undefined): Status | undefined {
  return value === undefined ? undefined : statusByText.of(value, () => lookup(STATUS, STATUS_PREFIXES, value));
}

/** Values read by their text: several rules read each status and treatment of a plan on every edit. */
const statusByText = ownCache('statuses by text', new TextMemo<Status | undefined>(10_000));
const treatmentByText = ownCache('treatments by text', new TextMemo<Treatment | undefined>(10_000));

const TREATMENT: Record<string, Treatment> = {
  mitigate: 'mitigate', mitigation: 'mitigate', mitigated: 'mitigate', mitigating: 'mitigate',
  transfer: 'transfer', transference: 'transfer', transferred: 'transfer', transferring: 'transfer',
  avoid: 'avoid', avoidance: 'avoid', avoided: 'avoid', avoiding: 'avoid',
  accept: 'accept', acceptance: 'accept', accepted: 'accept', accepting: 'accept',
};

const TREATMENT_PREFIXES = longestFirst(TREATMENT);

/** The canonical treatment a value names (any case, noun and past forms), if any. */
export function treatmentOf(value: string | undefined): Treatment | undefined {
  // "Risk acceptance", "Risk transfer": the treatment named after the word risk.
  if (value === undefined) return undefined;
  return treatmentByText.of(value, () => lookup(TREATMENT, TREATMENT_PREFIXES, value.replace(/\./g, '').replace(/^\s*risk\s+/i, '')));
}

export const TREATMENTS: readonly Treatment[] = ['mitigate', 'transfer', 'avoid', 'accept'];
export const STATUSES: readonly Status[] = ['open', 'in-progress', 'done', 'accepted', 'deferred'];
export const TIERS: readonly Tier[] = ['this-week', 'vendor', 'budget'];
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;

/** The tier a Markdown H2 heading (or YAML tier value) names, if any. */
export function tierOf(text: string | undefined): Tier | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/[*_`]/g, '').trim().toLowerCase();
  if (t === 'this-week' || t === 'this week') return 'this-week';
  if (t === 'vendor' || t === 'vendor conversations') return 'vendor';
  if (t === 'budget' || t === 'budget decisions') return 'budget';
  return undefined;
}

/** Owners that name nobody: empty, a placeholder, or words for nobody in particular. */
export function isPlaceholderOwner(value: string): boolean {
  if (isPlaceholder(value)) return true;
  const v = value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/(?<![.!])[.!]+$/, '');
  return v === '' || /^(tbd|tba|tbc|n\/?a|none|nobody|someone|somebody|anyone|unassigned|unknown|pending|\?+|-+|—|–|x+|todo|to be determined|to be assigned|to be decided)$/.test(v);
}
