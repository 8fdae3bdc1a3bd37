// Issue 12, session 36: what the blind audits of sets 91 and 92 (held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

// A POA&M supplement kept in the repository after a unified POA&M replaced it: its header says so.
const SUPPLEMENT = (mark: string) =>
  [
    '# POA&M Supplement: Assessment Gaps',
    '',
    mark,
    '',
    '**Date:** 2025-12-26',
    '',
    '## POA&M-7: Multi-factor authentication for contractors',
    '',
    '**Priority:** High',
    '**Target Solution:** Issue hardware tokens to every contractor',
    '**Owner:** IT Manager',
    '**Target Date:** 2026-02-28',
    '**Status:** Open',
    '',
  ].join('\n');

describe('a plan that says it was replaced or retired (set 91)', () => {
  for (const mark of [
    '> **SUPERSEDED (February 11, 2026):** This document is superseded by Unified POA&M v2.3.',
    '**Status:** Archived',
    '- Document status: Retired',
    'This plan has been replaced by the 2026 risk management plan.',
  ]) {
    it(`is skipped, quoting its mark: ${mark}`, () => {
      const recognised = recognisePlan('poam-supplement.md', SUPPLEMENT(mark));
      assert.equal(recognised.kind, undefined);
      assert.match('reason' in recognised ? recognised.reason : '', /^it says it is no longer current \(".+"\): a replaced or retired plan is kept for the record, not linted$/);
    });
  }

  it('is linted when it only supersedes an older plan, when an entry is superseded, when it says so below its header, or when named as a plan', () => {
    assert.deepEqual(recognisePlan('poam-supplement.md', SUPPLEMENT('This plan supersedes the 2024 POA&M.')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-supplement.md', SUPPLEMENT('The 2024 POA&M was superseded by this one.')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-supplement.md', SUPPLEMENT('| R-3 | Shared login | Superseded |')), { kind: 'markdown' });
    const below = SUPPLEMENT('').replace('**Status:** Open', '**Status:** Open\n\n## History\n\nThe 2024 POA&M was superseded by this one.');
    assert.deepEqual(recognisePlan('poam-supplement.md', below), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-supplement.rmp.md', SUPPLEMENT('**Status:** Superseded')), { kind: 'markdown' });
  });
});

// A site owner's remediation plan: a table of actions each naming what it addresses, then the risks left and accepted.
const RETIRE_PLAN = [
  '# Security Remediation Plan',
  '',
  '## Actions',
  '',
  '| # | Action | Addresses | Delivered in |',
  '|---|--------|-----------|--------------|',
  '| 1 | Export the guest list to the archive and delete the RSVP table | personal data exposure | PR 1 |',
  '| 2 | Remove the Rails application and its committed secrets | committed dev secrets | PR 2 |',
  '| 3 | This assessment and plan | — | PR 3 |',
  '',
  '## Residual risks (accepted)',
  '',
  '- **Git history** still holds the old phone numbers; rewriting public history would break forks; accepted.',
  '- **Legacy jQuery on `/archive/*`**: served verbatim for fidelity; the pages take no input. Accepted.',
  '- **Spotify iframe** on the archive page is a third-party embed; kept for fidelity.',
  '',
].join('\n');

describe("a remediation plan's table of what each action addresses, and its accepted residual risks (set 92)", () => {
  it('reads each row as a risk named by what it addresses (none for a row that addresses none), and each accepted risk by its bold name', () => {
    const plan = parsePlan(RETIRE_PLAN, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.title?.value, r.actions[0]?.action?.value, r.treatment?.value]),
      [
        ['personal data exposure', 'Export the guest list to the archive and delete the RSVP table', undefined],
        ['committed dev secrets', 'Remove the Rails application and its committed secrets', undefined],
        ['Git history', undefined, 'accepted'],
        ['Legacy jQuery on `/archive/*`', undefined, 'accepted'],
        ['Spotify iframe', undefined, 'accepted'],
      ],
    );
    const rules = analyse(RETIRE_PLAN, 'markdown', { today: '2026-12-07' }).findings.map((f) => `${RETIRE_PLAN.slice(0, f.range.start).split('\n').length}:${f.rule}`);
    for (const line of [7, 8]) for (const rule of ['missing-owner', 'missing-due-date']) assert.ok(rules.includes(`${line}:${rule}`), `${line}:${rule} in ${rules.join(' ')}`);
    assert.deepEqual(rules.filter((r) => r.endsWith('incomplete-acceptance')), ['13:incomplete-acceptance', '14:incomplete-acceptance', '15:incomplete-acceptance']);
    // The row that addresses no risk ('—') is work on the plan itself, beside rows naming theirs: no risk, no finding.
    assert.ok(!rules.some((r) => r.startsWith('9:')), rules.join(' '));
  });
});

