// Issue 12, session 34: what the blind audit of set 86 (held out) found wrong, written here anew. A vendor register grades
// its one critical vendor in the heading (`### 🔴 CRITICAL RISK: Recall.ai`) over its urgent work, then groups the others
// under a bucket (`### 🟠 HIGH RISK VENDORS` over `#### LiveKit`), and dates the work in a roadmap of weeks.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const VENDORS = [
  '# Vendor Risk Register',
  '',
  '**Last Updated:** 2026-01-18',
  '',
  '## Risk Assessment Details',
  '',
  '### 🔴 CRITICAL RISK: Meetbot',
  '',
  '**Risk Factors:**',
  '- No BAA in place for recorded visits',
  '',
  '**Immediate Actions Required:**',
  '1. Sign a BAA with Meetbot or stop sending it visit recordings',
  '2. Obtain Meetbot\'s SOC 2 Type II report',
  '',
  '### 🟠 HIGH RISK VENDORS',
  '',
  '#### Streamline',
  '',
  '**Mitigations:**',
  '- Sign the Streamline BAA',
  '**Owner:** Privacy Officer',
  '**Target Date:** 2026-03-31',
  '',
].join('\n');

describe('a vendor register grading one vendor in its heading, the rest under a bucket (set 86)', () => {
  it('reads the graded heading as a risk beside the bucket\'s, its urgent list as the actions', () => {
    const plan = parsePlan(VENDORS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['Meetbot', 'CRITICAL', ['Sign a BAA with Meetbot or stop sending it visit recordings', 'Obtain Meetbot\'s SOC 2 Type II report']],
      ['Streamline', 'HIGH', ['Sign the Streamline BAA']],
    ]);
    const { findings } = analyse(VENDORS, 'markdown', { today: '2026-06-15' });
    const line = (f: { range: { start: number } }) => VENDORS.slice(0, f.range.start).split('\n').length;
    // The critical vendor's work has no owner and no date: said so once for its list, at its heading, as for any risk.
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-owner' || f.rule === 'missing-due-date').map((f) => [f.rule, line(f)]).sort(), [
      ['missing-due-date', 7], ['missing-owner', 7],
    ]);
  });

  it('a heading that states its severity but plans nothing stays a heading: no risk, no missing-action', () => {
    const notes = VENDORS.replace('**Immediate Actions Required:**\n1. Sign a BAA with Meetbot or stop sending it visit recordings\n2. Obtain Meetbot\'s SOC 2 Type II report\n', 'Meetbot is under review by the privacy team.\n');
    const plan = parsePlan(notes, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.title?.value), ['Streamline']);
    assert.equal(analyse(notes, 'markdown', { today: '2026-06-15' }).findings.filter((f) => f.rule === 'missing-action').length, 0);
  });
});

// Set 86 (held out): a platform's POA&M kept as YAML (`findings:`), whose accepted exceptions give their reason
// (`risk_justification`) and the measures the exception leans on (`mitigations`), due to be resolved by a date.
const POAM_YAML = [
  'findings:',
  '  - id: "POAM-001"',
  '    title: "Backup agent runs privileged on every node"',
  '    severity: medium',
  '    status: risk-accepted',
  '    target_resolution: "2026-06-15"',
  '    assignee: platform-team',
  '    risk_justification: >-',
  '      Volume backups need host filesystem access; without them the patient',
  '      database cannot be restored.',
  '    mitigations:',
  '      - "The agent is restricted to the backup namespace"',
  '      - "Agent pods mount only the volume paths"',
  '  - id: "POAM-002"',
  '    title: "Lab certificates are self-signed"',
  '    severity: low',
  '    status: open',
  '    target_resolution: "2026-03-01"',
  '    assignee: platform-team',
  '    remediation_plan: "Issue the lab certificates from the clinic CA"',
  '  - id: "POAM-003"',
  '    title: "Identity database has no persistent volume"',
  '    severity: high',
  '    status: resolved',
  '    target_resolution: "2026-02-01"',
  '    assignee: platform-team',
  '    remediation_plan: "Move the identity database to a replicated volume with nightly backups"',
  '    evidence: "platform/identity/volume.yaml"',
  '',
].join('\n');

