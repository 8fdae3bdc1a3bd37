// Registers that spread one risk over several tables (issue 12, round 12): a threats table, then a
// table of mitigations keyed by the threats' IDs under a header of its own words (`Threat ID`);
// and a register whose risks cite their mitigations by ID, then list those mitigations in a
// catalogue table of their own. Synthetic fixtures, written for these tests.
import * as assert from 'node:assert/strict';
import { detectPlan } from '../../server/out/parse/detect';
import { parsePlan } from './lint-with-registry';
import { fieldForLabel } from '../../server/out/model/vocabulary';

const THREATS_THEN_MITIGATIONS = [
  '# Lab Results Portal Threat Model',
  '',
  '**Owner:** Clinical Systems Security',
  '',
  '## Threats',
  '',
  '| ID | Threat | Likelihood | Impact |',
  '|---|---|---|---|',
  '| PT-1 | Patient session hijacked on a shared kiosk | Medium | High |',
  '| PT-2 | Result PDFs cached by the browser | Low | High |',
  '| PT-3 | Courier API key leaked in a mobile build | Medium | Medium |',
  '',
  '## Mitigations',
  '',
  '| Threat ID | Mitigation | Status | Implementation |',
  '|---|---|---|---|',
  '| PT-1 | Expire kiosk sessions after two idle minutes | In Progress | |',
  '| PT-2 | Send no-store headers on every result download | Implemented | `gateway/headers.conf`, CI header check |',
  '| PT-3 | Move the courier key behind the token exchange service | Planned | |',
  '',
  '## Residual Risk',
  '',
  '| Threat ID | Residual Risk | Accepted By |',
  '|---|---|---|',
  '| PT-1 | A kiosk left open inside two minutes | Privacy Officer |',
  '',
].join('\n');

const RISKS_CITING_A_CATALOGUE = [
  '# Risk Register',
  '',
  '## Risks',
  '',
  '| ID | Title | Severity | Status | Mitigations |',
  '|---|---|---|---|---|',
  '| RK-01 | Fax numbers typed by hand | High | Active | CTL-10, CTL-11 |',
  '| RK-02 | Shared login at the front desk | Medium | Active | CTL-12 |',
  '| RK-03 | Unencrypted USB exports | High | Active | CTL-10 |',
  '',
  '## Mitigations',
  '',
  '| ID | Title | Status | Last Verified |',
  '|---|---|---|---|',
  '| CTL-10 | Speed-dial list for every outside practice | Implemented | 2026-03-01 |',
  '| CTL-11 | Cover sheet naming the recipient | Pending | Never |',
  '| CTL-12 | Named accounts with badge tap login | Pending | Never |',
  '',
].join('\n');

describe('risks spread over tables joined by their IDs (issue 12, round 12)', () => {
  it('reads a header naming the ID of what a register lists as the ID column, whatever the entries are called', () => {
    for (const header of ['Threat ID', 'Vulnerability #', 'Hazard Ref', 'Finding No.', 'Scenario Number']) assert.equal(fieldForLabel(header), 'id', header);
    for (const header of ['Ticket Title', 'Threat Source', 'Threat']) assert.notEqual(fieldForLabel(header), 'id', header);
  });

  it('takes a mitigations table keyed by the threats\' IDs as their actions, and so the threat model as a plan', () => {
    assert.equal(detectPlan('portal-threat-model.md', THREATS_THEN_MITIGATIONS), 'markdown');
    const plan = parsePlan(THREATS_THEN_MITIGATIONS, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions.map((a) => [a.action?.value, a.status?.value])]),
      [
        ['PT-1', 'Patient session hijacked on a shared kiosk', [['Expire kiosk sessions after two idle minutes', 'In Progress']]],
        ['PT-2', 'Result PDFs cached by the browser', [['Send no-store headers on every result download', 'Implemented']]],
        ['PT-3', 'Courier API key leaked in a mobile build', [['Move the courier key behind the token exchange service', 'Planned']]],
      ],
    );
  });

  it('reads an Implementation column beside the mitigation as where it is in place: its evidence', () => {
    const plan = parsePlan(THREATS_THEN_MITIGATIONS, 'markdown');
    assert.equal(plan.risks[1].actions[0].evidence?.value, '`gateway/headers.conf`, CI header check');
  });

  it('does not take a catalogue of the mitigations the risks cite by ID as risks of its own, but keeps a table of other risks', () => {
    const plan = parsePlan(RISKS_CITING_A_CATALOGUE, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['RK-01', 'RK-02', 'RK-03']);
    // A second table of risks whose IDs no earlier action cites keeps its rows.
    const second = RISKS_CITING_A_CATALOGUE.replace('## Mitigations', '## Vendor risks').replace(/^\| CTL-(\d+) \|/gm, '| VR-$1 |');
    const both = parsePlan(second, 'markdown');
    assert.deepEqual(both.risks.map((r) => r.id?.value), ['RK-01', 'RK-02', 'RK-03', 'VR-10', 'VR-11', 'VR-12']);
  });
});

