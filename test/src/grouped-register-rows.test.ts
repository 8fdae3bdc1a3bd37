// A register with no IDs that groups its rows under bold divider rows, rates by probability alone, and then describes
// its remaining risks in a numbered list (session 20; set 42's mitigation plan had 40 findings judged wrong):
// a divider row is no risk, the probability ranks the risk, the list restates the rows it names, and a risk whose name
// opens with "Total" is no total row.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const PLAN = [
  '| Risk | Probability | Blast-Radius | Status | Mitigation Plan |',
  '| :--- | :---: | :---: | :---: | :--- |',
  '| **Mitigated Risks** | | | | |',
  '| No automated health checks | **High** | 🔥🔥 | ✅ Complete | Health checks and restart policy on every container, checked by the build test |',
  '| **Remaining Risks (Ordered by Probability)** | | | | |',
  '| Single point of failure - database | **High** | 🔥🔥🔥 | 🟡 Pending | Move the database to a managed regional instance with automated backups |',
  '| Total cloud provider outage | **Low** | 🔥🔥🔥🔥 | 🟡 Pending | Keep a cold standby in a second provider, tested twice a year |',
  '',
  '# Risk Mitigation Plan', '',
  '## Remaining Risks', '',
  '1.  **Single point of failure for the database:** The database still runs as one container.', '',
  '2.  **Total cloud provider outage:** A provider-wide outage would take the service down.', '',
].join('\n');

describe('a grouped register with no IDs, and the list that describes it (session 20)', () => {
  const risks = parsePlan(PLAN, 'markdown').risks;

  it('reads the rows between the dividers, and no divider, as risks', () => {
    assert.deepEqual(risks.map((r) => r.title?.value), ['No automated health checks', 'Single point of failure - database', 'Total cloud provider outage']);
  });

  it('ranks each risk by its probability when the register rates by nothing else', () => {
    assert.deepEqual(risks.map((r) => r.priority?.value), ['High', 'High', 'Low']);
    const { findings } = analyse(PLAN, 'markdown', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-priority' || f.rule === 'missing-action'), []);
  });

  it('keeps a bold row that writes more than its name, and a probability beside an impact as the pair', () => {
    const filled = parsePlan(PLAN.replace('| **Mitigated Risks** | | | | |', '| **Mitigated Risks** | **Low** | | | Nothing left to do |'), 'markdown').risks;
    assert.equal(filled[0].title?.value, 'Mitigated Risks');
    const paired = parsePlan(PLAN.replace('| Risk | Probability | Blast-Radius |', '| Risk | Probability | Impact |'), 'markdown').risks;
    assert.equal(paired[0].priority?.value, 'High × 🔥🔥');
  });
});
