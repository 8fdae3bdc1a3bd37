// Findings as LSP diagnostics, delivered by pull (when the client supports it) or by
// push, never both. Results for a version the editor has moved past are dropped.
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/lint';
import type { Severity } from '../engine/rule';
import { ruleDocLink } from './rule-docs';
import type { LineIndex } from '../model/positions';
import type { PlanAnalysis } from './analysis';
import type { Plans } from './plans';
import type { SettingsStore } from './settings';
import type { Log } from './guard';

export const SOURCE = 'rmplint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnosticOf(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(finding.range),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocLink(finding.rule) },
    message: finding.message,
  };
}

export function diagnosticsOf(analysis: PlanAnalysis | undefined): Diagnostic[] {
  return analysis ? analysis.findings.map((f) => diagnosticOf(f, analysis.lines)) : [];
}

/**
 * A result id that changes whenever the analysis behind a report may change. It is the
 * analysis's serial, not the document's version: a document closed and opened again starts
 * at version 1, and the client may still hold a result id from the earlier opening, which a
 * version-based id would answer "unchanged" for a different text.
 */
function resultIdOf(analysis: PlanAnalysis | undefined, settings: SettingsStore, uri: string): string {
  return analysis ? `a${analysis.serial}` : `not-a-plan#${settings.generation}#${uri}`;
}

/** Pull mode: the client asks for a document's (or the workspace's) diagnostics. */
export function servePulledDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  plans: Plans,
  settings: SettingsStore,
  log: Log,
): void {
  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const version = documents.get(uri)?.version;
    try {
      const analysis = await plans.analysisOf(uri);
      if (version !== undefined && documents.get(uri)?.version !== version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
      }
      const resultId = resultIdOf(analysis, settings, uri);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(analysis) };
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log.error(`diagnostics for ${uri}`, error);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const uri of plans.closedFiles()) {
      if (token.isCancellationRequested) break;
      const analysis = await plans.analysisOf(uri).catch((error) => log.error(`diagnostics for ${uri}`, error));
      if (!analysis || !analysis.settings.lintWorkspace) continue;
      const resultId = resultIdOf(analysis, settings, uri);
      items.push(
        previous.get(uri) === resultId
          ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId }
          : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnosticsOf(analysis) },
      );
    }
    // Files reported before that are gone, no longer plans, or now open: clear them.
    const reported = new Set(items.map((i) => i.uri));
    for (const uri of previous.keys()) {
      if (!reported.has(uri) && !documents.get(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    return { items };
  });
}

/** Push mode: the server sends diagnostics whenever a document or the settings change. */
export class DiagnosticsPusher {
  private readonly pending = new Set<string>();
  /** Closed files that currently show diagnostics, so they can be cleared. */
  private readonly shownClosed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly plans: Plans,
    private readonly log: Log,
  ) {}

  /** Re-lints a document soon; repeated requests before it runs coalesce. */
  schedule(uri: string): void {
    if (this.pending.has(uri)) return;
    this.pending.add(uri);
    setImmediate(() => {
      this.pending.delete(uri);
      void this.publish(uri);
    });
  }

  /** Re-lints every open document and, when enabled, every plan file in the workspace. */
  scheduleAll(): void {
    for (const uri of this.documents.keys()) this.schedule(uri);
    for (const uri of this.plans.closedFiles()) this.schedule(uri);
    for (const uri of this.shownClosed) this.schedule(uri);
  }

  private async publish(uri: string): Promise<void> {
    const version = this.documents.get(uri)?.version;
    try {
      const analysis = await this.plans.analysisOf(uri);
      const open = this.documents.get(uri);
      if (open?.version !== version) return; // edited (or opened/closed) meanwhile: a newer run is scheduled
      const show = open !== undefined || (analysis?.settings.lintWorkspace ?? false);
      const diagnostics = show ? diagnosticsOf(analysis) : [];
      if (!open) {
        if (diagnostics.length > 0) this.shownClosed.add(uri);
        else if (!this.shownClosed.delete(uri)) return; // nothing shown, nothing to clear
      }
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      this.log.error(`diagnostics for ${uri}`, error);
    }
  }
}