const THREAT_SECTIONS = [
  '# Telehealth Platform Threat Model',
  '',
  '## Threat Categories',
  '',
  '#### TH1.1: Visit recording left in a public bucket',
  '',
  '| Attribute | Value |',
  '|---|---|',
  '| **Impact** | HIGH - recordings hold PHI |',
  '| **Likelihood** | MEDIUM - buckets are made by hand |',
  '',
  '**Mitigations:**',
  '| Control | Type | Effectiveness |',
  '|---|---|---|',
  '| Block public access on every recording bucket | Preventive | HIGH |',
  '| Alert on a bucket policy change | Detective | MEDIUM |',
  '',
  '#### TH1.2: Clinician tokens replayed after logout',
  '',
  '| Attribute | Value |',
  '|---|---|',
  '| **Impact** | MEDIUM - one session |',
  '',
  '**Mitigations:**',
  '| Control | Type |',
  '|---|---|',
  '| Revoke refresh tokens at logout | Preventive |',
  '',
  '### TH2: Denial of Service',
  '',
  '| ID | Name | Impact | Likelihood | Key Mitigations |',
  '|---|---|---|---|---|',
  '| TH2.1 | Waiting room flooded with fake joins | MEDIUM | HIGH | Rate limits per clinic link |',
  '| TH2.2 | Video relay saturated | HIGH | LOW | Second relay region |',
  '',
].join('\n');

describe('a threat model\'s mitigations written as tables (issue 12, round 12)', () => {
  it('reads a table set under an action label as the risk\'s actions, one per row', () => {
    const plan = parsePlan(THREAT_SECTIONS, 'markdown');
    assert.deepEqual(plan.risks.slice(0, 2).map((r) => [r.id?.value, r.actions.map((a) => a.action?.value)]), [
      ['TH1.1', ['Block public access on every recording bucket', 'Alert on a bucket policy change']],
      ['TH1.2', ['Revoke refresh tokens at logout']],
    ]);
  });

  it('reads "Key Mitigations" as the action column and the unnamed column of words beside the ID as the risk', () => {
    assert.equal(fieldForLabel('Key Mitigations'), 'action');
    assert.equal(fieldForLabel('Main Risk'), 'risk');
    const plan = parsePlan(THREAT_SECTIONS, 'markdown');
    assert.deepEqual(plan.risks.slice(2).map((r) => [r.id?.value, r.title?.value, r.actions[0]?.action?.value]), [
      ['TH2.1', 'Waiting room flooded with fake joins', 'Rate limits per clinic link'],
      ['TH2.2', 'Video relay saturated', 'Second relay region'],
    ]);
  });

  it('takes a risk heading whose section holds only a table of risks as their group, not a risk', () => {
    const plan = parsePlan(THREAT_SECTIONS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['TH1.1', 'TH1.2', 'TH2.1', 'TH2.2']);
    assert.equal(detectPlan('telehealth-threat-model.md', THREAT_SECTIONS), 'markdown');
  });
});

