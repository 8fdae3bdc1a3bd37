import * as assert from 'node:assert/strict';
import { detectPlan, recognisePlan } from '../../server/out/parse/detect';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import { includedBy, includeMatcher } from '../../server/out/config/include';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A register's table of three risks, each with an owner and a target date. */
const REGISTER_TABLE = '| ID | Risk | Owner | Target |\n|---|---|---|---|\n| R1 | Shared login | IT | 2026-03-31 |\n| R2 | Unencrypted laptop | IT | 2026-04-30 |\n| R3 | No restore test | Office Manager | 2026-05-31 |\n';

describe('which files are plans (spec §1)', () => {
  const table: [string, string, string | undefined][] = [
    ['plan.rmp.md', 'anything', 'markdown'],
    ['plan.rmp.yaml', 'a: 1', 'yaml'],
    ['plan.rmp.yml', 'a: 1', 'yaml'],
    ['notes.md', '---\ntitle: x\ntype: risk-management-plan\n---\n# Notes', 'markdown'],
    ['notes.md', '---\ntitle: x\ntype: risk-management-plan\n...\n# Notes', 'markdown'],
    ['notes.md', '# Lakeside HIPAA Risk Management Plan\n', 'markdown'],
    ['notes.md', 'Intro\n\n# RISK MANAGEMENT PLAN 2026\n', 'markdown'],
    ['notes.md', '# Meeting notes\n\n# Risk management plan\n', undefined],
    ['README.md', '# Project\n\nSee the risk management plan.\n', undefined],
    ['MANIFEST.md', '# Labelled HIPAA risk management plans\n', undefined],
    ['plan.yaml', 'plan:\n  title: x\nrisks: []\n', 'yaml'],
    ['config.yaml', 'plan:\n  title: x\n', undefined],
    ['docker-compose.yml', 'services: {}\n', undefined],
    ['plan.rmp.txt', 'plan:\nrisks:\n', undefined],
    // What people call their plans (issue 12), by title, front matter or top-level keys.
    ['poam.md', '# PLAN OF ACTION & MILESTONES (POA&M)\n\n**Version:** 2\n', 'markdown'],
    ['poam.md', '# Unified POA&M — CUI enclave\n', 'markdown'],
    ['rtp.md', '# Risk Treatment Plan\n\n## 1. Introduction\n', 'markdown'],
    ['register.md', '# Risk Register Template\n\n## Risk Details\n', 'markdown'],
    ['tracker.md', 'HIPAA Remediation Tracker\n=========================\n', 'markdown'],
    ['cap.md', '---\ntitle: Corrective Action Plan 2026\n---\n\nBody\n', 'markdown'],
    ['plan.md', '## Security Risk Mitigation Plan\n\nNo H1 above: the first heading is the title.\n', 'markdown'],
    ['rap.md', '# Vulnerability Remediation Action Plan\n', 'markdown'],
    ['mp.md', '# Security Mitigation Plan — 2026\n', 'markdown'],
    ['typed.md', '---\ntype: risk-treatment-plan\n---\n\n# ISMS\n', 'markdown'],
    ['policy.md', '# 4. Risk Management Policy\n\nThis policy establishes the risk management plan.\n', undefined],
    ['procedure.md', '# POA&M Process Procedure\n', undefined],
    ['guide.md', '# Writing a Risk Management Plan: A Guide\n', undefined],
    ['notes.md', '# Meeting notes\n\nWe keep a risk register and a POA&M.\n', undefined],
    ['register.yaml', 'risk_register:\n  - id: R-1\n', 'yaml'],
    ['register.yml', 'title: Clinic Risk Register\nrisks:\n  - id: R-1\n', 'yaml'],
    ['other.yaml', 'title: Release notes\nrisks:\n  - id: R-1\n', undefined],
    // A `risks:` list alone is not enough: ordinary YAML uses the word (name it *.rmp.yaml, or list it in include).
    ['register.yaml', 'risks:\n  - id: R-1\n    description: Laptops unencrypted\n', undefined],
    ['poam.md', '# Plan of Action & Milestone\n', 'markdown'],
    ['rartp.md', '# Risk Assessment and Treatment Plan\n', 'markdown'],
    ['car.md', '# Corrective Actions Register\n', 'markdown'],
    // A section naming the plan makes a report one when a risk is read in it; left empty, the report plans nothing yet.
    ['sra.md', '# Security Risk Assessment\n\n## Findings\n\n## Risk Mitigation Plan\n', undefined],
    ['sra.md', '# Security Risk Assessment\n\n## Findings\n\n## Risk Mitigation Plan\n\n### R-1: Shared front-desk login\n- **Action:** Issue named accounts to the front-desk staff\n', 'markdown'],
    ['sra.md', '# Security Risk Assessment\n\n## Findings\n', undefined],
    ['policy.md', '# Risk Management Policy\n\n## Remediation Plan\n', undefined],
    ['poam.yaml', 'plan-of-action-and-milestones:\n  uuid: 1\n', 'yaml'],
    ['poam.json', '{\n  "plan-of-action-and-milestones": {\n    "uuid": "1"\n  }\n}\n', 'json'],
    ['package.json', '{ "name": "x", "plan-of-action-and-milestones": {} }\n', undefined],
    // Registers recognised by content: a title naming what they list, and three planned entries.
    ['top.md', `# Top risks (by residual)\n\n${REGISTER_TABLE}`, 'markdown'],
    ['ca.md', '# Corrective Actions\n\n### CA-1: Shared login\n- **Action:** Create named accounts for the two front desk PCs\n\n### CA-2: Open port\n- **Action:** Close port 3389 on the firewall\n\n### CA-3: Old laptop\n- **Action:** Wipe and recycle the 2019 laptop with a certificate\n', 'markdown'],
    ['gaps.md', '# Compliance Gap Register\n', 'markdown'],
    ['checklist.md', '# Compliance Remediation Checklist\n', 'markdown'],
    // Content decides (issue 12): three entries with an ID, an owner and a target make a register under any title but a policy's.
    ['notes.md', `# Working notes\n\n${REGISTER_TABLE}`, 'markdown'],
    ['checklist.md', `# Security Rule Checklist\n\n${REGISTER_TABLE}`, 'markdown'],
    ['notes.md', '# Working notes\n\n| ID | Risk | Owner | Target |\n|---|---|---|---|\n| R1 | Shared login | IT | 2026-03-31 |\n| R2 | Old laptop | IT | 2026-04-30 |\n', undefined],
    // Two tickets, each with an ID and steps, under a title naming what they list.
    ['tickets.md', '# Remediation Tickets\n\n## TK-01 Turn off TLS 1.0 on the portal\n- Severity: high\n- Steps: disable the protocol, restart, rescan\n\n## TK-02 Lock idle sessions\n- Steps: set the screen lock policy to 10 minutes\n', 'markdown'],
    ['tickets.md', '# Remediation Tickets\n\n## Turn off TLS 1.0 on the portal\n- Steps: disable the protocol\n\n## Lock idle sessions\n- Steps: set the screen lock policy\n', undefined],
    // An article introducing risk assessments, with a section describing a register: not a plan.
    ['intro.md', '# Introduction to Risk Assessments\n\n## Risk register and heat map\n\nRecord each risk in the register.\n', undefined],
    ['policy.md', `# Access Control Policy — open risks\n\n${REGISTER_TABLE}`, undefined],
    ['top.md', '# Top risks\n\n| ID | Risk | Owner | Target |\n|---|---|---|---|\n| R1 | Shared login | IT | 2026-03-31 |\n', undefined],
    ['register.yaml', 'risks:\n  - id: R1\n    mitigation: Encrypt laptops\n  - id: R2\n    mitigation: Test restores\n  - id: R3\n    owner: IT\n', 'yaml'],
    ['register.yaml', '# Risk Register: portal\n\n```yaml\nrisks:\n  - id: R1\n```\n', 'yaml'],
    ['register.json', '[{"id": "AI-1", "risk": "Model drift", "control": "Monthly accuracy review", "owner": "ML lead"}]\n', 'json'],
    ['data.json', '[{"id": 1, "name": "x"}]\n', undefined],
    // A register exported with its column headings for keys, or holding its risks under `risks` beside counts.
    ['risks.json', '[{"Risk ID": "R1", "Risk Description": "Stolen laptop", "Likelihood": "High", "Control": "Encrypt disks"}]\n', 'json'],
    ['risks.json', '{"count": 1, "risks": [{"risk_id": "RISK-1", "statement": "Unpatched hosts", "owner": "Ops lead", "treatment": "Mitigate"}]}\n', 'json'],
    ['exceptions.md', '# Audit Exceptions\n\n## Exception 1: Late review\n### Recommended Remediation\n- Put the quarterly access review in the compliance calendar\n\n## Exception 2: Old policy\n### Recommended Remediation\n- Reissue the backup policy with the 2026 retention table\n\n## Exception 3: Missed sign-off\n### Recommended Remediation\n- Require the CISO sign-off in the change ticket template\n', 'markdown'],
    // A hazard log and a vendor's risk assessment assess risks of one kind: plans once a risk with its action is read, not by the title alone.
    ['hazards.md', '# Hazard Log\n\n## Hazard 1: Missed alert\n- **Risk rating:** High\n- **Additional controls:** Send an SMS when a push alert is not acknowledged in 10 minutes\n- **Status:** Open\n', 'markdown'],
    ['hazards.md', '# Hazard Log\n\n| Hazard ID | Hazard | Cause | Additional Controls | Owner | Status |\n|---|---|---|---|---|---|\n| | | | | | |\n', undefined],
    ['vendor.md', '# Vendor Risk Assessment Report: Northdesk Scheduling\n\n## Findings\n\n### Backups not confirmed encrypted\n\nRisk level: High\nRecommendation: Obtain written confirmation that backups are encrypted with AES-256\n', 'markdown'],
    ['vendor.md', '# Third-Party Risk Assessment Questionnaire\n\n1. Do you encrypt data at rest?\n2. Do you have a SOC 2 report?\n', undefined],
    ['vendor.md', '# Vendor Risk Review\n\nNorthdesk was reviewed in October. No findings were raised.\n', undefined],
    // Writing about plans is no plan: a how-to or a question in the title or in the section that names a plan.
    ['howto.md', '# How to Write a Risk Management Plan\n\n- List each risk\n- Give it an owner and a date\n', undefined],
    ['faq.md', '# What Is a Risk Register?\n\nA list of risks with owners.\n', undefined],
    ['article.md', '# Protecting Patient Data\n\n## Building a remediation plan\n\n- Patch monthly\n', undefined],
    // By content alone a document must name its parts with the words of risks: a baseline of steps with owners is a guide.
    ['baseline.md', '# Access Control Baseline\n\n### AC-1 Unique logins\n- **Action:** Give every user a named account\n- **Owner:** IT\n\n### AC-2 Multi-factor sign-in\n- **Action:** Require MFA for remote access\n- **Owner:** IT\n\n### AC-3 Idle lock\n- **Action:** Lock workstations after 5 idle minutes\n- **Owner:** IT\n', undefined],
    ['baseline.md', '# Access Control Baseline\n\n## Open gaps\n\n### AC-1 Unique logins\n- **Action:** Give every user a named account\n- **Owner:** IT\n\n### AC-2 Multi-factor sign-in\n- **Action:** Require MFA for remote access\n- **Owner:** IT\n\n### AC-3 Idle lock\n- **Action:** Lock workstations after 5 idle minutes\n- **Owner:** IT\n', 'markdown'],
    // A control's description whose title names the activity it controls, and which lists no risks.
    ['rm.md', '# RM.3.01 - Remediation Tracking\n\n## Control Statement\n\nRemediation plans are tracked to closure.\n\n## Ownership\n\n- Control Owner: Security Lead\n', undefined],
    // A report (an audit, a readiness assessment) whose findings each carry a remediation is the plan its authors work from.
    ['audit.md', `# Portal Compliance Audit Report\n\n${REGISTER_TABLE}`, 'markdown'],
    ['readiness.md', '# SOC 2 Readiness Assessment\n\n| Gap ID | Requirement | Remediation | Timeline |\n|---|---|---|---|\n| G-1 | No training | Train all staff on phishing | Q1 2027 |\n| G-2 | No DR test | Run a restore test of the EHR | Q2 2027 |\n| G-3 | No SLA | Publish the uptime SLA | Q2 2027 |\n', 'markdown'],
    ['audit.md', '# Portal Compliance Audit Report\n\n| ID | Risk | Owner | Target |\n|---|---|---|---|\n| R1 | Shared login | IT | 2026-03-31 |\n', undefined],
    ['people.json', '[{"ID": 1, "Name": "Ann", "Email": "a@example.org"}]\n', undefined],
    // A short YAML register that rates and tracks each entry, with no action yet.
    ['risks.yaml', 'risks:\n  - id: vendor-lock\n    title: One supplier holds the data\n    severity: high\n    state: open\n', 'yaml'],
    ['notes.yaml', 'risks:\n  - id: vendor-lock\n    title: One supplier holds the data\n', undefined],
    // Rated, each with its treatment decided (`treatment: Mitigate`): as a state says register, so does a treatment; unrated, a list of notes.
    ['ai-risks.yaml', 'system: Triage bot\nrisks:\n  - id: AI-1\n    title: Bot advises a patient wrongly\n    likelihood: Low\n    impact: High\n    treatment: Mitigate\n  - id: AI-2\n    title: Prompt leaks chart notes\n    likelihood: Medium\n    impact: High\n    treatment: Mitigate\n', 'yaml'],
    ['ai-notes.yaml', 'system: Triage bot\nrisks:\n  - id: AI-1\n    title: Bot advises a patient wrongly\n    treatment: Mitigate\n', undefined],
    // A register whose entries carry a `risk_id` and a treatment, under `meta:` and `schema:` blocks.
    ['register.yaml', 'meta:\n  owner: ISMS lead\nschema:\n  risk_id: string\nrisks:\n  - risk_id: RK-1\n    title: Unsigned vendor agreements\n    treatment: Mitigate\n  - risk_id: RK-2\n    title: Stale access reviews\n    treatment: Mitigate\n  - risk_id: RK-3\n    title: No restore test\n    treatment: Accept\n', 'yaml'],
    ['things.yaml', 'risks:\n  - name: a\n    treatment: x\n  - name: b\n  - name: c\n', undefined],
    // A tracker of findings names a plan, even with one example row.
    ['tracker.md', '# Vulnerability Findings Tracker\n\n| ID | Title | Owner | SLA Due | Status |\n|---|---|---|---|---|\n| V-1 | Old TLS | @owner | 2026-03-03 | Open |\n', 'markdown'],
    // A report's template filled with examples: IDs, severities and statuses, fixes still placeholders. Findings titled
    // `[Title]` with fixes `[steps]` are the places for findings: a template. One finding written in makes it a report.
    ['audit.md', '# Security Audit\n\n#### SA-1: [Title]\n- **Severity:** High\n- **Status:** Open\n- **Recommended Fix:** [steps]\n\n#### SA-2: [Title]\n- **Severity:** Low\n- **Status:** Open\n- **Recommended Fix:** [steps]\n', undefined],
    ['audit.md', '# Security Audit\n\n#### SA-1: Unlocked server room\n- **Severity:** High\n- **Status:** Open\n- **Recommended Fix:** [steps]\n\n#### SA-2: [Title]\n- **Severity:** Low\n- **Status:** Open\n- **Recommended Fix:** [steps]\n', 'markdown'],
    ['audit.md', '# Security Audit\n\n#### SA-1: [Title]\n- **Severity:** High\n- **Recommended Fix:** [steps]\n', undefined],
    // An empty register: titled for what it lists, with its table, saying it holds none.
    ['findings.md', '# Audit Findings\n\n## Open Findings\n\nCurrently, there are no open audit findings.\n\n| Finding ID | Description | Owner | Due Date | Status |\n|---|---|---|---|---|\n| N/A | None | N/A | N/A | N/A |\n', 'markdown'],
    ['findings.md', '# Audit Findings\n\nThere are no open audit findings. The auditors were satisfied.\n', undefined],
    // A form titled as a template whose only row is its example plans nothing; one filled in is a plan, whatever its title.
    ['poam.md', '---\ntitle: POAM Template\n---\n\n# Plan of Action and Milestones\n\n| POAM ID | Weakness | Point of Contact | Scheduled Completion Date | Status |\n|---|---|---|---|---|\n| V-1Example | Open port on example firewall | John Doe | 8/3/2014 | Open |\n', undefined],
    ['rtp.md', '# Risk Treatment Plan Template\n\n### R-001: Shared front-desk login\n- **Action:** Issue named accounts to the front-desk staff\n- **Owner:** Office Manager\n- **Due:** 2027-01-31\n', 'markdown'],
    // An audit checklist and template: its task items ask questions over blanks to fill in, its corrective action plan is an empty table.
    ['checklist.md', '# HIPAA Checklist & Audit Template\n\n#### Sanctions\n- [ ] **Sanctions policy established**\n  - Last review date: _______________\n  - Responsible person: _______________\n\n#### Finding #1\n- **Finding**: _______________\n- **Remediation Owner**: _______________\n- **Status**: Open ☐ In Progress ☐ Closed ☐\n\n### Corrective Action Plan\n\n| Finding # | Corrective Action | Owner | Target Date | Status |\n|---|---|---|---|---|\n| | | | | |\n', undefined],
    // A documentation site's page about a product's POA&M screen: its table describes the fields, it plans nothing.
    ['poam-screen.md', '---\nsidebar_position: 4\n---\n\n# Plan of Action & Milestones (POA&M)\n\n## Creating a POA&M\n\nClick **New POA&M**.\n\n### Required Fields\n\n| Field | Description |\n|---|---|\n| **Title** | Brief description of the weakness |\n| **Status** | Open, In Progress, Completed, Closed |\n| **Risk Level** | Critical, High, Moderate, Low |\n| **Target Completion Date** | When remediation should be complete |\n', undefined],
    // A README titled for the risk register tool it describes (set 67): its usage names risks as examples, it plans none.
    ['README.md', '# 📊 Mini Risk Register (GRC)\n\nTiny CLI to log risks and score them.\n\n## Run\n```bash\npython3 risk_register.py add "S3 bucket public access" --owner "SecOps"\n```\n', undefined],
    ['risk-register-readme.md', '# 📊 Mini Risk Register (GRC)\n\nTiny CLI to log risks and score them.\n\n## Run\n```bash\npython3 risk_register.py add "S3 bucket public access" --owner "SecOps"\n```\n', 'markdown'],
    // A README summing up an audit (set 87): its graded findings, none with a planned action, are the report's summary; the
    // same report under its own name is a findings report, linted.
    ['README.md', '# Security Audit Report\n\n## Findings\n\n### EX-01: Weak Authentication Controls\n\n**Risk Rating:** High\n\nSingle-factor sign-in on the mail server.\n\n### EX-02: Patch Management Gaps\n\n**Risk Rating:** Medium\n\nUpdates applied by hand.\n\n## Recommendations\n\n- Enforce MFA on the mail server\n- Automate monthly patching\n', undefined],
    ['audit-report.md', '# Security Audit Report\n\n## Findings\n\n### EX-01: Weak Authentication Controls\n\n**Risk Rating:** High\n\nSingle-factor sign-in on the mail server.\n\n### EX-02: Patch Management Gaps\n\n**Risk Rating:** Medium\n\nUpdates applied by hand.\n\n## Recommendations\n\n- Enforce MFA on the mail server\n- Automate monthly patching\n', 'markdown'],
    // A repository that keeps its register as its README: risks planned in it make it a plan.
    ['readme.md', '# Risk Register\n\n### R-001: Shared front-desk login\n- **Action:** Issue named accounts to the front-desk staff\n- **Owner:** Office Manager\n- **Due:** 2027-01-31\n', 'markdown'],
    // The same site may keep a plan: a page whose risks are planned is one.
    ['site-plan.md', '---\nsidebar_position: 2\n---\n\n# Risk Management Plan\n\n### R-001: Shared front-desk login\n- **Action:** Issue named accounts to the front-desk staff\n- **Owner:** Office Manager\n- **Due:** 2027-01-31\n', 'markdown'],
    // A risk assessment report whose recommended responses give each rated risk its action (`**R-001: title**` over its fields).
    ['assessment.md', '# Risk Assessment Report\n\n| Risk ID | Threat | Likelihood | Impact | Risk Level |\n|---|---|---|---|---|\n| R-001 | No MFA on the EHR | High | High | High |\n| R-002 | No log review | Medium | Medium | Medium |\n\n### Recommended Risk Responses\n\n**R-001: MFA Not Implemented**\n- **Response:** Mitigate\n- **Action:** Enable MFA for all EHR accounts\n- **Timeline:** Phase 1\n\n**R-002: No Log Review**\n- **Response:** Mitigate\n- **Action:** Review the EHR access log every month\n- **Timeline:** Phase 2\n', 'markdown'],
    // A security review opening on its Introduction: graded findings with their outcomes, and a recommendation for each, are a plan.
    ['review.md', '# Introduction\n\nHarrow Lane Security reviewed the Kestrel gateway.\n\n# Findings Summary\n\n| ID | Title | Severity | Status |\n|---|---|---|---|\n| [H-01] | Replayed refund signature | High | Fixed |\n| [M-01] | Tokens survive a password change | Medium | Acknowledged |\n\n# [H-01] Replayed refund signature\n\n## Recommendations\n\nBind each signature to a nonce.\n', 'markdown'],
    // A guide's sample table with no outcomes read, or findings with no recommendation given: not a plan by this shape.
    ['guide.md', '# Introduction\n\nHow to write up findings.\n\n| ID | Title | Severity | Status |\n|---|---|---|---|\n| [ID] | Title of the finding | Severity | Status |\n\n## Recommendations\n\nGive each finding a fix.\n', undefined],
    ['summary.md', '# Introduction\n\n| ID | Title | Severity | Status |\n|---|---|---|---|\n| [H-01] | Replayed refund signature | High | Fixed |\n| [M-01] | Tokens survive a password change | Medium | Acknowledged |\n', undefined],
    // A readiness programme whose own section is the plan that closes its gaps.
    ['soc2.md', '# SOC 2 Readiness Program\n\n**Major Gaps:**\n\n1. No vendor reviews\n2. No DR test\n\n## Readiness Plan\n\n**Phase 1 (Q4 2026):** Write the policies\n', 'markdown'],
    // A finding's own write-up: titled by the finding's ID, its sections its fields, one saying how to fix it.
    ['finding-07.md', '# Finding 07: Session token in portal URLs\n\n## Severity: Medium\n\n## Description\n\nThe token is in the query string.\n\n## Recommended Remediation\n\n- Move the token to an HttpOnly cookie\n', 'markdown'],
    // Titled by an ID with no part saying how to fix anything: a note about the ID, no finding's write-up.
    ['finding-08.md', '# Finding 08: Session token in portal URLs\n\n## Severity: Medium\n\n## Description\n\nThe token is in the query string.\n', undefined],
    // A gap analysis whose safeguards are assessed in a Requirement | Status | Gap table, with its roadmap: its gaps are read, and it is linted.
    ['gaps.md', '# HIPAA Gap Analysis\n\n| Requirement | Status | Evidence / Gap |\n|---|---|---|\n| Audit Controls | ⚠️ Partial | Reads of vitals are not logged. |\n| Automatic Logoff | ❌ Gap | No inactivity timeout. |\n| Sanction Policy | ❌ Gap | No written sanction policy. |\n| Unique User IDs | ✅ Compliant | Named accounts. |\n\n## Remediation Roadmap\n\n1. Add a 15-minute inactivity timeout to the portal\n2. Write the sanction policy\n', 'markdown'],
    // The same gaps with no part saying how they will be closed: an assessment, no plan.
    ['gaps-only.md', '# HIPAA Gap Analysis\n\n| Requirement | Status | Evidence / Gap |\n|---|---|---|\n| Audit Controls | ⚠️ Partial | Reads of vitals are not logged. |\n| Automatic Logoff | ❌ Gap | No inactivity timeout. |\n| Sanction Policy | ❌ Gap | No written sanction policy. |\n', undefined],
    // Every requirement met: nothing open, nothing read.
    ['met.md', '# HIPAA Gap Analysis\n\n| Requirement | Status | Evidence / Gap |\n|---|---|---|\n| Audit Controls | ✅ Compliant | All reads logged. |\n| Unique User IDs | ✅ Compliant | Named accounts. |\n', undefined],
  ];
  for (const [name, text, expected] of table) {
    it(`${name} ${JSON.stringify(text.slice(0, 30))} → ${expected ?? 'not a plan'}`, () => {
      assert.equal(detectPlan(name, text), expected);
    });
  }

  it('says why a document is not a plan', () => {
    assert.deepEqual(recognisePlan('policy.md', '# Risk Management Policy\n'), { reason: 'its title "Risk Management Policy" names a policy, procedure or guide, not a plan' });
    assert.deepEqual(recognisePlan('notes.md', 'no heading at all\n'), { reason: 'it has no heading or front-matter title naming a plan, and no risks with planned actions were read in it' });
    assert.deepEqual(recognisePlan('ci.yml', 'on: push\njobs: {}\n'), { reason: 'its top-level keys (on, jobs) are not a plan\'s: "plan" and "risks", a risk register, or an OSCAL "plan-of-action-and-milestones"' });
    assert.deepEqual(recognisePlan('notes.txt', 'x'), { reason: 'it is not a Markdown, YAML, JSON or CSV file' });
    // With no H1, the first heading stands for the title, and the message calls it what it is.
    assert.deepEqual(recognisePlan('finding.md', '## Description\n\nThe bridge accepts a stale price.\n'), {
      reason: 'its first heading "Description" does not name a plan, and no risks with planned actions were read in it',
    });
  });

  it('says what was read when it is not enough: the entries read and how many have a planned action', () => {
    const changelog = '# Release Report\n\n## 2.1.0\n\n### R-1: Faster export\n- **Action:** Cache the export query\n\n### R-2: New theme\n';
    assert.deepEqual(recognisePlan('notes.md', changelog), {
      reason: 'its title "Release Report" does not name a plan, and only 1 of the 2 entries read in it as risks has a planned action, too few for a register by content (three; or two, each with an ID or its own heading, under a title naming what it lists or reports)',
    });
    assert.deepEqual(recognisePlan('notes.md', '# Release notes\n\n| ID | Risk | Severity |\n|---|---|---|\n| R-1 | Old TLS | High |\n'), {
      reason: 'its title "Release notes" does not name a plan, and the one entry read in it as a risk has no planned action that could be read',
    });
    // Enough entries with actions for a register: what the steps of a guide lack is any part named for risks (not "too few").
    const steps = '# Onboarding steps\n\n### S-1: Laptop\n- **Action:** Issue the laptop\n\n### S-2: Badge\n- **Action:** Print the badge\n\n### S-3: Accounts\n- **Action:** Create the accounts\n';
    assert.deepEqual(recognisePlan('notes.md', steps), {
      reason: 'its title "Onboarding steps" does not name a plan, and the 3 entries read in it as risks have a planned action, but no heading, table header or bold label in it names risks, findings or issues',
    });
  });

  it('a report whose findings each have their own heading and fix is a plan when its parts name findings; headings of other things are not', () => {
    const report = (part: string) => `# Lab Report\n\n## ${part}\n\n### Default password on the console\n\n**Remediation:** Set a unique administrator password on the console\n\n### Guest network reaches the lab\n\n**Remediation:** Drop guest VLAN traffic to the lab VLAN on the core switch\n`;
    assert.deepEqual(recognisePlan('report.md', report('Findings')), { kind: 'markdown' });
    assert.equal(recognisePlan('report.md', report('Highlights')).kind, undefined);
  });

  describe('documents judged by what was read in them (test/fixtures/detect, invented): filled entries with something planned, or only the places for them', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const plan = name.endsWith('.plan.md');
      it(`${name} is ${plan ? 'a plan' : 'skipped'}`, () => {
        const recognised = recognisePlan(name, readFileSync(join(dir, name), 'utf8'));
        assert.equal(recognised.kind, plan ? 'markdown' : undefined, JSON.stringify(recognised));
      });
    }
  });

  it('a report grading its findings by severity is a plan with a part saying how to fix them; without one it is skipped, and the message says so', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const report = readFileSync(join(dir, 'tamarack-vulnerability-audit.plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('audit.md', report), { kind: 'markdown' });
    const findingsOnly = report.slice(0, report.indexOf('## Priority Recommendations'));
    assert.deepEqual(recognisePlan('audit.md', findingsOnly), {
      reason: 'its title "Application Security Audit Report" does not name a plan, and the 2 entries read in it as risks have no planned action that could be read; it grades 2 findings by severity, but no heading or bold label in it names their fix (Recommendations, Remediation, Mitigation, Fix, Next Steps)',
    });
    // A heading that only starts with a grade's word grades nothing: `### High-level design`.
    assert.equal(recognisePlan('review.md', '# Design Review\n\n### High-level design\n\nText.\n\n### Low-level details\n\nText.\n\n## Recommendations\n\nRead the guide.\n').kind, undefined);
  });

  it('a register titled in another language names a plan as its English title would, and its next-step column is its action', () => {
    const register = '# Registro de riesgos de privacidad\n\n| ID | Riesgo | Prioridad de revisión | Mitigación siguiente |\n|---|---|---|---|\n| C-01 | Exposición de coordenadas GPS | Alta | Clasificar precisión y probar la purga |\n';
    assert.deepEqual(recognisePlan('RISK_REGISTER.md', register), { kind: 'markdown' });
    const [risk] = parseMarkdownPlan(register).risks;
    assert.deepEqual([risk.actions.map((a) => a.action?.value), risk.priority?.value], [['Clasificar precisión y probar la purga'], 'Alta']);
    for (const title of ['Plan de tratamiento de riesgos', 'Registro de riscos', 'Registre des risques', 'Risikoregister', 'Plan de acción correctiva']) {
      assert.deepEqual(recognisePlan('notes.md', `# ${title}\n\nNada todavía.\n`), { kind: 'markdown' }, title);
    }
    assert.equal(recognisePlan('notes.md', '# Registro de visitas\n\nNada todavía.\n').kind, undefined);
  });

  it('a plan titled in Chinese or Japanese names a plan as its English title would; a policy so titled does not', () => {
    for (const title of ['诊所信息安全风险管理计划', '門診系統風險處置計畫', '数据治理整改实施与验收方案', '2026 年风险登记册', 'リスク対応計画', '是正処置計画']) {
      assert.deepEqual(recognisePlan('notes.md', `# ${title}\n\n暂无内容。\n`), { kind: 'markdown' }, title);
    }
    for (const title of ['信息安全管理制度', '风险评估方法说明', 'リスク管理方針']) {
      assert.equal(recognisePlan('notes.md', `# ${title}\n\n暂无内容。\n`).kind, undefined, title);
    }
  });

  it('a form says why it is skipped: its placeholders, or its blanks', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const reason = (name: string) => (recognisePlan(name, readFileSync(join(dir, name), 'utf8')) as { reason: string }).reason;
    assert.equal(reason('larch-risk-register-form.not-plan.md'), 'all 2 risks read in it are placeholders to fill in (such as "[Short risk title]"): a template, not a plan');
    assert.equal(reason('osprey-register-template.not-plan.md'), '5 or more of its fields and cells hold placeholders or blanks (such as "[YYYY-MM-DD]") and no risks were read in it: a form to fill in, not a plan');
    assert.match(reason('wren-treatment-form.not-plan.md'), /^5 or more of its fields and cells hold placeholders or blanks \(such as "_{3,}/);
    // A treatment plan's template whose glossary (`### Key` over `| Term | Definition |`) was read as a section's risk fields.
    assert.equal(reason('sumac-treatment-plan-glossary.not-plan.md'), '5 or more of its fields and cells hold placeholders or blanks (such as "[Risk description]") and no risks were read in it: a form to fill in, not a plan');
  });

  it('a register seeded with example rows for its reader, every owner and its own owner and dates placeholders, is a template; a dated or owned one is a plan', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const seeded = readFileSync(join(dir, 'bramble-seeded-risk-register.not-plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('register.md', seeded), {
      reason: 'all 4 risks read in it are owned by a placeholder (such as "Desk policy / [NAME]"), as is the document itself, and nothing in it is dated: a register seeded with examples to adopt, a template, not a plan',
    });
    // Its user's date, or its own owner named, makes it their register, its owners still to fill (unfilled-placeholder says so).
    assert.deepEqual(recognisePlan('register.md', seeded.replace('**Reviewed:** [DATE]', '**Reviewed:** 2026-04-02')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('register.md', seeded.replace('**Owner:** [NAME]', '**Owner:** Practice Manager')), { kind: 'markdown' });
    // One row owned by a person is a register being filled in.
    assert.deepEqual(recognisePlan('register.md', seeded.replace('| 4 | Saved numbers for frequent recipients | [NAME] |', '| 4 | Saved numbers for frequent recipients | Dana |')), { kind: 'markdown' });
  });

  it('a document titled as a plan that explains how the work is done or what such a plan is, or plans the process by its sections, holding no risk and no plan detail, is skipped saying so', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const reason = (name: string) => (recognisePlan(name, readFileSync(join(dir, name), 'utf8')) as { reason?: string }).reason;
    assert.equal(
      reason('tansy-device-risk-process.not-plan.md'),
      'its heading "How we run the hazard analysis:" explains how the work is done or what such a plan is, and no risks or plan details (approval, review dates, owner, version) were read in it: an explanation, not a plan',
    );
    assert.match(reason('teasel-poam-explainer.not-plan.md') ?? '', /^its heading "What is a POA&M\?" explains/);
    // An ISO 14971 plan of the process by its sections (session 20), its risks kept in a hazard log of their own.
    assert.equal(
      reason('sorrel-device-rmp-process.not-plan.md'),
      'its sections ("Scope and Application", "Risk Management Process", "Risk Acceptability Criteria") describe how risks are to be managed, and no risks or plan details (approval, review dates, owner, version) were read in it: a process, not a plan of risks',
    );
    const signedProcess = readFileSync(join(dir, 'sorrel-device-rmp-process.not-plan.md'), 'utf8').replace('## 1. Purpose', '**Approved by:** Quality Board, 2026-02-01\n\n## 1. Purpose');
    assert.deepEqual(recognisePlan('plan.md', signedProcess), { kind: 'markdown' });
    // A plan whose risks the reader missed still bears its own details: linted, so that no-risks-read says how to write them.
    const signed = readFileSync(join(dir, 'tansy-device-risk-process.not-plan.md'), 'utf8').replace('# Risk Management Plan\n', '# Risk Management Plan\n\n**Approved by:** Safety Board, 2026-02-01\n');
    assert.deepEqual(recognisePlan('plan.md', signed), { kind: 'markdown' });
    // A policy titled for the plan it asks for (set 85): it calls itself so, and holds no risk, whatever details it gives.
    assert.equal(reason('vetch-treatment-plan-policy.not-plan.md'), 'it calls itself a policy ("Owns this policy"), and no risks were read in it: a policy, not a plan');
    const withEntry = readFileSync(join(dir, 'vetch-treatment-plan-policy.not-plan.md'), 'utf8').replace('## Roles', '## Treatments\n\n| ID | Risk | Action | Owner | Due |\n|---|---|---|---|---|\n| R-1 | Shared front-desk login | Issue named accounts | Office Manager | 2026-05-01 |\n\n## Roles');
    assert.deepEqual(recognisePlan('plan.md', withEntry), { kind: 'markdown' });
    // Nor does a heading of the title's own words count: only the headings of its parts.
    assert.deepEqual(recognisePlan('plan.md', '# Risk Management Plan\n\nNothing yet.\n'), { kind: 'markdown' });
  });

  it('a tracker whose findings are most of them places to name, its fields mostly blanks, is a template whatever its example dates; its findings named, a plan', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const template = readFileSync(join(dir, 'hemlock-remediation-tracker-template.not-plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('tracker.md', template), {
      reason: 'all 2 risks read in it are placeholders to fill in (such as "[High Finding Title]"), and 17 of its fields and cells, a third or more, hold placeholders or blanks: a template, not a plan',
    });
    // One finding of two left to name is a tracker being filled in, not the form.
    assert.deepEqual(recognisePlan('tracker.md', template.replace('[Medium Finding Title]', 'Backup share readable by all staff')), { kind: 'markdown' });
    const named = template.replace('[High Finding Title]', 'Clinic VPN allows reused passwords').replace('[Medium Finding Title]', 'Backup share readable by all staff');
    assert.deepEqual(recognisePlan('tracker.md', named), { kind: 'markdown' });
    // Its fields written, the two findings left to name are a register's rows still to write: judged as its title says.
    const filled = template.replace(/\[(?!High|Medium)[^\]\n]*\]/g, 'Harbour Dental');
    assert.deepEqual(recognisePlan('tracker.md', filled), { kind: 'markdown' });
  });

  it('a quality audit grading its findings as major or minor nonconformities, with a recommendation, is a plan; ungraded with one action, or a heading of the grade alone, it is skipped', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const audit = readFileSync(join(dir, 'willow-internal-audit.plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('audit.md', audit), { kind: 'markdown' });
    const ungraded = audit.replace(' (Major NC)', '').replace(' (Minor NC)', '');
    // Ungraded, two findings with their IDs and corrective actions (the CAPA line, the recommendation) still make a register.
    assert.deepEqual(recognisePlan('audit.md', ungraded), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('audit.md', ungraded.replace(/^\*\*CAPA\*\*:.*$/m, '')), {
      reason: 'its title "Internal Audit: Willow Lane Imaging Records Control Q2 2026" does not name a plan, and only 1 of the 3 entries read in it as risks has a planned action, too few for a register by content (three; or two, each with an ID or its own heading, under a title naming what it lists or reports)',
    });
    // The grade before the finding's name grades it as well; the grade alone (a procedure's definitions) grades nothing.
    const before = audit.replace(/^### A-0[12]: (.*) \((M[a-z]+) NC\)$/gm, '### $2 Nonconformity: $1');
    assert.deepEqual(recognisePlan('audit.md', before), { kind: 'markdown' });
    const gradeAlone = audit.replace(/^### A-0[12]: .* \((M[a-z]+) NC\)$/gm, '### $1 Nonconformity');
    assert.equal(recognisePlan('audit.md', gradeAlone).kind, undefined);
  });

  it('a register whose rows are written, a few cells still TBD, is no form: judged as its title says; its rows left TBD make it one', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const register = readFileSync(join(dir, 'maple-vendor-risk-register.plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('vendors.md', register), { kind: 'markdown' });
    // Every cell but the vendor's name TBD: more blanks than values written.
    const blank = register.replace(/^(\| [A-Z][a-z]+ [A-Za-z]+ )((?:\|[^|\n]*)+)\|$/gm, (_row, vendor: string, cells: string) => `${vendor}${cells.replace(/\|[^|]*/g, '| TBD ')}|`);
    assert.match((recognisePlan('vendors.md', blank) as { reason: string }).reason, /^5 or more of its fields and cells hold placeholders or blanks \(such as "TBD"\)/);
  });

  it('include globs make other Markdown and YAML files plans', () => {
    const included = includeMatcher(['compliance/**/*.md']);
    assert.equal(detectPlan('compliance/2026/plan.md', '# Notes', included), 'markdown');
    assert.equal(detectPlan('docs/plan.md', '# Notes', included), undefined);
  });

  it('include globs match relative to the config file\'s folder, the same for the CLI and the server', () => {
    const included = includedBy(['compliance/**/*.md'], ['/repo']);
    assert.equal(included('/repo/compliance/2026/plan.md'), true);
    assert.equal(included('/repo/docs/plan.md'), false);
    assert.equal(included('/elsewhere/compliance/2026/plan.md'), false);
    assert.equal(includedBy([], ['/repo'])('/repo/compliance/plan.md'), false);
  });

  it('a team\'s response to an audit is a plan by content: each finding with its ID, severity and status (Fixed, Acknowledged)', () => {
    const response = '# 2026-05 External Audit of Wagtail Payments\n\n## Service by Service\n\n| ID | Severity | Auditor finding | Our action |\n| --- | --- | --- | --- |\n| CR-01 | Critical | Refund replay across accounts | **Fixed** (v2.4.0) |\n| ME-01 | Medium | Currency rounding on statements | **Fixed** (v2.4.1) |\n| LO-01 | Low | Verbose error messages | **Acknowledged** |\n';
    assert.deepEqual(recognisePlan('audit-response.md', response), { kind: 'markdown' });
  });

  it('a page titled for a plan that gives guidance about plans and lists no risk is not a plan', () => {
    const page = '# Plan of Action and Milestones (POA&M)\n\nProviders must keep a POA&M for every open risk.\n\n## General POA&M Guidance\n\n- Every risk in the assessment report needs a POA&M item.\n- Close items only once the assessor has validated them.\n\n## POA&M Do\'s and Don\'ts\n\n### Do\n\n- Keep vendor dependencies on the Open tab.\n';
    assert.deepEqual(recognisePlan('poam.md', page), { reason: 'its section "General POA&M Guidance" gives guidance, and no risks were read in it' });
    // A plan with a guidance section of its own, and its risks, stays a plan.
    assert.deepEqual(recognisePlan('poam.md', page.replace('## General', `${REGISTER_TABLE}\n## General`)), { kind: 'markdown' });
  });

  it('a course lab write-up titled for a register, with its objectives and scenario and no risks, is an exercise, not a plan (round 36)', () => {
    const lab = '# Vendor Risk Register Lab\n\n## Objectives\n- Practise scoring risks\n- Assign owners\n\n## Scenario\nA dental group moves its imaging archive to a hosted service.\n\n## Steps\nList the assets, then score each risk in the workbook.\n\n| Asset | Description |\n|---|---|\n| Imaging archive | X-rays and scans |\n';
    assert.deepEqual(recognisePlan('README.md', lab), { reason: 'its title "Vendor Risk Register Lab" names an exercise (a lab or assignment) and it has an exercise\'s sections (Objectives), and no risks were read in it' });
    // Its register written in it is read, and it is a plan; a laboratory's register (no exercise's sections) is judged as before.
    assert.deepEqual(recognisePlan('README.md', lab.replace('## Steps', `${REGISTER_TABLE}\n## Steps`)), { kind: 'markdown' });
    const judgedAsBefore = recognisePlan('README.md', lab.replace('## Objectives', '## Purpose').replace('## Scenario', '## Context'));
    assert.equal(JSON.stringify(judgedAsBefore).includes('exercise'), false);
  });

  it('a register whose rows and fields are template placeholders ({{R-001}}) is a template, not a plan', () => {
    const template = '# Risk Register\n\n## Risk inventory\n\n| ID | Risk | Owner | Status |\n|---|---|---|---|\n| {{R-001}} | {{Description}} | {{Role or team}} | {{Open/Mitigated}} |\n\n## Escalation\n\n- **Escalate to:** {{Role}}\n- **Within:** {{Timeframe}}\n';
    assert.deepEqual(recognisePlan('risk-register.md', template), { reason: 'it holds 5 or more template placeholders (such as "{{R-001}}"): no risks were read in it' });
  });

  it('a record of security fixes is a plan by content: each numbered finding headed with its severity and where it stands (FIXED)', () => {
    const fixes = '# Security Fixes Summary\n\n## Fixed Issues\n\n### 1. Session Tokens Logged in Plain Text (HIGH) - FIXED\n\n**Issue:** The request logger wrote bearer tokens to the log.\n\n**Fix:** Removed the Authorization header from request logging.\n\n### 2. Weak Password Reset Codes (MEDIUM) - ALREADY FIXED\n\n**Status:** Already fixed. Reset codes come from the operating system\'s random source.\n\n### 3. Verbose Error Pages (LOW) - FIXED\n\n**Fix:** Replaced stack traces on error pages with a reference number.\n';
    assert.deepEqual(recognisePlan('SECURITY_FIXES.md', fixes), { kind: 'markdown' });
    // The same headings in a changelog name no severity and no status: not a plan.
    assert.notDeepEqual(recognisePlan('CHANGELOG.md', '# Changelog\n\n## 3.2.0\n\n### 1. Faster search\n\n### 2. New export\n'), { kind: 'markdown' });
  });

  it('a register in another language is a plan by content: its title and columns name risks in that language (`Registro de riesgos`, `ID Riesgo`)', () => {
    const register = '\ufeff# Registro de riesgos\n\n| ID Riesgo | Descripcion | Impacto | Mitigacion | Owner | Estado |\n|---|---|---|---|---|---|\n| R-01 | Cuentas compartidas | Alto | Crear cuentas individuales | TI | Abierto |\n| R-02 | Copias sin prueba | Alto | Probar la restauracion cada trimestre | Ops | Abierto |\n| R-03 | Portatiles sin cifrado | Medio | Activar BitLocker | TI | Abierto |\n';
    assert.deepEqual(recognisePlan('riesgos.md', register), { kind: 'markdown' });
  });

  it('a tracker template whose one row is titled as an example of an entry (`Example finding title`) is a template, not a plan, however filled its dates look', () => {
    const template = '# Vulnerability Tracker (Template)\n\n| ID | Opened | Severity | Title | Owner | Due | Status | Notes |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| VUL-0001 | 2026-04-02 | High | Example finding title | @owner | 2026-04-30 | Open | Replace with the real finding |\n';
    assert.ok('reason' in recognisePlan('tracker.md', template));
    // A finding titled for what it is stays a finding.
    assert.deepEqual(recognisePlan('tracker.md', template.replace('Example finding title', 'Exposed admin console').replace('(Template)', '')), { kind: 'markdown' });
  });

  describe('a JSON document that is no register rmplint reads: the message says what it holds', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const neither = 'it is neither an OSCAL plan of action and milestones nor a register of risks rmplint reads (entries that give an ID, a risk and its rating, owner, treatment or status, listed at its root or under a top-level key, or under keys naming risks wherever they are when every such key lists risks; or three or more entries that word a risk under a risk key)';
    const reason = (name: string) => recognisePlan(name, readFileSync(join(dir, name), 'utf8'));
    it('risks kept in lists under keys that name no risks (`sections[].items`): where they are, and their keys', () => {
      assert.deepEqual(reason('cedar-register-sections.json'), {
        reason: `${neither}; it holds 3 objects in 2 lists at "sections[].items", with keys id, name, likelihood, impact, mitigation, status: all of them a risk's fields`,
      });
      // The same entries under keys that name risks are read, and the register is a plan.
      assert.deepEqual(reason('cedar-risks-by-category.json'), { kind: 'json' });
    });
    it('a catalogue of controls, each marked with a requirement\'s level (Required, Addressable) where a register keeps its status: no register; tracked, it is one', () => {
      const catalogue = readFileSync(join(dir, 'cedar-controls-catalogue.json'), 'utf8');
      assert.deepEqual(recognisePlan('controls.json', catalogue), {
        reason: 'all 3 entries read in it are marked with a requirement\'s level where a register keeps its status ("Addressable", "Required"), with no action, owner or due date: a catalogue of requirements, not a register of risks',
      });
      // Statuses of work on them (Open, In progress) make the same entries a register's.
      assert.deepEqual(recognisePlan('controls.json', catalogue.replace('"Addressable"', '"Open"').replace(/"Required"/g, '"In progress"')), { kind: 'json' });
      // An owner given to one of them is work planned: a register, whatever its statuses say.
      assert.deepEqual(recognisePlan('controls.json', catalogue.replace('"area": "Technical",', '"area": "Technical", "owner": "Practice manager",')), { kind: 'json' });
    });
    it('rows of bare values, with no keys to say what each is', () => {
      assert.deepEqual(reason('cedar-risk-rows.json'), { reason: `${neither}; it holds 3 rows of bare values at its root, with no keys saying what each value is` });
    });
    it('entries under their IDs with keys in another vocabulary; and nothing more for a settings file', () => {
      const controls = JSON.stringify({ assessor: 'K. Osei', controls: { 'A.5.1': { status: 'partial', evidenceRef: 'POL-1', notes: 'Draft' }, 'A.5.2': { status: 'missing', evidenceRef: '', notes: 'No RACI' } } });
      assert.deepEqual(recognisePlan('tracker.json', controls), {
        reason: `${neither}; it holds 2 objects at "controls", each under its own ID, with keys status, evidenceRef, notes: a risk's fields among them (status)`,
      });
      assert.deepEqual(recognisePlan('package.json', JSON.stringify({ name: 'x', version: '1.0.0', exports: { '.': { types: './a.d.ts', default: './a.js' }, './b': { types: './b.d.ts', default: './b.js' } } })), { reason: neither });
    });
  });

  it('a register saved as comma-separated values under a Markdown name is skipped with too few records read, and when none is read the message says what it is', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    assert.deepEqual(recognisePlan('actions.md', readFileSync(join(dir, 'birch-corrective-actions-export.not-plan.md'), 'utf8')), {
      reason:
        // Its two records are read (the reader reads a register saved as CSV when nothing else is a risk), their IDs (CA_Ref) not: two with no ID are too few by content.
        'it has no heading or front-matter title naming a plan, and the 2 entries read in it as risks have a planned action, too few for a register by content (three; or two, each with an ID or its own heading, under a title naming what it lists or reports)',
    });
    // Its header of a register's columns names what it lists, as a title would: two records read, each with its ID and action, are a register.
    const log = 'CAR_ID,Raised,Nonconformity,Action_Plan,Owner,Due_Date,Status\nCAR-26-01,2026-01-12,"Badge logs keep no denied entries","Enable denied-entry logging",Facilities Lead,2026-02-28,Open\nCAR-26-02,2026-01-30,"Former volunteers hold portal accounts","Disable the accounts",Volunteer Coordinator,2026-02-15,Closed\n';
    assert.deepEqual(recognisePlan('log.md', log), { kind: 'markdown' });
    // One record is too few, header or not.
    assert.match((recognisePlan('log.md', log.split('\n').slice(0, 2).join('\n')) as { reason: string }).reason, /the one entry read in it as a risk has a planned action, too few for a register by content/);
    // A spreadsheet of another locale separates its values with semicolons, under a heading added to it.
    assert.match((recognisePlan('actions.md', '# Corrective actions export\n\nRef;Finding;Corrective action;Owner;Due date;Status\nCA-1;Guest share on the NAS;Remove the guest share;IT;2026-05-01;Open\n') as { reason: string }).reason, /; it holds semicolon-separated values, not a Markdown table: a header of 6 columns \(Ref, Finding, Corrective action, Owner, Due date, Status\)/);
    // Prose whose first line has commas is no header of columns.
    assert.deepEqual(recognisePlan('notes.md', 'We met on Monday, Tuesday, Wednesday, and Friday.\nNothing, so far, was decided.\n'), {
      reason: 'it has no heading or front-matter title naming a plan, and no risks with planned actions were read in it',
    });
  });

  it('a record of one risk accepted is a plan when the acceptance is decided: its reasons or its approver written; a request still to decide is not', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    assert.deepEqual(recognisePlan('acceptance.md', readFileSync(join(dir, 'alder-risk-acceptance.plan.md'), 'utf8')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('request.md', readFileSync(join(dir, 'alder-risk-acceptance-request.not-plan.md'), 'utf8')), {
      reason: 'its title "Risk Acceptance Request: Imaging Workstation on Windows 10" does not name a plan, and the one entry read in it as a risk has no planned action that could be read',
    });
    // An exception request whose acceptance is recorded, its justification and its approver, though no treatment is named.
    const exception = (approver: string) => `# Exception Request: Unencrypted USB Export\n\n## Risk\n\n- **Risk ID:** EX-2\n- **Risk:** The analyzer exports results to USB sticks without encryption\n\n## Acceptance\n\n- **Justification:** The vendor offers no encrypted export; sticks stay in the lab safe.\n${approver}- **Review by:** 2026-08-03\n`;
    assert.deepEqual(recognisePlan('exception.md', exception('- **Approved by:** Dr. Sam Whitfield, Lab Director\n')), { kind: 'markdown' });
    assert.equal(recognisePlan('exception.md', exception('')).kind, undefined);
    // The same decision under a title that names no acceptance is one risk, too few for a register by content.
    const record = readFileSync(join(dir, 'alder-risk-acceptance.plan.md'), 'utf8').replace('Risk Acceptance Record', 'Workstation Note');
    assert.equal(recognisePlan('note.md', record).kind, undefined);
  });

  it('the parts looked at for a name of risks include HTML headings and bold labels written with underscores', () => {
    const steps = (part: string) => `# Clinic follow-ups\n\n${part}\n\n### S-1: Laptop\n- **Action:** Encrypt the laptop\n\n### S-2: Badge\n- **Action:** Disable the old badge\n\n### S-3: Accounts\n- **Action:** Remove the leaver's accounts\n`;
    assert.deepEqual(recognisePlan('notes.md', steps('<h2>Open risks</h2>')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('notes.md', steps('__Risks found in the walk-through__')), { kind: 'markdown' });
    assert.match((recognisePlan('notes.md', steps('<h2>This week</h2>')) as { reason: string }).reason, /no heading, table header or bold label in it names risks/);
  });

  it('a form whose entries hold nothing filled in (its sections read as entries, over placeholders) is skipped, and the message says so; the same form filled in is a plan', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    assert.deepEqual(recognisePlan('report.md', readFileSync(join(dir, 'aspen-nonconformity-report-form.not-plan.md'), 'utf8')), {
      reason: 'none of the 2 entries read in it has anything filled in but its heading or wording (no action, owner, due date, status or rating, or only placeholders for them), and 5 or more of its fields and cells hold placeholders or blanks (such as "[Clause or safeguard not met]"): a form to fill in, not a plan',
    });
    assert.deepEqual(recognisePlan('report.md', readFileSync(join(dir, 'aspen-nonconformity-report.plan.md'), 'utf8')), { kind: 'markdown' });
    // Headings with nothing filled, but no blanks left to fill: not judged a form (a list of threats named only is judged by content).
    assert.doesNotMatch(
      (recognisePlan('threats.md', '# Portal Threat Model\n\n## Threats\n\n### T-1: Stolen session cookie\n\n### T-2: Guessed password\n') as { reason: string }).reason,
      /a form to fill in/,
    );
  });

  it('a title whose last word is a framework names a method: its sample risks and their mitigations are no plan; a framework named as the subject is not such a title', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const framework = readFileSync(join(dir, 'rowan-risk-assessment-framework.not-plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('framework.md', framework), {
      reason: 'its title "Rowan Valley Clinics Security Risk Assessment Framework" names a policy, procedure or guide (its last word names a framework, a method), not a plan',
    });
    assert.deepEqual(recognisePlan('assessment.md', framework.replace('Assessment Framework', 'Assessment: Framework Rollout')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('register.md', '# Risk Register: Zorba Framework Migration\n\n| ID | Risk | Action | Owner |\n|----|------|--------|-------|\n| R-1 | Old API left open | Close it | Dev lead |\n'), { kind: 'markdown' });
  });

  it('a report of one finding, rated, with its own Recommendations part, is a plan; without that part it is skipped', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const report = readFileSync(join(dir, 'spruce-pentest-one-finding.plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('pentest.md', report), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('pentest.md', report.replace('## 4. Recommendations', '## 4. Observations')), {
      reason: 'its title "Penetration Test Report: Spruce Street Pharmacy Refill Portal" does not name a plan, and the one entry read in it as a risk has no planned action that could be read',
    });
    // Unrated, the one entry is no graded finding.
    assert.equal(recognisePlan('pentest.md', report.replace('- **Severity:** High\n', '')).kind, undefined);
  });

  it('a findings report of one finding, its ID, severity and outcome in a register\'s table, with a recommendation, is a plan whatever its first heading; with no outcome it is skipped', () => {
    const dir = join(__dirname, '..', 'fixtures', 'detect');
    const review = readFileSync(join(dir, 'poplar-review-one-finding.plan.md'), 'utf8');
    assert.deepEqual(recognisePlan('review.md', review), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('review.md', review.replace('| Low | Acknowledged |', '| Low | |')), {
      reason: 'its title "1. About Poplar Security" does not name a plan, and the one entry read in it as a risk has no planned action that could be read',
    });
  });

  it('a graded report whose findings each give their fix under a bulleted bold label (`- **Fix:**`) is a plan', () => {
    const report = (label: string) => `# Portal Security Review\n\n### HIGH: Session tokens in the URL\n\n- **${label}:** Move the token to a secure cookie\n\n### MEDIUM: No lockout after failed logins\n\n- **${label}:** Lock the account for 15 minutes after five failures\n`;
    assert.deepEqual(recognisePlan('review.md', report('Fix')), { kind: 'markdown' });
    assert.equal(recognisePlan('review.md', report('Noted')).kind, undefined);
  });
});
