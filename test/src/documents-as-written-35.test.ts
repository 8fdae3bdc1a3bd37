// Issue 12, session 35: what the blind audits of sets 87 to 89 (held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';
import { recognisePlan } from '../../server/out/parse/detect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A security review's phased tracker flags late items in the status cell, and signs off with a table
// whose names are still `(Pending)` beside the review's own date.
const REVIEW = [
  '# Security Review Remediation Plan',
  '',
  '**Last Updated:** 2026-02-15',
  '',
  '## Remediation Plan',
  '',
  '| Item # | Finding ID | Finding Description | Severity | Remediation Plan | Owner | Target Date | Status |',
  '|---|---|---|---|---|---|---|---|',
  '| 1 | F-01 | Open redirect in the OAuth callback | Critical | Validate redirect_uri against an allowlist | Dev Lead | 2026-02-13 | **OVERDUE** — IN PROGRESS |',
  '| 2 | F-02 | No rate limiting on the API | High | Add rate limits to every API endpoint | Dev Lead | 2026-02-25 | NOT STARTED |',
  '',
  '## Sign-Off',
  '',
  '| Name | Role | Result | Date |',
  '|---|---|---|---|',
  '| (Pending) | Security Lead | FAIL (conditional) | 2026-02-11 |',
  '| (Pending) | CTO | | |',
  '',
].join('\n');

describe('a phased tracker flagging late items, signed off by nobody yet (set 87)', () => {
  it('reads the status after the overdue flag', () => {
    const plan = parsePlan(REVIEW, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => a.status?.value)]), [
      ['F-01', ['**OVERDUE** — IN PROGRESS']],
      ['F-02', ['NOT STARTED']],
    ]);
    const findings = analyse(REVIEW, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'overdue-action');
    assert.equal(findings.length, 2);
  });

  it('takes no approver from a sign-off row whose name is still (Pending)', () => {
    const plan = parsePlan(REVIEW, 'markdown');
    assert.equal(plan.meta.approvedBy, undefined);
    assert.equal(plan.meta.approvedOn, undefined);
    const approval = analyse(REVIEW, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'missing-approval');
    assert.equal(approval.length, 1);
  });
});

// An ISO 27001 treatment plan: a heading per risk over a table of its controls, owned, dated and tracked, and a table of
// the residual risks the CISO accepted, each ID naming its risk in brackets.
const TREATMENT = [
  '# Risk Treatment Plan',
  '',
  '**Last reviewed:** 2026-10-01',
  '',
  '### RISK-001 — Credential compromise of the cloud account',
  '',
  '**Risk Level:** Critical',
  '**Treatment Option:** Mitigate',
  '',
  '| Control | Annex A Reference | Target Date | Owner | Status |',
  '|---|---|---|---|---|',
  '| Enforce MFA for every IAM user | 8.5 | 30 Sep 2026 | IT Operations | In Progress |',
  '| Enable the access analyzer on every account | 8.2 | 30 Sep 2026 | Engineering | Implemented |',
  '',
  '### RISK-002 — Ransomware on laptops',
  '',
  '**Risk Level:** High',
  '**Treatment Option:** Mitigate',
  '',
  '| Control | Annex A Reference | Target Date | Owner | Status |',
  '|---|---|---|---|---|',
  '| Endpoint protection deployed on all laptops | 8.7 | Complete | IT Operations | Implemented |',
  '| Email filtering blocking malicious attachments | 8.23 | Complete | IT Operations | Implemented |',
  '',
  '## Residual Risk Acceptance',
  '',
  '| Risk ID | Residual Score | Justification | Accepted By | Date |',
  '|---|---|---|---|---|',
  '| RISK-007 (Insider threat) | 8 — Low | Further controls would impair operations | D. Venkat | 01 Oct 2026 |',
  '',
].join('\n');

