// A generated Orange Book risk register (the 4Ts, inherent and residual scores): a summary of the risks exceeding
// appetite, a ranked table of the top risks, then a section per risk (`### Risk R-001: …`) with its existing controls,
// its `**Primary Response:**`, its `**Rationale:**` paragraph and an Action Plan of numbered measures, each with its
// Description, Owner, Due Date, Cost and Expected Impact; last, a prioritised action plan whose rows name the risks
// they serve (`R-001, R-002`). Before session 20 the sections were not read as risks (the word before the ID), each
// numbered measure and control was read as a risk of its own, its Cost line as an action, and the ranked table's
// rows repeated the summary's IDs (14 errors, 8 warnings on this fixture; now the one step past its date).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REGISTER = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'heron-orange-book-register.md'), 'utf8');
const lineOf = (needle: string) => REGISTER.slice(0, REGISTER.indexOf(needle)).split('\n').length;

describe('a generated Orange Book risk register (session 20)', () => {
  const { risks } = parsePlan(REGISTER, 'markdown');

  it('reads one risk per ID: the summary row, the ranked row and the section are one risk', () => {
    assert.deepEqual(risks.map((r) => r.id?.value), ['R-002', 'R-001', 'R-003']);
  });

  it("reads each numbered measure as an action worded by its title and description, with its owner and due date; its cost and expected impact are no actions", () => {
    const r001 = risks.find((r) => r.id?.value === 'R-001')!;
    assert.deepEqual(r001.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value]), [
      ['Storage configuration scanning: Turn on public-access blocking and daily configuration scans for every storage bucket', 'Cloud Engineer', '2027-02-12'],
      ['Quarterly access review: Review every service account with read access to patient documents and remove unused ones', 'Information Security Officer', '2027-03-31'],
    ]);
  });

  it('reads the primary response as the treatment and the rationale paragraph under its label as why a tolerated risk is accepted', () => {
    const r002 = risks.find((r) => r.id?.value === 'R-002')!;
    assert.equal(r002.treatment?.value, 'TREAT (Rehearsed cut-over)');
    const r003 = risks.find((r) => r.id?.value === 'R-003')!;
    assert.equal(r003.treatment?.value, 'Tolerate');
    assert.match(r003.acceptance.rationale?.value ?? '', /^Front-desk staff were shown the screens/);
    assert.equal(r003.acceptance.compensatingControls?.value, 'Floor walkers on the first two days of go-live');
  });

  it('finds only what an auditor would: the step past its date', () => {
    const { findings } = analyse(REGISTER, 'markdown', { today: '2026-12-05' });
    const lines = (at: number) => REGISTER.slice(0, at).split('\n').length;
    assert.deepEqual(findings.map((f) => [f.rule, lines(f.range.start)]), [
      ['overdue-action', lineOf('   - Due Date: 2026-11-20')],
    ]);
  });
});
