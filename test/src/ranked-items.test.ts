// Work ranked by its headings and the columns of treatment plans (session 25, from the blind audit of set 60): `### Priority 1:
// Data Encryption Implementation` over its tasks is an item ranked first, not a bucket holding nothing; the same heading over
// deeper headings heads their bucket as before. A treatment plan's `Control Owner` owns the planned action; a register's
// `remediation_target_date` is the action's deadline. Fixtures invented.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';
import { recognisePlan } from '../../server/out/parse/detect';

const item = (rank: number, title: string, task: string) => [`### Priority ${rank}: ${title}`, '', '**Objective**: Protect PHI', '', '**Tasks**:', `1. [ ] ${task}`, ''];

describe('items ranked by their headings (session 25)', () => {
  const PLAN = [
    '# Sedge Clinic HIPAA Action Plan', '', '## Phase 1: Immediate Security Enhancements (Weeks 1-2)', '',
    ...item(1, 'Data Encryption Implementation', 'Turn on TDE on the PostgreSQL cluster'),
    ...item(5, 'Access Control Refinement', 'Review role-based access to the chart viewer'),
  ].join('\n');

  it('reads each `Priority N: Title` heading over its tasks as a risk ranked N, whatever N', () => {
    const { risks } = parsePlan(PLAN, 'markdown');
    assert.deepEqual(risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['Data Encryption Implementation', 'Priority 1', ['Turn on TDE on the PostgreSQL cluster']],
      ['Access Control Refinement', 'Priority 5', ['Review role-based access to the chart viewer']],
    ]);
    const first = risks[0].priority!;
    assert.equal(PLAN.slice(first.valueRange.start, first.valueRange.end), 'Priority 1');
  });

  it('still reads `Priority 1: …` over deeper headings as the bucket of their items, its rank their priority', () => {
    const bucket = [
      '# Sedge Clinic Remediation Plan', '', '## Priority 1: Security Hardening', '',
      '### 1. Enable MFA on the EHR', '- **Action:** Enforce MFA for every EHR login', '- **Owner:** IT lead', '',
      '### 2. Encrypt the backup drives', '- **Action:** Replace the two USB backup drives with encrypted ones', '- **Owner:** Office manager', '',
    ].join('\n');
    const { risks } = parsePlan(bucket, 'markdown');
    assert.deepEqual(risks.map((r) => [r.title?.value, r.priority?.value]), [
      ['Enable MFA on the EHR', 'Priority 1'],
      ['Encrypt the backup drives', 'Priority 1'],
    ]);
  });

  it('a level or urgency after the rank names a bucket, not an item', () => {
    const bucket = ['# Remediation Plan', '', '## Priority 1: Critical', '', '### Enable MFA', '- **Action:** Enforce MFA for every EHR login', ''].join('\n');
    const { risks } = parsePlan(bucket, 'markdown');
    assert.deepEqual(risks.map((r) => r.title?.value), ['Enable MFA']);
  });
});

describe('treatment plan columns (session 25)', () => {
  it('reads `Control Owner` as the action owner of a treatment plan', () => {
    const plan = [
      '# Risk Treatment Plan', '',
      '| Risk ID | Risk | Treatment Option | Planned Action | Control Owner | Target Date |', '|---|---|---|---|---|---|',
      '| R-1 | Stolen laptop | Mitigate | Encrypt every laptop with BitLocker | IT Security | 2027-01-31 |',
      '| R-2 | Phishing | Mitigate | Run quarterly phishing drills | HR | 2027-02-28 |',
    ].join('\n');
    assert.deepEqual(parsePlan(plan, 'markdown').risks.map((r) => r.actions[0].owner?.value), ['IT Security', 'HR']);
  });

  it('reads `remediation_target_date` as the action deadline in a YAML register', () => {
    const register = [
      'vulnerabilities:',
      '  - id: "VULN-1"', '    title: "Unpatched web server"', '    severity: "High"', '    status: "Open"', '    remediation_owner: "Dana Lee"',
      '    remediation_target_date: "2027-01-25"', '    remediation_plan: "Apply the January cumulative update"',
      '  - id: "VULN-2"', '    title: "TLS 1.0 enabled"', '    severity: "Medium"', '    status: "Open"', '    remediation_owner: "Sam Ortiz"',
      '    remediation_target_date: "2027-02-01"', '    remediation_plan: "Disable TLS 1.0 and 1.1 on the load balancer"',
    ].join('\n');
    const { risks } = parsePlan(register, 'yaml');
    assert.deepEqual(risks.map((r) => [r.actions[0]?.owner?.value, r.actions[0]?.due?.value]), [['Dana Lee', '2027-01-25'], ['Sam Ortiz', '2027-02-01']]);
  });
});

describe('a recommendation register in CSV (session 25, set 62)', () => {
  const CSV = [
    'recommendation_id,priority,time_horizon,recommendation,ownership_model,status',
    'R-001,P1,0-30 days,"Write the post-incident report separating facts, root cause and open items",CISO / Legal,Proposed',
    'R-002,P2,31-90 days,"Add restore tests of the core banking backups to the quarterly DR drill",IT Operations,Proposed',
  ].join('\n');

  it('is a register by its file name, each recommendation keyed by its ID, owned and due within its horizon', () => {
    assert.deepEqual(recognisePlan('recommendation_register.csv', CSV), { kind: 'csv' });
    // Named otherwise, it says what was read and why it is not taken.
    assert.deepEqual(recognisePlan('export.csv', CSV), { reason: 'its columns name no risk, finding or weakness, and its name no register, though 2 records with an ID and work were read' });
    assert.deepEqual(parsePlan(CSV, 'csv').risks.map((r) => [r.id?.value, r.priority?.value, r.actions[0].owner?.value, r.actions[0].due?.value]), [
      ['R-001', 'P1', 'CISO / Legal', '0-30 days'],
      ['R-002', 'P2', 'IT Operations', '31-90 days'],
    ]);
  });
});
