import type { RuleModule } from '../engine/rule';
import type { Acceptance } from '../model/plan-model';
import { acceptanceFields, acceptsInPart, isAccepted, riskName } from '../model/plan-queries';
import { hasRealValue, holdsPlaceholder } from '../model/placeholders';
import { afterLine, fieldAnchor, insertFieldsFix, lastLineField, type NewField } from '../fixes/field-edits';

/** The parts of an acceptance, with the placeholder a fix writes for the user to replace. */
const PARTS: readonly { key: keyof Omit<Acceptance, 'insertAt' | 'keyWritten'>; label: string; placeholder: string }[] = [
  { key: 'rationale', label: 'rationale', placeholder: 'Why the residual risk is acceptable' },
  { key: 'approvedBy', label: 'approver', placeholder: 'Name, Title' },
  { key: 'approvedOn', label: 'approval date', placeholder: 'YYYY-MM-DD' },
  { key: 'compensatingControls', label: 'compensating controls', placeholder: 'Controls that reduce the risk' },
  { key: 'reviewBy', label: 'review date', placeholder: 'YYYY-MM-DD' },
];

/** The plan fields that stand for a table row's acceptance parts when the row gives none. */
const PLAN_PARTS: Partial<Record<(typeof PARTS)[number]['key'], 'approvedBy' | 'approvedOn' | 'nextReview'>> = {
  approvedBy: 'approvedBy',
  approvedOn: 'approvedOn',
  reviewBy: 'nextReview',
};

/** The plan fields that stand for any accepted risk's rationale and compensating controls when it records none: the plan's own record for them all. */
const SHARED_PARTS: Partial<Record<(typeof PARTS)[number]['key'], 'acceptanceRationale' | 'acceptanceControls'>> = {
  rationale: 'acceptanceRationale',
  compensatingControls: 'acceptanceControls',
};

/** "a", "a and b", "a, b and c". */
function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What the acceptance lacks and which of its parts still hold a placeholder, as one clause. */
function whatIsWrong(missing: readonly string[], unfilled: readonly string[]): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`the acceptance lacks ${listed(missing)}`);
  if (unfilled.length > 0) parts.push(`its ${listed(unfilled)} ${unfilled.length === 1 ? 'is still a placeholder' : 'are still placeholders'}`);
  return parts.join(', and ');
}

const rule: RuleModule = {
  id: 'incomplete-acceptance',
  defaultSeverity: 'error',
  scope: 'risk',
  description: 'An accepted risk records its rationale, approver, approval date, compensating controls and review date.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B); § 164.306(b)(2) and (d)(3) (documented decisions)',
  rationale:
    'Accepting a risk is a management decision that must be documented: why, who decided, when, what limits the exposure meanwhile, and when it will be revisited.',
  examples: {
    bad: 'Treatment: Accept (nothing else)',
    good: 'Treatment: Accept · Rationale: … · Approved by: … · Approved on: … · Compensating controls: … · Review by: …',
  },
  messages: {
    incomplete: 'Risk {id} is accepted but {problem}. {advice} so the decision is documented.',
    incompleteInPart: 'Risk {id} is accepted in part ("{treatment}") but {problem}. {advice} so the decision is documented.',
  },
  check({ plan, report }) {
    for (const risk of plan.risks) {
      // `Transfer/Accept` (set 95): what the transfer leaves is accepted, and the acceptance is recorded as any other.
      const inPart = acceptsInPart(risk);
      if (!isAccepted(risk) && !inPart) continue;
      // A register approved as a whole approves the acceptances its table records, until its next review.
      const byPlan = risk.form === 'table' ? PLAN_PARTS : {};
      const byRecord = (key: (typeof PARTS)[number]['key']) => SHARED_PARTS[key] !== undefined && risk.acceptance[key] === undefined && hasRealValue(plan.meta[SHARED_PARTS[key]!]);
      const lacking = PARTS.filter((p) => !hasRealValue(risk.acceptance[p.key]) && !(byPlan[p.key] && hasRealValue(plan.meta[byPlan[p.key]!])) && !byRecord(p.key));
      if (lacking.length === 0) continue;
      const unfilled = lacking.filter((p) => holdsPlaceholder(risk.acceptance[p.key]));
      const missing = lacking.filter((p) => !unfilled.includes(p));
      const absent = missing.filter((p) => risk.acceptance[p.key] === undefined);
      // The fix writes placeholders, which this rule still reports until the user fills them in.
      const fields: NewField[] = absent.map((p) => ({ name: p.key, value: p.placeholder, placeholder: true }));
      const fix = () => {
        if (fields.length === 0) return undefined;
        const existing = lastLineField(plan, acceptanceFields(risk));
        if (existing) return insertFieldsFix(plan, fields, { title: 'Add the missing acceptance fields', after: existing });
        // `acceptance:` holds no field lines to copy (or no mapping): adding a second key would break the YAML.
        if (risk.acceptance.keyWritten) return undefined;
        return insertFieldsFix(plan, fields, {
          title: 'Add the missing acceptance fields',
          after: fieldAnchor(plan, risk),
          fallback: afterLine(plan, risk.firstLine),
          under: 'acceptance',
        });
      };
      const advice = missing.length === 0 ? 'Fill it in' : missing.length === 1 ? 'Record it' : 'Record them';
      report({
        messageId: inPart ? 'incompleteInPart' : 'incomplete',
        data: {
          id: riskName(risk),
          ...(inPart && { treatment: risk.treatment!.value.trim() }),
          problem: whatIsWrong(missing.map((p) => p.label), unfilled.map((p) => p.label)),
          advice: missing.length === 0 && unfilled.length > 1 ? 'Fill them in' : missing.length > 0 && unfilled.length > 0 ? 'Record and fill them in' : advice,
        },
        range: risk.firstLine,
        fixes: () => [fix()].filter((f) => f !== undefined),
      });
    }
  },
};

export default rule;
