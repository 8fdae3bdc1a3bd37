// The rmplint language server's handlers, wired to a connection whatever carries it: the
// Node entry (main.ts: stdio, IPC, socket) and the web worker entry (browser-main.ts) share them.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledRuleDoc } from './rule-docs';
import { AnalysisCache } from './analysis';
import { codeActionsFor, type EditSupport } from './code-actions';
import { exportActionsOf } from './export-request';
import { codeLenses } from './code-lens';
import { completionsAt, knownOwners } from './completion';
import { DiagnosticsPusher, servePulledDiagnostics } from './diagnostics';
import { connectionLog, guarded } from './guard';
import { recordReviewAction, recordReviewEdits } from './record-review';
import { analysisEntryAt, analysisHoverAt, analysisReferencesAt, documentText, planRisksAt } from './analysis-links';
import { hoverAt } from './hover';
import { Plans } from './plans';
import { isConfigFileName } from './rc-file';
import { SettingsStore } from './settings';
import { summaryOf } from './summary';
import { renderPlanOf } from './render-request';
import { HistoryCache } from './history-cache';
import { editorGitReader } from './editor-git-reader';
import { commandGitReader } from '../git/git-reader';
import { packageVersion } from '../version';
import {
  FIX_ALL_KIND,
  RENDER_PLAN_REQUEST,
  SHOW_DOCUMENTATION_COMMAND,
  RECORD_REVIEW_COMMAND,
  ruleDocsUrl,
  SUMMARY_REQUEST,
  OPEN_ACTIONS_REQUEST,
  EXPORT_ACTIONS_REQUEST,
  type ExportActionsParams,
  type ExportActionsResult,
  type OpenAction,
  type PlanSummary,
  type RenderPlanParams,
  type RenderPlanResult,
  type SummaryParams,
  type ClientOptions,
} from '../protocol';
import { documentSymbols, workspaceSymbols } from './symbols';
import { filePathOf } from './uris';

/** What an entry gives the handlers beyond the connection. */
export interface ServeOptions {
  /** Called after each lint and each preview render (the Node entry's heap governor). */
  readonly afterWork?: () => void;
}

