import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

// mdPlan's body starts on line 16.
const READ = '### R-001: No MFA on the EHR\n- **Action:** Enable MFA for all EHR accounts\n- **Owner:** Dana Whitfield\n- **Due:** 2027-01-31\n\n';

ruleTests('unread-risk', {
  valid: [
    { name: 'every risk-shaped heading was read', kind: 'markdown', text: mdPlan(READ + '### R-002: Shared front-desk login\n- **Action:** Issue named accounts\n') },
    { name: 'a summary table of risks read below (their IDs in the table)', kind: 'markdown', text: mdPlan('| ID | Risk | Status |\n|---|---|---|\n| R-001 | No MFA | Open |\n| R-009 | Paper charts | Met |\n\n' + READ) },
    { name: 'an asset inventory: the first column names assets, not risks', kind: 'markdown', text: mdPlan(READ + '| Asset ID | Asset | Location |\n|---|---|---|\n| DB-01 | PostgreSQL database | Cloud |\n') },
    { name: "a threat model's trust boundaries and entry points: the first column names them, not risks", kind: 'markdown', text: mdPlan(READ + '| Boundary ID | Boundary Name | From Zone | To Zone |\n|---|---|---|---|\n| TB-001 | Internet to web app | Public | DMZ |\n\n| Entry Point ID | Name | Trust Level |\n|---|---|---|\n| EP-001 | Patient portal login | Unauthenticated |\n') },
    { name: 'a residual row whose description is struck through: it no longer stands', kind: 'markdown', text: mdPlan(READ + '| Risk ID | Residual Risk | Accepted By | Justification |\n|---|---|---|---|\n| RR-001 | ~~Until the WAF is deployed the API faces the internet~~ | N/A | **MITIGATED** (WAF deployed) |\n') },
    { name: 'a table of attack techniques: the first column names techniques, not risks', kind: 'markdown', text: mdPlan(READ + '| Technique | Name | Relevance |\n|---|---|---|\n| T1566 | Phishing | Staff open invoice attachments |\n') },
    { name: 'controls, standards, versions and periods are not risk IDs', kind: 'markdown', text: mdPlan(READ + '- AC-2 Account management reviewed\n- CVE-2024-3094 patched on all hosts\n- SHA-256 hashes for backups\n- Q1 2027 budget request\n- SMBv1 disabled on the file server\n- CC6.1 logical access evidence\n') },
    { name: 'one letter and one digit (a priority, a phase) is not a risk ID', kind: 'markdown', text: mdPlan(READ + '## P1 items\n- R1 follow up with the vendor\n') },
    { name: 'the title heading is the document\'s, not a risk\'s', kind: 'markdown', text: mdPlan('# REC-028 Corrective Action Plan\n\n' + READ) },
    { name: 'an ID the read risk\'s row names (a non-conformity its action treats)', kind: 'markdown', text: mdPlan('| NC ID | Finding |\n|---|---|\n| NC-04 | Access reviews not kept |\n\n| Action ID | NC | Action | Owner | Due |\n|---|---|---|---|---|\n| CA-01 | NC-04 | Keep signed access review records | Dana | 2027-01-31 |\n') },
    { name: 'examples in a code block and in an HTML comment', kind: 'markdown', text: mdPlan(READ + '```\n### R-009: Example risk\n```\n<!--\n| R-010 | Example | x |\n-->\n') },
    { name: 'a list item that is only an ID (a reference, not a risk)', kind: 'markdown', text: mdPlan(READ + 'Related:\n- R-007\n') },
    { name: 'list items that start with a bare ID: attachments, tickets, related documents', kind: 'markdown', text: mdPlan(READ + 'Attachments:\n- CHG-2026-0892 Firewall change request\n- INC-4411 Incident report for the lost laptop\n') },
    { name: "a template's row of placeholders and menus of values to pick from ('Low / Medium / High / Critical')", kind: 'markdown', text: mdPlan(READ + '| Risk ID | Risk Description | Category | Level | Owner | Status |\n|---|---|---|---|---|---|\n| RSK-001 | [Describe the risk] | Technical / Operational / Compliance | Low / Medium / High / Critical | [Name] | Open / Mitigating / Accepted / Closed |\n') },
    // (Read since session 20: the word, then the ID, names the finding; the mark is its status.)
    { name: 'a heading with a status mark and a lead word before the ID is read', kind: 'markdown', text: mdPlan(READ + '## ✅ Finding VULN-003 — Open redirect on the portal\nFixed in release 4.2.\n') },
    { name: 'YAML plans are read by keys, not by shape', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n') },
  ],
  invalid: [
    {
      name: 'with no risk read at all (a register with Turkish headers), the finding says the plan\'s shape is not read (there are no other risks to write it like)',
      kind: 'markdown',
      text: mdPlan('## Kayitlar\n\n| Kimlik | Aciklama | Sorumlu |\n|---|---|---|\n| RSK-01 | Dizustu bilgisayar hirsizligi | BT ekibi |\n'),
      findings: [{ messageId: 'unreadNoneRead', line: 20, text: 'RSK-01' }],
    },
    {
      // (With a Justification column the table is read: each row a risk accepted with why, round 40.)
      name: 'a table of residual risks the reader did not read, once per ID, at the ID',
      kind: 'markdown',
      text: mdPlan(READ + '## Residual risks\n\n| Risk | Description | Residual | Note |\n|---|---|---|---|\n| R-7 | Vendor breach | Low | BAA in place |\n| R-8 | Ransomware | Low | Backups tested |\n\nR-7 again: see above.\n'),
      findings: [
        { messageId: 'unread', line: 25, text: 'R-7' },
        { messageId: 'unread', line: 26, text: 'R-8' },
      ],
    },
    {
      name: 'a checklist item and a numbered item that name a finding or risk by its ID',
      kind: 'markdown',
      text: mdPlan(READ + '- [ ] **Finding SA-004**: Rotate the API keys in the billing integration\n1. Risk GAP-12: Media disposal log not kept\n'),
      findings: [
        { messageId: 'unread', line: 21, text: 'SA-004' },
        { messageId: 'unread', line: 22, text: 'GAP-12' },
      ],
    },
    {
      name: 'IDs compared without case and leading zeros: risk r-01 is R-001, RK12 is a new one',
      kind: 'markdown',
      text: mdPlan(READ + '### r-01 No MFA (again)\n\n### RK12 Laptop theft at the satellite clinic\n'),
      findings: [{ messageId: 'unread', line: 23, text: 'RK12' }],
    },
  ],
});
