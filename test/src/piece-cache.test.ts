// The cache of parsed pieces holds about the open plans, not their history: the texts an
// edit replaced are parsed again only when they come back after a few more edits.
import * as assert from 'node:assert/strict';
import { PieceCache, parsedOnce } from '../../server/out/parse/piece-cache';

/** A cache whose parse records what it parsed. */
function recording(): { cache: PieceCache<string>; parsed: string[]; parse(texts: string[]): void } {
  const cache = new PieceCache<string>(1_000_000);
  const parsed: string[] = [];
  return {
    cache,
    parsed,
    parse(texts) {
      for (const text of texts) cache.get(text, (own) => (parsed.push(own), own.toUpperCase()));
      cache.endParse();
    },
  };
}

describe('PieceCache', () => {
  it('a text parsed once finds the pieces there but keeps none of its own, and leaves the open plan\'s order alone', () => {
    const r = recording();
    r.parse(['head', 'x']);
    parsedOnce(() => r.parse(['head', 'disk1', 'disk2']));
    parsedOnce(() => r.parse(['disk1']));
    r.parse(['head', 'xy']);
    r.parse(['head', 'x']); // the open plan's undo still finds its text
    assert.deepEqual(r.parsed, ['head', 'x', 'disk1', 'disk2', 'disk1', 'xy']);
  });

  it('parses each text once and gives the parsed value back', () => {
    const r = recording();
    r.parse(['a', 'b']);
    r.parse(['a', 'b']);
    assert.deepEqual(r.parsed, ['a', 'b']);
    assert.equal(r.cache.get('a', () => 'never'), 'A');
  });

  it('keeps a replaced text for an undo within two edits', () => {
    const r = recording();
    r.parse(['head', 'x1']);
    r.parse(['head', 'x12']);
    r.parse(['head', 'x1']); // undo
    assert.deepEqual(r.parsed, ['head', 'x1', 'x12']);
  });

  it('keeps both texts while an edit is typed and undone again and again', () => {
    const r = recording();
    for (let i = 0; i < 6; i++) r.parse(['head', i % 2 ? 'x1' : 'x']);
    assert.deepEqual(r.parsed, ['head', 'x', 'x1']);
  });

  it('drops the texts typing replaced a few edits ago', () => {
    const r = recording();
    for (const typed of ['x', 'xy', 'xyz', 'xyzw']) r.parse(['head', typed]);
    r.parse(['head', 'x']);
    assert.deepEqual(r.parsed, ['head', 'x', 'xy', 'xyz', 'xyzw', 'x']);
  });

  it('keeps the pieces of another document parsed in between', () => {
    const r = recording();
    r.parse(['a1', 'a2']);
    r.parse(['b1', 'b2']);
    r.parse(['a1', 'a2']);
    assert.deepEqual(r.parsed, ['a1', 'a2', 'b1', 'b2']);
  });

  it("finds a piece by its text wherever it moved, and a text of the same length at a piece's old place is another piece", () => {
    const r = recording();
    r.parse(['head', 'ab', 'cd']);
    r.parse(['head', 'xy', 'ab', 'cd']); // a piece inserted: the others moved one place down
    r.parse(['head', 'ab', 'zz']); // same lengths at the same places, one text new
    assert.deepEqual(r.parsed, ['head', 'ab', 'cd', 'xy', 'zz']);
    assert.equal(r.cache.get('zz', () => 'never'), 'ZZ');
  });
});