describe('an ISO 27001 treatment plan with a table of controls under each risk (set 89)', () => {
  it('reads each owned, dated Control row as the risk\'s action, a risk whose controls are all in place too', () => {
    const plan = parsePlan(TREATMENT, 'markdown');
    assert.deepEqual(plan.risks.slice(0, 2).map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value])]), [
      ['RISK-001', [['Enforce MFA for every IAM user', 'IT Operations', '30 Sep 2026', 'In Progress'], ['Enable the access analyzer on every account', 'Engineering', '30 Sep 2026', 'Implemented']]],
      ['RISK-002', [['Endpoint protection deployed on all laptops', 'IT Operations', 'Complete', 'Implemented'], ['Email filtering blocking malicious attachments', 'IT Operations', 'Complete', 'Implemented']]],
    ]);
    const rules = analyse(TREATMENT, 'markdown', { today: '2026-12-07' }).findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-action') && !rules.includes('unread-risk'), rules.join(', '));
    assert.equal(rules.filter((r) => r === 'overdue-action').length, 1);
  });

  it('reads the accepted residual risks with who accepted them and when, so incomplete-acceptance asks only for what is missing', () => {
    const plan = parsePlan(TREATMENT, 'markdown');
    const accepted = plan.risks.find((r) => r.id?.value === 'RISK-007');
    assert.ok(accepted);
    assert.equal(accepted.title?.value, 'Insider threat');
    assert.equal(accepted.acceptance?.approvedBy?.value, 'D. Venkat');
    assert.equal(accepted.acceptance?.approvedOn?.value, '01 Oct 2026');
    const finding = analyse(TREATMENT, 'markdown', { today: '2026-12-07' }).findings.find((f) => f.rule === 'incomplete-acceptance');
    assert.ok(finding);
    assert.match(finding.message, /lacks compensating controls and review date\./);
  });
});

describe('documents titled as a POA&M that are none (sets 88 and 89)', () => {
  it('skips a product roadmap titled POAM that never speaks of security; a homelab tracker naming a firewall stays a plan', () => {
    const roadmap = [
      '# Inventory Tool POAM',
      '',
      '## Near-Term Milestones',
      '',
      '### Cleanup Mode',
      '',
      '- **Summary:** Design a cleanup mode for artifacts proven redundant after reconciliation.',
      '- **Priority:** High.',
      '- **Status:** Planned.',
      '',
      '### Richer Update Flows',
      '',
      '- **Summary:** Extend guided updates for purchase details, locations and tags.',
      '- **Priority:** Medium.',
      '- **Status:** Planned.',
      '',
    ].join('\n');
    assert.deepEqual(recognisePlan('POAM.md', roadmap), {
      reason: 'its title "Inventory Tool POAM" names a plan of action and milestones, but nothing in it speaks of security, a weakness, a vulnerability or compliance: a project\'s roadmap, not a POA&M',
    });
    assert.deepEqual(recognisePlan('POAM.md', roadmap.replace('Extend guided updates', 'Restrict the firewall rules')), { kind: 'markdown' });
  });

  it('skips a page explaining what POAMs are whose only field defines what goes there', () => {
    const explainer = [
      '# Plan of Action and Milestones',
      '',
      '## What are POAMs?',
      '',
      'The plan of action and milestones describes the actions planned to correct deficiencies in the security controls.',
      '',
      '## How are POAMs created?',
      '',
      '- **Mitigation:** the mitigation plan that will be executed',
      '- **Responsible POC:** the key point of contact for this POAM item',
      '',
    ].join('\n');
    assert.match((recognisePlan('poam.md', explainer) as { reason?: string }).reason ?? '', /^its heading "What are POAMs\?" explains/);
    // `## The Purpose of a POA&M`, `## How POA&M Tracking Works` (set 91) explain as `What are POAMs?` does.
    const purposes = explainer.replace('## What are POAMs?', '## **The Purpose of a POA&M**').replace('## How are POAMs created?', '## How POA&M Tracking Works');
    assert.match((recognisePlan('poam.md', purposes) as { reason?: string }).reason ?? '', /^its heading "The Purpose of a POA&M" explains/);
    // A real owner named is a plan's detail: linted, so that no-risks-read says how to write its items.
    assert.deepEqual(recognisePlan('poam.md', explainer.replace('the key point of contact for this POAM item', 'J. Rivera, ISSO')), { kind: 'markdown' });
  });
});

