// How the Markdown reader reads the constructs of plans written without rmplint in mind
// (issue 12): each case is a short text and what the model must hold, as the source text
// the ranges cover. Fixture plans in each style are in test/fixtures/styles.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import { priorityOf } from '../../server/out/model/vocabulary';
import type { Field, PlanModel, Risk } from '../../server/out/model/plan-model';

const at = (plan: PlanModel, field: Field | undefined) => (field ? plan.text.slice(field.valueRange.start, field.valueRange.end) : undefined);

/** A risk as the tests compare it: ID, title, priority and each action's text, owner, due and status. */
function summary(plan: PlanModel, risk: Risk) {
  return {
    id: at(plan, risk.id),
    title: risk.title?.value,
    priority: risk.priority?.value,
    actions: risk.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value].map((v) => v ?? null)),
  };
}

const risksOf = (text: string) => {
  const plan = parseMarkdownPlan(text);
  return plan.risks.map((r) => summary(plan, r));
};

describe('reading plans as people write them (issue 12)', () => {
  describe('round 27 shapes', () => {
    it('reads a severity set in bold before the colon (`### 1. **HIGH**: …`) as the finding\'s priority, out of its title', () => {
      const text = '# Gate\n\n## Critical Vulnerabilities\n\n### 1. **CRITICAL**: Hardcoded salt\n\n**Action:** Move the salt to the secret store\n\n### 2. **HIGH**: Debug routes live\n\n**Action:** Remove the debug routes\n';
      assert.deepEqual(risksOf(text).map((r) => [r.title, r.priority]), [['Hardcoded salt', 'CRITICAL'], ['Debug routes live', 'HIGH']]);
    });

    it('reads a finding heading set in bold after its number (`#### 1. **No PHI Encryption at Rest**`) without the closing emphasis, ranked by its section', () => {
      const text = '# Audit\n\n## Critical Issues\n\n#### 1. **No PHI Encryption at Rest**\n\n**Fix Required:** Encrypt the PHI columns with the managed key\n\n### ⚠️ **HIGH SEVERITY: Debug routes live**\n\n**Recommendation:** Remove the debug routes\n';
      assert.deepEqual(risksOf(text).map((r) => [r.title, r.priority]), [['No PHI Encryption at Rest', 'Critical'], ['Debug routes live', 'HIGH']]);
    });

    it('reads a closing severity (`- Severity: Fixed`) as the finding\'s done status, not its priority', () => {
      const text = '# Report\n\n## Remediated Findings\n\n### SBX-5 — Added signed cookies\n\n- Severity: Fixed\n- Evidence: Cookies are HMAC-signed\n';
      assert.deepEqual(risksOf(text), [{ id: 'SBX-5', title: 'Added signed cookies', priority: undefined, actions: [[null, null, null, 'Fixed']] }]);
    });
  });

  describe('tables', () => {
    it('reads a POA&M table with a Risk column of levels after its Finding column, and the details block below it as the item\'s steps', () => {
      const text =
        '# POA&M\n\n## Open Findings\n\n### High Findings (P2)\n\n| ID | Finding | Risk | Scheduled Completion | Owner | Status |\n|---|---|---|---|---|---|\n' +
        '| HI-7 | Badge logs not reviewed | High | 2026-03-15 | Facilities | In Progress |\n| HI-8 | No restore test | High | 2026-04-01 | IT Ops | Not Started |\n\n' +
        '**Details for HI-7:**\n- **Description:** Nobody reads the door controller logs\n- **Remediation:**\n  - Export the door controller log to the SIEM every night\n  - Add a weekly badge-log review to the facilities checklist\n\n---\n';
      assert.deepEqual(risksOf(text), [
        { id: 'HI-7', title: 'Badge logs not reviewed', priority: 'High', actions: [
          ['Export the door controller log to the SIEM every night', 'Facilities', '2026-03-15', 'In Progress'],
          ['Add a weekly badge-log review to the facilities checklist', 'Facilities', '2026-03-15', 'In Progress'],
        ] },
        { id: 'HI-8', title: 'No restore test', priority: 'High', actions: [[null, 'IT Ops', '2026-04-01', 'Not Started']] },
      ]);
    });

    it('reads L, I and Total columns as likelihood, impact and score: the score is the priority', () => {
      const text = '# Risk Register\n\n| ID | Risk Description | L | I | Total | Mitigation Strategy | Owner |\n|---|---|---|---|---|---|---|\n| **R01** | Database breach | 2 | 5 | **10** | Encrypt the database with AES-256 | CTO |\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(plan.risks.map((r) => [r.likelihood?.value, r.impact?.value, r.priority?.value]), [['2', '5', '10']]);
    });

    it('reads a rated Action | Owner | Due table with no risk above it as items of its own, and a method table or an unrated summary as none', () => {
      const rated = '# Risk Assessment\n\n## Remediation Plan\n\n| Priority | Action | Owner | Due Date | Status |\n|---|---|---|---|---|\n| High | Book the external penetration test | [NAME] | [DATE] | Pending |\n';
      assert.deepEqual(risksOf(rated), [{ id: undefined, title: 'Book the external penetration test', priority: 'High', actions: [['Book the external penetration test', '[NAME]', '[DATE]', 'Pending']] }]);
      const summary = '# Risk Assessment\n\n## Action Plan Summary\n\n| Action | Owner | Target Date | Status |\n|---|---|---|---|\n| Obtain signed BAAs from all vendors | Privacy Officer | 2026-03-01 | In Progress |\n';
      assert.deepEqual(risksOf(summary), []);
      const method = '# Risk Assessment\n\n## Methodology\n\n| Rating | Action | Due |\n|---|---|---|\n| High | Remediate | Within 60 days |\n';
      assert.deepEqual(risksOf(method), []);
    });

    it('reads a Closed Date column as the date the item was closed, not a due date', () => {
      const text = '# POA&M\n\n## Closed Findings\n\n| ID | Finding | Risk | Closed Date | Resolution |\n|---|---|---|---|---|\n| CL-1 | Weak API key generator | High | 2026-02-09 | Switched key generation to the OS random source |\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => [a.action?.value, a.due?.value, a.completed?.value])), [[['Switched key generation to the OS random source', undefined, '2026-02-09']]]);
    });
    it('reads an action log and a gap table with no ID column: the issue or gap is the risk, a row with no gap and no action is none', () => {
      const log = '# Exercise Action Log\n\n| Issue Identified | Action Required | Owner | Deadline | Status |\n|---|---|---|---|---|\n| Pager list out of date | Refresh the on-call pager list | Ops Lead | 30/11/25 | Complete |\n';
      assert.deepEqual(risksOf(log), [{ id: undefined, title: 'Pager list out of date', priority: undefined, actions: [['Refresh the on-call pager list', 'Ops Lead', '30/11/25', 'Complete']] }]);
      const gaps = '# Gap Analysis\n\n| Requirement | Current Status | Gap Identified | Remediation Action |\n|---|---|---|---|\n| Consent | Not Implemented | No consent records | Keep a consent log in the CRM |\n| Security | Implemented | - | - |\n';
      assert.deepEqual(risksOf(gaps), [{ id: undefined, title: 'No consent records', priority: undefined, actions: [['Keep a consent log in the CRM', null, null, 'Not Implemented']] }]);
    });
    it('reads a POA&M table: an ID and a Weakness column, no action column', () => {
      const text = '# POA&M\n\n| POA&M ID | Weakness/Deficiency | Scheduled Completion Date | POC | Status |\n|---|---|---|---|---|\n| POA&M-7 | No MFA on VPN | 06/30/2027 | IT Lead | Ongoing |\n';
      assert.deepEqual(risksOf(text), [{ id: 'POA&M-7', title: 'No MFA on VPN', priority: undefined, actions: [[null, 'IT Lead', '06/30/2027', 'Ongoing']] }]);
    });

    it('splits an ID off the front of a Risk cell when there is no ID column', () => {
      const text = '| Risk | Mitigation Strategy | Risk Owner |\n|---|---|---|\n| R-01: Laptop theft | Encrypt the laptops | Ana |\n| R-02 – Fax in hall | Move the fax | Bo |\n| Shared login | Named accounts | Cy |\n';
      assert.deepEqual(
        risksOf(text).map((r) => [r.id, r.title]),
        [['R-01', 'Laptop theft'], ['R-02', 'Fax in hall'], [undefined, 'Shared login']],
      );
    });

    it('reads an unnamed column of dates as the due column, and priority from likelihood × impact', () => {
      const text = '| Risk | Likelihood | Impact | Owner | By |\n|---|---|---|---|---|\n| Laptop theft | High | Medium | Ana | March 2027 |\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(summary(plan, plan.risks[0]), { id: undefined, title: 'Laptop theft', priority: 'High × Medium', actions: [[null, 'Ana', 'March 2027', null]] });
      assert.equal(at(plan, plan.risks[0].likelihood), 'High');
      assert.equal(at(plan, plan.risks[0].impact), 'Medium');
    });

    it('does not read a column dating the entry itself (`Date Identified`, `Date Raised`) as the due column, and reads `Remediation Priority` as the priority', () => {
      const text = '| Risk ID | Date Identified | Risk | Owner | Remediation Priority | Mitigation |\n|---|---|---|---|---|---|\n| R-1 | 2026-05-01 | Laptop theft | Ana | High | Encrypt the two clinic laptops |\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(summary(plan, plan.risks[0]), { id: 'R-1', title: 'Laptop theft', priority: 'High', actions: [['Encrypt the two clinic laptops', 'Ana', null, null]] });
      // Unnamed, the same dates are the due column.
      const due = parseMarkdownPlan(text.replace('Date Identified', 'Date'));
      assert.deepEqual(summary(due, due.risks[0]).actions, [['Encrypt the two clinic laptops', 'Ana', '2026-05-01', null]]);
    });

    it('splits an `Owner / due` column into who and by when, and reads two names of the risk joined (`Threat and vulnerability`) as the risk', () => {
      const text =
        '| ID | Asset | Threat and vulnerability | Inherent | Treatment / planned control | Residual | Owner / due |\n|---|---|---|---|---|---|---|\n' +
        '| R-1 | Billing PCs | Ransomware spreads from a phished PC; no EDR on the billing PCs | 16 High | Mitigate: EDR on the six billing PCs | 4 Low | IT Lead / 2026-09-30 |\n' +
        '| R-2 | Fax server | Old OS; unsupported since 2023 | 9 Medium | Mitigate: Replace the fax server | 3 Low | Office Lead, Q1 2027 |\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(summary(plan, plan.risks[0]), { id: 'R-1', title: 'Ransomware spreads from a phished PC; no EDR on the billing PCs', priority: '16 High', actions: [['EDR on the six billing PCs', 'IT Lead', '2026-09-30', null]] });
      assert.deepEqual(summary(plan, plan.risks[1]).actions, [['Replace the fax server', 'Office Lead', 'Q1 2027', null]]);
      // With dates to meet, the measures are planned work, not controls in place (no status is read for them).
      assert.deepEqual(plan.risks.map((r) => r.actions[0].status?.value), [undefined, undefined]);
    });

    it('takes a status that records an accepted risk as its treatment where no treatment is written', () => {
      const plan = parseMarkdownPlan('| POA&M ID | Weakness | Status |\n|---|---|---|\n| P-3 | Fax server cannot run antivirus | CLOSED - Risk Accepted |\n| P-4 | No MFA | Closed |\n');
      assert.deepEqual(plan.risks.map((r) => r.treatment?.value), ['CLOSED - Risk Accepted', undefined]);
    });

    it('reads no risk from a table that only lists IDs with dates or points (a summary of the risks above)', () => {
      assert.deepEqual(risksOf('| POA&M ID | Control | Points | Target Date |\n|---|---|---|---|\n| POA&M-5 | 3.5.3 | -5 | Q1 2027 |\n| POA&M-6 | 3.1.1 | -1 | Q2 2027 |\n'), []);
    });

    it('reads no risk from metrics, revision history or scoring tables', () => {
      const text = '| Metric | Count |\n|---|---|\n| Open | 3 |\n\n| Version | Date | Author | Description |\n|---|---|---|---|\n| 1.0 | 01/02/2026 | D. S. | First |\n\n| Likelihood | Impact | Risk Level |\n|---|---|---|\n| High | High | Critical |\n';
      assert.deepEqual(risksOf(text), []);
    });
  });

  describe('headings', () => {
    it('reads a heading per risk with a checklist of mitigations: each mark is the item\'s status', () => {
      const text = '# Security Risk Summary\n\n## Identified Risks\n\n#### Risk: Lost laptop\n| Attribute | Value |\n|---|---|\n| Likelihood | Medium |\n\n**Mitigations Implemented:**\n- ✅ Full-disk encryption on every laptop\n- 🔄 Remote wipe through the device manager\n- 📋 Laptop cable locks at the front desk\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions.map((a) => [a.action?.value, a.status?.value])]), [
        ['Lost laptop', [['Full-disk encryption on every laptop', '✅'], ['Remote wipe through the device manager', '🔄'], ['Laptop cable locks at the front desk', '📋']]],
      ]);
    });

    it('reads an exception heading with sub-headings: a level or owner alone under its heading is the value, a remediation list the actions', () => {
      const text = '# Audit Exceptions\n\n## Exception 1: Badge access not revoked\n\n### Impact\nTwo leavers kept building access for a week.\n\n### Risk Severity\nModerate\n\n### Owner\nFacilities Manager\n\n### Recommended Remediation\n- Revoke badges in the leaver checklist on the last day\n';
      assert.deepEqual(risksOf(text), [{ id: 'Exception 1', title: 'Badge access not revoked', priority: 'Moderate', actions: [['Revoke badges in the leaver checklist on the last day', 'Facilities Manager', null, null]] }]);
    });

    it('reads no value from prose under a field-named heading', () => {
      const text = '# Risk Treatment Plan\n\n## R-1: Shared logins\n\n### Owner\nThe owner is chosen at the next board meeting, once the new hire starts.\n\n### Actions\n- Create named accounts for the two front desk PCs\n';
      assert.deepEqual(risksOf(text), [{ id: 'R-1', title: 'Shared logins', priority: undefined, actions: [['Create named accounts for the two front desk PCs', null, null, null]] }]);
    });
    const cases: [string, string, string | undefined][] = [
      ['### Risk ID: R001 - Unencrypted laptops', 'R001', 'Unencrypted laptops'],
      ['### Risk 1: Unencrypted laptops', 'Risk 1', 'Unencrypted laptops'],
      ['### ✅ P1.1: Unencrypted laptops', 'P1.1', 'Unencrypted laptops'],
      ['### POAM-001: Unencrypted laptops', 'POAM-001', 'Unencrypted laptops'],
      ['### Finding #3 – Unencrypted laptops', 'Finding #3', 'Unencrypted laptops'],
      ['### 2. R-9 Unencrypted laptops', 'R-9', 'Unencrypted laptops'],
      // A hazard log's and an ISO audit's own words for what they list, numbered.
      ['### Hazard 2: Readings attributed to the wrong patient', 'Hazard 2', 'Readings attributed to the wrong patient'],
      ['### Nonconformity 1: Backups never test-restored', 'Nonconformity 1', 'Backups never test-restored'],
      ['### Opportunity for improvement 3 - Incident tickets', 'Opportunity for improvement 3', 'Incident tickets'],
      // An audit numbering its findings within their severity (the severity is also the priority).
      ['### 🔴 CRITICAL #2: Unencrypted laptops', 'CRITICAL #2', 'Unencrypted laptops'],
      ['### 🟡 Medium #7 – Unencrypted laptops', 'Medium #7', 'Unencrypted laptops'],
      // A generated register's section per risk: the word, then the register's own ID.
      ['### Risk R-001: Unencrypted laptops', 'R-001', 'Unencrypted laptops'],
      ['### Finding F-12 – Unencrypted laptops', 'F-12', 'Unencrypted laptops'],
    ];
    for (const [heading, id, title] of cases) {
      it(`reads "${heading}"`, () => {
        const [risk] = risksOf(`# Plan\n\n${heading}\n**Owner:** Ana\n`);
        assert.deepEqual([risk?.id, risk?.title], [id, title]);
      });
    }

    it('reads findings numbered within their severity (`### 🔴 CRITICAL #2: …`) after a summary list of findings, each with its severity as its priority', () => {
      const text = '# Security Audit\n\n## Key Findings\n\n1. **Privileged container** grants host access\n\n### 🔴 CRITICAL #2: Unpinned images\n\n**Remediation:** Pin every image to a tested version\n\n### 🟡 MEDIUM #3: No health checks\n\n**Remediation:** Add a healthcheck to each service\n';
      const read = risksOf(text).filter((risk) => risk.id !== undefined);
      assert.deepEqual(read.map((risk) => [risk.id, risk.title, risk.priority]), [['CRITICAL #2', 'Unpinned images', 'CRITICAL'], ['MEDIUM #3', 'No health checks', 'MEDIUM']]);
    });

    it('gives the items of a roadmap phase the urgency or level its heading closes on after a coloured mark (`… 🔴 URGENT`, `… 🟡 HIGH PRIORITY`)', () => {
      const text = '# Gap Summary\n\n## Implementation Roadmap\n\n### Phase 1: Encryption (2-3 weeks) 🔴 URGENT\n\n1. **Encryption at Rest**\n   - Enable database encryption\n\n### Phase 2: Agreements (1-2 weeks) 🟡 HIGH PRIORITY\n\n1. **Business Associate Agreement**\n   - Sign the hosting BAA\n\n### Phase 3: Certifications (2-6 months) 🟢 MEDIUM-LONG TERM\n\n1. **SOC 2 Type II**\n   - Engage an auditor\n';
      assert.deepEqual(risksOf(text).map((risk) => [risk.title, risk.priority]), [['Encryption at Rest', 'URGENT'], ['Business Associate Agreement', 'HIGH'], ['SOC 2 Type II', undefined]]);
    });

    it('rates a risk by its scoring table with a column of notes (`| Factor | Rating | Notes |`), not by a scale\'s legend', () => {
      const scored = '# Risk Register Entry\n\n### R-4: Misconfigured storage bucket\n\n| Factor | Rating | Notes |\n|---|---|---|\n| **Likelihood** | Medium–High | No configuration scanning |\n| **Impact** | High | Patient images exposed |\n| **Inherent Risk Score** | High | Before controls |\n| **Residual Risk Score** | Medium | After controls |\n\n- **Mitigation:** Turn on public-access blocking for every bucket\n';
      assert.deepEqual(risksOf(scored).map((risk) => risk.priority), ['High']);
      const legend = scored.replace('Medium–High', '1-5').replace('| High | Patient', '| 1-5 | Patient');
      assert.deepEqual(risksOf(legend).map((risk) => risk.priority), [undefined]);
    });

    it('reads a heading with no ID under a section of risks as a risk when fields follow it', () => {
      const text = '# Plan\n\n## Findings\n\n### Guest Wi-Fi on the clinical network\n**Corrective Action:** Move guest Wi-Fi to its own VLAN\n**Assigned To:** Bo\n\n### Background\n\nSome prose.\n\n## Appendix\n\n### Glossary\n**Owner:** Nobody\n';
      assert.deepEqual(risksOf(text), [{ id: undefined, title: 'Guest Wi-Fi on the clinical network', priority: undefined, actions: [['Move guest Wi-Fi to its own VLAN', 'Bo', null, null]] }]);
    });

    it('reads no risk from a policy whose procedure headings and steps name risk words', () => {
      const text = '# 4. Risk Management Policy\n\n## 4.3 Risk Management Procedures\n\n### 4.3.1 Risk Assessment\n\n* Step 1. System Characterization\n  * Output - a list of systems.\n\n### 4.3.2 Risk Mitigation\n\n* Step 4. Select Control(s)\n  * Output - Selected control(s)\n';
      assert.deepEqual(risksOf(text), []);
    });
  });

  describe('labels', () => {
    it('reads a Milestones list\'s dated items as steps due on their date, and skips its undated progress notes', () => {
      const text = '# Risk Treatment Plan\n\n### R-3: No restore test\n- **Owner:** IT Lead\n- **Milestones:**\n  - 2026-02-20: Book the restore window\n  - **2026-03-01:** Restore the EHR database to the spare server\n  - [x] Runbook drafted (Week 2)\n';
      assert.deepEqual(risksOf(text), [{ id: 'R-3', title: 'No restore test', priority: undefined, actions: [
        ['Book the restore window', 'IT Lead', '2026-02-20', null],
        ['Restore the EHR database to the spare server', 'IT Lead', '2026-03-01', null],
      ] }]);
    });
    it('reads each item of a Remaining Actions list with no risk above it as an open item of its own, and leaves one under a risk to that risk', () => {
      const alone = '# Risk Assessment\n\n| # | Risk | Remediation | Status |\n|---|---|---|---|\n| C1 | Hardcoded secrets | Moved to the vault | Fixed |\n\n## Remaining Actions\n1. Sign the hosting BAA\n2. Book the external penetration test\n';
      assert.deepEqual(risksOf(alone).map((r) => [r.id, r.title, r.actions]), [
        ['C1', 'Hardcoded secrets', [['Moved to the vault', null, null, 'Fixed']]],
        [undefined, 'Sign the hosting BAA', [['Sign the hosting BAA', null, null, null]]],
        [undefined, 'Book the external penetration test', [['Book the external penetration test', null, null, null]]],
      ]);
      const under = '# Risk Treatment Plan\n\n## R-1: No BAA with the host\n- **Owner:** CFO\n\n### Remaining Actions\n- Sign the hosting BAA\n- File the signed copy in the vendor folder\n';
      assert.deepEqual(risksOf(under).map((r) => [r.id, r.actions.length]), [['R-1', 2]]);
    });
    it('reads each open box of a list under a heading naming work still to do in words of its own as an open item; a phase heading is no such list', () => {
      const item = (text: string) => risksOf(text).map((r) => [r.title, r.actions.map((a) => a[0])]);
      const required = '# HIPAA Compliance Notes\n\n## Checklist\n\n### Immediate Actions Required\n- [ ] Sign the BAA with the database host\n- [ ] Turn on audit logging\n';
      assert.deepEqual(item(required), [
        ['Sign the BAA with the database host', ['Sign the BAA with the database host']],
        ['Turn on audit logging', ['Turn on audit logging']],
      ]);
      const beforeGoLive = '# HIPAA Compliance Checklist\n\n## 7. Remaining Actions Before Go-Live\n\n- [ ] Appoint a security officer\n- [ ] Configure six-year log retention\n';
      assert.deepEqual(item(beforeGoLive).map(([title]) => title), ['Appoint a security officer', 'Configure six-year log retention']);
      const attention = '# Compliance Status\n\n### ⚠️ **AREAS REQUIRING ATTENTION**\n- [ ] Sign the hosting BAA\n- [ ] Document the retention policy\n';
      assert.deepEqual(item(attention).map(([title]) => title), ['Sign the hosting BAA', 'Document the retention policy']);
      const mustComplete = attention.replace('⚠️ **AREAS REQUIRING ATTENTION**', 'Must Complete Before Any Real Patient Data');
      assert.deepEqual(item(mustComplete).map(([title]) => title), ['Sign the hosting BAA', 'Document the retention policy']);
      // An item citing a risk read above (`(H-1)`) is that risk's action, not a risk of its own.
      const cited = '# Issues\n\n## Findings\n\n### H-1: No field-level encryption\n- **Owner:** Platform team\n\n## Deployment Checklist\n\n### Must Complete Before Production\n1. [ ] Implement field-level encryption (H-1)\n2. [ ] Execute the Google Cloud BAA\n';
      // (The risk's own owner line stays the first entry of its actions, with no words.)
      assert.deepEqual(item(cited), [['No field-level encryption', [null, 'Implement field-level encryption']], ['Execute the Google Cloud BAA', ['Execute the Google Cloud BAA']]]);
      // `Immediate Actions` alone names a roadmap's phase, not a list of work: its list is read as before (nothing here).
      assert.deepEqual(item('# Compliance Status\n\n## Immediate Actions\n- [ ] Sign the hosting BAA\n- [ ] Document the retention policy\n'), []);
    });
    it('reads the open boxes under the sub-headings of a heading of open work, and under a milestone\'s heading (`### Before Production Launch`)', () => {
      const titles = (text: string) => risksOf(text).map((r) => r.title);
      const grouped = '# Compliance Status\n\n### ⚠️ **AREAS REQUIRING ATTENTION**\n\n#### **Business Associate Agreement (BAA)**\n- [ ] Sign the hosting BAA\n\n#### **Enhanced Security**\n- [ ] Implement 2FA for all users\n\n## Resources\n\n### Links\n- [ ] Read the HHS guidance\n';
      assert.deepEqual(titles(grouped), ['Sign the hosting BAA', 'Implement 2FA for all users']);
      // The same sub-headings under a heading that names no work to do: their boxes are read as before (nothing here).
      assert.deepEqual(titles(grouped.replace('AREAS REQUIRING ATTENTION', 'SECURITY TOPICS')), []);
      const launch = '# Compliance Notes\n\n## Implementation Checklist\n\n### Immediate Actions Required\n- [ ] Sign the hosting BAA\n\n### Before Production Launch\n- [ ] Complete a penetration test\n\n### Ongoing Maintenance\n- [ ] Quarterly security audits\n';
      assert.deepEqual(titles(launch), ['Sign the hosting BAA', 'Complete a penetration test']);
      assert.deepEqual(titles(launch.replace('Before Production Launch', 'Before You Begin')), ['Sign the hosting BAA']);
      // A milestone's heading with no heading of open work beside it (a validation checklist's gate): its boxes are read as before.
      assert.deepEqual(titles('# Remediation Plan\n\n## Validation Checklist\n\n### Before Production Go-Live\n\n- [ ] All P0 items completed and verified\n- [ ] Staff trained on PHI handling\n'), []);
    });
    it('reads a bold label closed by a full stop as a paragraph\'s label, only when the vocabulary knows it', () => {
      const text = '# POA&M\n\n## Open items\n\n### R-4 - Weak passwords\n\n**What was observed.** No minimum length.\n\n**Remediation plan.** Enforce a 14-character minimum on the domain policy.\n\n**Owner.** IT Operations\n';
      assert.deepEqual(risksOf(text), [{ id: 'R-4', title: 'Weak passwords', priority: undefined, actions: [['Enforce a 14-character minimum on the domain policy.', 'IT Operations', null, null]] }]);
    });
    it('reads bold-label paragraphs with the colon inside or outside the emphasis', () => {
      const [risk] = risksOf('### R-1: Fax\n**Action:** Move the fax\n**Owner**: Ana\n**Target Completion Date:** Q1 2027\n');
      assert.deepEqual(risk.actions, [['Move the fax', 'Ana', 'Q1 2027', null]]);
    });

    it('reads each item of a list under an action label as an action, with the owner written once for the list or nested under an item', () => {
      const text = '### R-1: Laptops\n**Owner:** Ana\n**Due:** 2027-01-31\n**Planned Remediation:**\n- Turn on BitLocker on the six laptops\n  - Owner: Northgate IT\n- Retire the two old laptops\n\n**Evidence:**\n- Key export\n- Disposal certificate\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(summary(plan, plan.risks[0]).actions, [
        ['Turn on BitLocker on the six laptops', 'Northgate IT', '2027-01-31', null],
        ['Retire the two old laptops', 'Ana', '2027-01-31', null],
      ]);
      assert.deepEqual(plan.risks[0].evidence?.items, ['Key export', 'Disposal certificate']);
    });

    it('keeps an empty label that no list follows as an empty field', () => {
      const plan = parseMarkdownPlan('### R-1: Fax\n- **Action:** Move the fax\n- **Evidence:**\n\nText.\n');
      assert.equal(plan.risks[0].evidence?.value, '');
    });

    it('starts a risk at a Risk ID line, and reads a heading named like a label as the list\'s label', () => {
      const text = '# Register\n\n## Risk Details\n\n- **Risk ID**: `RISK-9`\n- **Risk Description**: Weak passwords\n- **Risk Owner**: Jane Doe\n\n## Mitigation Plan\n\n- Enforce MFA on all systems\n\n## Key Dates\n\n- **Mitigation Deadline**: 2027-09-15\n- **Next Review**: 2027-12-01\n';
      const plan = parseMarkdownPlan(text);
      assert.deepEqual(plan.risks.map((r) => summary(plan, r)), [{ id: 'RISK-9', title: 'Weak passwords', priority: undefined, actions: [['Enforce MFA on all systems', 'Jane Doe', '2027-09-15', null]] }]);
      assert.equal(plan.risks[0].acceptance.reviewBy?.value, '2027-12-01');
      assert.deepEqual([plan.meta.owner, plan.meta.nextReview], [undefined, undefined]);
    });

    it('does not start a risk at a plan\'s reference line', () => {
      assert.deepEqual(risksOf('# Plan\n\n**Ref:** HIPAA-RMP-2026\n'), []);
    });
  });

  describe('plan details', () => {
    it('reads plan fields from the header area and a section of plan details, not from a method section or after the first risk', () => {
      const text = [
        '# Plan', '', '**Organization:** Acme Clinic', '**Assessment Date:** 2026-02-09', '**Assessor:** Halvorsen Partners', '',
        '## Methodology', '', '- **Risk Analysis:** Likelihood and impact assessment on a 5×5 matrix', '',
        '## Risks', '', '### R-1: Fax', '**Action:** Move the fax', '', '## Notes', '', '**Owner:** Somebody else', '',
        '## Document Control', '', '**Owner:** Dana Whitfield, ISSO', '**Next Review:** 2027-04-30', '',
      ].join('\n');
      const m = parseMarkdownPlan(text).meta;
      assert.deepEqual(
        [m.organization?.value, m.riskAnalysis?.date?.value, m.riskAnalysis?.conductedBy?.value, m.riskAnalysis?.combined, m.owner?.value, m.nextReview?.value],
        ['Acme Clinic', '2026-02-09', 'Halvorsen Partners', undefined, 'Dana Whitfield, ISSO', '2027-04-30'],
      );
    });

    it('reads scope and third parties, as lists or values', () => {
      const m = parseMarkdownPlan('# Plan\n\n**Systems in scope:**\n- EHR (cloud)\n- Billing PC\n\n**Third parties:** ClearBill (BAA signed)\n').meta;
      assert.deepEqual([m.scope?.items, m.thirdParties?.value], [['EHR (cloud)', 'Billing PC'], 'ClearBill (BAA signed)']);
    });
  });
});

