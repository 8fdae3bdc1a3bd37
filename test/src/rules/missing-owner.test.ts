import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

// Markdown body lines start at line 16 of mdPlan(); YAML risk lines at line 13 of yamlPlan().
ruleTests('missing-owner', {
  valid: [
    { name: 'heading risk with an owner', kind: 'markdown', text: mdPlan('## This week\n\n### R-001: No MFA\n- **Action:** Enable MFA on all EHR accounts\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n') },
    { name: 'table row with an owner', kind: 'markdown', text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Execute a BAA with ClearBill | Practice Manager | 2026-07-01 |\n') },
    { name: 'YAML single action with owner', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-07-01\n') },
    { name: 'accepted risk needs no action or owner', kind: 'yaml', text: yamlPlan('  - id: R-007\n    treatment: accept\n') },
  ],
  invalid: [
    {
      name: 'heading risk without owner: on the heading line',
      kind: 'markdown',
      text: mdPlan('## This week\n\n### R-001: No MFA\n- **Action:** Enable MFA on all EHR accounts\n- **Due:** 2026-07-01\n'),
      findings: [{ messageId: 'missing', line: 18, text: '### R-001: No MFA' }],
    },
    {
      name: 'placeholder owner TBD: on the value',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA on all EHR accounts\n- **Owner:** TBD\n- **Due:** 2026-07-01\n'),
      findings: [{ messageId: 'placeholder', line: 18, text: 'TBD' }],
    },
    {
      name: 'a template\'s blank for a role holder\'s name: the role it waits for is said',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA on all EHR accounts\n- **Owner:** [System Administrator Name]\n- **Due:** 2026-07-01\n'),
      findings: [{ messageId: 'unnamed', line: 18, text: '[System Administrator Name]', message: /leaves the System Administrator's name to fill in/ }],
    },
    {
      name: 'a role whose holder is still to be named (`Security Officer TBD`)',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Execute a BAA with ClearBill | Security Officer TBD | 2026-07-01 |\n'),
      findings: [{ messageId: 'unnamed', line: 18, text: 'Security Officer TBD' }],
    },
    {
      name: 'an owner still to be named in Spanish (`PENDIENTE: asignar`)',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Cifrar la base de datos | PENDIENTE: asignar | 2026-07-01 |\n'),
      findings: [{ messageId: 'placeholder', line: 18, text: 'PENDIENTE: asignar' }],
    },
    {
      name: 'a single letter, a role code with no key, as owner',
      kind: 'markdown',
      text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA on all EHR accounts\n- **Owner:** B\n- **Due:** 2026-07-01\n'),
      findings: [{ messageId: 'placeholder', line: 18, text: 'B' }],
    },
    {
      name: 'table row with ? as owner',
      kind: 'markdown',
      text: mdPlan('| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-1 | Execute a BAA with ClearBill | ? | 2026-07-01 |\n'),
      findings: [{ messageId: 'placeholder', line: 18, text: '?' }],
    },
    {
      name: 'YAML empty owner string',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    owner: ""\n    due: 2026-07-01\n'),
      findings: [{ messageId: 'empty', line: 15, text: '""' }],
    },
    {
      name: 'YAML assignedTo is not owner: missing, on the item line',
      kind: 'yaml',
      text: yamlPlan('  - id: R-001\n    actions:\n      - action: Enable MFA\n        assignedTo: Office Manager\n        due: 2026-07-01\n'),
      findings: [{ messageId: 'missing', line: 15, text: '- action: Enable MFA' }],
    },
  ],
});
