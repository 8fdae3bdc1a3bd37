import type { RuleModule } from '../engine/rule';
import type { Acceptance } from '../model/plan-model';
import { acceptanceFields, hasValue, isAccepted } from '../model/plan-queries';
import { afterLine, fieldAnchor, insertFieldsFix, lastLineField, type NewField } from '../fixes/field-edits';

const PARTS: readonly { key: keyof Omit<Acceptance, 'insertAt' | 'keyWritten'>; label: string; value: (today: string) => string }[] = [
  { key: 'rationale', label: 'rationale', value: () => 'Why the residual risk is acceptable' },
  { key: 'approvedBy', label: 'approver', value: () => 'Name, Title' },
  { key: 'approvedOn', label: 'approval date', value: (today) => today },
  { key: 'compensatingControls', label: 'compensating controls', value: () => 'Controls that reduce the risk' },
  { key: 'reviewBy', label: 'review date', value: (today) => today },
];

const rule: RuleModule = {
  id: 'incomplete-acceptance',
  defaultSeverity: 'error',
  description: 'An accepted risk records its rationale, approver, approval date, compensating controls and review date.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B); § 164.306(b)(2) and (d)(3) (documented decisions)',
  rationale:
    'Accepting a risk is a management decision that must be documented: why, who decided, when, what limits the exposure meanwhile, and when it will be revisited.',
  examples: {
    bad: 'Treatment: Accept (nothing else)',
    good: 'Treatment: Accept · Rationale: … · Approved by: … · Approved on: … · Compensating controls: … · Review by: …',
  },
  messages: {
    incomplete: 'Risk {id} is accepted but the acceptance lacks {missing}. Record them so the decision is documented.',
  },
  check({ plan, today, report }) {
    for (const risk of plan.risks) {
      if (!isAccepted(risk)) continue;
      const missing = PARTS.filter((p) => !hasValue(risk.acceptance[p.key]));
      if (missing.length === 0) continue;
      const absent = missing.filter((p) => risk.acceptance[p.key] === undefined);
      const fields: NewField[] = absent.map((p) => ({ name: p.key, value: p.value(today), placeholder: true }));
      const fix = () => {
        if (fields.length === 0) return undefined;
        const existing = lastLineField(plan, acceptanceFields(risk));
        if (existing) return insertFieldsFix(plan, 'Add the missing acceptance fields', existing, fields, false);
        // `acceptance:` holds no field lines to copy (or no mapping): adding a second key would break the YAML.
        if (risk.acceptance.keyWritten) return undefined;
        return insertFieldsFix(plan, 'Add the missing acceptance fields', fieldAnchor(plan, risk), fields, false, afterLine(plan, risk.firstLine), 'acceptance');
      };
      report({
        messageId: 'incomplete',
        data: { id: risk.id?.value || '(no id)', missing: missing.map((p) => p.label).join(', ') },
        range: risk.firstLine,
        fixes: () => [fix()].filter((f) => f !== undefined),
      });
    }
  },
};

export default rule;
