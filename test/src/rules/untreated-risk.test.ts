import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

/** A register in Markdown table form: RA-01 high, RA-02 critical, RA-03 medium, RA-04 high but accepted. */
const MD_REGISTER = {
  fileName: 'risk-register.md',
  text: `# Risk Register

| ID | Risk | Likelihood | Impact | Risk rating | Treatment |
|----|------|------------|--------|-------------|-----------|
| RA-01 | Shared logins | High | High | High | Mitigate |
| RA-02 | No backups offsite | High | Very high | Critical | Mitigate |
| RA-03 | Old printer firmware | Low | Medium | Medium | Mitigate |
| RA-04 | X-ray PC on Windows 7 | Medium | High | High | Accept |
`,
};

const CSV_REGISTER = { fileName: 'register.csv', text: 'Risk ID,Threat,Likelihood,Impact,Risk Level\r\nRA-01,Shared logins,High,High,High\r\nRA-02,"No backups, offsite",High,Very high,Critical\r\nRA-03,Old printer firmware,Low,Medium,Medium\r\n' };

const YAML_REGISTER = {
  fileName: 'register.rmp.yaml',
  text: `plan:\n  title: Risk register\nrisks:\n  - id: RA-01\n    title: Shared logins\n    priority: high\n  - id: RA-02\n    title: No backups offsite\n    priority: critical\n`,
};

const yamlRisk = (id: string) => `  - id: ${id}\n    title: A risk\n    priority: high\n    actions:\n      - action: Enable MFA\n        owner: Office Manager\n        due: 2026-07-01\n`;
const yamlMeta = (document: string) => `  title: Risk Management Plan\n  riskAnalysis:\n    date: 2026-03-02\n    conductedBy: J. Rivera\n    document: ${document}\n  lastReviewed: 2026-03-15\n`;

const headingRisk = (id: string) => `### ${id}: A risk\n- **Priority:** High\n- **Action:** Enable MFA\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n`;
const fieldList = (ra: string, body: string) => `# Harbor Clinic — Risk Management Plan\n\n- **Owner:** Gregory Walsh\n- **Risk analysis:** ${ra}\n- **Last reviewed:** 2026-04-28\n\n${body}`;
const table = (rows: string) => `| ID | Risk | Priority | Action | Owner | Due |\n|----|------|----------|--------|-------|-----|\n${rows}`;

ruleTests('untreated-risk', {
  valid: [
    { name: 'every high and critical risk has an entry; medium and accepted ones need none', kind: 'yaml', text: yamlPlan(yamlRisk('RA-01') + yamlRisk('ra-02'), yamlMeta('risk-register.md')), analysis: MD_REGISTER },
    { name: 'no analysis document read: silent', kind: 'yaml', text: yamlPlan(yamlRisk('RA-09'), yamlMeta('risk-register.md')) },
    { name: 'no document named: silent', kind: 'yaml', text: yamlPlan(yamlRisk('RA-09')), analysis: MD_REGISTER },
    { name: 'a CSV register, all treated', kind: 'markdown', text: fieldList('2026-03-02, J. Rivera, [register](register.csv)', headingRisk('RA-01') + '\n' + headingRisk('RA-02')), analysis: CSV_REGISTER },
    { name: 'threshold critical: a high risk may wait', kind: 'yaml', text: yamlPlan(yamlRisk('RA-02'), yamlMeta('register.rmp.yaml')), analysis: YAML_REGISTER, settings: { untreatedRiskRating: 'critical' } },
  ],
  invalid: [
    {
      name: 'YAML plan: one finding on the document, listing the IDs; the fix appends YAML items before the next top-level key',
      kind: 'yaml',
      text: `${yamlPlan(yamlRisk('RA-03'), yamlMeta('risk-register.md'))}\nnotes: kept last\n`,
      analysis: MD_REGISTER,
      findings: [
        {
          messageId: 'many',
          line: 6,
          text: 'risk-register.md',
          fix: {
            title: 'Add the 2 risks to the plan',
            output: `${yamlPlan(
              yamlRisk('RA-03') +
                '  - id: RA-01\n    title: Shared logins\n    priority: high\n    actions:\n      - action: ""\n  - id: RA-02\n    title: No backups offsite\n    priority: critical\n    actions:\n      - action: ""\n',
              yamlMeta('risk-register.md'),
            )}\nnotes: kept last\n`,
          },
        },
      ],
    },
    {
      name: 'Markdown headings with a linked CSV register: the fix appends a heading risk at the same level',
      kind: 'markdown',
      text: fieldList('2026-03-02, J. Rivera, [register](register.csv)', headingRisk('RA-01')),
      analysis: CSV_REGISTER,
      findings: [
        {
          messageId: 'one',
          line: 4,
          text: 'register.csv',
          fix: {
            title: 'Add RA-02 to the plan',
            output: fieldList('2026-03-02, J. Rivera, [register](register.csv)', `${headingRisk('RA-01')}\n### RA-02: No backups, offsite\n- **Priority:** Critical\n- **Action:** \n`),
          },
        },
      ],
    },
    {
      name: 'Markdown table with a bare path: the fix adds a row with the table\'s columns',
      kind: 'markdown',
      text: fieldList('2026-03-02, J. Rivera (see docs/register.rmp.yaml)', table('| RA-09 | Other | High | Enable MFA | Office Manager | 2026-07-01 |\n')),
      analysis: YAML_REGISTER,
      findings: [
        {
          messageId: 'many',
          line: 4,
          text: 'docs/register.rmp.yaml',
          fix: {
            title: 'Add the 2 risks to the plan',
            output: fieldList(
              '2026-03-02, J. Rivera (see docs/register.rmp.yaml)',
              table('| RA-09 | Other | High | Enable MFA | Office Manager | 2026-07-01 |\n| RA-01 | Shared logins | High |  |  |  |\n| RA-02 | No backups offsite | Critical |  |  |  |\n'),
            ),
          },
        },
      ],
    },
    {
      name: 'front matter document, threshold medium',
      kind: 'markdown',
      text: mdPlan(headingRisk('RA-01') + '\n' + headingRisk('RA-02'), { riskAnalysis: '\n  date: 2026-03-02\n  conductedBy: J. Rivera\n  document: risk-register.md' }),
      analysis: MD_REGISTER,
      settings: { untreatedRiskRating: 'medium' },
      findings: [{ messageId: 'one', line: 8, text: 'risk-register.md' }],
    },
  ],
});
