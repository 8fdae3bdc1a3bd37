// Kinds of document that are plans though they do not call themselves one (our own invented
// text): a risk backlog planned by sprint, a gap assessment keyed by framework subcategory,
// one POA&M item exported as a JSON file of its own, and a diagramming tool's threat model
// whose rule keys are not threat IDs.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';
import { readDue } from '../../server/out/model/relative-dues';
import type { PlanModel } from '../../server/out/model/plan-model';

const BACKLOG = `# Larchmont Clinic Risk Backlog

| Risk ID | Category | Description | Planned Mitigation | Planned Sprint |
| --- | --- | --- | --- | --- |
| RISK-LC-001 | Access control | Former staff keep VPN access for weeks after leaving | Disable VPN accounts from the HR leaver feed within one day | Sprint 31 |
| RISK-LC-002 | Backups | Nightly EHR backups are never restored in a test | Restore one EHR backup to the test server each month and record the result | 2026-11-30 |
`;

const POAM_ITEM = `{
  "poam_id": "POAM-2026-014",
  "control_id": "SC-8",
  "weakness_name": "Lab results sent to the partner lab over plain FTP",
  "weakness_description": "The nightly results transfer uses FTP without TLS.",
  "severity": "High",
  "status": "Open",
  "planned_mitigation": "Move the nightly results transfer to SFTP with key-based login",
  "assigned_to": "Integration Team",
  "estimated_completion_date": "2026-08-31",
  "milestones": [{ "milestone_id": "M1", "description": "Exchange SFTP keys with the partner lab", "due_date": "2026-07-15" }]
}
`;

describe('documents that are plans by their content', () => {
  it("takes a document titled a risk backlog as a plan, and reads a sprint as the deadline it is, quoted as a milestone with no date", () => {
    assert.deepEqual(recognisePlan('RISK_BACKLOG.md', BACKLOG), { kind: 'markdown' });
    const { plan, findings } = analyse(BACKLOG, 'markdown', { today: '2026-12-03' });
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].due?.value]),
      [
        ['RISK-LC-001', 'Former staff keep VPN access for weeks after leaving', 'Sprint 31'],
        ['RISK-LC-002', 'Nightly EHR backups are never restored in a test', '2026-11-30'],
      ],
    );
    const due = findings.filter((f) => f.rule === 'missing-due-date').map((f) => f.message);
    assert.deepEqual(due, ['"Sprint 31" names a milestone, not a date. Write the date it falls on (YYYY-MM-DD), so that a missed deadline shows.']);
  });

  it('reads a gap table keyed by NIST CSF subcategory: each gap a risk, its recommendation the action, its gap severity the priority', () => {
    const text = '# Gap Assessment\n\n| Subcategory | Current State | Gap Severity | Recommendation |\n|---|---|---|---|\n| PR.DS-1 | Laptops are not encrypted | High | Turn on full-disk encryption on every clinic laptop |\n| RS.CO-2 | Breach reporting steps are not written down | Medium | Write the breach notification steps into the incident runbook |\n';
    assert.deepEqual(recognisePlan('gap-assessment.md', text), { kind: 'markdown' });
    assert.deepEqual(parsePlan(text, 'markdown').risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions[0].action?.value]), [
      ['PR.DS-1', 'Laptops are not encrypted', 'High', 'Turn on full-disk encryption on every clinic laptop'],
      ['RS.CO-2', 'Breach reporting steps are not written down', 'Medium', 'Write the breach notification steps into the incident runbook'],
    ]);
  });

  it('takes one POA&M item kept as a JSON file of its own as a plan of that one risk', () => {
    assert.deepEqual(recognisePlan('sample_poam.json', POAM_ITEM), { kind: 'json' });
    const plan = parsePlan(POAM_ITEM, 'json');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value])]),
      [['POAM-2026-014', 'Lab results sent to the partner lab over plain FTP', 'High', [['Move the nightly results transfer to SFTP with key-based login', 'Integration Team', '2026-08-31', 'Open']]]],
    );
  });

  it('takes the same item written as YAML', () => {
    const yaml = 'poam_id: POAM-2026-015\nweakness_name: Fax server still on SMBv1\nseverity: Moderate\nstatus: Open\nplanned_mitigation: Disable SMBv1 on the fax server and move scans to SFTP\nassigned_to: IT Lead\nestimated_completion_date: 2026-09-30\n';
    assert.deepEqual(recognisePlan('poam-item.yaml', yaml), { kind: 'yaml' });
    assert.deepEqual(parsePlan(yaml, 'yaml').risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].owner?.value]), [['POAM-2026-015', 'Fax server still on SMBv1', 'IT Lead']]);
  });

  it('does not take a single object that words no risk and plans no action (a manifest, a settings file) as a POA&M item', () => {
    assert.equal(recognisePlan('package.json', '{"name": "portal", "version": "1.0.0", "description": "Patient portal", "private": true}\n').kind, undefined);
    assert.equal(recognisePlan('user.json', '{"user_id": "u-19", "name": "Dana Ruiz", "status": "active", "owner": "IT"}\n').kind, undefined);
  });
});