describe('a YAML POA&M\'s accepted exception: its reason and the measures it leans on (set 86)', () => {
  it('reads the measures as compensating controls and the date as the acceptance\'s review, not as actions', () => {
    const [accepted, open] = parsePlan(POAM_YAML, 'yaml').risks;
    assert.equal(parsePlan(POAM_YAML, 'yaml').risks.length, 3);
    assert.equal(accepted.treatment?.value, 'risk-accepted');
    assert.match(accepted.acceptance.rationale?.value ?? '', /^Volume backups need host filesystem access/);
    assert.deepEqual(accepted.acceptance.compensatingControls?.items, ['The agent is restricted to the backup namespace', 'Agent pods mount only the volume paths']);
    assert.equal(accepted.acceptance.reviewBy?.value, '2026-06-15');
    assert.deepEqual(accepted.actions, []);
    // A record being fixed keeps its plan as its action.
    assert.equal(open.actions[0].action?.value, 'Issue the lab certificates from the clinic CA');
  });

  it('asks the acceptance for its approver and date, and says when its review lapsed; a reason alone names no treatment', () => {
    const { findings } = analyse(POAM_YAML, 'yaml', { today: '2026-12-07' });
    assert.deepEqual(findings.filter((f) => f.rule !== 'missing-approval' && f.rule !== 'missing-risk-analysis' && f.rule !== 'stale-review').map((f) => f.rule).sort(), [
      'expired-acceptance', 'incomplete-acceptance', 'overdue-action',
    ]);
    // Without the accepting status the reason is only a reason: no treatment is read from its key.
    const reasoned = parsePlan(POAM_YAML.replace('status: risk-accepted', 'status: open'), 'yaml').risks[0];
    assert.equal(reasoned.treatment, undefined);
  });
});

// Set 86 (held out): a SOC 2 register whose table plans every risk, then records its treatment decisions in a section of
// their own, one sub-heading per treatment, each item naming a risk by its ID.
const TREATED = [
  '# Risk Register',
  '',
  '## Risks',
  '',
  '| Risk ID | Risk | Remediation | Owner | Status |',
  '|---|---|---|---|---|',
  '| R-012 | No automated log retention | Set a 1-year retention on the audit log bucket | Dev Team | Open |',
  '| R-013 | No user data export | Build a self-service export of a user\'s records | Dev Team | Enhancement |',
  '',
  '## Risk Treatment',
  '',
  '### Accept',
  '- **R-013:** No user data export (low risk, can be addressed post-audit)',
  '',
  '### Mitigate',
  '- All other risks require mitigation',
  '',
  '## Next Steps',
  '',
  '- **R-012:** start in Q3',
  '',
].join('\n');

describe('a register\'s section of treatment decisions, one sub-heading per treatment (set 86)', () => {
  it('gives the risk an item names the treatment it sits under, and an acceptance its bracketed reason', () => {
    const [logs, exportRisk] = parsePlan(TREATED, 'markdown').risks;
    assert.equal(exportRisk.treatment?.value, 'Accept');
    assert.equal(exportRisk.acceptance.rationale?.value, 'low risk, can be addressed post-audit');
    // A risk the section names under no treatment of its own (`All other risks`), or a later section names, keeps none.
    assert.equal(logs.treatment, undefined);
    const { findings } = analyse(TREATED, 'markdown', { today: '2026-12-07' });
    const line = (f: { range: { start: number } }) => TREATED.slice(0, f.range.start).split('\n').length;
    // The acceptance is asked for what it lacks; its row's action asks no due date of an accepted risk.
    assert.deepEqual(findings.filter((f) => line(f) === 8 && f.rule !== 'missing-priority').map((f) => f.rule), ['incomplete-acceptance']);
    assert.ok(findings.some((f) => f.rule === 'missing-due-date' && line(f) === 7));
  });

  it('a treatment written for the risk itself is kept over the section\'s', () => {
    const own = TREATED.replace('| Risk ID | Risk | Remediation | Owner | Status |\n|---|---|---|---|---|', '| Risk ID | Risk | Remediation | Owner | Status | Treatment |\n|---|---|---|---|---|---|')
      .replace('| Dev Team | Open |', '| Dev Team | Open | Mitigate |').replace('| Dev Team | Enhancement |', '| Dev Team | Enhancement | Mitigate |');
    assert.equal(parsePlan(own, 'markdown').risks[1].treatment?.value, 'Mitigate');
  });
});

// Set 86 (held out): an external audit report grades each area (`### 1. Authentication` over `**Rating:** A (95/100)`), lists
// its strengths, then under `#### Findings` each finding as a graded bold line over its fields.
const AUDIT = [
  '# External Security Audit Report',
  '',
  '**Report Date:** 2026-02-11',
  '',
  '## Detailed Findings',
  '',
  '### 1. Authentication & Authorization',
  '',
  '**Rating:** A (95/100)',
  '',
  '#### Strengths',
  '',
  '✅ **Strong Password Requirements**',
  '- Minimum 12 characters',
  '',
  '#### Findings',
  '',
  '⚠️ **MEDIUM: MFA Not Implemented**',
  '- **Risk:** Account takeover via password compromise',
  '- **Recommendation:** Add a second sign-in factor for staff accounts in release 1.4.0',
  '- **Priority:** P0 (High)',
  '',
  '### 2. Data Protection',
  '',
  '**Rating:** B+ (88/100)',
  '',
  '#### Findings',
  '',
  '⚠️ **LOW: Verbose Error Messages**',
  '- **Risk:** Stack traces shown to users',
  '- **Recommendation:** Return generic error pages in production',
  '',
  '✅ **RESOLVED: No Default Credentials**',
  '- Verified: no passwords in the code',
  '',
].join('\n');

