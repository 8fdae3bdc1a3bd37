import type { RuleModule } from '../engine/rule';
import { analysisDocument, atOrAbove } from '../model/analysis-register';
import { stubRisksEdit } from './untreated-risk-utils/stub-risks';

const rule: RuleModule = {
  id: 'untreated-risk',
  defaultSeverity: 'error',
  description: 'Every risk the risk analysis rates at or above a set level (default high) has an entry in the plan or a recorded acceptance.',
  reference: '45 CFR § 164.308(a)(1)(ii)(A) (risk analysis) and (B) (risk management)',
  rationale:
    'The risk analysis and the plan are paired: investigators expect to see the connection between them. A high risk the analysis found with no entry in the plan leaves the second half unsatisfied.',
  examples: {
    bad: 'riskAnalysis:\n  document: risk-register.csv   # rates RA-07 High; the plan has no RA-07',
    good: 'risks:\n  - id: RA-07\n    title: Unencrypted laptops\n    actions:\n      - action: Enable BitLocker on the four laptops',
  },
  messages: {
    one: 'The risk analysis ({document}) rates {ids} {rating} or above, and the plan has no entry for it and no recorded acceptance. Add it to the plan with an action, or record its acceptance.',
    many: 'The risk analysis ({document}) rates {count} risks {rating} or above that the plan has no entry for and no recorded acceptance: {ids}. Add each to the plan with an action, or record its acceptance.',
  },
  check({ plan, analysis, options, report }) {
    if (!analysis || !plan.metaAvailable) return;
    const reference = analysisDocument(plan);
    if (!reference) return;
    const inPlan = new Set(plan.risks.flatMap((r) => (r.id && r.id.value.trim() ? [r.id.value.trim().toLowerCase()] : [])));
    const seen = new Set<string>();
    const untreated = analysis.risks.filter((r) => {
      const key = r.id.toLowerCase();
      if (seen.has(key) || inPlan.has(key) || r.accepted || !atOrAbove(r.ratingValue, options.untreatedRiskRating)) return false;
      seen.add(key);
      return true;
    });
    if (untreated.length === 0) return;
    report({
      messageId: untreated.length === 1 ? 'one' : 'many',
      data: { document: analysis.name, ids: untreated.map((r) => r.id).join(', '), count: untreated.length, rating: options.untreatedRiskRating },
      range: reference.valueRange,
      fixes: () => {
        const edit = stubRisksEdit(plan, untreated);
        return edit ? [{ title: untreated.length === 1 ? `Add ${untreated[0].id} to the plan` : `Add the ${untreated.length} risks to the plan`, safe: false, edits: [edit] }] : [];
      },
    });
  },
};

export default rule;
