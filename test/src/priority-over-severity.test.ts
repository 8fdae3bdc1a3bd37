// A threat register that rates each threat's severity and ranks the work on it apart (session 26, set 67's STRIDE table):
// `| Severity | OWASP | Priority |` with `HIGH` and `P0`. The column named Priority is the priority; the severity is kept as
// the threat's rating. Fixtures invented.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const table = (header: string) => [
  '# Threat Register', '',
  `| ID | Threat | ${header} | Owner | Mitigation |`,
  '|----|--------|---|---|---|---|',
  '| TM-001 | Token theft via XSS | **HIGH** | P1 | App Team | Set the session cookie httpOnly and add a strict CSP |',
  '| TM-002 | Log tampering by an attacker | MEDIUM | P0 | Platform Team | Ship logs to a write-once bucket |',
  '',
].join('\n');

describe('a Priority column beside a Severity column (session 26)', () => {
  it('takes the Priority column as the priority and the Severity column as the rating', () => {
    const plan = parsePlan(table('Severity | Priority'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.priority?.value, r.residualRisk?.value]), [['P1', 'HIGH'], ['P0', 'MEDIUM']]);
  });

  it('takes a Risk Level column beside a Severity column as the priority, the severity as the impact (session 33)', () => {
    // 83/05's audit: the level rates the risk from likelihood and severity; the severity is one side of it.
    const plan = parsePlan(table('Severity | Risk Level'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.priority?.value, r.impact?.value]), [['P1', 'HIGH'], ['P0', 'MEDIUM']]);
  });

  it('keeps the first of two columns that name no Priority and no level (Severity, then Criticality) as before', () => {
    const plan = parsePlan(table('Severity | Criticality'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.priority?.value), ['HIGH', 'MEDIUM']);
  });
});
