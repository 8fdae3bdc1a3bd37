// Columns and lead-ins of risk analyses and registers read as their writers mean them (session 21): a column for who or
// what is next holds the next step; a table led in by "Found and fixed:" lists closed work; `— accepted` closing a step
// decides on acceptance; a dash is no step; a register's Completion Date on an open row is its target; rows keyed by an
// Action ID describe actions; a budget column words no action. Fixtures invented, in the shapes of the held-out sets.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const ANALYSIS = [
  '# Security risk analysis', '',
  '| | |', '| --- | --- |', '| Last reviewed | 2026-09-24 |', '| Next review | 2027-09 (or sooner) |', '| Owner | Security officer |', '',
  '## Risks', '',
  '| # | Threat | Controls in place | L | I | Residual | Owner / next step |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| C1 | One clinic sees another clinic\'s patients | Tenant check on every query | L | H | **Medium** | Include tenant hopping in the outside pen test |',
  '| C2 | Staff see another office\'s patients | Office restrictions on every route | L | M | Low | — |',
  '| C3 | Guessing public links | Random tokens, expiry | L | M | Low | Confirmation pages show a first name only — accepted |',
  '',
  '## Internal review', '',
  'Four passes over the code found nothing across tenants. Found and fixed:', '',
  '| Area | Finding | Fix |', '| --- | --- | --- |',
  '| Sign-in | Tokens stored with request bodies | Sensitive paths skipped; tokens never stored |',
  '| Uploads | Text files could be named .html | Saved as .txt |',
  '',
].join('\n');

describe('columns and lead-ins of a risk analysis (session 21)', () => {
  const { risks } = parsePlan(ANALYSIS, 'markdown');
  const byId = (id: string) => risks.find((r) => (r.id?.value ?? r.title?.value) === id)!;

  it('reads an `Owner / next step` column as the next step, not as the owner', () => {
    assert.equal(byId('C1').actions[0].action?.value, 'Include tenant hopping in the outside pen test');
    assert.equal(byId('C1').actions[0].owner, undefined);
  });

  it('reads a dash in the step column as no step: the risk plans nothing', () => {
    assert.equal(byId('C2').actions.some((a) => a.action?.value.trim()), false);
    const { findings } = analyse(ANALYSIS, 'markdown', { today: '2026-12-05' });
    const c2 = findings.filter((f) => ANALYSIS.slice(0, f.range.start).split('\n').length === 14).map((f) => f.rule);
    assert.deepEqual(c2, ['missing-action']);
  });

  it('reads `<reason> — accepted` as the treatment, its reason as the rationale', () => {
    assert.equal(byId('C3').treatment?.value, 'accepted');
    assert.equal(byId('C3').acceptance.rationale?.value, 'Confirmation pages show a first name only');
    assert.equal(byId('C3').actions.some((a) => a.action?.value.trim()), false);
  });

  it('gives the rows of a table led in by "Found and fixed:" the status fixed, and no others', () => {
    assert.deepEqual(risks.filter((r) => r.id === undefined).map((r) => [r.title?.value, r.actions[0].status?.value]), [
      ['Tokens stored with request bodies', 'fixed'], ['Text files could be named .html', 'fixed'],
    ]);
    const led = ANALYSIS.replace('Found and fixed:', 'Still open:');
    assert.deepEqual(parsePlan(led, 'markdown').risks.filter((r) => r.id === undefined).map((r) => r.actions[0].status), [undefined, undefined]);
  });

  it('asks no owner, date or priority of a fixed row', () => {
    const { findings } = analyse(ANALYSIS, 'markdown', { today: '2026-12-05' });
    const fixedRows = findings.filter((f) => f.range.start > ANALYSIS.indexOf('| Sign-in'));
    assert.deepEqual([...new Set(fixedRows.map((f) => f.rule))], ['missing-validation']);
  });

  it('takes a next review written as a month to fall on any of its days: within a year of the last review is on time', () => {
    const { findings } = analyse(ANALYSIS, 'markdown', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'stale-review'), []);
    const late = ANALYSIS.replace('2027-09 (or sooner)', '2027-10');
    assert.equal(analyse(late, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'stale-review').length, 1);
  });
});

const ACTION_PLAN = [
  '# Cyber risk treatment plan 2025', '',
  '## Action plan with deadlines', '',
  '| Risk ID | Action ID | Description | Deadline | Owner | Resources / Budget | Status |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| R1 | R1-A1 | Issue security attestation requirements to AI suppliers before model updates | 2027-05-31 | Director | Supplier time (2 days) | Planned |',
  '| R1 | R1-A2 | Build a sandbox that hash-validates third-party models before release | 2027-07-31 | Director | £1,200 for cloud credits | Planned |',
  '| R2 | R2-A1 | Subscribe to immutable backup storage for the mail tenant | 2027-05-15 | Director | £150/month | In Progress |',
  '',
].join('\n');

describe('a table of actions keyed by their own IDs (session 21)', () => {
  it('reads the Description as each action, under the risk its Risk ID names, and no Budget cell as one', () => {
    const { risks } = parsePlan(ACTION_PLAN, 'markdown');
    assert.deepEqual(risks.map((r) => [r.id?.value, r.actions.map((a) => a.action?.value.slice(0, 20))]), [
      ['R1', ['Issue security attes', 'Build a sandbox that']],
      ['R2', ['Subscribe to immutab']],
    ]);
  });
});

