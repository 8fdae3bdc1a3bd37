// The numbers a reader wants at a glance: risks, open, overdue, findings and days to
// the next review. Shown by the code lens at the top and the client's status bar.
import type { Action, Risk } from '../model/plan-model';
import { daysBetween, parseDate } from '../model/dates';
import { daysToNextReview } from '../model/review-dates';
import { statusOf } from '../model/vocabulary';
import type { PlanAnalysis } from './analysis';

export interface PlanSummary {
  readonly risks: number;
  readonly open: number;
  readonly overdue: number;
  readonly findings: number;
  readonly errors: number;
  /** Days until the next review (negative when past); undefined when the plan records none. */
  readonly daysToNextReview?: number;
}

function isOpen(action: Action): boolean {
  const status = statusOf(action.status?.value);
  return status !== 'done' && status !== 'accepted';
}

function isoOf(value: string | undefined): string | undefined {
  const parsed = value === undefined ? undefined : parseDate(value);
  return parsed?.kind === 'date' ? parsed.iso : undefined;
}

/** Days until the earliest due date among a risk's unfinished actions (negative: overdue). */
export function daysLeft(risk: Risk, today: string): number | undefined {
  const dues = risk.actions.filter(isOpen).map((a) => isoOf(a.due?.value)).filter((d): d is string => d !== undefined);
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
    overdue: open.filter((r) => (daysLeft(r, today) ?? 0) < 0).length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    daysToNextReview: daysToNextReview(plan.meta, analysis.settings.lint.reviewIntervalDays, today),
  };
}

export function reviewText(days: number | undefined): string {
  if (days === undefined) return 'no review date';
  if (days === 0) return 'review due today';
  return days > 0 ? `next review in ${days} days` : `review overdue by ${-days} days`;
}

export function summaryText(s: PlanSummary): string {
  return `${s.risks} risks · ${s.open} open · ${s.overdue} overdue · ${s.findings} findings · ${reviewText(s.daysToNextReview)}`;
}

export function daysLeftText(days: number): string {
  if (days === 0) return 'due today';
  if (days > 0) return `${days} day${days === 1 ? '' : 's'} left`;
  return `overdue by ${-days} day${days === -1 ? '' : 's'}`;
}
