import type { RuleModule } from '../engine/rule';
import { documentStart, hasValue, metaFields } from '../model/plan-queries';
import { insertFieldsFix, lastLineField, metaInsertion, type NewField } from '../fixes/field-edits';

const rule: RuleModule = {
  id: 'missing-approval',
  defaultSeverity: 'warning',
  description: 'The plan is signed and dated: it names its approver and the approval date.',
  reference: '45 CFR § 164.316(b)(1) (documentation); § 164.308(a)(2) (assigned security responsibility)',
  rationale:
    'An unsigned plan is a draft. Auditors look for management approval showing the organisation adopted the plan and accepted its residual risk.',
  examples: { bad: 'Approved on: 2026-03-15 (no approver)', good: 'Approved by: Dr. Amir Patel, Practice Owner · Approved on: 2026-03-15' },
  messages: {
    missing: 'The plan is not signed and dated: add {missing} (who approved the plan and when).',
  },
  check({ plan, today, report }) {
    if (!plan.metaAvailable) return;
    const { approvedBy, approvedOn } = plan.meta;
    const missing: NewField[] = [];
    if (!hasValue(approvedBy)) missing.push({ name: 'approvedBy', value: 'Name, Title', placeholder: true });
    if (!hasValue(approvedOn)) missing.push({ name: 'approvedOn', value: today, placeholder: true });
    if (missing.length === 0) return;
    // Empty fields that are written get their value in place; absent ones are inserted.
    const written = missing.filter((f) => plan.meta[f.name as 'approvedBy' | 'approvedOn'] !== undefined);
    const fix = () =>
      written.length === 0
        ? insertFieldsFix(plan, 'Add the approval (approver and date)', lastLineField(plan, metaFields(plan)), missing, false, metaInsertion(plan))
        : undefined;
    report({
      messageId: 'missing',
      data: { missing: missing.map((f) => (f.name === 'approvedBy' ? 'the approver' : 'the approval date')).join(' and ') },
      range: documentStart(plan),
      fixes: () => [fix()].filter((f) => f !== undefined),
    });
  },
};

export default rule;
