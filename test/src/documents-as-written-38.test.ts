// Issue 12, session 38: what the blind audits of set 97 (held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { parseWholeYamlPlan } from '../../server/out/parse/yaml/read-plan';
import { analyse, parsePlan } from './lint-with-registry';

/** Each finding of `rule` as `line:text at its range`. */
function placed(text: string, rule: string, today = '2026-12-08'): string[] {
  return analyse(text, 'markdown', { today })
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${text.slice(0, f.range.start).split('\n').length}:${text.slice(f.range.start, f.range.end)}`);
}

// A vulnerability log: each CVE a heading over a Field | Value table, its disposition in a Status row.
const VULNERABILITY_LOG = [
  '# Container Vulnerability Remediation Log',
  '',
  '**Last Review Date:** 2026-11-20',
  '',
  '### CVE-2026-0101 - libfoo',
  '',
  '| Field | Value |',
  '|-------|-------|',
  '| **Severity** | HIGH |',
  '| **Remediation** | Upgrade libfoo to 2.4.1 in the base image |',
  '| **Status** | **REMEDIATED** |',
  '| **Evidence** | Image scan of build 2026-11-02 shows libfoo 2.4.1 |',
  '',
  '### CVE-2026-0202 - libbar',
  '',
  '| Field | Value |',
  '|-------|-------|',
  '| **Severity** | MEDIUM |',
  '| **Status** | **ACCEPTED RISK** |',
  '',
  '### CVE-2026-0303 - libbaz',
  '',
  '| Field | Value |',
  '|-------|-------|',
  '| **Severity** | LOW |',
  '| **Status** | **ACCEPTED RISK** |',
  '| **Risk Acceptance Date** | 2026-11-03 |',
  '| **Risk Acceptance Rationale** | The parser is never given input from outside the cluster |',
  '',
].join('\n');

describe('a vulnerability log whose CVEs are dispositioned "ACCEPTED RISK" (set 97/01)', () => {
  const plan = parsePlan(VULNERABILITY_LOG, 'markdown');

  it('reads "ACCEPTED RISK" as an acceptance of the risk, as "Risk Accepted" is', () => {
    assert.deepEqual(plan.risks.map((r) => r.treatment?.value), [undefined, 'ACCEPTED RISK', 'ACCEPTED RISK']);
  });

  it("reads a risk acceptance's own date and rationale", () => {
    assert.equal(plan.risks[2].acceptance.approvedOn?.value, '2026-11-03');
    assert.equal(plan.risks[2].acceptance.rationale?.value, 'The parser is never given input from outside the cluster');
  });

  it('asks each accepted CVE for what its acceptance does not record', () => {
    const found = analyse(VULNERABILITY_LOG, 'markdown', { today: '2026-12-08' }).findings.filter((f) => f.rule === 'incomplete-acceptance');
    assert.deepEqual(found.map((f) => f.message), [
      'Risk CVE-2026-0202 is accepted but the acceptance lacks rationale, approver, approval date, compensating controls and review date. Record them so the decision is documented.',
      'Risk CVE-2026-0303 is accepted but the acceptance lacks approver, compensating controls and review date. Record them so the decision is documented.',
    ]);
  });
});

// A risk analysis with its register and, apart, a plan that schedules the register's controls by roadmap gate.
const GATED_ANALYSIS = [
  '# HIPAA Security Risk Analysis (planned system)',
  '',
  '> **Draft.** Prepared by `security-officer` on 2026-09-27. Not in force until signed.',
  '',
  '## 3. Risk register',
  '',
  '| ID | Risk | L | I | Planned controls | Owner |',
  '| --- | --- | --- | --- | --- | --- |',
  '| R1 | Cross-tenant exposure through a missing tenant filter | 3 | 3 | Row-level security on every tenant table and cross-tenant tests in CI | data-architect |',
  '| R2 | Account takeover by phishing | 3 | 3 | Require MFA for every staff account in the identity provider | security-officer |',
  '| R3 | Backup restore never tested | 2 | 3 | Restore the nightly database backup into staging each quarter | platform-lead |',
  '| R4 | Session hijack on a shared workstation | 2 | 2 | Set a 15-minute idle timeout on the staff portal | platform-lead |',
  '| R5 | Lost laptop with cached PHI | 2 | 3 | Turn on full-disk encryption on every staff laptop | it-lead |',
  '',
  '## 4. Risk management plan',
  '',
  'Controls due by:',
  '- **G1:** R1, R2 implemented and tested on synthetic data.',
  '- **G2:** R3, and PHI handling for incidents (R5 excluded until Phase 6).',
  '- **Phase 6 gate:** R5.',
  '- **G4:** R3 again, with the pen test.',
  '',
].join('\n');

describe('a risk analysis that schedules its controls by roadmap gate in a list (set 97/03)', () => {
  const plan = parsePlan(GATED_ANALYSIS, 'markdown');

  it('gives each risk one item cites the milestone of that item as its due', () => {
    assert.deepEqual(plan.risks.map((r) => `${r.id?.value}:${r.actions[0]?.due?.value ?? '-'}`), ['R1:G1', 'R2:G1', 'R3:-', 'R4:-', 'R5:Phase 6 gate']);
  });

  it('reports an undated milestone once, where it is written, and the risk no item schedules on its own row', () => {
    assert.deepEqual(placed(GATED_ANALYSIS, 'missing-due-date'), ['11:| R3 | Backup restore never tested | 2 | 3 | Restore the nightly database backup into staging each quarter | platform-lead |', '12:| R4 | Session hijack on a shared workstation | 2 | 2 | Set a 15-minute idle timeout on the staff portal | platform-lead |', '18:G1', '20:Phase 6 gate']);
  });

  it('says a milestone is named, not dated', () => {
    const message = analyse(GATED_ANALYSIS, 'markdown', { today: '2026-12-08' }).findings.find((f) => f.rule === 'missing-due-date' && GATED_ANALYSIS.slice(f.range.start, f.range.end) === 'G1')?.message;
    assert.equal(message, '"G1" names a milestone, not a date. Write the date it falls on (YYYY-MM-DD), so that a missed deadline shows.');
  });

  it('dates milestones that are dates: a quarter in the list is a due date to check', () => {
    const dated = GATED_ANALYSIS.replace('- **G1:**', '- **Q1 2026:**');
    assert.equal(parsePlan(dated, 'markdown').risks[0].actions[0].due?.value, 'Q1 2026');
    assert.deepEqual(placed(dated, 'overdue-action'), ['18:Q1 2026']);
  });

  it('takes the analysis its header says was prepared by whom and when as the plan\'s risk analysis', () => {
    assert.equal(plan.meta.riskAnalysis?.date?.value, '2026-09-27');
    assert.equal(plan.meta.riskAnalysis?.conductedBy?.value, 'security-officer');
    assert.deepEqual(placed(GATED_ANALYSIS, 'missing-risk-analysis'), []);
  });

  it('reads that sentence only in a document titled as a risk analysis', () => {
    const plan = parsePlan(GATED_ANALYSIS.replace('# HIPAA Security Risk Analysis', '# HIPAA Security Plan'), 'markdown');
    assert.equal(plan.meta.riskAnalysis?.date, undefined);
  });
});

// A team's remediation progress: fixes by priority, each issue with the commit that fixed it, under headings naming the work.
const PROGRESS = [
  '# PHI Logging Remediation Progress',
  '',
  '**Started:** 2026-02-18',
  '',
  '## P0 — PHI Exposure Remediation',
  '',
  '| File | Issue | Commit | Status |',
  '|------|-------|--------|--------|',
  '| `api/confirm-payment.ts` | Full payment response logged in the debug output | `ecc9ca1` | **Done** |',
  '| `auth/index.ts` | Email address in the resend-verification logs | `2686d14` | **Done** |',
  '| `pharmacy/patient.ts` | Patient record dumped in the error handler | — | Open |',
  '',
  '## P2 — Structural Improvements',
  '',
  'Not started.',
  '',
].join('\n');

describe("a team's remediation progress, its fixes tabled by priority with their commits (set 97/04)", () => {
  const plan = parsePlan(PROGRESS, 'markdown');

  it('is linted as a plan: "remediation progress" names a tracker', () => {
    assert.deepEqual(recognisePlan('progress.md', PROGRESS), { kind: 'markdown' });
  });

  it('reads each issue of a table of fixes, with its status and the commit as evidence', () => {
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0]?.status?.value, r.actions[0]?.evidence?.value]), [
      ['Full payment response logged in the debug output', 'Done', 'ecc9ca1'],
      ['Email address in the resend-verification logs', 'Done', '2686d14'],
      ['Patient record dumped in the error handler', 'Open', '—'],
    ]);
  });

  it('takes a priority code heading naming a group of work as the priority of the items under it, not a risk', () => {
    assert.deepEqual(plan.risks.map((r) => r.priority?.value), ['P0', 'P0', 'P0']);
    assert.ok(!plan.risks.some((r) => r.id?.value === 'P2'));
  });

  it('asks only the open issue for its action', () => {
    assert.deepEqual(placed(PROGRESS, 'missing-action').map((f) => f.split('|')[2].trim()), ['Patient record dumped in the error handler']);
  });
});

describe('a vulnerability log that records once why its accepted CVEs are accepted and what limits them (set 97/01)', () => {
  const SHARED = [
    VULNERABILITY_LOG,
    '## Risk Acceptance & Compensating Controls',
    '',
    '### Risk Acceptance Rationale for Vendor-Dependent CVEs',
    '',
    'All vendor-dependent CVEs are accepted: no upstream fix exists and the packages never see untrusted input.',
    '',
    '### Compensating Controls Matrix',
    '',
    '| Control | Description | CVEs Mitigated |',
    '|---------|-------------|----------------|',
    '| Network isolation | The service runs in a private subnet | All network-based CVEs |',
    '',
  ].join('\n');
  const messages = (text: string) => analyse(text, 'markdown', { today: '2026-12-08' }).findings.filter((f) => f.rule === 'incomplete-acceptance').map((f) => f.message);

  it('reads the sections as the record of every accepted risk that records none of its own', () => {
    const plan = parsePlan(SHARED, 'markdown');
    assert.equal(plan.meta.acceptanceRationale?.value, 'Risk Acceptance Rationale for Vendor-Dependent CVEs');
    assert.equal(plan.meta.acceptanceControls?.value, 'Risk Acceptance & Compensating Controls');
  });

  it('asks an accepted risk only for what neither it nor the plan records', () => {
    assert.deepEqual(messages(SHARED), [
      'Risk CVE-2026-0202 is accepted but the acceptance lacks approver, approval date and review date. Record them so the decision is documented.',
      'Risk CVE-2026-0303 is accepted but the acceptance lacks approver and review date. Record them so the decision is documented.',
    ]);
  });

  it("reads no such section under a risk's own heading, nor an empty one, as the plan's", () => {
    const own = [
      '# Risk Register',
      '',
      '## R-01: Legacy fax server',
      '',
      '- **Treatment:** Accept',
      '- **Rationale:** Replaced next year',
      '',
      '### Compensating controls',
      '',
      'The fax server sits on its own VLAN.',
      '',
      '## R-02: Old PACS viewer',
      '',
      '- **Treatment:** Accept',
      '',
    ].join('\n');
    assert.equal(parsePlan(own, 'markdown').meta.acceptanceControls, undefined);
    const empty = `${VULNERABILITY_LOG}## Compensating Controls\n\n## Appendix\n\nNone.\n`;
    assert.equal(parsePlan(empty, 'markdown').meta.acceptanceControls, undefined);
  });
});

