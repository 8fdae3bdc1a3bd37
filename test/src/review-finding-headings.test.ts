// A code review's findings, one numbered heading each under a section of issues (session 27, set 68's security review of
// a clinic app): a finding closed in its heading (`### 🔴 2. No Encryption at Rest ✅ COMPLETED (2026-01-27)`), and a
// summary that cites findings by number (`#### Issue #7: …` under Quick Wins, Deferred) after they are written out. A
// closed finding is done on its day; a citation is the finding it cites, not a second risk. Fixtures invented.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';

const REVIEW = [
  '# Intake App - Security Review', '',
  '## Critical Issues (MUST FIX)', '',
  '### 🔴 1. Hardcoded Storage Key', '',
  '**Priority:** Critical', '',
  '**Fix:** Move the storage key to the backend and rotate it', '',
  '### 🔴 2. Unencrypted Local Database ✅ COMPLETED (2026-01-27)', '',
  '**Priority:** Critical', '',
  '**Fix:** Open the database with SQLCipher and a key from the keystore', '',
  '### 🟡 3. Audit Log Clock Drift ✅ ADDRESSED', '',
  '**Priority:** Medium', '',
  '**Fix:** Write audit timestamps in UTC from the server clock', '',
  '### 🟡 4. Session Token In Logs', '',
  '**Priority:** High', '',
  '**Fix:** Strip the token from request logging', '',
  '## Summary', '',
  '### Deferred Issues', '',
  '#### Issue #1: Hardcoded Storage Key', '**Status:** Deferred', '**Reason:** Needs the backend first', '',
  '#### Issue #4: Token Logging', '**Time:** 5 minutes', '**Priority:** Low', '',
  '#### Issue #9: Crash Reporting', '**Status:** Deferred', '',
  '',
].join('\n');

describe('a code review\'s numbered findings (session 27)', () => {
  const { plan, findings } = analyse(REVIEW, 'markdown', { today: '2026-12-06' });
  const byTitle = new Map(plan.risks.map((r) => [r.title?.value, r]));

  it('reads a check mark and a done status closing a heading as the finding done, on the day in brackets', () => {
    const encrypted = byTitle.get('Unencrypted Local Database')!;
    assert.deepEqual(encrypted.actions.map((a) => [a.status?.value, a.completed?.value]), [['COMPLETED', '2026-01-27']]);
    const clock = byTitle.get('Audit Log Clock Drift')!;
    assert.deepEqual(clock.actions.map((a) => [a.status?.value, a.completed?.value]), [['ADDRESSED', undefined]]);
    // Done, they are asked for their validation, not an owner or a date.
    const lineOf = (offset: number) => REVIEW.slice(0, offset).split('\n').length;
    const onDone = findings.filter((f) => [encrypted, clock].some((r) => lineOf(r.firstLine.start) === lineOf(f.range.start)));
    assert.deepEqual([...new Set(onDone.map((f) => f.rule))], ['missing-validation']);
  });

  it('takes a summary\'s `Issue #N` heading for the finding numbered N that shares a word of its name, and gives it the status stated there', () => {
    assert.deepEqual(plan.risks.map((r) => r.title?.value), [
      'Hardcoded Storage Key', 'Unencrypted Local Database', 'Audit Log Clock Drift', 'Session Token In Logs', 'Crash Reporting',
    ]);
    assert.equal(byTitle.get('Hardcoded Storage Key')!.actions[0].status?.value, 'Deferred');
    // The finding keeps its own priority; the citation's `Low` does not override it.
    assert.equal(byTitle.get('Session Token In Logs')!.priority?.value, 'High');
  });

  it('keeps an `Issue #N` that cites no numbered finding (no finding 9) as a risk of its own', () => {
    assert.equal(byTitle.get('Crash Reporting')?.id?.value, 'Issue #9');
  });
});
