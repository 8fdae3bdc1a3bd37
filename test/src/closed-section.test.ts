// A POA&M or tracker that moves its closed items under a heading of their own (`## Closed (resolved by the change
// set)`, `### Completed Actions`) writes no status on their rows: the heading gives it. Before session 20 each closed
// row was an open risk with no action and no priority (two findings a row).
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const POAM = [
  '# Plan of Action and Milestones', '',
  '**Owner:** Security Lead', '**Last reviewed:** 2026-11-01', '**Next review:** 2027-02-01', '',
  '## Open', '',
  '| ID | Priority | Weakness | Remediation | Owner | Due | Status |', '|---|---|---|---|---|---|---|',
  '| PM-8 | P1 | Builds unsigned | Buy the signing certificate and sign every release build | Release Lead | 2027-01-31 | Open |', '',
  '## Closed (resolved by the compliance change set)', '',
  '| ID | Weakness | Control(s) | Resolved by |', '|---|---|---|---|',
  '| PM-1 | Documentation drift | CM-2 | Corrected the hardening guide |',
  '| PM-2 | No CI pipeline | SA-11 | Added the CI workflow (lint, typecheck, test) |', '',
].join('\n');

describe('a section of closed items gives its rows their status (session 20)', () => {
  it('reads the rows under a Closed heading as closed, and the open table as open', () => {
    const { risks } = parsePlan(POAM, 'markdown');
    assert.deepEqual(risks.map((r) => [r.id?.value, r.actions.map((a) => a.status?.value)]), [['PM-8', ['Open']], ['PM-1', ['Closed']], ['PM-2', ['Closed']]]);
  });

  it('asks nothing of a closed row for its action or priority', () => {
    const { findings } = analyse(POAM, 'markdown', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action' || f.rule === 'missing-priority'), []);
  });

  it("keeps a row's own status under the heading, and gives none under a heading that only speaks of closing", () => {
    const own = POAM.replace('| ID | Weakness | Control(s) | Resolved by |', '| ID | Weakness | Control(s) | Status |')
      .replace('| CM-2 | Corrected the hardening guide |', '| CM-2 | Closed |')
      .replace('| SA-11 | Added the CI workflow (lint, typecheck, test) |', '| SA-11 | Reopened |');
    assert.deepEqual(parsePlan(own, 'markdown').risks.map((r) => r.actions[0]?.status?.value), ['Open', 'Closed', 'Reopened']);
    const criteria = POAM.replace('## Closed (resolved by the compliance change set)', '## Closure criteria');
    // (Its rows are still read, by their `Resolved by` work (session 35), with no status given them.)
    assert.deepEqual(parsePlan(criteria, 'markdown').risks.flatMap((r) => r.actions.map((a) => a.status?.value)), ['Open', undefined, undefined]);
  });
});
