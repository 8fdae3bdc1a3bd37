// The plan vocabulary of the spec (§3): field labels and their synonyms, and the
// values of status, treatment, tier and priority with the forms people write.
import type { Status, Tier, Treatment } from './model';

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

const LABEL_INDEX = new Map<string, FieldName>();
for (const [name, labels] of Object.entries(LABELS) as [FieldName, readonly string[]][]) {
  for (const label of labels) LABEL_INDEX.set(label, name);
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

/** The canonical field a Markdown label or table header names, if any. */
export function fieldForLabel(label: string): FieldName | undefined {
  return LABEL_INDEX.get(normaliseLabel(label));
}

const STATUS: Record<string, Status> = {
  open: 'open', 'not started': 'open', planned: 'open', new: 'open', 'to do': 'open', todo: 'open',
  'in-progress': 'in-progress', 'in progress': 'in-progress', started: 'in-progress', underway: 'in-progress',
  'under way': 'in-progress', 'in_progress': 'in-progress',
  done: 'done', complete: 'done', completed: 'done', closed: 'done', implemented: 'done', resolved: 'done',
  accepted: 'accepted', deferred: 'deferred',
};

/** Where a gloss after a status or treatment starts: "Done (2026-03-05)", "Completed on 3/5", "Mitigate - reduce". */
const GLOSS = /\s*(?:[([:;,/–—]|\s-\s|\d).*$/s;
const GLOSS_CONNECTOR = /\s+(?:on|since|as of|in)$/;

/** A value as a lookup key; with `gloss`, only the words before a gloss. */
function keyOf(value: string, gloss: boolean): string {
  const key = value.replace(/[*_`]/g, '').trim().toLowerCase();
  return gloss ? key.replace(GLOSS, '').replace(GLOSS_CONNECTOR, '').trim() : key;
}

/** The canonical status a value names (a trailing date or note allowed), or undefined for an unknown status. */
export function statusOf(value: string | undefined): Status | undefined {
  if (value === undefined) return undefined;
  return STATUS[keyOf(value, false)] ?? STATUS[keyOf(value, true)];
}

const TREATMENT: Record<string, Treatment> = {
  mitigate: 'mitigate', mitigation: 'mitigate', mitigated: 'mitigate', mitigating: 'mitigate',
  transfer: 'transfer', transference: 'transfer', transferred: 'transfer', transferring: 'transfer',
  avoid: 'avoid', avoidance: 'avoid', avoided: 'avoid', avoiding: 'avoid',
  accept: 'accept', acceptance: 'accept', accepted: 'accept', accepting: 'accept',
};

/** The canonical treatment a value names (any case, noun and past forms), if any. */
export function treatmentOf(value: string | undefined): Treatment | undefined {
  if (value === undefined) return undefined;
  const plain = value.replace(/\./g, '');
  return TREATMENT[keyOf(plain, false)] ?? TREATMENT[keyOf(plain, true)];
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

/** Owners that name nobody. */
export function isPlaceholderOwner(value: string): boolean {
  const v = value.replace(/[*_`]/g, '').trim().toLowerCase().replace(/[.!]+$/, '');
  return v === '' || /^(tbd|tba|tbc|n\/?a|none|nobody|someone|somebody|anyone|unassigned|unknown|pending|\?+|-+|—|–|x+|todo|to be determined|to be assigned|to be decided)$/.test(v);
}
