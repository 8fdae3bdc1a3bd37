// Hover on a finding or a field label: what the rule asks, why an auditor cares, the
// 45 CFR citation and a good example, from the rule's own metadata.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleById } from '../rules';
import { ruleDocLink } from './rule-docs';
import type { Field, Span } from '../model/plan-model';
import { readDue } from '../model/relative-dues';
import type { PlanAnalysis } from './analysis';
import { fieldAt, planFields } from './plan-fields';

export function ruleHelp(ruleId: string): string | undefined {
  const rule = ruleById(ruleId);
  if (!rule) return undefined;
  return [
    `**${rule.id}** — ${rule.description}`,
    `*Why an auditor cares:* ${rule.rationale}`,
    `*Reference:* ${rule.reference}`,
    `*Instead of* \`${rule.examples.bad}\` *write* \`${rule.examples.good}\``,
    `[Documentation](${ruleDocLink(rule.id)})`,
  ].join('\n\n');
}

export function hoverAt(analysis: PlanAnalysis, position: Position): Hover | undefined {
  const offset = analysis.lines.offsetAt(position);
  const findings = analysis.findings.filter((f) => offset >= f.range.start && offset <= f.range.end);
  if (findings.length > 0) {
    // Editors show the diagnostic's message in the same hover: the help says why and how, once per rule.
    const parts = [...new Set(findings.map((f) => f.rule))].map((rule) => ruleHelp(rule)).filter((h): h is string => !!h);
    return parts.length > 0 ? hover(analysis, parts.join('\n\n---\n\n'), findings[0].range) : undefined;
  }
  const hit = fieldAt(planFields(analysis.plan), offset);
  if (hit?.on === 'value' && hit.named.name === 'due') return relativeDueHover(analysis, hit.named.field);
  if (!hit || hit.on !== 'key') return undefined;
  const help = ruleHelp(hit.named.rule);
  return help ? hover(analysis, help, hit.named.field.keyRange!) : undefined;
}

/** A deadline written relative to the plan ("30 days", "Week 2"): the date it was counted to, and from what. */
function relativeDueHover(analysis: PlanAnalysis, due: Field): Hover | undefined {
  const read = readDue(analysis.plan, due.value);
  if (read.kind === 'relative') return hover(analysis, `"${due.value}" counts from the plan's date, which the plan does not give: it cannot be placed on the calendar.`, due.valueRange);
  if (read.kind !== 'date' || !read.counted) return undefined;
  return hover(analysis, `"${due.value}" is due **${read.iso}**, counted from ${read.counted.what} (${read.counted.anchor}).`, due.valueRange);
}

function hover(analysis: PlanAnalysis, markdown: string, span: Span): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: analysis.lines.rangeOf(span) };
}
