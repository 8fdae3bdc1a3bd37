// Hover on a finding or a field label: what the rule asks, why an auditor cares, the
// 45 CFR citation and a good example, from the rule's own metadata.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleById } from '../rules';
import { ruleDocLink } from './rule-docs';
import type { Span } from '../model/plan-model';
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
  if (!hit || hit.on !== 'key') return undefined;
  const help = ruleHelp(hit.named.rule);
  return help ? hover(analysis, help, hit.named.field.keyRange!) : undefined;
}

function hover(analysis: PlanAnalysis, markdown: string, span: Span): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: analysis.lines.rangeOf(span) };
}
