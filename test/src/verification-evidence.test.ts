// A fix's record of its check is its evidence (reader round 9): `verification_evidence` (snake,
// kebab; a JSON register's `"Verification Evidence"`) on a risk or on an action, and the label
// `Verification Evidence` in Markdown, so a done fix that records it is not missing-validation.
import * as assert from 'node:assert/strict';
import { spelledKey } from '../../server/out/parse/yaml/key-spellings';

describe('a register\'s verification evidence key (reader round 9)', () => {
  for (const key of ['verification_evidence', 'verification-evidence', 'validation_evidence']) {
    it(`${key} is the evidence of a risk and of an action`, () => {
      assert.equal(spelledKey(key, ['id', 'title', 'validation', 'evidence', 'actions']), 'evidence');
      assert.equal(spelledKey(key, ['action', 'owner', 'due', 'status', 'validation', 'evidence']), 'evidence');
    });
  }
});

describe('a register\'s key for the change that made a fix (reader round 9)', () => {
  for (const key of ['pr', 'pull_request', 'pr_url', 'commit', 'commit_sha', 'merge-request-link']) {
    it(`${key} is the evidence of a risk`, () => assert.equal(spelledKey(key, ['id', 'title', 'validation', 'evidence', 'actions']), 'evidence'));
  }
});
