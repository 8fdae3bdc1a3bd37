import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

/** A register table whose residual column accepts a risk, with its rationale and safeguards in the row. */
const acceptedRow = (closing: string) =>
  `# Clinic Risk Register\n\n## Risks\n\n| # | Threat | Existing safeguards | Residual | Owner | Status |\n|---|---|---|---|---|---|\n| 1 | Stolen laptop | Disk encryption | acceptable for one laptop | Office Manager | active |\n\n${closing}`;

const complete =
  '    acceptance:\n      rationale: Vendor certifies only this OS\n      approvedBy: Dr. Patel\n      approvedOn: 2026-03-15\n      compensatingControls: [Isolated VLAN]\n      reviewBy: 2026-09-15\n';

ruleTests('incomplete-acceptance', {
  valid: [
    { name: 'complete YAML acceptance (past reviewBy is fine)', kind: 'yaml', text: yamlPlan(`  - id: R-007\n    priority: medium\n    treatment: accept\n${complete}`) },
    {
      name: 'complete Markdown acceptance',
      kind: 'markdown',
      text: mdPlan('### R-015: Windows 7 PC\n- **Priority:** Medium\n- **Treatment:** Accept\n- **Rationale:** Certified only on Windows 7\n- **Approved by:** Dr. Ferrante\n- **Approved on:** 2026-02-27\n- **Compensating controls:** Offline\n- **Review by:** 2026-12-31\n'),
    },
    {
      name: 'a table row accepted by its residual, in a register approved as a whole until its next review',
      kind: 'markdown',
      text: acceptedRow('- Register approved by: Dr. Patel\n- Acceptance date: 2026-03-15\n- Next review: 2027-03-15\n'),
    },
    {
      name: 'a residual judged acceptable beside a planned action is what the action aims at, not an acceptance',
      kind: 'markdown',
      text: '# Clinic Risk Register\n\n## Risks\n\n| # | Threat | Mitigation | Residual | Owner | Due |\n|---|---|---|---|---|---|\n| 1 | Stolen laptop | Encrypt the laptop disks | acceptable | IT | 2027-01-31 |\n',
    },
  ],
  invalid: [
    {
      name: 'a table row accepted by its residual in a register nobody approved',
      kind: 'markdown',
      text: acceptedRow('- Next review: 2027-03-15\n'),
      findings: [{ messageId: 'incomplete', line: 7, text: '| 1 | Stolen laptop | Disk encryption | acceptable for one laptop | Office Manager | active |' }],
    },
    {
      name: 'accept with no acceptance block',
      kind: 'yaml',
      text: yamlPlan('  - id: R-007\n    priority: medium\n    treatment: accept\n'),
      findings: [{ messageId: 'incomplete', line: 13, text: '- id: R-007' }],
    },
    {
      name: 'Markdown acceptance without rationale',
      kind: 'markdown',
      text: mdPlan('### R-015: Windows 7 PC\n- **Priority:** Medium\n- **Treatment:** Accepted\n- **Approved by:** Dr. Ferrante\n- **Approved on:** 2026-02-27\n- **Compensating controls:** Offline\n- **Review by:** 2026-12-31\n'),
      findings: [{ messageId: 'incomplete', line: 16, text: '### R-015: Windows 7 PC' }],
    },
  ],
});
