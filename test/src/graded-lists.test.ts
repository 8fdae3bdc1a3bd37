// A tracker that writes its items out with no priority and lists some of them by ID under a heading that grades what it
// lists (`### High Risk Items` over `- [ ] T-007 (messaging) - …`), round 39: the listed items take that grade.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const TRACKER = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'marten-tracker-risk-list.md'), 'utf8');

describe('items graded by a list that names them by ID (round 39)', () => {
  it('gives the items listed under a grading heading its grade; one listed under another heading keeps none', () => {
    const plan = parsePlan(TRACKER, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value]), [
      ['T-004', undefined],
      ['T-007', 'High'],
      ['T-009', 'High'],
    ]);
  });

  it('asks only the ungraded item for its priority', () => {
    const { findings } = analyse(TRACKER, 'markdown', { today: '2026-03-05' });
    const line = (f: { range: { start: number } }) => TRACKER.slice(0, f.range.start).split('\n').length;
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-priority').map(line), [7]);
  });

  it('keeps a priority an item gives itself, and reads no grade from a heading that names no findings', () => {
    const own = parsePlan(TRACKER.replace('**Status:** Pending\n\n#### T-009', '**Priority:** Medium\n**Status:** Pending\n\n#### T-009'), 'markdown');
    assert.equal(own.risks.find((r) => r.id?.value === 'T-007')?.priority?.value, 'Medium');
    const notFindings = parsePlan(TRACKER.replace('### High Risk Items', '### High Availability Notes'), 'markdown');
    assert.deepEqual(notFindings.risks.map((r) => r.priority?.value), [undefined, undefined, undefined]);
  });
});
