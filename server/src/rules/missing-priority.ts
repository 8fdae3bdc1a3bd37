import type { RuleModule } from '../engine/rule';
import { hasValue, isClosedRisk, isDuplicateReference, riskName } from '../model/plan-queries';
import { afterLine, fieldAnchor, fixPerValue, setFieldFix } from '../fixes/field-edits';
import { PRIORITIES } from '../model/vocabulary';

const rule: RuleModule = {
  id: 'missing-priority',
  defaultSeverity: 'warning',
  scope: 'risk',
  description: 'Every risk has a priority or sits in a tier.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: measures prioritised by risk)',
  rationale:
    'The plan must show that the highest risks are handled first. Without a priority or tier an auditor cannot see the order of work.',
  examples: { bad: '### R-006: Fax in hallway (no Priority, no tier heading)', good: '- **Priority:** Low' },
  messages: {
    missing: 'Risk {id} has neither a priority nor a tier. Add a Priority (critical, high, medium or low) or move it under a tier heading.',
    // A YAML plan, or another tool's register (a CSV or JSON export), has no headings to move a risk under.
    missingInRecord: 'Risk {id} has neither a priority nor a tier. Add a priority (critical, high, medium or low) or a tier (this-week, vendor or budget).',
  },
  check({ plan, report }) {
    for (const risk of plan.risks) {
      // A priority orders the work left; a closed item has none left.
      // A declared duplicate of an item tracked elsewhere has that item's priority.
      if (hasValue(risk.priority) || isClosedRisk(risk) || isDuplicateReference(risk)) continue;
      const hasTier = risk.tierValue !== undefined || (risk.form === 'yaml' && hasValue(risk.tier));
      if (hasTier) continue;
      const yaml = risk.form === 'yaml';
      const fixes = () =>
        fixPerValue(PRIORITIES, (p) => {
          const value = yaml ? p : p[0].toUpperCase() + p.slice(1);
          return setFieldFix(plan, risk.priority, { name: 'priority', value }, { title: `Set priority to ${value}`, after: fieldAnchor(plan, risk), fallback: afterLine(plan, risk.firstLine) });
        });
      const headed = plan.format === 'markdown' && !plan.otherSchema && risk.form !== 'oscal';
      report({ messageId: headed ? 'missing' : 'missingInRecord', data: { id: riskName(risk) }, range: risk.firstLine, fixes });
    }
  },
};

export default rule;