describe('STRIDE threats listed by ID with their mitigations mapped by groups of IDs', () => {
  const read = (text: string) => parsePlan(text, 'markdown').risks.map((r) => [r.id?.value, r.title?.value, r.actions.map((a) => a.action?.value ?? null)]);

  it('reads `- S1 (Spoofing): …` bullets under a section of threat scenarios, its sub-headings grouping them', () => {
    const text = '# Threat Model\n\n## Threat Scenarios\n\n### Kiosk\n\n- S1 (Spoofing): a rogue device registers as a kiosk.\n- T-02 [Tampering]: kiosk firmware replaced.\n- R3: pickups not logged.\n';
    assert.deepEqual(read(text), [
      ['S1', 'a rogue device registers as a kiosk.', [null]],
      ['T-02', 'kiosk firmware replaced.', [null]],
      ['R3', 'pickups not logged.', [null]],
    ]);
  });

  it('reads them under a STRIDE analysis grouped by category sub-headings', () => {
    const text = '# Threat Model\n\n## STRIDE Analysis\n\n### Spoofing\n\n- S-01: forged kiosk identity.\n\n### Tampering\n\n- T-01: dosage edited after signing.\n';
    assert.deepEqual(read(text), [
      ['S-01', 'forged kiosk identity.', [null]],
      ['T-01', 'dosage edited after signing.', [null]],
    ]);
  });

  it('reads no sub-heading of a threat analysis as a risk by its sitting there: threat sources and scenarios written out are the analysis', () => {
    const text = [
      '# HIPAA Risk Assessment', '', '## Risk Register', '', '### R-1: Ransomware on the EHR server', '- **Likelihood:** Medium', '- **Action:** Keep offline backups of the EHR database, tested monthly', '',
      '## Threat Analysis', '', '### External Threats', '1. **Cybercriminals**', '   - **Likelihood:** Medium (3/5)', '',
      '### Scenario 1: Phishing', '- **Threat Source:** Cybercriminals', '- **Likelihood:** Medium (3/5)', '',
    ].join('\n');
    assert.deepEqual(read(text), [['R-1', 'Ransomware on the EHR server', ['Keep offline backups of the EHR database, tested monthly']]]);
  });

  it("reads no schedule's step titled by its period as a finding (`1. **Week 1:** F-01 and F-02 fixed …`)", () => {
    const text = [
      '# Pentest Report', '', '## Findings', '', '| ID | Finding | Severity | Recommendation |', '|---|---|---|---|',
      '| F-01 | SQL injection in search | High | Use parameterised queries in the search endpoint |', '| F-02 | Missing CSRF tokens | Medium | Add CSRF tokens to every form |', '',
      '## Remediation Roadmap', '', '**Implementation order:**', '',
      '1. **Week 1:** F-01 and F-02 fixed and deployed to production servers.', '2. **Weeks 2-3:** external retest of the web application by the testers.', '',
    ].join('\n');
    assert.deepEqual(read(text).map(([id, title]) => [id, title]), [['F-01', 'SQL injection in search'], ['F-02', 'Missing CSRF tokens']]);
  });

  it('reads no plain ID bullet outside a section of risks or threats (a list of controls, a changelog)', () => {
    assert.deepEqual(read('# Threat Model\n\n## Controls in Scope\n\n- AC-2: Account management.\n- AU-6: Audit review.\n'), []);
  });

  it("gives each threat the mitigation of the table row that lists its ID among others (`| S1, T1 | … |`)", () => {
    const text = '# Threat Model\n\n## Threats\n\n- S1 (Spoofing): replayed cookie.\n- T1 (Tampering): dosage edited.\n- D1 (Denial of Service): queue flooded.\n\n## Mitigations\n\n| Threat IDs | Primary mitigations in the platform |\n| --- | --- |\n| S1, T1 | Sign every approval with the pharmacist key |\n| D1 | Rate-limit kiosk retries at the gateway |\n';
    assert.deepEqual(read(text), [
      ['S1', 'replayed cookie.', ['Sign every approval with the pharmacist key']],
      ['T1', 'dosage edited.', ['Sign every approval with the pharmacist key']],
      ['D1', 'queue flooded.', ['Rate-limit kiosk retries at the gateway']],
    ]);
  });
});

