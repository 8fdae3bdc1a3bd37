// Issue 12, session 29: three shapes of an assessment's tables, seen in real plans. A summary keyed by a Risk column of
// bare IDs rates the risks written out below it; a table of mitigations grouped by threat gives its measures to the rated
// risks it names; a control-area table scoring compliance in percentages lists no risks. Synthetic fixtures.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';
import { fieldForLabel } from '../../server/out/model/vocabulary';

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const RATED_SUMMARY_THEN_RECORDS = [
  '# Telehealth Startup — HIPAA Risk Register',
  '',
  '## Summary',
  '',
  '| Risk | Asset / flow | C/I/A | L | I | Initial score | Status |',
  '|---|---|---|---|---|---|---|',
  '| R01 | Clinician portal / sign-in | C/I | 3 | 5 | 15 High | OPEN |',
  '| R02 | Video visits / recordings | C | 2 | 4 | 8 Medium | OPEN |',
  '',
  '## Risk records',
  '',
  '### R01 — Clinician portal / sign-in',
  '',
  '- Mitigation: Enforce phishing-resistant MFA for every clinician account.',
  '- Owner: Security Officer',
  '- Due: 2027-02-01',
  '',
  '### R02 — Video visits / recordings',
  '',
  '- Mitigation: Turn off cloud recording in the video vendor tenant.',
  '- Owner: Clinical Operations Lead',
  '- Due: 2027-01-15',
  '',
].join('\n');

const MITIGATIONS_BY_THREAT = [
  '# Dental Practice Security Risk Assessment',
  '',
  '## Risk Assessment',
  '',
  '| Asset | Threat | Impact | Likelihood | Risk Rating |',
  '|---|---|---|---|---|',
  '| Front desk PCs | Phishing | High | High | High |',
  '| Imaging server | Ransomware | High | Medium | High |',
  '| Patient charts | Unauthorized access (internal) | Medium | Medium | Medium |',
  '| Front desk email | Business email compromise | High | Medium | High |',
  '| Practice tablets | Lost device | High | Medium | High |',
  '| Practice tablets | Theft | High | Low | Medium |',
  '| Practice tablets | Unlocked screen left unattended | Medium | Medium | Medium |',
  '',
  '## Mitigation Strategies',
  '',
  '| Threat | Recommended Mitigation |',
  '|---|---|',
  '| Phishing (Front desk) | Run a phishing simulation for front desk staff each quarter |',
  '| | Turn on the mail filter\'s link rewriting |',
  '| Lost device, theft (Tablets) | Enrol every practice tablet in device management with remote wipe |',
  '| Ransomware | Keep an offline copy of the imaging archive, restored and checked monthly |',
  '| Shoulder surfing | Fit privacy screens on the reception monitors |',
  '',
].join('\n');

const CONTROL_AREA_SCORES = [
  '# SOC 2 Readiness Assessment',
  '',
  '## Common Criteria',
  '',
  '| Control Area | Key Controls | Status | Gap |',
  '|---|---|---|---|',
  '| **CC6: Logical Access** | Authentication, MFA, session management | 70% | GAP-01: Enforce MFA on the admin console |',
  '| **CC7: System Operations** | Incident response, backups | 75% | GAP-02: Write the disaster recovery plan |',
  '| **CC9: Risk Mitigation** | Vulnerability scanning, patching | 80% | None |',
  '',
  '## Remediation Plan',
  '',
  '| ID | Gap | Action | Owner | Target |',
  '|---|---|---|---|---|',
  '| GAP-01 | No MFA on the admin console | Enforce MFA on the admin console through the identity provider | Platform Lead | 2027-03-31 |',
  '| GAP-02 | No disaster recovery plan | Write and test the disaster recovery plan | Engineering Manager | 2027-04-30 |',
  '',
].join('\n');

const WORKSTREAMS = [
  '# HIPAA Risk Management Plan',
  '',
  '## Treatment Plan for the Moderate Risks',
  '',
  '| Workstream | Moderate risks | Lead owner | Target |',
  '|---|---|---|---|',
  '| Access recertification for the EHR and billing system | R-03, R-04 | Marcus Reed | 2027-03-31 |',
  '| Retention schedule for scanned records | R-54 | Karen Boyd | 2026-09-30 |',
  '',
].join('\n');

