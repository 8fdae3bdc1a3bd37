// A register of security exceptions (session 25, from the blind audit of set 63): a CI gate's `exceptions.yaml`, each entry
// approved by someone until it expires, with a reason, is a register of accepted risks; one entry is enough. Past its expiry,
// expired-acceptance reports it. Fixtures invented.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const ENTRY = [
  '- id: EXC-0007', '  rule: no-weak-tls', '  path: infra/lb.tf', '  severity: HIGH', '  approved_by: dana.lee', '  date: 2026-08-01',
  '  expires: 2026-09-30', '  reason: "Vendor appliance supports TLS 1.0 only; isolated VLAN; replacement ticket NET-88."',
].join('\n');
const FILE = `# Approved, expiring security exceptions (matched by finding fingerprint).\n\n${ENTRY}\n`;

describe('a register of security exceptions (session 25)', () => {
  it('is a plan by its records, each an accepted risk with its approver, approval date, expiry and reason', () => {
    assert.deepEqual(recognisePlan('exceptions.yaml', FILE), { kind: 'yaml' });
    const [risk] = parsePlan(FILE, 'yaml').risks;
    assert.deepEqual(
      [risk.id?.value, risk.title?.value, risk.priority?.value, risk.treatment?.value, risk.acceptance.approvedBy?.value, risk.acceptance.approvedOn?.value, risk.acceptance.reviewBy?.value],
      ['EXC-0007', 'no-weak-tls', 'HIGH', 'accept', 'dana.lee', '2026-08-01', '2026-09-30'],
    );
    assert.match(risk.acceptance.rationale?.value ?? '', /^Vendor appliance/);
  });

  it('an exception past its expiry is an acceptance overdue for review; before it, none', () => {
    const rules = (today: string) => analyse(FILE, 'yaml', { today }).findings.map((f) => f.rule);
    assert.ok(rules('2026-12-05').includes('expired-acceptance'));
    assert.ok(!rules('2026-09-01').includes('expired-acceptance'));
  });

  it('a list whose entries lack an approver or an expiry is no register of exceptions', () => {
    assert.notDeepEqual(recognisePlan('exceptions.yaml', FILE.replace('  approved_by: dana.lee\n', '')), { kind: 'yaml' });
    assert.notDeepEqual(recognisePlan('exceptions.yaml', FILE.replace('  expires: 2026-09-30\n', '')), { kind: 'yaml' });
  });

  it('reads exceptions kept under an `exceptions:` key', () => {
    const keyed = `version: 2\nexceptions:\n${ENTRY.replace(/^/gm, '  ')}\n`;
    assert.deepEqual(parsePlan(keyed, 'yaml').risks.map((r) => r.id?.value), ['EXC-0007']);
  });
});
