import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('no-risks-read', {
  valid: [
    { name: 'a plan with a risk heading', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n') },
    { name: 'a YAML plan with a risk', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n') },
    { name: 'YAML that does not parse has its syntax finding instead', kind: 'yaml', text: 'plan:\n  title: [unclosed\nrisks: []\n' },
  ],
  invalid: [
    {
      name: 'risks written only as prose: on line 1, saying how risks are written',
      kind: 'markdown',
      text: mdPlan('Our analysis found a shared login and untested backups. We will address them this year.\n'),
      findings: [{ messageId: 'markdown', line: 1, text: '---' }],
    },
    {
      name: 'an empty register that says so: on its statement, quoting it',
      kind: 'markdown',
      text: mdPlan('## Open findings\n\nCurrently, there are no open audit findings.\n'),
      findings: [{ messageId: 'statedNone', line: 18, text: 'Currently, there are no open audit findings' }],
    },
    {
      name: 'a YAML plan with an empty risks list',
      kind: 'yaml',
      text: yamlPlan('').replace('risks:\n', 'risks: []\n'),
      findings: [{ messageId: 'yaml', line: 1, text: 'plan:' }],
    },
    {
      name: 'an OSCAL POA&M with neither risks nor items',
      kind: 'json',
      text: '{ "plan-of-action-and-milestones": { "uuid": "1", "metadata": { "title": "POA&M" } } }\n',
      findings: [{ messageId: 'json', line: 1, text: '{ "plan-of-action-and-milestones": { "uuid": "1", "metadata": { "title": "POA&M" } } }' }],
    },
  ],
});