describe('section headings that give the risks under them a deadline or priority (issue 12)', () => {
  const text = [
    '# Tracker', '', '## Priority 1 Items (Complete by: December 29, 2026)', '',
    '### ✅ P1.1: Logs hold PHI', '**Status:** 🔴 NOT STARTED', '**Assigned To:** Backend Team', '**Tasks:**', '- Replace console.log with the logger', '- Add a lint rule against console.log', '',
    '### ✅ P1.2: No backup policy', '**Due:** 2026-11-01', '**Action:** Write the backup retention policy', '**Owner:** DevOps', '',
    '## Notes', '', '### Risk 9: Unlisted', '**Action:** Buy a shredder', '',
  ].join('\n');
  const plan = parseMarkdownPlan(text);

  it('gives the heading\'s deadline to actions without one, and its priority to risks without one', () => {
    assert.deepEqual(plan.risks.map((r) => summary(plan, r)), [
      { id: 'P1.1', title: 'Logs hold PHI', priority: 'Priority 1', actions: [['Replace console.log with the logger', 'Backend Team', 'December 29, 2026', '🔴 NOT STARTED'], ['Add a lint rule against console.log', 'Backend Team', 'December 29, 2026', '🔴 NOT STARTED']] },
      { id: 'P1.2', title: 'No backup policy', priority: 'Priority 1', actions: [['Write the backup retention policy', 'DevOps', '2026-11-01', null]] },
      { id: 'Risk 9', title: 'Unlisted', priority: undefined, actions: [['Buy a shredder', null, null, null]] },
    ]);
  });

  it('reads a priority code in parentheses (`### Critical Findings (P1)`) as the section\'s grade, not a reference to a risk P1', () => {
    const text = '# POA&M\n\n## Open Findings\n\n### Critical Findings (P1)\n\n| ID | Finding | Owner | Due |\n|---|---|---|---|\n| C-1 | No assessor engaged | Security | 2026-04-01 |\n';
    assert.deepEqual(risksOf(text).map((r) => [r.id, r.priority]), [['C-1', 'Critical']]);
  });

  it('gives the level a heading names (`### High-Priority Risks`) as the priority', () => {
    const [risk] = parseMarkdownPlan('## Risks\n\n### High-Priority Risks\n\n#### Risk ID: R001 - APT\n- **Treatment Strategy:** Deploy EDR on all 40 servers\n').risks;
    assert.deepEqual([risk.id?.value, risk.priority?.value, risk.actions[0].action?.value], ['R001', 'High', 'Deploy EDR on all 40 servers']);
  });

  it('reads a gap headed by its control number (`### A.6.1 – Roles`, `### PR.AC-1: …`) as a risk with that ID', () => {
    const plan = parseMarkdownPlan('# ISO 27001 Remediation Plan\n\n### A.12.6 – Vulnerability Management\n- **Action:** Patch the web servers within 14 days of release\n\n### PR.AC-1: Identities\n- **Action:** Disable the shared admin login\n');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value]), [['A.12.6', 'Vulnerability Management'], ['PR.AC-1', 'Identities']]);
  });

  it('reads the approval from a governance table after the risks (`| Plan approval | Name, date; … |`) and the date of a closing signature block', () => {
    const text = '# Remediation Plan\n\n### R-1: Laptops\n- **Action:** Encrypt the laptops\n\n## Governance\n\n| Element | Arrangement |\n|---|---|\n| Plan approval | Ana Ruiz as Security Official, 2026-07-15; endorsed by the board |\n\n---\n\n**Prepared by:** B. Lee\n**Date:** June 14, 2026\n';
    const { meta } = parseMarkdownPlan(text);
    assert.deepEqual([meta.approvedBy?.value, meta.approvedOn?.value, meta.documentDate?.value], ['Ana Ruiz as Security Official', '2026-07-15', 'June 14, 2026']);
    assert.equal(text.slice(meta.approvedOn!.valueRange.start, meta.approvedOn!.valueRange.end), '2026-07-15');
  });

  it('reads `Approved by: Name, date` as signed and dated: the approver before the date, the date after; without a separate approval date only', () => {
    const text = '# Risk Management Plan\n\n- Approved by: Jane Roe, Practice Owner, 2026-01-02\n\n### R-1: Laptops\n- **Action:** Encrypt the laptops\n';
    const { meta } = parseMarkdownPlan(text);
    assert.deepEqual([meta.approvedBy?.value, meta.approvedOn?.value], ['Jane Roe, Practice Owner', '2026-01-02']);
    assert.equal(text.slice(meta.approvedOn!.valueRange.start, meta.approvedOn!.valueRange.end), '2026-01-02');
    const separate = parseMarkdownPlan('# Risk Management Plan\n\n- Approved by: Jane Roe, 2026-01-02\n- Approved on: 2026-02-01\n').meta;
    assert.deepEqual([separate.approvedBy?.value, separate.approvedOn?.value], ['Jane Roe, 2026-01-02', '2026-02-01']);
  });

  it('reads a corrective action record: the immediate correction and the long-term action, both due by the one target date', () => {
    const [risk] = parseMarkdownPlan('# Corrective Action Plan\n\n## Finding 1\n\n**Finding:** Badges not returned.\n\n**Immediate Correction:** Deactivate the three unreturned badges.\n\n**Long-Term Corrective Action:** Add badge return to the HR exit checklist.\n\n**Target Completion Date:** 15 August 2026\n').risks;
    assert.deepEqual(risk.actions.map((a) => [a.action?.value, a.due?.value]), [['Deactivate the three unreturned badges.', '15 August 2026'], ['Add badge return to the HR exit checklist.', '15 August 2026']]);
  });

  it('reads a Response list after a Trigger as a contingency playbook, not as planned actions', () => {
    const [risk] = parseMarkdownPlan('# Risk Register\n\n### R-4: Data breach\n\n**Mitigation**:\n\n- ⏳ Rotate the database credentials every quarter\n\n**Trigger**: Any suspected unauthorized access\n\n**Response**:\n\n1. Isolate the affected systems\n2. Notify the users\n\n**Owner**: CTO\n').risks;
    assert.deepEqual(risk.actions.map((a) => [a.action?.value, a.owner?.value]), [['Rotate the database credentials every quarter', 'CTO']]);
  });

  it('reads a roadmap heading that names a quarter (`### Q1 2026 (Pre-Launch)`) as no risk', () => {
    const plan = parseMarkdownPlan('# Risk Register\n\n### R-1: Churn\n**Action:** Call every lapsed customer\n\n## Mitigation Roadmap\n\n### Q1 2026 (Pre-Launch)\n\n**Priority**: Legal, Security\n\n- [ ] Finalize the terms of service\n');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['R-1']);
  });

  it('gives a deadline relative to the plan (`Resolve within 30 days`) and reads the plan\'s `Date:` line as the date it bears', () => {
    const dated = parseMarkdownPlan('# Remediation Plan\n\n**Date:** June 1, 2026\n\n## Critical (Resolve within 30 days)\n\n### GAP-1: Card numbers in logs\n**Action:** Mask card numbers in the API log\n');
    assert.deepEqual([dated.meta.documentDate?.value, dated.risks[0].actions[0].due?.value], ['June 1, 2026', '30 days']);
  });

  it('reads nothing from a heading whose parenthesis holds a date without a deadline word', () => {
    const [risk] = parseMarkdownPlan('## Multi-Factor Authentication (February 21, 2026)\n\n### R-1: VPN\n**Action:** Enforce MFA\n').risks;
    assert.equal(risk.actions[0].due, undefined);
  });
});

