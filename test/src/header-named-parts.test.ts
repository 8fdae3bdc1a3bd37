// A register whose work column names, in brackets, what each cell adds after its words (`Treatment (owner, wave)` over
// `Mitigate — tested restore of both stores (BC/DR owner, Wave 2)`): the owner is the bracket's, not missing (session 20;
// set 44's register had 13 missing-owner findings judged wrong).
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const REGISTER = [
  '# Information Security Risk Register', '',
  '**Owner:** Security Owner', '**Last reviewed:** 2026-11-02', '**Next review:** 2027-02-02', '',
  '## Register', '',
  '| ID | Threat | Inherent | Treatment (owner, due) | Status |', '|---|---|---|---|---|',
  '| R-001 | No tested backups of the patient database | High | Mitigate — nightly encrypted dumps and a quarterly restore test (BC/DR owner, 2027-03-31) | Open |',
  '| R-002 | MFA not enforced for admin accounts | High | Mitigate — require WebAuthn for every admin (IAM owner, ) | Open |',
  '| R-003 | Laptop theft | Medium | Mitigate — full-disk encryption on every laptop | Open |', '',
].join('\n');

describe("a work column's header naming the parts its cells close on (session 20)", () => {
  const { risks } = parsePlan(REGISTER, 'markdown');
  const read = risks.map((r) => [r.id?.value, r.treatment?.value, r.actions[0]?.action?.value, r.actions[0]?.owner?.value, r.actions[0]?.due?.value]);

  it("takes the owner and due date from each cell's closing bracket, in the header's order, and the words before it as the action", () => {
    assert.deepEqual(read, [
      ['R-001', 'Mitigate', 'nightly encrypted dumps and a quarterly restore test', 'BC/DR owner', '2027-03-31'],
      ['R-002', 'Mitigate', 'require WebAuthn for every admin', 'IAM owner', undefined],
      ['R-003', 'Mitigate', 'full-disk encryption on every laptop', undefined, undefined],
    ]);
  });

  it('asks an owner only of the row whose cell names none', () => {
    const { findings } = analyse(REGISTER, 'markdown', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-owner').map((f) => REGISTER.slice(0, f.range.start).split('\n').length), [13]);
  });

  it('reads a bracket as written when the header names no parts', () => {
    const plain = parsePlan(REGISTER.replace('Treatment (owner, due)', 'Treatment'), 'markdown').risks;
    assert.equal(plain[0].actions[0].owner, undefined);
    assert.match(plain[0].actions[0].action?.value ?? '', /\(BC\/DR owner, 2027-03-31\)$/);
  });
});
