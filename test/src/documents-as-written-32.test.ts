// Issue 12, session 32: shapes seen in the held-out sets' remaining wrong findings, written here anew.
// A threat model's STRIDE table whose residual column says a threat is eliminated or accepted, its Top-10 headings graded
// `(HIGH)` over a residual rating, and advice to the product's users (`**Recommendations for Users:**`); a JSON register whose
// treatment notes list the controls its residual ratings assess (set 81). A POA&M whose entries
// write `**Closure.**` as the way each will be closed, a severity inside the weakness's words and `— **CLOSED**` after a title;
// a tracker's `#### Fix Requirements` under each issue; a corrective action table whose Risk column holds the grade (set 82).
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';

const STRIDE = [
  '# Threat Model: Visit Notes Desktop App',
  '',
  '**Version:** 1.2',
  '**Date:** 2027-01-10',
  '',
  '## Information Disclosure',
  '',
  '| Threat | Attack Vector | Mitigation | Residual Risk |',
  '|--------|---------------|------------|---------------|',
  '| Laptop theft | Physical access | Full-disk encryption of the note vault | Medium |',
  '| Network sniffing | MITM | Notes never leave the device | Eliminated |',
  '| Screen capture | OS-level capture | Cannot prevent; out of scope | Accepted |',
  '',
].join('\n');

