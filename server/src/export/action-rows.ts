// What an exported action is: one row of a sheet, one event of a calendar. Read from the
// plan model only, so the CLI's `rmplint export` and an editor command (through the server)
// export the same rows.
import type { Action, PlanModel, Risk } from '../model/plan-model';
import { daysBetween, isoOf } from '../model/dates';
import { isClosed } from '../model/plan-queries';
import { priorityOf, statusOf } from '../model/vocabulary';

export interface ExportedAction {
  /** The plan's path as the user named it (posix separators). */
  readonly plan: string;
  readonly riskId: string;
  readonly riskTitle: string;
  /** The canonical tier (this-week, vendor, budget), else the tier as written, else ''. */
  readonly tier: string;
  /** The canonical priority (critical … low), else as written, else ''. */
  readonly priority: string;
  readonly action: string;
  readonly owner: string;
  /** The due date as ISO when it reads as a date, else as written (TBD, ASAP), else ''. */
  readonly due: string;
  /** The canonical status, else as written; '' when none is written (the action counts as open). */
  readonly status: string;
  /** Not done and not accepted: it belongs in a calendar. */
  readonly open: boolean;
  /** Days from today to the due date (negative: overdue by that many); undefined when closed or without a date. */
  readonly daysLeft?: number;
  /** The action's place among its risk's actions (0-based), part of its identity. */
  readonly index: number;
  /** Where the action is written in the plan (its text, else its risk's first line): an offset, for going to it. */
  readonly at: number;
}

/** Every action of every risk of a plan, in the plan's order. */
export function actionRows(plan: PlanModel, planPath: string, today: string): ExportedAction[] {
  const planName = planPath.split('\\').join('/');
  return plan.risks.flatMap((risk) => risk.actions.map((action, index) => actionRow(planName, risk, action, index, today)));
}

function actionRow(plan: string, risk: Risk, action: Action, index: number, today: string): ExportedAction {
  const due = isoOf(action.due);
  const open = !isClosed(action);
  return {
    plan,
    riskId: risk.id?.value ?? '',
    riskTitle: risk.title?.value ?? '',
    tier: risk.tierValue ?? risk.tier?.value ?? '',
    priority: priorityOf(risk.priority?.value) ?? risk.priority?.value ?? '',
    action: action.action?.value ?? '',
    owner: action.owner?.value ?? '',
    due: due ?? action.due?.value ?? '',
    status: statusOf(action.status?.value) ?? action.status?.value ?? '',
    open,
    daysLeft: open && due !== undefined ? daysBetween(today, due) : undefined,
    index,
    at: action.action?.valueRange.start ?? risk.firstLine.start,
  };
}

/**
 * What identifies an action across exports: the plan, the risk (its ID, else its title) and
 * the action's place in the risk. Editing the action's text, owner or date keeps it, so a
 * calendar re-import updates the event instead of adding a second one.
 */
export function actionIdentity(row: ExportedAction): string {
  return [row.plan, row.riskId || row.riskTitle, String(row.index)].join('\u0000');
}
