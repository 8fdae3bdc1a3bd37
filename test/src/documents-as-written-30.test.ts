// Issue 12, session 30: shapes seen in two held-out sets of real files (78, 79) and in earlier sets' remaining
// wrong findings, written here anew. A POA&M item's milestone table numbered `1.1`, `1.2` beside its Description;
// the item's `#### Cost and Resources` (`- **Remediation**: 160 hours`), which plans nothing; a milestone `📅 Scheduled`;
// a threat model's footer (`**Last Security Assessment**`, `**Next Threat Review**`).
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const POAM_ITEM = [
  '# Plan of Action & Milestones (POA&M)',
  '',
  '**Version**: 1.0',
  '**Next Review**: 2027-03-01',
  '',
  '## POA&M Items',
  '',
  '### POA&M #1: Patient portal data isolation (SC-4)',
  '',
  '**Risk Level**: 🔴 **HIGH**',
  '',
  '#### Remediation Plan',
  '',
  '**Milestones**:',
  '',
  '| Milestone | Description | Owner | Target Date | Status |',
  '|-----------|-------------|-------|-------------|--------|',
  '| 1.1 | Design row-level security policies for the portal database | Engineering | 2027-01-15 | ⏳ In Progress |',
  '| 1.2 | Enable row-level security on the appointments table | Engineering | 2027-02-01 | 📅 Scheduled |',
  '',
  '**Target Completion**: 2027-02-01',
  '',
  '#### Cost and Resources',
  '',
  '- **Engineering**: 80 hours',
  '- **Remediation**: 40 hours (estimated, depends on findings)',
  '',
  '#### Evidence of Completion',
  '',
  '- [ ] Penetration test report showing no cross-patient reads',
  '',
].join('\n');

const THREAT_MODEL = [
  '# Clinic Portal Threat Model',
  '',
  '## Threats',
  '',
  '| Threat | Likelihood | Risk Level | Mitigation | Owner | Due | Status |',
  '|---|---|---|---|---|---|---|',
  '| Stolen laptop | MEDIUM | HIGH | Encrypt the four laptops with BitLocker | IT Lead | 2027-03-01 | Open |',
  '| Phishing | HIGH | HIGH | Run KnowBe4 phishing training for all 12 staff | Office Manager | 2027-02-01 | Open |',
  '',
  '---',
  '',
  '**Threat Model Version**: 2.0  ',
  '**Last Security Assessment**: 2025-08-15  ',
  '**Next Threat Review**: 2025-11-01  ',
  '',
].join('\n');

const POAM_CSV = [
  'POAM_ID,Source_Finding,Control,Weakness,Risk_Rating,Owner,Target_Close,Milestones,Status_At_2026_07_31',
  'POA-001,SAR-001,IA-2(1),MFA not enforced for the reviewer portal,High,S. Hargrave,2026-07-31,Procure IdP licences 2026-06-05; enforce MFA for all reviewers 2026-07-31,Closed',
  'POA-002,SAR-004,SI-2,Unpatched OpenSSH on two bastion hosts,Moderate,D. Whitmore,2026-09-30,Patch bastion-01 2026-09-12; patch bastion-02 2026-09-30,Open',
  '',
].join('\n');

const REGISTER_WITH_MILESTONES = [
  '# Plan of Action and Milestones (POA&M) — Clinic Scheduling System',
  '',
  '## POA&M Register',
  '',
  '| POA&M ID | Weakness Description | Risk Level | Point of Contact | Scheduled Completion | Status |',
  '|---|---|---|---|---|---|',
  '| POAM-001 | Administrative accounts lack multi-factor authentication | Critical | IAM Team Lead | 2027-01-30 | Open |',
  '',
  '## Milestone Detail',
  '',
  '### POAM-001 — MFA on Administrative Accounts',
  '- Milestone 1 (Day 10): Procure the MFA add-on for the clinic identity provider.',
  '- Milestone 2 (Day 30): Enforce MFA for all administrative roles in the scheduling system.',
  '',
].join('\n');

const TREATMENT_BY_RISK_ID = [
  'Risk ID,ISO 27001 Control ID,Control Title,Mitigation Action,Owner,Target Date',
  'R-001,A.5.33,Protection of records,Require approval before any direct database record edit,IT Admin,2027-01-15',
  'R-002,A.8.24,Use of cryptography,Enable end-to-end encryption on the POS terminals,Store Manager,2027-02-01',
  '',
].join('\n');

const STATUS_REPORT = [
  '# Security Emergency Response - Status Report',
  '',
  '**Date**: 2026-11-02',
  '',
  '## ⚠️ CRITICAL ACTIONS STILL REQUIRED',
  '',
  '### **IMMEDIATE (Within 24 Hours)**',
  '',
  '#### 1. **Rotate the portal client secret**',
  '- **Risk**: The secret was committed to the backend repository',
  '- **Action Required**: Rotate the client secret in the identity provider and redeploy the backend',
  '',
  '### **WITHIN 48 HOURS**',
  '',
  '#### 2. **Protect the patient routes**',
  '- **Risk**: Patient pages render without a login',
  '- **Action Required**: Wrap every patient route in the login guard of the web app',
  '',
].join('\n');

