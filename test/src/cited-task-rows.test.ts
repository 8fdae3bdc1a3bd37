// A remediation plan's sprint tables list tasks, each naming by ID the finding it fixes (`| # | Task | … | Finding ID |`),
// apart from the findings' own register (issue 12, session 24): a finding that plans nothing of its own takes the tasks
// that cite it, in the order written; its own row's fields (the sprint) go with the first.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citedIds } from '../../server/out/parse/markdown/cited-task-rows';
import { analyse, parsePlan } from './lint-with-registry';

const PLAN = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'harbor-sprint-remediation.md'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('sprint tasks citing the findings they fix (issue 12)', () => {
  it('gives each finding the tasks that cite it; the sprint of its own row goes with the first', () => {
    const plan = parsePlan(PLAN, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.due?.value, lineOf(PLAN, a.firstLine.start)])]), [
      ['CRIT-01', [['Reject portal requests that carry no API key', 'S0', 26]]],
      ['CRIT-02', [['Add a content security policy to the patient portal', 'S0', 27], ['Add the same policy to the clinician app', undefined, 14]]],
      ['HIGH-01', [["Limit the visit notes API to the signed-in clinician's patients", 'S1', 28]]],
      ['HIGH-02', [["Limit the visit notes API to the signed-in clinician's patients", 'S1', 29]]],
      ['HIGH-03', [[undefined, 'S1', 30]]],
    ]);
  });

  it('the task rows are no risks of their own; only the finding no task cites lacks an action', () => {
    const { findings } = analyse(PLAN, 'markdown', { today: '2026-06-15' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => lineOf(PLAN, f.range.start)), [30]);
    assert.equal(findings.filter((f) => f.rule === 'duplicate-risk-id').length, 0);
    // The task written apart from its finding's row has no date of its own: asked where it is written.
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-due-date').map((f) => lineOf(PLAN, f.range.start)), [14, 26, 27, 28, 29]);
  });

  it('a finding that plans its own action keeps it', () => {
    const own = PLAN.replace('| CRIT-01 | Critical | Portal accepts requests without an API key | S0 |', '| CRIT-01 | Critical | Portal accepts requests without an API key | S0 |\n\n### CRIT-01: Portal API key\n\n- **Action:** Rotate the portal API key and store it in the vault');
    const risk = parsePlan(own, 'markdown').risks.find((r) => r.id?.value === 'CRIT-01')!;
    assert.deepEqual(risk.actions.map((a) => a.action?.value), ['Rotate the portal API key and store it in the vault']);
  });

  it('a table whose cited column is mostly no IDs gives nothing', () => {
    const notIds = PLAN.replace(/\| (CRIT-0[12]|HIGH-01\/02) \|$/gm, '| see notes |');
    assert.ok(parsePlan(notIds, 'markdown').risks.every((r) => r.actions.length === 1 && r.actions[0].action === undefined));
  });

  it('reads an ID list, a number after a separator continuing the ID before it', () => {
    assert.deepEqual(citedIds('CRIT-01/03'), ['CRIT-01', 'CRIT-03']);
    assert.deepEqual(citedIds('HIGH-06/07/08'), ['HIGH-06', 'HIGH-07', 'HIGH-08']);
    assert.deepEqual(citedIds('`CRIT-01`, CRIT-09'), ['CRIT-01', 'CRIT-09']);
    assert.deepEqual(citedIds('All MEDIUM'), []);
    assert.deepEqual(citedIds('03/CRIT-01'), []);
  });
});
