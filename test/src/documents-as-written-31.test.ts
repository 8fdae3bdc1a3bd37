// Issue 12, session 31: shapes seen in the held-out sets' remaining wrong findings (set 79), written here anew.
// A risk assessment's methodology naming its `**Assessment Team:**` in a list under the label; meeting notes whose first
// heading is a setext one (`Key Discussion Points` over dashes); findings that write no fix, scheduled by a timeline whose
// items cite their IDs (`- [ ] MFA for the billing portal (M-2)` under `### Months 2-3`); a JSON register's `treatment_note`
// (sets 80, 81); a CSV register left to fill in (`R-001,,,,`).
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const ASSESSMENT = (team: string[]) =>
  [
    '# Enterprise Risk Assessment',
    '',
    '**Organization:** Harbor Dental Group',
    '**Assessment Date:** March 3, 2027',
    '**Next Review:** June 3, 2027',
    '',
    '## Risk Register',
    '',
    '### R-01: Backups of the imaging server are never restored',
    '',
    '- **Action:** Restore the imaging server backup to a spare host each quarter',
    '- **Owner:** IT Manager',
    '- **Due:** 2027-06-30',
    '',
    '## Methodology',
    '',
    '**Assessment Team:**',
    ...team,
    '',
    '**Information Sources:**',
    '- Interviews with front-desk staff',
    '',
  ].join('\n');

