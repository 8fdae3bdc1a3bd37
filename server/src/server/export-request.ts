// The export commands: the same rows and the same writers as `rmplint export`, with plan
// paths relative to the workspace folder, so a calendar imported from either keeps one
// event per action (its UID names the plan by that path).
import * as path from 'node:path';
import type { ExportActionsParams, ExportActionsResult } from '../protocol';
import { actionRows } from '../export/action-rows';
import { actionsCsv } from '../export/csv';
import { actionsIcs } from '../export/ics';
import type { PlanAnalysis } from './analysis';
import type { Plans } from './plans';
import { filePathOf } from './uris';

function planPath(analysis: PlanAnalysis, folders: readonly string[]): string {
  const file = filePathOf(analysis.uri);
  if (!file) return analysis.uri;
  const folder = folders.find((f) => file.startsWith(f + path.sep));
  return folder ? path.relative(folder, file) : path.basename(file);
}

export async function exportActionsOf(plans: Plans, params: ExportActionsParams): Promise<ExportActionsResult> {
  const analyses = params.uri ? [await plans.analysisOf(params.uri)].filter((a): a is PlanAnalysis => a !== undefined) : await plans.all();
  const rows = analyses
    .sort((a, b) => a.uri.localeCompare(b.uri))
    .flatMap((analysis) => actionRows(analysis.plan, planPath(analysis, plans.folders), analysis.settings.today));
  if (params.format === 'ics') {
    const text = actionsIcs(rows);
    return { text, count: text.split('BEGIN:VEVENT').length - 1 };
  }
  return { text: actionsCsv(rows), count: rows.length };
}