const SCENARIOS_GRADED_IN_A_LIST = [
  '# Threat Modeling: Clinic Portal',
  '',
  '## Threat Scenarios',
  '',
  '| Scenario | Description | Impact | Mitigation |',
  '|---|---|---|---|',
  '| Phishing Email Targeting Front Desk Credentials | A crafted email steals a login | Access to charts | Enforce MFA on the portal for all staff |',
  '| SQL Injection Attack | Input fields pass raw SQL | Database read | Use parameterized queries in the booking API |',
  '| Ransomware Attack | Records encrypted for ransom | Downtime | Keep an offline backup of the chart database |',
  '',
  '## Risks Summary',
  '',
  '### High Risks:',
  '1. Phishing attacks leading to credential theft',
  '2. Ransomware attacks disrupting services',
  '',
  '### Medium Risks:',
  '1. SQL injection vulnerabilities',
  '2. Social engineering attacks on other staff',
  '',
].join('\n');

describe('assessment tables joined as an auditor reads them (issue 12, session 29)', () => {
  it('reads a threat model\'s Scenario column beside its mitigations as the risks, graded by the lists that name them by a word of their own', () => {
    const plan = parsePlan(SCENARIOS_GRADED_IN_A_LIST, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value]), [
      ['Phishing Email Targeting Front Desk Credentials', 'High'],
      ['SQL Injection Attack', 'Medium'],
      ['Ransomware Attack', 'High'],
    ]);
  });

  it('grades no risk from a list item that opens with a label, or that shares only a word every risk has', () => {
    const labelled = SCENARIOS_GRADED_IN_A_LIST.replace('1. Phishing attacks leading to credential theft', '- **Recommendation:** train staff against phishing');
    assert.equal(parsePlan(labelled, 'markdown').risks[0].priority, undefined);
    const shared = SCENARIOS_GRADED_IN_A_LIST.replace('2. Ransomware attacks disrupting services', '2. Every attack on the portal');
    assert.equal(parsePlan(shared, 'markdown').risks[2].priority, undefined);
  });

  it('reads no risks from a Scenario column beside ratings alone (a report rating the scenarios it wrote out)', () => {
    const rated = '# Risk Assessment Report\n\n## Current Risk Ratings\n\n| Scenario | Likelihood | Consequence | Risk Level |\n|---|---|---|---|\n| Phishing Attack | 3 | 4 | High |\n| Physical Perimeter Breach | 2 | 4 | Moderate |\n';
    assert.deepEqual(parsePlan(rated, 'markdown').risks, []);
  });

  it('reads a workstream table listing the risks it treats under their level: each risk that work, its lead and target', () => {
    const plan = parsePlan(WORKSTREAMS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value, r.actions[0].owner?.value, r.actions[0].due?.value]), [
      ['R-03', 'Moderate', 'Marcus Reed', '2027-03-31'],
      ['R-04', 'Moderate', 'Marcus Reed', '2027-03-31'],
      ['R-54', 'Moderate', 'Karen Boyd', '2026-09-30'],
    ]);
    const { findings } = analyse(WORKSTREAMS, 'markdown', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule === 'overdue-action').map((f) => lineOf(WORKSTREAMS, f.range.start)), [8]);
    assert.equal(findings.some((f) => f.rule === 'missing-priority' || f.rule === 'missing-owner'), false);
  });

  it('reads a Risk column of bare IDs as the key, the words beside it as the risk, and its ratings as the records\' priority', () => {
    const plan = parsePlan(RATED_SUMMARY_THEN_RECORDS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value, r.likelihood?.value, r.impact?.value]), [
      ['R01', '15 High', '3', '5'],
      ['R02', '8 Medium', '2', '4'],
    ]);
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => a.owner?.value)), [['Security Officer'], ['Clinical Operations Lead']]);
    const { findings } = analyse(RATED_SUMMARY_THEN_RECORDS, 'markdown', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-priority'), []);
  });

  it('takes a C/I/A column of letters for the properties a risk touches, not its impact', () => {
    assert.equal(fieldForLabel('C/I/A'), undefined);
    assert.equal(fieldForLabel('Initial score'), 'inherentRisk');
  });

  it('gives each rated risk the measures of the threat group naming it, and keeps a group naming none', () => {
    const plan = parsePlan(MITIGATIONS_BY_THREAT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions.map((a) => a.action?.value ?? '')]), [
      ['Phishing', ['Run a phishing simulation for front desk staff each quarter', "Turn on the mail filter's link rewriting"]],
      ['Ransomware', ['Keep an offline copy of the imaging archive, restored and checked monthly']],
      ['Unauthorized access (internal)', ['']],
      ['Business email compromise', ['']],
      ['Lost device', ['Enrol every practice tablet in device management with remote wipe']],
      ['Theft', ['Enrol every practice tablet in device management with remote wipe']],
      ['Unlocked screen left unattended', ['']],
      ['Shoulder surfing', ['Fit privacy screens on the reception monitors']],
    ]);
    const { findings } = analyse(MITIGATIONS_BY_THREAT, 'markdown', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => lineOf(MITIGATIONS_BY_THREAT, f.range.start)), [9, 10, 13]);
  });

  it('a group naming no rated threat covers the risks of the one asset it names (`wifi` for the Wi-Fi rows)', () => {
    const text = MITIGATIONS_BY_THREAT
      .replace("| Practice tablets | Unlocked screen left unattended | Medium | Medium | Medium |", "| Practice tablets | Unlocked screen left unattended | Medium | Medium | Medium |\n| Clinic Wi-Fi | Weak encryption | High | High | High |\n| Clinic Wi-Fi | Rogue access points | High | Medium | High |")
      .replace('| Shoulder surfing |', '| Unauthorized wifi access | Move the clinic Wi-Fi to WPA3 and scan for rogue access points weekly |\n| Shoulder surfing |');
    const plan = parsePlan(text, 'markdown');
    const wifi = plan.risks.filter((r) => ['Weak encryption', 'Rogue access points'].includes(r.title?.value ?? ''));
    assert.deepEqual(wifi.map((r) => r.actions.map((a) => a.action?.value)), [
      ['Move the clinic Wi-Fi to WPA3 and scan for rogue access points weekly'],
      ['Move the clinic Wi-Fi to WPA3 and scan for rogue access points weekly'],
    ]);
    assert.equal(plan.risks.some((r) => r.title?.value === 'Unauthorized wifi access'), false);
    // A group whose word names rows of two assets covers neither: it stays a risk of its own.
    const two = text.replace('| Unauthorized wifi access |', '| Unauthorized front desk access |');
    assert.equal(parsePlan(two, 'markdown').risks.some((r) => r.title?.value === 'Unauthorized front desk access'), true);
  });

  it('a group whose parentheses name another asset gives nothing to the rated risk', () => {
    const text = MITIGATIONS_BY_THREAT.replace('| Phishing (Front desk) |', '| Phishing (Call centre) |');
    const phishing = parsePlan(text, 'markdown').risks.find((r) => r.title?.value === 'Phishing')!;
    assert.equal(phishing.actions.some((a) => a.action !== undefined), false);
  });

  it('reads no risks from a control-area table scoring compliance in percentages', () => {
    const plan = parsePlan(CONTROL_AREA_SCORES, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, lineOf(CONTROL_AREA_SCORES, r.firstLine.start)]), [['GAP-01', 15], ['GAP-02', 16]]);
    const { findings } = analyse(CONTROL_AREA_SCORES, 'markdown', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule === 'duplicate-risk-id' || lineOf(CONTROL_AREA_SCORES, f.range.start) < 10).map((f) => f.rule).filter((r) => r !== 'missing-approval' && r !== 'missing-risk-analysis' && r !== 'stale-review'), []);
  });

  it('still reads a percentage Status column as progress where the table names an owner', () => {
    const text = CONTROL_AREA_SCORES.replace('| Control Area | Key Controls | Status | Gap |\n|---|---|---|---|', '| Control Area | Key Controls | Status | Gap | Owner |\n|---|---|---|---|---|')
      .replace(/(\| (?:70|75|80)% \|[^\n]*\|)$/gm, '$1 CISO |');
    assert.ok(parsePlan(text, 'markdown').risks.length > 2);
  });
});
