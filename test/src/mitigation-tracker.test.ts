// A register's mitigation tracker, its list of closed gaps and a report's summary of its findings (session 25, from the blind audit of set 63): `| Mitigation ID | Risks | Mitigation | Owner |
// Target | Status | Evidence |` whose Risks column names the register's risks by ID gives each risk its mitigations, with their
// own owner, target, status and evidence; a next review written `2027-05-20, or sooner after …` is that date; `Analysis date`
// dates the risk analysis. Fixtures invented.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';
import { parseDate } from '../../server/out/model/dates';

const REGISTER = [
  '# Larkspur HIPAA Risk Analysis Register', '', 'Analysis date: 2026-04-02', 'Next scheduled review: 2027-04-02, or sooner after any material change', '',
  '## Risk Register', '',
  '| Risk ID | Risk | Likelihood | Impact | Owner | Status |', '|---|---|---|---|---|---|',
  '| R-01 | Unpatched dependencies expose the portal | Medium | High | Engineering | COMPLETE |',
  '| R-02 | Backups cannot be restored | Low | Critical | Engineering | IN PROGRESS |',
  '| R-03 | Vendor BAAs incomplete | Medium | High | Legal | IN PROGRESS |', '',
  '## Mitigation Tracker', '',
  '| Mitigation ID | Risks | Mitigation | Owner | Target | Status | Evidence |', '|---|---|---|---|---|---|---|',
  '| M-01 | R-01, R-02 | Add a weekly dependency audit and a restore drill to the release gate | Platform team | 2027-01-15 | IN PROGRESS | CI audit log |',
  '| M-02 | R-03 | Sign BAAs with the three hosting vendors | Legal | 2027-02-01 | IN PROGRESS | Signed BAA folder |',
].join('\n');

describe('a register\'s mitigation tracker (session 25)', () => {
  const plan = parsePlan(REGISTER, 'markdown');

  it('gives each risk the mitigations whose Risks cell names it, with their own owner, target, status and evidence', () => {
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value, a.evidence?.value])]),
      [
        ['R-01', [['Add a weekly dependency audit and a restore drill to the release gate', 'Platform team', '2027-01-15', 'IN PROGRESS', 'CI audit log']]],
        ['R-02', [['Add a weekly dependency audit and a restore drill to the release gate', 'Platform team', '2027-01-15', 'IN PROGRESS', 'CI audit log']]],
        ['R-03', [['Sign BAAs with the three hosting vendors', 'Legal', '2027-02-01', 'IN PROGRESS', 'Signed BAA folder']]],
      ],
    );
    const due = plan.risks[2].actions[0].due!;
    assert.equal(REGISTER.slice(due.valueRange.start, due.valueRange.end), '2027-02-01');
    assert.equal(plan.risks[0].actions[0].shared, true);
  });

  it('a Risks column of words is the register\'s own wording, not a citation', () => {
    const worded = REGISTER.replace('| M-01 | R-01, R-02 |', '| M-01 | Stale packages |').replace('| M-02 | R-03 |', '| M-02 | Missing BAAs |');
    assert.deepEqual(parsePlan(worded, 'markdown').risks.filter((r) => r.id?.value.startsWith('R-')).map((r) => r.actions[0]?.action?.value), [undefined, undefined, undefined]);
  });

  it('reads the next review before `, or sooner …` and dates the analysis by `Analysis date`', () => {
    assert.equal(plan.meta.nextReview?.value, '2027-04-02, or sooner after any material change');
    assert.deepEqual(parseDate(plan.meta.nextReview!.value), { kind: 'date', iso: '2027-04-02' });
    assert.equal(plan.meta.riskAnalysis?.date?.value, '2026-04-02');
    // A range after a comma is no alternative: `2026-05-15, June 2` is not read as its first date.
    assert.notEqual(parseDate('2026-05-15, June 2').kind, 'date');
  });
});

