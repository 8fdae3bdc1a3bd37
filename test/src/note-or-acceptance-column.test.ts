// A remediation tracker whose last column holds either the work or the reason a risk is accepted (session 27, set 69's
// pen-test tracker: `| Remediation Note / Risk Acceptance |`). On a row accepted by its status the cell is the
// acceptance's rationale, not an action; on the other rows it is the work, as before. Fixtures invented.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';

const tracker = (header: string) => [
  '# Pen-Test Remediation Tracker', '',
  `| Finding ID | Title | Severity | Owner | Target Date | Status | ${header} |`,
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| F-1 | SQL injection in search | Critical | DB Team | 2027-01-15 | In Progress | Switch the search query to prepared statements. |',
  '| F-2 | Verbose errors on the legacy page | Low | Web Team | 2027-03-01 | Risk Accepted | The legacy page is retired in June; no patient data on it. |',
  '',
].join('\n');

describe('a column of work or of the reason for acceptance (session 27)', () => {
  it('reads an accepted row\'s cell as its rationale and a worked row\'s as its action', () => {
    const { plan, findings } = analyse(tracker('Remediation Note / Risk Acceptance'), 'markdown', { today: '2026-12-06' });
    const [worked, accepted] = plan.risks;
    assert.equal(worked.actions[0].action?.value, 'Switch the search query to prepared statements.');
    assert.equal(accepted.acceptance.rationale?.value, 'The legacy page is retired in June; no patient data on it.');
    assert.ok(accepted.actions.every((a) => !a.action?.value));
    const incomplete = findings.find((f) => f.rule === 'incomplete-acceptance');
    assert.ok(incomplete && !/rationale/.test(incomplete.message), incomplete?.message);
  });

  it('keeps the cell as the action when the header names only the work', () => {
    const { plan } = analyse(tracker('Remediation Note'), 'markdown', { today: '2026-12-06' });
    assert.equal(plan.risks[1].acceptance.rationale, undefined);
    assert.equal(plan.risks[1].actions[0].action?.value, 'The legacy page is retired in June; no patient data on it.');
  });
});
