// The chart of open and done risks over a plan's history: inline SVG (no script, no image
// request, so the export's policy holds), one point a version, time along the bottom. For
// screen readers it has a title and a description, and the same figures follow as a table.
import type { ProgressPoint } from '../history/since-last-review';
import { attrs, escapeHtml } from './html';

const WIDTH = 560;
const HEIGHT = 200;
const LEFT = 36;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 28;

const SERIES = [
  { key: 'open', label: 'open', colour: '#cf222e' },
  { key: 'done', label: 'done', colour: '#1a7f37' },
] as const;

function fixed(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function day(point: ProgressPoint): string {
  return point.date.slice(0, 10);
}

/** A round step for the vertical axis: 1, 2, 5 times a power of ten, about four ticks. */
function tickStep(max: number): number {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
}

/** The x of each point: by date, or evenly when all share one day. */
function xs(points: readonly ProgressPoint[]): number[] {
  const times = points.map((p) => Date.parse(p.date));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const width = WIDTH - LEFT - RIGHT;
  if (points.length === 1) return [LEFT + width / 2];
  return span > 0 && times.every(Number.isFinite) ? times.map((t) => LEFT + ((t - first) / span) * width) : points.map((_, i) => LEFT + (i / (points.length - 1)) * width);
}

function describe(points: readonly ProgressPoint[], commits: number | undefined): string {
  const first = points[0];
  const last = points[points.length - 1];
  const shownCommits = points.filter((p) => p.commit).length;
  const sampled = commits !== undefined && commits > shownCommits ? ` (${shownCommits} of its ${commits} commits, spread evenly)` : '';
  const versions = `${points.length} ${points.length === 1 ? 'version' : 'versions'}${sampled}`;
  return `Open and done (or accepted) risks at each of ${versions} of the plan, ${day(first)} to ${day(last)}: from ${first.open} open and ${first.done} done to ${last.open} open and ${last.done} done.`;
}

/**
 * The chart (an `<svg>` element); `commits` is how many commits touched the plan, when the
 * points are fewer; `id` keeps the title and description references unique on the page.
 */
export function progressChart(points: readonly ProgressPoint[], commits?: number, id = 'progress-chart'): string {
  if (points.length === 0) return '';
  const max = Math.max(1, ...points.map((p) => Math.max(p.open, p.done)));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const height = HEIGHT - TOP - BOTTOM;
  const y = (n: number) => TOP + height - (n / top) * height;
  const x = xs(points);
  const parts: string[] = [];
  for (let tick = 0; tick <= top; tick += step) {
    parts.push(`<line${attrs({ class: 'chart-grid', x1: LEFT, x2: WIDTH - RIGHT, y1: fixed(y(tick)), y2: fixed(y(tick)), stroke: '#d1d9e0' })}/>`);
    parts.push(`<text${attrs({ class: 'chart-label', x: LEFT - 6, y: fixed(y(tick) + 4), 'text-anchor': 'end' })}>${tick}</text>`);
  }
  const first = points[0];
  const last = points[points.length - 1];
  parts.push(`<text${attrs({ class: 'chart-label', x: LEFT, y: HEIGHT - 8 })}>${escapeHtml(day(first))}</text>`);
  if (points.length > 1) parts.push(`<text${attrs({ class: 'chart-label', x: WIDTH - RIGHT, y: HEIGHT - 8, 'text-anchor': 'end' })}>${escapeHtml(day(last))}</text>`);
  SERIES.forEach((s, i) => {
    const values = points.map((p) => p[s.key]);
    const line = values.map((v, j) => `${fixed(x[j])},${fixed(y(v))}`).join(' ');
    parts.push(`<polyline${attrs({ class: `chart-line chart-${s.key}`, points: line, fill: 'none', stroke: s.colour, 'stroke-width': 2 })}/>`);
    for (const [j, v] of values.entries()) parts.push(`<circle${attrs({ class: `chart-dot chart-${s.key}`, cx: fixed(x[j]), cy: fixed(y(v)), r: 2.5, fill: s.colour })}/>`);
    // The legend names each line in words, not by its colour alone.
    const lx = LEFT + i * 120;
    parts.push(`<line${attrs({ class: `chart-line chart-${s.key}`, x1: lx, x2: lx + 18, y1: 12, y2: 12, stroke: s.colour, 'stroke-width': 2 })}/>`);
    parts.push(`<text${attrs({ class: 'chart-label', x: lx + 24, y: 16 })}>${s.label} risks</text>`);
  });
  return `<svg${attrs({ class: 'progress-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` })}>\
<title${attrs({ id: `${id}-title` })}>Open and done risks over the plan's history</title>\
<desc${attrs({ id: `${id}-desc` })}>${escapeHtml(describe(points, commits))}</desc>${parts.join('')}</svg>`;
}

/** The chart's figures as a table: the text equivalent, collapsed under the chart. */
export function progressTable(points: readonly ProgressPoint[]): string {
  const rows = points.map((p) => `<tr><td>${escapeHtml(day(p))}</td><td>${p.commit ? `<code>${escapeHtml(p.commit.slice(0, 7))}</code>` : 'not committed'}</td><td>${p.open}</td><td>${p.done}</td></tr>`);
  return `<details class="progress-figures"><summary>The chart's figures</summary>
<table><thead><tr><th>Date</th><th>Commit</th><th>Open risks</th><th>Done or accepted risks</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></details>`;
}