export function serve(connection: Connection, options: ServeOptions = {}): void {
  const log = connectionLog(connection);
  const documents = new TextDocuments(TextDocument);
  let settings!: SettingsStore;
  let cache!: AnalysisCache;
  let plans!: Plans;
  let histories = new HistoryCache();
  let pusher: DiagnosticsPusher | undefined;
  let editSupport: EditSupport = { documentChanges: false, snippets: false };
  let canRefreshDiagnostics = false;
  let canRefreshLenses = false;
  let canShowDocument = false;
  let dynamicWatch = false;
  let dynamicConfiguration = false;
  let folderEvents = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    // In VS Code the client reads git through the built-in Git extension; the git command is the fallback.
    if ((params.initializationOptions as ClientOptions | undefined)?.gitExtension === true) histories = new HistoryCache([editorGitReader(connection), commandGitReader]);
    const pull = caps.textDocument?.diagnostic !== undefined;
    settings = new SettingsStore(connection, caps.workspace?.configuration === true, log, () => plans?.folders ?? []);
    cache = new AnalysisCache(settings, (uri, rule, error) => log.error(`rule ${rule} on ${uri}`, error), (uri) => documentText(documents, uri), options.afterWork);
    plans = new Plans(documents, cache);
    plans.folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((f) => filePathOf(f.uri))
      .filter((f): f is string => f !== undefined);
    const documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    editSupport = { documentChanges, snippets: documentChanges && caps.workspace?.workspaceEdit?.snippetEditSupport === true };
    canRefreshDiagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
    canRefreshLenses = caps.workspace?.codeLens?.refreshSupport === true;
    canShowDocument = caps.window?.showDocument?.support === true;
    dynamicWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    folderEvents = caps.workspace?.workspaceFolders === true;
    if (pull) servePulledDiagnostics(connection, documents, plans, settings, log);
    else pusher = new DiagnosticsPusher(connection, documents, plans, log);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '|'] },
        documentSymbolProvider: { label: 'rmplint' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND, RECORD_REVIEW_COMMAND] },
        diagnosticProvider: pull ? { identifier: 'rmplint', interFileDependencies: false, workspaceDiagnostics: true } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'rmplint-language-server', version: packageVersion() },
    };
  });

  /** Settings, config files or the set of files changed: everything may lint differently. */
  function relintAll(): void {
    if (pusher) pusher.scheduleAll();
    else if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh().catch((e) => log.error('diagnostics refresh', e));
    if (canRefreshLenses) void connection.sendRequest('workspace/codeLens/refresh').catch((e) => log.error('code lens refresh', e));
  }

  connection.onInitialized(
    guarded(log, 'initialized', undefined, async () => {
      if (dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'rmplint' });
      if (dynamicWatch) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          // CSV: a risk analysis register a plan may name (its plans are linted again when it changes).
          watchers: [{ globPattern: '**/*.{md,markdown,yaml,yml,csv}' }, { globPattern: '**/.rmplintrc*' }],
        });
      }
      if (folderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guarded(log, 'workspace folders', undefined, async (event) => {
            const removed = new Set(event.removed.map((f) => filePathOf(f.uri)));
            const added = event.added.map((f) => filePathOf(f.uri)).filter((f): f is string => f !== undefined);
            plans.folders = [...plans.folders.filter((f) => !removed.has(f)), ...added];
            await plans.scan();
            relintAll();
          }),
        );
      }
      await plans.scan();
      relintAll();
    }),
  );

  connection.onDidChangeConfiguration(
    guarded(log, 'configuration', undefined, (params) => {
      settings.changed(params.settings);
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guarded(log, 'watched files', undefined, (params) => {
      let configChanged = false;
      for (const change of params.changes) {
        const file = filePathOf(change.uri);
        if (file && isConfigFileName(file)) configChanged = true;
        else {
          plans.fileEvent(change.uri, change.type === FileChangeType.Deleted);
          pusher?.schedule(change.uri);
          for (const plan of cache.documentChanged(change.uri)) pusher?.schedule(plan);
        }
      }
      if (configChanged) {
        settings.changed(undefined, true);
        relintAll();
      } else if (!pusher && canRefreshDiagnostics) {
        void connection.languages.diagnostics.refresh().catch((e) => log.error('diagnostics refresh', e));
      }
    }),
  );

  /** A plan's risk analysis document was edited, opened or closed: its plans lint again. */
  function registerChanged(uri: string): void {
    const dependents = cache.documentChanged(uri);
    if (dependents.length === 0) return;
    if (pusher) dependents.forEach((plan) => pusher!.schedule(plan));
    else if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh().catch((e) => log.error('diagnostics refresh', e));
  }

  documents.onDidChangeContent((event) => {
    pusher?.schedule(event.document.uri);
    registerChanged(event.document.uri);
  });
  documents.onDidClose((event) => {
    pusher?.schedule(event.document.uri);
    registerChanged(event.document.uri);
    histories.forget(event.document.uri);
  });

  connection.onDefinition(
    guarded(log, 'definition', null, async (params) => {
      const uri = params.textDocument.uri;
      const analysis = await plans.analysisOf(uri);
      const entry = analysis && analysisEntryAt(analysis, params.position);
      if (entry) return entry;
      // In a risk analysis register: back to the plan risks that answer the entry.
      const back = await planRisksAt(uri, params.position, await readersOf(uri));
      return back.length > 0 ? back : null;
    }),
  );

  connection.onReferences(
    guarded(log, 'references', [], async (params) => {
      const uri = params.textDocument.uri;
      const analysis = await plans.analysisOf(uri);
      const fromPlan = analysis ? analysisReferencesAt(analysis, params.position) : [];
      if (fromPlan.length > 0) return fromPlan;
      // In a risk analysis register: the plan risks that answer the entry.
      return planRisksAt(uri, params.position, await readersOf(uri));
    }),
  );

  /** The analyses of the plans that read a document as their risk analysis. */
  async function readersOf(uri: string) {
    const analyses = await Promise.all(cache.plansReading(uri).map((plan) => plans.analysisOf(plan).catch(() => undefined)));
    return analyses.filter((a): a is NonNullable<typeof a> => a !== undefined);
  }

  connection.onCodeAction(
    guarded(log, 'code actions', [], async (params) => {
      const analysis = await plans.analysisOf(params.textDocument.uri);
      const record = analysis && recordReviewAction(analysis, params);
      return analysis ? [...codeActionsFor(analysis, params, editSupport), ...(record ? [record] : [])] : [];
    }),
  );

  connection.onExecuteCommand(
    guarded(log, 'command', undefined, async (params) => {
      if (params.command === RECORD_REVIEW_COMMAND && typeof params.arguments?.[0] === 'string') {
        const uri = params.arguments[0];
        const analysis = await plans.analysisOf(uri);
        if (!analysis) return;
        const edits = (await recordReviewEdits(analysis, histories)).map((e) => ({ range: { start: analysis.lines.positionAt(e.start), end: analysis.lines.positionAt(e.end) }, newText: e.newText }));
        const version = analysis.version;
        await connection.workspace.applyEdit({
          label: 'Record this review',
          edit: editSupport.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } },
        });
        return;
      }
      const rule = params.arguments?.[0];
      if (params.command !== SHOW_DOCUMENTATION_COMMAND || typeof rule !== 'string') return;
      // The page bundled with the extension opens in the editor, offline; the web page is the fallback.
      const bundled = bundledRuleDoc(rule);
      const url = bundled ?? ruleDocsUrl(rule);
      if (canShowDocument) await connection.window.showDocument(bundled ? { uri: bundled, takeFocus: true } : { uri: url, external: true });
      else connection.window.showInformationMessage(`Documentation for ${rule}: ${url}`);
    }),
  );

  connection.onHover(
    guarded(log, 'hover', null, async (params) => {
      const analysis = await plans.analysisOf(params.textDocument.uri);
      return (analysis && (hoverAt(analysis, params.position) ?? analysisHoverAt(analysis, params.position))) ?? null;
    }),
  );

  connection.onCompletion(
    guarded(log, 'completion', [], async (params) => {
      const analysis = await plans.analysisOf(params.textDocument.uri);
      if (!analysis) return [];
      // Only an owner's value needs the workspace's plans: a label or another value answers
      // from this plan alone, without waiting for every plan's digest (the client drops an
      // answer that comes after the next keystroke, and the user sees "No suggestions").
      let wantsOwners = false;
      const items = completionsAt(analysis, params.position, () => ((wantsOwners = true), []));
      if (!wantsOwners) return items;
      const all = await plans.allDigests();
      return completionsAt(analysis, params.position, () => knownOwners(all.map((d) => d.plan!.owners)));
    }),
  );

  connection.onDocumentSymbol(
    guarded(log, 'document symbols', [], async (params) => {
      const analysis = await plans.analysisOf(params.textDocument.uri);
      return analysis ? documentSymbols(analysis) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    guarded(log, 'workspace symbols', [], async (params) => workspaceSymbols((await plans.allDigests()).map((d) => d.plan!.symbols), params.query)),
  );

  connection.onCodeLens(
    guarded(log, 'code lens', [], async (params) => {
      const analysis = await plans.analysisOf(params.textDocument.uri);
      return analysis ? codeLenses(analysis) : [];
    }),
  );

  connection.onRequest(
    SUMMARY_REQUEST,
    guarded(log, 'summary', null, async (params: SummaryParams): Promise<PlanSummary | null> => {
      const analysis = await plans.analysisOf(params.uri);
      return analysis ? summaryOf(analysis) : null;
    }),
  );

  connection.onRequest(
    OPEN_ACTIONS_REQUEST,
    guarded(log, 'open actions', [], async (): Promise<OpenAction[]> => (await plans.allDigests()).flatMap((d) => d.plan!.openActions)),
  );

  connection.onRequest(EXPORT_ACTIONS_REQUEST, (params: ExportActionsParams): Promise<ExportActionsResult> => exportActionsOf(plans, params));

  connection.onRequest(
    RENDER_PLAN_REQUEST,
    guarded(log, 'render plan', { plan: false }, async (params: RenderPlanParams): Promise<RenderPlanResult> => {
      const rendered = await renderPlanOf(plans, histories, params);
      options.afterWork?.(); // a render makes as much garbage as a lint
      return rendered;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
