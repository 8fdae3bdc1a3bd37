// Deadlines written relative to the plan's date (model/relative-dues.ts): each counted from 2026-01-01.
import * as assert from 'node:assert/strict';
import { relativeDeadline } from '../../server/out/model/relative-dues';

describe('relative deadlines (issue 12)', () => {
  const table: [string, string | undefined][] = [
    ['30 days', '2026-01-31'],
    ['Week 3', '2026-01-22'],
    // A gap tracker's timeline: the end of an ordinal week, a day of one.
    ['End of Week 3', '2026-01-22'],
    ['end of week 10', '2026-03-12'],
    ['Day 3-5 of Week 6', '2026-02-10'],
    ['Day 2 of Weeks 19-20', '2026-05-09'],
    ['Week of the audit', undefined],
    ['End of quarter', undefined],
    // A findings report's remediation timeline: hours run to the day they end.
    ['Within 24 hours', '2026-01-02'],
    ['within 72 hours', '2026-01-04'],
    // A roadmap's timeline: a span, then the days it runs with no year: the last day, in the first year on or after the plan's date.
    ['4 weeks (Nov 25 - Dec 20)', '2026-12-20'],
    ['2 weeks (Jan 5-16)', '2026-01-16'],
    ['10 weeks (Jan 13 - Mar 21)', '2026-03-21'],
    ['6 months (Apr 1 - Sep 30) + 3 months audit', undefined],
    ['Ongoing (monthly simulations starting Apr 1)', undefined],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} → ${expected ?? 'not a relative deadline'}`, () => assert.equal(relativeDeadline(value)?.('2026-01-01'), expected));
  }
});