const ROWS_WITH_DETAILS = [
  '# Risk Register',
  '',
  '## Risks',
  '',
  '| ID | Title | Severity | Status | Mitigations |',
  '|---|---|---|---|---|',
  '| RK-01 | Fax numbers typed by hand | High | Active | CTL-10, CTL-11 |',
  '| RK-02 | Shared login at the front desk | Medium | Active | None |',
  '',
  '#### RK-01: Fax numbers typed by hand',
  '',
  '- **Owner**: front-office',
  '',
  '**Mitigations**:',
  '- [CTL-10](#ctl-10): Speed-dial list for every outside practice',
  '- [CTL-11](#ctl-11): Cover sheet naming the recipient',
  '',
  '#### RK-02: Shared login at the front desk',
  '',
  '- **Owner**: it-team',
  '',
  '## Mitigations',
  '',
  '| ID | Title | Status | Last Verified |',
  '|---|---|---|---|',
  '| CTL-10 | Speed-dial list for every outside practice | Implemented | 2026-03-01 |',
  '| CTL-11 | Cover sheet naming the recipient | Pending | Never |',
  '',
].join('\n');

describe('a register\'s rows, their detail sections and the catalogue of mitigations (issue 12, round 12)', () => {
  it('gives the owner a detail section names to the row\'s action, and takes a row citing only the section\'s steps as those steps', () => {
    const plan = parsePlan(ROWS_WITH_DETAILS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.owner?.value])]), [
      ['RK-01', [['[CTL-10](#ctl-10): Speed-dial list for every outside practice', 'front-office'], ['[CTL-11](#ctl-11): Cover sheet naming the recipient', 'front-office']]],
      // `None` in the Mitigations cell plans nothing (session 21): the row has no action, only the section's owner.
      ['RK-02', [[undefined, 'it-team']]],
    ]);
  });

  it('gives the row\'s action no owner when the section\'s steps have different owners', () => {
    const text = ROWS_WITH_DETAILS.replace('- **Owner**: it-team\n', '**Mitigations**:\n- Named logins\n  - Owner: it-team\n- Badge readers\n  - Owner: facilities\n');
    const plan = parsePlan(text, 'markdown');
    assert.deepEqual(plan.risks[1].actions.map((a) => [a.action?.value, a.owner?.value]), [['Named logins', 'it-team'], ['Badge readers', 'facilities']]);
  });

  it('gives an action that leads with a catalogued ID the entry\'s status, and its verification date as the validation', () => {
    const plan = parsePlan(ROWS_WITH_DETAILS, 'markdown');
    assert.deepEqual(plan.risks[0].actions.map((a) => [a.status?.value, a.validation?.value]), [['Implemented', '2026-03-01'], ['Pending', undefined]]);
  });
});

const FENCED_REMEDIATION = [
  '# Scheduling Service Security Audit',
  '',
  '## Findings',
  '',
  '#### VLN-001: Appointment notes written to the debug log',
  '',
  '**Severity:** High',
  '',
  '**Remediation:**',
  '```python',
  'logger.info("appointment %s updated", appointment.id)  # never the notes',
  '```',
  '',
  '#### VLN-002: Reminder texts sent over plain HTTP',
  '',
  '**Severity:** Medium',
  '',
  '**Mitigation Strategy**:',
  '',
  '```yaml',
  'Prevention:',
  '  - Send reminders through the HTTPS gateway only',
  '```',
  '',
].join('\n');

describe('an action label over a fenced block (issue 12, round 12)', () => {
  it('reads the block as the planned action: code or a fenced list of measures is what is done', () => {
    const plan = parsePlan(FENCED_REMEDIATION, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => a.action?.value)]), [
      ['VLN-001', ['logger.info("appointment %s updated", appointment.id)  # never the notes']],
      ['VLN-002', ['Prevention:\n  - Send reminders through the HTTPS gateway only']],
    ]);
  });
});

const TRACKER_LABELS = [
  '# Pen Test Remediation Log',
  '',
  '## HIGH PRIORITY FINDINGS',
  '',
  '### PT-001: Session cookies without the Secure flag',
  '**Status**: IN PROGRESS',
  '**Assigned**: Web Team',
  '**Due Date**: 2027-01-29',
  '',
  '#### Implementation Checklist',
  '- [ ] Set Secure and HttpOnly on the session cookie',
  '- [ ] Rotate all live sessions after the release',
  '',
  '## Conclusion',
  '',
  'Two findings remain open.',
  '',
  '**Auditor:** Clinic IT Security',
  '**Date:** October 2, 2026',
  '',
].join('\n');