describe('documents as written, session 30 (issue 12)', () => {
  it('reads a milestone table numbered 1.1, 1.2 by its Description column, the number being the step\'s own', () => {
    const [risk] = parsePlan(POAM_ITEM, 'markdown').risks;
    assert.deepEqual(
      risk.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value]),
      [
        ['Design row-level security policies for the portal database', 'Engineering', '2027-01-15'],
        ['Enable row-level security on the appointments table', 'Engineering', '2027-02-01'],
      ],
    );
  });

  it('reads no action under a risk\'s Cost and Resources heading, and a Scheduled milestone as open', () => {
    const { findings } = analyse(POAM_ITEM, 'markdown', { today: '2026-12-07' });
    const risky = findings.filter((f) => ['missing-owner', 'missing-due-date', 'vague-action', 'invalid-date'].includes(f.rule));
    assert.deepEqual(risky.map((f) => `${f.rule}: ${f.message}`), []);
    const [risk] = parsePlan(POAM_ITEM, 'markdown').risks;
    assert.ok(!risk.actions.some((a) => /hours/.test(a.action?.value ?? '')), risk.actions.map((a) => a.action?.value).join(' | '));
    assert.equal(risk.actions[1].status?.value, '📅 Scheduled');
    assert.ok(!findings.some((f) => f.rule === 'schema' || /not a known status/.test(f.message)));
  });

  it('reads a threat model\'s footer: its last security assessment dates the risk analysis, its next threat review is the next review', () => {
    const plan = parsePlan(THREAT_MODEL, 'markdown');
    assert.equal(plan.meta.riskAnalysis?.date?.value, '2025-08-15');
    assert.equal(plan.meta.nextReview?.value, '2025-11-01');
    const { findings } = analyse(THREAT_MODEL, 'markdown', { today: '2026-12-07' });
    const stale = findings.find((f) => f.rule === 'stale-review');
    assert.match(stale?.message ?? '', /was due 2025-11-01 \(401 days ago\)/);
    assert.match(findings.find((f) => f.rule === 'missing-risk-analysis')?.message ?? '', /has a date but not who conducted it/);
  });

  it('reads a POA&M export\'s Milestones column as the work planned and Target_Close as its date', () => {
    const plan = parsePlan(POAM_CSV, 'csv');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.actions[0].action?.value, r.actions[0].due?.value]),
      [
        ['POA-001', 'Procure IdP licences 2026-06-05; enforce MFA for all reviewers 2026-07-31', '2026-07-31'],
        ['POA-002', 'Patch bastion-01 2026-09-12; patch bastion-02 2026-09-30', '2026-09-30'],
      ],
    );
    const { findings } = analyse(POAM_CSV, 'csv', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action' || f.rule === 'overdue-action').map((f) => f.rule), ['overdue-action']);
  });

  it('reads a heading\'s numbered milestones (`- Milestone 1 (Day 10): …`) as the steps of the register row it details', () => {
    const [risk] = parsePlan(REGISTER_WITH_MILESTONES, 'markdown').risks;
    assert.deepEqual(
      risk.actions.map((a) => [a.action?.value, a.owner?.value]),
      [
        ['Procure the MFA add-on for the clinic identity provider.', 'IAM Team Lead'],
        ['Enforce MFA for all administrative roles in the scheduling system.', 'IAM Team Lead'],
      ],
    );
    assert.ok(!analyse(REGISTER_WITH_MILESTONES, 'markdown', { today: '2026-12-07' }).findings.some((f) => f.rule === 'missing-action'));
  });

  it('lints a CSV keyed by the risks\' own IDs (`Risk ID`), each record with its mitigation action, whatever its name', () => {
    assert.deepEqual(recognisePlan('control-mapping.csv', TREATMENT_BY_RISK_ID), { kind: 'csv' });
    // A CSV of tasks keyed by their own IDs still needs its name or its columns to say it is a register.
    assert.equal(recognisePlan('tasks.csv', TREATMENT_BY_RISK_ID.replace('Risk ID', 'Task ID')).kind, undefined);
  });

  it('reads items under a phase heading (`IMMEDIATE (Within 24 Hours)`, `WITHIN 48 HOURS`) that word the risk and the action, dated by the phase', () => {
    const plan = parsePlan(STATUS_REPORT, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.title?.value.replace(/[*_]/g, ''), r.priority?.value, r.actions.map((a) => a.due?.value)]),
      [
        ['Rotate the portal client secret', 'CRITICAL', ['Within 24 Hours']],
        ['Protect the patient routes', 'CRITICAL', ['WITHIN 48 HOURS']],
      ],
    );
    const overdue = analyse(STATUS_REPORT, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'overdue-action');
    assert.equal(overdue.length, 2);
  });

  it('dates the document by a subtitle closed with a date, and quotes that date alone when no review date is kept', () => {
    const text = [
      '# HIPAA Compliance Issues - Quick Reference',
      '## Patient Discharge System - November 19, 2025',
      '',
      '### CRITICAL ISSUES (Action Required Immediately)',
      '',
      '| ID | Issue | Fix | Owner | Due | Status |',
      '|---|---|---|---|---|---|',
      '| H-1 | PHI written to the login log | Remove the username from the login log line | Dev Lead | 2025-12-01 | Open |',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'markdown');
    assert.equal(plan.meta.documentDate?.value, 'November 19, 2025');
    assert.equal(text.slice(plan.meta.documentDate!.valueRange.start, plan.meta.documentDate!.valueRange.end), 'November 19, 2025');
    const stale = analyse(text, 'markdown', { today: '2026-12-07' }).findings.find((f) => f.rule === 'stale-review');
    assert.match(stale?.message ?? '', /only its own \("November 19, 2025", 383 days ago\)/);
  });

  it('takes no title from a comment in a fenced code block (`# 1. Clone` in a bash block)', () => {
    const readme = ['Readiness Platform', '', '```bash', '# 1. Clone', 'git clone https://example.com/app.git', '```', '', '## Overview', '', 'A platform for readiness questionnaires.', ''].join('\n');
    const r = recognisePlan('platform-notes.md', readme);
    assert.equal(r.kind, undefined);
    assert.match(r.reason ?? '', /first heading "Overview"/);
  });
});
