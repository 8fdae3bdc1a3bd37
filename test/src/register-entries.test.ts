// Entries, legends and levels of registers and remediation plans as their writers mean them (session 21, from the blind
// audits of sets 51 and 52): `**Hazard H001**: title` over its field list is an entry; "none" in a work column is no step;
// an owners' legend keys one-letter owners; `Mod-High` is a level; a priority bucket's item titled with what is done is a
// fix; a recommendation heading about guidance is no section of advice; an ISO 14971 process plan's own section names.
// Fixtures invented.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

/** Why the detector skips a document ('' when it takes it as a plan). */
const skipReason = (name: string, text: string): string => {
  const recognised = recognisePlan(name, text);
  return 'reason' in recognised ? recognised.reason : '';
};

describe('register entries and legends (session 21)', () => {
  it('reads `**Hazard H001**: title` over a field list as an entry, as `H001: title` is', () => {
    const file = [
      '# Risk management file', '', '### Hazard identification', '',
      '**Hazard H001**: Viewer crashes during a diagnostic review',
      '- **Severity**: 3 (Moderate)',
      '- **Risk Control Measures**:', '  - Automatic session recovery', '',
      '**Hazard H002**: Wrong image rendered',
      '- **Severity**: 4 (Serious)',
      '- **Risk Control Measures**:', '  - Image integrity checksums', '',
    ].join('\n');
    const { risks } = parsePlan(file, 'markdown');
    assert.deepEqual(risks.map((r) => [r.id?.value, r.title?.value, r.actions[0]?.action?.value]), [
      ['H001', 'Viewer crashes during a diagnostic review', 'Automatic session recovery'],
      ['H002', 'Wrong image rendered', 'Image integrity checksums'],
    ]);
    assert.equal(risks[0].id!.valueRange.start, file.indexOf('H001'));
  });

  const REGISTER = [
    '# Risk register (lite)', '',
    '**Scoring:** likelihood × impact. **Owners:** M = maintainer (founder), SR =',
    'security-reviewer, CE = crypto-engineer.', '',
    '| ID | Risk | L | I | Score | Controls | Next step | Owner |', '|---|---|---|---|---|---|---|---|',
    '| R1 | Bundle tampering | 3 | 5 | 15 | CSP, SRI | Pin the bundle hash in the release checklist | M |',
    '| R2 | Cryptanalysis of stored ciphertext | 1 | 5 | 5 | AES-256-GCM | none now | CE |',
    '| R3 | Relay keeps IP logs | 4 | 2 | 8 | Disclosed on /privacy | none; public terms relied on | M |',
    '| R4 | Lost device | 2 | 4 | 8 | PIN | Add remote wipe to the admin app | Q |', '',
  ].join('\n');

  it('reads "none" in the work column as no step, and asks for an action or an acceptance, not an owner or a date', () => {
    const { risks } = parsePlan(REGISTER, 'markdown');
    assert.deepEqual(risks.map((r) => r.actions.some((a) => a.action?.value.trim())), [true, false, false, true]);
    const { findings } = analyse(REGISTER, 'markdown', { today: '2026-12-05' });
    const onRow = (id: string) => findings.filter((f) => REGISTER.slice(0, f.range.start).split('\n').length === REGISTER.split('\n').findIndex((l) => l.startsWith(`| ${id} `)) + 1).map((f) => f.rule);
    assert.deepEqual(onRow('R2'), ['missing-action']);
    assert.deepEqual(onRow('R3'), ['missing-action']);
  });

  it('takes an owner code the legend keys for an owner named, and one it does not for nobody', () => {
    assert.deepEqual(parsePlan(REGISTER, 'markdown').meta.ownerCodes, ['M', 'SR', 'CE']);
    const owners = analyse(REGISTER, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'missing-owner');
    assert.deepEqual(owners.map((f) => REGISTER.slice(f.range.start, f.range.end)), ['Q']);
    const unkeyed = REGISTER.replace(/\*\*Owners:\*\*[^\n]*\n[^\n]*\n/, '\n');
    assert.equal(analyse(unkeyed, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'missing-owner').length, 2);
  });

  it('reads a level between two as the higher (`Mod-High` high, `Low-Mod` medium) in a Risk column of levels', () => {
    const poam = [
      '# Plan of Action & Milestones', '',
      '| ID | Weakness | Risk | Remediation | Owner | Milestone | Status |', '|---|---|---|---|---|---|---|',
      '| P-01 | Logs not shipped to the SIEM | Mod-High | Enroll the agent and test each alert rule | SecOps | 2027-01-31 | Open |',
      '| P-02 | Crypto boundary undocumented | Low-Mod | Record the FIPS boundary decision in a memo | ISSO | 2027-02-28 | Open |',
      '| P-03 | No warm standby | Moderate | Stand up the second VM and run the failover drill | Ops | 2027-03-31 | Open |', '',
    ].join('\n');
    const { risks } = parsePlan(poam, 'markdown');
    assert.deepEqual(risks.map((r) => r.priority?.value), ['Mod-High', 'Low-Mod', 'Moderate']);
    assert.deepEqual(analyse(poam, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'missing-priority'), []);
  });
});

