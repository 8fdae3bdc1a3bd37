// What the preview's and the export's "Since the last review" section shows (issue 15, point 3):
// the change report since the last review and, for the chart, how many risks were open and
// done at each version of the plan. Hosts fill it from git; the renderer draws it.
import type { PlanModel } from '../model/plan-model';
import { riskState } from '../model/risk-state';
import type { ChangeReport } from './change-report';

/** The plan's risks at one version: open (or overdue), and done (or accepted: nothing left to do). */
export interface ProgressPoint {
  /** The commit, or '' for the text not yet committed (the editor's, or the working copy). */
  readonly commit: string;
  /** ISO 8601: the committer date, or today for the uncommitted text. */
  readonly date: string;
  readonly open: number;
  readonly done: number;
}

export type SinceLastReview =
  | {
      readonly shown: true;
      /** The changes since the last review; undefined with `reportNote` saying why (no last-reviewed date, no commit then). */
      readonly report?: ChangeReport;
      readonly reportNote?: string;
      /** Oldest first, one point a commit that touched the plan (or as many spread evenly over a long history), and the uncommitted text when it differs. */
      readonly series: readonly ProgressPoint[];
      /** How many commits touched the plan (more than the series shows on a long history). */
      readonly versions: number;
      /** What read the history: the git command, or VS Code's Git extension (the language server in VS Code). */
      readonly source?: 'git-command' | 'vscode-git';
    }
  | {
      readonly shown: false;
      /** Why there is nothing to show, one line (the plan has no history, git is not available...). */
      readonly note: string;
    };

/** The counts of one version, as it stood on `day` (an acceptance or a due date is read as of then). */
export function riskCounts(plan: PlanModel, day: string): { open: number; done: number } {
  let open = 0;
  for (const risk of plan.risks) {
    const state = riskState(risk, day);
    if (state === 'open' || state === 'overdue') open++;
  }
  return { open, done: plan.risks.length - open };
}
