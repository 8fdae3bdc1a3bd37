// From a plan's risk to its entry in the risk analysis document the plan names: go to definition
// lands on the entry's ID, hover shows the analysis's rating, likelihood and impact.
import * as fs from 'node:fs/promises';
import { MarkupKind, type Hover, type Location, type Position, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisRisk } from '../model/analysis-register';
import type { Risk } from '../model/plan-model';
import type { PlanAnalysis } from './analysis';
import { filePathOf } from './uris';

/** A document's text: the open editor's, else the file's; undefined when neither can be read. */
export async function documentText(documents: TextDocuments<TextDocument>, uri: string): Promise<string | undefined> {
  const open = documents.get(uri);
  if (open) return open.getText();
  const file = filePathOf(uri);
  if (!file) return undefined;
  try {
    const text = await fs.readFile(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The plan risk whose ID is under the position, and its analysis entry. */
function entryAt(analysis: PlanAnalysis, position: Position): { risk: Risk; entry: AnalysisRisk } | undefined {
  if (!analysis.register) return undefined;
  const offset = analysis.lines.offsetAt(position);
  const risk = analysis.plan.risks.find((r) => r.id && offset >= r.id.valueRange.start && offset <= r.id.valueRange.end);
  const id = risk?.id?.value.trim().toLowerCase();
  const entry = id ? analysis.register.register.risks.find((r) => r.id.toLowerCase() === id) : undefined;
  return risk && entry ? { risk, entry } : undefined;
}

export function analysisEntryAt(analysis: PlanAnalysis, position: Position): Location | undefined {
  const hit = entryAt(analysis, position);
  if (!hit) return undefined;
  return { uri: analysis.register!.uri, range: analysis.register!.lines.rangeOf(hit.entry.range) };
}

/** From a register's entry back to the plan risks that answer it, in the plans that read the register. */
export async function planRisksAt(registerUri: string, position: Position, readers: readonly PlanAnalysis[]): Promise<Location[]> {
  const locations: Location[] = [];
  for (const analysis of readers) {
    const linked = analysis.register;
    if (!linked || linked.uri !== registerUri) continue;
    const offset = linked.lines.offsetAt(position);
    const entry = linked.register.risks.find((r) => offset >= r.range.start && offset <= r.range.end);
    if (!entry) continue;
    const id = entry.id.toLowerCase();
    for (const risk of analysis.plan.risks) {
      if (risk.id && risk.id.value.trim().toLowerCase() === id) locations.push({ uri: analysis.uri, range: analysis.lines.rangeOf(risk.id.valueRange) });
    }
  }
  return locations;
}

/** References of a plan risk's ID: the ID itself and its analysis entry. */
export function analysisReferencesAt(analysis: PlanAnalysis, position: Position): Location[] {
  const hit = entryAt(analysis, position);
  if (!hit) return [];
  return [
    { uri: analysis.uri, range: analysis.lines.rangeOf(hit.risk.id!.valueRange) },
    { uri: analysis.register!.uri, range: analysis.register!.lines.rangeOf(hit.entry.range) },
  ];
}

export function analysisHoverAt(analysis: PlanAnalysis, position: Position): Hover | undefined {
  const hit = entryAt(analysis, position);
  if (!hit) return undefined;
  const { entry } = hit;
  const facts = [
    ['Rating', entry.rating],
    ['Likelihood', entry.likelihood],
    ['Impact', entry.impact],
  ].filter(([, value]) => value !== undefined);
  const lines = [
    `**${entry.id}** in the risk analysis (${analysis.register!.register.name}, line ${entry.line + 1})${entry.title ? `: ${entry.title}` : ''}`,
    facts.length > 0 ? facts.map(([name, value]) => `${name}: **${value}**`).join(' · ') : 'No rating, likelihood or impact read.',
  ];
  if (entry.accepted) lines.push('The analysis records this risk as accepted.');
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: analysis.lines.rangeOf(hit.risk.id!.valueRange) };
}