describe('remediation plans by priority bucket, and process plans (session 21)', () => {
  const PLAN = [
    '# Cybersecurity Remediation Plan', '', '## Overview', '', 'Recommendations are prioritized based on risk severity.', '',
    '## Priority 1 — Immediate Risk Reduction', '',
    '### Enable Multi-Factor Authentication (MFA)', '', 'Description:', 'Require MFA for every account that reaches email.', '',
    'Reason:', 'MFA stops most credential phishing.', '',
    '## Priority 3 — Long-Term Improvements', '',
    '### Improve Home Network Security Guidance', '', 'Description:', 'Give staff a one-page router checklist.', '',
  ].join('\n');

  it('lints a remediation plan whose recommendation heading names guidance, and reads a bucket item titled with what is done', () => {
    assert.equal(recognisePlan('remediation-plan.md', PLAN).kind, 'markdown');
    const { risks } = parsePlan(PLAN, 'markdown');
    assert.deepEqual(risks.map((r) => [r.title?.value, r.actions[0]?.action?.value, r.priority?.value]), [
      ['Enable Multi-Factor Authentication (MFA)', 'Enable Multi-Factor Authentication (MFA)', 'Priority 1'],
      ['Improve Home Network Security Guidance', 'Improve Home Network Security Guidance', 'Priority 3'],
    ]);
  });

  it('still skips a guide whose section gives guidance', () => {
    const guide = '# Plan of Action and Milestones (POA&M)\n\n## General POA&M Guidance\n\nEach item names a weakness and its milestones.\n';
    assert.match(skipReason('poam.md', guide), /gives guidance/);
  });

  it('skips an ISO 14971 "Risk Management Plan" of scope, process summary, roles and deliverables', () => {
    const plan = [
      '# Risk Management Plan', '', 'Aligned with ISO 14971.', '',
      '## Scope', '', '- Covers pump firmware and the gateway.', '',
      '## Process Summary', '', '1. **Risk Analysis** — Perform preliminary hazard analysis.', '',
      '## Roles', '', '- Risk Manager (QA/RA) oversees plan execution.', '',
      '## Deliverables', '', '- Hazard Analysis', '- Risk Management Report', '',
    ].join('\n');
    assert.match(skipReason('risk-management-plan.md', plan), /a process, not a plan of risks/);
  });

  it('skips one whose sections are numbered lines of text and whose document control names its version and owner (session 25)', () => {
    const plan = [
      '# Risk Management Plan', '', 'Risk Management Plan for Bramble Dose Calculator', '',
      '1. Introduction', '', 'This plan describes how risks of the calculator are managed, following ISO 14971:2019.', '',
      '2. Scope', '', 'All design, release and post-market activities.', '',
      '3. Risk Acceptability Criteria', ' • Acceptable: routine monitoring', ' • Unacceptable: must be reduced', '',
      '4. Roles and Responsibilities', ' • Risk Manager: keeps the risk file', '',
      '5. Risk Management Process', ' 1. Hazard Identification', ' 2. Risk Evaluation', '',
      'Version: 1.2', 'Date: March 2026', 'Owner: Risk Manager, Bramble Project', '',
    ].join('\n');
    assert.match(skipReason('risk-management-plan.md', plan), /^its sections \("Scope", "Risk Acceptability Criteria", "Roles and Responsibilities"\) describe how risks are to be managed under ISO 14971, .* a process, not a plan of risks$/);
    // Approved and dated, it is a plan whose risks may have been missed: linted, so that no-risks-read says how to write them.
    assert.deepEqual(recognisePlan('plan.md', plan.replace('Version: 1.2', 'Approved by: Quality Board, 2026-03-02\nVersion: 1.2')), { kind: 'markdown' });
    // A plan of another framework with its version and owner written is no ISO 14971 process plan: linted as before.
    assert.deepEqual(recognisePlan('plan.md', plan.replace(', following ISO 14971:2019', '')), { kind: 'markdown' });
    // A numbered sentence ending in a stop is a list item, not a section's name.
    assert.deepEqual(recognisePlan('plan.md', plan.replace('2. Scope', '2. Scope is every release.').replace('4. Roles and Responsibilities', '4. Roles are set by the board.')), { kind: 'markdown' });
  });
});

