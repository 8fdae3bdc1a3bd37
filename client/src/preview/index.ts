// The plan preview: commands, the webview serializer (restores panels after a reload)
// and the panels that follow the editor.
import * as vscode from 'vscode';
import { PreviewManager } from './preview-manager';
import { PREVIEW_VIEW_TYPE } from './plan-preview';
import { exportPlanAsHtml } from './export-html';
import type { PlanServer } from './plan-server';

/** The document a command applies to: its argument (explorer, editor title), the active editor, or the focused preview. */
function targetUri(manager: PreviewManager, argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  return vscode.window.activeTextEditor?.document.uri ?? manager.activePreviewUri();
}

export function registerPreview(context: vscode.ExtensionContext, server: PlanServer): void {
  const manager = new PreviewManager(context.extensionUri, server);
  const withTarget = (run: (uri: vscode.Uri) => unknown) => (argument: unknown) => {
    const uri = targetUri(manager, argument);
    if (uri) return run(uri);
    return vscode.window.showInformationMessage('rmplint: open a risk management plan first.');
  };
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.commands.registerCommand('rmplint.openPreview', withTarget((uri) => manager.open(uri, false))),
    vscode.commands.registerCommand('rmplint.openPreviewToSide', withTarget((uri) => manager.open(uri, true))),
    vscode.commands.registerCommand('rmplint.exportHtml', withTarget((uri) => exportPlanAsHtml(uri, server))),
  );
  manager.start();
}
