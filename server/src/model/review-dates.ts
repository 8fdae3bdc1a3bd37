// The one answer to "when is the next review?", shared by stale-review, the code lens, the
// status bar, the preview and the export, so no two screens disagree.
import type { Field, PlanMeta, Risk } from './plan-model';
import { addDays, daysBetween, isoOf, parseDate } from './dates';
import { isAccepted } from './plan-queries';
import { countOf, NUMBER_SOURCE } from './number-words';

export interface ReviewSchedule {
  /** The plan's last review, when it records one as a date. */
  readonly last?: string;
  /**
   * The next review: the plan's own next-review date when it records one, else the last
   * review plus the interval; undefined when the plan records neither as a date.
   */
  readonly next?: string;
  /** Where `next` comes from. */
  readonly source?: 'recorded' | 'interval';
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.4, year: 365 };
/** A period named by a word (`quarterly`, `semi-annually`, `twice a year`), in days. */
const PERIOD_WORDS: readonly (readonly [RegExp, number])[] = [
  [/\bbi-?ennial(?:ly)?\b/, 730],
  [/\b(?:semi-?annual(?:ly)?|bi-?annual(?:ly)?|half-?yearly|twice (?:a|per|each) year)\b/, 182],
  [/\b(?:annual(?:ly)?|yearly|once (?:a|per|each) year|(?:every|each) year)\b/, 365],
  [/\b(?:quarterly|(?:every|each) quarter)\b/, 91],
  [/\b(?:monthly|(?:every|each) month)\b/, 30],
];
/** `every 6 months`, `12 months`, `every two years`. */
const PERIOD_COUNT = new RegExp(String.raw`\b(?:every\s+)?${NUMBER_SOURCE}[\s-]+(day|week|month|year)s?\b`);

/**
 * How often a plan says it is reviewed, in days (`Review cycle: quarterly` 91, `every 6 months`
 * 182); the first period its words name, so `Annually, and after any significant change` is 365.
 */
export function reviewCycleDays(meta: PlanMeta): number | undefined {
  const text = meta.reviewCycle?.value.toLowerCase();
  if (!text) return undefined;
  let best: { at: number; days: number } | undefined;
  for (const [pattern, days] of PERIOD_WORDS) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, days };
  }
  const count = PERIOD_COUNT.exec(text);
  if (count && (!best || count.index < best.at)) {
    const n = countOf(count[1]);
    if (n > 0) best = { at: count.index, days: Math.round(n * UNIT_DAYS[count[2]]) };
  }
  return best?.days;
}

/**
 * The interval the plan's reviews are held to: the configured one, or the plan's own review
 * cycle when that is shorter (a plan that promises quarterly reviews is late after a quarter;
 * one that promises reviews every two years is still held to the organisation's interval).
 */
export function reviewIntervalOf(meta: PlanMeta, intervalDays: number): number {
  const cycle = reviewCycleDays(meta);
  return cycle !== undefined && cycle < intervalDays ? cycle : intervalDays;
}

/** When the plan is next reviewed, from its recorded dates and the review interval (or its own shorter cycle). */
export function reviewSchedule(meta: PlanMeta, intervalDays: number): ReviewSchedule {
  const last = isoOf(meta.lastReviewed);
  const recorded = isoOf(meta.nextReview);
  if (recorded) return { last, next: recorded, source: 'recorded' };
  if (last) return { last, next: addDays(last, reviewIntervalOf(meta, intervalDays)), source: 'interval' };
  return {};
}

/** Days from today to the next review (negative when overdue); undefined when the plan records no review date. */
export function daysToNextReview(meta: PlanMeta, intervalDays: number, today: string): number | undefined {
  const { next } = reviewSchedule(meta, intervalDays);
  return next === undefined ? undefined : daysBetween(today, next);
}

/** The next review the risks (not accepted ones: theirs reviews the acceptance) give, when two or more date one; else undefined. */
export function entriesNextReview(risks: readonly Risk[]): EntriesReviews | undefined {
  const dated = risks.filter((risk) => !isAccepted(risk) && risk.acceptance.reviewBy !== undefined && parseDate(risk.acceptance.reviewBy.value).kind === 'date');
  return dated.length >= 2 ? entriesReviews([], dated.map((risk) => risk.acceptance.reviewBy)) : undefined;
}

/** A register's review dates, as its entries give them. */
export type EntriesReviews = Pick<PlanMeta, 'lastReviewed' | 'nextReview'>;

/**
 * The review dates a register's entries give it (a JSON entry's `last_reviewed`, a CSV record's `review_date`): the latest
 * last review and the earliest next one among those that are dates; the first written wins a tie.
 */
export function entriesReviews(lasts: readonly (Field | undefined)[], nexts: readonly (Field | undefined)[]): EntriesReviews {
  const pick = (fields: readonly (Field | undefined)[], later: boolean): Field | undefined => {
    let best: { field: Field; iso: string } | undefined;
    for (const field of fields) {
      const iso = isoOf(field);
      if (iso !== undefined && (!best || (later ? iso > best.iso : iso < best.iso))) best = { field: field!, iso };
    }
    return best?.field;
  };
  const lastReviewed = pick(lasts, true);
  const nextReview = pick(nexts, false);
  return { ...(lastReviewed && { lastReviewed }), ...(nextReview && { nextReview }) };
}