describe('a tracker\'s own labels and an audit\'s closing signature (issue 12, round 12)', () => {
  it('reads `Assigned` as the owner and an Implementation Checklist heading as the actions', () => {
    const plan = parsePlan(TRACKER_LABELS, 'markdown');
    assert.deepEqual(plan.risks[0].actions.map((a) => [a.action?.value, a.owner?.value]), [
      ['Set Secure and HttpOnly on the session cookie', 'Web Team'],
      ['Rotate all live sessions after the release', 'Web Team'],
    ]);
  });

  it('reads a Verification Results heading over its list as the risk\'s validation', () => {
    const done = TRACKER_LABELS.replace('## Conclusion', '### PT-002: Rate limits missing\n**Status**: COMPLETED\n**Assigned**: API Team\n\n#### Verification Results\n- **Load Testing**: Passed - bursts are refused\n\n## Conclusion');
    const plan = parsePlan(done, 'markdown');
    assert.equal(plan.risks[1].validation?.value, '**Load Testing**: Passed - bursts are refused');
  });

  it('reads the auditor signing at the end of the document as who conducted the analysis', () => {
    const plan = parsePlan(TRACKER_LABELS, 'markdown');
    assert.equal(plan.meta.riskAnalysis?.conductedBy?.value, 'Clinic IT Security');
  });
});

const POAM_NOTES = [
  '# POA&M Tracking Log',
  '',
  '### POAM-101: Badge readers on the records room',
  '',
  '**Planned Remediation:**',
  '- Install badge readers on both records room doors',
  '',
  '**Responsible Party:** Facilities Lead',
  '**Target Completion Date:** 2026-03-01',
  '**Status:** ✅ Completed',
  '',
  '**Milestones:**',
  '- [x] Readers installed (Week 2)',
  '- [x] Access test evidence filed (Week 3) - FAC-RPT-12_Badge_Test.pdf',
  '',
  '### POAM-102: Visitor log kept on paper',
  '',
  '**Planned Remediation:**',
  '- Move the visitor log to the front-desk tablet',
  '',
  '**Responsible Party:** Office Manager',
  '**Target Completion Date:** 2026-04-01',
  '**Status:** ✅ Completed',
  '',
  '**Notes:** Tablet log live since March, with evidence (FAC-RPT-13).',
  '',
  '### POAM-103: Shredding contract lapsed',
  '',
  '**Planned Remediation:**',
  '- Renew the shredding contract',
  '',
  '**Responsible Party:** Office Manager',
  '**Target Completion Date:** 2026-05-01',
  '**Status:** ✅ Completed',
  '',
  '**Notes:** Evidence document created. Renewed in April (Week 2).',
  '',
].join('\n');

describe('evidence named in a POA&M item\'s notes or milestones (issue 12, round 12)', () => {
  it('reads the record a note or a milestone names as the evidence; a note naming no record is none', () => {
    const plan = parsePlan(POAM_NOTES, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.evidence?.value]), [
      ['POAM-101', 'evidence filed (Week 3) - FAC-RPT-12_Badge_Test.pdf'],
      ['POAM-102', 'evidence (FAC-RPT-13)'],
      ['POAM-103', undefined],
    ]);
  });
});

const AUDIT_VIOLATIONS = [
  '# Privacy Compliance Audit Report',
  '',
  '**Audit Date:** 2026-06-01',
  '',
  '## 4. Identified Violations',
  '',
  '### 4.1 Medium Priority Violations (P2)',
  '',
  '#### Violation 1: Intake forms e-mailed unencrypted',
  '- **Risk:** Intake PDFs with PHI sent over plain e-mail',
  '- **Remediation:** Send intake forms through the patient portal only',
  '- **Timeline:** 2 weeks',
  '',
  '### 4.2 Low Priority Violations (P3)',
  '',
  '#### Violation 1: No visitor badge policy',
  '- **Risk:** Visitors walk the clinic unescorted',
  '- **Remediation:** Issue visitor badges at the front desk',
  '- **Timeline:** 1 month',
  '',
].join('\n');

