// A document's headings with where each starts, and the heading over an offset: what section a risk read by a whole-plan
// pass sits in (grouped-remediation.ts, rating-snapshots.ts).
import { firstAtOrAfter } from './offset-search';

export interface DocumentHeading {
  readonly at: number;
  readonly text: string;
}

/** The document's headings, in order: where each starts, and its text. */
export function headingsOf(text: string): DocumentHeading[] {
  return [...text.matchAll(/^ {0,3}#{1,6}[ \t]+.*$/gm)].map((m) => ({ at: m.index!, text: m[0] }));
}

/** The text of the last heading above an offset ('' when none), by halving: a long write-up has many. */
export function headingAbove(headings: readonly DocumentHeading[], at: number): string {
  const after = firstAtOrAfter(headings, at, (heading) => heading.at);
  return after > 0 ? headings[after - 1].text : '';
}
