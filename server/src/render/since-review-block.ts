// The "Since the last review" section of the preview and the export (issue 15, point 3): the
// facts `rmplint changes` reports, in its words and order, and the chart of open and done
// risks over the plan's history. Without history, one line says why.
import { progressLine, reportPeriod, reportSections } from '../history/report-text';
import type { SinceLastReview } from '../history/since-last-review';
import { escapeHtml } from './html';
import { progressChart, progressTable } from './progress-chart';

export function sinceReviewBlock(section: SinceLastReview): string {
  if (!section.shown) return `<p class="since-review-note">${escapeHtml(section.note)}</p>`;
  // The overview first (the period, the progress figure, the chart), then each kind of change.
  const overview: string[] = [];
  let changes = '';
  const report = section.report;
  if (report) {
    overview.push(`<p class="since-review-period">Changes ${escapeHtml(reportPeriod(report))}.</p>`);
    overview.push(`<p class="since-review-progress"><b>Progress:</b> ${escapeHtml(progressLine(report))}.</p>`);
    const items = reportSections(report).map(([title, lines]) =>
      lines.length === 0
        ? `<li><b>${escapeHtml(title)}:</b> none</li>`
        : `<li><b>${escapeHtml(title)}:</b> ${lines.length}<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></li>`,
    );
    changes = `\n<ul class="since-review-changes">${items.join('')}</ul>`;
  } else if (section.reportNote) {
    overview.push(`<p class="since-review-note">${escapeHtml(section.reportNote)}</p>`);
  }
  if (section.series.length > 0) overview.push(progressChart(section.series, section.versions), progressTable(section.series));
  // Where the history came from, for whoever checks it (the workbench check asserts the Git extension's use); not shown.
  const source = section.source ? ` data-history-source="${section.source}"` : '';
  return `<section class="since-review"${source} aria-labelledby="since-review-heading">
<h2 id="since-review-heading">Since the last review</h2>
<div class="since-review-overview">
${overview.join('\n')}
</div>${changes}
</section>`;
}