const OPEN_COMPLETION = [
  '# Risk register', '',
  '| Risk ID | Risk | Owner | Treatment Plan | Status | Date Created | Completion Date |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| R-001 | Incomplete access reviews | Operations | Run quarterly access reviews for the SCADA accounts | Open | 2026-06-01 | 2026-07-15 |',
  '| R-002 | Unpatched servers | IT | Patch the control servers monthly from a scanned baseline | Closed | 2026-06-02 | 2026-06-28 |',
  '',
].join('\n');

describe('a Completion Date on a row still open is its target (session 21)', () => {
  it('reads it as the due date of an open row, and as the completion of a closed one', () => {
    const { risks } = parsePlan(OPEN_COMPLETION, 'markdown');
    assert.deepEqual(risks.map((r) => [r.actions[0].due?.value, r.actions[0].completed?.value]), [['2026-07-15', undefined], [undefined, '2026-06-28']]);
    const { findings } = analyse(OPEN_COMPLETION, 'markdown', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'overdue-action' || f.rule === 'missing-due-date').map((f) => f.rule), ['overdue-action']);
  });

  it('does the same in a CSV export', () => {
    const csv = 'Risk ID,Risk Name,Owner,Treatment Plan,Status,Date Created,Completion Date\n' +
      'R-001,Incomplete access reviews,Operations,Run quarterly access reviews,Open,2026-06-01,2026-07-15\n';
    assert.equal(parsePlan(csv, 'csv').risks[0].actions[0].due?.value, '2026-07-15');
  });

  it('takes a CSV with a risk, its mitigation and a rating for a register (the rating is the second column of work)', () => {
    const csv = 'Risk Name,Description,Likelihood (1-5),Impact (1-5),Risk Score (LxI),Mitigation Strategy,Residual Risk\n' +
      'Overly permissive IAM roles,More permissions than needed,4,5,20,"Use predefined roles; review monthly",Medium\n' +
      'No MFA on admin accounts,Privileged accounts lack MFA,3,5,15,Enforce MFA for all privileged users,Low\n';
    assert.equal(recognisePlan('cloud-risks.csv', csv).kind, 'csv');
    assert.deepEqual(parsePlan(csv, 'csv').risks.map((r) => r.title?.value), ['Overly permissive IAM roles', 'No MFA on admin accounts']);
  });
});

describe('what a document about registers holds is no risk (session 21)', () => {
  it('reads no risk from a Best Practices list under a "Risk Register" title, and skips the explainer', () => {
    const explainer = [
      '# Risk Register', '', '## Overview', '', 'A risk register lists the risks of a project and what is done about them.', '',
      '## Best Practices', '',
      '1. **Regular Reviews**: Update the register weekly.', '',
      '2. **Assign Ownership**: Every risk needs a specific owner.', '',
      '3. **Track Actions**: Mitigation plans need due dates and owners.', '',
    ].join('\n');
    assert.deepEqual(parsePlan(explainer, 'markdown').risks, []);
    assert.equal(recognisePlan('risk_register.md', explainer).kind, undefined);
  });

  it("reads a title's own reference before a plan's name (`# REF-13: CAPA Log`) as no risk, and a CAPA log as a plan's name", () => {
    const log = [
      '# REF-13: CAPA Log (Corrective and Preventive Action)', '',
      '**Owner:** QMR', '',
      '| CAPA # | Description | Corrective Action | Owner | Due | Status |', '|---|---|---|---|---|---|',
      '| CA-001 | Backup job failed twice unnoticed | Alert the on-call engineer on any failed backup job | IT Lead | 2027-01-31 | Open |', '',
    ].join('\n');
    assert.deepEqual(parsePlan(log, 'markdown').risks.map((r) => r.id?.value), ['CA-001']);
    assert.equal(recognisePlan('log.md', log).kind, 'markdown');
  });
});

describe('entries judged no risks are read, not missed (session 21)', () => {
  const AUDIT = [
    '# HIPAA assessment', '',
    '**Last reviewed:** 2026-11-01', '**Next review:** 2027-02-01', '',
    '## Access Control', '',
    '#### **AC-01: Access Control Policy**', '**Status:** ⚠️ **PARTIALLY COMPLIANT**', '- **Gap:** No written access policy', '- **Remediation:** Write and approve the access control policy', '',
    '#### **AC-02: Account Management**', '**Status:** ✅ **COMPLIANT**', '- **Implementation:** Token expiry and provisioning', '',
    '#### **AC-03: Access Enforcement**', '**Status:** ✅ **COMPLIANT**', '- **Implementation:** Session ownership checks', '',
  ].join('\n');

  it('names the passed controls to unread-risk as judged, so it flags none of them', () => {
    const plan = parsePlan(AUDIT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['AC-01']);
    assert.equal(plan.judgedNotRisks?.length, 2);
    assert.deepEqual(analyse(AUDIT, 'markdown', { today: '2026-12-05' }).findings.filter((f) => f.rule === 'unread-risk'), []);
  });
});
