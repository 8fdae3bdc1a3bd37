import type { RuleModule } from '../engine/rule';
import { documentStart, metaFields } from '../model/plan-queries';
import { hasRealValue, holdsPlaceholder } from '../model/placeholders';
import { insertFieldsFix, lastLineField, metaInsertion, type NewField } from '../fixes/field-edits';

/**
 * An approver's place that says the approval has not happened yet: `PENDING`, `Awaiting approval`, `Not yet approved`, or a
 * line to sign on (`**Approved By:** _______________`, set 92), which names nobody.
 */
const APPROVAL_TO_COME = /^[\W_]*(?:pending|awaiting(?:\s+approval)?|not\s+yet\s+approved|unapproved|not\s+approved)\b|^[\s*]*_{3,}[\s*]*$/i;
const toCome = (field: { readonly value: string } | undefined): boolean => field !== undefined && APPROVAL_TO_COME.test(field.value);

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
    placeholder: 'The plan is not signed and dated: fill in {missing} (who approved the plan and when).',
  },
  check({ plan, report }) {
    if (!plan.metaAvailable) return;
    const { approvedBy, approvedOn } = plan.meta;
    const missing: NewField[] = [];
    // Placeholders, not a guessed approver or today's date: the finding stays until the user writes them.
    // `| **Approved By** | PENDING |`: a generated register's approval still to come names no approver.
    if (!hasRealValue(approvedBy) || toCome(approvedBy)) missing.push({ name: 'approvedBy', value: 'Name, Title', placeholder: true });
    if (!hasRealValue(approvedOn)) missing.push({ name: 'approvedOn', value: 'YYYY-MM-DD', placeholder: true });
    if (missing.length === 0) return;
    // Empty fields that are written get their value in place; absent ones are inserted.
    const written = missing.filter((f) => plan.meta[f.name as 'approvedBy' | 'approvedOn'] !== undefined);
    const fix = () =>
      written.length === 0
        ? insertFieldsFix(plan, missing, { title: 'Add the approval (approver and date)', after: lastLineField(plan, metaFields(plan)), fallback: metaInsertion(plan) })
        : undefined;
    // Only placeholders written: a finding about a value goes on the value (spec §5).
    const placeholders = missing.map((f) => plan.meta[f.name as 'approvedBy' | 'approvedOn']);
    const unfilled = placeholders.every((f) => holdsPlaceholder(f) || toCome(f)) ? placeholders[0] : undefined;
    report({
      messageId: unfilled ? 'placeholder' : 'missing',
      data: { missing: missing.map((f) => (f.name === 'approvedBy' ? 'the approver' : 'the approval date')).join(' and ') },
      range: unfilled ? unfilled.valueRange : documentStart(plan),
      fixes: () => [fix()].filter((f) => f !== undefined),
    });
  },
};

export default rule;
