import type { Fix, RuleModule } from '../engine/rule';
import type { PlanModel } from '../model/plan-model';
import { addDays, daysBetween, parseDate, periodStart } from '../model/dates';
import { days as dayCount, excerpt } from './shared-utils/wording';
import { holdsPlaceholder } from '../model/placeholders';
import { documentStart, metaFields } from '../model/plan-queries';
import { reviewCycleDays, reviewIntervalOf, reviewSchedule } from '../model/review-dates';
import { insertFieldsFix, lastLineField, metaInsertion, setFieldFix, type NewField } from '../fixes/field-edits';

/** Sets last review to today and next review to today + interval (or the plan's own shorter review cycle), in one fix. */
export function reviewedTodayFix(plan: PlanModel, today: string, intervalDays: number): Fix | undefined {
  const next = addDays(today, reviewIntervalOf(plan.meta, intervalDays));
  const anchor = lastLineField(plan, metaFields(plan));
  const fallback = metaInsertion(plan);
  const title = `Mark plan reviewed today (last review ${today}, next review ${next})`;
  const { lastReviewed, nextReview } = plan.meta;
  const missing: NewField[] = [];
  const edits: Fix['edits'][number][] = [];
  for (const [field, name, value] of [[lastReviewed, 'lastReviewed', today], [nextReview, 'nextReview', next]] as const) {
    if (field) edits.push(...(setFieldFix(plan, field, { name, value }, { title, after: anchor })?.edits ?? []));
    else missing.push({ name, value });
  }
  if (missing.length > 0) {
    const insert = insertFieldsFix(plan, missing, { title, after: anchor, fallback });
    if (!insert) return undefined;
    edits.push(...insert.edits);
  }
  return { title, safe: false, edits };
}

function nextReviewFix(plan: PlanModel, next: string, title = `Set next review to ${next}`): Fix | undefined {
  return setFieldFix(plan, plan.meta.nextReview, { name: 'nextReview', value: next }, { title, after: lastLineField(plan, metaFields(plan)), fallback: metaInsertion(plan) });
}

