// Issue 12, session 37: what the blind audits of sets 93 to 96 (94, 95 and 96 held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

// A gap analysis: each gap rated, then its fix under a label with a hint, its priority and its target; an approval and a
// document-control block at the foot.
const GAP_ANALYSIS = [
  '# Cloud Platform Gap Analysis',
  '',
  '**Assessment Date**: 2026-05-04',
  '',
  '## Gaps',
  '',
  '### AU-6(3) - Correlate Audit Record Repositories',
  '',
  '**Risk**:',
  '- **Impact**: MEDIUM - Slow investigation across log stores',
  '- **Overall Risk**: LOW (compensating controls)',
  '',
  '**Recommended Enhancement** (optimization, not gap closure):',
  '',
  'Forward the VPN and the database audit logs to the central SIEM index',
  '',
  '**Priority**: MEDIUM',
  '**Target Completion**: 2026-09-30',
  '',
  '### SR-6 - Supplier Assessments',
  '',
  '**Overall Risk**: LOW',
  '',
  '**Recommended Solution**:',
  '',
  'Implement formal Supplier Review Program:',
  '',
  '**Phase 1** - Framework (Week 1-2):',
  '- Write the supplier security questionnaire',
  '- Define risk tiers for suppliers by data access',
  '',
  '**Priority**: LOW',
  '**Target Completion**: 2026-10-31',
  '',
  '## Sign-off',
  '',
  '**Assessment Approval**:',
  '- **Lead Assessor**: R. Okafor',
  '- **Next Assessment**: 2027-05-04 (annual reassessment)',
  '',
  '**Document Control**:',
  '- **Version**: 1.0',
  '- **Next Review**: 2026-08-04 or upon significant system changes',
  '',
].join('\n');

describe('a gap analysis whose fixes, priorities and review are written beside other labels (set 93)', () => {
  const plan = parsePlan(GAP_ANALYSIS, 'markdown');

  it("reads a fix labelled as a recommended enhancement, with a hint after the label, as the gap's action", () => {
    assert.equal(plan.risks[0].actions[0]?.action?.value, 'Forward the VPN and the database audit logs to the central SIEM index');
    assert.equal(plan.risks[0].actions[0]?.due?.value, '2026-09-30');
  });

  it("ranks a gap by the priority written as one, not by its overall risk rating; a rating alone still ranks it", () => {
    assert.equal(plan.risks[0].priority?.value, 'MEDIUM');
    assert.equal(plan.risks[1].priority?.value, 'LOW');
    const ratedOnly = parsePlan(GAP_ANALYSIS.replace('**Priority**: MEDIUM\n', ''), 'markdown');
    assert.equal(ratedOnly.risks[0].priority?.value, 'LOW (compensating controls)');
  });

  it("takes the plan's next review from the line named a review, not from the next assessment written first", () => {
    assert.equal(plan.meta.nextReview?.value, '2026-08-04');
    const assessmentOnly = parsePlan(GAP_ANALYSIS.replace(/- \*\*Next Review\*\*: .*\n/, ''), 'markdown');
    assert.equal(assessmentOnly.meta.nextReview?.value, '2027-05-04 (annual reassessment)');
  });

  it('does not call an action vague when it introduces the list that names its objects', () => {
    const rules = (text: string) => analyse(text, 'markdown', { today: '2026-06-01' }).findings.filter((f) => f.rule === 'vague-action' || f.rule === 'missing-action').map((f) => `${text.slice(0, f.range.start).split('\n').length}:${f.rule}`);
    assert.deepEqual(rules(GAP_ANALYSIS), []);
    // Without the list below it, the same words name no deliverable.
    const alone = GAP_ANALYSIS.replace(/\*\*Phase 1\*\*[^\n]*\n- [^\n]*\n- [^\n]*\n/, '');
    assert.deepEqual(rules(alone), ['26:vague-action']);
  });
});

