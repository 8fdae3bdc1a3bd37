import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('invalid-treatment', {
  valid: [
    { name: 'noun form Mitigation', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Treatment:** Mitigation\n') },
    { name: 'past form Accepted', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Decision:** Accepted\n') },
    { name: 'YAML transfer', kind: 'yaml', text: yamlPlan('  - id: R-001\n    priority: low\n    treatment: transfer\n') },
  ],
  invalid: [
    {
      name: 'monitor',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    priority: low\n    treatment: monitor\n'),
      findings: [{ messageId: 'invalid', line: 15, text: 'monitor' }],
    },
    {
      name: 'Share in Markdown',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Treatment:** Share\n'),
      findings: [{ messageId: 'invalid', line: 18, text: 'Share' }],
    },
  ],
});