describe('documents as written (issue 12, session 32)', () => {
  it('reads a measure whose residual is `Eliminated` as in place, and a residual `Accepted` as the decision with its reason (set 81)', () => {
    const plan = parsePlan(STRIDE, 'markdown');
    const [theft, sniffing, capture] = plan.risks;
    assert.equal(theft.actions[0].status?.value, 'in place');
    assert.equal(sniffing.actions[0].action?.value, 'Notes never leave the device');
    assert.equal(sniffing.actions[0].status?.value, 'in place');
    assert.equal(capture.treatment?.value, 'Accepted');
    assert.equal(capture.acceptance?.rationale?.value, 'Cannot prevent; out of scope');
    assert.equal(capture.actions[0].action?.value ?? '', '');
    const found = analyse(STRIDE, 'markdown', { today: '2027-02-01' }).findings.map((f) => `${f.rule}@${STRIDE.slice(0, f.range.start).split('\n').length}`);
    // Neither asks for an owner or a date; the accepted one asks who approved it, and nothing calls its reason vague.
    for (const line of [11, 12]) {
      assert.ok(!found.includes(`missing-owner@${line}`) && !found.includes(`missing-due-date@${line}`), found.join(' '));
    }
    assert.ok(found.includes('incomplete-acceptance@12'), found.join(' '));
    assert.ok(!found.includes('vague-action@12'), found.join(' '));
  });

  it('still reads a measure planned beside a residual of `Eliminated` as work to date', () => {
    const planned = STRIDE.replace('Notes never leave the device', 'Will add certificate pinning in the next release');
    const sniffing = parsePlan(planned, 'markdown').risks[1];
    assert.notEqual(sniffing.actions[0].status?.value, 'in place');
  });

  it('grades a heading risk by its heading (`### 1. Device Theft (HIGH)`) over its residual rating, and leaves advice to users out of its work (set 81)', () => {
    const text = [
      '# Threat Model: Visit Notes Desktop App',
      '',
      '## Top Threats',
      '',
      '### 1. Device Theft (HIGH)',
      '',
      '**Mitigations:**',
      '- AES-256 encryption of the note vault',
      '- Vault key zeroized when the app locks',
      '',
      '**Residual:** Medium - a strong passphrase is required',
      '',
      '**Recommendations for Users:**',
      '- Enable FileVault or BitLocker',
      '- Enable a screen lock',
      '',
    ].join('\n');
    const [theft] = parsePlan(text, 'markdown').risks;
    assert.equal(theft.priority?.value, 'HIGH');
    assert.equal(theft.residualRisk?.value, 'Medium - a strong passphrase is required');
    assert.deepEqual(theft.actions.map((a) => [a.action?.value, a.status?.value]), [
      ['AES-256 encryption of the note vault', 'in place'],
      ['Vault key zeroized when the app locks', 'in place'],
    ]);
    // The same list under the plan's own label is its work.
    const own = parsePlan(text.replace('Recommendations for Users', 'Recommendations'), 'markdown').risks[0];
    assert.deepEqual(own.actions.slice(2).map((a) => a.action?.value), ['Enable FileVault or BitLocker', 'Enable a screen lock']);
  });

  it('reads a register\'s treatment note of controls its residual rates as in place, unless it admits open work (set 81)', () => {
    const entry = (id: string, note: string) => ({ id, title: `Risk ${id}`, owner_role: 'Security Lead', residual: { likelihood: 2, impact: 4 }, treatment: 'mitigate', treatment_note: note, kri: 'Restore tests passed per quarter (target: all)' });
    const register = JSON.stringify({
      risks: [
        entry('R-01', 'Daily automated backups to an isolated location with integrity checks, and a quarterly restore test signed off.'),
        entry('R-02', 'Per-visitor rate limit and a daily cap bound the spend; a shared store would make the limit global and is on the backlog.'),
        entry('R-03', 'A written triage procedure lists every clock; one vendor contract is missing the notice clause (exception EX-01).'),
        entry('R-04', 'Model names are pinned. Decision required from the board: fund a second provider or accept the concentration.'),
        entry('R-05', 'Enable phishing-resistant MFA on every administrator account'),
      ],
    }, null, 2);
    const plan = parsePlan(register, 'json');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].status?.value), ['in place', undefined, undefined, undefined, undefined]);
    // A key risk indicator watches the risk; it is no proof that a control was tested (67/06's audit).
    assert.equal(plan.risks[0].validation, undefined);
    const dueless = analyse(register, 'json', { today: '2027-01-10' }).findings.filter((f) => f.rule === 'missing-due-date');
    assert.equal(dueless.length, 4);
    // Without a residual rating, nothing rates the note's controls: it stays work to date.
    const unrated = JSON.parse(register);
    delete unrated.risks[0].residual;
    assert.equal(parsePlan(JSON.stringify(unrated, null, 2), 'json').risks[0].actions[0].status, undefined);
  });

  it('reads a POA&M entry\'s `**Closure.**` paragraph as its action, its severity in its words, and `— **CLOSED**` as its status (set 82)', () => {
    const text = [
      '# Plan of Action & Milestones',
      '',
      '## POAM-1 — Default trust mode accepts identity headers',
      '',
      '- **Weakness.** Identity headers are trusted as given. Severity: **High** if the port is ever exposed.',
      '- **Closure.** Deploy behind the smart-card terminator with the proxy key set per `deploy/README.md`.',
      '',
      '## POAM-2 — No per-client throttling',
      '',
      '- **Weakness.** One client can starve the others. Severity: **Moderate**.',
      '- **Closure.** Per-tenant token bucket in `api::hardening`, keyed on the resolved scope.',
      '',
      '## POAM-3 — Demo store is in memory — **CLOSED**',
      '',
      '- **Weakness.** State was held in memory only.',
      '',
      '## POAM-4 — Audit log retention',
      '',
      '- **Closure:** 2027-01-15',
      '',
    ].join('\n');
    const [first, second, closed, dated] = parsePlan(text, 'markdown').risks;
    assert.equal(first.actions[0].action?.value, 'Deploy behind the smart-card terminator with the proxy key set per `deploy/README.md`.');
    assert.equal(first.priority?.value, 'High');
    assert.equal(second.actions[0].action?.value, 'Per-tenant token bucket in `api::hardening`, keyed on the resolved scope.');
    assert.equal(second.priority?.value, 'Moderate');
    assert.deepEqual([closed.title?.value, closed.actions[0].status?.value], ['Demo store is in memory', 'CLOSED']);
    // A closure that is a day still dates the completion.
    assert.equal(dated.actions[0].completed?.value, '2027-01-15');
    const rules = analyse(text, 'markdown', { today: '2027-02-01' }).findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-action') && !rules.includes('missing-priority'), rules.join(' '));
  });

  it('reads a tracker issue\'s `#### Fix Requirements` list as its actions (set 82)', () => {
    const text = [
      '# Remediation Tracker',
      '',
      '## Week 1: Security Lockdown',
      '',
      '### ISSUE-001: Tenant isolation broken',
      '',
      '**Status**: NOT STARTED',
      '**Priority**: CRITICAL',
      '',
      '#### Problem',
      'Queries do not check the tenant.',
      '',
      '#### Fix Requirements',
      '1. Add the tenant filter to every query in the conversations API',
      '2. Enable row-level security in PostgreSQL',
      '',
      '#### Validation Steps',
      'Run the tenant isolation test script on staging.',
      '',
    ].join('\n');
    const [issue] = parsePlan(text, 'markdown').risks;
    assert.deepEqual(issue.actions.map((a) => a.action?.value), ['Add the tenant filter to every query in the conversations API', 'Enable row-level security in PostgreSQL']);
    assert.ok(!analyse(text, 'markdown', { today: '2027-02-01' }).findings.some((f) => f.rule === 'missing-action'));
  });

  it('reads a Risk column of grades beside a Description column as the priority, the description as the finding (set 82)', () => {
    const text = [
      '# HIPAA Corrective Action Plan',
      '',
      '| Finding ID | Description | Risk | Remediation | Owner | Target Date | Status |',
      '|---|---|---|---|---|---|---|',
      '| CAP-001 | Test bucket lacks a public access block and encryption | Critical | Apply KMS encryption and block public access on the bucket | Cloud Lead | 2027-03-01 | Open |',
      '',
    ].join('\n');
    const [finding] = parsePlan(text, 'markdown').risks;
    assert.equal(finding.title?.value, 'Test bucket lacks a public access block and encryption');
    assert.equal(finding.priority?.value, 'Critical');
    assert.ok(!analyse(text, 'markdown', { today: '2027-02-01' }).findings.some((f) => f.rule === 'missing-priority'));
  });
});
