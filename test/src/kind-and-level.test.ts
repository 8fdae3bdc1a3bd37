// A register that sorts each risk into a kind and rates it in the same cell (`| Nature |` holding `Privacy — Critical`), round 38:
// with no column rating the risk, the level after the kind is its priority. Before, every row of such a register had no
// priority (missing-priority on each, though the level was written beside it).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REGISTER = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'fernbrook-kind-level-register.md'), 'utf8');

describe('a column of kinds each with its level (round 38)', () => {
  it('reads the level after the kind as the priority, placed on the level', () => {
    const plan = parsePlan(REGISTER, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value]), [
      ['FR-1', 'Critical'],
      ['FR-2', 'High'],
      ['FR-3', 'Medium'],
      ['FR-4', 'Low'],
    ]);
    const first = plan.risks[0].priority!;
    assert.equal(REGISTER.slice(first.valueRange.start, first.valueRange.end), 'Critical');
  });

  it('raises no missing-priority on such a register', () => {
    const { findings } = analyse(REGISTER, 'markdown', { today: '2026-09-20' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-priority'), []);
  });

  it('reads no level from a column where a cell names a kind alone', () => {
    const plan = parsePlan(REGISTER.replace('Contractual — High', 'Contractual'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.priority?.value), [undefined, undefined, undefined, undefined]);
  });

  it('keeps a column that names the priority over the kinds and levels', () => {
    const rated = REGISTER.replace('| Basis |', '| Priority |').replace('Policy 4.2', 'Low').replace('Card network rules', 'Low').replace('Policy 2.1', 'Low').replace('Site walk', 'Low');
    assert.deepEqual(parsePlan(rated, 'markdown').risks.map((r) => r.priority?.value), ['Low', 'Low', 'Low', 'Low']);
  });
});