describe('an audit report\'s graded areas and their findings as graded bold lines (set 86)', () => {
  it('reads each graded bold line over its fields as a finding; the area heading and its letter grade are no risk', () => {
    const plan = parsePlan(AUDIT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['MFA Not Implemented', 'MEDIUM', ['Add a second sign-in factor for staff accounts in release 1.4.0']],
      ['Verbose Error Messages', 'LOW', ['Return generic error pages in production']],
    ]);
    assert.equal(analyse(AUDIT, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'missing-action').length, 0);
  });

  it('a graded bold line with no list of fields under it is a paragraph\'s lead, not a finding', () => {
    const lead = AUDIT.replace('⚠️ **LOW: Verbose Error Messages**\n- **Risk:**', '⚠️ **LOW: Verbose Error Messages**\n\nStack traces are shown.\n\n- **Risk:**');
    assert.deepEqual(parsePlan(lead, 'markdown').risks.map((r) => r.title?.value).includes('Verbose Error Messages'), false);
  });
});

describe('a vendor\'s measures marked in place beside its open work (set 86)', () => {
  const vendor = (items: string) => [
    '# Vendor Risk Register', '', '## Vendor Risk Register', '', '### Streamline', '', '**Mitigations:**', items, '',
  ].join('\n');

  it('reads the measures marked done or locked and worded as a state as its controls, the rest as its work', () => {
    const risk = parsePlan(vendor('- ✅ SOC 2 Type II certified\n- 🔒 Encryption at rest enabled\n- ⏳ BAA negotiation in progress'), 'markdown').risks[0];
    assert.deepEqual(risk.acceptance.compensatingControls?.items, ['SOC 2 Type II certified', 'Encryption at rest enabled']);
    assert.deepEqual(risk.actions.map((a) => [a.action?.value, a.status?.value]), [['BAA negotiation in progress', '⏳']]);
    // No done action is left to ask for its validation.
    assert.equal(analyse(vendor('- ✅ SOC 2 Type II certified\n- ⏳ BAA negotiation in progress'), 'markdown', { today: '2026-06-15' }).findings.filter((f) => f.rule === 'missing-validation').length, 0);
  });

  it('a done item worded as work stays done work; a list all in place is read as before', () => {
    const work = parsePlan(vendor('- ✅ Sign the BAA with Streamline\n- ⏳ BAA negotiation in progress'), 'markdown').risks[0];
    assert.deepEqual(work.actions.map((a) => a.action?.value), ['Sign the BAA with Streamline', 'BAA negotiation in progress']);
    const allInPlace = parsePlan(vendor('- ✅ SOC 2 Type II certified\n- 🔒 Encryption at rest enabled'), 'markdown').risks[0];
    assert.equal(allInPlace.acceptance.compensatingControls, undefined);
    assert.equal(allInPlace.actions.length, 2);
  });
});

describe('a remediation tracker keyed by the finding\'s ID beside a row number; owners that are blanks joined (set 87)', () => {
  const tracker = (owner: string) => [
    '# Security Review', '', '## Remediation Tracker', '',
    '| Item # | Domain | Finding ID | Finding Description | Severity | Remediation Plan | Owner | Target Date | Status |',
    '|---|---|---|---|---|---|---|---|---|',
    `| 1 | Auth | F-01 | Open redirect in the OAuth callback | Critical | Validate redirect_uri against an allowlist | ${owner} | 2026-02-13 | In progress |`,
    '| 2 | Container | F-02 | No .dockerignore in the image build | Critical | Add a .dockerignore that leaves out .env and .git | DevOps Lead | 2026-02-13 | Open |',
    '',
  ].join('\n');

  it('takes the finding\'s ID, not the row\'s number, as the risk\'s ID', () => {
    assert.deepEqual(parsePlan(tracker('Dev Lead'), 'markdown').risks.map((r) => r.id?.value), ['F-01', 'F-02']);
  });

  it('an owner that joins blanks (`[ISSO NAME] / [SYSADMIN NAME]`) names nobody; one real role among them names that role', () => {
    const owners = (owner: string) => analyse(tracker(owner), 'markdown', { today: '2026-06-15' }).findings.filter((f) => f.rule === 'missing-owner').length;
    assert.equal(owners('[ISSO NAME] / [SYSADMIN NAME]'), 1);
    assert.equal(owners('[SYSADMIN NAME] / Development Team Lead'), 0);
    assert.equal(owners('IT / HR'), 0);
  });
});
