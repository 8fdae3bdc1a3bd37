// Issue 12, session 29: documents seen in two held-out sets of real files, written here anew. An ISO 27001 treatment
// register in CSV keyed by the risks' IDs is a plan; an empty "Risk Register Template" and a meeting's minutes are not;
// a `days` column of windows (`0-30`) counts from the plan's date; a risk kept alone in a YAML file gives its rating in
// its own keys (`business_impact`), its controls' `implemented: partial`, and its review date.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const TREATMENTS_CSV = [
  'treatment_id,risk_id,decision,owner,action,due_date,status',
  'T01,R01,Modify,Head of Support,Remove stale accounts and confirm leavers with each system owner,2026-09-21,Planned',
  'T02,R02,Modify,Platform Lead,Require independent approval and phishing-resistant MFA for admin roles,2026-10-07,In progress',
  'T03,R03,Accept,CEO,,,Accepted',
  '',
].join('\n');

const EMPTY_TEMPLATE = [
  '# Risk Register Template',
  '',
  '## Purpose',
  '',
  'This template sets out how risks are identified, rated and tracked.',
  '',
  '## Register',
  '',
  '| Risk ID | Risk Description | Likelihood | Impact | Mitigation Strategy | Owner | Status |',
  '|---|---|---|---|---|---|---|',
  '',
  '## Field Definitions',
  '',
  '### Risk ID',
  'A unique identifier (e.g., RISK-001).',
  '',
].join('\n');

const MINUTES = [
  '# Management Review – Clinic ISMS',
  '',
  '**Meeting Date:** 15 December 2026',
  '**Chair:** Practice Manager',
  '**Attendees:** Practice Manager, Privacy Officer, IT Contractor',
  '',
  '## Risk Treatment Status',
  '',
  '| Risk | Action | Owner | Status |',
  '|---|---|---|---|',
  '| Phishing of front desk staff | Quarterly phishing simulation | Privacy Officer | In progress |',
  '| Unencrypted backup drive | Replace with an encrypted drive | IT Contractor | Open |',
  '| Shared front desk login | Give each receptionist a named EHR account | Practice Manager | Open |',
  '| Unpatched imaging PC | Move the imaging PC to the managed patch ring | IT Contractor | Open |',
  '',
].join('\n');

const WINDOWS_CSV = [
  'id,days,priority,action,owner',
  'D01,0-30,Critical,Disable the accounts of staff who have left in the EHR,HR Lead',
  'D02,31-60,High,Restore the EHR backup to a test server and record the time taken,IT Lead',
  '',
].join('\n');

const ONE_RISK_YAML = [
  'risk_id: R-001',
  'title: Phishing compromises staff credentials',
  'business_impact: high',
  'likelihood: high',
  'mitigating_controls:',
  '  - id: AT-2',
  '    name: Security awareness training for every workforce member',
  '    implemented: yes',
  '  - id: SI-3',
  '    name: Malicious code protection on every clinic workstation',
  '    implemented: partial',
  'owner: CISO',
  'status: monitoring',
  'last_reviewed: 2026-05-28',
  '',
].join('\n');

describe('documents as their authors wrote them (issue 12, session 29)', () => {
  it('lints a CSV of treatment decisions keyed by the risks\' IDs, whatever its name', () => {
    assert.deepEqual(recognisePlan('treatments.csv', TREATMENTS_CSV), { kind: 'csv' });
    const plan = parsePlan(TREATMENTS_CSV, 'csv');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.treatment?.value]), [['R01', 'Modify'], ['R02', 'Modify'], ['R03', 'Accept']]);
  });

  it('dates a CSV register\'s reviews by its records\' own review dates: the earliest next review', () => {
    const reviewed = TREATMENTS_CSV.replace('status\n', 'status,review_date\n').replace('Planned\n', 'Planned,2026-12-06\n').replace('In progress\n', 'In progress,2027-01-15\n');
    const plan = parsePlan(reviewed, 'csv');
    assert.equal(plan.meta.nextReview?.value, '2026-12-06');
    const stale = analyse(reviewed, 'csv', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'stale-review');
    assert.deepEqual(stale.map((f) => [f.messageId, reviewed.slice(f.range.start, f.range.end)]), [['nextReviewPast', '2026-12-06']]);
  });

  it('still skips a CSV of IDs and work that decides no treatment and names no risk', () => {
    // (Keyed by `risk_id`, the same records are the actions planned for those risks: documents-as-written-30.)
    const tasks = TREATMENTS_CSV.replace('decision', 'team').replace('risk_id', 'ticket_id').replace(/,Modify,|,Accept,/g, ',Ops,');
    assert.equal(recognisePlan('tasks.csv', tasks).kind, undefined);
  });

  it('skips an empty template: its title says so and its table has a header and no rows', () => {
    const r = recognisePlan('risk-register-template.md', EMPTY_TEMPLATE);
    assert.equal(r.kind, undefined);
    assert.match(r.reason ?? '', /names a template, and its table has a header and no rows/);
    // With a row filled in, it is a register in use.
    const filled = EMPTY_TEMPLATE.replace('|---|---|---|---|---|---|---|\n', '|---|---|---|---|---|---|---|\n| R-01 | Laptop theft | Medium | High | Encrypt every laptop with BitLocker | IT Lead | Open |\n');
    assert.equal(recognisePlan('risk-register-template.md', filled).kind, 'markdown');
  });

  it('skips a meeting\'s minutes, saying which labels of its header record the meeting', () => {
    const r = recognisePlan('management-review.md', MINUTES);
    assert.equal(r.kind, undefined);
    assert.match(r.reason ?? '', /records a meeting \(meeting date, chair, attendees in its header\): minutes, not a plan/);
    // Titled for a plan, the document is the plan, whoever met over it.
    const plan = MINUTES.replace('# Management Review – Clinic ISMS', '# Risk Treatment Plan – Clinic ISMS');
    assert.equal(recognisePlan('management-review.md', plan).kind, 'markdown');
  });

  it('reads a `days` column of windows as spans counted from the plan\'s date, which it does not give', () => {
    const plan = parsePlan(WINDOWS_CSV, 'csv');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].due?.value), ['0-30 days', '31-60 days']);
    assert.deepEqual(plan.risks.map((r) => WINDOWS_CSV.slice(r.actions[0].due!.valueRange.start, r.actions[0].due!.valueRange.end)), ['0-30', '31-60']);
    const { findings } = analyse(WINDOWS_CSV, 'csv', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-due-date').map((f) => f.message.split(' counts')[0]), ['"0-30 days"', '"31-60 days"']);
  });

  it('reads a risk kept alone in YAML: its business impact rates it, a partial control is in progress, its review dates the file', () => {
    const plan = parsePlan(ONE_RISK_YAML, 'yaml');
    assert.equal(plan.risks.length, 1);
    assert.equal(plan.risks[0].impact?.value, 'high');
    assert.deepEqual(plan.risks[0].actions.map((a) => a.status?.value), ['implemented', 'partially implemented']);
    assert.equal(plan.meta.lastReviewed?.value, '2026-05-28');
    const rules = analyse(ONE_RISK_YAML, 'yaml', { today: '2026-12-07' }).findings.map((f) => f.rule);
    assert.equal(rules.includes('missing-priority'), false);
    assert.equal(rules.includes('stale-review'), false);
  });
});