// A YAML register kept by a software team: controls in place as `mitigations`, the work planned as `next_actions`, a review
// date on each risk and none of the register's own.
const TEAM_REGISTER = [
  'schema_version: 1',
  'last_reviewed: "2026-07-30"',
  'risks:',
  '  - id: R-001',
  '    title: Hosted tenant escape',
  '    owner: platform-security',
  '    likelihood: likely',
  '    impact: critical',
  '    status: partially_mitigated',
  '    mitigations:',
  '      - Forced row-level security on every tenant table.',
  '    next_actions:',
  '      - Add live repository and worker tenant-escape tests.',
  '    next_review: "2026-08-22"',
  '  - id: R-002',
  '    title: Floating-point financial storage',
  '    owner: financial-integrity',
  '    likelihood: likely',
  '    impact: high',
  '    status: open',
  '    mitigations:',
  '      - Strict decimal parsing protects the reconciliation writers.',
  '    next_actions:',
  '      - Migrate the remaining ledger columns to exact decimals.',
  '    next_review: "2026-08-08"',
  '',
].join('\n');

describe("a team's YAML register with controls in place, next actions and a review date on each risk (set 98/01)", () => {
  const plan = parsePlan(TEAM_REGISTER, 'yaml');

  it('reads the next actions as the planned work, not the controls already in place', () => {
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => a.action?.value)), [['Add live repository and worker tenant-escape tests.'], ['Migrate the remaining ledger columns to exact decimals.']]);
  });

  it("dates the register's next review by its first risk's, and reports it overdue there", () => {
    assert.equal(plan.meta.nextReview?.value, '2026-08-08');
    const stale = analyse(TEAM_REGISTER, 'yaml', { today: '2026-12-08' }).findings.filter((f) => f.rule === 'stale-review');
    assert.deepEqual(stale.map((f) => `${TEAM_REGISTER.slice(0, f.range.start).split('\n').length}:${f.message}`), [
      '25:The next review was due 2026-08-08 (122 days ago). Review the plan, then record the new last-review and next-review dates.',
    ]);
  });

  it('reads a register whose risks are read whole the same way (the reference the chunked reading must equal)', () => {
    assert.equal(parseWholeYamlPlan(TEAM_REGISTER).meta.nextReview?.value, '2026-08-08');
  });
});

