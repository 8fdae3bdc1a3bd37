// A program's risk register writes each risk as a block of bold labels: its causes, its `**Current Controls**:` and then its
// `**Additional Mitigation**:` (or `**Additional Mitigation Strategies**:`) over a list of measures planned beyond them (round 40).
// Before, the label was not known: every risk was read with no action, its planned list unread. The list is now its actions.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REGISTER = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'yarrow-program-risk-blocks.md'), 'utf8');

describe("a risk block's additional mitigation list (round 40)", () => {
  it('reads the list as the actions, the current controls as what is in place', () => {
    const [risk] = parsePlan(REGISTER, 'markdown').risks;
    assert.equal(risk.id?.value, 'YD-01');
    assert.deepEqual(risk.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value]), [
      ['Pair each new mentor with a senior mentor for their first term', 'Mentoring Coordinator', '2026-06-30'],
      ['Publish a mentor handover checklist on the shared drive', 'Mentoring Coordinator', '2026-06-30'],
    ]);
    assert.match(risk.acceptance.compensatingControls?.value ?? '', /Mentor induction day/);
  });

  it('asks for no action', () => {
    const { findings } = analyse(REGISTER, 'markdown', { today: '2026-04-01' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action'), []);
  });
});
