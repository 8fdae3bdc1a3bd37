// A YAML or JSON register that rates its risks as a likelihood × impact pair (`inherent: [4, 5]`)
// or a score (`risk_score: 16`) gives them a priority, as a Markdown rating does (issue 12, round 11).
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';
import { priorityOf } from '../../server/out/model/vocabulary';

const entry = (id: string, rating: string) =>
  `  - id: ${id}\n    title: Shared workstation logins in ${id}\n${rating}    mitigation: Give each clerk a named account\n    owner: J. Rivera\n    target_date: 2027-03-01\n    status: Open\n`;

// Scored registers (synthetic): a pair on a 5×5 matrix, a pair of words, a score, a level, and no rating at all.
const SCORED_YAML =
  'risks:\n' +
  entry('R-1', '    inherent: [4, 5]\n    residual: [2, 4]\n') +
  entry('R-2', '    inherent: [High, Medium]\n') +
  entry('R-3', '    risk_score: 6\n') +
  entry('R-4', '    inherent_risk: Critical\n') +
  entry('R-5', '    residual: [a, b]\n');

describe('a likelihood × impact pair or a score in YAML or JSON is a priority (issue 12, round 11)', () => {
  it('reads each rating through the one rating code, the residual first', () => {
    const plan = parsePlan(SCORED_YAML, 'yaml');
    assert.deepEqual(plan.risks.map((r) => priorityOf(r.priority?.value)), ['medium', 'high', 'medium', 'critical', undefined]);
  });

  it('takes the level a register states before treatment over the one its likelihood and impact give (set 66)', () => {
    const stated = 'risks:\n' + entry('R-1', '    likelihood: medium\n    impact: critical\n    inherent_risk: critical\n    residual_risk: medium\n') +
      entry('R-2', '    likelihood: medium\n    impact: critical\n    residual_risk: medium\n') + entry('R-3', '    inherent_risk: High\n    residual_risk: Low\n');
    // R-2 states no level before treatment: the pair rates it; R-3 has no pair: its residual rating, as before.
    assert.deepEqual(parsePlan(stated, 'yaml').risks.map((r) => priorityOf(r.priority?.value)), ['critical', 'high', 'low']);
  });

  it('asks a priority only of the risk with no rating', () => {
    const { findings } = analyse(SCORED_YAML, 'yaml', { today: '2026-12-03' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-priority').map((f) => f.message.split(' has ')[0]), ['Risk R-5']);
  });

  it('reads a pair in a JSON register too', () => {
    const json = JSON.stringify([1, 2, 3].map((n) => ({ risk_id: `R-${n}`, title: `Risk ${n}`, mitigation: 'Encrypt the backups', inherent: [n, 5] })));
    assert.deepEqual(parsePlan(json, 'json').risks.map((r) => priorityOf(r.priority?.value)), ['medium', 'high', 'high']);
  });
});