describe('a corrective action plan (CAPA) of one nonconformity', () => {
  const capa = (heading: string) =>
    `# CAPA\n\n| CAPA ID | NCR-2026-3 |\n|---|---|\n\n## ${heading}\n\n**Description:**\nVisitor badges are not collected at the front desk.\n**Severity:** Minor\n\n## Actions\n\n| Action ID | Corrective Action | Owner | Target Completion Date |\n|---|---|---|---|\n| CA-001 | Collect every badge at sign-out and log it | Front Desk Lead | 2027-01-15 |\n| PA-001 | Audit the badge log each month | Office Manager | 2027-02-28 |\n`;

  it('reads the one issue as the risk, its action rows (CA-001, PA-001) its actions, the CAPA ID its ID', () => {
    const plan = parsePlan(capa('Identified Non-Conformity'), 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions.map((a) => [a.action?.value, a.owner?.value])]),
      [['NCR-2026-3', 'Visitor badges are not collected at the front desk.', 'Minor', [['Collect every badge at sign-out and log it', 'Front Desk Lead'], ['Audit the badge log each month', 'Office Manager']]]],
    );
    assert.deepEqual(analyse(capa('Identified Non-Conformity'), 'markdown', { today: '2026-12-03' }).findings.filter((f) => f.rule === 'unread-risk'), []);
  });

  it('takes the results a verification section ticks as the issue\'s validation', () => {
    const text = `${capa('Identified Non-Conformity')}\n## Verification & Effectiveness\n\n**Verification Date:** 2027-03-10\n**Verification Results:**\n☑ Badge log complete for four weeks\n☑ No badges missing at the monthly count\n`;
    assert.equal(parsePlan(text, 'markdown').risks[0].validation?.value, 'Badge log complete for four weeks; No badges missing at the monthly count');
  });

  it('takes the first line of prose under the heading when no label words the issue', () => {
    const text = capa('Problem Statement').replace('**Description:**\n', '');
    assert.deepEqual(parsePlan(text, 'markdown').risks.map((r) => [r.title?.value, r.actions.length]), [['Visitor badges are not collected at the front desk.', 2]]);
  });

  it('keeps the action rows as they are read when the document words no issue they answer (a tracker of actions)', () => {
    assert.equal(parsePlan(capa('Background'), 'markdown').risks.length, 2);
  });
});

describe('an audit report whose findings are answered in a CAPA it names', () => {
  const report = (handoff: string) =>
    `# Internal Audit Report\n\n## Findings\n\n### 1.1 Minor Nonconformity\n\n**Control:** A.5.18 Access rights\n**Issue:**\nAccess reviews skip the test systems.\n\n### 1.2 Observation\n\n**Observation:**\nAlert thresholds are not written down.\n\n## Corrective Actions\n\n${handoff}\n`;

  it('reads each finding heading that names only its kind by its Issue or Observation text, its grade the priority', () => {
    const plan = parsePlan(report('Corrective actions have been defined and tracked in:\n\n`capa/corrective_action_plan.md`'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value]), [
      ['Access reviews skip the test systems.', 'Minor'],
      ['Alert thresholds are not written down.', undefined],
    ]);
    assert.equal(plan.meta.treatedElsewhere?.value, 'Corrective actions have been defined and tracked in: capa/corrective_action_plan.md');
  });

  it('takes the report as a plan as found when it names the document its corrective actions are kept in, and not otherwise', () => {
    assert.deepEqual(recognisePlan('audit_report.md', report('Corrective actions have been defined and tracked in:\n\n`capa/corrective_action_plan.md`')), { kind: 'markdown' });
    assert.equal(recognisePlan('audit_report.md', report('Corrective actions will be agreed at the next meeting.')).kind, undefined);
  });

  it('reads a finding heading with an ID that names only its kind (`### NC-02 Major Nonconformity`) the same way', () => {
    const text = '# Audit Report\n\n## Findings\n\n### NC-02 Major Nonconformity\n\n**Issue:** Backups are not encrypted.\n**Corrective Action:** Encrypt the backup volume\n';
    assert.deepEqual(parsePlan(text, 'markdown').risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value]), [['NC-02', 'Backups are not encrypted.', 'Major']]);
  });
});