describe('a register grading each risk in its heading over likelihood and impact in words (set 88)', () => {
  it('takes the heading\'s grade as the priority, not the likelihood × impact worked out from the fields', () => {
    const register = [
      '# Risk Register - Top Risks',
      '',
      '## 1. Regulatory Non-Compliance (CRITICAL)',
      '- **Risk**: HIPAA or state board violations',
      '- **Impact**: $50M+ fines, business shutdown',
      '- **Likelihood**: Medium (regulatory landscape evolving)',
      '- **Mitigation**: Engage outside counsel to review the BAA templates',
      '- **Owner**: @legal-compliance',
      '- **ETA**: 2026-03-31',
      '- **Status**: 🔄 Active mitigation',
      '',
      '## 2. Key Compromise (HIGH)',
      '- **Risk**: Signing keys compromised',
      '- **Impact**: Credential validity questioned',
      '- **Likelihood**: Low (HSM protection)',
      '- **Mitigation**: Rotate the signing keys every 90 days',
      '- **Owner**: @security-team',
      '- **ETA**: 2026-04-30',
      '- **Status**: 📋 Planned',
      '',
    ].join('\n');
    const plan = parsePlan(register, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value]), [
      ['Regulatory Non-Compliance', 'CRITICAL'],
      ['Key Compromise', 'HIGH'],
    ]);
    // Likelihood and impact are still read, and shown.
    assert.equal(plan.risks[0].likelihood?.value, 'Medium (regulatory landscape evolving)');
  });
});

describe('a vendor\'s conditions of approval kept as CSV, each keyed by its condition (set 89)', () => {
  const csv = [
    'risk_id,condition_id,description,owner,due_date_note,evidence_of_closure,status',
    'RISK-01,COND-01,"Vendor discloses every subprocessor on the contractual list and confirms none is missing.",Vendor Manager,10 days from decision issue date,Countersigned subprocessor list,open',
    'RISK-02,COND-02,Vendor enforces MFA on all privileged support access.,Vendor Security Lead,2026-03-31,MFA policy export,open',
    '',
  ].join('\n');

  it('reads each condition\'s description as the action, and its deadline note as the due date', () => {
    const plan = parsePlan(csv, 'csv');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.due?.value])]), [
      ['RISK-01', [['Vendor discloses every subprocessor on the contractual list and confirms none is missing.', '10 days from decision issue date']]],
      ['RISK-02', [['Vendor enforces MFA on all privileged support access.', '2026-03-31']]],
    ]);
    const findings = analyse(csv, 'csv', { today: '2026-12-07' }).findings;
    assert.equal(findings.filter((f) => f.rule === 'missing-action').length, 0);
    const due = findings.filter((f) => f.rule === 'missing-due-date');
    assert.equal(due.length, 1);
    assert.match(due[0].message, /^"10 days from decision issue date" is not a date\./);
    assert.equal(findings.filter((f) => f.rule === 'overdue-action').length, 1);
  });
});

describe('a document titled as a register whose headings plan owned, dated work with no rating or status (set 88)', () => {
  const register = [
    '# Risk Register - Top Risks',
    '',
    '## 1. Shared front desk login',
    '- **Mitigation**: Issue named accounts to each receptionist',
    '- **Owner**: Office Manager',
    '- **Due**: 2026-03-31',
    '',
    '## 2. Unencrypted laptops',
    '- **Mitigation**: Enable BitLocker on every laptop',
    '- **Owner**: IT Lead',
    '- **Due**: 2027-04-30',
    '',
  ].join('\n');

  it('reads each heading as a risk with its work, not the first owner as the plan\'s', () => {
    const plan = parsePlan(register, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value])]), [
      ['Shared front desk login', [['Issue named accounts to each receptionist', 'Office Manager', '2026-03-31']]],
      ['Unencrypted laptops', [['Enable BitLocker on every laptop', 'IT Lead', '2027-04-30']]],
    ]);
    assert.equal(plan.meta.owner, undefined);
    const rules = analyse(register, 'markdown', { today: '2026-12-07' }).findings.map((f) => f.rule);
    assert.equal(rules.filter((r) => r === 'overdue-action').length, 1);
    assert.ok(!rules.includes('no-risks-read'));
  });

  it('under a title that names no plan, or with fields that only define what goes there, reads no such heading', () => {
    assert.equal(parsePlan(register.replace('# Risk Register - Top Risks', '# Team Handbook'), 'markdown').risks.length, 0);
    const defined = register.replace('Issue named accounts to each receptionist', 'the mitigation plan that will be executed').replace('Enable BitLocker on every laptop', 'the mitigation plan that will be executed').replace(/- \*\*Due\*\*: .*/g, '- **Due**: the date the team expects to finish').replace(/- \*\*Owner\*\*: .*/g, '- **Owner**: the key point of contact for this item');
    assert.equal(parsePlan(defined, 'markdown').risks.length, 0);
  });
});