describe('templates that write a little (session 21)', () => {
  it('skips a remediation plan template whose findings are all `[Title]` and whose tallies are all 0', () => {
    const tally = (level: string) => `| ${level} | 0 | 0 | 0 | 0 |`;
    const finding = (id: string) => [`### ${id}: [Title]`, '**Status:** ⏳ Pending', '**Assignee:** @username', '**Target Date:** YYYY-MM-DD', '**Remediation:**', '- [ ] Step 1', '- [ ] Step 2', ''];
    const template = [
      '# Security Audit Remediation Plan', '', '**Audit Date:** December 19, 2025', '**Auditor:** Example Security', '',
      '| Severity | Total | Resolved | In Progress | Pending |', '|---|---|---|---|---|', tally('High'), tally('Medium'), tally('Low'), tally('**Total**'), '',
      '## High Severity Findings', '', ...finding('H-1'), ...finding('H-2'), '## Medium Severity Findings', '', ...finding('M-1'), ...finding('M-2'),
    ].join('\n');
    assert.match(skipReason('remediation-plan.md', template), /placeholders to fill in \(such as "\[Title\]"\)/);
    // The same findings named and dated are a plan being filled in, tallies or not.
    const filled = template.replaceAll('[Title]', 'Unchecked admin endpoint').replaceAll('@username', 'Platform lead').replaceAll('YYYY-MM-DD', '2027-01-31');
    assert.equal(recognisePlan('remediation-plan.md', filled).kind, 'markdown');
  });

  it('skips a template by its title when its example threats rate, plan and track nothing', () => {
    const template = [
      '# HIPAA Risk Analysis Template for Small Practices', '',
      '## Step 2: Identify Threats', '',
      '| # | Asset | Threat | Vulnerability | Likelihood (H/M/L) | Impact (H/M/L) |', '|---|---|---|---|---|---|',
      '| 1 | Staff Laptops | Theft or loss | No device encryption | | |',
      '| 2 | M365 Email | Phishing attack | No MFA enforced | | |',
      '| 3 | EHR System | Unauthorized access | Shared logins | | |', '',
    ].join('\n');
    assert.match(skipReason('risk-analysis.md', template), /names a template, and none of the 3 entries read in it has anything filled in/);
    const rated = template.replace('| No device encryption | | |', '| No device encryption | H | H |').replace('# HIPAA Risk Analysis Template for Small Practices', '# HIPAA Risk Analysis');
    // Untitled as a template, the reading is by content as before (no template reason), whatever it then decides.
    assert.doesNotMatch(JSON.stringify(recognisePlan('risk-analysis.md', rated)), /names a template/);
  });
});

describe('a hazard file with its controls in place and its signatures (session 21)', () => {
  const FILE = [
    '# Risk Management File', '',
    '**Hazard H001**: Viewer crashes during a diagnostic review',
    '- **Severity**: 3 (Moderate)',
    '- **Risk Control Measures**:', '  - Automatic session recovery', '  - Redundant data backups',
    '- **Residual Risk**: 2 (Very low with controls)', '',
    '**Hazard H002**: Wrong image rendered',
    '- **Severity**: 4 (Serious)',
    '- **Risk Control Measures**:', '  - Image integrity checksums', '  - Will add display calibration in Q3',
    '- **Residual Risk**: 3 (Low)', '',
    '**Approval Signatures**:',
    '- Risk Manager: Dr. Jennifer Okafor, MD - [Signature] - Date: 2026-01-15',
    '- Quality Manager: M. Brown - [Signature] - Date: 2026-01-15', '',
  ].join('\n');

  it('reads a hazard\'s list of control measures, rated after them, as in place; a list with planned work stays planned', () => {
    const { risks } = parsePlan(FILE, 'markdown');
    assert.deepEqual(risks.map((r) => r.actions.map((a) => a.status?.value)), [['in place', 'in place'], [undefined, undefined]]);
  });

  it('reads the first signer of a signature list as the approver, with the date', () => {
    const { meta } = parsePlan(FILE, 'markdown');
    assert.deepEqual([meta.approvedBy?.value, meta.approvedOn?.value], ['Dr. Jennifer Okafor, MD', '2026-01-15']);
    assert.equal(FILE.slice(meta.approvedBy!.valueRange.start, meta.approvedBy!.valueRange.end), 'Dr. Jennifer Okafor, MD');
    assert.deepEqual(analyse(FILE, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'missing-approval'), []);
    // A signature list still to fill in signs nothing.
    const blank = FILE.replace('Dr. Jennifer Okafor, MD - [Signature] - Date: 2026-01-15', '[Name] - [Signature] - Date: [Date]')
      .replace('M. Brown - [Signature] - Date: 2026-01-15', '[Name] - [Signature] - Date: [Date]');
    assert.equal(parsePlan(blank, 'markdown').meta.approvedBy, undefined);
  });
});

