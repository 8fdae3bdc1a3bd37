import { mdPlan, ruleTests, yamlPlan } from '../rule-tester';

ruleTests('missing-validation', {
  valid: [
    { name: 'done with Validation', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Status:** Done\n- **Validation:** Screenshot of the policy\n') },
    { name: 'a status that says where the evidence is', kind: 'markdown', text: mdPlan('### R-001: No lockout\n- **Action:** Set the account lockout policy\n- **Status:** ✅ IMPLEMENTED — Evidence in screenshots/lockout-policy.png\n') },
    { name: 'done with Evidence', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n- **Status:** Closed\n- **Evidence:** evidence/mfa.pdf\n') },
    { name: 'YAML evidence on the risk', kind: 'yaml', text: yamlPlan('  - id: R-001\n    actions:\n      - action: Enable MFA\n        status: done\n    evidence: [evidence/mfa.pdf]\n') },
    { name: 'a status note naming the record that shows it', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Stale exports | Purge exports older than 30 days nightly | Mitigated — purge job report shows 0 stale files |\n') },
    { name: 'an action that carries its own check', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Edited audit log | Hash-chain the audit log; `audit --verify` runs in CI | Mitigated |\n') },
    { name: 'a done step that verifies the others', kind: 'markdown', text: mdPlan('### R-001: Unpatched servers\n**Actions:**\n- Patch the database server\n  - Status: Done\n- Re-scan both servers and verify the CVEs are gone\n  - Status: Done\n') },
    // A done fix that links the change that made it (reader round 9).
    { name: 'an action linking its pull request', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Cookie lacks Secure | Set Secure on the session cookie (https://github.com/acme/portal/pull/12) | Done |\n') },
    { name: 'an action naming its PR', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | No rate limit | Add a rate limit to the login API, PR #14 | Fixed |\n') },
    { name: 'a status note giving the check\'s result (proven, passed, measured)', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Missed backups | Add the scheduling database to the nightly job | Closed — restore test passed 2026-10-14 |\n| R-2 | Open port | Close port 3389 on the firewall | Closed — both rules measured enabled |\n| R-3 | Partial manifest | Check the manifest per file | Closed — both directions proven (#58) |\n') },
    { name: 'a status naming its commit', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Debug endpoint | Remove the debug endpoint | Done in commit 3f9a2c1d |\n') },
    { name: 'a status naming a GitLab merge request', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Verbose errors | Hide stack traces from the API | Done (!7) |\n') },
    { name: 'a commit URL', kind: 'markdown', text: mdPlan('### R-001: Debug endpoint\n- **Action:** Remove the debug endpoint, https://gitlab.com/acme/api/-/commit/3f9a2c1d77\n- **Status:** Done\n') },
    { name: 'a title naming the fix\'s PR', kind: 'markdown', text: mdPlan('### R-001: Debug endpoint exposed (fixed in PR #41)\n- **Action:** Remove the debug endpoint\n- **Status:** Done\n') },
    { name: 'a PR label', kind: 'markdown', text: mdPlan('### R-001: Debug endpoint\n- **Action:** Remove the debug endpoint\n- **Status:** Done\n- **PR:** https://github.com/acme/api/pull/41\n') },
    { name: 'a YAML commit key', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Remove the debug endpoint\n    status: done\n    commit: 3f9a2c1d\n') },
    { name: 'a done action naming the file it delivered (a path with a folder)', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | No contingency plan | Documented: `compliance/CONTINGENCY_PLAN.md` | Closed |\n| R-2 | No BAA template | Create BAA template (/legal/BAA_TEMPLATE.md) | Done |\n') },
    // Round 41: a tracker's status naming the migration that applied the fix, or the tests that now check it.
    { name: 'a status naming a timestamped migration, or the tests updated', kind: 'markdown', text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Intake RPC skips the role check | Enforce the role check in the intake RPC | Completed (`20270114093000_intake_role_check.sql`) |\n| R-2 | Clerk sees billing totals | Limit billing totals to managers | Completed (manager-only contract enforced + tests updated) |\n') },
    { name: 'open actions need none', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Enable MFA\n    status: open\n') },
    // Session 35 (set 90): no action written, the status saying the risk stands controlled by the controls it lists.
    { name: 'a risk controlled by its listed controls, no action written', kind: 'markdown', text: mdPlan('### R-001: PHI exposure via the API\n- **Existing Controls:** API key authentication, rate limiting\n- **Mitigation Status:** Controlled -- upstream findings remediated\n- **Owner:** Security officer\n') },
  ],
  invalid: [
    {
      name: 'a control ID that only looks like a PR, and a short hex word',
      kind: 'markdown',
      text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | CSP missing | Add a CSP header per PR.AC-1, commit to it by Friday | Done |\n'),
      findings: [{ messageId: 'missing', line: 18, text: '| R-1 | CSP missing | Add a CSP header per PR.AC-1, commit to it by Friday | Done |' }],
    },
    {
      name: 'a status note that names no record',
      kind: 'markdown',
      text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | Stale exports | Purge exports older than 30 days nightly | Mitigated — purge job added |\n'),
      findings: [{ messageId: 'missing', line: 18, text: '| R-1 | Stale exports | Purge exports older than 30 days nightly | Mitigated — purge job added |' }],
    },
    {
      name: 'a bare file name or a web address is no path to a delivered file',
      kind: 'markdown',
      text: mdPlan('| ID | Risk | Action | Status |\n|---|---|---|---|\n| R-1 | No policy | Write policy.md | Done |\n| R-2 | No runbook | Publish https://wiki.example.org/ops/runbook.html | Done |\n'),
      findings: [
        { messageId: 'missing', line: 18, text: '| R-1 | No policy | Write policy.md | Done |' },
        { messageId: 'missing', line: 19, text: '| R-2 | No runbook | Publish https://wiki.example.org/ops/runbook.html | Done |' },
      ],
    },
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
