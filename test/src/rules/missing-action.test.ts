import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('missing-action', {
  valid: [
    { name: 'a heading risk with an Action', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA on the EHR portal\n') },
    { name: 'an accepted risk needs none', kind: 'markdown', text: mdPlan('### R-001: Paper charts\n- **Treatment:** Accept\n- **Rationale:** Locked room\n') },
    { name: 'a table row with an Action cell', kind: 'markdown', text: mdPlan('| ID | Risk | Action |\n|---|---|---|\n| R-1 | Shared login | Issue named accounts |\n') },
    { name: 'a YAML risk with an actions list', kind: 'yaml', text: yamlPlan('  - id: R-001\n    actions:\n      - action: Enable MFA\n') },
    { name: 'a risk rated acceptable as it stands, its controls in place', kind: 'markdown', text: mdPlan('### Risk 1: Database access\n**Current Mitigations:**\n- ✅ Private subnet only\n\n**Residual Risk:** Low\n\n**Status:** ✅ ACCEPTABLE\n') },
    { name: 'a YAML accepted risk', kind: 'yaml', text: yamlPlan('  - id: R-001\n    treatment: accept\n') },
  ],
  invalid: [
    {
      name: 'a heading risk with no action: on its heading line',
      kind: 'markdown',
      text: mdPlan('### R-002: Phone without passcode\n- **Priority:** High\n- **Treatment:** Mitigate\n'),
      findings: [{ messageId: 'missing', line: 16, text: '### R-002: Phone without passcode' }],
    },
    {
      name: 'a table row whose Action cell is empty',
      kind: 'markdown',
      text: mdPlan('| ID | Risk | Action | Owner |\n|---|---|---|---|\n| R-1 | Shared login |  | Kim |\n'),
      findings: [{ messageId: 'missing', line: 18, text: '| R-1 | Shared login |  | Kim |' }],
    },
    {
      name: 'a roadmap whose entries name no risk: its action is not keyed to it (a roadmap entry naming the risk keys it)',
      kind: 'markdown',
      text: mdPlan('| ID | Risk | Severity |\n|---|---|---|\n| R-1 | Shared login | High |\n| R-2 | Old laptops | Low |\n\n## Remediation Roadmap\n\n- Issue named accounts (R-1)\n- Replace the laptops\n'),
      findings: [
        { messageId: 'unkeyed', line: 18, text: '| R-1 | Shared login | High |' },
        { messageId: 'unkeyed', line: 19, text: '| R-2 | Old laptops | Low |' },
      ],
    },
    {
      name: 'a roadmap whose every entry names its risk: the risks still have no action of their own',
      kind: 'markdown',
      text: mdPlan('| ID | Risk | Severity |\n|---|---|---|\n| R-1 | Shared login | High |\n\n## Remediation Roadmap\n\n- Issue named accounts (R-1)\n'),
      findings: [{ messageId: 'missing', line: 18, text: '| R-1 | Shared login | High |' }],
    },
    {
      name: 'a YAML risk with only an id and title',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    title: Shared login\n'),
      findings: [{ messageId: 'missing', line: 13, text: '- id: R-001' }],
    },
  ],
});