// A STRIDE register kept as YAML: each risk names its mitigations by ID, and a list at the foot defines some of them.
const STRIDE_REGISTER = [
  'version: "1.0.0"',
  'last_updated: "2026-02-10"',
  'review_cycle: quarterly',
  '',
  'risks:',
  '  - id: RISK-T-001',
  '    title: Tampered build cache',
  '    severity: high',
  '    mitigations:',
  '      - MIT-001  # Signed cache entries',
  '      - MIT-014  # Cache eviction on mismatch',
  '    owner: build-team',
  '    status: active',
  '    last_review: "2026-02-10"',
  '  - id: RISK-T-002',
  '    title: Prompt injection through file names',
  '    severity: medium',
  '    mitigations:',
  '      - MIT-002',
  '    owner: security-team',
  '    status: active',
  '    last_review: "2026-02-10"',
  '  - id: RISK-T-003',
  '    title: Log files overwritten by the agent',
  '    severity: low',
  '    mitigations:',
  '      - MIT-003',
  '    owner: security-team',
  '    status: active',
  '    last_review: "2026-02-10"',
  '',
  'mitigations:',
  '  - id: MIT-001',
  '    title: Sign every build cache entry with the CI key',
  '    status: implemented',
  '  - id: MIT-002',
  '    title: Quote file names in every prompt template',
  '    status: pending',
  '  - id: MIT-003',
  '    title: Write the agent log to an append-only file',
  '    status: pending',
  '',
].join('\n');