describe('a POA&M entry written as a Field | Value table under its heading (issue 12)', () => {
  const text = [
    '# POA&M', '', '## POA&M Items', '', '#### POA&M-001: Account lockout', '', '| Field | Value |', '|---|---|',
    '| **POA&M ID** | POA&M-001 |', '| **Weakness/Gap** | No lockout after failed logins |', '| **Risk Rating** | High |', '| **Status** | Open |',
    '| **Responsible Party** | App Developer |', '| **Milestones** | |', '| — Milestone 1 | Lock accounts after 5 failed attempts — 2027-01-15 |',
    '| — Milestone 2 | Deploy to production and verify — 2027-02-01 |', '| **Evidence of Closure** | Test results |', '',
  ].join('\n');
  const plan = parseMarkdownPlan(text);

  it('reads the ID from the heading and each milestone as an action with its date, the owner written once for both', () => {
    assert.deepEqual(summary(plan, plan.risks[0]), {
      id: 'POA&M-001',
      title: 'Account lockout',
      priority: 'High',
      actions: [['Lock accounts after 5 failed attempts', 'App Developer', '2027-01-15', 'Open'], ['Deploy to production and verify', 'App Developer', '2027-02-01', 'Open']],
    });
    assert.equal(at(plan, plan.risks[0].actions[1].due), '2027-02-01');
    assert.equal(plan.risks[0].evidence?.value, 'Test results');
  });
});

