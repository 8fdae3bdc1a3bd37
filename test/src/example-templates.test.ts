// Templates that fill in a little (session 25, from the blind audits of sets 62 and 63): a gap analysis whose every row read is
// its example (`| Example: Access Control | … |`), and a remediation plan whose items are all `[Gap Title]` beside a table of
// project risks worded with every other cell blank, are forms, not plans. A register's `Reduced` status is the risk brought
// down; an app's `ownerId` is the owner. Fixtures invented.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { fieldForLabel, statusOf } from '../../server/out/model/vocabulary';

const skipReason = (name: string, text: string): string => {
  const recognised = recognisePlan(name, text);
  return 'reason' in recognised ? recognised.reason : '';
};

const row = (area: string, gap: string, action: string) => `| ${area} | Basic controls | ${gap} | ${action} | | | |`;
const header = ['| Control Area | Current State | Gap/Need | Remediation Action | Owner | Deadline | Evidence |', '|---|---|---|---|---|---|---|'];
const GAP_TEMPLATE = [
  '# SOC 2 Gap Analysis', '', 'For each criterion, list your controls, identify gaps, and define remediation actions.', '',
  '## 1. Security', ...header, row('Example: Access Control', 'No formal access review policy', 'Draft and implement policy'), '| | | | | | | |', '',
  '## 2. Availability', ...header, row('Example: Uptime Monitoring', 'No documented SLA', 'Define and document SLA'), '| | | | | | | |', '',
].join('\n');

const POAM_TEMPLATE = [
  '# Plan of Action & Milestones (POA&M)', '', '## 4. POA&M Items', '', '### 4.1 Access Control (AC)', '',
  '#### POA&M-001: Account Lockout After Failed Attempts *(Example)*', '', '- **Weakness:** No lockout after failed logons',
  '- **Remediation:** Lock accounts after five failed logons', '- **POC:** (ISSM / ISSO)', '- **Scheduled Completion:** (Date + 45 days)', '',
  '#### POA&M-002: Session Idle Timeout *(Example)*', '', '- **Weakness:** Sessions stay open when idle',
  '- **Remediation:** End sessions after 15 idle minutes', '- **POC:** (ISSM / ISSO)', '- **Scheduled Completion:** (Date + 45 days)', '',
].join('\n');

describe('templates that fill in a little (session 25)', () => {
  it('skips a POA&M template whose every item is headed as its example (session 27: `#### POA&M-001: … *(Example)*`)', () => {
    assert.equal(skipReason('poam.md', POAM_TEMPLATE), 'all 2 risks read in it are its examples (such as "POA&M-001: Account Lockout After Failed Attempts *(Example)*"): a template, not a plan');
    const started = POAM_TEMPLATE.replace('Session Idle Timeout *(Example)*', 'Session Idle Timeout');
    assert.deepEqual(recognisePlan('poam.md', started), { kind: 'markdown' });
  });

  it('skips a gap analysis whose every row read is its example', () => {
    assert.equal(skipReason('soc2_gap_analysis.md', GAP_TEMPLATE), 'all 2 risks read in it are its examples (such as "Example: Access Control"): a template, not a plan');
    // One row written for real makes it a plan being filled in.
    const started = GAP_TEMPLATE.replace('| | | | | | | |', row('Access Control', 'Quarterly review never run', 'Run the Q1 access review in Okta'));
    assert.deepEqual(recognisePlan('soc2_gap_analysis.md', started), { kind: 'markdown' });
  });

  it('skips a remediation plan whose items are all places to name, its table of project risks worded and otherwise blank', () => {
    const item = (n: number) => [`#### Item ${n}: [Gap Title]`, '', '| Field | Details |', '|---|---|', '| **Requirement** | [X.Y.Z] |', '| **Current State** | [Description of current gap] |', '',
      '**Success Criteria**:', '- [ ] [Measurable criteria 1]', ''];
    const template = [
      '# PCI DSS Remediation Plan', '', '| Field | Value |', '|---|---|', '| **Organization** | [Organization Name] |', '| **Plan Owner** | [Name/Title] |', '',
      '## Remediation Items', '', '### P1 - Critical Priority', '', ...item(1), ...item(2), ...item(3), '',
      '## Risk Management', '', '### Remediation Risks', '', '| Risk | Likelihood | Impact | Mitigation | Owner |', '|---|---|---|---|---|',
      '| Resource constraints | | | | |', '| Technology delays | | | | |', '| Scope expansion | | | | |', '| Budget overrun | | | | |',
    ].join('\n');
    assert.match(skipReason('remediation_plan_template.md', template), /^3 of the 7 risks read in it are placeholders to fill in \(such as "\[Gap Title\]"\), the other 4 a wording with every other cell blank, .*: a template, not a plan$/);
  });

  it('reads `Reduced` as the risk brought down and `ownerId` as its owner', () => {
    assert.equal(statusOf('Reduced'), 'done');
    assert.equal(fieldForLabel('ownerId'), undefined); // a JSON key is split by the register's reader, not here
    assert.equal(fieldForLabel('owner_id'), 'owner');
  });
});
