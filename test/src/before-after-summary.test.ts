// A mitigation summary, round 38: a table of the risks before the work, the same risks re-listed after it (`New Severity`,
// `Reduction`, `✅ Mitigated`), the work items written out under IDs of their own (`### TK-1: … ✅` with deliverables) and a
// section per risk whose steps cite them (`Move intake to the portal (TK-1)`). Before, the after-table was read as a second
// risk per ID (duplicate-risk-id on each), the Status column of levels (`🔴 Critical`) as the steps' status, and each work
// item as a risk with no action.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const SUMMARY = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'larkspur-mitigation-summary.md'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('a before/after mitigation summary with cited work items (round 38)', () => {
  it('reads each risk once, from the first table, with the status the re-listing gives', () => {
    const plan = parsePlan(SUMMARY, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value, lineOf(SUMMARY, r.firstLine.start)]), [
      ['K1', '9/10', 11],
      ['K2', '8/10', 12],
      ['K3', '5/10', 13],
    ]);
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => a.status?.value)), [['🔴 Unchanged'], ['✅ Mitigated', '✅ Mitigated'], ['✅ Mitigated']]);
  });

  it('reads a work item cited by a step as that step\'s record, not a risk', () => {
    const plan = parsePlan(SUMMARY, 'markdown');
    assert.ok(!plan.risks.some((r) => r.id?.value.startsWith('TK')));
    const step = plan.risks[1].actions[0];
    assert.equal(step.action?.value, 'Move intake to the portal (TK-1)');
    assert.match(step.evidence?.value ?? '', /intake-upload\.md/);
    assert.match(plan.risks[1].evidence?.value ?? '', /intake-upload\.md/);
  });

  it('raises no duplicate-risk-id, missing-validation or work-item finding', () => {
    const { findings } = analyse(SUMMARY, 'markdown', { today: '2026-09-20' });
    assert.deepEqual(findings.map((f) => [f.rule, lineOf(SUMMARY, f.range.start)]).filter(([rule]) => !['missing-approval', 'missing-risk-analysis', 'stale-review'].includes(rule as string)), [['missing-action', 11]]);
  });

  it('keeps a Status column of statuses as the status, and a table that re-lists only some risks as risks of its own', () => {
    const statuses = SUMMARY.replace('🔴 Critical |\n| K2', 'Open |\n| K2').replace('| 8/10 | 🔴 Critical |', '| 8/10 | Open |').replace('| 5/10 | 🟡 Moderate |', '| 5/10 | In progress |');
    assert.equal(parsePlan(statuses, 'markdown').risks[0].actions[0].status?.value, 'Open');
    const partial = SUMMARY.replace('| K3 | Staff reuse one scheduling password | 2/10 | 60% | ✅ Mitigated |', '| K4 | Front desk PC never locks | 4/10 | 0% | Open |');
    assert.ok(parsePlan(partial, 'markdown').risks.some((r) => r.id?.value === 'K4'));
  });

  it('reads a work item cited by a risk of its own series as a risk still', () => {
    const same = SUMMARY.replaceAll('TK-1', 'K-9');
    assert.ok(parsePlan(same, 'markdown').risks.some((r) => r.id?.value === 'K-9'));
  });
});
