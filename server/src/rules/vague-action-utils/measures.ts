// What measures an action: a quantity, a count or a frequency, and the dates and time points that do not.
import { FUNCTION_WORDS, NUMBER_WORDS, FREQUENCY_WORDS, DATE_WORDS, FREQUENCY_MARKERS, TIME_UNITS } from './lexicon';
import { Token, CODE_WORD } from './tokens';

/**
 * "24/7 support", "24x7 monitoring", "24/7/365": every hour of every day, a coverage one can check on a rota, as "daily" is a
 * frequency. Written as a day and a month, it is a date only where a date stands: after "by", "on", "until" ("due 24/7").
 */
const ROUND_THE_CLOCK = /^24[/x]7(?:[/x]365)?$/;
/** Words a date follows: where "24/7" is the 24th of July. */
const BEFORE_DATES = new Set(['by', 'on', 'until', 'till', 'before', 'after', 'due', 'from', 'since']);

/** True when token `i` is a coverage round the clock ("24/7", "24x7"), not a date. */
export function isRoundTheClock(tokens: readonly Token[], i: number): boolean {
  return ROUND_THE_CLOCK.test(tokens[i].word) && !(i > 0 && BEFORE_DATES.has(tokens[i - 1].word));
}

/** A number that is part of a date or deadline (2026-07-01, Q3, "July 31", 2027) rather than a quantity. */
export function isDatePart(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].word;
  if (isRoundTheClock(tokens, i)) return false;
  if (/^\d{4}-\d{1,2}(-\d{1,2})?$|^\d{1,2}\/\d{1,2}(\/\d{2,4})?$|^(19|20)\d\d$|^q[1-4]$|^(fy|cy)?\d{2,4}$|^h[12]$/.test(w)) {
    return !/^\d{2,3}$/.test(w); // 14, 180 are quantities
  }
  return /^\d{1,2}(st|nd|rd|th)?$/.test(w) && i > 0 && DATE_WORDS.has(tokens[i - 1].word);
}

/** Words that stand between a count and what it counts: "2 more cameras", "3 new laptops". */
const COUNTED_QUALIFIERS = new Set(['more', 'new', 'additional', 'other', 'further', 'old', 'existing', 'current', 'separate']);

/** Words that place a day by an event: "the final day of employment", "the same day", "the first shift". */
const TIME_POINTS = new Set(['final', 'last', 'first', 'same']);
/** The units such a word places: one day of work. */
const PLACED_DAYS = new Set(['day', 'shift', 'workday']);

/**
 * True when token `i` opens a day placed by an event: "on their final day of employment", "the same day", "on the last
 * shift". A point in time one can check, as a date is; no degree. ("Same as last year" points back; a year is no day.)
 */
export function isTimePoint(tokens: readonly Token[], i: number): boolean {
  return TIME_POINTS.has(tokens[i].word) && i + 1 < tokens.length && PLACED_DAYS.has(tokens[i + 1].word);
}

/** Words that place a unit of time from now: "next week", "this month", "the coming quarter". */
export const RELATIVE_TIMES = new Set(['next', 'this', 'coming', 'upcoming', 'following']);

/**
 * True when token `i` is a word of a time put relative to now ("next wk", "this month"): it says when, as a date does, and
 * names no thing. A unit of time counted ("6 years") or placed by an event is read elsewhere.
 */
export function inRelativeTime(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (RELATIVE_TIMES.has(t.word)) return i + 1 < tokens.length && (TIME_UNITS.has(tokens[i + 1].word) || DATE_WORDS.has(tokens[i + 1].word));
  return TIME_UNITS.has(t.word) && i > 0 && RELATIVE_TIMES.has(tokens[i - 1].word);
}

/** Words before a share that make it a target or a change: "by 50%", "to 95%", "under 5%". */
const SHARE_TARGETS = new Set(['by', 'to', 'under', 'below', 'above', 'over', 'within', 'least', 'than']);

/** A quantity or frequency: "14 characters", "six years", "every quarter", "monthly". */
export function isQuantity(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.stop) return false;
  // "Ensure `PermitRootLogin no`", "check `auditctl -l`": inline code gives the exact command or value to check.
  if (t.word === CODE_WORD) return true;
  const next = tokens[i + 1];
  // "24/7 support", "24x7 MDR service": the coverage of the thing it qualifies. After a party ("MSP NOC 24/7") it says
  // when the party is there, no thing delivered.
  if (isRoundTheClock(tokens, i)) return next !== undefined && !next.stop && !FUNCTION_WORDS.has(next.word);
  if (t.numeric) {
    if (t.id || t.name || isDatePart(tokens, i)) return false;
    // "10% of total budget", "100% enrollment", "by 50%", "under 5%": a share of something, or a target, measures as
    // "10 percent" does. One that ends the phrase ("In progress - 60%", "(70%)") says how far the work is: a status.
    if (t.percent && /^\d[\d.]*$/.test(t.word)) return (next !== undefined && !next.stop) || (i > 0 && SHARE_TARGETS.has(tokens[i - 1].word));
    // A number right after a name is part of it: "FIPS 140-2", "Level 3", "SOC 2", "Rev 5" designate, they do not count.
    if (i > 0 && !tokens[i - 1].stop && (tokens[i - 1].name || tokens[i - 1].acronym || tokens[i - 1].label) && !tokens[i - 1].numeric) return false;
    // A bare number counts what follows it ("12 endpoints"); after a noun it is a label ("Step 3", "item 14").
    // "2 more cameras", "3 new laptops": a qualifier between the number and the noun counts with it.
    if (/^\d[\d,.]*$/.test(t.word)) {
      // "from 8 to 14", "to 14": a value a setting is brought from or to measures the change.
      if (i > 0 && (tokens[i - 1].word === 'to' || tokens[i - 1].word === 'from')) return true;
      let k = i + 1;
      while (k < tokens.length && COUNTED_QUALIFIERS.has(tokens[k].word)) k++;
      return k < tokens.length && !tokens[k].stop && !FUNCTION_WORDS.has(tokens[k].word);
    }
    return true;
  }
  // "once a year" is a frequency; "once the new system is live" is a condition.
  if (t.word === 'once' || t.word === 'twice') return next !== undefined && (FREQUENCY_MARKERS.has(next.word) || TIME_UNITS.has(next.word) || FREQUENCY_WORDS.has(next.word));
  // "at the next quarterly session" names a date, not a frequency.
  if (FREQUENCY_WORDS.has(t.word)) return !(i > 0 && (tokens[i - 1].word === 'next' || tokens[i - 1].word === 'this'));
  if (NUMBER_WORDS.has(t.word)) return true;
  // "checking desks Fridays", "on Mondays": a weekday in the plural is a frequency.
  if (t.word.endsWith('days') && DATE_WORDS.has(t.word.slice(0, -1))) return true;
  return (t.word === 'every' || t.word === 'each' || t.word === 'per') && next !== undefined && (TIME_UNITS.has(next.word) || DATE_WORDS.has(next.word));
}
