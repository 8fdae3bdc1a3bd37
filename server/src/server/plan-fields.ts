// Every written field of a plan with the rule that governs it, so hover can explain a
// label and completion can tell which field the cursor is in.
import type { Field, PlanModel } from '../model/plan-model';

export interface NamedField {
  readonly name: string;
  readonly field: Field;
  /** The rule whose documentation explains this field. */
  readonly rule: string;
}

const RULE_OF: Record<string, string> = {
  action: 'vague-action',
  owner: 'missing-owner',
  due: 'missing-due-date',
  status: 'overdue-action',
  completed: 'missing-validation',
  validation: 'missing-validation',
  evidence: 'missing-validation',
  priority: 'missing-priority',
  tier: 'missing-priority',
  treatment: 'invalid-treatment',
  id: 'duplicate-risk-id',
  rationale: 'incomplete-acceptance',
  approvedBy: 'missing-approval',
  approvedOn: 'missing-approval',
  compensatingControls: 'incomplete-acceptance',
  // The Review by date is what expired-acceptance reads; its example is about that date.
  reviewBy: 'expired-acceptance',
  lastReviewed: 'stale-review',
  nextReview: 'stale-review',
  reviewCycle: 'stale-review',
  riskAnalysis: 'missing-risk-analysis',
};

export function planFields(plan: PlanModel): NamedField[] {
  const out: NamedField[] = [];
  const add = (name: string, field: Field | undefined, rule = RULE_OF[name]) => {
    if (field && rule) out.push({ name, field, rule });
  };
  const m = plan.meta;
  add('approvedBy', m.approvedBy);
  add('approvedOn', m.approvedOn);
  add('lastReviewed', m.lastReviewed);
  add('nextReview', m.nextReview);
  add('reviewCycle', m.reviewCycle);
  add('riskAnalysis', m.riskAnalysis?.combined);
  add('riskAnalysis', m.riskAnalysis?.date);
  add('riskAnalysis', m.riskAnalysis?.conductedBy);
  for (const risk of plan.risks) {
    for (const name of ['id', 'tier', 'priority', 'treatment', 'validation', 'evidence'] as const) add(name, risk[name]);
    const a = risk.acceptance;
    add('rationale', a.rationale);
    add('compensatingControls', a.compensatingControls);
    add('reviewBy', a.reviewBy);
    // An acceptance's approver is not the plan's: its rule is incomplete-acceptance.
    add('approvedBy', a.approvedBy, 'incomplete-acceptance');
    add('approvedOn', a.approvedOn, 'incomplete-acceptance');
    for (const action of risk.actions) {
      for (const name of ['action', 'owner', 'due', 'status', 'completed', 'validation', 'evidence'] as const) add(name, action[name]);
    }
  }
  return out;
}

/** The field whose key or value contains an offset (ends inclusive, so a cursor at the end counts). */
export function fieldAt(fields: readonly NamedField[], offset: number): { named: NamedField; on: 'key' | 'value' } | undefined {
  for (const named of fields) {
    const key = named.field.keyRange;
    if (key && offset >= key.start && offset <= key.end) return { named, on: 'key' };
  }
  for (const named of fields) {
    const value = named.field.valueRange;
    if (offset >= value.start && offset <= value.end) return { named, on: 'value' };
  }
  return undefined;
}
