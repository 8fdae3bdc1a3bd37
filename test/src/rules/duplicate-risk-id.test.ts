import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('duplicate-risk-id', {
  valid: [
    { name: 'consecutive table rows of one risk', kind: 'markdown', text: mdPlan('| ID | Action |\n|---|---|\n| R-1 | Assign the module |\n| R-1 | Run a phishing test |\n') },
  ],
  invalid: [
    {
      name: 'YAML repeated id: every later occurrence',
      kind: 'yaml',
      text: yamlPlan('  - id: KM-01\n    action: A\n  - id: KM-01\n    action: B\n  - id: KM-01\n    action: C\n'),
      findings: [
        { messageId: 'duplicate', line: 15, text: '- id: KM-01' },
        { messageId: 'duplicate', line: 17, text: '- id: KM-01' },
      ],
    },
    {
      name: 'a heading reusing a table ID',
      kind: 'markdown',
      text: mdPlan('| ID | Action |\n|---|---|\n| A-01 | Adopt the policy |\n\n## Later\n\n### A-01: Another risk\n- **Action:** Something\n'),
      findings: [{ messageId: 'duplicate', line: 22, text: '### A-01: Another risk' }],
    },
    {
      name: 'two risk headings under one ID, the first planning nothing: two risks, not one detailed by the other',
      kind: 'markdown',
      text: mdPlan('### R-001: Unencrypted laptops\n- Priority: high\n\n### R-001: Backup tapes unlabelled\n- Priority: medium\n- Action: Label every backup tape\n'),
      findings: [{ messageId: 'duplicate', line: 19, text: '### R-001: Backup tapes unlabelled' }],
    },
  ],
});
