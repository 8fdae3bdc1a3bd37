// Issue 12, session 35: what the blind audits of sets 87 to 89 (held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

// A security review's phased tracker flags late items in the status cell, and signs off with a table
// whose names are still `(Pending)` beside the review's own date.
const REVIEW = [
  '# Security Review Remediation Plan',
  '',
  '**Last Updated:** 2026-02-15',
  '',
  '## Remediation Plan',
  '',
  '| Item # | Finding ID | Finding Description | Severity | Remediation Plan | Owner | Target Date | Status |',
  '|---|---|---|---|---|---|---|---|',
  '| 1 | F-01 | Open redirect in the OAuth callback | Critical | Validate redirect_uri against an allowlist | Dev Lead | 2026-02-13 | **OVERDUE** — IN PROGRESS |',
  '| 2 | F-02 | No rate limiting on the API | High | Add rate limits to every API endpoint | Dev Lead | 2026-02-25 | NOT STARTED |',
  '',
  '## Sign-Off',
  '',
  '| Name | Role | Result | Date |',
  '|---|---|---|---|',
  '| (Pending) | Security Lead | FAIL (conditional) | 2026-02-11 |',
  '| (Pending) | CTO | | |',
  '',
].join('\n');

describe('a phased tracker flagging late items, signed off by nobody yet (set 87)', () => {
  it('reads the status after the overdue flag', () => {
    const plan = parsePlan(REVIEW, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => a.status?.value)]), [
      ['F-01', ['**OVERDUE** — IN PROGRESS']],
      ['F-02', ['NOT STARTED']],
    ]);
    const findings = analyse(REVIEW, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'overdue-action');
    assert.equal(findings.length, 2);
  });

  it('takes no approver from a sign-off row whose name is still (Pending)', () => {
    const plan = parsePlan(REVIEW, 'markdown');
    assert.equal(plan.meta.approvedBy, undefined);
    assert.equal(plan.meta.approvedOn, undefined);
    const approval = analyse(REVIEW, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'missing-approval');
    assert.equal(approval.length, 1);
  });
});