describe('a SOC 2 readiness checklist: controls by reference in a table per criterion, each with its status, owner and due date (set 98/06)', () => {
  const CHECKLIST = [
    '# SOC2 Compliance Checklist - Remediation Tracker',
    '',
    '**Version:** 1.0',
    '**Last Updated:** 2026-01-20',
    '',
    '## CC1 - Control Environment',
    '',
    '**Criteria:** Management establishes structures, reporting lines, and authorities.',
    '',
    '| Control | Description | Status | Evidence | Owner | Due Date |',
    '|---------|-------------|--------|----------|-------|----------|',
    '| CC1.1 | Establish the security governance structure | ⚠️ | Org chart | CEO | 2026-02-01 |',
    '| CC1.2 | Publish the security policies | ✅ | Policy documents | CISO | 2026-02-28 |',
    '',
    '## CC2 - Communication of Responsibilities',
    '',
    '| Control | Description | Status | Evidence | Owner | Due Date |',
    '|---------|-------------|--------|----------|-------|----------|',
    '| CC2.1 | Write security responsibilities into every job description | ❌ | Job descriptions | HR | 2026-03-15 |',
    '| CC2.2 | Track security awareness completion on a dashboard | 📋 | Dashboard | CISO | 2026-12-20 |',
    '',
    '**Progress:** 25% (1/4)',
    '**Gap:** Security responsibilities not formalized in HR processes',
    '',
  ].join('\n');
  const plan = parsePlan(CHECKLIST, 'markdown');

  it('reads each control not yet in place as an item, its description the work, with its owner, due date and status', () => {
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.action?.value, r.actions[0]?.owner?.value, r.actions[0]?.due?.value]), [
      ['CC1.1', 'Establish the security governance structure', 'CEO', '2026-02-01'],
      ['CC2.1', 'Write security responsibilities into every job description', 'HR', '2026-03-15'],
      ['CC2.2', 'Track security awareness completion on a dashboard', 'CISO', '2026-12-20'],
    ]);
  });

  it('takes a criterion heading whose rows number within its ID as their group, not a risk, whatever summary follows its table', () => {
    assert.ok(!plan.risks.some((r) => r.id?.value === 'CC2' || r.id?.value === 'CC1'));
  });

  it('reports each open control past its due date', () => {
    assert.deepEqual(placed(CHECKLIST, 'overdue-action').map((f) => f.split(':')[0]), ['12', '19']);
  });

  it('keeps reading a Control column that words what is in place, or names the reference beside its name, as before', () => {
    const worded = CHECKLIST.replace('| CC1.1 |', '| Governance board |');
    assert.ok(!parsePlan(worded, 'markdown').risks.some((r) => r.actions[0]?.action?.value === 'Establish the security governance structure'));
  });
});

