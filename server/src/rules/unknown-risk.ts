import type { RuleModule } from '../engine/rule';
import { analysisDocument } from '../model/analysis-register';

const rule: RuleModule = {
  id: 'unknown-risk',
  defaultSeverity: 'warning',
  description: "Every risk of the plan is a risk of the plan's risk analysis, by ID.",
  reference: '45 CFR § 164.308(a)(1)(ii)(A) (risk analysis) and (B) (risk management)',
  rationale:
    'A plan entry whose ID the analysis does not know cannot be traced to the risk it treats: an ID was mistyped or renumbered, or the analysis was not updated with a risk found since.',
  examples: { bad: '### RA-7: Unencrypted laptops   (the register has RA-07)', good: '### RA-07: Unencrypted laptops' },
  messages: {
    unknown: '{id} is not a risk of the risk analysis ({document}). Correct the ID, or add the risk to the analysis.',
  },
  check({ plan, analysis, report }) {
    if (!analysis || analysis.risks.length === 0 || !analysisDocument(plan)) return;
    const known = new Set(analysis.risks.map((r) => r.id.toLowerCase()));
    for (const risk of plan.risks) {
      const id = risk.id?.value.trim();
      if (!risk.id || !id || known.has(id.toLowerCase())) continue;
      report({ messageId: 'unknown', data: { id, document: analysis.name }, range: risk.id.valueRange });
    }
  },
};

export default rule;
