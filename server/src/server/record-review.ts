// "Record this review" (issue 15, point 4): a source action on a plan that sets lastReviewed to
// today and nextReview a review interval ahead and, for a Markdown plan with git history, appends
// the change summary since the last review to its review log section (made when absent). It
// runs as a command, as reading git is too slow for the lightbulb's every cursor move.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { RECORD_REVIEW_COMMAND, RECORD_REVIEW_KIND } from '../protocol';
import type { TextEdit as OffsetEdit } from '../engine/rule';
import { reviewedTodayFix } from '../rules/stale-review';
import { reportMarkdown } from '../history/report-text';
import type { PlanAnalysis } from './analysis';
import type { HistoryCache } from './history-cache';
import { filePathOf } from './uris';

export function recordReviewAction(analysis: PlanAnalysis, params: CodeActionParams): CodeAction | undefined {
  const only = params.context.only;
  if (!only?.some((kind) => RECORD_REVIEW_KIND === kind || RECORD_REVIEW_KIND.startsWith(`${kind}.`)) || analysis.plan.oscal || !analysis.plan.metaAvailable) return undefined;
  const title = 'Record this review';
  return { title, kind: RECORD_REVIEW_KIND as CodeActionKind, command: { title, command: RECORD_REVIEW_COMMAND, arguments: [analysis.uri] } };
}

const REVIEW_LOG = /^ {0,3}(#{2,6})[ \t]+review (?:log|history|record)s?[ \t]*#*[ \t]*$/im;

/**
 * The edits recording a review: the dates, and the summary appended to the review log (Markdown
 * plans in git). The summary is the preview's report, read by the same history cache (in VS Code
 * through the Git extension), so the two say the same.
 */
export async function recordReviewEdits(analysis: PlanAnalysis, histories: HistoryCache): Promise<OffsetEdit[]> {
  const { plan, settings } = analysis;
  const today = settings.today;
  const dates = reviewedTodayFix(plan, today, settings.lint.reviewIntervalDays)?.edits ?? [];
  const file = filePathOf(analysis.uri);
  if (plan.format !== 'markdown' || !file) return [...dates];
  const section = await histories.sinceLastReview(analysis);
  if (!section.shown || !section.report) return [...dates];
  const summary = reportMarkdown(file.split(/[\\/]/).pop()!, section.report);
  return [...dates, logEdit(plan.text, plan.eol, summary.replace(/^### /, '#### ').replace(/\n/g, plan.eol))];
}

/** Appends to the review log section, at its end; or adds the section at the end of the plan. */
function logEdit(text: string, eol: string, summary: string): OffsetEdit {
  const log = REVIEW_LOG.exec(text);
  if (!log) {
    const before = text.length === 0 || text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) ? eol : `${eol}${eol}`;
    return { start: text.length, end: text.length, newText: `${before}## Review log${eol}${eol}${summary}` };
  }
  const level = log[1].length;
  const next = new RegExp(`^ {0,3}#{1,${level}}[ \\t]`, 'gm');
  next.lastIndex = log.index + log[0].length;
  const found = next.exec(text);
  let at = found ? found.index : text.length;
  // Before the blank lines that end the section.
  while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--;
  return { start: at, end: at, newText: `${eol}${eol}${summary.replace(new RegExp(`${eol}$`), '')}` };
}
