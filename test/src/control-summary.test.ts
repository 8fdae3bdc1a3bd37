// A risk assessment's control summary (`| Control | Risks Addressed | Effectiveness |`), round 36: a control rated as working
// validates the controls in place of the risks it addresses, and gives a risk listed with no action of its own the control as
// in place. Before, each risk's controls in place were asked for evidence, and a summary row's risk for an action.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REPORT = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'saltmarsh-control-summary.md'), 'utf8');

describe('a control summary rating the controls each risk has (round 36)', () => {
  it('takes the rating as the validation of the controls in place, and gives an unactioned risk the control that addresses it', () => {
    const plan = parsePlan(REPORT, 'markdown');
    const byId = new Map(plan.risks.map((r) => [r.id?.value, r]));
    assert.equal(byId.get('R-01')?.actions[0].validation?.value, 'High');
    assert.deepEqual(byId.get('R-03')?.actions.map((a) => [a.action?.value, a.status?.value, a.validation?.value]), [['Retention job', 'in place', 'Medium']]);
  });

  it('asks no evidence of rated controls; a control rated Low, or one for All, leaves the risk asked for its action', () => {
    const { findings } = analyse(REPORT, 'markdown', { today: '2026-06-01' });
    assert.equal(findings.some((f) => f.rule === 'missing-validation'), false);
    const unactioned = findings.filter((f) => f.rule === 'missing-action').map((f) => REPORT.slice(0, f.range.start).split('\n').length);
    assert.deepEqual(unactioned, [28, 29]);
  });

  it('without the summary, the controls in place are asked for evidence as before', () => {
    const { findings } = analyse(REPORT.slice(0, REPORT.indexOf('## 5. Control Summary')), 'markdown', { today: '2026-06-01' });
    assert.equal(findings.filter((f) => f.rule === 'missing-validation').length, 2);
  });
});
