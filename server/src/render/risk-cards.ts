// The risks of a YAML plan as a report: grouped by tier, one card per risk with its
// actions (owner, due date with days left or overdue, status), treatment, validation
// and acceptance. Findings sit on the field they are about, else on the action row or
// the risk's header.
import type { Finding } from '../engine/lint';
import type { Action, Field, Risk, Tier } from '../model/plan-model';
import { tierOf, treatmentOf } from '../model/vocabulary';
import { attrs, escapeHtml } from './html';
import { badgesOf, type RenderContext } from './context';
import { dueFacts, riskState } from './plan-facts';
import { shownTier } from '../model/plan-queries';

const TIER_GROUPS: readonly { readonly tier: Tier | undefined; readonly heading: string }[] = [
  { tier: 'this-week', heading: 'This week' },
  { tier: 'vendor', heading: 'Vendor conversations' },
  { tier: 'budget', heading: 'Budget decisions' },
  { tier: undefined, heading: 'No tier' },
];

function tierOfRisk(risk: Risk): Tier | undefined {
  return risk.tierValue ?? tierOf(risk.tier?.value);
}

/** One risk's card: the line it starts on, all it shows (its text, its findings, today), and its HTML. */
export interface Card {
  readonly line: number;
  source(): string;
  html(): string;
}

/** One tier's section: its opening (up to its heading) and its cards. */
export interface TierGroup {
  readonly tier: Tier | undefined;
  readonly open: string;
  readonly cards: readonly Card[];
}

const NO_RISKS = '<p class="no-risks">No risks could be read from this plan.</p>';

/** Every risk of the plan as cards by tier; `only`: just these (a Markdown plan's risks written in a code block). */
export function riskCards(context: RenderContext, only?: ReadonlySet<Risk>): string {
  const groups = riskCardGroups(context, only);
  if (groups === undefined) return NO_RISKS;
  return groups
    .map((g) => (g.cards.length === 0 ? '' : `${g.open}\n${g.cards.map((c) => c.html()).join('\n')}</section>`))
    .join('\n');
}

/** The cards by tier, one entry per tier whether it has cards or not; undefined when the plan has no risk. */
export function riskCardGroups(context: RenderContext, only?: ReadonlySet<Risk>): TierGroup[] | undefined {
  const { plan, lines } = context;
  if (plan.risks.length === 0) return undefined;
  // A risk's findings that are not on a field are those on its lines, up to the next risk.
  const starts = plan.risks.map((r) => lines.lineAt(r.firstLine.start));
  const sorted = [...starts].sort((a, b) => a - b);
  const lastLineOf = (start: number) => {
    const next = sorted.find((s) => s > start);
    return next === undefined ? lines.lineCount - 1 : next - 1;
  };
  // Every card's fields take their findings before any line-based taking, so a
  // neighbouring risk's line range never steals a field finding.
  const shown = (risk: Risk) => only === undefined || only.has(risk);
  const fieldFindings = plan.risks.map((risk) => (shown(risk) ? takeRiskFields(context, risk) : new Map()));
  const cards = plan.risks.map((risk, i): Card | undefined => {
    if (!shown(risk)) return undefined;
    const line = starts[i];
    const lastLine = lastLineOf(line);
    const taken = fieldFindings[i];
    const lineLevel = context.findings.takeLines(line, lastLine);
    return {
      line,
      source: () => cardSource(context, line, lastLine, [...[...taken.values()].flat(), ...lineLevel]),
      html: () => card(context, risk, taken, lineLevel),
    };
  });
  return TIER_GROUPS.map(({ tier, heading }) => {
    const members = plan.risks.flatMap((r, i) => (tierOfRisk(r) === tier && cards[i] ? [cards[i]!] : []));
    return { tier, open: `<section class="tier tier-${tier ?? 'none'}"><h2>${escapeHtml(heading)} <span class="count">${members.length}</span></h2>`, cards: members };
  });
}

type FieldFindings = Map<Field, Finding[]>;

function takeRiskFields(context: RenderContext, risk: Risk): FieldFindings {
  const taken: FieldFindings = new Map();
  const a = risk.acceptance;
  const fields = [
    risk.id, risk.title, risk.tier, risk.priority, risk.treatment, risk.validation, risk.evidence,
    a.rationale, a.approvedBy, a.approvedOn, a.compensatingControls, a.reviewBy,
    ...risk.actions.flatMap((x) => [x.action, x.owner, x.due, x.status, x.completed, x.validation, x.evidence]),
  ];
  for (const field of fields) if (field) taken.set(field, context.findings.takeField(field));
  return taken;
}