describe("a framework's guidance page on how to keep a POA&M is no plan (set 98/08)", () => {
  const GUIDANCE = [
    '# Plan of Action and Milestones (POA\\&M)',
    '',
    'Security control CA-5 requires CSPs to develop a POA\\&M to document remediation plans for correcting risks.',
    '',
    '# **General POA\\&M Guidance**',
    '',
    '* All open risks must be captured on the POA\\&M’s “*Open*” tab, even if they are not considered past due.',
    '* Vendor dependencies are tracked as open risks; check in with the vendor at least once a month.',
    '',
    '# **POA\\&M Do’s and Don’ts**',
    '',
    '* Do update the POA\\&M monthly.',
    '',
  ].join('\n');

  it('is skipped, the heading that says it is guidance quoted', () => {
    const recognised = recognisePlan('poam.md', GUIDANCE);
    assert.equal(recognised.kind, undefined);
    assert.match(String(recognised.reason), /its heading "General POA&M Guidance" explains how the work is done/);
  });

  it('is linted when a POA&M under such a heading holds its items', () => {
    const items = `${GUIDANCE}\n## Open items\n\n| POA&M ID | Weakness | Planned Milestone | Owner | Due |\n|---|---|---|---|---|\n| POAM-1 | Unpatched VPN appliance | Apply the vendor patch to the VPN appliance | IT | 2026-12-30 |\n`;
    assert.deepEqual(recognisePlan('poam.md', items), { kind: 'markdown' });
  });
});

