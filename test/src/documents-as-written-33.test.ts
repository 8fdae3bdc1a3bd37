// Issue 12, session 33: what set 82's delta audit still found wrong on a remediation tracker, written here anew. The
// tracker groups its issues under week headings that give each week's effort (`## WEEK 3: Stability & UX (10 days)`), lists
// each issue's fix as numbered steps whose sub-bullets finish a step's sentence, names its server (`VPS-00`) in the plan's
// header and in sub-headings of issues, and gives one fix as the commands that apply it.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const TRACKER = [
  '# Clinic Chat - Remediation Tracker',
  '',
  '**Date Started**: November 20, 2026',
  '**Production Server**: APP-01 (chat.example.org)',
  '',
  '## EMERGENCY BLOCKER (Day 0)',
  '',
  '### ISSUE-000: Worker Process Down on APP-01',
  '',
  '**Status**: COMPLETED',
  '**Priority**: CRITICAL',
  '',
  '#### Fix Commands',
  '```bash',
  'npm install',
  'pm2 restart chat-worker',
  '```',
  '',
  '## WEEK 3: Stability & UX (10 days)',
  '',
  '### ISSUE-018: Database Schema Drift',
  '',
  '**Status**: NOT STARTED',
  '**Priority**: HIGH',
  '',
  '#### Database State (APP-01)',
  '```',
  'Documents: 1 (status: pending)',
  '```',
  '',
  '#### Fix Requirements',
  '1. Generate migration for missing columns:',
  '   - `channels.metadata`',
  '   - `webhooks.metadata`',
  '2. Apply the schema migration to the production database',
  '',
  '### ISSUE-019: Conversations Page Missing',
  '',
  '**Status**: NOT STARTED',
  '**Priority**: MEDIUM',
  '',
  '#### APP-01 State',
  'No page is served.',
  '',
  '#### Fix Requirements',
  '1. Create the ConversationsPage component',
  '2. Show conversation list with:',
  '   - Contact name',
  '   - Channel type',
  '3. Add a conversation detail view with the full message history',
  '',
].join('\n');

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('documents as written (issue 12, session 33)', () => {
  it('takes a bracketed count after a week heading (`WEEK 3: … (10 days)`) as its effort, not a deadline', () => {
    // The issue's own steps share its title's words: they are its steps, not a schedule's items naming it.
    const week = [
      '# Clinic Chat - Remediation Tracker',
      '',
      '**Date:** 2026-11-20',
      '',
      '## WEEK 3: Stability & UX (10 days)',
      '',
      '### ISSUE-018: Database Schema Drift',
      '',
      '**Status**: NOT STARTED',
      '**Priority**: HIGH',
      '',
      '#### Fix Requirements',
      '1. Generate migration for missing columns',
      '2. Apply the schema migration to the production database',
      '',
    ].join('\n');
    for (const text of [week, TRACKER]) {
      const dues = parsePlan(text, 'markdown').risks.flatMap((r) => r.actions.map((a) => a.due?.value)).filter((due) => due !== undefined);
      assert.deepEqual(dues, []);
    }
    const found = analyse(week, 'markdown', { today: '2027-12-07' }).findings;
    assert.ok(!found.some((f) => f.rule === 'overdue-action'), found.map((f) => f.rule).join(' '));
    assert.ok(found.some((f) => f.rule === 'missing-due-date'), found.map((f) => f.rule).join(' '));
  });

  it('still dates the items a period heading schedules (`### Phase 1: Critical Fixes (Week 1)`) for findings written elsewhere', () => {
    const text = [
      '# Security Review',
      '',
      '**Date:** 2026-11-02',
      '',
      '## Findings',
      '',
      '### 1. Missing Security Headers',
      '',
      '**Severity:** High',
      '',
      '## Remediation Plan',
      '',
      '### Phase 1: Critical Fixes (Week 1)',
      '',
      '- [ ] Add security headers to every response',
      '',
    ].join('\n');
    const risk = parsePlan(text, 'markdown').risks[0];
    assert.equal(risk.actions[0].due?.value, 'Week 1');
  });

  it('reads a numbered step whose sub-bullets finish it as one step, worded by both', () => {
    const plan = parsePlan(TRACKER, 'markdown');
    const drift = plan.risks.find((r) => r.id?.value === 'ISSUE-018')!;
    assert.deepEqual(drift.actions.map((a) => a.action?.value), [
      'Generate migration for missing columns: channels.metadata; webhooks.metadata',
      'Apply the schema migration to the production database',
    ]);
    const page = plan.risks.find((r) => r.id?.value === 'ISSUE-019')!;
    assert.equal(page.actions[1].action?.value, 'Show conversation list with: Contact name, Channel type');
  });

  it('keeps a sub-heading that names the plan\'s server (`#### APP-01 State`) inside the issue it is under', () => {
    const plan = parsePlan(TRACKER, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['ISSUE-000', 'ISSUE-018', 'ISSUE-019']);
    for (const risk of plan.risks.slice(1)) assert.ok(risk.actions.length >= 2, `${risk.id?.value}: ${risk.actions.map((a) => a.action?.value).join(' | ')}`);
  });

  it('still opens a risk at a deeper heading whose ID the header does not name', () => {
    const text = TRACKER.replace('#### APP-01 State', '#### CACHE-7: Page Cache Stale');
    assert.ok(parsePlan(text, 'markdown').risks.some((r) => r.id?.value === 'CACHE-7'));
  });

  it('takes an action with a status in words of its own and a completion day as done: no due date asked', () => {
    const text = [
      '# Clinic Chat - Remediation Tracker',
      '',
      '### ISSUE-000: Worker Process Down',
      '',
      '- **Action:** Reinstall the worker\'s packages and restart it',
      '- **Owner:** Platform Lead',
      '- **Status:** 🔴 BLOCKING PRODUCTION',
      '- **Completed:** 2026-11-21',
      '',
    ].join('\n');
    const rules = (t: string) => analyse(t, 'markdown', { today: '2027-12-07' }).findings.map((f) => f.rule);
    assert.ok(!rules(text).includes('missing-due-date'), rules(text).join(' '));
    // Without the day, the same status leaves the action open, and its deadline is asked for.
    assert.ok(rules(text.replace('- **Completed:** 2026-11-21\n', '')).includes('missing-due-date'));
  });

  it('reads `#### Fix Commands` as the fix of a completed issue: no missing-action', () => {
    const blocker = parsePlan(TRACKER, 'markdown').risks[0];
    assert.match(blocker.actions[0].action?.value ?? '', /npm install/);
    const found = analyse(TRACKER, 'markdown', { today: '2027-12-07' }).findings;
    assert.ok(!found.some((f) => f.rule === 'missing-action' && lineOf(TRACKER, f.range.start) === 8), found.map((f) => `${f.rule}@${lineOf(TRACKER, f.range.start)}`).join(' '));
  });

  it('takes a Risk Level column over a Severity column as the priority, the severity as the impact, in either language', () => {
    const english = [
      '# Risk Register',
      '',
      '| # | Risk | Likelihood | Severity | Risk Level | Action |',
      '|---|---|---|---|---|---|',
      '| R4 | PII leak in logs | Low | High | MEDIUM | Add a PII pattern filter to the logger |',
      '',
    ].join('\n');
    const german = [
      '# Datenschutz-Folgenabschätzung',
      '',
      '| # | Risiko | Eintritts-WK | Schwere | Risiko-Level | Maßnahme |',
      '|---|---|---|---|---|---|',
      '| R4 | PII-Leak in Logs | Niedrig | Hoch | MITTEL | PII-Pattern-Filter im Logger einbauen |',
      '',
    ].join('\n');
    for (const [text, level, severity, likelihood] of [[english, 'MEDIUM', 'High', 'Low'], [german, 'MITTEL', 'Hoch', 'Niedrig']]) {
      const risk = parsePlan(text, 'markdown').risks[0];
      assert.equal(risk.priority?.value, level);
      assert.equal(risk.impact?.value, severity);
      assert.equal(risk.likelihood?.value, likelihood);
    }
  });

  it('still takes a lone Severity column as the priority', () => {
    const text = ['# Risk Register', '', '| # | Risk | Severity | Action |', '|---|---|---|---|', '| R4 | PII leak in logs | High | Add a PII pattern filter to the logger |', ''].join('\n');
    assert.equal(parsePlan(text, 'markdown').risks[0].priority?.value, 'High');
  });

  it('reads a hazard\'s `### Additional Recommendations` checklist as its open work (83/04)', () => {
    const text = [
      '# Clinical Safety Hazard Log',
      '',
      '## H-001: Wrong Patient Record Displayed',
      '',
      '### Mitigations Implemented',
      '- Session-based access control',
      '',
      '### Additional Recommendations',
      '- [ ] Add session fingerprinting',
      '- [ ] Require re-authentication for high-risk actions',
      '',
    ].join('\n');
    const actions = parsePlan(text, 'markdown').risks[0].actions;
    for (const step of ['Add session fingerprinting', 'Require re-authentication for high-risk actions']) {
      const action = actions.find((a) => a.action?.value === step);
      assert.equal(action?.status?.value, '[ ]', `${step}: ${actions.map((a) => a.action?.value).join(' | ')}`);
    }
  });

  it('dates the document by `**As of:**` and by German `**Stand:**`', () => {
    for (const label of ['As of', 'Stand']) {
      const text = [`# Plan of Action and Milestones`, '', `**${label}:** 2026-09-23`, '', '| ID | Risk | Action |', '|---|---|---|', '| R-1 | Shared logins | Enable SSO |', ''].join('\n');
      assert.equal(parsePlan(text, 'markdown').meta.documentDate?.value, '2026-09-23', label);
    }
  });

  it('takes the owner of a document-control footer beside its dates as the plan\'s, and no other owner line below the header', () => {
    const footer = ['', '## Quick Links', '', '- App: https://chat.example.org', '', '---', '', '**Last Updated**: 2026-11-20', '**Next Review**: 2027-05-20', '**Owner**: Development Team', ''].join('\n');
    assert.equal(parsePlan(TRACKER + footer, 'markdown').meta.owner?.value, 'Development Team');
    const method = ['', '## Method', '', '**Owner**: Assessment Team', '', 'Risks were rated by likelihood and impact.', ''].join('\n');
    assert.equal(parsePlan(TRACKER + method, 'markdown').meta.owner, undefined);
  });

  it('ends a table row read as an item with its table: a sign-off\'s `**Next Review Date**` after it is the plan\'s (84/07)', () => {
    const text = [
      '# Incident Postmortem: Leaked API Keys',
      '',
      '## Action Items',
      '',
      '| Priority | Action | Owner | Due Date | Status |',
      '|----------|--------|-------|----------|--------|',
      '| P0 | Complete secret rotation | Platform Team | 2025-01-11 | In Progress |',
      '| P2 | Schedule quarterly secret rotation | Platform Team | 2025-01-31 | Planned |',
      '',
      '## Sign-off',
      '',
      '**Management Approval**: Technical Leadership',
      '**Next Review Date**: 2025-02-10',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'markdown');
    assert.equal(plan.meta.nextReview?.value, '2025-02-10');
    assert.equal(plan.risks[1].acceptance?.reviewBy, undefined);
  });

  it('reads the plan\'s dates from a header written as headings (`## Assessment Date: 2026-02-03`) (84/05)', () => {
    const text = ['# Compliance Gap Register', '', '## Document Version: 1.0', '## Assessment Date: 2026-02-03', '', '### GAP-1: Unpatched dependencies', '', '**Owner:** Platform Lead', '**Fix:** Upgrade the vulnerable packages', ''].join('\n');
    assert.equal(parsePlan(text, 'markdown').meta.riskAnalysis?.date?.value, '2026-02-03');
  });

  it('reads a vendor risk register\'s vendors under `## Vendor Risk Register`, each graded by its stage table\'s Tier column (84/02)', () => {
    const text = [
      '# TPRM Committee Pack',
      '',
      '## Vendor Risk Register',
      '',
      '### InsightAI Analytics',
      '**Risk Owner:** Chief Risk Officer',
      '**Status:** In Remediation',
      '',
      '| Score Type | Score | Tier |',
      '|---|---|---|',
      '| Inherent Risk | 89/100 | CRITICAL |',
      '| Residual Risk | 79/100 | HIGH |',
      '',
      '### HRSoft Solutions',
      '**Risk Owner:** HR Director',
      '**Status:** Open',
      '',
      '| Score Type | Score | Tier |',
      '|---|---|---|',
      '| Inherent Risk | 40/100 | MEDIUM |',
      '| Residual Risk | 30/100 | LOW |',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.inherentRisk?.value, r.residualRisk?.value]), [['InsightAI Analytics', 'CRITICAL', 'HIGH'], ['HRSoft Solutions', 'MEDIUM', 'LOW']]);
    assert.equal(plan.meta.owner, undefined);
    const found = analyse(text, 'markdown', { today: '2026-12-07' }).findings.map((f) => f.rule);
    assert.ok(found.includes('missing-action') && !found.includes('missing-priority'), found.join(' '));
  });

  it('reads a vendor risk register kept as CSV: the supplier is the entry, its risk level the priority, Under Review in progress (84/03)', () => {
    const csv = [
      'supplier,total_orders,supplier_risk_level,risk_owner,vendor_status,remediation_priority,remediation_action,review_due_date',
      'Delta_Logistics,171,Medium,Compliance Management,Under Review,High,Perform supplier compliance review and require remediation evidence,2024-01-18',
      'Beta_Supplies,156,Low,Strategic Sourcing,Approved,Low,Renew the data processing agreement with the supplier,2024-03-11',
      '',
    ].join('\n');
    assert.equal(recognisePlan('vendor-risk-register.csv', csv).kind, 'csv');
    const [delta] = parsePlan(csv, 'csv').risks;
    assert.equal(delta.title?.value, 'Delta_Logistics');
    assert.equal(delta.actions[0].owner?.value, 'Compliance Management');
    assert.equal(delta.actions[0].status?.value, 'Under Review');
    const findings = analyse(csv, 'csv', { today: '2026-12-07' }).findings;
    assert.ok(findings.some((f) => f.rule === 'stale-review'), findings.map((f) => f.rule).join(' '));
    // With no due column, each record's review_due_date is when its work (a review) is due: overdue, not undated.
    assert.equal(delta.actions[0].due?.value, '2024-01-18');
    assert.ok(findings.some((f) => f.rule === 'overdue-action') && !findings.some((f) => f.rule === 'missing-due-date'), findings.map((f) => f.rule).join(' '));
  });

  it('reads a table of vendors as entries beside a rating of each vendor\'s risk, not an evidence ledger of vendors (72/03)', () => {
    const rated = ['# Compliance Risk Matrix', '', '## Vendor Risk Assessment', '', '| Vendor | Service | Risk Level | Status | Action Needed |', '|---|---|---|---|---|', '| Firebase | Auth | Critical | Missing | Execute the BAA with Google Cloud |', '| OpenAI | Vision | Critical | Missing | Execute the BAA with OpenAI |', ''].join('\n');
    assert.deepEqual(parsePlan(rated, 'markdown').risks.map((r) => r.title?.value), ['Firebase', 'OpenAI']);
    const ledger = [
      '# HIPAA Risk Register', '',
      '### R08: Vendors and subprocessors', '', '- Owner: Privacy lead', '- Action: Confirm BAA coverage for every vendor', '',
      '## Vendor and BAA evidence ledger — R08', '',
      '| Vendor / category | Evidence basis | Required decision / artifact | Status |', '|---|---|---|---|',
      '| Sentry / error monitoring | FE config observed | Review payloads and the BAA decision | OPEN |', '| Notification providers | Candidate flows | Confirm the actual service | OPEN |', '',
    ].join('\n');
    assert.deepEqual(parsePlan(ledger, 'markdown').risks.map((r) => r.id?.value ?? r.title?.value), ['R08']);
  });
});

