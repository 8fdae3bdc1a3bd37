// When edits come fast, V8 lets the old generation fill with dead analyses before its first full
// collection: each keystroke's analysis outlives the small young generation, is promoted, and
// dies at the next keystroke (a preview render's page likewise). At 1,000 risks the live heap is 17-25 MB, yet the heap grew to
// 60-110 MB of mostly garbage, and the server's resident memory with it. After a lint, when the
// heap holds more than `slackBytes` above what the last full collection left, collect, once the
// server has been quiet for `quietMs`: a few milliseconds for that live heap, while the user
// reads the diagnostics, not before they are written. (Collecting in the turn after the lint,
// as this did first, ran before the reply: vscode-jsonrpc writes a message from a setImmediate
// queued after the governor's, so each collection was added to that keystroke's wait.) A heap
// grown past twice the slack, under typing that never pauses, is collected at once.
// Node only: `gc` exists when the server runs with --expose-gc (server/node-flags.json).
import { getHeapStatistics } from 'node:v8';

/** How long no lint or render must have run before the governor collects. */
export const QUIET_MS = 20;

/**
 * Collects when the heap has grown past the last collection's live heap by `slackBytes`, or, for
 * a live heap over `baseBytes`, by that plus `share` of the excess (a larger plan's collection
 * costs more, so it runs less often); call after each lint or render.
 */
export function heapGovernor(
  gc: () => void,
  slack: { readonly bytes: number; readonly baseBytes: number; readonly share: number },
  heapUsed = () => getHeapStatistics().used_heap_size,
  quietMs = QUIET_MS,
): () => void {
  let live = heapUsed();
  let scheduled = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const grownPast = (times: number) => heapUsed() > live + times * (slack.bytes + Math.max(0, live - slack.baseBytes) * slack.share);
  const collect = () => {
    if (quiet !== undefined) clearTimeout(quiet);
    quiet = undefined;
    gc();
    live = heapUsed();
  };
  return () => {
    if (quiet !== undefined) clearTimeout(quiet);
    quiet = setTimeout(() => {
      quiet = undefined;
      if (grownPast(1)) collect();
    }, quietMs);
    quiet.unref?.();
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (grownPast(2)) collect();
    });
  };
}
