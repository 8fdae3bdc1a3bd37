// The plan's header: title, organisation, version, owner, risk analysis reference,
// approval, and the review dates with a prominent "review overdue" state. Missing
// values are shown as missing, since an auditor looks for exactly these.
import type { Finding } from '../engine/lint';
import type { Field } from '../model/plan-model';
import { attrs, escapeHtml } from './html';
import { badgesOf, type RenderContext } from './context';
import { reviewFacts } from './plan-facts';

interface MetaRow {
  readonly label: string;
  readonly fields: readonly (Field | undefined)[];
}

/** Takes the findings of the metadata fields; call before the body takes lines. */
export function takeMetaFindings(context: RenderContext): Map<Field, Finding[]> {
  const byField = new Map<Field, Finding[]>();
  for (const row of metaRows(context)) {
    for (const field of row.fields) {
      if (field) byField.set(field, context.findings.takeField(field));
    }
  }
  return byField;
}

/** The plan fields the header shows (the body need not show their lines again). */
export function headerFields(context: RenderContext): Field[] {
  return metaRows(context).flatMap((row) => row.fields.filter((f): f is Field => f !== undefined));
}

function metaRows(context: RenderContext): MetaRow[] {
  const m = context.plan.meta;
  const ra = m.riskAnalysis;
  return [
    { label: 'Organization', fields: [m.organization] },
    { label: 'Version', fields: [m.version] },
    { label: 'Plan owner', fields: [m.owner] },
    { label: 'Risk analysis', fields: ra?.combined ? [ra.combined] : [ra?.date, ra?.conductedBy] },
    { label: 'Approved by', fields: [m.approvedBy] },
    { label: 'Approved on', fields: [m.approvedOn] },
    { label: 'Last reviewed', fields: [m.lastReviewed] },
    { label: 'Next review', fields: [m.nextReview] },
    ...(m.reviewCycle ? [{ label: 'Review cycle', fields: [m.reviewCycle] }] : []),
    // Shown where the plan writes them: the systems that hold ePHI and the third parties.
    ...(m.scope ? [{ label: 'Scope (systems with ePHI)', fields: [m.scope] }] : []),
    ...(m.thirdParties ? [{ label: 'Third parties', fields: [m.thirdParties] }] : []),
  ];
}

function valueHtml(context: RenderContext, fields: readonly (Field | undefined)[], taken: Map<Field, Finding[]>): string {
  const present = fields.filter((f): f is Field => f !== undefined && f.value.trim() !== '');
  const badges = fields.flatMap((f) => (f ? taken.get(f) ?? [] : []));
  const text = present.length > 0 ? present.map((f) => escapeHtml(f.value)).join(' · ') : '<span class="missing">not recorded</span>';
  const line = fields.find((f) => f !== undefined);
  return `<dd${attrs({ 'data-line': line && context.lines.lineAt(line.valueRange.start) })}>${text}${badgesOf(context, badges)}</dd>`;
}

/**
 * The header. `title` is shown as the heading (YAML plans and front-matter titles);
 * `planFindings` are those about the plan as a whole.
 */
export function metaBlock(
  context: RenderContext,
  title: string | undefined,
  taken: Map<Field, Finding[]>,
  planFindings: readonly Finding[],
): string {
  const { plan } = context;
  const review = reviewFacts(plan.meta, context.today, context.reviewIntervalDays);
  const rows = plan.metaAvailable
    ? metaRows(context)
        .map((row) => `<div class="meta-row"><dt>${escapeHtml(row.label)}</dt>${valueHtml(context, row.fields, taken)}</div>`)
        .join('')
    : '';
  const unreadable = plan.metaAvailable
    ? ''
    : `<p class="meta-unreadable">The plan details could not be read: the ${plan.format === 'yaml' ? 'YAML' : 'front matter'} does not parse.</p>`;
  const reviewState = plan.metaAvailable
    ? `<p class="review-state ${review.overdue ? 'review-overdue' : 'review-ok'}" role="status">${escapeHtml(review.text)}</p>`
    : '';
  const planLevel =
    planFindings.length > 0
      ? `<div class="plan-findings"><span class="plan-findings-label">Plan findings</span>${badgesOf(context, planFindings)}</div>`
      : '';
  return `<header class="plan-meta" data-line="0">
<p class="plan-kind">HIPAA risk management plan</p>
${title ? `<h1 class="plan-title">${escapeHtml(title)}</h1>` : ''}
${unreadable}${reviewState}
${rows ? `<dl class="meta-list">${rows}</dl>` : ''}
${planLevel}
</header>`;
}