describe('an audit checklist whose items tick their fields and close with one status (set 98/05)', () => {
  const AUDIT = [
    '# Security Audit Checklist',
    '## Billing App - Action Items & Progress Tracker',
    '',
    '**Date**: 2026-06-01',
    '',
    '## 🚨 CRITICAL ISSUES (Fix Within 1 Week)',
    '',
    '### 1. **EXPOSED CREDENTIALS**',
    '',
    '#### 1.1 Database Credentials',
    '- [x] **Location**: `config/dev.env:6`',
    '- [x] **Issue**: Database password exposed in plain text',
    '- [x] **Action**: Rotate the database password',
    '- [x] **Action**: Move the credentials to the secrets manager',
    '- [x] **Status**: ✅ **COMPLETED**',
    '',
    '#### 1.2 Payment API Key',
    '- [x] **Issue**: API key hardcoded in the payment service',
    '- [ ] **Action**: Rotate the payment API key',
    '- [ ] **Action**: Add rate limiting to the payment API',
    '- [ ] **Status**: ❌ **NOT STARTED**',
    '',
  ].join('\n');
  const plan = parsePlan(AUDIT, 'markdown');

  it('reads a field line behind a task box as any field line, and the item status closing its bare actions as theirs', () => {
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions.map((a) => `${a.action?.value} (${a.status?.value})`)]), [
      ['Database Credentials', ['Rotate the database password (✅ **COMPLETED**)', 'Move the credentials to the secrets manager (✅ **COMPLETED**)']],
      ['Payment API Key', ['Rotate the payment API key (❌ **NOT STARTED**)', 'Add rate limiting to the payment API (❌ **NOT STARTED**)']],
    ]);
  });

  it('reports the open item past its window once for its actions, and asks the completed one for its evidence', () => {
    assert.deepEqual(placed(AUDIT, 'overdue-action').map((f) => f.split(':')[0]), ['6']);
    assert.deepEqual(placed(AUDIT, 'missing-validation').map((f) => f.split(':')[0]), ['10']);
  });

  it('writes no task box into a field a fix adds', () => {
    const fix = analyse(AUDIT, 'markdown', { today: '2026-12-08' }).findings.find((f) => f.rule === 'missing-owner')?.fixes[0];
    assert.ok(fix, 'a missing-owner fix');
    assert.ok(fix.edits.every((e) => !e.newText.includes('[x]') && !e.newText.includes('[ ]')), JSON.stringify(fix.edits));
  });
});

describe("a tracker's closing block dates it, over a compliance subsection's review written before it (set 98/04)", () => {
  const TRACKER = [
    '# Penetration Test Remediation Tracking',
    '',
    '### H-001: Missing Security Headers',
    '**Status**: IN PROGRESS',
    '**Action**: Add the security headers to the web server configuration',
    '**Assigned**: DevOps',
    '**Due Date**: 2024-01-29',
    '',
    '## COMPLIANCE TRACKING',
    '',
    '### PCI DSS SAQ-A Compliance',
    '**Last Review**: 2024-01-15',
    '**Next Review**: 2024-04-15',
    '',
    '### February Security Review',
    '- **Date**: February 15, 2024',
    '',
    '---',
    '',
    '**Document Owner**: Security Team',
    '**Last Updated**: 2024-01-20',
    '**Next Review**: 2024-02-15',
    '',
  ].join('\n');

  it("takes the next review and the document's date from the block closing the document", () => {
    const meta = parsePlan(TRACKER, 'markdown').meta;
    assert.equal(meta.nextReview?.value, '2024-02-15');
    assert.equal(meta.documentDate?.value, '2024-01-20');
  });
});

