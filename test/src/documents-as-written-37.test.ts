// Issue 12, session 37: what the blind audits of sets 93 and 94 (held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

// A gap analysis: each gap rated, then its fix under a label with a hint, its priority and its target; an approval and a
// document-control block at the foot.
const GAP_ANALYSIS = [
  '# Cloud Platform Gap Analysis',
  '',
  '**Assessment Date**: 2026-05-04',
  '',
  '## Gaps',
  '',
  '### AU-6(3) - Correlate Audit Record Repositories',
  '',
  '**Risk**:',
  '- **Impact**: MEDIUM - Slow investigation across log stores',
  '- **Overall Risk**: LOW (compensating controls)',
  '',
  '**Recommended Enhancement** (optimization, not gap closure):',
  '',
  'Forward the VPN and the database audit logs to the central SIEM index',
  '',
  '**Priority**: MEDIUM',
  '**Target Completion**: 2026-09-30',
  '',
  '### SR-6 - Supplier Assessments',
  '',
  '**Overall Risk**: LOW',
  '',
  '**Recommended Solution**:',
  '',
  'Implement formal Supplier Review Program:',
  '',
  '**Phase 1** - Framework (Week 1-2):',
  '- Write the supplier security questionnaire',
  '- Define risk tiers for suppliers by data access',
  '',
  '**Priority**: LOW',
  '**Target Completion**: 2026-10-31',
  '',
  '## Sign-off',
  '',
  '**Assessment Approval**:',
  '- **Lead Assessor**: R. Okafor',
  '- **Next Assessment**: 2027-05-04 (annual reassessment)',
  '',
  '**Document Control**:',
  '- **Version**: 1.0',
  '- **Next Review**: 2026-08-04 or upon significant system changes',
  '',
].join('\n');

describe('a gap analysis whose fixes, priorities and review are written beside other labels (set 93)', () => {
  const plan = parsePlan(GAP_ANALYSIS, 'markdown');

  it("reads a fix labelled as a recommended enhancement, with a hint after the label, as the gap's action", () => {
    assert.equal(plan.risks[0].actions[0]?.action?.value, 'Forward the VPN and the database audit logs to the central SIEM index');
    assert.equal(plan.risks[0].actions[0]?.due?.value, '2026-09-30');
  });

  it("ranks a gap by the priority written as one, not by its overall risk rating; a rating alone still ranks it", () => {
    assert.equal(plan.risks[0].priority?.value, 'MEDIUM');
    assert.equal(plan.risks[1].priority?.value, 'LOW');
    const ratedOnly = parsePlan(GAP_ANALYSIS.replace('**Priority**: MEDIUM\n', ''), 'markdown');
    assert.equal(ratedOnly.risks[0].priority?.value, 'LOW (compensating controls)');
  });

  it("takes the plan's next review from the line named a review, not from the next assessment written first", () => {
    assert.equal(plan.meta.nextReview?.value, '2026-08-04');
    const assessmentOnly = parsePlan(GAP_ANALYSIS.replace(/- \*\*Next Review\*\*: .*\n/, ''), 'markdown');
    assert.equal(assessmentOnly.meta.nextReview?.value, '2027-05-04 (annual reassessment)');
  });

  it('does not call an action vague when it introduces the list that names its objects', () => {
    const rules = (text: string) => analyse(text, 'markdown', { today: '2026-06-01' }).findings.filter((f) => f.rule === 'vague-action' || f.rule === 'missing-action').map((f) => `${text.slice(0, f.range.start).split('\n').length}:${f.rule}`);
    assert.deepEqual(rules(GAP_ANALYSIS), []);
    // Without the list below it, the same words name no deliverable.
    const alone = GAP_ANALYSIS.replace(/\*\*Phase 1\*\*[^\n]*\n- [^\n]*\n- [^\n]*\n/, '');
    assert.deepEqual(rules(alone), ['26:vague-action']);
  });
});