describe('look-alikes stay skipped', () => {
  it('skips a register template whose one entry is a list of fields left as placeholders', () => {
    const text = '# Risk register template\n\n## Risk register\n\n- Risk ID: <id>\n  - Description: <text>\n  - Mitigation plan: <text>\n  - Owner: <name>\n  - Status: <open|mitigated|accepted>\n';
    assert.deepEqual(recognisePlan('risk-register_tpl.md', text), {
      reason: 'its title "Risk register template" names a template, and 5 of its fields hold placeholders (such as "<id>"): no risks were read in it',
    });
  });
});

describe("a scan's write-up: findings by component, remediation grouped by component", () => {
  const writeup = (remediation: string) =>
    `# Vulnerability Assessment\n\n## Key Vulnerabilities Identified\n\n### 1. OpenSSH – High Findings\n\n- **CVE-2025-11001 – High**\n  Authentication bypass in the SSH service.\n\n### 2. Apache – Medium Findings\n\n- **CVE-2025-22010 – Medium**\n  Path disclosure in a crafted request.\n\n## Recommended Remediation\n\n${remediation}\n`;
  const read = (text: string) => parsePlan(text, 'markdown').risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value ?? null)]);

  it("reads each bold ID-and-severity bullet as a finding and gives it the steps of the group named for its component", () => {
    assert.deepEqual(read(writeup('**OpenSSH**\n- Upgrade OpenSSH to 9.9p2.\n\n**Apache**\n- Upgrade Apache to 2.4.63.\n')), [
      ['CVE-2025-11001', 'Authentication bypass in the SSH service.', 'High', ['Upgrade OpenSSH to 9.9p2.']],
      ['CVE-2025-22010', 'Path disclosure in a crafted request.', 'Medium', ['Upgrade Apache to 2.4.63.']],
    ]);
  });

  it('gives a finding no group that names no component of it', () => {
    assert.deepEqual(read(writeup('**Firewall**\n- Close port 8080.\n')).map((r) => r[3]), [[null], [null]]);
  });
});

describe('a sprint, release, week or phase as a deadline', () => {
  const dueOf = (value: string) => readDue({ meta: {} } as PlanModel, value);

  it('reads a sprint or release named with the date it ends as that date', () => {
    assert.deepEqual(dueOf('Sprint 19 (2026-04-03)'), { kind: 'date', iso: '2026-04-03' });
    assert.deepEqual(dueOf('Sprint 19 – ends 2026-04-03'), { kind: 'date', iso: '2026-04-03' });
    assert.deepEqual(dueOf('Release 2.4 (June 2026)'), { kind: 'date', iso: '2026-06-30' });
  });

  it("reads a project's week or phase named with its date as that date (session 20)", () => {
    assert.deepEqual(dueOf('Week 4 (2025-12-02)'), { kind: 'date', iso: '2025-12-02' });
    assert.deepEqual(dueOf('Phase 2 (March 2027)'), { kind: 'date', iso: '2027-03-31' });
    // Named alone, a week is counted from the plan's date (none here), as before; a phase is no date.
    assert.deepEqual(dueOf('Week 4'), { kind: 'relative' });
    assert.deepEqual(dueOf('Phase 2'), { kind: 'not-a-date' });
  });

  it('reads a sprint named alone, or with no date, as not a date', () => {
    assert.deepEqual(dueOf('Sprint 19'), { kind: 'not-a-date' });
    assert.deepEqual(dueOf('Release 2.4 (TBD)'), { kind: 'not-a-date' });
  });
});
