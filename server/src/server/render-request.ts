// The preview's and the export's request: the plan rendered from the analysis the
// diagnostics come from, with the same settings and the same answer to "is this a plan".
import * as path from 'path';
import type { RenderPlanParams, RenderPlanResult } from '../protocol';
import { exportDocument, webviewDocument } from '../render/documents';
import { renderPlanBlocks } from '../render/render-plan';
import { keysOf, pageHtml, wireBlocks } from '../render/blocks';
import { readStylesheet } from '../render/stylesheet';
import type { Plans } from './plans';
import { fileNameOf } from './uris';
import type { HistoryCache } from './history-cache';
import type { SinceLastReview } from '../history/since-last-review';

export async function renderPlanOf(plans: Plans, histories: HistoryCache, params: RenderPlanParams): Promise<RenderPlanResult> {
  const analysis = await plans.analysisOf(params.uri);
  if (!analysis) return { plan: false };
  // Read from git off the diagnostics path: once per HEAD, then compared with each edit; an
  // update (the user typing) does not wait for a look at the repository.
  const sinceLastReview = await histories.sinceLastReview(analysis, params.have !== undefined).catch(
    (error: unknown): SinceLastReview => ({ shown: false, note: `Since the last review: not shown, as the plan's history could not be read (${error instanceof Error ? error.message : String(error)}).` }),
  );
  const { title, root } = renderPlanBlocks(analysis, {
    today: analysis.settings.today,
    reviewIntervalDays: analysis.settings.lint.reviewIntervalDays,
    fileName: path.basename(fileNameOf(params.uri)),
    analysis: analysis.register && { register: analysis.register.register, mustTreat: analysis.settings.lint.untreatedRiskRating },
    sinceLastReview,
  });
  if (params.have) return { plan: true, title, blocks: wireBlocks(root, new Set(params.have)) };
  if (params.webview) return { plan: true, title, page: webviewDocument({ title, html: pageHtml(root, true) }, params.webview), keys: keysOf(root) };
  const rendered = { title, html: pageHtml(root) };
  return { plan: true, ...rendered, ...(params.export ? { page: exportDocument(rendered, readStylesheet()) } : {}) };
}
