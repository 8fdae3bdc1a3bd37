// A NIST SP 800-171 POA&M ranked by the SPRS weight of each unmet requirement (session 27, set 69's CSV POA&M:
// `item,control_id,family,weakness,weight,planned_remediation,target_date,status`): the weight (5, 3 or 1 points in
// the DoD assessment methodology) is the item's priority, so missing-priority does not ask for one. Fixtures invented.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';

const CSV = [
  'item,control_id,weakness,weight,planned_remediation,owner,target_date,status',
  'POAM-1,3.5.3,No MFA for remote access,5,Enforce MFA on the VPN for every account,IT Lead,2027-02-01,Open',
  'POAM-2,3.1.8,No lockout after failed logons,3,Lock accounts after five failed logons,IT Lead,2027-03-01,Open',
  'POAM-3,3.1.22,Public site content not reviewed,1,Review posts on the public site before publishing,Comms,2027-04-01,Open',
  'POAM-4,3.4.1,No baseline configuration,2,Write the workstation baseline configuration,IT Lead,2027-04-01,Open',
  '',
].join('\n');

describe('a POA&M ranked by SPRS weight (session 27)', () => {
  const { plan, findings } = analyse(CSV, 'csv', { today: '2026-12-06' });

  it('reads weights 5, 3 and 1 as high, medium and low priority, shown with the weight', () => {
    assert.deepEqual(plan.risks.map((r) => r.priority?.value), ['high (SPRS weight 5)', 'medium (SPRS weight 3)', 'low (SPRS weight 1)', undefined]);
    const first = plan.risks[0].priority!;
    assert.equal(CSV.slice(first.valueRange.start, first.valueRange.end), '5');
  });

  it('asks no priority of a weighted item, and still asks it of one whose weight is not the methodology\'s', () => {
    const lineOf = (at: number) => CSV.slice(0, at).split('\n').length;
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-priority').map((f) => lineOf(f.range.start)), [5]);
  });
});
