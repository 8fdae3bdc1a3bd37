// A register that rates each risk after its mitigation, with no due date or status column (ISO 14971's `| Mitigation |
// Post-L | Residual | Owner |`), round 35: a mitigation written in the present is a control in place, assessed by the
// residual rating; it needs evidence, not a due date. One written as work to do keeps asking for its date.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';
import { saysPlannedWork } from '../../server/out/model/vocabulary';

const REGISTER = readFileSync(join(__dirname, '..', 'fixtures', 'detect', 'larkspur-device-risk-register.plan.md'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('controls in place in a register rated after mitigation (round 35)', () => {
  it('reads a present-tense mitigation with its residual rated as in place; an instruction, a future, or no residual as planned', () => {
    const plan = parsePlan(REGISTER, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].status?.value), ['in place', 'in place', undefined, undefined, undefined]);
  });

  it('asks the controls in place for evidence and the planned work for its due date', () => {
    const { findings } = analyse(REGISTER, 'markdown', { today: '2026-12-05' });
    const rows = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => lineOf(REGISTER, f.range.start));
    assert.deepEqual(rows('missing-validation'), [20, 21]);
    assert.deepEqual(rows('missing-due-date'), [22, 23, 24]);
  });

  it('a table with a due date or status column tracks work: its rows are not read in place', () => {
    const tracked = REGISTER.replace('| Residual | Owner |', '| Residual | Owner | Status |').replace('|---|---|---|---|---|---|---|---|', '|---|---|---|---|---|---|---|---|---|');
    assert.equal(parsePlan(tracked, 'markdown').risks.some((r) => r.actions[0].status?.value === 'in place'), false);
    const planned = REGISTER.replace('| Mitigation |', '| Planned Mitigation |');
    assert.equal(parsePlan(planned, 'markdown').risks.some((r) => r.actions[0].status?.value === 'in place'), false);
  });

  it('tells work planned from a control by its words', () => {
    for (const planned of ['Will add account lockout', 'To be reviewed by the DPO', 'Implement MFA on the portal', 'Phase 2 roadmap; FHIR export', 'Scheduled for the next release', 'Encryption pending approval']) {
      assert.equal(saysPlannedWork(planned), true, planned);
    }
    for (const inPlace of ['Forwarder strips PHI; only IDs are emitted', 'Dry-run mode allows the resource to be inspected', 'A copy is taken before any pending migration runs', 'Per-user account, RBAC, idle timeout']) {
      assert.equal(saysPlannedWork(inPlace), false, inPlace);
    }
  });
});
