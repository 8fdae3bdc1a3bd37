// The numbers a reader wants at a glance: risks, open, accepted, overdue, findings and days
// to the next review. Shown by the code lens at the top and the client's status bar.
import { counted, type PlanSummary } from '../protocol';
import type { Action, Risk } from '../model/plan-model';
import { daysBetween, isoOf } from '../model/dates';
import { daysToNextReview } from '../model/review-dates';
import { riskState } from '../model/risk-state';
import { isClosed } from '../model/plan-queries';
import type { PlanAnalysis } from './analysis';

const isOpen = (action: Action): boolean => !isClosed(action);

/** Days until the earliest due date among a risk's unfinished actions (negative: overdue). */
export function daysLeft(risk: Risk, today: string): number | undefined {
  const dues = risk.actions.filter(isOpen).map((a) => isoOf(a.due)).filter((d): d is string => d !== undefined);
  if (dues.length === 0) return undefined;
  return daysBetween(today, dues.sort()[0]);
}

export function isOpenRisk(risk: Risk): boolean {
  return risk.actions.some(isOpen);
}

export function summaryOf(analysis: PlanAnalysis): PlanSummary {
  const { plan, findings } = analysis;
  const today = analysis.settings.today;
  const open = plan.risks.filter(isOpenRisk);
  return {
    risks: plan.risks.length,
    open: open.length,
    accepted: plan.risks.filter((r) => riskState(r, today) === 'accepted').length,
    overdue: open.filter((r) => (daysLeft(r, today) ?? 0) < 0).length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    daysToNextReview: daysToNextReview(plan.meta, analysis.settings.lint.reviewIntervalDays, today),
  };
}

/** What the lens says on an accepted risk: accepted, and until when the acceptance holds. */
export function acceptedText(risk: Risk, today: string): string {
  const reviewBy = isoOf(risk.acceptance.reviewBy);
  if (!reviewBy) return 'accepted · no review date';
  const days = daysBetween(today, reviewBy);
  if (days < 0) return `accepted · review overdue by ${counted(-days, 'day')}`;
  return days === 0 ? 'accepted · review due today' : `accepted · review by ${reviewBy}`;
}
