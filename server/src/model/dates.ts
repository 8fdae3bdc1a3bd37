// Date values as plans write them. ISO first; MM/DD/YYYY, "Month D, YYYY" and
// "D Month YYYY" also count, and so do periods ("Q1 2027", "March 2027", "2027-03", "12/2026",
// "H2 2027") and ranges of days ("May 15–21, 2026"), read as their last day, and a date with a time of day ("2026-02-24 10:00 UTC") as its day: a deadline of Q1 is met on March 31. Something shaped like a date that is impossible or
// malformed is `invalid`, free text is `not-a-date`: the spec keeps them apart
// (invalid-date versus missing-due-date).
import { ownCache, TextMemo } from '../caches';
import type { Field } from './plan-model';

export type DateParse =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'not-a-date' }
  | { readonly kind: 'empty' };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** A month's number by its name or its first three letters (`Nov`, `november`); undefined for any other word. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** A two-digit year, as a log or a spreadsheet writes it: "30/11/25" (a first number over 12 is the day), "11/30/25". */
const SHORT_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
/** Looks like an attempt at a numeric date: digits separated by -, / or . */
const DATE_SHAPED = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;
/** A day, month name and year joined by - / or . ("30-Jun-2026"): a date, but not in a form the spec accepts. */
const NAMED_MONTH_SHAPED = /^\d{1,2}[-/.]([A-Za-z]{3,9})[-/.]\d{2,4}$/;
/** A quarter: "Q1 2027", "Q1-2027", "2027 Q1", "1Q 2027", "end of Q1 2027". */
const QUARTER = /^(?:q([1-4])|([1-4])q)[\s,/-]*(?:fy|cy)?\s*(\d{4})$|^(\d{4})[\s,/-]*q([1-4])$/i;
/** A half year: "H1 2027", "2027 H2". */
const HALF = /^h([12])[\s,/-]*(\d{4})$|^(\d{4})[\s,/-]*h([12])$/i;
/** A month: "March 2027", "Mar. 2027", "Mar-2027". */
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?[\s,/-]+(\d{4})$/;
/** Months of one year: "May–June 2026", "Jan-Mar 2027" (an assessment carried out over them, a deadline at the end of the last). */
const MONTH_SPAN = /^([A-Za-z]{3,9})\.?[ \t]*[-–—][ \t]*([A-Za-z]{3,9})\.?,?[ \t]+(\d{4})$/;
/** A month in ISO order: "2027-03". */
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
/** A month and its year in figures, month first: "12/2026", "3/2027" (a POA&M's target column). */
const NUMERIC_MONTH = /^(\d{1,2})\/(\d{4})$/;
/** Words before a period that do not change it. */
const PERIOD_LEAD = /^(?:by|before|end of|by end of|by the end of|the end of|eo)\s+/i;
/**
 * A time of day after the date, with its zone: "2026-02-24 10:00", "2026-02-24T10:00:00Z",
 * "Feb 24, 2026 at 10:00 am", "2026-02-24 10:00 UTC". The date is the day; the time is not read.
 * Only tried on a value with a `:`, so no other value pays for it.
 */
const TIME_OF_DAY = /(?:T|,?\s+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5}(?:[+-]\d{1,2})?))?$/i;
/** A note after the date: "2026-05-01 (moved from April)". */
const TRAILING_NOTE = /^([^()]*[^()\s])\s*\([^()]*\)$/;
/**
 * A comment after the date, set off by a spaced dash or a semicolon: "2026-07-22 - adjusted to 180 days from creation",
 * "2026-07-22 (Phase 8) - moved after the audit". The comment starts with a word of two letters or more that is no month
 * (so "2026-05-15 - June 2" stays a range), and the date is read as if it stood alone. So does an alternative after a
 * comma: "2027-05-20, or sooner after any material change" (a next review).
 */
