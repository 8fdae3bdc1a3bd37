// The WordNet lists are written front-coded (scripts/wordnet-table.mjs) and read back by words(): the two must agree.
import * as assert from 'node:assert/strict';
import * as table from '../../server/out/rules/vague-action-utils/wordnet-table';
import { isMentalVerb, isWordNetAbstract, words } from '../../server/out/rules/vague-action-utils/wordnet';

describe('the WordNet table, front-coded', () => {
  it('reads each word as the letters it shares with the word before it, then the rest', () => {
    assert.deepEqual(words('0abandon7ment2ate0zeal'), ['abandon', 'abandonment', 'abate', 'zeal']);
    assert.deepEqual(words(''), []);
  });

  it('every list reads back as words of letters, sorted as written, none empty or repeated', () => {
    for (const [name, list] of Object.entries(table)) {
      if (typeof list !== 'string') continue;
      const read = words(list);
      assert.ok(read.length > 0, name);
      assert.ok(read.every((w) => w.length > 0 && !/[0-9]/.test(w)), name);
      assert.equal(new Set(read).size, read.length, name);
    }
  });

  it('knows the words the judgement is documented with', () => {
    assert.ok(isWordNetAbstract('posture') && isWordNetAbstract('synergies') && !isWordNetAbstract('laptop'));
    assert.ok(isMentalVerb('ponder') && !isMentalVerb('encrypt'));
  });
});