describe('a POA&M skeleton whose sections are still to-dos (set 92)', () => {
  const skeleton = (todos: number) =>
    [
      '# Plan of Action and Milestones (POAM)',
      '',
      '**Status:** In Draft',
      '**Owner:** N. Patel',
      '',
      '## Open Findings',
      '',
      '**TODO:** Populate after the initial security review.',
      '',
      '## Remediation Schedule',
      '',
      ...Array.from({ length: todos - 1 }, (_, i) => `- TODO: Phase ${i + 1} target`),
      '',
    ].join('\n');

  it('is skipped, quoting its first to-do, when five or more TODO marks stand where findings would be', () => {
    assert.deepEqual(recognisePlan('POAM.md', skeleton(5)), {
      reason: 'it holds 5 or more TODO marks (such as "TODO: Populate after the initial security review."), and no risks were read in it: a skeleton to fill in, not a plan',
    });
  });

  it('is linted with fewer marks, or with a finding written, or when named as a plan', () => {
    assert.deepEqual(recognisePlan('POAM.md', skeleton(4)), { kind: 'markdown' });
    const written = skeleton(7).replace('**TODO:** Populate after the initial security review.', '| ID | Weakness | Action | Owner | Due |\n|---|---|---|---|---|\n| F-1 | No MFA on the VPN | Enable MFA on the VPN | N. Patel | 2027-01-15 |');
    assert.deepEqual(recognisePlan('POAM.md', written), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam.rmp.md', skeleton(5)), { kind: 'markdown' });
  });
});

// A security audit's remediation plan: a priority matrix of findings, numbered steps each over its code, a command's expected
// output drawn as a grid of statuses, and the risks rated before and after the work in tables of their own.
const AUDIT_PLAN = [
  '# Security Remediation Plan',
  '',
  'Last Updated: 2026-01-16',
  '',
  '## Priority Matrix',
  '',
  '| ID | Finding | Severity | Owner | Due |',
  '|----|---------|----------|-------|-----|',
  '| M1 | Debug mode enabled in production | Medium | DevOps | 2026-01-23 |',
  '| M3 | Database SSL not enabled | Medium | DevOps | 2026-01-23 |',
  '',
  '## Detailed Remediation Steps',
  '',
  '### M1: Debug Mode Enabled in Production',
  '',
  '**Remediation Steps:**',
  '',
  '1. **Update .env file**',
  '   ```bash',
  '   APP_DEBUG=false',
  '   ```',
  '',
  '2. **Verify configuration**',
  '   ```bash',
  '   php artisan config:clear',
  '   ```',
  '',
  '## Tracking',
  '',
  '```bash',
  'php artisan security:remediation:status',
  '# Expected output:',
  '+---------+-----------+-------+',
  '| Finding | Status    | Owner |',
  '+---------+-----------+-------+',
  '| M1      | Complete  | DevOps|',
  '| M3      | Pending   | DevOps|',
  '+---------+-----------+-------+',
  '```',
  '',
  '## Risk Assessment',
  '',
  '### Pre-Remediation Risks',
  '',
  '| Risk | Likelihood | Impact | Severity |',
  '|------|------------|--------|----------|',
  '| Debug mode exposure | Medium | High | Medium |',
  '| Database interception | Low | High | Medium |',
  '',
  '### Post-Remediation Risks',
  '',
  '| Risk | Likelihood | Impact | Severity |',
  '|------|------------|--------|----------|',
  '| Debug mode exposure | Very Low | High | Low |',
  '| Database interception | Very Low | High | Low |',
  '',
].join('\n');

describe("a security audit's remediation plan with code under its steps and its risks rated before and after (set 92)", () => {
  it('reads each step up to its code block, no status from a command\'s expected output, and no risk from the rating tables', () => {
    const plan = parsePlan(AUDIT_PLAN, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.status?.value])]),
      [
        ['M1', [['Update .env file', undefined], ['Verify configuration', undefined]]],
        ['M3', [[undefined, undefined]]],
      ],
    );
  });

  it('keeps a plain-text grid drawn in a fence with no language, and rating tables in a plan that plans nothing else', () => {
    const plainGrid = AUDIT_PLAN.replace('```bash\nphp artisan', '```\nphp artisan');
    assert.deepEqual(parsePlan(plainGrid, 'markdown').risks.find((r) => r.id?.value === 'M3')?.actions.map((a) => a.status?.value), ['Pending']);
    const ratingsOnly = AUDIT_PLAN.slice(AUDIT_PLAN.indexOf('## Risk Assessment'));
    assert.equal(parsePlan(`# Risk Register\n\n${ratingsOnly}`, 'markdown').risks.length, 4);
  });
});

