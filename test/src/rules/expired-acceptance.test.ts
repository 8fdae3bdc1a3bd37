import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

const accepted = (reviewBy: string) =>
  `  - id: R-007\n    priority: medium\n    treatment: accept\n    acceptance:\n      rationale: Vendor certifies only this OS\n      approvedBy: Dr. Patel\n      approvedOn: 2026-03-15\n      compensatingControls: [Isolated VLAN]\n      reviewBy: ${reviewBy}\n`;
const acceptedMd = (reviewBy: string, treatment = 'Accept') =>
  `### R-015: Windows 7 PC\n- **Priority:** Medium\n- **Treatment:** ${treatment}\n- **Rationale:** Certified only on Windows 7\n- **Approved by:** Dr. Ferrante\n- **Approved on:** 2026-02-27\n- **Compensating controls:** Offline\n- **Review by:** ${reviewBy}\n`;

/** A register row whose status says what it says (`Exception Expired`). */
const lapsedRow = (status: string) =>
  `| ID | Risk | Action | Owner | Due | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-021 | Legacy fax server keeps PHI | Replace the fax server with the e-fax service | IT Lead | 2026-09-30 | ${status} |\n`;

ruleTests('expired-acceptance', {
  valid: [
    { name: 'review date ahead', kind: 'yaml', text: yamlPlan(accepted('2026-09-15')) },
    { name: 'review date today', kind: 'markdown', text: mdPlan(acceptedMd('2026-06-15')) },
    { name: 'a past review date on a risk that is not accepted', kind: 'markdown', text: mdPlan(acceptedMd('2026-01-31', 'Mitigate')) },
    { name: 'no date to compare (placeholder, free text)', kind: 'markdown', text: mdPlan(acceptedMd('YYYY-MM-DD')) },
    { name: 'a status naming something else that expired (a certificate), not the acceptance', kind: 'markdown', text: mdPlan(lapsedRow('Expired certificate replaced')) },
  ],
  invalid: [
    {
      name: 'review date passed (YAML): on the date',
      kind: 'yaml',
      text: yamlPlan(accepted('2026-01-31')),
      findings: [{ messageId: 'expired', line: 21, text: '2026-01-31' }],
    },
    {
      name: 'review date passed yesterday (Markdown)',
      kind: 'markdown',
      text: mdPlan(acceptedMd('June 14, 2026')),
      findings: [{ messageId: 'expired', line: 23, text: 'June 14, 2026' }],
    },
    {
      name: 'a status that says the acceptance lapsed (`Exception Expired`, set 79): no review date to count from',
      kind: 'markdown',
      text: mdPlan(lapsedRow('Exception Expired')),
      findings: [{ messageId: 'lapsed', line: 18, text: 'Exception Expired' }],
    },
  ],
});
