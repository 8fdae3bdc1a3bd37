// A hazard analysis table (ISO 14971 §5.4: `| Hazard | Description | Cause |`, `| Hazard | Harm | Severity | Probability |
// Risk Control |`), round 36: each hazard is one of the plan's risks, read even before a control, owner or date is written
// beside it (then it is asked for one). Before, a table of hazards with their causes only was not read at all.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const PLAN = readFileSync(join(__dirname, '..', 'fixtures', 'detect', 'heronfield-hazard-analysis.plan.md'), 'utf8');

describe('hazard analysis tables (round 36)', () => {
  it('reads each hazard beside its description and cause as a risk', () => {
    const plan = parsePlan(PLAN, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.title?.value), ['Wound area under-measured', 'Photo filed to wrong patient', 'Stale image cache']);
    const { findings } = analyse(PLAN, 'markdown', { today: '2026-12-05' });
    assert.equal(findings.some((f) => f.rule === 'no-risks-read'), false);
    assert.equal(findings.filter((f) => f.rule === 'missing-action').length, 3);
  });

  it('reads the ISO 14971 columns: harm, severity, probability, and the risk control as the action', () => {
    const rated = PLAN.replace('| Hazard | Description | Cause |\n|--------|-------------|-------|', '| Hazard | Harm | Cause | Risk Control |\n|---|---|---|---|')
      .replace(/ \| Camera angle, poor lighting, ruler not in frame \|/, ' | Camera angle | Reject photos with no ruler in frame |');
    const plan = parsePlan(rated, 'markdown');
    assert.equal(plan.risks.length, 3);
    assert.equal(plan.risks[0].actions[0].action?.value, 'Reject photos with no ruler in frame');
  });

  it('a Hazard column alone, one row, or a detail column of no words is not a hazard analysis', () => {
    const bare = PLAN.replace('| Hazard | Description | Cause |', '| Hazard | Code | Group |');
    assert.equal(parsePlan(bare, 'markdown').risks.length, 0);
    const single = PLAN.replace(/\| \*\*Photo filed[^\n]*\n\| \*\*Stale[^\n]*\n/, '');
    assert.equal(parsePlan(single, 'markdown').risks.length, 0);
  });
});
