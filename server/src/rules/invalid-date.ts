import type { Fix, RuleModule } from '../engine/rule';
import type { Field, PlanModel } from '../model/plan-model';
import { parseDate } from '../model/dates';
import { replaceFix } from '../fixes/field-edits';

/** Every field of the plan that holds a date. */
function dateFields(plan: PlanModel): (Field | undefined)[] {
  const m = plan.meta;
  const fields: (Field | undefined)[] = [m.riskAnalysis?.date, m.approvedOn, m.lastReviewed, m.nextReview];
  for (const risk of plan.risks) {
    fields.push(risk.acceptance.approvedOn, risk.acceptance.reviewBy);
    for (const action of risk.actions) fields.push(action.due, action.completed);
  }
  return fields;
}

/** `2026-10-2` means 2026-10-02: when padding alone makes a real date, fixing it needs no judgement. */
function paddedIso(value: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const padded = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return parseDate(padded).kind === 'date' ? padded : undefined;
}

const rule: RuleModule = {
  id: 'invalid-date',
  defaultSeverity: 'error',
  description: 'Date fields hold real calendar dates in a supported form.',
  reference: '45 CFR § 164.316(b)(1) (documentation of actions and assessments)',
  rationale:
    'An impossible or malformed date cannot be checked against today: the item silently drops out of overdue and review tracking.',
  examples: { bad: 'Due: 2026-02-30', good: 'Due: 2026-02-27' },
  messages: {
    invalid: '"{value}" is not a valid date ({reason}). Write it as YYYY-MM-DD, e.g. 2026-07-31.',
  },
  check({ plan, report }) {
    for (const field of dateFields(plan)) {
      if (!field) continue;
      const parsed = parseDate(field.value);
      if (parsed.kind !== 'invalid') continue;
      const padded = paddedIso(field.value);
      const fixes: Fix[] = padded ? [replaceFix(`Write the date as ${padded}`, field.valueRange, padded, true)] : [];
      report({ messageId: 'invalid', data: { value: field.value, reason: parsed.reason }, range: field.valueRange, fixes });
    }
  },
};

export default rule;
