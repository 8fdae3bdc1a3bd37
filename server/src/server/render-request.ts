// The preview's and the export's request: the plan rendered from the analysis the
// diagnostics come from, with the same settings and the same answer to "is this a plan".
import * as path from 'path';
import type { RenderPlanParams, RenderPlanResult } from '../protocol';
import { exportDocument, webviewDocument } from '../render/documents';
import { renderPlan } from '../render/render-plan';
import { readStylesheet } from '../render/stylesheet';
import type { Plans } from './plans';
import { fileNameOf } from './uris';
import type { HistoryCache } from './history-cache';
import type { SinceLastReview } from '../history/since-last-review';

export async function renderPlanOf(plans: Plans, histories: HistoryCache, params: RenderPlanParams): Promise<RenderPlanResult> {
  const analysis = await plans.analysisOf(params.uri);
  if (!analysis) return { plan: false };
  // Read from git off the diagnostics path: once per HEAD, then compared with each edit.
  const sinceLastReview = await histories.sinceLastReview(analysis).catch(
    (error: unknown): SinceLastReview => ({ shown: false, note: `Since the last review: not shown, as the plan's history could not be read (${error instanceof Error ? error.message : String(error)}).` }),
  );
  const rendered = renderPlan(analysis, {
    today: analysis.settings.today,
    reviewIntervalDays: analysis.settings.lint.reviewIntervalDays,
    fileName: path.basename(fileNameOf(params.uri)),
    analysis: analysis.register && { register: analysis.register.register, mustTreat: analysis.settings.lint.untreatedRiskRating },
    sinceLastReview,
  });
  const page = params.webview ? webviewDocument(rendered, params.webview) : params.export ? exportDocument(rendered, readStylesheet()) : undefined;
  return { plan: true, title: rendered.title, html: rendered.html, ...(page === undefined ? {} : { page }) };
}
