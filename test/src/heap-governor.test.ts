// The Node server's heap governor (server/heap-governor.ts): after a lint, it collects only when
// the heap has grown past its slack, once the server is quiet (at once past twice the slack), once
// however many lints come meanwhile.
import * as assert from 'node:assert/strict';
import { heapGovernor } from '../../server/out/server/heap-governor';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Past the governor's quiet time (5 ms in these tests). */
const quiet = () => new Promise<void>((resolve) => setTimeout(resolve, 15));
const MB = 2 ** 20;

describe('heap governor', () => {
  it('collects after a lint when the heap grew past the slack, once a turn, and measures again after collecting', async () => {
    let heap = 20 * MB;
    let collections = 0;
    const afterLint = heapGovernor(() => ((collections += 1), (heap = 22 * MB)), { bytes: 10 * MB, baseBytes: 24 * MB, share: 0.75 }, () => heap, 5);
    heap = 29 * MB;
    afterLint();
    await quiet();
    assert.equal(collections, 0, '9 MB of growth is within the slack');
    heap = 31 * MB;
    afterLint();
    afterLint();
    afterLint();
    await quiet();
    assert.equal(collections, 1, '11 MB: three lints, one collection once quiet');
    heap = 31 * MB;
    afterLint();
    await quiet();
    assert.equal(collections, 1, 'counted from the 22 MB the collection left: 9 MB of growth');
    heap = 33 * MB;
    afterLint();
    await quiet();
    assert.equal(collections, 2);
  });

  it('lets a larger live heap hold more: 10 MB plus three quarters of its excess over the base', async () => {
    let heap = 64 * MB;
    let collections = 0;
    const afterLint = heapGovernor(() => ((collections += 1), (heap = 64 * MB)), { bytes: 10 * MB, baseBytes: 24 * MB, share: 0.75 }, () => heap, 5);
    heap = 103 * MB; // 39 MB of growth: within 10 + 0.75 × 40
    afterLint();
    await quiet();
    assert.equal(collections, 0);
    heap = 105 * MB;
    afterLint();
    await quiet();
    assert.equal(collections, 1);
  });

  it('waits for quiet: no collection in the turn after a lint within twice the slack, one at once past it', async () => {
    let heap = 20 * MB;
    let collections = 0;
    const afterLint = heapGovernor(() => ((collections += 1), (heap = 20 * MB)), { bytes: 10 * MB, baseBytes: 24 * MB, share: 0.75 }, () => heap, 5);
    heap = 31 * MB;
    afterLint();
    await nextTurn();
    assert.equal(collections, 0, 'the reply is written first');
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
    afterLint(); // another keystroke before the quiet time: the collection waits again
    await quiet();
    assert.equal(collections, 1);
    heap = 41 * MB;
    afterLint();
    await nextTurn();
    assert.equal(collections, 2, '21 MB of growth: past twice the slack, collected in the next turn');
    await quiet();
    assert.equal(collections, 2, 'and not again once quiet');
  });
});
