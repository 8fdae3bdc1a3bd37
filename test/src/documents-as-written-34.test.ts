// Issue 12, session 34: what the blind audit of set 86 (held out) found wrong, written here anew. A vendor register grades
// its one critical vendor in the heading (`### 🔴 CRITICAL RISK: Recall.ai`) over its urgent work, then groups the others
// under a bucket (`### 🟠 HIGH RISK VENDORS` over `#### LiveKit`), and dates the work in a roadmap of weeks.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const VENDORS = [
  '# Vendor Risk Register',
  '',
  '**Last Updated:** 2026-01-18',
  '',
  '## Risk Assessment Details',
  '',
  '### 🔴 CRITICAL RISK: Meetbot',
  '',
  '**Risk Factors:**',
  '- No BAA in place for recorded visits',
  '',
  '**Immediate Actions Required:**',
  '1. Sign a BAA with Meetbot or stop sending it visit recordings',
  '2. Obtain Meetbot\'s SOC 2 Type II report',
  '',
  '### 🟠 HIGH RISK VENDORS',
  '',
  '#### Streamline',
  '',
  '**Mitigations:**',
  '- Sign the Streamline BAA',
  '**Owner:** Privacy Officer',
  '**Target Date:** 2026-03-31',
  '',
].join('\n');

describe('a vendor register grading one vendor in its heading, the rest under a bucket (set 86)', () => {
  it('reads the graded heading as a risk beside the bucket\'s, its urgent list as the actions', () => {
    const plan = parsePlan(VENDORS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['Meetbot', 'CRITICAL', ['Sign a BAA with Meetbot or stop sending it visit recordings', 'Obtain Meetbot\'s SOC 2 Type II report']],
      ['Streamline', 'HIGH', ['Sign the Streamline BAA']],
    ]);
    const { findings } = analyse(VENDORS, 'markdown', { today: '2026-06-15' });
    const line = (f: { range: { start: number } }) => VENDORS.slice(0, f.range.start).split('\n').length;
    // The critical vendor's work has no owner and no date: said so once for its list, at its heading, as for any risk.
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-owner' || f.rule === 'missing-due-date').map((f) => [f.rule, line(f)]).sort(), [
      ['missing-due-date', 7], ['missing-owner', 7],
    ]);
  });

  it('a heading that states its severity but plans nothing stays a heading: no risk, no missing-action', () => {
    const notes = VENDORS.replace('**Immediate Actions Required:**\n1. Sign a BAA with Meetbot or stop sending it visit recordings\n2. Obtain Meetbot\'s SOC 2 Type II report\n', 'Meetbot is under review by the privacy team.\n');
    const plan = parsePlan(notes, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.title?.value), ['Streamline']);
    assert.equal(analyse(notes, 'markdown', { today: '2026-06-15' }).findings.filter((f) => f.rule === 'missing-action').length, 0);
  });
});
