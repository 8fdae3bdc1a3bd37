// The preview's and the export's request: the plan rendered from the analysis the
// diagnostics come from, with the same settings and the same answer to "is this a plan".
import * as path from 'path';
import type { RenderPlanParams, RenderPlanResult } from '../protocol';
import { exportDocument, webviewDocument } from '../render/documents';
import { renderPlan } from '../render/render-plan';
import { readStylesheet } from '../render/stylesheet';
import type { Plans } from './plans';
import { fileNameOf } from './uris';

export async function renderPlanOf(plans: Plans, params: RenderPlanParams): Promise<RenderPlanResult> {
  const analysis = await plans.analysisOf(params.uri);
  if (!analysis) return { plan: false };
  const rendered = renderPlan(analysis, {
    today: analysis.settings.today,
    reviewIntervalDays: analysis.settings.lint.reviewIntervalDays,
    fileName: path.basename(fileNameOf(params.uri)),
    analysis: analysis.register && { register: analysis.register.register, mustTreat: analysis.settings.lint.untreatedRiskRating },
  });
  const page = params.webview ? webviewDocument(rendered, params.webview) : params.export ? exportDocument(rendered, readStylesheet()) : undefined;
  return { plan: true, title: rendered.title, html: rendered.html, ...(page === undefined ? {} : { page }) };
}