describe('a risk written as one list item with labelled parts (issue 12)', () => {
  it('reads the ID, the title and each labelled part', () => {
    assert.deepEqual(risksOf('# Risk Register\n\n- R-001: PII in the logs — Owner: Backend — Status: Open\n- R-002: No OpenAPI file | Owner: API team | Due: 2027-01-31\n'), [
      { id: 'R-001', title: 'PII in the logs', priority: undefined, actions: [[null, 'Backend', null, 'Open']] },
      { id: 'R-002', title: 'No OpenAPI file', priority: undefined, actions: [[null, 'API team', '2027-01-31', null]] },
    ]);
  });

  it('keeps a measure whole across its semicolons, and splits labelled parts at one', () => {
    assert.deepEqual(risksOf('# Risk Register\n\n- **R-7 Staffing gap** — L:Med I:Med — Cross-train two nurses; hire a float nurse — Owner: COO; Status: Open\n'), [
      { id: 'R-7', title: 'Staffing gap', priority: 'Med × Med', actions: [['Cross-train two nurses; hire a float nurse', 'COO', null, 'Open']] },
    ]);
  });

  it('reads no risk from a list item with an ID-like word and no labelled part', () => {
    assert.deepEqual(risksOf('# Notes\n\n- Q1 2026: Review emerging injection techniques\n- POA&M-003: marked complete — see the log\n'), []);
  });
});

