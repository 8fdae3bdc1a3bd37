// A risk analysis whose weaknesses' owners and timelines are given in another table of the same
// document, joined by the words of the weakness's name or mitigation (no ID to join by).
// Synthetic text, written for these tests.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

function analysis(planned: readonly string[]): string {
  return [
    '# Kiosk Fleet Risk Analysis',
    '',
    '## Vulnerabilities',
    '',
    '| Vulnerability | Status | Mitigation |',
    '|---------------|--------|------------|',
    '| Kiosk disks unencrypted | Planned | Full-disk encryption on every lobby kiosk |',
    '| Kiosk admin password shared | Planned | Per-technician admin accounts on the kiosks |',
    '',
    '## Planned Controls',
    '',
    '| Control | Timeline | Owner |',
    '|---------|----------|-------|',
    ...planned,
    '',
  ].join('\n');
}

describe('owners and timelines given in another table of the same document', () => {
  it('gives a weakness the owner and timeline of the one planned control its name or mitigation words', () => {
    const plan = parsePlan(analysis(['| Full-disk encryption | 60 days | Desktop Support |']), 'markdown');
    const [disks, password] = plan.risks.map((r) => r.actions[0]);
    assert.equal(disks.owner?.value, 'Desktop Support');
    assert.equal(disks.due?.value, '60 days');
    assert.equal(password.owner, undefined);
  });

  it('joins nothing when a row names two weaknesses alike (which one it schedules cannot be told)', () => {
    const plan = parsePlan(analysis(['| Kiosks | 60 days | Desktop Support |']), 'markdown');
    assert.ok(plan.risks.every((r) => r.actions[0].owner === undefined));
  });

  it('joins nothing from a row that names no weakness', () => {
    const plan = parsePlan(analysis(['| Badge readers at the lobby door | 90 days | Facilities |']), 'markdown');
    assert.ok(plan.risks.every((r) => r.actions[0].owner === undefined && r.actions[0].due === undefined));
  });
});

// Round 39: a security risk assessment's inventory (`| ID | Risk | … | Recommendations |`) and, further on, a remediation plan
// ranked first (`| Priority | Action | Owner | Due Date | Status |`), its owners and dates still the template's `[NAME]`, `[DATE]`.
function assessment(owner: string, due: string): string {
  return [
    '# Clinic Portal Security Risk Assessment',
    '',
    '## Risk Inventory',
    '',
    '| ID | Risk | Likelihood | Impact | Level | Recommendations |',
    '|----|------|------------|--------|-------|-----------------|',
    '| K1 | Password spraying on the portal | 3 | 3 | Medium | Login CAPTCHA |',
    '| K2 | Outdated portal libraries | 3 | 4 | High | Library upgrades |',
    '',
    '## Remediation Plan',
    '',
    '| Priority | Action | Owner | Due Date | Status |',
    '|----------|--------|-------|----------|--------|',
    `| High | Upgrade libraries | ${owner} | ${due} | Pending |`,
    `| Low | Add CAPTCHA | ${owner} | ${due} | Pending |`,
    '',
  ].join('\n');
}

describe('a remediation plan ranked first names its work in its action column (round 39)', () => {
  it('gives each risk the owner and due date of the plan row whose action names it', () => {
    const plan = parsePlan(assessment('Web Lead', '2026-09-30'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].owner?.value, r.actions[0].due?.value]), [
      ['K1', 'Web Lead', '2026-09-30'],
      ['K2', 'Web Lead', '2026-09-30'],
    ]);
  });

  it('gives the row\'s placeholders where the risk has none, so the finding says they are still to fill there', () => {
    const text = assessment('[NAME]', '[DATE]');
    const plan = parsePlan(text, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.actions[0].owner?.value, r.actions[0].due?.value]), [
      ['[NAME]', '[DATE]'],
      ['[NAME]', '[DATE]'],
    ]);
    // Placed in the plan's row that names it (`Add CAPTCHA`), where they are to be written.
    const owner = plan.risks[0].actions[0].owner!;
    assert.equal(text.slice(0, owner.valueRange.start).split('\n').length, 15);
  });
});