describe('documents as written (issue 12, session 31)', () => {
  it('reads who made the assessment from the list under `**Assessment Team:**` (set 79)', () => {
    const text = ASSESSMENT(['- Security Officer (Lead)', '- Practice Administrator', '- External consultant']);
    const plan = parsePlan(text, 'markdown');
    assert.equal(plan.meta.riskAnalysis?.conductedBy?.value, 'Security Officer (Lead), Practice Administrator, External consultant');
    const at = plan.meta.riskAnalysis!.conductedBy!.valueRange;
    assert.equal(text.slice(at.start, at.end), 'Security Officer (Lead)\n- Practice Administrator\n- External consultant');
    assert.ok(!analyse(text, 'markdown', { today: '2027-04-01' }).findings.some((f) => f.rule === 'missing-risk-analysis'));
  });

  it('reads the list after one blank line under the label too', () => {
    const text = ASSESSMENT(['', '1. Privacy Officer', '2. IT Manager']);
    assert.equal(parsePlan(text, 'markdown').meta.riskAnalysis?.conductedBy?.value, 'Privacy Officer, IT Manager');
  });

  it('still asks who made the assessment when the label has no list under it', () => {
    const text = ASSESSMENT([]);
    assert.equal(parsePlan(text, 'markdown').meta.riskAnalysis?.conductedBy?.value ?? '', '');
    assert.ok(analyse(text, 'markdown', { today: '2027-04-01' }).findings.some((f) => f.rule === 'missing-risk-analysis'));
  });

  it('names a setext heading as the first heading when it comes before the `###` ones (set 79)', () => {
    const notes = ['Key Discussion Points', '---------------------', '', '### Regulatory Examinations', '', '- Exam closed with no findings.', ''].join('\n');
    const reason = (text: string) => { const r = recognisePlan('notes.md', text); return 'reason' in r ? r.reason : ''; };
    assert.match(reason(notes), /first heading "Key Discussion Points"/);
    // A front matter's closing dashes under its last line make no heading.
    const fronted = ['---', 'author: Compliance Office', '---', '', '### Regulatory Examinations', '', '- Exam closed.', ''].join('\n');
    assert.match(reason(fronted), /first heading "Regulatory Examinations"/);
  });

  it('takes no closing emphasis or mark into an item\'s title (`#### 1. **Rotate the portal signing key** 🚨`, set 78)', () => {
    const report = [
      '# Security Incident Corrective Actions',
      '',
      '**Date:** January 7, 2027',
      '',
      '## CRITICAL ACTIONS STILL REQUIRED',
      '',
      '### **IMMEDIATE (Within 24 Hours)**',
      '',
      '#### 1. **Rotate the portal signing key** 🚨',
      '- **Risk**: The signing key was committed to a public repository',
      '- **Action Required**: Rotate the signing key in the key vault and redeploy the portal',
      '',
      '#### 2. **Close the public storage bucket** ⚠️',
      '- **Risk**: Scanned intake forms are readable without sign-in',
      '- **Action Required**: Block public access on the intake-forms bucket',
      '',
    ].join('\n');
    assert.deepEqual(parsePlan(report, 'markdown').risks.map((r) => r.title?.value), ['Rotate the portal signing key', 'Close the public storage bucket']);
  });

  it('gives a finding that writes no fix the one timeline item citing its ID, keeping the date its section gives (set 75)', () => {
    const report = [
      '# HIPAA Issues - Quick Reference',
      '## Billing Portal - January 5, 2027',
      '',
      '### MEDIUM PRIORITY ISSUES (Fix Within 1-3 Months)',
      '',
      '#### M-1: No rate limiting on the login endpoint',
      '- **Location:** Global middleware',
      '- **Issue:** Password guessing is not throttled',
      '',
      '#### M-2: No second factor for billing staff',
      '- **Location:** `auth.service.ts`',
      '- **Issue:** A stolen password opens the whole account',
      '',
      '#### M-3: Session tokens never expire',
      '- **Issue:** A token copied once works forever',
      '',
      '## Remediation Timeline',
      '',
      '### Week 1 (Immediate)',
      '- [ ] Start planning MFA rollout (M-2)',
      '',
      '### Months 2-3 (Medium Priority)',
      '- [ ] Throttle login attempts per account and per address (M-1)',
      '- [ ] Enforce MFA for billing staff (M-2)',
      '- [x] Expire session tokens after 12 hours (M-3)',
      '',
    ].join('\n');
    const plan = parsePlan(report, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.due?.value, a.status?.value])]),
      [
        ['M-1', [['Throttle login attempts per account and per address (M-1)', '1-3 Months', '[ ]']]],
        // Cited twice (planning in Week 1, the work in Months 2-3): which item is its plan is not told, so it is left as written.
        ['M-2', [[undefined, '1-3 Months', undefined]]],
        ['M-3', [['Expire session tokens after 12 hours (M-3)', '1-3 Months', '[x]']]],
      ],
    );
    const findings = analyse(report, 'markdown', { today: '2027-02-01' }).findings;
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => report.slice(0, f.range.start).split('\n').length), [10]);
  });

  it('reads a register\'s `treatment_note` as what is done, and as the reasoning of a risk accepted (set 81)', () => {
    const register = JSON.stringify({
      risks: [
        { id: 'R-01', title: 'Administrator credentials phished', owner_role: 'Security Lead', residual: { likelihood: 2, impact: 5 }, treatment: 'mitigate', treatment_note: 'Require phishing-resistant MFA on every administrator account' },
        { id: 'R-02', title: 'Hosting provider outage', owner_role: 'Platform Lead', residual: { likelihood: 2, impact: 3 }, treatment: 'accept', treatment_note: 'Accepted within the availability appetite: provider status feeds are monitored and service credits apply' },
      ],
    }, null, 2);
    const plan = parsePlan(register, 'json');
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => a.action?.value)), [['Require phishing-resistant MFA on every administrator account'], []]);
    assert.match(plan.risks[1].acceptance.rationale?.value ?? '', /^Accepted within the availability appetite/);
    const findings = analyse(register, 'json', { today: '2027-01-10' }).findings;
    assert.ok(!findings.some((f) => f.rule === 'missing-action'), findings.map((f) => f.rule).join(', '));
    assert.match(findings.find((f) => f.rule === 'incomplete-acceptance')?.message ?? '', /lacks approver, approval date and review date/);
  });

  it('skips a CSV register whose every record holds its ID and nothing else, as a template (set 80)', () => {
    const header = 'risk_id,asset,threat,control_weakness,inherent_score,treatment,owner,target_date,residual_score\n';
    const blank = recognisePlan('quantified-risk-register.csv', header + 'R-001,,,,,,,,\n');
    assert.equal(blank.kind, undefined);
    assert.match('reason' in blank ? blank.reason : '', /holds its ID and nothing else \(such as "R-001"\): a register left to fill in/);
    assert.deepEqual(recognisePlan('quantified-risk-register.csv', header + 'R-001,,,,,,,,\nR-002,EHR,Ransomware,,,Mitigate,IT Lead,2027-03-01,\n'), { kind: 'csv' });
  });

  it('parts a line opened by a bold label at each bold label after it (`- **Assessment date:** 2026-06-28. **Owner:** R. T.`, set 81)', () => {
    const text = ['# HIPAA Risk Analysis', '', '- **Assessment date:** 2027-01-12. **Conducted by:** Ramesh T., Security Officer.', '- **Next review:** 2028-01-12', '', '## Risks', '', '### R-01: Shared front-desk login', '- **Action:** Give each front-desk user an account in the EHR. **Note:** the shared one is disabled after', '- **Owner:** Practice Manager', '- **Due:** 2027-03-01', ''].join('\n');
    const plan = parsePlan(text, 'markdown');
    assert.deepEqual([plan.meta.riskAnalysis?.date?.value, plan.meta.riskAnalysis?.conductedBy?.value], ['2027-01-12.', 'Ramesh T., Security Officer.']);
    assert.equal(plan.risks[0].actions[0].action?.value, 'Give each front-desk user an account in the EHR.');
    assert.ok(!analyse(text, 'markdown', { today: '2027-02-01' }).findings.some((f) => f.rule === 'missing-risk-analysis'));
  });

  it('takes the owner written on a risk analysis\'s date line for who made it (`**Assessment date:** … **Owner:** …`, set 81)', () => {
    const text = (title: string) => [`# ${title}`, '', '- **Assessment date:** 2027-01-12. **Owner:** Ramesh T.', '', '## Risks', '', '### R-01: Shared front-desk login', '- **Action:** Give each front-desk user an account in the EHR', '- **Owner:** Practice Manager', '- **Due:** 2027-03-01', ''].join('\n');
    assert.equal(parsePlan(text('HIPAA Risk Assessment'), 'markdown').meta.riskAnalysis?.conductedBy?.value, 'Ramesh T.');
    // Not in a plan that is no analysis: there the owner is the plan's.
    assert.equal(parsePlan(text('Security Remediation Plan'), 'markdown').meta.riskAnalysis?.conductedBy, undefined);
  });

  it('dates a YAML register by its metadata\'s `last_updated`, as a Markdown plan\'s `Last updated:` (set 80)', () => {
    const register = ['meta:', '  owner: "ISMS Lead"', '  last_updated: "2027-01-08"', '  review_cycle: "quarterly"', 'risks:', '  - id: RISK-001', '    title: Marketing copy over-claims HIPAA compliance', '    treatment: Mitigate', '    action: Have counsel review the product pages against the BAA terms', '    owner: Marketing Lead', '    due: 2027-03-01', ''].join('\n');
    assert.equal(parsePlan(register, 'yaml').meta.documentDate?.value, '2027-01-08');
    const stale = analyse(register, 'yaml', { today: '2027-02-07' }).findings.find((f) => f.rule === 'stale-review');
    assert.match(stale?.message ?? '', /only its own \("last_updated: 2027-01-08", 30 days ago\)/);
  });

  it('reads a threat model entry\'s **Mitigations:** list, rated by the residual after it, as controls in place; future work stays open (set 81)', () => {
    const model = (extra: string[]) => [
      '# Charting App Threat Model',
      '',
      '## Top Threats (Prioritized)',
      '',
      '### 1. Device Theft (HIGH)',
      '',
      '**Attack:** Attacker steals a laptop holding the chart database',
      '',
      '**Mitigations:**',
      '- AES-256 encryption of the chart database with Argon2id key derivation',
      '- Vault key zeroized when the app locks',
      '- Future: automatic lock after five idle minutes',
      '',
      '**Residual:** Medium - strong passphrase required',
      ...extra,
      '',
    ].join('\n');
    const statuses = (text: string) => parsePlan(text, 'markdown').risks[0].actions.map((a) => a.status?.value);
    assert.deepEqual(statuses(model([])), ['in place', 'in place', undefined]);
    // An entry that tracks its work (an owner, a date) plans it: its list is work to do, as before.
    assert.deepEqual(statuses(model(['**Owner:** IT Lead', '**Due:** 2027-03-01'])), [undefined, undefined, undefined]);
  });

  it('reads a POA&M table of numbered items with a Plan, an owner and a target month (`| # | Item | Why it matters | Plan | Owner | Target |`, set 80)', () => {
    const poam = [
      '# Plan of action and milestones (POA&M)',
      '',
      '| # | Item | Why it matters | Plan | Owner | Target |',
      '|---|---|---|---|---|---|',
      '| 1 | Independent penetration test | Buyers require third-party evidence | Commission a web-app penetration test of the portal | Founder | 12/2026 |',
      '| 2 | Off-provider backups | Protects against provider-level loss | Copy nightly database backups to a second provider | Engineering | Q1 2027 |',
      '',
    ].join('\n');
    const plan = parsePlan(poam, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].action?.value, r.actions[0].owner?.value, r.actions[0].due?.value]),
      [
        ['1', 'Independent penetration test', 'Commission a web-app penetration test of the portal', 'Founder', '12/2026'],
        ['2', 'Off-provider backups', 'Copy nightly database backups to a second provider', 'Engineering', 'Q1 2027'],
      ],
    );
    const overdue = analyse(poam, 'markdown', { today: '2027-02-01' }).findings.filter((f) => f.rule === 'overdue-action');
    assert.equal(overdue.length, 1);
    assert.match(overdue[0].message, /^Due 12\/2026 is 32 days past/);
    // Numbered steps with an owner and a date but no Plan column stay steps (`| # | Milestone | Owner | Due |`), as before.
    const steps = ['### R-01: Laptops unencrypted', '', '| # | Milestone | Detail | Owner | Due |', '|---|---|---|---|---|', '| 1 | Buy licences | BitLocker for 12 laptops | IT Lead | 2027-01-10 |', '| 2 | Encrypt laptops | All 12 front-desk laptops | IT Lead | 2027-02-10 |', ''].join('\n');
    assert.deepEqual(parsePlan(steps, 'markdown').risks.map((r) => r.id?.value), ['R-01']);
  });
});
