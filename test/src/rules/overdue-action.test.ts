import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

// Today is 2026-06-15 in every case.
ruleTests('overdue-action', {
  valid: [
    { name: 'due today is not overdue', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-06-15\n    status: in-progress\n') },
    { name: 'past but done (synonym Completed)', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 2026-03-01\n- **Status:** Completed\n') },
    { name: 'a relative deadline with no date to count from is never overdue', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 14 days\n', { approvedOn: '', riskAnalysis: '', approvedBy: '' }) },
    { name: 'past but accepted', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-01-01\n    status: accepted\n') },
  ],
  invalid: [
    {
      name: 'a relative deadline counted from the plan\'s date, past',
      kind: 'markdown',
      text: mdPlan('**Last updated:** April 2026\n\n### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Timeline:** Week 3\n- **Status:** Planned\n', { approvedOn: '', riskAnalysis: '', approvedBy: '' }),
      findings: [{ messageId: 'overdue', line: 16, text: 'Week 3' }],
    },
    {
      name: 'past and open: on the due date',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 2026-06-14\n- **Status:** Open\n'),
      findings: [{ messageId: 'overdue', line: 19, text: '2026-06-14' }],
    },
    {
      name: 'deferred past its due date is overdue',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-05-01\n    status: deferred\n'),
      findings: [{ messageId: 'overdue', line: 16, text: '2026-05-01' }],
    },
    {
      name: 'a phase\'s span dating every item under it: one finding, with how many are open and their statuses',
      kind: 'markdown',
      text: '# Security Risk Assessment\n\n**Date:** 2026-01-05\n\n## Recommendations\n\n### Short-Term (0-3 months)\n\n| Priority | Recommendation | Status |\n|---|---|---|\n| High | Run an external penetration test of the portal | Planned |\n| Medium | Write runbooks for the two backup restores | In Progress |\n| Low | Label the records-room keys | Done |\n',
      findings: [{ messageId: 'overdueShared', line: 7, text: '0-3 months', message: /^Due 0-3 months \(2026-04-05, counted from the plan's date, 2026-01-05\) is 71 days past for 2 open items \(1 "Planned", 1 "In Progress"\)\./ }],
    },
    {
      name: 'items sharing a phase\'s span with no status at all: said so once, not counted as a status',
      kind: 'markdown',
      text: '# Security Risk Assessment\n\n**Date:** 2026-01-05\n\n## Recommendations\n\n### Short-Term (0-3 months)\n\n| Priority | Recommendation | Owner |\n|---|---|---|\n| High | Run an external penetration test of the portal | IT Lead |\n| Medium | Write runbooks for the two backup restores | IT Lead |\n',
      findings: [{ messageId: 'overdueShared', line: 7, text: '0-3 months', message: /for 2 open items \(none with a status\)\./ }],
    },
    {
      name: 'no status counts as not done',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Execute a BAA | Practice Manager | 03/01/2026 |\n'),
      findings: [{ messageId: 'overdueNoStatus', line: 18, text: '03/01/2026' }],
    },
  ],
});
