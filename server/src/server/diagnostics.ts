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
import { ReportedDiagnostics } from './reported-diagnostics';

export const SOURCE = 'rmplint';

/** Closed files the workspace pass reads ahead at a time (their settings in one request to the client). */
const PASS_BATCH = 32;
/** How long the editor must have been quiet before the workspace pass lints its next file. */
const PASS_QUIET_MS = 50;

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
  const reported = new ReportedDiagnostics();
  documents.onDidClose((event) => reported.forget(event.document.uri));
  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const version = documents.get(uri)?.version;
    try {
      const analysis = await plans.analysisOf(uri);
      if (version !== undefined && documents.get(uri)?.version !== version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
      }
      const items = diagnosticsOf(analysis);
      // An edit that changes no finding (most keystrokes) is answered "unchanged".
      const resultId = analysis && version !== undefined ? reported.resultIdFor(uri, items, resultIdOf(analysis, settings, uri)) : resultIdOf(analysis, settings, uri);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
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
      try {
        if (!(await plans.settingsFor(uri)).lintWorkspace) continue;
        // A file unchanged since its digest is answered "unchanged" without being read again.
        const closed = await plans.closedDigest(uri);
        const digest = closed?.digest.plan;
        if (!digest || !digest.lintWorkspace) continue;
        const resultId = `a${digest.serial}`;
        if (previous.get(uri) === resultId) {
          items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
          continue;
        }
        const analysis = closed!.analysis ?? (await plans.analysisOf(uri));
        if (analysis) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: resultIdOf(analysis, settings, uri), items: diagnosticsOf(analysis) });
      } catch (error) {
        log.error(`diagnostics for ${uri}`, error);
      }
    }
    // Files reported before that are gone, no longer plans, or now open: clear them.
    const reported = new Set(items.map((i) => i.uri));
    for (const uri of previous.keys()) {
      if (!reported.has(uri) && !documents.get(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    return { items };
  });
}

/**
 * Push mode: the server sends diagnostics whenever a document or the settings change. Open
 * documents are linted at once; the workspace's closed plans by a pass that lints one file
 * per turn of the event loop and waits whenever an open document has work, so a keystroke
 * never queues behind the workspace. A closed plan's analysis is dropped once its
 * diagnostics are sent.
 */
export class DiagnosticsPusher {
  private readonly pending = new Set<string>();
  /** Closed files that currently show diagnostics, so they can be cleared. */
  private readonly shownClosed = new Set<string>();
  /** Closed files the workspace pass has still to lint, in order. */
  private readonly background = new Set<string>();
  private passRunning = false;
  /** When the last document scheduled on its own (an edit, an opening) was published. */
  private lastEditorWork = -Infinity;
  /** Publishes started by `schedule` and not finished. */
  private inFlight = 0;
  /** Resolved when nothing scheduled is pending or in flight. */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly plans: Plans,
    private readonly log: Log,
  ) {}

  /** Re-lints a document soon, before any of the workspace pass; repeated requests before it runs coalesce. */
  schedule(uri: string): void {
    this.background.delete(uri);
    if (this.pending.has(uri)) return;
    this.pending.add(uri);
    setImmediate(() => {
      this.pending.delete(uri);
      this.inFlight++;
      void this.publish(uri).finally(() => {
        this.inFlight--;
        this.lastEditorWork = performance.now();
        this.wakeIfIdle();
      });
    });
  }

  /** Re-lints every open document now and, when enabled, every plan file in the workspace in the background. */
  scheduleAll(): void {
    for (const uri of this.documents.keys()) this.schedule(uri);
    for (const uri of [...this.plans.closedFiles(), ...this.shownClosed]) {
      if (!this.pending.has(uri)) this.background.add(uri);
    }
    void this.runPass();
  }

  /** Whether the workspace pass has closed files left to lint. */
  get passPending(): boolean {
    return this.background.size > 0;
  }

  private async runPass(): Promise<void> {
    if (this.passRunning) return;
    this.passRunning = true;
    try {
      while (this.background.size > 0) {
        const batch = [...this.background].slice(0, PASS_BATCH);
        const reads = await this.plans.readAhead(batch);
        for (const uri of batch) {
          await this.yieldToEditor();
          // Scheduled on its own meanwhile (opened, changed on disk): that run lints it.
          if (!this.background.delete(uri)) continue;
          const read = reads.get(uri);
          await this.publish(uri, read && (() => this.plans.analyseRead(uri, read).then((r) => r.analysis)));
        }
      }
    } finally {
      this.passRunning = false;
    }
  }

  /**
   * Before each file of the workspace pass: a turn of the event loop, for the messages that
   * arrived meanwhile; then none while an open document waits for its diagnostics, nor until
   * the editor has been quiet for PASS_QUIET_MS (a keystroke follows a keystroke).
   */
  private async yieldToEditor(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      if (this.pending.size > 0 || this.inFlight > 0) {
        await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
        continue;
      }
      const wait = this.lastEditorWork + PASS_QUIET_MS - performance.now();
      if (wait <= 0) return;
      await new Promise<void>((resolve) => setTimeout(resolve, wait));
    }
  }

  private wakeIfIdle(): void {
    if (this.pending.size > 0 || this.inFlight > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  /** `analyse`: how the workspace pass analyses a closed file it has read ahead. */
  private async publish(uri: string, analyse = () => this.plans.analysisOf(uri)): Promise<void> {
    const version = this.documents.get(uri)?.version;
    try {
      // A closed file is not even read when workspace linting is off and it shows nothing.
      if (version === undefined && !this.shownClosed.has(uri) && !(await this.plans.settingsFor(uri)).lintWorkspace) return;
      const analysis = await (version === undefined ? analyse() : this.plans.analysisOf(uri));
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