describe('an audit report\'s violations graded by level (issue 12, round 12)', () => {
  it('reads each violation under a "… Priority Violations" section as a risk with its remediation, timeline and the section\'s level', () => {
    const plan = parsePlan(AUDIT_VIOLATIONS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions[0]?.action?.value, r.actions[0]?.due?.value]), [
      ['Violation 1: Intake forms e-mailed unencrypted', 'Medium', 'Send intake forms through the patient portal only', '2 weeks'],
      ['Violation 1: No visitor badge policy', 'Low', 'Issue visitor badges at the front desk', '1 month'],
    ]);
  });
});

const ROADMAP_PERIODS = [
  '# Controls Audit',
  '',
  '## Gaps',
  '',
  '| Gap ID | Control | Gap Description | Remediation |',
  '|---|---|---|---|',
  '| CR-001 | SC-8 | No TLS attestation from the host | Obtain the host\'s TLS attestation |',
  '| CR-002 | AU-11 | No retention schedule | Write the retention schedule |',
  '',
  '## Remediation Roadmap',
  '',
  '### IMMEDIATE (Critical - Q1 2027)',
  '- [ ] **CR-001**: **TLS verification**',
  '',
  '### Q2 2027 (High Priority)',
  '- [ ] **CR-002**: Retention schedule',
  '',
].join('\n');

describe('a roadmap of periods naming the risks it schedules (issue 12, round 12)', () => {
  it('dates each named risk\'s undated actions with the period of the heading it is listed under', () => {
    const plan = parsePlan(ROADMAP_PERIODS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => a.due?.value)]), [
      ['CR-001', ['Q1 2027']],
      ['CR-002', ['Q2 2027']],
    ]);
  });

  it('gives no date to the risks of a register grouped by the quarter they were found in', () => {
    const text = '# Risk Register\n\n## Q1 2025\n\n### R-001: Laptop theft\n**Action:** Encrypt every laptop with BitLocker\n**Owner:** IT Lead\n';
    assert.equal(parsePlan(text, 'markdown').risks[0].actions[0].due, undefined);
  });
});

describe('a HIPAA gap checklist keyed by the rule\'s sections (issue 12, round 12)', () => {
  it('takes the citation opening a heading as the risk\'s ID', () => {
    const text = [
      '# HIPAA Security Rule Checklist',
      '',
      '## Technical Safeguards',
      '',
      '### §164.312(b) Audit Controls (Required) ❌',
      '**Current Status**: ❌ Not Implemented',
      '**Priority**: High',
      '**Implementation Plan**: Log every chart view to the audit store by March',
      '',
      '### § 164.312(e)(1) Transmission Security (Required) ⚠️',
      '**Current Status**: ⚠️ Partial',
      '**Priority**: Medium',
      '**Implementation Plan**: Turn off TLS 1.0 on the fax gateway',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value]), [
      ['§164.312(b)', 'Audit Controls (Required) ❌'],
      ['§ 164.312(e)(1)', 'Transmission Security (Required) ⚠️'],
    ]);
  });
});

const RATED_ASSESSMENT = [
  '# Imaging Archive Vulnerability Assessment Report',
  '**Assessment Date:** 2026-09-01',
  '',
  '## Risk Assessment Summary',
  '',
  '| Threat Source | Threat Event | Likelihood | Severity | Risk Score |',
  '|---|---|---|---|---|',
  '| Outsider | Download studies through the open DICOM port | 3 | 3 | 9 (High) |',
  '| Former staff | Log in with an account never disabled | 2 | 3 | 6 (Medium) |',
  '',
  '## Remediation Strategy',
  '',
  '- Close the DICOM port to the internet',
  '- Disable accounts on the last working day',
  '',
].join('\n');

describe('a risk assessment report with its remediation strategy (issue 12, round 12)', () => {
  it('reads the threat events rated by likelihood and severity as risks, and the report with a remediation section as a plan', () => {
    assert.equal(detectPlan('archive-assessment.md', RATED_ASSESSMENT), 'markdown');
    const plan = parsePlan(RATED_ASSESSMENT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.likelihood?.value]), [
      ['Download studies through the open DICOM port', '3'],
      ['Log in with an account never disabled', '2'],
    ]);
    // Without a section of remediation the assessment is no plan.
    assert.equal(detectPlan('archive-assessment.md', RATED_ASSESSMENT.replace('## Remediation Strategy', '## Observations')), undefined);
  });
});

