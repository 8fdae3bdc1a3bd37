// Where an offset falls in a list of things sorted by where they stand in the text, by halving:
// a long document has many of them, and each keystroke asks for many offsets.

/** The index of the first item at or after `at` (the list's length when none is), the items sorted by `offsetOf`. */
export function firstAtOrAfter<T>(items: readonly T[], at: number, offsetOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsetOf(items[mid]) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
