// The summary at a glance: risks by tier, priority and state, actions by status, findings
// by severity, each as a small stacked bar (inline SVG, coloured by class) with a legend
// of counts that also prints.
import type { Risk } from '../model/plan-model';
import { priorityOf, statusOf, tierOf } from '../model/vocabulary';
import { attrs, escapeHtml } from './html';
import type { RenderContext } from './context';
import { riskState } from './plan-facts';

interface Segment {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

const TIER_LABELS: Readonly<Record<string, string>> = {
  'this-week': 'This week',
  vendor: 'Vendor',
  budget: 'Budget',
  none: 'No tier',
};

const STATUS_LABELS: Readonly<Record<string, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  accepted: 'Accepted',
  deferred: 'Deferred',
  none: 'No status',
};

const PRIORITY_LABELS: Readonly<Record<string, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  none: 'No priority',
};

function countBy<T>(items: readonly T[], keyOf: (item: T) => string, labels: Readonly<Record<string, string>>): Segment[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.entries(labels).map(([key, label]) => ({ key, label, count: counts.get(key) ?? 0 }));
}

/** The canonical priority of a risk ("High × Medium" and "4 x 5 = 20" included); unrecognised or missing values count as "none". */
function priorityOfRisk(risk: Risk): string {
  return priorityOf(risk.priority?.value) ?? 'none';
}

function bar(title: string, family: string, segments: readonly Segment[]): string {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  let x = 0;
  const rects = segments
    .filter((s) => s.count > 0)
    .map((s) => {
      const width = (s.count / total) * 100;
      const rect = `<rect${attrs({ class: `seg ${family}-${s.key}`, x: x.toFixed(2), y: 0, width: width.toFixed(2), height: 6 })}><title>${escapeHtml(`${s.label}: ${s.count}`)}</title></rect>`;
      x += width;
      return rect;
    })
    .join('');
  const legend = segments
    .filter((s) => s.count > 0)
    .map((s) => `<li><span class="swatch ${family}-${s.key}" aria-hidden="true"></span>${escapeHtml(s.label)} <b>${s.count}</b></li>`)
    .join('');
  const label = segments.map((s) => `${s.label} ${s.count}`).join(', ');
  return `<div class="summary-bar">
<h3>${escapeHtml(title)} <span class="total">${total}</span></h3>
<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none"${attrs({ role: 'img', 'aria-label': `${title}: ${label}` })}><rect class="track" x="0" y="0" width="100" height="6"></rect>${rects}</svg>
<ul class="legend">${legend || '<li>none</li>'}</ul>
</div>`;
}

export function summaryBlock(context: RenderContext): string {
  const { plan, today } = context;
  const risks = plan.risks;
  const actions = risks.flatMap((r) => r.actions);
  const states = countBy(risks, (r) => riskState(r, today), { open: 'Open', overdue: 'Overdue', accepted: 'Accepted', done: 'Done' });
  const stateCount = (key: string) => states.find((s) => s.key === key)?.count ?? 0;
  const findings = countBy(context.allFindings, (f) => f.severity, { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' });
  const figures = [
    ['risks', 'Risks', risks.length],
    ['open', 'Open', stateCount('open') + stateCount('overdue')],
    ['overdue', 'Overdue', stateCount('overdue')],
    ['accepted', 'Accepted', stateCount('accepted')],
    ['done', 'Done', stateCount('done')],
    ['findings', 'Findings', context.allFindings.length],
  ] as const;
  return `<section class="plan-summary" aria-label="Summary">
<ul class="figures">${figures.map(([key, label, n]) => `<li class="figure figure-${key}"><b>${n}</b> ${label}</li>`).join('')}</ul>
<div class="bars">
${bar('Risks by tier', 'tier', countBy(risks, (r) => r.tierValue ?? tierOf(r.tier?.value) ?? 'none', TIER_LABELS))}
${bar('Risks by priority', 'priority', countBy(risks, priorityOfRisk, PRIORITY_LABELS))}
${bar('Risks by state', 'state', states)}
${bar('Actions by status', 'status', countBy(actions, (a) => statusOf(a.status?.value) ?? 'none', STATUS_LABELS))}
${bar('Findings by severity', 'severity', findings)}
</div>
</section>`;
}