describe('an assessment scheduling its fixes in windows, a finding named by its own steps\' words (set 88)', () => {
  const assessment = [
    '# HIPAA Risk Assessment',
    '',
    '**Assessment Date:** 2026-01-05',
    '',
    '## Identified Risks and Mitigation Strategies',
    '',
    '### 1. Third-Party Service Providers Without BAAs',
    '- **Likelihood**: High (3)',
    '- **Impact**: High (3)',
    '- **Mitigation**:',
    '  - Obtain BAAs from the texting and email providers',
    '  - Suspend PHI transmission until BAAs are in place',
    '',
    '## Recommended Action Plan',
    '',
    '### Immediate (Within 7 days)',
    '1. Obtain BAAs from all vendors handling PHI',
    '2. Suspend non-critical PHI processing until BAAs secured',
    '',
    '### Long-term (Within 180 days)',
    '1. Obtain third-party certification',
    '',
  ].join('\n');

  it('dates the finding by the window whose items its steps name, when its title alone shares one word with any item', () => {
    const plan = parsePlan(assessment, 'markdown');
    assert.deepEqual(plan.risks[0].actions.map((a) => a.due?.value), ['Within 7 days', 'Within 7 days']);
    const overdue = analyse(assessment, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'overdue-action');
    assert.equal(overdue.length, 1);
  });
});

describe('accepted residual risks listed by name under their own heading (set 88)', () => {
  const plan = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'wren-residual-risks.md'), 'utf8');

  it('reads each bold-named item as an accepted risk, its words after the name the rationale, its nested lines the rest', () => {
    const model = parsePlan(plan, 'markdown');
    assert.deepEqual(model.risks.map((r) => [r.title?.value, r.treatment?.value, r.acceptance.rationale?.value, r.acceptance.approvedBy?.value]), [
      ['Shared front desk login', undefined, undefined, undefined],
      ['Advanced Persistent Threats', 'accepted', 'Low likelihood, mitigated by defence in depth', undefined],
      ['Zero-Day Vulnerabilities', 'accepted', 'Inherent risk, mitigated by the patching process', 'Practice Owner'],
    ]);
    // The approver nested under an accepted risk is that acceptance's, not the plan's; an item naming a risk read already is its summary.
    assert.equal(model.meta.approvedBy, undefined);
    const rules = analyse(plan, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'incomplete-acceptance').map((f) => f.message);
    assert.deepEqual(rules, [
      'Risk "Advanced Persistent Threats" is accepted but the acceptance lacks approver, approval date, compensating controls and review date. Record them so the decision is documented.',
      'Risk "Zero-Day Vulnerabilities" is accepted but the acceptance lacks compensating controls and review date. Record them so the decision is documented.',
    ]);
  });

  it('reads no risk from a policy\'s steps of accepting one (`- **Documented:** …`, `- **Approved:** …`, set 91)', () => {
    const policy = plan.replace(/## Residual Risks[\s\S]*$/, '### 8.1 Residual Risk Acceptance\nRisks that cannot be further reduced will be:\n- **Documented:** Clear documentation of residual risk rationale\n- **Approved:** Executive approval for risk acceptance\n- **Reviewed:** Annual review of accepted risks\n');
    assert.equal(parsePlan(policy, 'markdown').risks.length, 1);
  });

  it('reads no item where neither the heading nor its lead-in says the risks are accepted', () => {
    const listed = plan.replace('The following risks are accepted with ongoing monitoring:', 'The following risks remain after treatment:');
    assert.equal(parsePlan(listed, 'markdown').risks.length, 1);
    assert.equal(parsePlan(listed.replace('## Residual Risks', '## Accepted Risks'), 'markdown').risks.length, 3);
  });
});