describe("a YAML register's mitigations named by ID, some never defined, and its own review cycle (set 94)", () => {
  const analysis = analyse(STRIDE_REGISTER, 'yaml', { today: '2026-12-07' });
  const at = (f: { range: { start: number } }) => STRIDE_REGISTER.slice(0, f.range.start).split('\n').length;

  it('reads a defined mitigation from the list, and marks one the list lacks, without the status the risk gives itself', () => {
    const actions = analysis.plan.risks[0].actions;
    assert.deepEqual(actions.map((a) => [a.action?.value, a.status?.value, a.undefinedEntry]), [
      ['Sign every build cache entry with the CI key', 'implemented', undefined],
      ['MIT-014', undefined, { id: 'MIT-014', list: 'mitigations' }],
    ]);
  });

  it('says the mitigation is not defined, where vague-action said only that "MIT-014" was too short', () => {
    const vague = analysis.findings.filter((f) => f.rule === 'vague-action');
    assert.deepEqual(vague.map((f) => [at(f), f.messageId]), [[11, 'undefinedEntry']]);
    assert.match(vague[0].message, /^"MIT-014" only names an entry of "mitigations" that this file does not define/);
  });

  it("judges the review by the register's own cycle (quarterly), not the default year", () => {
    const stale = analysis.findings.filter((f) => f.rule === 'stale-review');
    assert.equal(stale.length, 1);
    assert.match(stale[0].message, /interval 91 days, the plan's own review cycle \("quarterly"\)/);
    // Without the cycle, ten months since the last review are within the default year.
    const yearly = analyse(STRIDE_REGISTER.replace('review_cycle: quarterly\n', ''), 'yaml', { today: '2026-12-07' });
    assert.deepEqual(yearly.findings.filter((f) => f.rule === 'stale-review'), []);
  });
});

// A closed-out register: a summary table rating each risk before and after, then a treatment section per risk.
const CLOSED_REGISTER = [
  '# Cloud Security Risk Register',
  '',
  '| Risk ID | Risk | Baseline exposure | Residual risk | Status | Owner |',
  '|---|---|---|---|---|---|',
  '| CS-RISK-01 | Long-lived deploy keys | High | Low | Mitigated | Platform Security |',
  '',
  '### CS-RISK-01 — Deploy keys',
  '',
  '**Treatment:** Mitigated through OIDC token exchange and 15-minute deploy tokens.',
  '',
  '**Status:** Mitigated',
  '',
].join('\n');

describe('a register that rates its baseline exposure and says what a risk was mitigated through (set 94)', () => {
  it('ranks the risk by its baseline exposure, and reads the means after "mitigated through" as its action', () => {
    const [risk] = parsePlan(CLOSED_REGISTER, 'markdown').risks;
    assert.equal(risk.priority?.value, 'High');
    assert.equal(risk.inherentRisk?.value, 'High');
    assert.equal(risk.residualRisk?.value, 'Low');
    assert.equal(risk.treatment?.value, 'Mitigated');
    assert.equal(risk.actions[0]?.action?.value, 'OIDC token exchange and 15-minute deploy tokens.');
  });
});

// A draft plan's register: its Treatment column mostly says what is done, one cell accepts the risk and says on what it leans.
const DRAFT_REGISTER = [
  '# HIPAA Risk Management Plan',
  '',
  '| ID | Risk | L | I | Score | Treatment | Owner | Target |',
  '|----|------|---|---|-------|-----------|-------|--------|',
  '| R-01 | Vendors hold PHI without a BAA | 4 | 5 | 20 | Execute BAAs with the three hosting vendors | Legal | 2027-01-31 |',
  '| R-02 | PHI in the database without app-layer encryption | 3 | 4 | 12 | Accept + provider disk encryption; reassess field-level | Eng | 2027-03-31 |',
  '| R-03 | Audit log can be altered | 3 | 4 | 12 | Move the audit log to WORM storage | Eng | 2027-02-28 |',
  '',
].join('\n');

describe('a Treatment column of work in which one cell accepts the risk (set 94)', () => {
  it('reads that cell as an acceptance leaning on what follows the "+", and the others as actions', () => {
    const risks = parsePlan(DRAFT_REGISTER, 'markdown').risks;
    assert.deepEqual(risks.map((r) => [r.id?.value, r.treatment?.value, r.acceptance?.rationale?.value, r.actions[0]?.action?.value]), [
      ['R-01', undefined, undefined, 'Execute BAAs with the three hosting vendors'],
      ['R-02', 'Accept', 'provider disk encryption; reassess field-level', undefined],
      ['R-03', undefined, undefined, 'Move the audit log to WORM storage'],
    ]);
    const rules = analyse(DRAFT_REGISTER, 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.range.start >= DRAFT_REGISTER.indexOf('| R-02')).filter((f) => f.range.start < DRAFT_REGISTER.indexOf('| R-03')).map((f) => f.rule);
    assert.deepEqual(rules, ['incomplete-acceptance']);
  });
});

// A POA&M item per heading, its fields in a two-column table, its milestones one cell of dated steps; another item's as a list.
const POAM_ITEMS = [
  '# Plan of Action and Milestones: CaseFile',
  '',
  '### POAM-001 — Overprivileged Supervisor Role',
  '',
  '| Field | Detail |',
  '|---|---|',
  '| **Weakness Description** | The Supervisor role keeps broad read access to the case database. |',
  '| **Risk Rating** | Moderate |',
  '| **Recommended Corrective Action** | Redesign the Supervisor role and remove its standing read access to the case database. |',
  '| **Scheduled Completion** | Q4 2026 |',
  '| **Milestones** | Access audit complete (Sep 2026) → Role redesign approved (Oct 2026) → Implementation and validation (Jan 2027) |',
  '| **Status** | Ongoing |',
  '| **POC** | ISSO |',
  '',
  '### POAM-002 — No MFA on the VPN',
  '',
  '**Risk Rating:** High',
  '**Corrective Action:** Enable MFA on the VPN for every account',
  '**Milestones:**',
  '- Token vendor selected (Sep 2026)',
  '- Rollout complete (Feb 2027)',
  '**Status:** Ongoing',
  '**POC:** ISSM',
  '',
].join('\n');

describe("a POA&M item's milestones, each closing with its date in brackets (set 94)", () => {
  const analysis = analyse(POAM_ITEMS, 'markdown', { today: '2026-12-07' });

  it('reads each milestone of a cell or of a list as a dated step of the item, its owner and status those of the item', () => {
    assert.deepEqual(
      analysis.plan.risks.map((r) => r.actions.map((a) => [a.action?.value, a.due?.value, a.owner?.value, a.status?.value, a.milestone ?? false])),
      [
        [
          ['Redesign the Supervisor role and remove its standing read access to the case database.', 'Q4 2026', 'ISSO', 'Ongoing', false],
          ['Access audit complete', 'Sep 2026', 'ISSO', 'Ongoing', true],
          ['Role redesign approved', 'Oct 2026', 'ISSO', 'Ongoing', true],
          ['Implementation and validation', 'Jan 2027', 'ISSO', 'Ongoing', true],
        ],
        [
          ['Enable MFA on the VPN for every account', undefined, 'ISSM', 'Ongoing', false],
          ['Token vendor selected', 'Sep 2026', 'ISSM', 'Ongoing', true],
          ['Rollout complete', 'Feb 2027', 'ISSM', 'Ongoing', true],
        ],
      ],
    );
  });

  it('reports each milestone past its date on an item still open, and does not judge its wording as an action', () => {
    const lines = (rule: string) => analysis.findings.filter((f) => f.rule === rule).map((f) => `${POAM_ITEMS.slice(0, f.range.start).split('\n').length}:${POAM_ITEMS.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(lines('overdue-action'), ['11:Sep 2026', '11:Oct 2026', '20:Sep 2026']);
    assert.deepEqual(lines('vague-action'), []);
  });

  it('leaves a milestone cell of words alone, and judges milestones that are the only work written', () => {
    const words = parsePlan(POAM_ITEMS.replace(/\| \*\*Milestones\*\* \|[^\n]*/, '| **Milestones** | Audit, then redesign, then rollout |'), 'markdown');
    assert.equal(words.risks[0].actions.length, 1);
    const alone = analyse(POAM_ITEMS.replace('**Corrective Action:** Enable MFA on the VPN for every account\n', ''), 'markdown', { today: '2026-12-07' });
    assert.deepEqual(alone.plan.risks[1].actions.map((a) => a.action?.value), ['Token vendor selected', 'Rollout complete']);
    assert.ok(alone.findings.some((f) => f.rule === 'vague-action'), alone.findings.map((f) => f.rule).join(' '));
  });
});

// A remediation tracker kept by priority: each item's checklist under `### What to do`, the files a fix changed under `### Files modified`.
const TRACKER = [
  '# Security Remediation Tracker',
  '',
  '**Last Updated:** 2026-03-16',
  '',
  '## Priority 1 — Enable TLS verification by default',
  '',
  '**Severity:** HIGH',
  '**Status:** [x] Complete',
  '',
  '### What to do',
  '- [x] Change `VERIFY_SSL` default from `False` to `True`',
  '- [x] Update `.env.example` to show `VERIFY_SSL=true`',
  '',
  '### Files modified',
  '- `backend/app/core/config.py:21` — flipped the default to `True`',
  '',
  '## Priority 2 — Remaining low items',
  '',
  '**Severity:** LOW',
  '**Status:** [ ] Not Started',
  '',
  '### What to do',
  '- [ ] Rotate the deploy key for the staging cluster',
  '',
].join('\n');

describe('a tracker whose items list what to do and the files they changed (set 95)', () => {
  it('reads each priority heading as an item, its "What to do" checklist as its actions, its files modified as its evidence', () => {
    const risks = parsePlan(TRACKER, 'markdown').risks;
    assert.deepEqual(risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['Enable TLS verification by default', 'HIGH', ['Change `VERIFY_SSL` default from `False` to `True`', 'Update `.env.example` to show `VERIFY_SSL=true`']],
      ['Remaining low items', 'LOW', ['Rotate the deploy key for the staging cluster']],
    ]);
    assert.equal(risks[0].evidence?.value.startsWith('`backend/app/core/config.py:21`'), true);
    const rules = analyse(TRACKER, 'markdown', { today: '2026-12-07' }).findings.map((f) => `${TRACKER.slice(0, f.range.start).split('\n').length}:${f.rule}`);
    assert.ok(!rules.some((r) => r.endsWith('missing-validation')), rules.join(' '));
    assert.ok(rules.includes('17:missing-owner') && rules.includes('17:missing-due-date'), rules.join(' '));
  });
});

describe("a CSV register's target window and its evidence of closure, with no action column (set 95)", () => {
  const CSV = [
    'risk_id,risk_statement,priority,owner,target_window,verification_evidence',
    'R-01,Two users lack MFA enrollment,Critical,Office Manager,0-14 days,MFA roster shows 6 of 6 named users enrolled',
    'R-02,Backups never restored,High,Owner/Bookkeeper,30-90 days,',
    '',
  ].join('\n');
  const analysis = analyse(CSV, 'csv', { today: '2026-12-07' });

  it('reads the target window as the due date, a window the register gives no start for', () => {
    assert.deepEqual(analysis.plan.risks.map((r) => r.actions[0]?.due?.value), ['0-14 days', '30-90 days']);
  });

  it('says a risk with only its evidence written has no action, quoting the evidence', () => {
    const found = analysis.findings.filter((f) => f.rule === 'missing-action');
    assert.deepEqual(found.map((f) => f.messageId), ['evidenceOnly', 'missing']);
    assert.match(found[0].message, /^Risk R-01 has no planned action: only its evidence is written \("MFA roster shows 6 of 6 named users enrolled"\), not what will be done\./);
    assert.match(found[1].message, /^Risk R-02 has no planned action\. Add an Action/);
  });
});

describe('a risk transferred and accepted in one treatment cell (set 95)', () => {
  const register = (treatment: string) =>
    [
      '# Risk Register',
      '',
      '| ID | Risk | Residual | Treatment | Action / owner |',
      '|---|---|---|---|---|',
      `| R13 | Sub-processor incident | Low | ${treatment} | Execute DPAs with every sub-processor · *Legal* |`,
      '',
    ].join('\n');
  const found = (treatment: string) => analyse(register(treatment), 'markdown', { today: '2026-12-07' }).findings.filter((f) => f.rule === 'incomplete-acceptance');

  it('asks for the record of the part accepted, naming both options', () => {
    assert.deepEqual(found('Transfer/Accept').map((f) => [f.messageId, f.message]), [
      ['incompleteInPart', 'Risk R13 is accepted in part ("Transfer/Accept") but the acceptance lacks rationale, approver, approval date, compensating controls and review date. Record them so the decision is documented.'],
    ]);
  });

  it('asks nothing of a risk transferred or mitigated alone, and as before of one accepted alone', () => {
    assert.deepEqual(found('Transfer'), []);
    assert.deepEqual(found('Mitigate/Transfer'), []);
    assert.deepEqual(found('Accept').map((f) => f.messageId), ['incomplete']);
  });
});

describe("a checklist whose title closes with its date (set 95)", () => {
  const CHECKLIST = (title: string) =>
    [
      title,
      '',
      '| Area | Status | Gap / Risk | Required Fix |',
      '|---|---|---|---|',
      '| AuthZ | Missing | Any caller can read tenant data by ID | Add mandatory auth on all API routes |',
      '| Secrets | Partial | Demo users ship in the production build | Remove demo users from the production build |',
      '',
    ].join('\n');

  it('dates the document by it, so the missing review is said against that date', () => {
    const plan = parsePlan(CHECKLIST('# HIPAA Gap Checklist (Ontogra) - 2026-02-19'), 'markdown');
    assert.equal(plan.meta.documentDate?.value, '2026-02-19');
    for (const title of ['# HIPAA Gap Checklist 2026-02-19', '# HIPAA Gap Checklist - Phase 2']) {
      assert.equal(parsePlan(CHECKLIST(title), 'markdown').meta.documentDate, undefined, title);
    }
  });
});

describe('a summary of a POA&M kept in another file (set 96)', () => {
  const SUMMARY = (lead: string) =>
    [
      '# POA&M Summary -- May 2026',
      '',
      lead,
      '',
      '## Totals',
      '',
      '| Metric | Count |',
      '|---|---:|',
      '| Open POA&M items (this cycle) | **3,760** |',
      '| DR-adjudicated (False Positive via FP-0002) | 43 |',
      '',
    ].join('\n');

  it('is skipped, quoting the line that says where the plan is kept, when no risk is read in it', () => {
    const recognised = recognisePlan('POAM-SUMMARY.md', SUMMARY('> The full POA&M is in `POAM-2026-05.xlsx` (2.3 MB). This summary provides the key metrics.'));
    assert.equal(recognised.kind, undefined);
    assert.match('reason' in recognised ? recognised.reason : '', /^it says the plan it sums up is kept elsewhere \("The full POA&M is in POAM-2026-05\.xlsx/);
  });

  it('is linted without that line, or when named as a plan', () => {
    assert.deepEqual(recognisePlan('POAM-SUMMARY.md', SUMMARY('This summary provides the key metrics.')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-summary.rmp.md', SUMMARY('> The full POA&M is in `POAM-2026-05.xlsx`.')), { kind: 'markdown' });
  });
});

describe('a POA&M with an SLA date, the original target and the current one (set 96)', () => {
  const CSV = [
    'POA&M ID,Weakness,Corrective Action,Owner,SLA Date,Original Target Date,Current Target Date,Target Change Reason,Current Status',
    'POAM-004,Stale admin accounts,Disable the 14 stale admin accounts in Entra ID,Nadia Rahman (IAM Engineer),2027-02-03,2026-10-31,2026-10-31,,In Progress',
    'POAM-011,No EDR on build agents,Deploy the EDR agent to the 6 build agents,Lee Park (Platform),2026-11-05,2026-11-05,2026-12-15,Vendor licence delayed (approved),Delayed',
    '',
  ].join('\n');

  it('holds each item to its current target date, in a CSV export and in a Markdown table', () => {
    const overdue = (text: string, kind: 'csv' | 'markdown') => analyse(text, kind, { today: '2026-12-07' }).findings.filter((f) => f.rule === 'overdue-action').map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(parsePlan(CSV, 'csv').risks.map((r) => r.actions[0]?.due?.value), ['2026-10-31', '2026-12-15']);
    assert.deepEqual(overdue(CSV, 'csv'), ['2026-10-31']);
    const table = ['# POA&M', '', ...CSV.trim().split('\n').map((line, i) => `| ${line.split(',').join(' | ')} |${i === 0 ? `\n|${'---|'.repeat(9)}` : ''}`), ''].join('\n');
    assert.deepEqual(parsePlan(table, 'markdown').risks.map((r) => r.actions[0]?.due?.value), ['2026-10-31', '2026-12-15']);
    assert.deepEqual(overdue(table, 'markdown'), ['2026-10-31']);
  });

  it('keeps a lone SLA date, or a first plain target before an original one, as the deadline', () => {
    const sla = CSV.replace(',Original Target Date,Current Target Date', ',Notes A,Notes B');
    assert.deepEqual(parsePlan(sla, 'csv').risks.map((r) => r.actions[0]?.due?.value), ['2027-02-03', '2026-11-05']);
    const plain = CSV.replace('SLA Date,Original Target Date,Current Target Date', 'Target Date,Original Target Date,Notes');
    assert.deepEqual(parsePlan(plain, 'csv').risks.map((r) => r.actions[0]?.due?.value), ['2027-02-03', '2026-11-05']);
  });
});

describe("a JSON register's owner role beside the person assigned (set 96)", () => {
  const REGISTER = (assigned: string) =>
    JSON.stringify({
      prepared_on: '2026-10-08',
      risks: [1, 2, 3].map((n) => ({
        id: `R0${n}`,
        threat: `Threat ${n} against the patient portal`,
        likelihood: 4,
        impact: 5,
        treatment: 'Enforce MFA on every patient portal administrator account',
        owner_role: 'application + security',
        assigned_owner: JSON.parse(assigned),
        target_date: '2027-01-31',
        treatment_status: 'open',
      })),
    }, null, 2);

  it('takes the person assigned as the owner: none assigned is no owner, whatever role is named', () => {
    const unassigned = analyse(REGISTER('null'), 'json', { today: '2026-12-07' });
    assert.deepEqual(unassigned.plan.risks.map((r) => r.actions[0]?.owner?.value ?? ''), ['', '', '']);
    assert.equal(unassigned.findings.filter((f) => f.rule === 'missing-owner').length, 3);
    const assigned = parsePlan(REGISTER('"Dana Whitfield"'), 'json');
    assert.deepEqual(assigned.risks.map((r) => r.actions[0]?.owner?.value), ['Dana Whitfield', 'Dana Whitfield', 'Dana Whitfield']);
  });

  it('takes the role when the register names no person at all', () => {
    const roleOnly = REGISTER('null').replace(/\n\s*"assigned_owner": null,/g, '');
    assert.deepEqual(parsePlan(roleOnly, 'json').risks.map((r) => r.actions[0]?.owner?.value), ['application + security', 'application + security', 'application + security']);
  });
});

describe("a register's assessment criteria listed as bold labels (set 96)", () => {
  const REGISTER = [
    '# Security Risk Register',
    '',
    '## Open Risks',
    '',
    '### R012: Session tokens never expire',
    '',
    '- **Action:** Expire session tokens after 12 hours of inactivity',
    '- **Owner:** Platform team',
    '- **Due:** 2027-01-31',
    '- **Priority:** High',
    '',
    '## Risk Assessment Methodology',
    '',
    '### Assessment Criteria',
    '',
    "1. **Exploitability**: How easy is it to exploit?",
    "2. **Impact**: What's the worst-case outcome?",
    '',
  ].join('\n');

  it('reads no risk from them', () => {
    assert.deepEqual(parsePlan(REGISTER, 'markdown').risks.map((r) => r.id?.value ?? r.title?.value), ['R012']);
  });
});

describe("a CSV POA&M's milestones, each with its date and status in brackets (set 96)", () => {
  const CSV = [
    'POA&M ID,Weakness,Corrective Action,Milestones,Owner,Current Target Date,Current Status',
    'POAM-015,Tier 1 vendors overdue for assessment,Assess the overdue Tier 1 vendors and approve the C-SCRM plan,M1 Assess Pulsewire and Ironpeak (due 2026-11-30; In Progress) | M2 Approve C-SCRM plan (due 2027-01-15; Not Started),Beth Kowalski,2027-02-03,In Progress',
    'POAM-003,Standing admin rights in AWS,Issue separate admin accounts and enable JIT elevation,M1 Remove excess grants (due 2026-08-21; Done) | M2 Implement JIT elevation (due 2026-10-23; In Progress),Ana Ruiz,2026-11-05,In Progress',
    '',
  ].join('\n');
  const analysis = analyse(CSV, 'csv', { today: '2026-12-07' });

  it("reads them as the item's dated steps, each with its own status and the item's owner", () => {
    assert.deepEqual(analysis.plan.risks[0].actions.map((a) => [a.action?.value, a.due?.value, a.status?.value, a.owner?.value, a.milestone ?? false]), [
      ['Assess the overdue Tier 1 vendors and approve the C-SCRM plan', '2027-02-03', 'In Progress', 'Beth Kowalski', false],
      ['M1 Assess Pulsewire and Ironpeak', '2026-11-30', 'In Progress', 'Beth Kowalski', true],
      ['M2 Approve C-SCRM plan', '2027-01-15', 'Not Started', 'Beth Kowalski', true],
    ]);
  });

  it('reports a milestone late while its item is still within its date, and only the item once the item is late', () => {
    const late = analysis.findings.filter((f) => f.rule === 'overdue-action').map((f) => `${CSV.slice(0, f.range.start).split('\n').length}:${CSV.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(late, ['2:2026-11-30', '3:2026-11-05']);
  });
});
