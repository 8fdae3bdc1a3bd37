import type { RuleModule } from '../engine/rule';
import { documentStart } from '../model/plan-queries';
import { statedNone } from '../model/stated-none';

const rule: RuleModule = {
  id: 'no-risks-read',
  defaultSeverity: 'warning',
  description: 'A plan from which no risk could be read says so, and shows how risks are written, instead of looking clean.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: measures for the risks identified in the risk analysis)',
  rationale:
    'A plan exists to treat the risks its analysis found. When no risk can be read, every per-risk check is silent and the plan would look almost clean; the reader must learn that nothing was checked, and how to write risks so they are.',
  examples: { bad: '# Risk Management Plan (risks only as prose paragraphs)', good: '### R-001: Unencrypted laptops, with a line - **Action:** Enable BitLocker on all clinic laptops' },
  messages: {
    markdown:
      'No risk could be read from this plan, so no risk was checked. Write each risk as a heading ("### R-001: Unencrypted laptops") followed by "- **Action:** ...", "- **Owner:** ...", "- **Due:** ..." lines, or as a table with Risk, Action, Owner and Due columns (see "Markdown" in docs/plan-format.md).',
    yaml: 'No risk could be read from this plan, so no risk was checked. List the risks under a top-level "risks:" key, each with id, title and actions (action, owner, due) (see docs/plan-format.md).',
    json: 'No risk could be read from this plan, so no risk was checked. An OSCAL plan of action and milestones lists them under "risks" (with "remediations") or "poam-items".',
    csv: 'No risk could be read from this register, so no risk was checked. Its first line names the columns (an ID or Risk column, and Action, Owner, Due or Status); each line below it is one risk (see "CSV" in docs/plan-format.md).',
    statedNone: 'This register lists no risks or findings ("{statement}"), so no risk was checked. When it records one, write it as a heading ("### R-001: Unencrypted laptops") with "- **Action:** ...", "- **Owner:** ...", "- **Due:** ..." lines, or as a row of its table.',
  },
  check({ plan, report }) {
    // A plan that does not parse has its syntax finding; what could not be read is not counted as empty.
    if (!plan.metaAvailable || plan.syntaxError || plan.risks.length > 0) return;
    // An empty register that says so ("Currently, there are no open audit findings."): the finding quotes it.
    const none = plan.format === 'markdown' ? statedNone(plan.text) : undefined;
    if (none) report({ messageId: 'statedNone', range: none, data: { statement: plan.text.slice(none.start, none.end) } });
    else report({ messageId: plan.oscal ? 'json' : plan.format, range: documentStart(plan) });
  },
};

export default rule;
