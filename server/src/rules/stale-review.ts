import type { Fix, RuleModule } from '../engine/rule';
import type { PlanModel } from '../model/plan-model';
import { addDays, daysBetween, parseDate } from '../model/dates';
import { documentStart, metaFields } from '../model/plan-queries';
import { insertFieldsFix, lastLineField, metaInsertion, setFieldFix, type NewField } from '../fixes/field-edits';

/** Sets last review to today and next review to today + interval, in one fix. */
function reviewedTodayFix(plan: PlanModel, today: string, interval: number): Fix | undefined {
  const next = addDays(today, interval);
  const anchor = lastLineField(plan, metaFields(plan));
  const fallback = metaInsertion(plan);
  const title = `Mark plan reviewed today (last review ${today}, next review ${next})`;
  const { lastReviewed, nextReview } = plan.meta;
  const missing: NewField[] = [];
  const edits: Fix['edits'][number][] = [];
  for (const [field, name, value] of [[lastReviewed, 'lastReviewed', today], [nextReview, 'nextReview', next]] as const) {
    if (field) edits.push(...(setFieldFix(plan, title, field, anchor, { name, value }, false)?.edits ?? []));
    else missing.push({ name, value });
  }
  if (missing.length > 0) {
    const insert = insertFieldsFix(plan, title, anchor, missing, false, fallback);
    if (!insert) return undefined;
    edits.push(...insert.edits);
  }
  return { title, safe: false, edits };
}

function nextReviewFix(plan: PlanModel, today: string, interval: number): Fix | undefined {
  const next = addDays(today, interval);
  return setFieldFix(plan, `Set next review to ${next}`, plan.meta.nextReview, lastLineField(plan, metaFields(plan)), { name: 'nextReview', value: next }, false, metaInsertion(plan));
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
    nextReviewPast: 'The next review was due {date} ({days} days ago). Review the plan, then record the new last-review and next-review dates.',
    lastReviewOld: 'The last review was {date}, {days} days ago (interval {interval} days). Review the plan and record the date.',
    noReviewDate: 'The plan records no review date. Add "Last reviewed" and "Next review" dates (YYYY-MM-DD).',
  },
  check({ plan, today, options, report }) {
    if (!plan.metaAvailable) return;
    const interval = options.reviewIntervalDays;
    const { lastReviewed, nextReview } = plan.meta;
    // Setting only the next review cures a missing or past next review, not an old last review.
    const fixes = (withNextReview: boolean) => () =>
      [reviewedTodayFix(plan, today, interval), withNextReview ? nextReviewFix(plan, today, interval) : undefined].filter((f): f is Fix => !!f);
    if (!lastReviewed?.value.trim() && !nextReview?.value.trim()) {
      report({ messageId: 'noReviewDate', range: documentStart(plan), fixes: fixes(true) });
      return;
    }
    const next = nextReview && parseDate(nextReview.value);
    if (next?.kind === 'date' && daysBetween(next.iso, today) > 0) {
      report({ messageId: 'nextReviewPast', data: { date: nextReview!.value, days: daysBetween(next.iso, today) }, range: nextReview!.valueRange, fixes: fixes(true) });
    }
    const last = lastReviewed && parseDate(lastReviewed.value);
    if (last?.kind === 'date' && daysBetween(last.iso, today) > interval) {
      report({
        messageId: 'lastReviewOld',
        data: { date: lastReviewed!.value, days: daysBetween(last.iso, today), interval },
        range: lastReviewed!.valueRange,
        fixes: fixes(false),
      });
    }
  },
};

export default rule;