describe('a rating table under a risk heading (issue 12, round 12)', () => {
  it('is the risk\'s rating, not risks of its own: one row, or rows naming the rating before and after treatment', () => {
    const under = (rows: string) => `# Risk Management Plan\n\n## Risks\n\n### R-001: Laptop theft\n\n| Risk | Likelihood | Impact |\n|---|---|---|\n${rows}\n**Action:** Encrypt every laptop\n**Owner:** IT Lead\n**Due:** 2027-01-31\n`;
    assert.deepEqual(parsePlan(under('| Theft of an unencrypted laptop | High | High |\n'), 'markdown').risks.map((r) => r.id?.value), ['R-001']);
    assert.deepEqual(parsePlan(under('| Inherent | High | High |\n| Residual | Low | Medium |\n'), 'markdown').risks.map((r) => r.id?.value), ['R-001']);
  });
});

const QUALIFIED_COLUMNS = [
  '# Patient Portal Risk Management Plan',
  '',
  '| Risk ID | Risk Description | Risk Level | Planned Mitigation Action | Implementation Status | Responsible Owner |',
  '| :--- | :--- | :--- | :--- | :--- | :--- |',
  '| R-01 | Session cookie signed with a default key | High | Load the signing key from the vault and refuse to start without it | In progress | Platform Team |',
  '| R-02 | Error pages echo lab values | Medium | Replace the error pages with ones that show a reference number only | Open | Web Team |',
  '',
].join('\n');

describe('columns named with a word for whose they are or what stage they are at (issue 12, session 28)', () => {
  it('reads "Planned Mitigation Action" as the action and "Responsible Owner" as the owner', () => {
    const plan = parsePlan(QUALIFIED_COLUMNS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.action?.value, r.actions[0]?.owner?.value]), [
      ['R-01', 'Load the signing key from the vault and refuse to start without it', 'Platform Team'],
      ['R-02', 'Replace the error pages with ones that show a reference number only', 'Web Team'],
    ]);
  });
});

const TRACKED_FINDINGS = [
  '# Remediation Tracker',
  '',
  '| Finding | Priority | Status | Retest |',
  '|---|---|---|---|',
  '| F-01 PACS web viewer allows anonymous study download | Immediate | Not started | Pending |',
  '| F-02 Modality worklist over plain DICOM | Near term | In progress | Pending |',
  '| F-03 Backup restore never tested | Planned | Not started | Pending |',
  '',
].join('\n');

const ACCESS_TASKS = [
  '# Access Review Remediation Tracker',
  '',
  '| Task ID | User ID | Required Change | Priority | Owner | Due Date | Status |',
  '|---|---|---|---|---|---|---|',
  '| RT-001 | U-002 | Remove `Billing_Admin` from the front-desk account | High | IT Support | 2026-05-19 | Open |',
  '| RT-002 | U-005 | Move the locum to the standard clinician role | Medium | Practice Manager | 2026-05-19 | Open |',
  '',
].join('\n');

describe('trackers written in their own words (issue 12, session 28)', () => {
  it('reads a tracker\'s findings whose IDs lead their names after a space, each rated and standing somewhere', () => {
    const plan = parsePlan(TRACKED_FINDINGS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions[0]?.status?.value]), [
      ['F-01', 'PACS web viewer allows anonymous study download', 'Immediate', 'Not started'],
      ['F-02', 'Modality worklist over plain DICOM', 'Near term', 'In progress'],
      ['F-03', 'Backup restore never tested', 'Planned', 'Not started'],
    ]);
  });

  it('reads a Task ID column as the entries\' IDs and a Required Change column as their actions', () => {
    const plan = parsePlan(ACCESS_TASKS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.action?.value, r.actions[0]?.owner?.value, r.actions[0]?.due?.value]), [
      ['RT-001', 'Remove `Billing_Admin` from the front-desk account', 'IT Support', '2026-05-19'],
      ['RT-002', 'Move the locum to the standard clinician role', 'Practice Manager', '2026-05-19'],
    ]);
  });
});