function fieldText(field: Field | undefined): string {
  if (!field || field.value.trim() === '') return '<span class="missing">—</span>';
  if (field.items && field.items.length > 0) return `<ul class="items">${field.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return escapeHtml(field.value);
}

function lineAttr(context: RenderContext, field: Field | undefined): string {
  return field ? attrs({ 'data-line': context.lines.lineAt(field.valueRange.start) }) : '';
}

function fieldBadges(context: RenderContext, taken: FieldFindings, field: Field | undefined): string {
  return field ? badgesOf(context, taken.get(field) ?? []) : '';
}

function definition(context: RenderContext, taken: FieldFindings, label: string, field: Field | undefined): string {
  return `<div class="field"><dt>${escapeHtml(label)}</dt><dd${lineAttr(context, field)}>${fieldText(field)}${fieldBadges(context, taken, field)}</dd></div>`;
}

/**
 * All a card shows, as one string: the risk's text (up to the next risk), the findings on it
 * and today, offsets counted from the risk's first line (a card is drawn from its risk's own
 * piece of the plan, which reads the same wherever it sits).
 */
function cardSource(context: RenderContext, firstLine: number, lastLine: number, findings: readonly Finding[]): string {
  const { lines, plan } = context;
  const start = lines.lineStart(firstLine);
  const end = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : plan.text.length;
  let source = `${context.today}\u0001${plan.text.slice(start, end)}`;
  for (const f of findings) source += `\u0001${f.rule} ${f.severity} ${f.range.start - start} ${f.range.end - start} ${f.message}`;
  return source;
}

function card(context: RenderContext, risk: Risk, taken: FieldFindings, lineLevel: readonly Finding[]): string {
  const { lines, today } = context;
  const firstLine = lines.lineAt(risk.firstLine.start);
  const state = riskState(risk, today);
  const actionLines = new Set(risk.actions.map((x) => lines.lineAt(x.firstLine.start)).filter((l) => l !== firstLine));
  const onRow = (line: number) => lineLevel.filter((f) => context.findings.lineOf(f) === line && actionLines.has(line));
  const a = risk.acceptance;
  const hasAcceptance =
    treatmentOf(risk.treatment?.value, risk.form) === 'accept' || [a.rationale, a.approvedBy, a.approvedOn, a.compensatingControls, a.reviewBy].some(Boolean);
  const columns: ActionColumns = {
    completed: risk.actions.some((x) => x.completed),
    validation: risk.actions.some((x) => x.validation || x.evidence),
  };
  const head = ['Action', 'Owner', 'Due', 'Status', ...(columns.completed ? ['Completed'] : []), ...(columns.validation ? ['Validation'] : [])];
  const table =
    risk.actions.length > 0
      ? `<table class="actions"><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${risk.actions
          .map((action) => actionRow(context, taken, action, columns, onRow(lines.lineAt(action.firstLine.start))))
          .join('')}</tbody></table>`
      : '<p class="no-actions">No action recorded.</p>';
  const facts = [
    definition(context, taken, 'Tier', shownTier(risk)),
    definition(context, taken, 'Priority', risk.priority),
    ...(risk.likelihood ? [definition(context, taken, 'Likelihood', risk.likelihood)] : []),
    ...(risk.impact ? [definition(context, taken, 'Impact', risk.impact)] : []),
    ...(risk.inherentRisk ? [definition(context, taken, 'Inherent risk', risk.inherentRisk)] : []),
    ...(risk.residualRisk ? [definition(context, taken, 'Residual risk', risk.residualRisk)] : []),
    definition(context, taken, 'Treatment', risk.treatment),
    ...(risk.validation || state === 'done' ? [definition(context, taken, 'Validation', risk.validation)] : []),
    ...(risk.evidence ? [definition(context, taken, 'Evidence', risk.evidence)] : []),
  ].join('');
  const acceptance = hasAcceptance
    ? `<section class="acceptance"><h4>Risk acceptance</h4><dl class="fields">${[
        definition(context, taken, 'Rationale', a.rationale),
        definition(context, taken, 'Approved by', a.approvedBy),
        definition(context, taken, 'Approved on', a.approvedOn),
        definition(context, taken, 'Compensating controls', a.compensatingControls),
        definition(context, taken, 'Review by', a.reviewBy),
      ].join('')}</dl></section>`
    : '';
  const headerFindings = lineLevel.filter((f) => !actionLines.has(context.findings.lineOf(f)));
  return `<article${attrs({ class: `risk risk-card risk-${state}`, 'data-line': firstLine })}>
<header class="risk-head"><span class="risk-id">${fieldText(risk.id)}${fieldBadges(context, taken, risk.id)}</span><h3 class="risk-title">${
    risk.title ? escapeHtml(risk.title.value) : '<span class="missing">Untitled risk</span>'
  }${fieldBadges(context, taken, risk.title)}</h3><span class="state state-${state}">${state}</span>${badgesOf(context, headerFindings)}</header>
<dl class="fields facts">${facts}</dl>
${table}
${acceptance}
</article>`;
}

interface ActionColumns {
  readonly completed: boolean;
  readonly validation: boolean;
}

function actionRow(context: RenderContext, taken: FieldFindings, action: Action, columns: ActionColumns, rowFindings: readonly Finding[]): string {
  const due = dueFacts(action, context.today, context.plan);
  const dueChip = due ? ` <span class="due due-${due.tone}">${escapeHtml(due.text)}</span>` : '';
  const cell = (field: Field | undefined, extra = '') =>
    `<td${lineAttr(context, field)}>${fieldText(field)}${extra}${fieldBadges(context, taken, field)}</td>`;
  const validation = [action.validation, action.evidence].filter((f): f is Field => f !== undefined);
  const validationCell = `<td>${validation.length > 0 ? validation.map((f) => fieldText(f) + fieldBadges(context, taken, f)).join('<br>') : '<span class="missing">—</span>'}</td>`;
  return `<tr${attrs({ 'data-line': context.lines.lineAt(action.firstLine.start) })}>${cell(action.action, badgesOf(context, rowFindings))}${cell(action.owner)}${cell(
    action.due,
    dueChip,
  )}${cell(action.status)}${columns.completed ? cell(action.completed) : ''}${columns.validation ? validationCell : ''}</tr>`;
}
