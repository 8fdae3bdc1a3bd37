// A register judged by its keys reads a risk's status key and its ID key (issue 12, round 11):
// `risk_status: mitigated` through the one status vocabulary (a mitigated, accepted or
// false-positive risk needs no planned action), and an own-ID key (`synthetic_id`,
// `finding_id`) as the risk's ID, unless it refers to another thing (`asset_id`).
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';
import { statusOf } from '../../server/out/model/vocabulary';
import { spelledKey, withSpellings } from '../../server/out/parse/yaml/key-spellings';

// A threat modelling tool's export (synthetic): a generated ID, a status of the risk itself, no action.
const THREAT_EXPORT_JSON = JSON.stringify([
  { category: 'weak-tls', risk_status: 'mitigated', severity: 'high', title: 'Weak TLS on the portal', synthetic_id: 'weak-tls@portal', asset_id: 'portal' },
  { category: 'sql-injection', risk_status: 'Accepted', severity: 'medium', title: 'SQL injection in search', synthetic_id: 'sql-injection@search', asset_id: 'search' },
  { category: 'no-audit-log', risk_status: 'false-positive', severity: 'low', title: 'Queue access not logged', synthetic_id: 'no-audit-log@queue', asset_id: 'queue' },
  { category: 'default-password', risk_status: 'open', severity: 'high', title: 'Default password on the gateway', synthetic_id: 'default-password@gateway', asset_id: 'gateway' },
], null, 2);

describe('a register\'s status key and ID key (issue 12, round 11)', () => {
  it('reads risk_status through the status vocabulary and synthetic_id as the ID, not asset_id', () => {
    const plan = parsePlan(THREAT_EXPORT_JSON, 'json');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, statusOf(r.actions[0]?.status?.value)]), [
      ['weak-tls@portal', 'done'],
      ['sql-injection@search', 'accepted'],
      ['no-audit-log@queue', 'accepted'],
      ['default-password@gateway', 'open'],
    ]);
  });

  it('asks an action only of the risk still open, and names it by its ID', () => {
    const { findings } = analyse(THREAT_EXPORT_JSON, 'json', { today: '2026-12-03' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => f.message.split(' has ')[0]), ['Risk default-password@gateway']);
  });

  const keys: [string, string | undefined][] = [
    ['risk_status', 'status'], ['synthetic_id', 'id'], ['finding_id', 'id'], ['poam-id', 'id'],
    ['asset_id', undefined], ['cwe_id', undefined], ['most_relevant_data_asset_id', undefined],
  ];
  for (const [key, expected] of keys) {
    it(`${key} → ${expected ?? 'not a risk key'}`, () => assert.equal(spelledKey(key, ['id', 'title', 'status']), expected));
  }

  it('an own-ID key is read only when no other spelling of id is written, wherever it stands', () => {
    const pair = (name: string) => ({ key: name }) as never;
    const pairs = new Map([['synthetic_id', pair('synthetic_id')], ['risk_id', pair('risk_id')]]);
    assert.equal((withSpellings(pairs, ['id']).get('id') as unknown as { key: string }).key, 'risk_id');
  });
});