describe('registers in the shapes people keep them (issue 12, tolerant reader)', () => {
  it('splits an ID of several letter parts off a heading', () => {
    assert.deepEqual(risksOf('# Gap Register\n\n### GAP-SEC-001: Shared login\n- **Remediation:** Create named accounts\n').map((r) => [r.id, r.title]), [['GAP-SEC-001', 'Shared login']]);
  });

  it('reads a `Risk: Title` heading with fields under it as a risk, and one without fields as none', () => {
    const text = '# Risk Treatment Plan\n\n## 3. AI Treatments\n\n#### Risk: Model bias\n- **Risk Level:** High\n- **Treatment Plan:**\n  - **Reduction:** Audit the triage model monthly\n  - **Timeline:** Q1 2027\n  - **Responsible:** Data Lead\n\n#### Risk: appetite\n\nPlain prose.\n';
    assert.deepEqual(risksOf(text), [{ id: undefined, title: 'Model bias', priority: 'High', actions: [['**Reduction:** Audit the triage model monthly', 'Data Lead', 'Q1 2027', null]] }]);
  });

  it('opens a register entry at an `R1: Title` line followed by its field list, and ends it at a thematic break', () => {
    const text = '# Risk Register\n\nR1: Resets sent to any address\n- Mitigations:\n  - Send resets to the address on file\n- Owner: Portal team\n\n---\n\nNotes\n- Mitigations: reviewed yearly\n';
    assert.deepEqual(risksOf(text), [{ id: 'R1', title: 'Resets sent to any address', priority: undefined, actions: [['Send resets to the address on file', 'Portal team', null, null]] }]);
  });

  it('reads a task item with a nested finding as a risk: the item its action, the box its status', () => {
    const text = '# Remediation Checklist\n\n## High Priority (Fix Within 30 Days)\n\n- [x] **HIPAA**: Encrypt the intake share\n      - Finding: Intake share unencrypted\n- [ ] A task with nothing nested\n';
    assert.deepEqual(risksOf(text), [{ id: undefined, title: 'Intake share unencrypted', priority: 'High', actions: [['**HIPAA**: Encrypt the intake share', null, '30 Days', '[x]']] }]);
  });

  it('reads a tracker table whose text columns have no known name: the first is the risk, the next its action', () => {
    const text = '| ID | Config item | Description / goal | Planned date | Status |\n|---|---|---|---|---|\n| NET-1 | Guest Wi-Fi | Move guest Wi-Fi to its own VLAN | 2026-04-10 | Complete |\n';
    assert.deepEqual(risksOf(text), [{ id: 'NET-1', title: 'Guest Wi-Fi', priority: undefined, actions: [['Move guest Wi-Fi to its own VLAN', null, '2026-04-10', 'Complete']] }]);
  });

  it('reads a Treatment column of actions (not treatment words) as the action column, and a completion date as closing the action', () => {
    const plan = parseMarkdownPlan('| Date Verified | Risk ID | Treatment | Evidence |\n|---|---|---|---|\n| 2026-03-20 | R-2 | Enabled MFA on the VPN | Firewall export |\n');
    assert.deepEqual(plan.risks.map((r) => [at(plan, r.id), r.treatment?.value, r.actions[0].action?.value, r.actions[0].completed?.value]), [['R-2', undefined, 'Enabled MFA on the VPN', '2026-03-20']]);
  });

  it('reads a grid table in a code block, a row from its first line', () => {
    const text = '# Risk Register\n\n```\n+----+-----------+------------------+\n| ID | Risk      | Mitigation       |\n+----+-----------+------------------+\n| R1 | DB may    | Load test before |\n|    | not scale | launch           |\n+----+-----------+------------------+\n```\n';
    assert.deepEqual(risksOf(text), [{ id: 'R1', title: 'DB may', priority: undefined, actions: [['Load test before', null, null, null]] }]);
  });

  it('reads the risks of a YAML fence in a Markdown document as YAML risks', () => {
    const plan = parseMarkdownPlan('# Risk Register: adapter\n\n```yaml\nrisks:\n  - id: "R1"\n    title: "Auth states differ"\n    mitigation: Add a state translation layer with tests\n    owner: Backend\n```\n');
    assert.deepEqual(plan.risks.map((r) => [r.form, at(plan, r.id), r.title?.value, r.actions[0].action?.value]), [['yaml', '"R1"', 'Auth states differ', 'Add a state translation layer with tests']]);
  });

  it('gives the risks under a section named for acceptance the accept treatment', () => {
    const plan = parseMarkdownPlan('# Risk Register\n\n## Low Risks (Accepted)\n\n### R-9: Single server\n- **Owner:** IT\n');
    assert.equal(plan.risks[0].treatment?.value, 'Accepted');
  });

  it('gives the risks under a Risk Acceptance heading the whole word as their treatment', () => {
    const plan = parseMarkdownPlan('# POA&M\n\n## Risk Acceptance\n\n| Item | Risk | Compensating Control |\n|---|---|---|\n| Kiosk | Shared login on the kiosk | Kiosk sees no records |\n');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.treatment?.value, r.acceptance.compensatingControls?.value]), [['Shared login on the kiosk', 'Acceptance', 'Kiosk sees no records']]);
  });

  it('reads a POA&M item\'s Completion Criteria as its validation, not one more remediation step', () => {
    const plan = parseMarkdownPlan('# POA&M\n\n### POA-7: Images not scanned\n\n- **Remediation:**\n  - Add image scanning to every CI pipeline\n  - Alert the on-call engineer on new critical findings\n- **Completion Criteria:** 100% of production images scanned within an hour of deployment\n');
    const [risk] = plan.risks;
    assert.deepEqual(risk.actions.map((a) => a.action?.value), ['Add image scanning to every CI pipeline', 'Alert the on-call engineer on new critical findings']);
    assert.equal(risk.validation?.value ?? risk.actions[0].validation?.value, '100% of production images scanned within an hour of deployment');
  });

  it('reads the paragraph under an action heading as the action; one that leads into a list (a colon) is not', () => {
    const plan = parseMarkdownPlan('# Risk Register\n\n## R-1: Weak TLS on the portal\n\n**Owner:** IT\n\n### Remediation\n\nUpgrade OpenSSL to 3.0.13 on all web servers and disable TLS 1.0.\n\n## R-2: No MFA\n\n### Recommendation\nThe following steps are recommended:\n\n- Enable MFA on all EHR accounts\n');
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => a.action?.value)), [['Upgrade OpenSSL to 3.0.13 on all web servers and disable TLS 1.0.'], [undefined]]);
    assert.equal(at(plan, plan.risks[0].actions[0].action), 'Upgrade OpenSSL to 3.0.13 on all web servers and disable TLS 1.0.');
  });

  it('reads an action written as one link to a section of the document by the link\'s words, where they are', () => {
    const plan = parseMarkdownPlan(
      '# Threat Model\n\n## Threats\n\n#### Threat ID 1 - Webhook flooded\n\n**Mitigation**\n\n- [Mitigation ID 2 - Webhook authenticates callers](#mitigation-id-2---webhook-authenticates-callers)\n\n' +
        '## Mitigations\n\n#### Mitigation ID 2 - Webhook authenticates callers\n\nOnly callers with a certificate from the cluster CA reach the webhook.\n',
    );
    const action = plan.risks[0].actions[0].action;
    assert.equal(action?.value, 'Mitigation ID 2 - Webhook authenticates callers');
    assert.equal(at(plan, action), 'Mitigation ID 2 - Webhook authenticates callers');
  });

  it("reads the measure the linked section labels as the action, where it is written (session 20)", () => {
    const plan = parseMarkdownPlan(
      '| Risk | Probability | Status | Mitigation Plan |\n|---|---|---|---|\n| Database single point of failure | High | Pending | [Mitigating Database SPOF](#2-mitigating-database-spof) |\n\n' +
        '## Proposed Mitigations\n\n#### 2. Mitigating Database SPOF\n\n**Proposal:** Replace the local volume with a managed regional database with automated backups.\n\n#### 3. Mitigating Something Else\n\n**Proposal:** Not this one.\n',
    );
    const action = plan.risks[0].actions[0].action;
    assert.equal(action?.value, 'Replace the local volume with a managed regional database with automated backups.');
    assert.equal(at(plan, action), action?.value);
  });
});

