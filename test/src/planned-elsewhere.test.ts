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
