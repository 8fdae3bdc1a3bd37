import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('invalid-date', {
  valid: [
    { name: 'real dates in every form', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 12 March 2026\n') },
    { name: 'free text is not this rule', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: soon\n') },
  ],
  invalid: [
    {
      name: 'February 30th',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-02-30\n'),
      findings: [{ messageId: 'invalid', line: 16, text: '2026-02-30' }],
    },
    {
      name: 'unpadded ISO and a completed date with month 13',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-10-2\n    status: done\n    completed: 2026-13-05\n'),
      findings: [
        { messageId: 'invalid', line: 16, text: '2026-10-2' },
        { messageId: 'invalid', line: 18, text: '2026-13-05' },
      ],
    },
    {
      name: 'June 31st in US form in a table',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Execute a BAA | Practice Manager | 06/31/2026 |\n'),
      findings: [{ messageId: 'invalid', line: 18, text: '06/31/2026' }],
    },
    {
      name: 'a plan-level date',
      kind: 'markdown',
      text: mdPlan('', { nextReview: '2027-02-29' }),
      findings: [{ messageId: 'invalid', line: 11, text: '2027-02-29' }],
    },
  ],
});
