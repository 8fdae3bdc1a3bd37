import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

const risk = '  - id: R-001\n    priority: low\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-07-01\n';

ruleTests('missing-approval', {
  valid: [
    { name: 'approver and date', kind: 'markdown', text: mdPlan('') },
  ],
  invalid: [
    {
      name: 'approvedOn without approvedBy: one finding on line 1',
      kind: 'yaml',
      text: yamlPlan(risk, '  title: Plan\n  approvedOn: 2026-03-01\n  lastReviewed: 2026-03-01\n'),
      findings: [{ messageId: 'missing', line: 1, text: 'plan:' }],
    },
    {
      name: 'neither: still one finding',
      kind: 'markdown',
      text: mdPlan('', { approvedBy: '', approvedOn: '' }),
      findings: [{ messageId: 'missing', line: 1, text: '---' }],
    },
  ],
});
