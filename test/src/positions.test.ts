import * as assert from 'node:assert/strict';
import { LineIndex, lineEndAt, lineStartAt } from '../../server/out/model/positions';

describe('LineIndex: offsets in, positions out', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const index = new LineIndex(text);

  it('counts LF, CRLF and lone CR line breaks', () => {
    assert.equal(index.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => index.lineText(l)), ['ab', 'cd', 'ef', 'gh']);
  });

  it('maps offsets to positions and back', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const pos = index.positionAt(offset);
      const back = index.offsetAt(pos);
      // Offsets inside a CRLF pair map to the end of the line.
      assert.ok(back === offset || text.slice(back, offset) === '\r' || text.slice(back, offset) === '\n', `offset ${offset}`);
    }
    assert.deepEqual(index.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(index.positionAt(text.length), { line: 3, character: 2 });
  });

  it('clamps out-of-range input', () => {
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(999), { line: 3, character: 2 });
    assert.equal(index.offsetAt({ line: 1, character: 99 }), 5);
  });

  it('handles an empty text', () => {
    const empty = new LineIndex('');
    assert.equal(empty.lineCount, 1);
    assert.deepEqual(empty.rangeOf({ start: 0, end: 0 }), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});

describe('lineStartAt and lineEndAt: a short text scanned, a long one indexed, the same answers', () => {
  const short = 'ab\ncd\r\nef\rgh\n\n\r\r\nij';
  const long = `${short}\n${'x'.repeat(3000)}\r\n${short}`;
  for (const [name, text] of [['a short text', short], ['a long text', long]] as const) {
    it(`agrees with the LineIndex on every offset of ${name} (LF, CRLF, lone CR, blank lines)`, () => {
      const index = new LineIndex(text);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const line = index.lineAt(offset);
        assert.equal(lineStartAt(text, offset), index.lineStart(line), `start at ${offset}`);
        assert.equal(lineEndAt(text, offset), index.lineEnd(line), `end at ${offset}`);
      }
    });
  }
});
