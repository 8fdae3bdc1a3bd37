// A threat matrix that lists each risk's existing controls and rates what is left (`| Existing Controls | Residual Risk |`
// with `Low — …`), round 38: a risk that plans nothing and whose controls leave it low is treated by them (in place, the
// residual rating judging them enough). Before, each such row had missing-action. A residual above low still asks for an
// action; controls written as work to do (`Will add …`) are that action (session 23).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const MATRIX = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'quillmate-threat-matrix.md'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('a risk treated by its existing controls (round 38)', () => {
  it('reads the existing controls of a row with a low residual as its measure in place', () => {
    const plan = parsePlan(MATRIX, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].status?.value ?? null]), [
      ['Q-01', 'in place'],
      ['Q-02', null],
      ['Q-03', null],
      ['Q-04', 'in place'],
    ]);
    assert.equal(plan.risks[0].actions[0].validation?.value, 'Low — keys expire before reuse is likely');
  });

  it('asks an action only of the risks left above low; controls still to come are the action, asked for an owner and a date', () => {
    const { findings } = analyse(MATRIX, 'markdown', { today: '2026-09-20' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => lineOf(MATRIX, f.range.start)), [11]);
    // Q-03's `Will add watermarking to the portal view` is work planned (plannedInControls): its own action, owned and dated by nobody.
    assert.deepEqual(
      findings.filter((f) => ['missing-validation', 'missing-owner', 'missing-due-date'].includes(f.rule)).map((f) => [f.rule, lineOf(MATRIX, f.range.start)]),
      [['missing-due-date', 12], ['missing-owner', 12]],
    );
  });

  it('keeps a row with a status of its own as the register writes it', () => {
    const tracked = MATRIX.replace('| Existing Controls | Residual Risk |\n|---|---|---|---|---|---|', '| Existing Controls | Residual Risk | Status |\n|---|---|---|---|---|---|---|').replace('| Low — keys expire before reuse is likely |', '| Low — keys expire before reuse is likely | Open |');
    assert.equal(parsePlan(tracked, 'markdown').risks[0].actions[0].status?.value, 'Open');
  });
});
