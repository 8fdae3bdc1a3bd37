// A recommendations document laid out as a phased plan of work (round 35): `## 1. Immediate Actions (Week 1)` over
// `### 1.2 Add Single Sign-On` with its `**Risk Mitigated**:`, `**Implementation Priority**:`, `**Recommended Solution**:`
// and `**Action Items**:` checklist, and a `## Priority Matrix` at the end naming the same gaps (`| No Single Sign-On | … |`).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'detect', 'juniper-hardening-recommendations.plan.md'), 'utf8');

describe('recommendations by phase (round 35)', () => {
  it('is a plan by what is read in it: each recommendation is a risk with its actions, though the title names no plan', () => {
    assert.deepEqual(recognisePlan('recommendations.md', FIXTURE), { kind: 'markdown' });
  });

  it("reads each section under a phase as a risk, its priority from Implementation Priority and its deadline the phase's week or month", () => {
    const plan = parsePlan(FIXTURE, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.title?.value.replace(/\s*\p{Extended_Pictographic}\uFE0F?$/u, '')), [
      'Add Single Sign-On', 'Encrypt Photo Backups', 'Subprocessor Reviews', 'Audit Log Retention', 'External Penetration Test', 'Staff Phishing Training',
    ]);
    assert.deepEqual(plan.risks.map((r) => r.priority?.value), ['🔴 P0', '🟠 P1', '🟡 P2', '🟡 P2', '🟡 P3', '🟡 P3']);
    // `**Recommended Solution**:` is the fix of a section whose steps sit only in a code block.
    assert.equal(plan.risks[0].actions[0].action?.value, 'SAML single sign-on through the hospital identity provider');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].due?.value), ['Week 1', 'Week 1', 'Weeks 2-4', 'Weeks 2-4', 'Months 4-6', 'Months 4-6']);
  });

  it('drops the priority matrix that restates the sections: most rows name one by the words after No or Missing, the rest in other words', () => {
    const { findings } = analyse(FIXTURE, 'markdown', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action'), []);
    // Each phase's deadline has passed with the boxes unticked.
    assert.equal(findings.filter((f) => f.rule === 'overdue-action').length, 3);
  });

  it('keeps a matrix whose rows mostly name no section: they are risks of their own', () => {
    const other = FIXTURE.replace('| No Single Sign-On |', '| Courier loses charts |').replace('| No Subprocessor Reviews |', '| Fax misrouting |').replace('| No Audit Log Retention |', '| Stolen laptop |');
    const plan = parsePlan(other, 'markdown');
    assert.equal(plan.risks.filter((r) => r.form === 'table').length, 6);
  });

  it('without the week in brackets, a numbered section is no phase: its sub-headings are not read beside the matrix', () => {
    const plan = parsePlan(FIXTURE.replace(/ \((?:Week 1|Weeks 2-4|Months 4-6)\)/g, ''), 'markdown');
    assert.equal(plan.risks.every((r) => r.form === 'table'), true);
  });
});

describe('a title written as the file name (round 35)', () => {
  const FILE_NAMED = readFileSync(join(__dirname, '..', 'fixtures', 'detect', 'quince-file-named-register.plan.md'), 'utf8');

  it('parts words at underscores: `# RISK_REGISTER.md | QC-REG-002` names a register, `# RISK_MANAGEMENT_POLICY.md` a policy', () => {
    assert.deepEqual(recognisePlan('register.md', FILE_NAMED), { kind: 'markdown' });
    assert.equal(recognisePlan('notes.md', FILE_NAMED.replace('RISK_REGISTER.md', 'RISK_NOTES.md').replace('— Risk Register', '— Notes')).kind, undefined);
    assert.match(recognisePlan('policy.md', '# RISK_MANAGEMENT_POLICY.md\n\nNothing yet.\n').kind ?? 'skipped', /skipped/);
    // An underscore of emphasis touches a letter on one side only.
    assert.deepEqual(recognisePlan('register.md', '# _Risk Register_\n\nNothing yet.\n'), { kind: 'markdown' });
  });

  it("reads a Vietnamese register's current controls (`Kiểm soát hiện tại`) as the controls in place, as `Current Controls` is", () => {
    const plan = parsePlan(FILE_NAMED, 'markdown');
    assert.equal(plan.risks.length, 3);
    assert.equal(plan.risks[1].acceptance.compensatingControls?.value, 'Xác minh số qua OTP khi đăng ký');
  });
});
