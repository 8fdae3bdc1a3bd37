// The one renderer: an analysed plan (model + findings) becomes an HTML fragment with a
// metadata header, a summary and the plan itself (Markdown rendered as written, YAML as
// risk cards). The preview webview and the HTML export wrap the same fragment.
import type { Analysis } from '../engine/lint';
import { DEFAULT_SETTINGS } from '../config/settings';
import { FindingIndex } from './finding-index';
import type { RenderContext } from './context';
import { headerFields, metaBlock, takeMetaFindings } from './meta-block';
import { summaryBlock } from './summary';
import { markdownBodyBlocks } from './markdown-body';
import { riskCardGroups, riskCards } from './risk-cards';
import { cachedBlock, CHILDREN, endPage, htmlBlock, pageHtml, shiftLines, type PageBlock } from './blocks';
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
  const { title, root } = renderPlanBlocks(analysis, options);
  return { title, html: pageHtml(root) };
}

/** The plan as blocks (see blocks.ts): the page is `pageHtml(root)`, the preview sends only what changed. */
export function renderPlanBlocks(analysis: Analysis, options: RenderOptions): { readonly title: string; readonly root: PageBlock } {
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
  let body: PageBlock;
  let bodyTitle: string | undefined;
  if (plan.format === 'markdown') {
    const bodyStart = plan.frontMatter?.bodyStart ?? (plan.text.charCodeAt(0) === 0xfeff ? 1 : 0);
    bodyTitle = ATX_H1.exec(plan.text.slice(bodyStart))?.[1];
    // Plan fields written as list items in the body are shown once, in the header.
    const shownInHeader = new Set(headerFields(context).filter((f) => f.valueRange.start >= bodyStart).map((f) => lines.lineAt(f.valueRange.start)));
    body = htmlBlock(`\n<div class="plan-body markdown-body">${CHILDREN}</div>`, 0, markdownBodyBlocks(context, bodyStart, shownInHeader));
  } else {
    body = htmlBlock(`\n<div class="plan-body risk-report">${CHILDREN}</div>`, 0, riskCardBlocks(context));
  }
  const planFindings = [...firstLineFindings, ...context.findings.takeRest()];
  const metaTitle = plan.meta.title?.value.trim() || undefined;
  const title = metaTitle ?? bodyTitle?.replace(/[*_`]/g, '') ?? options.fileName ?? 'Risk management plan';
  // A Markdown plan shows its own H1; the header repeats a title only when the body has none.
  const headerTitle = plan.format === 'yaml' || !bodyTitle ? title : undefined;
  const root = htmlBlock(`<main class="plan plan-${plan.format}">${CHILDREN}\n</main>`, 0, [
    htmlBlock(`\n${metaBlock(context, headerTitle, metaFindings, planFindings)}`),
    htmlBlock(`\n${summaryBlock(context)}`),
    htmlBlock(`\n${options.analysis ? analysisBlock(context, options.analysis.register, options.analysis.mustTreat) : ''}`),
    htmlBlock(`\n${options.sinceLastReview ? sinceReviewBlock(options.sinceLastReview) : ''}`),
    body,
    htmlBlock(`\n<footer class="plan-footer">Rendered by rmplint; dates and findings as of ${escapeHtml(options.today)}.</footer>`),
  ]);
  endPage();
  return { title, root };
}

/** A YAML anchor (`&name`): a risk may then show values written outside its own item. */
const YAML_ANCHOR = /(?:^|[\s[{,])&[^\s[\]{},]/m;

/** A YAML plan's body: one block per tier, one per card inside it. */
function riskCardBlocks(context: RenderContext): PageBlock[] {
  const groups = riskCardGroups(context);
  if (groups === undefined) return [htmlBlock(riskCards(context))];
  // A card is its risk's item of `risks:` drawn with its findings, unless the plan reads a risk
  // from elsewhere too (OSCAL links items across the document; anchors): then cards are cached by their HTML.
  const bySource = context.plan.risks.every((r) => r.form === 'yaml') && !YAML_ANCHOR.test(context.plan.text);
  return groups.map((group, i) => {
    const before = i > 0 ? '\n' : '';
    if (group.cards.length === 0) return htmlBlock(before);
    // A card is rendered only when what it shows changed (the other cards come from the cache).
    const cards = group.cards.map((card) =>
      bySource ? cachedBlock(card.source(), card.line, () => shiftLines(`\n${card.html()}`, -card.line)) : htmlBlock(`\n${card.html()}`, card.line),
    );
    return htmlBlock(`${before}${group.open}${CHILDREN}</section>`, 0, cards);
  });
}
