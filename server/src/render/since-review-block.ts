// The "Since the last review" section of the preview and the export (issue 15, point 3): the
// facts `rmplint changes` reports, in its words and order, and the chart of open and done
// actions over the plan's history. Without history, one line says why.
import { progressLine, reportPeriod, reportSections } from '../history/report-text';
import type { SinceLastReview } from '../history/since-last-review';
import { escapeHtml } from './html';
import { progressChart, progressTable } from './progress-chart';

export function sinceReviewBlock(section: SinceLastReview): string {
  if (!section.shown) return `<p class="since-review-note">${escapeHtml(section.note)}</p>`;
  const parts: string[] = [];
  const report = section.report;
  if (report) {
    parts.push(`<p class="since-review-period">Changes ${escapeHtml(reportPeriod(report))}.</p>`);
    parts.push(`<p class="since-review-progress"><b>Progress:</b> ${escapeHtml(progressLine(report))}.</p>`);
    const items = reportSections(report).map(([title, lines]) =>
      lines.length === 0
        ? `<li><b>${escapeHtml(title)}:</b> none</li>`
        : `<li><b>${escapeHtml(title)}:</b> ${lines.length}<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></li>`,
    );
    parts.push(`<ul class="since-review-changes">${items.join('')}</ul>`);
  } else if (section.reportNote) {
    parts.push(`<p class="since-review-note">${escapeHtml(section.reportNote)}</p>`);
  }
  if (section.series.length > 0) parts.push(progressChart(section.series, section.versions), progressTable(section.series));
  return `<section class="since-review" aria-labelledby="since-review-heading">
<h2 id="since-review-heading">Since the last review</h2>
${parts.join('\n')}
</section>`;
}
