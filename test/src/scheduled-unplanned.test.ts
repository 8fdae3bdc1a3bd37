// An audit report whose issues give no fix of their own and whose Action Plan schedules the fixes by phase, as task boxes
// that name no issue (`### **Phase 1: Critical Fixes (Week 1)**` over `- [ ] Rotate session tokens on every login`), round 38:
// an issue named by one item's telling words takes that item as its action, the phase's period as its due date and the box
// as its status. Before, each such issue had missing-action ("the actions under Action Plan name no risk").
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REPORT = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'harrowgate-audit-action-plan.md'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('an issue with no fix of its own, scheduled by an action plan of task boxes (round 38)', () => {
  it('takes the item naming the issue as its action, with the period and the box', () => {
    const plan = parsePlan(REPORT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => [a.action?.value ?? null, a.due?.value ?? null, a.status?.value ?? null])), [
      [['Rotate session tokens on every login', 'Week 1', '[ ]']],
      [['Add upload scanning', 'Week 1', '[x]']],
      [[null, null, null]],
    ]);
  });

  it('reports the scheduled work overdue and leaves missing-action to the issue no item names', () => {
    const { findings } = analyse(REPORT, 'markdown', { today: '2026-09-20' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => lineOf(REPORT, f.range.start)), [18]);
    assert.deepEqual(findings.filter((f) => f.rule === 'overdue-action').map((f) => lineOf(REPORT, f.range.start)), [24]);
  });

  it('matches an issue of one telling word only to the one item that holds it', () => {
    const one = REPORT.replace('Missing Upload Scanning', 'Missing Antivirus').replace('[x] Add upload scanning', '[x] Add antivirus');
    assert.equal(parsePlan(one, 'markdown').risks[1].actions[0].action?.value, 'Add antivirus');
    const twice = one.replace('- [x] Add antivirus', '- [x] Add antivirus\n- [ ] Update antivirus signatures');
    assert.equal(parsePlan(twice, 'markdown').risks[1].actions[0].action, undefined);
  });

  it('reads the period of a phase heading closed by an urgency tag after a dash (session 27: `(Week 1) - **MUST COMPLETE**`)', () => {
    const tagged = REPORT.replace(/^(#+ .*\(Week 1\)[*_]*)$/m, '$1 - **MUST COMPLETE**');
    assert.notEqual(tagged, REPORT);
    assert.deepEqual(parsePlan(tagged, 'markdown').risks.map((r) => r.actions[0].due?.value ?? null), ['Week 1', 'Week 1', null]);
  });

  it('names an issue by the stems of its words only when the words as written name no item (session 27: `logged` ↔ `logging`)', () => {
    const logged = REPORT.replace('Stack Traces in API Responses', 'PHI Logged to Console').replace('- [ ] Enable the web application firewall', '- [x] Fixed PHI logging in the visit routes');
    assert.deepEqual(parsePlan(logged, 'markdown').risks.map((r) => r.actions[0].action?.value ?? null), [
      'Rotate session tokens on every login', 'Add upload scanning', 'Fixed PHI logging in the visit routes',
    ]);
    // An item that shares two words as written wins over one that shares them only by their stems.
    const both = logged.replace('- [x] Add upload scanning', '- [x] Add upload scanning\n- [ ] Send PHI logs to the console vault');
    assert.equal(parsePlan(both, 'markdown').risks[2].actions[0].action?.value, 'Send PHI logs to the console vault');
  });
});