describe('a mitigation plan that points back at the risks of an assessment (issue 12)', () => {
  const text =
    '# Security Risk Assessment\n\n## Risk Analysis\n\n#### Risk 1: Vendor without a BAA\n**Likelihood:** Medium\n**Impact:** High\n\n' +
    '## Risk Mitigation Plan\n\n#### 1. Obtain signed BAAs (Risk 1)\n**Owner:** Privacy Officer\n**Target Date:** 2027-01-31\n\n**Action Items:**\n- Send the BAA to the answering service\n- File the signed copy in the BAA register\n\n' +
    '#### 2. Phase one (Q1)\n**Owner:** Nobody\n';

  it('adds the heading\'s actions to the risk it names, and reads a heading naming no risk as nothing', () => {
    assert.deepEqual(risksOf(text), [{
      id: 'Risk 1',
      title: 'Vendor without a BAA',
      priority: 'Medium × High',
      actions: [
        ['Send the BAA to the answering service', 'Privacy Officer', '2027-01-31', null],
        ['File the signed copy in the BAA register', 'Privacy Officer', '2027-01-31', null],
      ],
    }]);
  });
});

describe('an appendix that repeats a risk heading without fields of its own (issue 12)', () => {
  it('reads the repeat as a reference to the risk, not a second risk', () => {
    const text = '# POA&M\n\n### POA&M-001: Audit review\n- **Action:** Export the audit log nightly\n- **Owner:** IT Lead\n\n## Appendix C: Control matrix\n\n### POA&M-001: Audit review\n**Required evidence:** SIEM screenshots\n';
    assert.deepEqual(risksOf(text).map((r) => [r.id, r.actions.length]), [['POA&M-001', 1]]);
  });

  it('keeps a repeated ID that writes an action of its own (duplicate-risk-id speaks of it)', () => {
    const text = '# Plan\n\n### R-1: Backups\n- **Action:** Test a restore\n\n### R-1: Laptops\n- **Action:** Encrypt the laptops\n';
    assert.equal(risksOf(text).length, 2);
  });
});

describe('a heading whose body carries a risk\'s fields, outside any section of risks (issue 12)', () => {
  const safeguard = (name: string, status: string, priority: string, plan?: string) =>
    `### ${name} ❌\n**Current Status**: ${status}\n**Priority**: ${priority}\n${plan ? `**Implementation Plan**: ${plan}\n` : ''}\n`;

  it('reads it as a risk when nothing else in the plan reads as one', () => {
    const text = `# Safeguards Checklist\n\n## Technical\n\n${safeguard('Automatic logoff', 'Not Implemented', 'High', 'Set a 10-minute lock on the front desk PCs')}${safeguard('Audit logs', 'Not Implemented', 'Low')}`;
    assert.deepEqual(risksOf(text), [
      { id: undefined, title: 'Automatic logoff ❌', priority: 'High', actions: [['Set a 10-minute lock on the front desk PCs', null, null, 'Not Implemented']] },
      { id: undefined, title: 'Audit logs ❌', priority: 'Low', actions: [[null, null, null, 'Not Implemented']] },
    ]);
  });

  it('does not read a template that defines the fields, whose values are no status or priority', () => {
    const text = '# POA&M Template\n\n## Item fields\n\n### Each item\n**Status:** the item\'s state (Open, Closed)\n**Planned Remediation:** what will be done\n**Priority:** how urgent it is\n';
    assert.deepEqual(risksOf(text), []);
  });

  it('leaves such headings alone in a plan whose risks are read otherwise (recommendations beside the risks)', () => {
    const text =
      '# Assessment\n\n## Findings\n\n### R-1: Shared login\n- **Action:** Create named accounts\n- **Owner:** IT\n\n' +
      '## Recommendations\n\n### Later work\n**Priority**: Medium\n**Actions**: Buy a SIEM\n';
    assert.deepEqual(risksOf(text).map((r) => r.id ?? r.title), ['R-1']);
  });
});

describe('a section of gaps written as numbered bold items with labelled lines under them (issue 12)', () => {
  it('reads each item as a risk, its labelled action line as the action', () => {
    const text =
      '# Gap Review: DETECT\n\n## Gaps\n1. **Log review (DE.CM-01)**:\n   - **Current State**: Logs are kept but never read.\n   - **Action Plan**: Review the firewall log weekly from Q1 2027.\n\n' +
      '2. **Alerting (DE.AE-02)**:\n   - **Current State**: No alerts.\n   - **Action Plan**: Turn on the EHR login alerts by Q2 2027.\n\n## Key Metrics\n1. **Weekly review**:\n   - Logs read every Monday\n';
    assert.deepEqual(risksOf(text).map((r) => [r.title, r.actions.map((a) => a[0])]), [
      ['Log review (DE.CM-01)', ['Review the firewall log weekly from Q1 2027.']],
      ['Alerting (DE.AE-02)', ['Turn on the EHR login alerts by Q2 2027.']],
    ]);
  });
});

describe('a risk heading followed at once by a checklist (issue 12)', () => {
  it('reads the checklist as its actions, with the owner, target and status lines under it for each', () => {
    const text =
      '# Gap Tracker\n\n## Phase 1\n\n#### G-7: Unencrypted backups\n- [ ] Turn on encryption for the nightly backup job\n- [x] Order the key escrow safe\n**Target Completion:** 2026-03-01\n**Assigned To:** IT contractor\n**Status:** Pending\n\n' +
      '#### G-8: Shared front desk login\nThe two PCs share one account.\n\n- [ ] Create named accounts\n';
    assert.deepEqual(risksOf(text), [
      { id: 'G-7', title: 'Unencrypted backups', priority: undefined, actions: [
        ['Turn on encryption for the nightly backup job', 'IT contractor', '2026-03-01', '[ ]'],
        ['Order the key escrow safe', 'IT contractor', '2026-03-01', '[x]'],
      ] },
      // A checklist after prose is not the heading's list of actions.
      { id: 'G-8', title: 'Shared front desk login', priority: undefined, actions: [[null, null, null, null]] },
    ]);
  });
});

describe('a register rating each risk before and after treatment, with a column of controls in place (issue 12)', () => {
  it('reads the inherent rating as the priority and the treatment plan, not the controls, as the action', () => {
    const text =
      '# Risk Register\n\n| Risk ID | Risk Title | Inherent Likelihood | Inherent Impact | Inherent Rating | Controls | Residual Rating | Risk Owner | Treatment Plan |\n|---|---|---|---|---|---|---|---|---|\n' +
      '| RK-1 | Lost laptop | Medium | High | High | Disk encryption | Low | IT lead | Add remote wipe to the MDM profile |\n';
    const plan = parseMarkdownPlan(text);
    const [risk] = plan.risks;
    assert.deepEqual(summary(plan, risk), { id: 'RK-1', title: 'Lost laptop', priority: 'High', actions: [['Add remote wipe to the MDM profile', 'IT lead', null, null]] });
    assert.equal(risk.acceptance?.compensatingControls?.value, 'Disk encryption');
    assert.equal(risk.residualRisk?.value, 'Low');
  });
});