describe('set 90 (held out): a worksheet\'s remaining actions, a POA&M\'s items accepted yet open, a register\'s entries\' review dates', () => {
  it('reads a `Remaining Action` column as the action, so each row is asked for its owner and date', () => {
    const worksheet = '# HIPAA Risk Worksheet\n\n| Risk | Likelihood | Impact | Current Mitigation | Remaining Action |\n| --- | --- | --- | --- | --- |\n| Unauthorized account access | Medium | High | Password hashing | Add an MFA policy for clinic staff accounts |\n| Cross-clinic data exposure | Low | High | Clinic-scoped queries | Add staging tests for cross-clinic isolation |\n';
    const plan = parsePlan(worksheet, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].action?.value), ['Add an MFA policy for clinic staff accounts', 'Add staging tests for cross-clinic isolation']);
    const rules = analyse(worksheet, 'markdown', { today: '2026-12-07' }).findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-action'));
    assert.equal(rules.filter((r) => r === 'missing-owner').length, 2);
  });

  it('takes a status `Open — accepted …` as an accepted risk, asked for its acceptance, not for work overdue', () => {
    const poam = '# POA&M\n\n| ID | Weakness | Control | Severity | Remediation | Owner | Due | Status |\n|---|---|---|---|---|---|---|---|\n| POAM-013 | Monthly monitoring approximated by a weekly trigger | CA-7 | Low | Run the monitoring job monthly | T. Benson | 2026-11-11 | Open — accepted, detection is loud |\n| POAM-011 | No provenance for releases | SR-4 | Medium | Sign every release with cosign | T. Benson | 2026-11-11 | Open |\n';
    const { findings } = analyse(poam, 'markdown', { today: '2026-12-07' });
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => poam.slice(0, f.range.start).split('\n').length);
    assert.deepEqual(at('incomplete-acceptance'), [5]);
    // Its date, kept on the list, is when the acceptance is revisited: lapsed, it is said so.
    assert.deepEqual(at('expired-acceptance'), [5]);
    assert.deepEqual(at('overdue-action'), [6]);
    assert.deepEqual(at('missing-action'), []);
  });

  it('takes a CSV record `accepted-residual` as an accepted risk', () => {
    const csv = 'risk_id,condition_id,description,owner,due_date_note,status\nRISK-01,COND-01,Vendor discloses every subprocessor.,Vendor Manager,2027-03-31,open\nRISK-RES-01,n/a,Vendor remains a single point of failure.,GRC Lead,n/a (accepted residual),accepted-residual\n';
    const plan = parsePlan(csv, 'csv');
    assert.equal(plan.risks[1].treatment?.value, 'accepted-residual');
    assert.deepEqual(analyse(csv, 'csv', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'incomplete-acceptance').length, 1);
  });

  it('dates a register\'s next review by its entries\' review dates when it dates none of its own', () => {
    const entry = (n: number, due: string) => `### RISK-00${n}: Risk ${n}\n\n| Field | Value |\n|---|---|\n| **Likelihood** | 2 (Unlikely) |\n| **Mitigation** | Rotate the API keys of service ${n} |\n| **Owner** | Security officer |\n| **Review Date** | ${due} |\n\n`;
    const register = `# Risk Register\n\n**Last Updated**: 2026-05-20\n\n## Risk Register\n\n${entry(1, '2026-06-24')}${entry(2, '2026-07-30')}`;
    const plan = parsePlan(register, 'markdown');
    assert.equal(plan.meta.nextReview?.value, '2026-06-24');
    const stale = analyse(register, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'stale-review');
    assert.deepEqual(stale.map((f) => f.message), ['The next review was due 2026-06-24 (166 days ago). Review the plan, then record the new last-review and next-review dates.']);
    // One entry's date alone does not date the register's review.
    assert.equal(parsePlan(register.replace(/\| \*\*Review Date\*\* \| 2026-07-30 \|\n/, ''), 'markdown').meta.nextReview, undefined);
  });
});

