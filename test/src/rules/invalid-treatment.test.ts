import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('invalid-treatment', {
  valid: [
    { name: 'noun form Mitigation', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Treatment:** Mitigation\n') },
    { name: 'past form Accepted', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Decision:** Accepted\n') },
    { name: 'YAML transfer', kind: 'yaml', text: yamlPlan('  - id: R-001\n    priority: low\n    treatment: transfer\n') },
    // ISO 27001's options and NIST SP 800-37's share are treatments in a Markdown plan (issue 12).
    { name: 'ISO 27001 Share in Markdown', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Treatment:** Share\n') },
    { name: 'ISO 27001 Modify in a Markdown table', kind: 'markdown', text: mdPlan('| ID | Risk | Treatment Option | Action | Owner | Due |\n|---|---|---|---|---|---|\n| R-001 | No MFA | Modify | Enable MFA on the VPN | IT | 2026-07-01 |\n') },
  ],
  invalid: [
    {
      name: 'monitor',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    priority: low\n    treatment: monitor\n'),
      findings: [{ messageId: 'invalid', line: 15, text: 'monitor' }],
    },
    {
      name: 'Monitor in Markdown',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Priority:** High\n- **Treatment:** Monitor\n'),
      findings: [{ messageId: 'invalid', line: 18, text: 'Monitor' }],
    },
    {
      name: 'share in YAML (the schema keeps the spec\'s four)',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    priority: low\n    treatment: share\n'),
      findings: [{ messageId: 'invalid', line: 15, text: 'share' }],
    },
  ],
});
