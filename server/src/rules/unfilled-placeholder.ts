import type { Field, PlanModel } from '../model/plan-model';
import type { RuleModule } from '../engine/rule';
import { holdsPlaceholder } from '../model/placeholders';

/**
 * The fields no other rule reads for a placeholder, with the name the message gives them.
 * Owners, due dates, actions, approvals, the risk-analysis reference, review dates,
 * validation and acceptance fields have rules of their own (one problem, one finding).
 */
function fieldsToCheck(plan: PlanModel): [Field | undefined, string][] {
  const m = plan.meta;
  const fields: [Field | undefined, string][] = [
    [m.title, 'plan title'],
    [m.organization, 'organization'],
    [m.owner, 'plan owner'],
    [m.version, 'version'],
    // `**Last Updated:** 2025-01-XX`: the document's date still to write (set 86); other dates have rules of their own.
    [m.documentDate, 'document date'],
  ];
  for (const risk of plan.risks) fields.push([risk.id, 'risk ID'], [risk.title, 'risk title']);
  return fields;
}

const rule: RuleModule = {
  id: 'unfilled-placeholder',
  defaultSeverity: 'warning',
  description: 'The plan, its risks and their titles carry real values, not the placeholders of a template.',
  reference: '45 CFR § 164.316(b)(1) (documentation of policies, procedures and assessments)',
  rationale:
    'A plan that still reads "Practice name" or "Risk title" is a template, not a record of what this organisation decided. An auditor reads it as unfinished.',
  examples: { bad: 'organization: Practice name', good: 'organization: Lakeside Family Medicine' },
  messages: {
    placeholder: 'The {field} "{value}" is a placeholder. Fill in the real {field}.',
  },
  check({ plan, report }) {
    for (const [field, name] of fieldsToCheck(plan)) {
      if (!holdsPlaceholder(field)) continue;
      report({ messageId: 'placeholder', data: { field: name, value: field.value }, range: field.valueRange });
    }
  },
};

export default rule;