// A vendor register: one field table per vendor, its work left under `Open Issues`, and a table of outstanding actions naming
// each vendor by its words and its ID in brackets.
const VENDORS = [
  '# Vendor Risk Register',
  '',
  '### VENDOR-001 — Salesforce (CRM Platform)',
  '| Field | Detail |',
  '|-------|--------|',
  '| **Residual Risk** | Medium |',
  '| **Risk Owner** | VP of Sales |',
  '| **Open Issues** | None |',
  '',
  '### VENDOR-002 — AWS (Cloud Infrastructure)',
  '| Field | Detail |',
  '|-------|--------|',
  '| **Residual Risk** | Medium |',
  '| **Risk Owner** | CTO |',
  '| **Open Issues** | Document the shared responsibility matrix for each AWS service in use |',
  '',
  '### VENDOR-005 — DataVendor Ltd (Data Analytics)',
  '| Field | Detail |',
  '|-------|--------|',
  '| **Residual Risk** | Critical |',
  '| **Risk Owner** | Head of Analytics |',
  '',
  '## Outstanding Assessment Actions',
  '',
  '| Priority | Vendor | Action Required | Owner | Due |',
  '|----------|--------|----------------|-------|-----|',
  '| Immediate | DataVendor Ltd (VENDOR-005) | Suspend data transfers and negotiate a DPA | GRC Analyst | 2025-07-15 |',
  '| High | 8 unassessed Tier 2 vendors | Complete the due diligence questionnaire for each | GRC Analyst | 2025-09-30 |',
  '',
].join('\n');

describe("a vendor register's open issues, and an action table naming each vendor's ID in brackets (set 92)", () => {
  it("reads Open Issues as the vendor's action ('None' as none), and a row naming VENDOR-005 as VENDOR-005's action", () => {
    const plan = parsePlan(VENDORS, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value ?? r.title?.value, r.actions.filter((a) => a.action !== undefined).map((a) => [a.action?.value, a.owner?.value, a.due?.value])]),
      [
        ['VENDOR-001', []],
        ['VENDOR-002', [['Document the shared responsibility matrix for each AWS service in use', 'CTO', undefined]]],
        ['VENDOR-005', [['Suspend data transfers and negotiate a DPA', 'GRC Analyst', '2025-07-15']]],
        ['8 unassessed Tier 2 vendors', [['Complete the due diligence questionnaire for each', 'GRC Analyst', '2025-09-30']]],
      ],
    );
    const rules = analyse(VENDORS, 'markdown', { today: '2026-12-07' }).findings.map((f) => `${VENDORS.slice(0, f.range.start).split('\n').length}:${f.rule}`);
    assert.ok(rules.includes('3:missing-action'), rules.join(' '));
    assert.ok(!rules.some((r) => r.startsWith('17:missing-action') || r.endsWith('vague-action')), rules.join(' '));
    assert.ok(rules.includes('27:overdue-action'), rules.join(' '));
  });
});

describe("a POA&M's priority sections over tables rating each item's risk (set 92)", () => {
  it("ranks each row by the section's priority, its Risk column its risk level", () => {
    const poam = [
      '# Plan of Action and Milestones (POA&M)',
      '',
      '## POA&M Items',
      '',
      '### High Priority',
      '',
      '| ID | Control | Gap | Remediation Plan | Owner | Target Date | Status | Risk |',
      '|----|---------|-----|-----------------|-------|-------------|--------|------|',
      '| POAM-001 | AC-2 | Access review procedure not documented | Write the access review procedure | Security | 2026-07-15 | Open | High |',
      '| POAM-003 | IA-3 | Device trust policy not documented | Write the device trust policy | Security | 2026-07-15 | Open | Medium |',
      '',
      '### Medium Priority',
      '',
      '| ID | Control | Gap | Remediation Plan | Owner | Target Date | Status | Risk |',
      '|----|---------|-----|-----------------|-------|-------------|--------|------|',
      '| POAM-012 | SI-2 | Flaw remediation SLA not defined | Define the patch SLA for each severity | Security | 2026-07-01 | Open | Low |',
      '',
    ].join('\n');
    const plan = parsePlan(poam, 'markdown');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.priority?.value, r.residualRisk?.value]),
      [
        ['POAM-001', 'High', 'High'],
        ['POAM-003', 'High', 'Medium'],
        ['POAM-012', 'Medium', 'Low'],
      ],
    );
  });
});

