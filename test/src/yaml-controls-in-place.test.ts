// A YAML register that rates each risk after its controls (`controls:` beside `residual_risk:`) and writes no due date,
// status or owner (round 36): its controls are those in place, asked for evidence, not for a due date and an owner each.
// A control written as work to do, or a risk with no residual rating, stays planned. Tables: controls-in-place.test.ts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REGISTER = readFileSync(join(__dirname, '..', 'fixtures', 'yaml', 'quillmark-controls-register.yaml'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('controls in place in a YAML register rated after its controls (round 36)', () => {
  it('reads a control beside a residual rating as in place; work to do, or no residual, as planned', () => {
    const plan = parsePlan(REGISTER, 'yaml');
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => a.status?.value)), [['in place', 'in place'], ['in place', undefined], [undefined]]);
  });

  it('asks the controls in place for evidence, and the planned ones for their due date and owner', () => {
    const { findings } = analyse(REGISTER, 'yaml', { today: '2026-12-05' });
    const rows = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => lineOf(REGISTER, f.range.start));
    assert.deepEqual(rows('missing-due-date'), [20, 28]);
    assert.deepEqual(rows('missing-owner'), [20, 28]);
    assert.deepEqual(rows('missing-validation'), [10, 19]);
  });

  it('a risk with a status or a due date tracks its work: its controls are not read in place', () => {
    const tracked = REGISTER.replace('    residual_risk: low\n  - id: QM-02', '    residual_risk: low\n    status: open\n  - id: QM-02');
    assert.equal(parsePlan(tracked, 'yaml').risks[0].actions.some((a) => a.status?.value === 'in place'), false);
    const planned = REGISTER.replace('    controls:\n      - Signed', '    planned_controls:\n      - Signed');
    assert.equal(parsePlan(planned, 'yaml').risks[0].actions.some((a) => a.status?.value === 'in place'), false);
  });
});
