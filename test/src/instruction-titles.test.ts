// A remediation tracker that names each item by its task (session 26, set 65's HIPAA remediation tracker):
// `### ✅ P1.1: Replace Console.log with Logger` over its status and assignee, no action label. The title is the
// action; a finding titled by what is wrong still plans nothing. Fixtures invented.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';

const tracker = (title: string, extra = '') => [
  '# Clinic Portal Remediation Tracker',
  '',
  '## Priority 1 Items (Complete by: 2027-01-15)',
  '',
  `### P1.1: ${title}`,
  '**Status:** 🔴 NOT STARTED',
  '**Assigned To:** Backend Team',
  extra,
  '',
].join('\n');

const read = (text: string) => {
  const { plan, findings } = analyse(text, 'markdown', { today: '2026-06-15' });
  return { actions: plan.risks.map((r) => r.actions.map((a) => a.action?.value)), rules: findings.map((f) => f.rule) };
};

describe('an item of a tracker titled by its task (session 26)', () => {
  it('takes the title that opens as an instruction as the action of the tracked item', () => {
    const { actions, rules } = read(tracker('Replace console.log calls with the audit logger'));
    assert.deepEqual(actions, [['Replace console.log calls with the audit logger']]);
    assert.ok(!rules.includes('missing-action'), rules.join(', '));
  });

  it('still finds no action for a finding titled by what is wrong', () => {
    const { actions, rules } = read(tracker('Patient emails written to the server log'));
    assert.deepEqual(actions, [[undefined]]);
    assert.ok(rules.includes('missing-action'), rules.join(', '));
  });

  it('keeps an action the item words itself', () => {
    const { actions } = read(tracker('Replace console.log calls with the audit logger', '**Action:** Swap every console.log in src/api for logger.info'));
    assert.deepEqual(actions, [['Swap every console.log in src/api for logger.info']]);
  });
});