describe('section headings that rank the items under them (issue 12)', () => {
  const under = (heading: string) => risksOf(`# Gap Tracker\n\n## ${heading}\n\n### G-1: Shared login\n- **Action:** Create named accounts for the front desk\n`)[0]?.priority;
  it('reads a pair of levels and a phase named for its urgency as the priority', () => {
    assert.equal(under('Critical and High Gaps'), 'Critical and High');
    assert.equal(under('PHASE 0: EMERGENCY FIXES (Weeks 1-2)'), 'EMERGENCY');
    assert.equal(under('Stage 1 - Urgent work'), 'Urgent');
  });
  it('reads no priority from a phase named for its content', () => {
    assert.equal(under('PHASE 1: CORE PLATFORM (Weeks 3-8)'), undefined);
    assert.equal(under('Phase 2: High-Level Design'), undefined);
  });
  it('reads a launch checklist\'s tiers as the priority of the rows under them (`## Must-have gaps (pre-launch)`, `## Nice-to-have`)', () => {
    const tracker = (heading: string) =>
      parseMarkdownPlan(`# Launch Tracker\n\n## ${heading}\n| Area | Gap | Owner | Status |\n| --- | --- | --- | --- |\n| Intake | Kiosk session never times out | Front-end | In progress |\n`).risks[0];
    const rank = (heading: string) => priorityOf(tracker(heading)?.priority?.value);
    assert.equal(rank('Must-have gaps (pre-launch)'), 'high');
    assert.equal(rank('Strongly recommended'), 'medium');
    assert.equal(rank('Nice-to-have'), 'low');
    assert.equal(rank('Should have items'), 'medium');
    // Words that only start like a tier name none.
    assert.equal(tracker('Must-haves for the kiosk vendor contract')?.priority, undefined);
  });
  it('reads a level before what a phase holds as its priority (`PHASE 1: CRITICAL FIXES (P0)`)', () => {
    assert.equal(under('PHASE 1: CRITICAL FIXES (P0)'), 'CRITICAL');
    assert.equal(under('Phase 3: Medium Priority (P2)'), 'Medium');
  });

  it('reads each fix under a phase named for its level as a risk: heading per fix, bold-label Gap and Effort (round 41)', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'markdown', 'phased-fix-plan.md'), 'utf8');
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(
      plan.risks.map((r) => [r.title?.value.replace(/ ✅.*$/, ''), r.priority?.value, r.actions[0]?.action?.value.slice(0, 20) ?? null]),
      [
        ['Turn On Database Audit Logging', 'CRITICAL', '# turn auditing on f'],
        ['Lock Down Backup Bucket', 'CRITICAL', null],
        ['Protect Billing Exports with Retention Locks', 'HIGH', 'Protect Billing Expo'],
        ['Rotate Portal Signing Keys', 'MEDIUM', 'Rotate Portal Signin'],
      ],
    );
    assert.equal(plan.risks[1].actions[0].status?.value.includes('VERIFIED'), true);
    // The Priority Levels table gives P2 fixes 30 days from the plan's date; a window counted from launch (P1) or
    // `Before launch` (P0) names no date, and a done fix takes none.
    assert.deepEqual(plan.risks.map((r) => r.actions[0]?.due?.value ?? null), [null, null, null, 'Within 30 days']);
  });

  it('a heading whose status and level list the choices (a help page describing the fields) is no risk; one that chose is', () => {
    const page = (status: string, level: string) =>
      `# POA&M screen\n\n### Required Fields\n\n| Field | Description |\n|---|---|\n| **Title** | Brief description of the weakness |\n| **Status** | ${status} |\n| **Risk Level** | ${level} |\n`;
    assert.equal(parseMarkdownPlan(page('Open, In Progress, Completed, Closed', 'Critical, High, Moderate, Low')).risks.length, 0);
    assert.equal(parseMarkdownPlan(page('Open', 'High')).risks.length, 1);
  });
});

describe('an assessment or audit report dated and signed by its preparer is the risk analysis (round 25)', () => {
  const body = '\n**Date:** 12/19/2025\n**Prepared by:** Dana Whitfield, Security Analyst\n\n### F-1: Shared front-desk login\n- **Action:** Issue named accounts\n';
  for (const title of ['HIPAA Risk Analysis', 'Cybersecurity Assessment Report', 'Contract Audit Report']) {
    it(`# ${title}: its date and preparer are the analysis's`, () => {
      const analysis = parseMarkdownPlan(`# ${title}\n${body}`).meta.riskAnalysis;
      assert.equal(analysis?.date?.value, '12/19/2025');
      assert.equal(analysis?.conductedBy?.value, 'Dana Whitfield, Security Analyst');
    });
  }
  it('# Remediation Plan: a plan prepared by someone is not an analysis', () => {
    assert.equal(parseMarkdownPlan(`# Remediation Plan\n${body}`).meta.riskAnalysis?.conductedBy, undefined);
  });
});

describe('a treatment chosen, written apart from the work that carries it out (issue 12)', () => {
  it('reads a Response column of treatment words alone (`Mitigate`, `Mitigate and transfer`) as the treatment, and the risk as having no action', () => {
    const text = '# Risk Register\n\n| ID | Risk scenario | Score | Response | Risk owner |\n|---|---|---|---|---|\n| R-1 | Account takeover | 20 | Mitigate | Head of IT |\n| R-2 | Payment outage | 15 | Mitigate and transfer | CFO |\n| R-3 | Laptop theft | 12 | Mitigate | IT Manager |\n';
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(plan.risks.map((r) => [r.treatment?.value, r.actions.map((a) => a.action?.value ?? null)]), [['Mitigate', [null]], ['Mitigate and transfer', [null]], ['Mitigate', [null]]]);
    // A Response column that says what is done stays the action.
    const worded = text.replace('| Mitigate and transfer |', '| Buy cyber insurance and add a second processor |');
    assert.deepEqual(parseMarkdownPlan(worded).risks.map((r) => r.actions[0].action?.value), ['Mitigate', 'Buy cyber insurance and add a second processor', 'Mitigate']);
  });

  it('reads the list under `**Treatment Strategy:** Mitigate` as the risk\'s actions, and under `Accept` as why it is accepted', () => {
    const text = '# Risk Register\n\n## Risks\n\n### Risk 1 — Ransomware\n\n**Risk Statement:** Ransomware could encrypt the records.\n\n**Treatment Strategy:** Mitigate\n\n- *Low effort:* Establish a monthly patch cycle for the EHR server.\n- *High effort:* Add a weekly full backup of the EHR database.\n\n### Risk 2 — Flood\n\n**Risk Statement:** A flood could damage the office.\n\n**Treatment Strategy:** Accept\n\n- The likelihood is low and off-site backups limit the impact.\n';
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(plan.risks.map((r) => [r.treatment?.value, r.actions.map((a) => at(plan, a.action))]), [
      ['Mitigate', ['*Low effort:* Establish a monthly patch cycle for the EHR server.', '*High effort:* Add a weekly full backup of the EHR database.']],
      ['Accept', []],
    ]);
    assert.equal(at(plan, plan.risks[1].acceptance?.rationale), 'The likelihood is low and off-site backups limit the impact.');
    // A treatment line with a paragraph under it, no list: read as before, the treatment alone.
    const paragraph = text.replace('- *Low effort:*', '*Low effort:*').replace('- *High effort:*', '*High effort:*');
    assert.deepEqual(parseMarkdownPlan(paragraph).risks[0].actions.map((a) => a.action?.value ?? null), [null]);
  });

  it('rates a risk by the Inherent row of its table of ratings by stage (`| | Likelihood | Impact | Score |`), not by its target', () => {
    const text = '# Risk Register\n\n## Risks\n\n### Risk 1 — Ransomware\n\n| | Likelihood | Impact | Score |\n|---|---|---|---|\n| Inherent | 5 | 5 | 25 |\n| Residual | 5 | 4 | 20 |\n| Target (high-effort) | 3 | 4 | 12 |\n\n**Action:** Establish a monthly patch cycle for the EHR server.\n';
    const plan = parseMarkdownPlan(text);
    assert.deepEqual([at(plan, plan.risks[0].inherentRisk), at(plan, plan.risks[0].residualRisk), at(plan, plan.risks[0].priority)], ['25', '20', '25']);
    assert.equal(priorityOf(plan.risks[0].priority?.value), 'critical');
    // A scale's legend (`| Level | Descriptor | Basis |` over `| 1 | Rare | … |`) names no stage: no rating.
    const legend = text.replace('| Inherent | 5 | 5 | 25 |', '| 1 | Rare | No occurrence | 1 |');
    assert.equal(parseMarkdownPlan(legend).risks[0].priority, undefined);
  });
});

