// Issue 12, session 36: what the blind audits of sets 91 and 92 (held out) found wrong, written here anew.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';

// A POA&M supplement kept in the repository after a unified POA&M replaced it: its header says so.
const SUPPLEMENT = (mark: string) =>
  [
    '# POA&M Supplement: Assessment Gaps',
    '',
    mark,
    '',
    '**Date:** 2025-12-26',
    '',
    '## POA&M-7: Multi-factor authentication for contractors',
    '',
    '**Priority:** High',
    '**Target Solution:** Issue hardware tokens to every contractor',
    '**Owner:** IT Manager',
    '**Target Date:** 2026-02-28',
    '**Status:** Open',
    '',
  ].join('\n');

describe('a plan that says it was replaced or retired (set 91)', () => {
  for (const mark of [
    '> **SUPERSEDED (February 11, 2026):** This document is superseded by Unified POA&M v2.3.',
    '**Status:** Archived',
    '- Document status: Retired',
    'This plan has been replaced by the 2026 risk management plan.',
  ]) {
    it(`is skipped, quoting its mark: ${mark}`, () => {
      const recognised = recognisePlan('poam-supplement.md', SUPPLEMENT(mark));
      assert.equal(recognised.kind, undefined);
      assert.match('reason' in recognised ? recognised.reason : '', /^it says it is no longer current \(".+"\): a replaced or retired plan is kept for the record, not linted$/);
    });
  }

  it('is linted when it only supersedes an older plan, when an entry is superseded, when it says so below its header, or when named as a plan', () => {
    assert.deepEqual(recognisePlan('poam-supplement.md', SUPPLEMENT('This plan supersedes the 2024 POA&M.')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-supplement.md', SUPPLEMENT('The 2024 POA&M was superseded by this one.')), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-supplement.md', SUPPLEMENT('| R-3 | Shared login | Superseded |')), { kind: 'markdown' });
    const below = SUPPLEMENT('').replace('**Status:** Open', '**Status:** Open\n\n## History\n\nThe 2024 POA&M was superseded by this one.');
    assert.deepEqual(recognisePlan('poam-supplement.md', below), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('poam-supplement.rmp.md', SUPPLEMENT('**Status:** Superseded')), { kind: 'markdown' });
  });
});