describe("a small app's register of security exceptions, each accepted by its own owner (set 99/07)", () => {
  const EXCEPTIONS = [
    '# Security Exceptions Registry',
    'exceptions:',
    '  - id: SEC-001',
    '    finding: "High entropy strings in test fixture JSON"',
    '    reason: Test fixtures hold synthetic market data that trips the entropy detector; they are no secrets.',
    '    compensating_control: ".secrets.baseline with an entropy limit of 4.5"',
    '    owner: cl-xy',
    '    expires: "2027-01-27"',
    '    status: accepted',
    '  - id: SEC-002',
    '    finding: "DL3008: Pin versions in apt-get install"',
    '    reason: The base image is pinned by digest.',
    '    owner: cl-xy',
    '    expires: "2027-01-27"',
    '    status: proposed',
    '',
  ].join('\n');

  it('reads an exception granted by its status as an accepted risk: its reason, compensating control and expiry', () => {
    const plan = parsePlan(EXCEPTIONS, 'yaml');
    const [first] = plan.risks;
    assert.equal(first.id?.value, 'SEC-001');
    assert.equal(first.treatment?.value, 'accept');
    assert.equal(first.acceptance.compensatingControls?.value, '.secrets.baseline with an entropy limit of 4.5');
    assert.equal(first.acceptance.reviewBy?.value, '2027-01-27');
    assert.equal(plan.risks[1].treatment, undefined, 'a proposed exception is no decision yet');
  });

  it('asks it for the approver and the approval date it does not record', () => {
    const found = analyse(EXCEPTIONS, 'yaml', { today: '2026-12-08' }).findings.filter((f) => f.rule === 'incomplete-acceptance');
    assert.deepEqual(found.map((f) => f.message), ['Risk SEC-001 is accepted but the acceptance lacks approver and approval date. Record them so the decision is documented.']);
  });

  it('asks a YAML entry for a priority or a tier in its own terms, with no heading to move it under', () => {
    const priority = analyse(EXCEPTIONS, 'yaml', { today: '2026-12-08' }).findings.find((f) => f.rule === 'missing-priority');
    assert.equal(priority?.message, 'Risk SEC-001 has neither a priority nor a tier. Add a priority (critical, high, medium or low) or a tier (this-week, vendor or budget).');
  });
});

describe("a pen test's findings exported as CSV, each worded in a summary column (set 99/06)", () => {
  const CSV = [
    'id,summary,cwe,severity,status,owner,opened_at',
    'F-001,LLM proxy leaks its system prompt through the relay endpoint,CWE-77,High,open,ai-wg,2026-05-20',
    'F-002,Any signed-in user can read another tenant\'s metadata,CWE-285,Critical,open,platform-wg,2026-05-18',
    '',
  ].join('\n');

  it('reads the summary as the finding', () => {
    assert.deepEqual(parsePlan(CSV, 'csv').risks.map((r) => r.title?.value), ['LLM proxy leaks its system prompt through the relay endpoint', "Any signed-in user can read another tenant's metadata"]);
  });
});

describe("a readiness checklist's gap list: numbered gaps with their impact, effort and owner, no work written (set 98/06)", () => {
  const GAPS = [
    '# Security Risk Register',
    '',
    '## Gap Analysis',
    '',
    '### Critical Gaps (Must Address)',
    '',
    '1. **No formal security governance** - Critical',
    '   - Impact: No oversight, accountability',
    '   - Effort: 4 weeks',
    '   - Owner: CEO',
    '',
    '2. **No risk assessment process** - Critical',
    '   - Impact: Cannot demonstrate risk management',
    '   - Estimated cost: $12,000',
    '   - Owner: CISO',
    '',
  ].join('\n');
  const plan = parsePlan(GAPS, 'markdown');

  it('reads each gap with its owner, and no cost or effort line as its work', () => {
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions.map((a) => a.action?.value ?? '-'), r.actions[0]?.owner?.value]), [
      ['No formal security governance', ['-'], 'CEO'],
      ['No risk assessment process', ['-'], 'CISO'],
    ]);
    assert.equal(plan.meta.owner, undefined);
  });

  it('asks each gap for the work it plans', () => {
    assert.deepEqual(placed(GAPS, 'missing-action').map((f) => f.split(':')[0]), ['7', '12']);
  });
});
