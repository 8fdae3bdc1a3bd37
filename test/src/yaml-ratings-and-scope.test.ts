// A YAML register's ratings and the plan's scope and third parties are read into the model, so the outline and the
// preview show them as a Markdown plan's are (issue 12: "inherent and residual risk are read into the model and shown in
// the preview, in every form"). Before session 27 a YAML risk's ratings gave its priority and were then dropped, and a
// plan's `scope:` was reported as an unknown key. Fixtures invented.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';
import { planOutline } from '../../server/out/model/plan-outline';
import { LineIndex } from '../../server/out/model/positions';
import { renderPlan } from '../../server/out/render/render-plan';

const REGISTER = [
  'plan:',
  '  title: Clinic risk register',
  '  scope: [EHR, billing system]',
  '  third_parties:',
  '    - Acme Billing (business associate)',
  'risks:',
  '  - id: R-1',
  '    title: Lost laptops',
  '    likelihood: High',
  '    impact: Medium',
  '    inherent_risk: High',
  '    residual_risk: Low',
  '    mitigation: Encrypt every laptop with BitLocker',
  '  - id: R-2',
  '    title: Ransomware',
  '    inherent: {likelihood: 4, impact: 5}',
  '    residual-risk: [2, 3]',
  '    mitigation: Keep immutable backups for 30 days',
  '',
].join('\n');

describe('a YAML register\'s ratings, scope and third parties (session 27)', () => {
  const plan = parsePlan(REGISTER, 'yaml');

  it('keeps likelihood, impact, inherent and residual risk as written, in every spelling of the keys', () => {
    const [laptops] = plan.risks;
    assert.deepEqual([laptops.likelihood?.value, laptops.impact?.value, laptops.inherentRisk?.value, laptops.residualRisk?.value], ['High', 'Medium', 'High', 'Low']);
    assert.equal(REGISTER.slice(laptops.residualRisk!.valueRange.start, laptops.residualRisk!.valueRange.end), 'Low');
  });

  it('shows a rating written as a likelihood and impact (a mapping or a pair) with the level it rates', () => {
    const ransomware = plan.risks[1];
    assert.equal(ransomware.inherentRisk?.value, 'critical (likelihood 4 × impact 5)');
    assert.equal(ransomware.residualRisk?.value, 'medium (likelihood 2 × impact 3)');
    assert.equal(REGISTER.slice(ransomware.inherentRisk!.valueRange.start, ransomware.inherentRisk!.valueRange.end), '{likelihood: 4, impact: 5}');
    // The priority: the residual rating first, in either spelling of its key.
    assert.equal(ransomware.priority?.value, 'medium (likelihood 2 × impact 3)');
  });

  it('reads the plan\'s scope and third parties, and the schema does not call them unknown', () => {
    assert.deepEqual(plan.meta.scope?.items, ['EHR', 'billing system']);
    assert.deepEqual(plan.meta.thirdParties?.items, ['Acme Billing (business associate)']);
    const findings = analyse(REGISTER, 'yaml', { today: '2026-12-06' }).findings;
    assert.deepEqual(findings.filter((f) => f.rule === 'schema').map((f) => f.message), []);
  });

  it('the outline and the preview show them', () => {
    const outline = planOutline(plan, new LineIndex(REGISTER));
    assert.deepEqual([outline.plan.scope?.value, outline.plan.thirdParties?.line], ['EHR, billing system', 5]);
    assert.deepEqual([outline.risks[0].likelihood?.value, outline.risks[0].residualRisk?.value], ['High', 'Low']);
    const html = renderPlan(analyse(REGISTER, 'yaml', { today: '2026-12-06' }), { today: '2026-12-06' }).html;
    for (const shown of ['Scope (systems with ePHI)', 'Third parties', 'Likelihood', 'Inherent risk', 'Residual risk', 'critical (likelihood 4 × impact 5)']) {
      assert.ok(html.includes(shown), shown);
    }
  });
});
