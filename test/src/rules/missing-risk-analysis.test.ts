import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

const risk = '  - id: R-001\n    priority: low\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-07-01\n';
const fieldList = (ra: string) =>
  `# Harbor Clinic — Risk Management Plan\n\n- **Owner:** Gregory Walsh\n${ra}- **Approved by:** Dr. Lee\n- **Approved on:** 2026-03-01\n- **Last reviewed:** 2026-04-28\n- **Next review:** 2027-02-10\n`;

ruleTests('missing-risk-analysis', {
  valid: [
    { name: 'YAML date and conductedBy', kind: 'yaml', text: yamlPlan(risk) },
    { name: 'one Markdown line with both', kind: 'markdown', text: fieldList('- **Risk analysis:** 2026-01-22, conducted by Brightwater Security (T. Nguyen)\n') },
  ],
  invalid: [
    {
      name: 'no reference: line 1',
      kind: 'markdown',
      text: fieldList(''),
      findings: [{ messageId: 'missing', line: 1, text: '# Harbor Clinic — Risk Management Plan' }],
    },
    {
      name: 'only a date: on the field line',
      kind: 'markdown',
      text: fieldList('- **Risk analysis:** 2026-01-15\n'),
      findings: [{ messageId: 'noConductor', line: 4, text: '2026-01-15' }],
    },
    {
      name: 'named only in the plan\'s list of related documents: on the document\'s name (set 66, a CMMC POA&M)',
      kind: 'markdown',
      text: `${fieldList('')}\n## 6. Related Documents\n\n- POA&M Process Procedure: \`SOP-231_POAM_Process.md\`\n- Risk Assessment Report: \`RA-404_Risk_Assessment_Report.md\`\n`,
      findings: [{ messageId: 'documentOnly', line: 12, text: '`RA-404_Risk_Assessment_Report.md`' }],
    },
    {
      name: 'a mention of the risk assessment in the body references nothing',
      kind: 'markdown',
      text: `${fieldList('')}\n## Notes\n\n- Risk Assessment Report: see the shared drive\n`,
      findings: [{ messageId: 'missing', line: 1, text: '# Harbor Clinic — Risk Management Plan' }],
    },
    {
      name: 'front matter with only conductedBy',
      kind: 'markdown',
      text: mdPlan('', { riskAnalysis: '\n  conductedBy: J. Rivera' }),
      findings: [{ messageId: 'noDate', line: 6, text: 'J. Rivera' }],
    },
  ],
});
