import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('duplicate-risk-id', {
  valid: [
    { name: 'consecutive table rows of one risk', kind: 'markdown', text: mdPlan('| ID | Action |\n|---|---|\n| R-1 | Assign the module |\n| R-1 | Run a phishing test |\n') },
    {
      name: 'one risk written twice under its ID and name in two sections (a Top Risks summary, then the register): one risk',
      kind: 'markdown',
      text: mdPlan('## Top Risks\n\n### 🔴 R-001 — Unencrypted laptops\n**Action:** Encrypt every laptop\n\n## Full Register\n\n### R-001 — Unencrypted Laptops\n- **Action:** Encrypt every laptop\n- **Owner:** IT lead\n'),
    },
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
    {
      name: 'one name written twice under one ID in one section: a reused ID, not a summary copy',
      kind: 'markdown',
      text: mdPlan('### R-001: Unencrypted laptops\n- **Action:** Encrypt every laptop\n\n### R-001: Unencrypted laptops\n- **Action:** Encrypt every laptop\n'),
      findings: [{ messageId: 'duplicate', line: 19, text: '### R-001: Unencrypted laptops' }],
    },
  ],
});