const TRAILING_COMMENT = /^(\S.{4,30}?\d(?:\s*\([^()]{0,60}\))?)(?:\s+[-–—]\s+|\s*;\s*|,\s+(?=or\s))(\p{L}{2,})\b[^]*$/u;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function build(year: number, month: number, day: number, strictPadding: boolean, raw: string): DateParse {
  if (month < 1 || month > 12) return { kind: 'invalid', reason: `month ${month} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'invalid', reason: `${raw} is not a day of the calendar` };
  }
  if (strictPadding && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    return { kind: 'invalid', reason: `${raw} is not in YYYY-MM-DD form` };
  }
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Dates read by their text: several rules read each date of a plan on every edit. */
const parsedDates = ownCache('dates by text', new TextMemo<DateParse>(10_000));

/** Parses a date value as written in a plan. */
export function parseDate(input: string): DateParse {
  return parsedDates.of(input, parseDateText);
}

function parseDateText(input: string): DateParse {
  // Word processors write dates with non-breaking or typographic hyphens (`2025‑09‑15`): they are hyphens.
  // A date closing a sentence keeps its full stop (`Target: Q2 2026.`, `2027-07-11 (or upon material change).`): the stop is not part of it.
  const raw = input.trim().replace(/^["']|["']$/g, '').trim().replace(/[\u2010\u2011\u2012\u2212]/g, '-').replace(/(?<=[\d)])\.$/, '');
  if (raw === '') return { kind: 'empty' };
  const noted = TRAILING_NOTE.exec(raw);
  if (noted) {
    const head = parseDate(noted[1]);
    if (head.kind === 'date' || head.kind === 'invalid') return head;
  }
  const commented = TRAILING_COMMENT.exec(raw);
  if (commented && MONTHS[commented[2].toLowerCase()] === undefined) {
    const head = parseDate(commented[1]);
    if (head.kind === 'date' || head.kind === 'invalid') return head;
  }
  const time = raw.includes(':') ? TIME_OF_DAY.exec(raw) : null;
  if (time && time.index > 0) {
    const day = parseDate(raw.slice(0, time.index));
    if (day.kind === 'date' || day.kind === 'invalid') return day;
  }
  let m = ISO.exec(raw);
  if (m) return build(+m[1], +m[2], +m[3], true, raw);
  m = US.exec(raw);
  // `15/06/2025`: slashed dates are month first (the spec), so this is invalid; say what it would be day first, not guess it.
  if (m && +m[1] > 12 && +m[2] >= 1 && +m[2] <= 12 && build(+m[3], +m[2], +m[1], false, raw).kind === 'date') {
    return { kind: 'invalid', reason: `slashed dates are read month first and there is no month ${+m[1]}; day first it would be ${pad(+m[3], 4)}-${pad(+m[2])}-${pad(+m[1])}` };
  }
  if (m) return build(+m[3], +m[1], +m[2], false, raw);
  m = SHORT_YEAR.exec(raw);
  if (m) return +m[1] > 12 ? build(2000 + +m[3], +m[2], +m[1], false, raw) : build(2000 + +m[3], +m[1], +m[2], false, raw);
  m = MONTH_FIRST.exec(raw);
  if (m && MONTHS[m[1].toLowerCase()]) return build(+m[3], MONTHS[m[1].toLowerCase()], +m[2], false, raw);
  m = DAY_FIRST.exec(raw);
  if (m && MONTHS[m[2].toLowerCase()]) return build(+m[3], MONTHS[m[2].toLowerCase()], +m[1], false, raw);
  m = NAMED_MONTH_SHAPED.exec(raw);
  if (m && MONTHS[m[1].toLowerCase()]) return { kind: 'invalid', reason: `${raw} is not a date in a supported form` };
  if (DATE_SHAPED.test(raw)) return { kind: 'invalid', reason: `${raw} is not a date in a supported form` };
  return periodEnd(raw.replace(PERIOD_LEAD, '')) ?? rangeEnd(raw) ?? { kind: 'not-a-date' };
}

/** A slashed date with a four-digit year, wherever it stands in a cell (`15/08/2026`, `15/08/2026 (moved)`). */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/**
 * Whether a column's dates are written day first: one of them has a first number over 12 (`25/07/2026`) and none a
 * second number over 12 (which only month first reads). A spreadsheet exported in a day-first locale writes every date of
 * the column so, `01/09/2026` (1 September) too, so the whole column is read day first, not each date by itself.
 */
export function isDayFirstColumn(values: readonly string[]): boolean {
  let dayFirst = false;
  for (const value of values) {
    const m = SLASHED.exec(value);
    if (!m) continue;
    if (+m[2] > 12) return false;
    if (+m[1] > 12) dayFirst = true;
  }
  return dayFirst;
}

/** A cell of a day-first column with its slashed date written as YYYY-MM-DD (`25/07/2026` → `2026-07-25`), so it reads as the date it is. */
export function dayFirstAsIso(value: string): string {
  return value.replace(SLASHED, (_whole: string, d: string, m: string, y: string) => `${y}-${pad(+m)}-${pad(+d)}`);
}

/** Between the two ends of a range of days: a dash (spaced or not between day numbers), `to`, `through`, `until`. */
const RANGE_MARK = String.raw`(?:\s*[–—]\s*|\s+-\s+|\s+(?:to|through|thru|until)\s+)`;
/** Days of one month: "May 15–21, 2026", "May 15 to 21, 2026" (the end's month and year are the start's). */
const MONTH_DAYS = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:${RANGE_MARK}|-)(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, 'i');
/** Days of one month, day first: "15–21 May 2026". */
const DAYS_MONTH = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?(?:${RANGE_MARK}|-)(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})$`, 'i');
/** Two whole dates: "2026-05-15 – 2026-05-21", "May 15, 2026 to June 2, 2026". */
const TWO_DATES = new RegExp(String.raw`^(.+?)${RANGE_MARK}(.+)$`, 'i');

/**
 * The last day of a range of days written as a deadline ("May 15–21, 2026"): the work is due by
 * its end. Only a range whose end is a date is one; a start that is not a date leaves it free text.
 */
function rangeEnd(raw: string): DateParse | undefined {
  if (!/[–—-]|\b(?:to|through|thru|until)\b/i.test(raw)) return undefined;
  let m = MONTH_DAYS.exec(raw);
  if (m) return parseDate(`${m[1]} ${m[2]}, ${m[3]}`);
  m = DAYS_MONTH.exec(raw);
  if (m) return parseDate(m[1]);
  m = TWO_DATES.exec(raw);
  if (!m) return undefined;
  const start = parseDate(m[1]);
  const end = parseDate(m[2]);
  return start.kind === 'date' && end.kind === 'date' && start.iso <= end.iso ? end : undefined;
}

/**
 * The months a quarter, half year or month spans (`Q3 2027`: July to September 2027), if the value names one; `month`
 * when it is an ISO month that does not exist (`2027-13`).
 */
function periodMonths(raw: string): { year: number; first: number; last: number } | { month: number } | undefined {
  let m = QUARTER.exec(raw);
  if (m) {
    const quarter = +(m[1] ?? m[2] ?? m[5]);
    return { year: +(m[3] ?? m[4]), first: 3 * quarter - 2, last: 3 * quarter };
  }
  m = HALF.exec(raw);
  if (m) {
    const half = +(m[1] ?? m[4]);
    return { year: +(m[2] ?? m[3]), first: 6 * half - 5, last: 6 * half };
  }
  m = MONTH_YEAR.exec(raw);
  if (m && MONTHS[m[1].toLowerCase()]) return { year: +m[2], first: MONTHS[m[1].toLowerCase()], last: MONTHS[m[1].toLowerCase()] };
  m = MONTH_SPAN.exec(raw);
  if (m && MONTHS[m[1].toLowerCase()] && MONTHS[m[2].toLowerCase()] && MONTHS[m[1].toLowerCase()] < MONTHS[m[2].toLowerCase()]) {
    return { year: +m[3], first: MONTHS[m[1].toLowerCase()], last: MONTHS[m[2].toLowerCase()] };
  }
  m = ISO_MONTH.exec(raw);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? { year: +m[1], first: +m[2], last: +m[2] } : { month: +m[2] };
  m = NUMERIC_MONTH.exec(raw);
  if (m) return +m[1] >= 1 && +m[1] <= 12 ? { year: +m[2], first: +m[1], last: +m[1] } : { month: +m[1] };
  return undefined;
}

/** The last day of a quarter, half year or month written as a deadline, if the value is one. */
function periodEnd(raw: string): DateParse | undefined {
  const period = periodMonths(raw);
  if (period === undefined) return undefined;
  if ('month' in period) return { kind: 'invalid', reason: `month ${period.month} does not exist` };
  return { kind: 'date', iso: `${pad(period.year, 4)}-${pad(period.last)}-${pad(daysInMonth(period.year, period.last))}` };
}

/**
 * The first day of a quarter, half year or month a value names (`2027-09`, `Q3 2027`, `September 2027 (or sooner)`), as
 * an ISO date; undefined for a day or anything else. A deadline is read as its period's end; a date planned within a
 * period may fall on any of its days, so a check that a date comes soon enough asks of the first.
 */
export function periodStart(input: string): string | undefined {
  const raw = input.trim().replace(/[\u2010\u2011\u2012\u2212]/g, '-');
  const noted = TRAILING_NOTE.exec(raw);
  const period = periodMonths((noted ? noted[1] : raw).replace(PERIOD_LEAD, ''));
  return period === undefined || 'month' in period ? undefined : `${pad(period.year, 4)}-${pad(period.first)}-01`;
}

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An ISO date plus a number of days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Today's local date as ISO. */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True when a string is a valid ISO calendar date. */
export function isIsoDate(value: string): boolean {
  const parsed = parseDate(value);
  return parsed.kind === 'date' && ISO.test(value.trim());
}

/** The ISO date a field names, if it names one. */
export function isoOf(field: Field | undefined): string | undefined {
  const parsed = field ? parseDate(field.value) : undefined;
  return parsed?.kind === 'date' ? parsed.iso : undefined;
}
