import type { RuleModule } from '../engine/rule';

const rule: RuleModule = {
  id: 'syntax',
  defaultSeverity: 'error',
  description: 'The YAML plan, or the front matter of a Markdown plan, parses.',
  reference: '45 CFR § 164.316(b)(1) (documentation of policies, procedures, actions and assessments)',
  rationale:
    'YAML that does not parse cannot be read by anyone’s tools: none of the plan’s metadata or YAML risks can be checked, rendered or shown to an auditor until it does.',
  examples: {
    bad: 'title: Backups: never test-restored',
    good: 'title: "Backups: never test-restored"',
  },
  messages: {
    invalid: '{problem}. Until this YAML parses, nothing in it is checked.',
  },
  check({ plan, report }) {
    const problem = plan.syntaxError;
    if (problem) report({ messageId: 'invalid', data: { problem: problem.message }, range: problem.range });
  },
};

export default rule;