describe('a register\'s list of what was closed (session 25)', () => {
  const GAPS = [
    '# Wren Health SOC 2 Gap Analysis', '', '**Last Updated:** 2026-01-21', '',
    '### Gaps Closed Since Initial Assessment', '',
    '| Gap ID | Description | Closed By |', '|---|---|---|',
    '| GAP-CC5-01 | Admin MFA enforcement | `config/settings.py` |', '',
    '## Gap Remediation Roadmap', '',
    '| Gap ID | Description | Owner | Effort | Target |', '|---|---|---|---|---|',
    '| GAP-CC7-01 | Commission an external penetration test of the portal | Security | 2 weeks | 2026-03-01 |',
    '| GAP-CC5-01 | Enforce MFA for every admin login | Backend | 3 days | 2026-02-04 |',
    '| GAP-CC6-02 | Automate the quarterly access review | Backend | 1 week | 2026-03-15 |', '',
    '## Estimated Audit Readiness', '',
    '| Area | Previous | Current | Target | Gap |', '|---|---|---|---|---|',
    '| Security | 95% | 98% | 95% | -3% (exceeds target) |', '| Privacy | 95% | 95% | 95% | 0% |',
  ].join('\n');

  it('closes the roadmap rows a closed list names by ID, its Closed By their evidence; the others stay open', () => {
    const { risks } = parsePlan(GAPS, 'markdown');
    assert.deepEqual(risks.map((r) => [r.id?.value, r.actions[0].status?.value, r.actions[0].evidence?.value]), [
      ['GAP-CC7-01', undefined, undefined],
      ['GAP-CC5-01', 'Closed', 'config/settings.py'],
      ['GAP-CC6-02', undefined, undefined],
    ]);
    const status = risks[1].actions[0].status!;
    assert.equal(GAPS.slice(status.valueRange.start, status.valueRange.end), 'Closed');
  });

  it('a risk that states its own status keeps it', () => {
    const stated = GAPS.replace('| Gap ID | Description | Owner | Effort | Target |', '| Gap ID | Description | Owner | Effort | Target | Status |')
      .replace('|---|---|---|---|---|\n| GAP-CC7-01', '|---|---|---|---|---|---|\n| GAP-CC7-01')
      .replace('| 2026-02-04 |', '| 2026-02-04 | In progress |').replace('| 2026-03-01 |', '| 2026-03-01 | Open |').replace('| 2026-03-15 |', '| 2026-03-15 | Open |');
    assert.deepEqual(parsePlan(stated, 'markdown').risks.map((r) => r.actions[0].status?.value), ['Open', 'In progress', 'Open']);
  });

  it('a readiness table whose Gap column holds signed percentages with notes lists no risks', () => {
    assert.ok(parsePlan(GAPS, 'markdown').risks.every((r) => r.id?.value.startsWith('GAP-')));
  });
});

describe('a report\'s summary of its findings (session 25)', () => {
  const finding = (id: string, fix: string, due: string) => [`### Finding ID: ${id}`, '- Risk Rating: Medium', '', '**Recommendation**  ', fix, '', '**Target Remediation Date**  ', due, ''];
  const REPORT = [
    '# Audit Findings Report', '', '## Audit Findings Summary', '',
    '| Finding ID | Area | Risk Rating | Status |', '|---|---|---|---|',
    '| F-001 | Access Reviews | Medium | Open |', '| F-002 | Vendor Files | Low | Closed |', '',
    '## Detailed Findings', '',
    ...finding('F-001', 'Keep the quarterly access review exports in the GRC folder.', 'March 2026'),
    ...finding('F-002', 'Move vendor assessments into the GRC repository.', 'February 2026'),
  ].join('\n');

  it('gives each finding written with no status the status its summary row says', () => {
    const { risks } = parsePlan(REPORT, 'markdown');
    assert.deepEqual(risks.map((r) => [r.id?.value, r.actions[0].status?.value]), [['F-001', 'Open'], ['F-002', 'Closed']]);
    const status = risks[0].actions[0].status!;
    assert.equal(REPORT.slice(status.valueRange.start, status.valueRange.end), 'Open');
  });

  it('a summary that words, owns or dates the work is no list about the findings: it gives them no status', () => {
    const dated = REPORT.replace('| Finding ID | Area | Risk Rating | Status |', '| Finding ID | Area | Due | Status |');
    assert.deepEqual(parsePlan(dated, 'markdown').risks.map((r) => [r.id?.value, r.actions[0].status?.value]), [['F-001', undefined], ['F-002', undefined]]);
  });
});
