// Outline: plan → tier (or section) → risk, with owner and due as detail; and workspace
// symbols: every risk of every known plan, found by ID or title.
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Field, Risk, Span } from '../model/plan-model';
import { statusOf } from '../model/vocabulary';
import type { PlanAnalysis } from './analysis';

const TIER_NAMES: Record<string, string> = { 'this-week': 'This week', vendor: 'Vendor conversations', budget: 'Budget decisions' };

function union(spans: readonly (Span | undefined)[]): Span {
  const present = spans.filter((s): s is Span => s !== undefined);
  return { start: Math.min(...present.map((s) => s.start)), end: Math.max(...present.map((s) => s.end)) };
}

function fieldSpans(field: Field | undefined): Span[] {
  return field ? [field.valueRange, ...(field.keyRange ? [field.keyRange] : [])] : [];
}

/** Everything a risk writes, from its first line to its last field. */
export function riskSpan(risk: Risk): Span {
  const spans: Span[] = [risk.firstLine];
  for (const f of [risk.id, risk.title, risk.priority, risk.treatment, risk.validation, risk.evidence]) spans.push(...fieldSpans(f));
  if (risk.form === 'yaml') spans.push(...fieldSpans(risk.tier));
  const a = risk.acceptance;
  for (const f of [a.rationale, a.approvedBy, a.approvedOn, a.compensatingControls, a.reviewBy]) spans.push(...fieldSpans(f));
  for (const action of risk.actions) {
    spans.push(action.firstLine);
    for (const f of [action.action, action.owner, action.due, action.status, action.completed, action.validation, action.evidence]) spans.push(...fieldSpans(f));
  }
  return union(spans);
}

export function riskName(risk: Risk): string {
  const id = risk.id?.value.trim();
  const title = risk.title?.value.trim();
  return id && title ? `${id}: ${title}` : id || title || '(risk without ID)';
}

/** Owner and due date of the risk's first action that is not finished. */
function riskDetail(risk: Risk): string {
  const action = risk.actions.find((a) => !['done', 'accepted'].includes(statusOf(a.status?.value) ?? '')) ?? risk.actions[0];
  if (!action) return risk.treatment?.value ?? '';
  return [action.owner?.value, action.due?.value && `due ${action.due.value}`].filter(Boolean).join(' · ');
}

export function planName(analysis: PlanAnalysis): string {
  return analysis.plan.meta.title?.value || analysis.plan.meta.organization?.value || 'Risk management plan';
}

export function documentSymbols(analysis: PlanAnalysis): DocumentSymbol[] {
  const lines = analysis.lines;
  const groups: { name: string; risks: Risk[] }[] = [];
  const riskSymbols = new Map<Risk, DocumentSymbol>();
  for (const risk of analysis.plan.risks) {
    const span = riskSpan(risk);
    const selection = risk.id?.valueRange ?? risk.firstLine;
    riskSymbols.set(risk, {
      name: riskName(risk),
      detail: riskDetail(risk),
      kind: SymbolKind.Object,
      range: lines.rangeOf(span),
      selectionRange: lines.rangeOf(selection.start >= span.start && selection.end <= span.end ? selection : risk.firstLine),
    });
    const group = risk.tierValue ? TIER_NAMES[risk.tierValue] : risk.form !== 'yaml' ? risk.tier?.value : undefined;
    if (!group) continue;
    let entry = groups.find((g) => g.name === group);
    if (!entry) groups.push((entry = { name: group, risks: [] }));
    entry.risks.push(risk);
  }
  const children: DocumentSymbol[] = [];
  for (const risk of analysis.plan.risks) {
    const group = groups.find((g) => g.risks.includes(risk));
    if (!group) children.push(riskSymbols.get(risk)!);
    else if (group.risks[0] === risk) {
      const span = union(group.risks.map(riskSpan));
      children.push({
        name: group.name,
        kind: SymbolKind.Namespace,
        range: lines.rangeOf(span),
        selectionRange: lines.rangeOf(group.risks[0].firstLine),
        children: group.risks.map((r) => riskSymbols.get(r)!),
      });
    }
  }
  const whole = { start: 0, end: analysis.plan.text.length };
  const title = analysis.plan.meta.title?.valueRange;
  return [
    {
      name: planName(analysis),
      detail: `${analysis.plan.risks.length} risks`,
      kind: SymbolKind.File,
      range: lines.rangeOf(whole),
      selectionRange: lines.rangeOf(title ?? { start: 0, end: lines.lineEnd(0) }),
      children,
    },
  ];
}

/** A plan's risks as workspace symbols. */
export function planSymbols(analysis: PlanAnalysis): WorkspaceSymbol[] {
  const container = planName(analysis);
  return analysis.plan.risks.map((risk) => ({
    name: riskName(risk),
    kind: SymbolKind.Object,
    containerName: container,
    location: { uri: analysis.uri, range: analysis.lines.rangeOf(risk.firstLine) },
  }));
}

/** The symbols of the workspace's plans (their `planSymbols`) whose name holds the query. */
export function workspaceSymbols(symbolLists: readonly (readonly WorkspaceSymbol[])[], query: string): WorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  return symbolLists.flatMap((symbols) => (q ? symbols.filter((s) => s.name.toLowerCase().includes(q)) : symbols));
}
