// When edits come fast, V8 lets the old generation fill with dead analyses before its first full
// collection: each keystroke's analysis outlives the small young generation, is promoted, and
// dies at the next keystroke (a preview render's page likewise). At 1,000 risks the live heap is 17-25 MB, yet the heap grew to
// 60-110 MB of mostly garbage, and the server's resident memory with it. After a lint, when the
// heap holds more than `slackBytes` above what the last full collection left, collect at once:
// a few milliseconds for that live heap, after the lint's diagnostics are on their way.
// Node only: `gc` exists when the server runs with --expose-gc (server/node-flags.json).
import { getHeapStatistics } from 'node:v8';

/**
 * Collects when the heap has grown past the last collection's live heap by `slackBytes`, or, for
 * a live heap over `baseBytes`, by that plus `share` of the excess (a larger plan's collection
 * costs more, so it runs less often); call after each lint or render.
 */
export function heapGovernor(gc: () => void, slack: { readonly bytes: number; readonly baseBytes: number; readonly share: number }, heapUsed = () => getHeapStatistics().used_heap_size): () => void {
  let live = heapUsed();
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    // After the current turn: the lint's diagnostics are sent before the collection starts.
    setImmediate(() => {
      scheduled = false;
      if (heapUsed() <= live + slack.bytes + Math.max(0, live - slack.baseBytes) * slack.share) return;
      gc();
      live = heapUsed();
    });
  };
}
