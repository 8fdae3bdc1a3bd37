import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('missing-due-date', {
  valid: [
    { name: 'ISO due date', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n') },
    { name: 'US due date in a Deadline column', kind: 'markdown', text: mdPlan('| ID | Remediation | Responsible | Deadline |\n|---|---|---|---|\n| R-1 | Execute a BAA | Practice Manager | 07/01/2026 |\n') },
    { name: 'written-out month', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: July 1, 2026\n') },
    { name: 'impossible date is invalid-date, not this rule', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-02-30\n') },
    { name: 'a relative deadline in a dated plan is a date (30 days from the plan\'s Date)', kind: 'markdown', text: mdPlan('**Date:** 2026-05-01\n\n### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Target Date:** 30 days\n', { approvedOn: '', riskAnalysis: '', approvedBy: '' }) },
    { name: 'Week 2 counts from the approval date', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Timeline:** Week 2\n') },
  ],
  invalid: [
    {
      name: 'a relative deadline in a plan with no date to count from',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Timeline |\n|---|---|---|---|\n| R-1 | Enable MFA | IT Lead | within 2 weeks |\n', { approvedOn: '', riskAnalysis: '', approvedBy: '' }),
      findings: [{ messageId: 'relative', line: 13, text: 'within 2 weeks' }],
    },
    {
      name: 'a deadline counted from an event, not the plan, is not a date',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 30 days after go-live\n'),
      findings: [{ messageId: 'notADate', line: 19, text: '30 days after go-live' }],
    },
    {
      name: 'no due field: heading line',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n'),
      findings: [{ messageId: 'missing', line: 16, text: '### R-001: No MFA' }],
    },
    {
      name: 'ASAP in a table cell',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Execute a BAA | Practice Manager | ASAP |\n'),
      findings: [{ messageId: 'notADate', line: 18, text: 'ASAP' }],
    },
    {
      name: 'free text "end of year"',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: end of year\n'),
      findings: [{ messageId: 'notADate', line: 16, text: 'end of year' }],
    },
  ],
});
