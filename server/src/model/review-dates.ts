// The one answer to "when is the next review?", shared by stale-review, the code lens, the
// status bar, the preview and the export, so no two screens disagree.
import type { PlanMeta } from './plan-model';
import { addDays, daysBetween, isoOf } from './dates';

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

/** When the plan is next reviewed, from its recorded dates and the review interval. */
export function reviewSchedule(meta: PlanMeta, intervalDays: number): ReviewSchedule {
  const last = isoOf(meta.lastReviewed);
  const recorded = isoOf(meta.nextReview);
  if (recorded) return { last, next: recorded, source: 'recorded' };
  if (last) return { last, next: addDays(last, intervalDays), source: 'interval' };
  return {};
}

/** Days from today to the next review (negative when overdue); undefined when the plan records no review date. */
export function daysToNextReview(meta: PlanMeta, intervalDays: number, today: string): number | undefined {
  const { next } = reviewSchedule(meta, intervalDays);
  return next === undefined ? undefined : daysBetween(today, next);
}