/** The plan's own date (`Last updated`, `Date`, `updated_at`) when it parses as one in the past: its label as written, the date and how long ago. */
function datedOnly(plan: PlanModel, today: string): { written: string; days: string } | undefined {
  const field = plan.meta.documentDate;
  const parsed = field ? parseDate(field.value) : undefined;
  if (!field || parsed?.kind !== 'date' || parsed.iso > today) return undefined;
  const label = field.keyRange ? plan.text.slice(field.keyRange.start, field.keyRange.end).replace(/:\s*$/, '').replace(/^[*_`"'\s]+|[*_`"'\s]+$/g, '') : '';
  // A date with no label of its own (a subtitle's `## Patient Discharge System - November 19, 2025`) is quoted alone.
  return { written: label ? `${label}: ${field.value.trim()}` : field.value.trim(), days: dayCount(daysBetween(parsed.iso, today)) };
}

const rule: RuleModule = {
  id: 'stale-review',
  defaultSeverity: 'error',
  description: 'The plan records a review date, and its review is not overdue.',
  reference: '45 CFR § 164.316(b)(2)(iii) (review documentation periodically); § 164.308(a)(8) (evaluation)',
  rationale:
    'Plans must be reviewed periodically and updated as needed; an auditor treats a plan with no review in the last year, or a missed next-review date, as out of date.',
  examples: { bad: 'Next review: 2025-03-01 (today 2026-06-15)', good: 'Last reviewed: 2026-03-15 · Next review: 2027-03-15' },
  messages: {
    nextReviewPast: 'The next review was due {date} ({days} ago). Review the plan, then record the new last-review and next-review dates.',
    lastReviewOld: 'The last review was {date}, {days} ago (interval {interval}). Review the plan and record the date.',
    noReviewDate: 'The plan records no review date. Add "Last reviewed" and "Next review" dates (YYYY-MM-DD).',
    noReviewDateOnlyDated: 'The plan records no review date, only its own ("{written}", {days} ago), which says when it was written or changed, not reviewed. Add "Last reviewed" and "Next review" dates (YYYY-MM-DD).',
    placeholder: '"{value}" is a placeholder. Fill in the {which} date (YYYY-MM-DD).',
    undatedNextReview: 'The next review is not dated ("{value}"), and no last review is recorded. Give the next review a date (YYYY-MM-DD), so that a missed review shows.',
    nextReviewTooFar:
      'The next review ({date}) is {gap} after {from}, longer than the review interval of {interval}. Plan it by {due}, or change reviewIntervalDays if the plan is reviewed less often.',
    nextReviewTooFarForCycle: 'The next review ({date}) is {gap} after {from}, longer than {interval}. Plan it by {due}, or change the review cycle the plan states.',
  },
  // Not yet overdue: a plan to review late is worth a warning, not an error.
  messageSeverityCaps: { nextReviewTooFar: 'warning', nextReviewTooFarForCycle: 'warning' },
  check({ plan, today, options, report }) {
    if (!plan.metaAvailable) return;
    const interval = reviewIntervalOf(plan.meta, options.reviewIntervalDays);
    // Held to the plan's own review cycle: the messages say so, and where the cycle is stated.
    const byCycle = interval !== options.reviewIntervalDays && reviewCycleDays(plan.meta) === interval;
    const intervalText = byCycle ? `${dayCount(interval)}, the plan's own review cycle ("${excerpt(plan.meta.reviewCycle!.value, 40)}")` : dayCount(interval);
    const { lastReviewed, nextReview } = plan.meta;
    const schedule = reviewSchedule(plan.meta, interval);
    // Setting only the next review cures a missing or past next review, not an old last review:
    // it is offered for a date the last review allows (one interval after it) that is still ahead.
    const nextAllowed = schedule.last ? addDays(schedule.last, interval) : addDays(today, interval);
    const fixes = (withNextReview: boolean) => () =>
      [reviewedTodayFix(plan, today, interval), withNextReview && nextAllowed >= today ? nextReviewFix(plan, nextAllowed) : undefined].filter((f): f is Fix => !!f);
    const placeholders = ([[lastReviewed, 'last-review'], [nextReview, 'next-review']] as const).filter(([f]) => holdsPlaceholder(f));
    // Setting the next review fills only that placeholder: a last-review placeholder is cured by marking the plan reviewed.
    for (const [field, which] of placeholders) {
      report({ messageId: 'placeholder', data: { value: field!.value, which }, range: field!.valueRange, fixes: fixes(which === 'next-review') });
    }
    if (schedule.next === undefined) {
      if (placeholders.length === 0 && !lastReviewed?.value.trim() && !nextReview?.value.trim()) {
        // `**Last updated:** 2026-06-04`: a date the plan gives itself is said, so that the finding does not read as if the plan gave none.
        const dated = datedOnly(plan, today);
        report({ messageId: dated ? 'noReviewDateOnlyDated' : 'noReviewDate', data: dated, range: documentStart(plan), fixes: fixes(true) });
      } else if (placeholders.length === 0 && !lastReviewed?.value.trim() && nextReview && parseDate(nextReview.value).kind === 'not-a-date') {
        // `Next Review: After Phase 1-3 completion` (or `Weekly, then quarterly`): no date by which the review can be seen to be missed.
        report({ messageId: 'undatedNextReview', data: { value: nextReview.value }, range: nextReview.valueRange, fixes: fixes(true) });
      }
      return;
    }
    const overdueBy = daysBetween(schedule.next, today);
    // One overdue review, one finding: on the plan's own next-review date when it records one.
    if (overdueBy > 0 && schedule.source === 'recorded') {
      report({ messageId: 'nextReviewPast', data: { date: nextReview!.value, days: dayCount(overdueBy) }, range: nextReview!.valueRange, fixes: fixes(true) });
      return;
    }
    if (overdueBy > 0) {
      report({
        messageId: 'lastReviewOld',
        data: { date: lastReviewed!.value, days: dayCount(daysBetween(schedule.last!, today)), interval: intervalText },
        range: lastReviewed!.valueRange,
        fixes: fixes(false),
      });
      return;
    }
    // A recorded next review further out than the interval allows: not overdue, but planned late.
    const from = schedule.last ?? today;
    const gap = daysBetween(from, schedule.next);
    // `Next review: 2027-09` a year after `Last reviewed: 2026-09-24`: a review planned in a month may fall on any of its days.
    const earliest = nextReview ? periodStart(nextReview.value) : undefined;
    const earliestGap = earliest === undefined ? gap : daysBetween(from, earliest);
    if (schedule.source === 'recorded' && gap > interval && earliestGap > interval) {
      const due = addDays(from, interval) < today ? today : addDays(from, interval);
      report({
        messageId: byCycle ? 'nextReviewTooFarForCycle' : 'nextReviewTooFar',
        data: { date: nextReview!.value, gap: dayCount(gap), from: schedule.last ? `the last review (${lastReviewed!.value})` : 'today', interval: intervalText, due },
        range: nextReview!.valueRange,
        fixes: () => [nextReviewFix(plan, due)].filter((f): f is Fix => !!f),
      });
    }
  },
};

export default rule;
