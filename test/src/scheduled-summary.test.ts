// A report that writes its findings out, then schedules the fixes by period in a summary naming no finding
// (`### Immediate Actions Required (Week 1)` over `1. **Encrypt Prescription Images**`), round 36: a finding with no due
// date takes the period of the scheduled item naming it by a telling word of its title; items' titles first, then steps.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REPORT = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'kestrel-audit-week-schedule.md'), 'utf8');

describe('a summary scheduling the fixes by period (round 36)', () => {
  it('gives each finding the period of the item that names it; one named nowhere keeps no due date', () => {
    const plan = parsePlan(REPORT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0].due?.value]), [
      ['Prescription Images Stored Unencrypted', 'Week 1'],
      ['Refill Endpoint Lacks Rate Limits', 'Week 3'],
      ['Pharmacist Sessions Never Time Out', 'Week 1'],
      ['Vendor Contract Unsigned', undefined],
    ]);
  });

  it('words a fix given only as code by the scheduled step that names it; a fix in words stays as written', () => {
    const plan = parsePlan(REPORT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].action?.value), [
      'Turn on bucket encryption with the managed key.',
      "Put the refill route behind the gateway's limiter.",
      'Expire idle pharmacist sessions after 15 minutes',
      'Sign the business associate agreement.',
    ]);
  });

  it('asks only the unscheduled finding for its due date, and counts the periods from the report date', () => {
    const { findings } = analyse(REPORT, 'markdown', { today: '2026-03-20' });
    const line = (f: { range: { start: number } }) => REPORT.slice(0, f.range.start).split('\n').length;
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-due-date').map(line), [22]);
    assert.equal(findings.filter((f) => f.rule === 'overdue-action').length, 1);
  });

  it('a finding named in two periods is left as written', () => {
    const twice = REPORT.replace('   - Add rate limits to the refill endpoint', '   - Add rate limits to the refill endpoint\n   - Re-key the prescription images');
    const risk = parsePlan(twice, 'markdown').risks[0];
    // The title match (Week 1) wins over a step's (Week 3): titles are matched first.
    assert.equal(risk.actions[0].due?.value, 'Week 1');
    const both = REPORT.replace('2. **Harden the Gateway**', '2. **Harden the Gateway and Prescription Images**');
    assert.equal(parsePlan(both, 'markdown').risks[0].actions[0].due, undefined);
  });
});
