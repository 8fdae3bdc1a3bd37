// What the desktop (Node) and the browser (web worker) extensions share: the client's
// options, restarts after crashes, the status bar, the commands, the preview, the actions
// view and the exports. Each entry only says how its language server is started.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  RevealOutputChannelOn,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { registerActionsView } from './actions-view';
import { registerExportCommands } from './export-actions';
import { PlanStatusBar } from './status-bar';
import { registerPreview } from './preview';
import { planServerOf } from './preview/plan-server';
import { registerNewPlan } from './new-plan';
import { suggestAsYouType } from './suggest-as-you-type';
import { FIX_ALL_KIND, nothingSafeToFixMessage, type ClientOptions } from '../../server/src/protocol';
import { answerHistoryRequests, hasGitExtension } from './git-extension';

/** Crashes tolerated within the window before the client stops restarting the server. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

/** Restarts the server after a crash, unless it keeps crashing. */
function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        output.appendLine('The rmplint server crashed repeatedly; not restarting. Run "rmplint: Restart Server" after fixing the cause.');
        return { action: CloseAction.DoNotRestart, message: 'The rmplint server crashed repeatedly. See the rmplint output.' };
      }
      output.appendLine('The rmplint server stopped unexpectedly; restarting it.');
      // Said where the user looks, not only in the output: diagnostics may blink meanwhile.
      void vscode.window.showWarningMessage('rmplint: the language server stopped unexpectedly and was restarted.', 'Show Output').then((choice) => {
        if (choice) output.show(true);
      });
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

let client: BaseLanguageClient | undefined;

/** Starts the client that `connect` makes for the shared options and registers everything around it. */
export function startExtension(context: vscode.ExtensionContext, connect: (options: LanguageClientOptions) => BaseLanguageClient): void {
  const output = vscode.window.createOutputChannel('rmplint', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown' },
      { language: 'yaml' },
    ],
    synchronize: {
      configurationSection: 'rmplint',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/.rmplintrc*'),
      ],
    },
    outputChannel: output,
    initializationOptions: { gitExtension: hasGitExtension() } satisfies ClientOptions,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: restartingErrorHandler(output),
  };
  client = connect(clientOptions);
  const statusBar = new PlanStatusBar(client);
  context.subscriptions.push(output, statusBar, ...answerHistoryRequests(client, output));

  context.subscriptions.push(
    vscode.commands.registerCommand('rmplint.restartServer', async () => {
      // stop and start: what the Node client's restart() does, and all the browser client has.
      await client?.stop();
      await client?.start();
      statusBar.refresh();
    }),
    // Asks for the fix-all action directly: editor.action.sourceAction needs a focused editor
    // widget and silently does nothing without one (found by the VS Code integration tests).
    vscode.commands.registerCommand('rmplint.fixAll', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
      const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
      if (fixAll?.edit) {
        await vscode.workspace.applyEdit(fixAll.edit);
        return;
      }
      const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'rmplint').length;
      void vscode.window.showInformationMessage(nothingSafeToFixMessage(findings));
    }),
    vscode.commands.registerCommand('rmplint.showOutput', () => output.show(true)),
    // The rule pages ship with the extension: pick one, read it in VS Code's Markdown preview, offline.
    vscode.commands.registerCommand('rmplint.openRuleDocs', async () => {
      const folder = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
      const pages = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).filter((n) => n.endsWith('.md')).sort();
      const rule = await vscode.window.showQuickPick(pages.map((n) => n.replace(/\.md$/, '')), { placeHolder: 'Rule to read about' });
      if (rule) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(folder, `${rule}.md`));
    }),
  );
  const plans = planServerOf(client);
  registerPreview(context, plans);
  registerActionsView(context, client);
  context.subscriptions.push(registerExportCommands(client));
  context.subscriptions.push(registerNewPlan(context), suggestAsYouType((document) => plans.isPlan(document.uri.toString())));
  // Activation does not wait for the server's process to spawn and initialize (about 120 ms
  // on a two-core machine; a worker sooner): its diagnostics arrive when it is up.
  client.start().then(
    () => statusBar.refresh(),
    (error: unknown) => output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`),
  );
}

export async function stopExtension(): Promise<void> {
  await client?.stop();
  client = undefined;
}
