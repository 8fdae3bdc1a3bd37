// The one renderer: an analysed plan (model + findings) becomes an HTML fragment with a
// metadata header, a summary and the plan itself (Markdown rendered as written, YAML as
// risk cards). The preview webview and the HTML export wrap the same fragment.
import type { Analysis } from '../engine/lint';
import { DEFAULT_SETTINGS } from '../config/settings';
import { FindingIndex } from './finding-index';
import type { RenderContext } from './context';
import { headerFields, metaBlock, takeMetaFindings } from './meta-block';
import { summaryBlock } from './summary';
import { markdownBody } from './markdown-body';
import { riskCards } from './risk-cards';
import { escapeHtml } from './html';
import { analysisBlock } from './analysis-block';
import type { AnalysisRegister } from '../model/analysis-register';
import type { Priority } from '../model/vocabulary';
import type { SinceLastReview } from '../history/since-last-review';
import { sinceReviewBlock } from './since-review-block';

export interface RenderOptions {
  /** The ISO date the findings were computed for; countdowns use it too. */
  readonly today: string;
  readonly reviewIntervalDays?: number;
  /** Shown as the title when the plan names none. */
  readonly fileName?: string;
  /** The plan's risk analysis, when its document could be read, and the lowest rating the plan must treat. */
  readonly analysis?: { readonly register: AnalysisRegister; readonly mustTreat: Priority };
  /** What changed since the last review, from the plan's history (or why there is none); omitted, no section. */
  readonly sinceLastReview?: SinceLastReview;
}

export interface RenderedPlan {
  /** Plain-text title for the document or panel. */
  readonly title: string;
  /** The HTML fragment (one `<main>` element). */
  readonly html: string;
}

// The title ends at its last character that is not a closing `#` or space (no lazy scan: linear).
const ATX_H1 = /^ {0,3}#[ \t]+(?![ \t])(.*[^ \t#])[ \t#]*$/m;

export function renderPlan(analysis: Analysis, options: RenderOptions): RenderedPlan {
  const { plan, lines, findings } = analysis;
  const context: RenderContext = {
    plan,
    lines,
    findings: new FindingIndex(findings, lines),
    allFindings: findings,
    today: options.today,
    reviewIntervalDays: options.reviewIntervalDays ?? DEFAULT_SETTINGS.reviewIntervalDays,
  };
  const metaFindings = takeMetaFindings(context);
  // Line 1 is where the plan's missing fields are reported (spec §5).
  const firstLineFindings = context.findings.takeLine(0);
  let body: string;
  let bodyTitle: string | undefined;
  if (plan.format === 'markdown') {
    const bodyStart = plan.frontMatter?.bodyStart ?? (plan.text.charCodeAt(0) === 0xfeff ? 1 : 0);
    bodyTitle = ATX_H1.exec(plan.text.slice(bodyStart))?.[1];
    // Plan fields written as list items in the body are shown once, in the header.
    const shownInHeader = new Set(headerFields(context).filter((f) => f.valueRange.start >= bodyStart).map((f) => lines.lineAt(f.valueRange.start)));
    body = `<div class="plan-body markdown-body">${markdownBody(context, bodyStart, shownInHeader)}</div>`;
  } else {
    body = `<div class="plan-body risk-report">${riskCards(context)}</div>`;
  }
  const planFindings = [...firstLineFindings, ...context.findings.takeRest()];
  const metaTitle = plan.meta.title?.value.trim() || undefined;
  const title = metaTitle ?? bodyTitle?.replace(/[*_`]/g, '') ?? options.fileName ?? 'Risk management plan';
  // A Markdown plan shows its own H1; the header repeats a title only when the body has none.
  const headerTitle = plan.format === 'yaml' || !bodyTitle ? title : undefined;
  const html = `<main class="plan plan-${plan.format}">
${metaBlock(context, headerTitle, metaFindings, planFindings)}
${summaryBlock(context)}
${options.analysis ? analysisBlock(context, options.analysis.register, options.analysis.mustTreat) : ''}
${options.sinceLastReview ? sinceReviewBlock(options.sinceLastReview) : ''}
${body}
<footer class="plan-footer">Rendered by rmplint; dates and findings as of ${escapeHtml(options.today)}.</footer>
</main>`;
  return { title, html };
}
