// A risk assessment that lists its weaknesses in a table whose wording cell opens with the weakness's own ID (`| W-11: Video links
// never expire | TH-2 | High | Mitigated (Item 2.1) |`), its measures in a table of their own, and its accepted residual risks keyed by
// ID with a justification (`| RR-1 | … | Low | … |`) (round 40). Before, neither table was read (no ID column, no owner or due
// date: taken for an inventory), and the assessment, titled for no plan, was skipped. Each row is now a risk.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';
import { recognisePlan } from '../../server/out/parse/detect';

const ASSESSMENT = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'sedge-security-assessment.md'), 'utf8');

describe('an assessment of identified weaknesses and accepted residual risks (round 40)', () => {
  it('reads each weakness by the ID its wording opens with, rated and with its status, and each accepted residual risk by its ID', () => {
    const plan = parsePlan(ASSESSMENT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions[0]?.status?.value]), [
      ['W-11', 'Video links never expire', 'High', 'Mitigated (Item 2.1)'],
      ['W-12', 'Admin panel open to the internet', 'Critical', 'Mitigated (Item 2.4)'],
      ['W-13', 'No alert on bulk record export', 'Medium', 'Open'],
      ['RR-1', undefined, 'Low', undefined],
      ['RR-2', undefined, 'Low', undefined],
    ]);
    assert.equal(plan.risks[3].acceptance.rationale?.value, 'Links expire after the visit; patient education in the invite');
  });

  it('is linted as the assessment that grades its findings beside its mitigation measures', () => {
    assert.deepEqual(recognisePlan('assessment.md', ASSESSMENT), { kind: 'markdown' });
    const { findings } = analyse(ASSESSMENT, 'markdown', { today: '2026-09-20' });
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ['missing-approval', 'stale-review', 'missing-action', 'incomplete-acceptance']) assert.ok(rules.has(rule), rule);
  });

  it('a list of weaknesses named without IDs, rated and with a status only, stays an inventory', () => {
    const unnamed = ASSESSMENT.replace(/\| W-1\d: /g, '| ');
    assert.deepEqual(parsePlan(unnamed, 'markdown').risks.map((r) => r.id?.value), ['RR-1', 'RR-2']);
  });

  it('accepted risks named by their words (a summary of the register above) are not read as risks of their own', () => {
    const named = ASSESSMENT.replace('| RR-1 |', '| Link forwarding |').replace('| RR-2 |', '| Cloud outage |');
    assert.deepEqual(parsePlan(named, 'markdown').risks.map((r) => r.id?.value), ['W-11', 'W-12', 'W-13']);
  });
});
