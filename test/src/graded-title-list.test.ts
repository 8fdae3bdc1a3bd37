// An audit that writes out its worst findings in full, then lists the lesser ones as numbered bold titles under a heading that
// grades them (`### 🟡 MEDIUM Priority Issues` over `11. **No rate limiting on login**`), round 36: each title is a finding of
// that grade, with no action yet. Before, the list was not read. A bare bold title elsewhere (a roadmap's) is no finding.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const AUDIT = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'tidewater-audit-graded-list.md'), 'utf8');

describe('numbered bold titles under a heading grading findings (round 36)', () => {
  it('reads each title as a finding of the heading grade', () => {
    const plan = parsePlan(AUDIT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value]), [
      ['Lab results served without a session check', 'CRITICAL'],
      ['Password reset tokens never expire', 'MEDIUM'],
      ['Upload folder accepts any file type', 'MEDIUM'],
      ['Server banner names the framework version', 'LOW'],
    ]);
  });

  it('asks each listed finding for its action', () => {
    const { findings } = analyse(AUDIT, 'markdown', { today: '2026-09-20' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => AUDIT.slice(0, f.range.start).split('\n').length), [17, 18, 22]);
  });

  it('a title with an item nested under it is read as a titled entry, not a bare one', () => {
    const nested = AUDIT.replace('2. **Password reset tokens never expire**\n', '2. **Password reset tokens never expire**\n   - Expire reset tokens after 30 minutes\n');
    const risk = parsePlan(nested, 'markdown').risks.find((r) => r.title?.value === 'Password reset tokens never expire');
    assert.equal(risk?.actions[0].action?.value, 'Expire reset tokens after 30 minutes');
  });
});