describe('a register whose controls in place and work planned share columns (issue 12)', () => {
  const plan = (text: string) => parseMarkdownPlan(text);
  const actions = (text: string) => {
    const read = plan(text);
    return read.risks.map((r) => r.actions.map((a) => [at(read, a.action) ?? null, at(read, a.owner) ?? null, at(read, a.due) ?? null, a.status?.value ?? null]));
  };

  it('splits an `Action / owner` cell into the work and who does it, and reads the work as planned beside a column of existing controls', () => {
    const text = '# Risk register\n\n| ID | Risk | Existing controls | Residual | Treatment | Action / owner |\n|---|---|---|---|---|---|\n' +
      '| R1 | Cross-tenant exposure | Row-level security on every table | **Low** | Mitigate | Maintain the RLS coverage test on every new table · *Eng* |\n' +
      '| R2 | Account takeover | MFA for staff | **Med** | Mitigate | Enforce MFA for admin roles — *Security Officer TBD* |\n' +
      '| R3 | Unbounded tables | Indexed reads | **Med** | Mitigate | Define retention floors and a purge job |\n';
    assert.deepEqual(actions(text), [
      [['Maintain the RLS coverage test on every new table', 'Eng', null, null]],
      [['Enforce MFA for admin roles', 'Security Officer TBD', null, null]],
      [['Define retention floors and a purge job', null, null, null]],
    ]);
    // A measure in the present beside a residual rating: a control in place, unless a column of existing controls stands beside it.
    const present = (existing: boolean) =>
      `# Risk register\n\n| ID | Risk |${existing ? ' Existing controls |' : ''} Residual | Action / owner |\n|---|---|${existing ? '---|' : ''}---|---|\n` +
      `| R1 | Cross-tenant exposure |${existing ? ' Row-level security |' : ''} **Low** | RLS coverage test runs on every new table · *Eng* |\n`;
    assert.deepEqual(actions(present(false)), [[['RLS coverage test runs on every new table', 'Eng', null, 'in place']]]);
    assert.deepEqual(actions(present(true)), [[['RLS coverage test runs on every new table', 'Eng', null, null]]]);
  });

  it('reads the work a Current Controls cell plans (`… is a planned control (2026 Q2 target).`) as the row\'s action, due by the period it names', () => {
    const text = '# Risk Register\n\n| ID | Risk Title | Current Controls | Residual Risk | Owner |\n|---|---|---|---|---|\n' +
      '| R-15 | Missing MFA | MFA is supported and recommended. Enforcement for admin accounts is a planned control (2026 Q2 target). Logins are rate-limited. | Medium (9) | Engineering Lead |\n' +
      '| R-11 | Phishing | Awareness training is in place (planned formal programme for 2026 Q3). PR review is required. | Medium (6) | CISO |\n' +
      '| R-25 | Outage | Runbooks are documented. The continuity plan is written down; a tabletop exercise is planned for 2026 Q3. | Low (4) | CISO |\n' +
      '| R-01 | SQL injection | Parameterised queries. Input validation on all routes. | Medium (4) | Engineering Lead |\n' +
      '| R-30 | Deadline missed | Phase 2 roadmap; HL7 FHIR export and digital signatures | High | CTO |\n';
    assert.deepEqual(actions(text), [
      [['Enforcement for admin accounts is a planned control (2026 Q2 target)', 'Engineering Lead', '2026 Q2', null]],
      [['planned formal programme for 2026 Q3', 'CISO', '2026 Q3', null]],
      [['a tabletop exercise is planned for 2026 Q3', 'CISO', '2026 Q3', null]],
      [[null, 'Engineering Lead', null, null]],
      // A clause that only marks the sentence as planned (`Phase 2 roadmap`) takes the sentence with it: the rest is the work.
      [['Phase 2 roadmap; HL7 FHIR export and digital signatures', 'CTO', null, null]],
    ]);
  });
});

describe('an action item led by its grade (issue 12)', () => {
  it('reads `- [ ] **CRITICAL**: Sign the hosting BAA` as an item of priority CRITICAL, worded after the colon; a caption of other words stays', () => {
    const text = '# Compliance Status\n\n### ⚠️ **AREAS REQUIRING ATTENTION**\n- [ ] **CRITICAL**: Sign the hosting BAA\n- [ ] **Documentation**: Maintain the BAA file\n';
    assert.deepEqual(risksOf(text).map((r) => [r.title, r.priority]), [['Sign the hosting BAA', 'CRITICAL'], ['**Documentation**: Maintain the BAA file', undefined]]);
  });
});

describe('an action item closed by its status in brackets (issue 12)', () => {
  it('reads `- CAPTCHA for repeated failures (planned)` as the action and its status; a bracket of other words stays in the action', () => {
    const text = '# Risk Register\n\n### TE-01: Credential stuffing\n\n**Additional Mitigations:**\n- Brute force detection alerts (implemented)\n- CAPTCHA for repeated failures (planned)\n- Breach password detection (in progress).\n- Rate limiting (5 attempts per minute)\n';
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(plan.risks[0].actions.map((a) => [at(plan, a.action), at(plan, a.status) ?? null]), [
      ['Brute force detection alerts', 'implemented'],
      ['CAPTCHA for repeated failures', 'planned'],
      ['Breach password detection', 'in progress'],
      ['Rate limiting (5 attempts per minute)', null],
    ]);
  });
});

describe('registers of set 58 shapes (issue 12)', () => {
  it('reads snake_case headers (`risk_id`, `target_date`) and a column named for its placeholders (`owner placeholder`) as their fields', () => {
    const text = '# Risk Register\n\n| risk_id | description | severity | owner placeholder | treatment plan | target date placeholder |\n|---|---|---|---|---|---|\n| R-001 | Stale admin approvals | High | Security owner | Add a quarterly admin access review | TBD |\n';
    assert.deepEqual(risksOf(text), [{ id: 'R-001', title: 'Stale admin approvals', priority: 'High', actions: [['Add a quarterly admin access review', 'Security owner', 'TBD', null]] }]);
  });

  it('reads a Spanish register\'s `Respuesta` and `Acción propuesta` as the action, and `Corregido`, `Riesgo aceptado` as statuses', () => {
    const text = '# Registro de riesgos\n\n| ID | Riesgo | Respuesta | Estado |\n|---|---|---|---|\n| R1 | Fuga de datos | Cifrar la base de datos | Corregido |\n| R2 | Falsas alarmas | Corredor configurable + PIN | Riesgo aceptado |\n\n## Hallazgos\n\n| ID | Hallazgo | Acción propuesta |\n|---|---|---|\n| SEC-01 | Sin límite por IP | Límite de intentos por IP |\n';
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].action?.value, r.actions[0].status?.value ?? null, r.treatment?.value ?? null]), [
      ['R1', 'Cifrar la base de datos', 'Corregido', null],
      ['R2', 'Corredor configurable + PIN', 'Riesgo aceptado', 'Riesgo aceptado'],
      ['SEC-01', 'Límite de intentos por IP', null, null],
    ]);
  });

  it('reads the list under `**Controls landed:**` (`Mitigations landed`) as the risk\'s actions', () => {
    const text = '# Risk Register\n\n### R-009 — Stale cache after deploy\n\n**Owner:** WGB maintainer\n\n**Controls landed:**\n\n1. Cache keys carry the build hash.\n2. A smoke test reads one cached page after each deploy.\n';
    assert.deepEqual(risksOf(text)[0].actions.map((a) => a[0]), ['Cache keys carry the build hash.', 'A smoke test reads one cached page after each deploy.']);
  });

  it('reads a table\'s rows past each single blank line, and a residual column of prose as no rating of controls in place', () => {
    const row = (n: number) => `| R-00${n} | Risk ${n} | 3 | Dedicated hosts for risk ${n} | Select broker technology |\n`;
    const text = `# Risk Register\n\n| ID | Risk | Score | Treatment | Residual / decision needed |\n|---|---|---|---|---|\n${row(1)}${row(2)}\n${row(3)}\n${row(4)}`;
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].status?.value ?? null]), [['R-001', null], ['R-002', null], ['R-003', null], ['R-004', null]]);
    // A residual rated (`Low`) beside the same measure: a control in place, as before.
    assert.equal(parseMarkdownPlan(text.replaceAll('Select broker technology', 'Low')).risks[0].actions[0].status?.value, 'in place');
  });
});

describe('an assessment\'s risks under sections named for their domain (issue 12)', () => {
  it('reads `### 1. **API Key Exposure** - CRITICAL RISK` under `## 🚨 CRITICAL SECURITY RISKS` as a risk of that grade, its `**Solution**:` the action', () => {
    const text = '# Security & Operational Risk Assessment\n\n## 🚨 CRITICAL SECURITY RISKS\n\n### 1. **API Key Exposure** - CRITICAL RISK\n**Current State**: key in env.example\n\n**Solution**: Rotate the Gemini key and move it to Vercel environment variables\n\n## ⚡ OPERATIONAL RISKS\n\n### 1. **No Backup Strategy**\n**Solution**: Schedule a nightly Supabase backup\n\n## 📞 CONTACTS\n\n### 1. **Support**\n**Solution**: Email us\n';
    assert.deepEqual(risksOf(text).map((r) => [r.title, r.priority, r.actions[0][0]]), [
      ['API Key Exposure', 'CRITICAL', 'Rotate the Gemini key and move it to Vercel environment variables'],
      ['No Backup Strategy', undefined, 'Schedule a nightly Supabase backup'],
    ]);
  });
});
