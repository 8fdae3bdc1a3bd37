import * as assert from 'node:assert/strict';
import { addDays, daysBetween, parseDate } from '../../server/out/model/dates';

describe('dates (spec §4)', () => {
  it('says what a day-first slashed date would be, and keeps it invalid (slashed dates are month first)', () => {
    const parsed = parseDate('15/06/2025');
    assert.equal(parsed.kind, 'invalid');
    assert.match((parsed as { reason: string }).reason, /day first it would be 2025-06-15/);
    assert.match((parseDate('13/13/2025') as { reason: string }).reason, /month 13 does not exist/);
  });

  const cases: [string, string][] = [
    ['2026-04-01', 'date 2026-04-01'],
    // A date with a time of day, in every form: the day (issue 12, round 11).
    ['2026-04-01 10:00', 'date 2026-04-01'],
    ['2026-04-01T10:00:00Z', 'date 2026-04-01'],
    ['2026-04-01T10:00:00.000+02:00', 'date 2026-04-01'],
    ['2026-04-01 10:00 UTC', 'date 2026-04-01'],
    ['April 1, 2026 at 9:30 am', 'date 2026-04-01'],
    ['04/01/2026 14:30 EST', 'date 2026-04-01'],
    ['2026-02-30 10:00', 'invalid'],
    ['10:00', 'not-a-date'],
    ['Standup 10:00', 'not-a-date'],
    ['04/01/2026', 'date 2026-04-01'],
    ['April 1, 2026', 'date 2026-04-01'],
    ['Apr 1 2026', 'date 2026-04-01'],
    ['1 April 2026', 'date 2026-04-01'],
    ['2028-02-29', 'date 2028-02-29'],
    ['2026-02-30', 'invalid'],
    ['2026-10-2', 'invalid'],
    ['13/05/2026', 'invalid'],
    // A two-digit year, as an action log writes it: a first number over 12 is the day.
    ['30/11/25', 'date 2025-11-30'],
    ['11/30/25', 'date 2025-11-30'],
    ['31/02/25', 'invalid'],
    ['06/31/2026', 'invalid'],
    ['2026-13-05', 'invalid'],
    ['31 June 2026', 'invalid'],
    ['30-Jun-2026', 'invalid'],
    ['2026/07/15', 'invalid'],
    ['2026-05-01 (moved from April)', 'date 2026-05-01'],
    ['June 30, 2026 (board meeting)', 'date 2026-06-30'],
    ['2026-02-30 (approx.)', 'invalid'],
    ['TBD (after budget)', 'not-a-date'],
    // A comment after the date set off by a spaced dash or a semicolon (round 36); a range's end, or a month, is no comment.
    ['2026-07-22 (Phase 3, weeks 9-10) - moved to match the 180-day limit', 'date 2026-07-22'],
    ['2026-08-14 - slipped after vendor delay', 'date 2026-08-14'],
    ['Sep 4, 2026; owner on leave until then', 'date 2026-09-04'],
    ['2026-02-30 - typo', 'invalid'],
    ['2026-05-15 - 2026-05-21', 'date 2026-05-21'],
    ['2026-05-15 - June 2', 'not-a-date'],
    ['TBD - waiting on budget', 'not-a-date'],
    ['ASAP', 'not-a-date'],
    ['end of year', 'not-a-date'],
    ['annually', 'not-a-date'],
    ['Foo 3, 2026', 'not-a-date'],
    ['  ', 'empty'],
    // Periods people give as deadlines read as their last day (issue 12).
    ['Q1 2027', 'date 2027-03-31'],
    ['Q2 2026.', 'date 2026-06-30'], // a date closing a sentence keeps its full stop
    ['2026-04-01.', 'date 2026-04-01'],
    ['2027-07-11 (or upon material change).', 'date 2027-07-11'], // a next review closing its sentence after a note (set 65)
    ['Q4 2026', 'date 2026-12-31'],
    ['May–June 2026', 'date 2026-06-30'], // months of one year (set 66's assessment date)
    ['Jan-Mar 2027', 'date 2027-03-31'],
    ['June-May 2026', 'not-a-date'],
    ['2027 Q2', 'date 2027-06-30'],
    ['end of Q3 2026', 'date 2026-09-30'],
    ['H1 2027', 'date 2027-06-30'],
    ['March 2027', 'date 2027-03-31'],
    ['Feb 2028', 'date 2028-02-29'],
    ['by September 2026', 'date 2026-09-30'],
    // A range of days given as a deadline reads as its last day; a range whose ends are not both dates stays free text.
    ['May 15–21, 2026', 'date 2026-05-21'],
    ['15–21 May 2026', 'date 2026-05-21'],
    ['2026-05-15 – 2026-05-21', 'date 2026-05-21'],
    ['May 15, 2026 to June 2, 2026', 'date 2026-06-02'],
    ['2026-05-21 to 2026-05-15', 'not-a-date'],
    ['Week 2 - Week 4', 'not-a-date'],
    ['2027-03', 'date 2027-03-31'],
    ['2027-13', 'invalid'],
    // A POA&M's target month in figures, month first (set 80): the end of that month.
    ['12/2026', 'date 2026-12-31'],
    ['2/2028', 'date 2028-02-29'],
    ['13/2026', 'invalid'],
    ['Q1 202X', 'not-a-date'],
    ['Q5 2027', 'not-a-date'],
    ['Ongoing', 'not-a-date'],
    ['2025\u201109\u201115', 'date 2025-09-15'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      const parsed = parseDate(input);
      assert.equal(parsed.kind === 'date' ? `date ${parsed.iso}` : parsed.kind, expected);
    });
  }

  it('counts days across a leap day and adds days', () => {
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2026-06-15', '2026-06-14'), -1);
    assert.equal(addDays('2026-12-30', 7), '2027-01-06');
  });
});
