import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

const risk = '  - id: R-001\n    priority: low\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-07-01\n';

ruleTests('missing-approval', {
  valid: [
    { name: 'approver and date', kind: 'markdown', text: mdPlan('') },
    { name: 'an approver whose name opens like a status word is still an approver', kind: 'markdown', text: mdPlan('', { approvedBy: 'Penelope Ashford, Practice Owner' }) },
  ],
  invalid: [
    {
      name: 'approvedOn without approvedBy: one finding on line 1',
      kind: 'yaml',
      text: yamlPlan(risk, '  title: Plan\n  approvedOn: 2026-03-01\n  lastReviewed: 2026-03-01\n'),
      findings: [{ messageId: 'missing', line: 1, text: 'plan:' }],
    },
    {
      // A generated register's `| **Approved By** | PENDING |` (session 20): the approval is still to come.
      name: 'an approver still to come (PENDING): one finding at it, asking for the approver',
      kind: 'markdown',
      text: mdPlan('', { approvedBy: 'PENDING' }),
      findings: [{ messageId: 'placeholder', line: 8, text: 'PENDING' }],
    },
    {
      // `**Approved By:** _______________` (set 92): a line to sign on names nobody.
      name: 'an approver left as a line to sign on: one finding at it, asking for the approver',
      kind: 'markdown',
      text: mdPlan('', { approvedBy: '_______________' }),
      findings: [{ messageId: 'placeholder', line: 8, text: '_______________' }],
    },
    {
      name: 'neither: still one finding',
      kind: 'markdown',
      text: mdPlan('', { approvedBy: '', approvedOn: '' }),
      findings: [{ messageId: 'missing', line: 1, text: '---' }],
    },
  ],
});
