// A property shared by the incremental-parsing tests: random typing and deleting in real
// plans, with a check after every edit.
import fc from 'fast-check';

/**
 * How many times the differential tests' run counts are taken: 1 in `npm test` (fast), more in
 * `npm run test:soak`, which sets RMPLINT_DIFFERENTIAL_SCALE and runs these files again.
 */
export const RUNS_SCALE = Math.max(1, Number(process.env.RMPLINT_DIFFERENTIAL_SCALE ?? 1) || 1);

/**
 * Applies up to four random edits to one of `texts` — a snippet typed at a position, or a
 * number of characters deleted there — and calls `check` on the text after each edit.
 */
export function checkUnderRandomEdits(
  texts: readonly string[],
  snippets: readonly string[],
  check: (text: string) => void,
  options: { numRuns: number; seed: number },
): void {
  options = { ...options, numRuns: options.numRuns * RUNS_SCALE };
  fc.assert(
    fc.property(
      fc.constantFrom(...texts),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...snippets), fc.nat({ max: 40 }))), { minLength: 1, maxLength: 4 }),
      (start, edits) => {
        let text = start;
        for (const [where, edit] of edits) {
          const at = Math.floor(where * text.length);
          text = typeof edit === 'string' ? text.slice(0, at) + edit + text.slice(at) : text.slice(0, at) + text.slice(at + edit);
          check(text);
        }
      },
    ),
    options,
  );
}