describe("a vendor register whose Finding column names each risk, and whose clean reviews record no finding (set 93)", () => {
  const csv = [
    'Vendor Name,Service,Finding,Finding Category,Likelihood,Impact,Risk Level,Remediation Owner,Identified Date,Due Date,Status',
    'CloudPay,Payment Processing,MFA not enforced for all privileged support accounts,access-control-mfa,Medium,High,High,Vendor Security,2026-07-06,2026-08-15,Open',
    'PeopleCore,HR SaaS,No significant finding,none,Low,Medium,Low,HR Systems,2026-05-15,2026-12-01,Closed',
    'MarketFlow,Marketing Automation,SOC 2 report not provided,assurance-report-missing,Medium,Medium,Medium,Marketing Operations,2026-07-07,2026-09-05,Open',
    '',
  ].join('\n');

  it('titles each risk by its finding, not its vendor, and reads no risk from a clean review', () => {
    assert.deepEqual(parsePlan(csv, 'csv').risks.map((r) => [r.title?.value, r.priority?.value, r.actions[0]?.owner?.value]), [
      ['MFA not enforced for all privileged support accounts', 'High', 'Vendor Security'],
      ['SOC 2 report not provided', 'Medium', 'Marketing Operations'],
    ]);
    assert.ok(!analyse(csv, 'csv', { today: '2026-12-07' }).findings.some((f) => f.rule === 'missing-validation'));
  });

  it('reads a Markdown table of vendors and their risks the same way', () => {
    const md = ['# Vendor Risk Register', '', '| Vendor | Risk | Likelihood | Impact | Mitigation | Owner |', '|---|---|---|---|---|---|', '| AWS | Region outage | Low | Critical | Fail over to a second region each quarter | Ops |', '| Auth0 | Service degradation | Medium | High | Cache tokens for 10 minutes | Eng |', ''].join('\n');
    assert.deepEqual(parsePlan(md, 'markdown').risks.map((r) => [r.id?.value, r.title?.value]), [
      [undefined, 'Region outage'],
      [undefined, 'Service degradation'],
    ]);
  });
});

describe("a POA&M's sign-off under 'Risk Acceptance', still to be signed (set 93)", () => {
  it('reads the signatories listed under "accepted by:" as no accepted risks, and an accepted risk listed as before', () => {
    const poam = (leadIn: string, item: string) =>
      [
        '# Plan of Action and Milestones',
        '',
        '## POA&M-001: No MFA on the VPN',
        '',
        '- **Remediation:** Enable MFA on the VPN for every account',
        '- **Owner:** IT Manager',
        '- **Target Date:** 2027-01-15',
        '',
        '### Risk Acceptance',
        '',
        leadIn,
        item,
        '- **Date**: [TO BE COMPLETED]',
        '',
      ].join('\n');
    const signed = parsePlan(poam('All POA&M items have been reviewed and accepted by:', '- **System Owner**: [TO BE SIGNED]'), 'markdown');
    assert.deepEqual(signed.risks.map((r) => r.title?.value), ['No MFA on the VPN']);
    const listed = parsePlan(poam('The following risks are accepted:', '- **Zero-Day Vulnerabilities** - patched within 48 hours of release'), 'markdown');
    assert.deepEqual(listed.risks.map((r) => r.title?.value), ['No MFA on the VPN', 'Zero-Day Vulnerabilities']);
  });
});

describe('a CMMC gap analysis: gaps headed by control enhancements, and controls listed as no gaps (set 93)', () => {
  const gaps = [
    '# Compliance Gap Analysis',
    '',
    '**Assessment Date**: 2025-10-05',
    '',
    '## ACCESS CONTROL (AC) GAPS',
    '',
    '### AC-2(13) - Account Monitoring for Atypical Usage',
    '',
    '**Priority**: MEDIUM',
    '**Target Completion**: 2025-12-15 (Week 10 of implementation roadmap)',
    '',
    '**Recommended Solution**:',
    'Implement behaviour analytics on every Gitea and Cloud IAM account.',
    '',
    '### AC-6(9) - Log Use of Privileged Functions',
    '',
    '**Priority**: LOW',
    '**Target Completion**: 2025-11-15',
    '',
    '**Recommended Solution**:',
    'Create a Cloud Logging filter and alert for privileged operations.',
    '',
    '## MANUAL PROCESSES (NOT GAPS - DOCUMENTED EXCEPTIONS)',
    '',
    '### 1. **PS-7 - Personnel Security - Third-Party Personnel**',
    '- **Manual Process**: Background checks for contractors (performed by HR)',
    '- **Justification**: Legal and ethical considerations require human review',
    '',
  ].join('\n');

  it('reads a gap headed by a control and its enhancement (AC-2(13)), and none from the section of controls that are no gaps', () => {
    assert.deepEqual(recognisePlan('GAP_ANALYSIS.md', gaps), { kind: 'markdown' });
    const plan = parsePlan(gaps, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.action?.value, r.actions[0]?.due?.value]), [
      ['AC-2(13)', 'Implement behaviour analytics on every Gitea and Cloud IAM account.', '2025-12-15 (Week 10 of implementation roadmap)'],
      ['AC-6(9)', 'Create a Cloud Logging filter and alert for privileged operations.', '2025-11-15'],
    ]);
  });
});
