// A compliance implementation plan that rates its risks in sections named by grade (`### High-Risk Areas`, `### Low-Risk
// Areas`) over numbered items with Risk, Mitigation and Priority bullets (issue 12, session 24): the items are risks, so
// the plan is read as found, though its title names no plan.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognisePlan } from '../../server/out/parse/detect';
import { parsePlan } from './lint-with-registry';

const PLAN = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'copperleaf-compliance-implementation.md'), 'utf8');

describe('risks in sections named by grade and "risk areas" (issue 12)', () => {
  it('reads each numbered item as a risk with its mitigation, graded by its section where it gives no priority', () => {
    assert.deepEqual(parsePlan(PLAN, 'markdown').risks.map((r) => [r.title?.value, r.priority?.value, r.actions[0].action?.value]), [
      ['Hosting Without a BAA', 'CRITICAL', 'Migrate the portal to AWS ECS under the AWS BAA'],
      ['Shared Admin Login', 'High', 'Create named admin accounts and retire the shared login'],
      ['Password Length', 'Low', 'Require 12 characters at the next release'],
    ]);
  });

  it('lints the plan as found: risks with planned actions were read', () => {
    assert.equal(recognisePlan('HIPAA_COMPLIANCE_PLAN.md', PLAN).kind, 'markdown');
    assert.equal(recognisePlan('HIPAA_COMPLIANCE_PLAN.md', PLAN.replace(/-Risk Areas/g, ' Notes')).kind, undefined);
  });
});
