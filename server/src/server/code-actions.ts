// Code actions from the engine's fix data: one quick fix per offered fix (the safe one
// preferred), "Disable <rule> for this line", "Show documentation", and the
// `source.fixAll.rmplint` action applying every safe fix. Never derived from message text.
import { FIX_ALL_KIND, SHOW_DOCUMENTATION_COMMAND } from '../protocol';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Finding } from '../engine/lint';
import type { Fix, TextEdit as OffsetEdit } from '../engine/rule';
import { disableForLineFix } from '../fixes/disable-comment';
import { checkedSafeFixEdits } from '../fixes/fix-all';
import { RULES } from '../rules';
import type { PlanAnalysis } from './analysis';
import { diagnosticOf } from './diagnostics';


export interface EditSupport {
  /** The client takes `documentChanges` (versioned edits). */
  readonly documentChanges: boolean;
  /** The client takes snippet text edits (LSP 3.18), so placeholders become tab stops. */
  readonly snippets: boolean;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActionsFor(analysis: PlanAnalysis, params: CodeActionParams, support: EditSupport): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const start = analysis.lines.offsetAt(params.range.start);
    const end = analysis.lines.offsetAt(params.range.end);
    for (const finding of analysis.findings) {
      if (finding.range.start <= end && finding.range.end >= start) actions.push(...quickFixes(analysis, finding, support));
    }
  }
  // Fix-all lints the plan once per safe fix, so it is computed only when asked for by kind
  // (on save, or the Fix All command), not for the lightbulb on every cursor move.
  if (only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`))) {
    const fixAll = fixAllAction(analysis, support);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(analysis: PlanAnalysis, finding: Finding, support: EditSupport): CodeAction[] {
  const diagnostic = diagnosticOf(finding, analysis.lines);
  const preferred = finding.fixes.find((f) => f.safe);
  const actions = finding.fixes.map((fix) => fixAction(analysis, fix, diagnostic, support, fix === preferred));
  const disable = disableForLineFix(analysis.plan, analysis.lines, finding.rule, finding.range.start);
  if (disable) actions.push(fixAction(analysis, disable, diagnostic, support, false));
  actions.push({
    title: `Show documentation for ${finding.rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${finding.rule}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [finding.rule] },
  });
  return actions;
}

function fixAction(analysis: PlanAnalysis, fix: Fix, diagnostic: Diagnostic, support: EditSupport, preferred: boolean): CodeAction {
  const snippet = support.snippets && fix.placeholders?.length && fix.edits.length === 1;
  const edits = snippet ? [snippetEdit(analysis, fix.edits[0], fix.placeholders!)] : fix.edits.map((e) => textEdit(analysis, e));
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: workspaceEdit(analysis, edits, support),
  };
}

function fixAllAction(analysis: PlanAnalysis, support: EditSupport): CodeAction | undefined {
  const options = { today: analysis.settings.today, settings: analysis.settings.lint, rules: RULES };
  const edits = checkedSafeFixEdits(analysis.plan.text, analysis.kind, analysis.findings, options);
  if (edits.length === 0) return undefined;
  return {
    title: 'Fix all safe rmplint problems',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis, edits.map((e) => textEdit(analysis, e)), support),
  };
}

function textEdit(analysis: PlanAnalysis, edit: OffsetEdit): TextEdit {
  return { range: analysis.lines.rangeOf(edit), newText: edit.newText };
}

/** Escapes snippet syntax in literal text. */
function literal(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function snippetEdit(analysis: PlanAnalysis, edit: OffsetEdit, placeholders: readonly { start: number; end: number }[]): SnippetTextEdit {
  let value = '';
  let at = 0;
  [...placeholders]
    .sort((a, b) => a.start - b.start)
    .forEach((p, i) => {
      value += literal(edit.newText.slice(at, p.start)) + `\${${i + 1}:${literal(edit.newText.slice(p.start, p.end))}}`;
      at = p.end;
    });
  value += literal(edit.newText.slice(at));
  return { range: analysis.lines.rangeOf(edit), snippet: { kind: 'snippet', value } };
}

function workspaceEdit(analysis: PlanAnalysis, edits: (TextEdit | SnippetTextEdit)[], support: EditSupport): WorkspaceEdit {
  if (support.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits }] };
  }
  return { changes: { [analysis.uri]: edits as TextEdit[] } };
}
