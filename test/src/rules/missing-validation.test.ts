import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('missing-validation', {
  valid: [
    { name: 'done with Validation', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Status:** Done\n- **Validation:** Screenshot of the policy\n') },
    { name: 'a status that says where the evidence is', kind: 'markdown', text: mdPlan('### R-001: No lockout\n- **Action:** Set the account lockout policy\n- **Status:** ✅ IMPLEMENTED — Evidence in screenshots/lockout-policy.png\n') },
    { name: 'done with Evidence', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Status:** Closed\n- **Evidence:** evidence/mfa.pdf\n') },
    { name: 'YAML evidence on the risk', kind: 'yaml', text: yamlPlan('  - id: R-001\n    actions:\n      - action: Enable MFA\n        status: done\n    evidence: [evidence/mfa.pdf]\n') },
    { name: 'open actions need none', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    status: open\n') },
  ],
  invalid: [
    {
      name: 'done heading risk without validation: heading line',
      kind: 'markdown',
      text: mdPlan('### R-002: Former staff access\n- **Action:** Disable the accounts\n- **Status:** Done\n'),
      findings: [{ messageId: 'missing', line: 16, text: '### R-002: Former staff access' }],
    },
    {
      name: 'done row with an empty Verification cell',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Status | Verification |\n|---|---|---|---|\n| R-1 | Change the Wi-Fi password | Done |  |\n'),
      findings: [{ messageId: 'missing', line: 18, text: '| R-1 | Change the Wi-Fi password | Done |  |' }],
    },
    {
      name: 'YAML misspelt validaton key',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    status: done\n    validaton: screenshot\n'),
      findings: [{ messageId: 'missing', line: 13, text: '- id: R-001' }],
    },
  ],
});
