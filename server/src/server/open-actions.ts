// The actions view's rows: the open actions of every plan the server knows (open editors and
// the workspace's plans on disk), from the same rows `rmplint export` writes.
import type { OpenAction } from '../protocol';
import { actionRows } from '../export/action-rows';
import type { PlanAnalysis } from './analysis';
import { filePathOf } from './uris';

export function openActionsOf(analyses: readonly PlanAnalysis[]): OpenAction[] {
  return analyses.flatMap((analysis) => {
    const { plan } = analysis;
    const file = filePathOf(analysis.uri) ?? analysis.uri;
    const name = plan.meta.organization?.value || plan.meta.title?.value || file.split(/[\\/]/).pop() || file;
    return actionRows(plan, file, analysis.settings.today).flatMap((row): OpenAction[] =>
      row.open
        ? [{ uri: analysis.uri, line: analysis.lines.lineAt(row.at), plan: name, riskId: row.riskId, riskTitle: row.riskTitle, action: row.action, owner: row.owner, due: row.due, daysLeft: row.daysLeft }]
        : [],
    );
  });
}
