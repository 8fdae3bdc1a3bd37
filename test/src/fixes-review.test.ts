// A security or pentest report records the re-check of its fixes once, in its summary: that
// line is the evidence behind every finding it marks Fixed (missing-validation asks no more).
import * as assert from 'node:assert/strict';
import { fixesReview } from '../../server/out/parse/markdown/fixes-review';
import { analyse } from './lint-with-registry';

const findings = `
| ID | Title | Severity | Status |
|----|-------|----------|--------|
| [H-01] | Refund endpoint accepts a replayed signature | High | Fixed |
| [M-01] | Session tokens survive a password change | Medium | Fixed |
`;

describe('the re-check of fixes a report records (fixes-review)', () => {
  it('reads the line naming the fixes review and its record (a commit, a date, a link)', () => {
    for (const line of [
      '**_fixes review commit hash_ - [a71be04c](https://git.example.org/tree/a71be04c)**',
      '| **Fixes Review Commit Hash** | [b8ed61ad](https://git.example.org/tree/b8ed61ad) |',
      'Retest: 2026-03-02',
      'Remediation verification performed on 14 May 2025 by Harrow Lane Security.',
    ]) {
      const read = fixesReview(`# Report\n\n${line}\n`);
      assert.ok(read, line);
      assert.match(read.value, /\S/);
    }
  });

  it('does not read a re-check still to come, or a label with no record', () => {
    for (const line of ['Retest: pending', 'A retest is scheduled for 2026-09-01.', 'Fixes review: TBD', 'We recommend a retest after remediation.', 'Review commit hash - 3f9c21d']) {
      assert.equal(fixesReview(`# Report\n\n${line}\n`), undefined, line);
    }
  });

  it('keeps missing-validation from asking each finding marked Fixed for evidence', () => {
    const rule = (text: string) => analyse(text, 'markdown', { today: '2026-12-03' }).findings.filter((f) => f.rule === 'missing-validation').length;
    assert.equal(rule(`# Security review\n${findings}`), 2);
    assert.equal(rule(`# Security review\n\n**Fixes review commit hash** - a71be04c\n${findings}`), 0);
  });
});