describe('a risk analysis\'s catalogues, its plan summary and a roadmap keyed by risk (session 21)', () => {
  const ANALYSIS = [
    '# HIPAA Security Risk Analysis', '',
    '## Threats', '',
    '| Threat ID | Threat | Source | Target |', '|---|---|---|---|',
    '| T-H-001 | Insider access without need | Workforce | EHR clinical data |',
    '| T-H-002 | Ransomware | External actor | EHR servers, workstations |', '',
    '## Results', '',
    '| Risk ID | Threat | Likelihood | Impact | Risk Level | Current Controls |', '|---|---|---|---|---|---|',
    '| R-001 | T-H-002 Ransomware | 3 | 3 | HIGH | EDR, backups |',
    '| R-002 | T-H-001 Insider access | 2 | 3 | MODERATE | RBAC, SIEM |', '',
    '## Risk Management Plan Summary', '',
    '| Risk ID | Risk Level | Response Strategy | Responsible | Target Date |', '|---|---|---|---|---|',
    '| R-001 | HIGH | Mitigate — patch the three legacy servers | Systems Admin | 2027-05-31 |',
    '| R-002 | MODERATE | Mitigate — move analytics accounts to hardware keys | IAM Admin | 2027-06-30 |', '',
  ].join('\n');

  it('reads a bare Target column of words as what a threat aims at, so the cited threat catalogue is no risks', () => {
    assert.deepEqual(parsePlan(ANALYSIS, 'markdown').risks.map((r) => r.id?.value), ['R-001', 'R-002']);
  });

  it('joins a plan summary keyed by the risks\' IDs, with a response, an owner and a date, to those risks', () => {
    const [first] = parsePlan(ANALYSIS, 'markdown').risks;
    assert.deepEqual([first.treatment?.value, first.actions[0].action?.value, first.actions[0].owner?.value, first.actions[0].due?.value],
      ['Mitigate', 'patch the three legacy servers', 'Systems Admin', '2027-05-31']);
  });

  it('keys numbered steps by the risk each treats, across the phases\' tables, as one risk with its steps', () => {
    const roadmap = [
      '# Remediation Roadmap', '',
      '## Phase 1 — Days 0 to 30', '',
      '| # | Action | Risk | Owner |', '|---|---|---|---|',
      '| 1.1 | **Enable MFA** on email and remote access | R-01 | IT support |',
      '| 1.2 | **Execute the missing BAAs** with the answering service | R-12 | Administrator |',
      '| 1.3 | **Start an incident log** | R-01 | Administrator |', '',
      '## Phase 2 — Days 31 to 90', '',
      '| # | Action | Risk | Owner |', '|---|---|---|---|',
      '| 2.1 | **Run the first phishing simulation** | R-01 | IT support |', '',
    ].join('\n');
    const { risks } = parsePlan(roadmap, 'markdown');
    assert.deepEqual(risks.map((r) => [r.id?.value, r.actions.length]), [['R-01', 3], ['R-12', 1]]);
    assert.deepEqual(analyse(roadmap, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'duplicate-risk-id'), []);
  });
});

describe('an action line that labels its own due date (session 21)', () => {
  it('reads `— Due: 2027-01-31` on the action\'s line as its deadline, before a summary row dates the risk\'s undated actions', () => {
    const register = [
      '# Risk Register', '',
      '| ID | Risk | Owner | Status |', '|---|---|---|---|',
      '| R-015 | Tariff comparison bias allegation | Programme Director | Open |', '',
      '### Risk R-015: Tariff comparison bias allegation', '',
      '**Additional Mitigations Needed:**',
      '1. **Obtain written endorsement of the comparison method**',
      '2. **Publish the method openly** — Owner: Product Owner — Due: 2027-01-31', '',
      '## Prioritised Action Plan', '',
      '| Risk | Action | Owner | Due |', '|---|---|---|---|',
      '| R-015 | Obtain written endorsement of the comparison method | Programme Director | 2026-09-30 |', '',
    ].join('\n');
    const risk = parsePlan(register, 'markdown').risks.find((r) => r.id?.value === 'R-015')!;
    const published = risk.actions.find((a) => /Publish/.test(a.action?.value ?? ''));
    assert.equal(published?.due?.value, '2027-01-31');
  });
});
