import { ruleTests, yamlPlan } from '../rule-tester';

const REGISTER = { fileName: 'register.csv', text: 'ID,Risk,Rating\nRA-01,Shared logins,High\nRA-02,No backups,Low\n' };
const yamlRisk = (id: string) => `  - id: ${id}\n    title: A risk\n    priority: high\n    actions:\n      - action: Enable MFA\n        owner: Office Manager\n        due: 2026-07-01\n`;
const meta = `  title: Risk Management Plan\n  riskAnalysis:\n    date: 2026-03-02\n    conductedBy: J. Rivera\n    document: register.csv\n`;
const mdPlan = (ids: string[]) =>
  `# Harbor Clinic — Risk Management Plan\n\n- **Risk analysis:** 2026-03-02, J. Rivera, [the register](register.csv)\n\n${ids.map((id) => `### ${id}: A risk\n- **Action:** Enable MFA\n`).join('\n')}`;

ruleTests('unknown-risk', {
  valid: [
    { name: 'every plan risk is in the analysis (case aside)', kind: 'yaml', text: yamlPlan(yamlRisk('RA-01') + yamlRisk('ra-02'), meta), analysis: REGISTER },
    { name: 'no analysis read: silent', kind: 'yaml', text: yamlPlan(yamlRisk('RA-07'), meta) },
    { name: 'an analysis with no IDs read: silent', kind: 'yaml', text: yamlPlan(yamlRisk('RA-07'), meta), analysis: { fileName: 'register.csv', text: 'Name,Rating\nx,High\n' } },
  ],
  invalid: [
    { name: 'YAML: on the unknown ID', kind: 'yaml', text: yamlPlan(yamlRisk('RA-01') + yamlRisk('RA-7'), meta), analysis: REGISTER, findings: [{ messageId: 'unknown', line: 15, text: 'RA-7' }] },
    { name: 'Markdown headings', kind: 'markdown', text: mdPlan(['RA-01', 'RA-03']), analysis: REGISTER, findings: [{ messageId: 'unknown', line: 8, text: 'RA-03' }] },
  ],
});