describe('a POA&M\'s closed items, each with what resolved it (set 90)', () => {
  it('reads a `Resolved by` column worded as the work done as each closed item\'s action, after a table of open items', () => {
    const poam = [
      '# Plan of Action & Milestones (POA&M)',
      '',
      '## Open / in-progress',
      '',
      '| ID | Priority | Weakness | Control(s) | Remediation | Status |',
      '|---|---|---|---|---|---|',
      '| PM-008 | P1 | Desktop binaries unsigned | SI-7 | Sign the macOS and Windows installers in CI | Open |',
      '',
      '## Closed (resolved by the compliance-program change set)',
      '',
      '| ID | Weakness | Control(s) | Resolved by |',
      '|---|---|---|---|',
      '| PM-002 | No CI/CD pipeline | SA-11 | `.github/workflows/ci.yml` (frozen install, lint, typecheck, test) |',
      '| PM-003 | No automated dependency updates | SA-22 | `.github/dependabot.yml` (npm and github-actions) |',
      '',
    ].join('\n');
    const plan = parsePlan(poam, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].action?.value]), [
      ['PM-008', 'Sign the macOS and Windows installers in CI'],
      ['PM-002', '`.github/workflows/ci.yml` (frozen install, lint, typecheck, test)'],
      ['PM-003', '`.github/dependabot.yml` (npm and github-actions)'],
    ]);
  });
});

describe('a register whose risks stand controlled by the controls they list, no action written (set 90)', () => {
  it('asks no evidence of work done where the status only says the listed controls hold the risk', () => {
    const register = [
      '# Risk Register',
      '',
      '**Next review:** 2027-06-24',
      '',
      '### RISK-001: PHI exposure via the API',
      '',
      '| Field | Value |',
      '|-------|-------|',
      '| **Risk Score** | 10 (High) |',
      '| **Existing Controls** | API key authentication, rate limiting, input validation |',
      '| **Mitigation Status** | Controlled -- all upstream findings remediated |',
      '| **Owner** | Security officer |',
      '',
      '### RISK-002: Lost laptops',
      '',
      '| Field | Value |',
      '|-------|-------|',
      '| **Risk Score** | 8 (Medium) |',
      '| **Mitigation** | Encrypt every laptop disk with BitLocker |',
      '| **Mitigation Status** | Done |',
      '| **Owner** | IT Lead |',
      '',
    ].join('\n');
    const at = analyse(register, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'missing-validation').map((f) => register.slice(0, f.range.start).split('\n').length);
    // The work written and done (RISK-002) is still asked for its evidence.
    assert.deepEqual(at, [14]);
  });
});

describe('a quantified register deciding to accept most risks, with who may accept and what brings them back (set 91)', () => {
  it('reads the acceptance\'s columns, and takes no option not selected for work late', () => {
    const csv = [
      'risk_id,threat,treatment,owner,target_date,acceptance_authority,review_trigger,decision',
      'R-001,Unsupported web component,Deferred: retire asset (not selected -- see selection.json),Infrastructure Lead,2026-08-15,Risk owner,Re-evaluate at next quarterly review,accept (not funded this cycle)',
      'R-002,Broken object authorization,enforce server-side object authorization,Engineering Director,2026-09-01,Risk owner,Re-evaluate if exploit evidence changes,treat (funded)',
      '',
    ].join('\n');
    const plan = parsePlan(csv, 'csv');
    assert.equal(plan.risks[0].actions[0].action, undefined);
    assert.equal(plan.risks[0].acceptance.approvedBy?.value, 'Risk owner');
    assert.equal(plan.risks[0].acceptance.reviewBy?.value, 'Re-evaluate at next quarterly review');
    const { findings } = analyse(csv, 'csv', { today: '2026-12-07' });
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => csv.slice(0, f.range.start).split('\n').length);
    assert.deepEqual(at('overdue-action'), [3]);
    assert.deepEqual(findings.filter((f) => f.rule === 'incomplete-acceptance').map((f) => f.message), ['Risk R-001 is accepted but the acceptance lacks rationale, approval date and compensating controls. Record them so the decision is documented.']);
  });
});
