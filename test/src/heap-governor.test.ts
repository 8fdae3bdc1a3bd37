// The Node server's heap governor (server/heap-governor.ts): after a lint, it collects only when
// the heap has grown past its slack, once however many lints a turn makes.
import * as assert from 'node:assert/strict';
import { heapGovernor } from '../../server/out/server/heap-governor';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('heap governor', () => {
  it('collects after a lint when the heap grew past the slack, once a turn, and not when it did not', async () => {
    let collections = 0;
    const afterLint = heapGovernor(() => void collections++, 2 ** 20);
    afterLint();
    await nextTurn();
    assert.equal(collections, 0, 'nothing grew yet');
    const kept: string[][] = [];
    for (let i = 0; i < 64; i++) kept.push(Array.from({ length: 4096 }, (_, k) => `${i}:${k}`));
    afterLint();
    afterLint();
    afterLint();
    await nextTurn();
    assert.equal(collections, 1, 'three lints in one turn, one collection');
    assert.equal(kept.length, 64);
  });
});
