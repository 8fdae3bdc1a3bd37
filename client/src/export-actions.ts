// "Export Actions to a Calendar / a Spreadsheet": the server writes the file's text (the same
// as `rmplint export`); the client asks where to save it.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EXPORT_ACTIONS_REQUEST, type ExportActionsParams, type ExportActionsResult } from '../../server/src/protocol';

async function exportActions(client: BaseLanguageClient, format: 'csv' | 'ics'): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const scope = await vscode.window.showQuickPick(
    [
      ...(active ? [{ label: 'This plan', description: vscode.workspace.asRelativePath(active.uri), uri: active.uri.toString() }] : []),
      { label: 'Every plan in the workspace', uri: undefined },
    ],
    { placeHolder: format === 'ics' ? 'Put whose due dates in a calendar?' : 'Put whose actions in a spreadsheet?' },
  );
  if (!scope) return;
  const result = await client.sendRequest<ExportActionsResult>(EXPORT_ACTIONS_REQUEST, { uri: scope.uri, format } satisfies ExportActionsParams);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, format === 'ics' ? 'plan-actions.ics' : 'plan-actions.csv'),
    filters: format === 'ics' ? { Calendar: ['ics'] } : { 'Comma-separated values': ['csv'] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  const what = format === 'ics' ? `${result.count} open ${result.count === 1 ? 'action' : 'actions'} with a due date` : `${result.count} ${result.count === 1 ? 'action' : 'actions'}`;
  void vscode.window.showInformationMessage(`rmplint exported ${what} to ${vscode.workspace.asRelativePath(target)}.`);
}

export function registerExportCommands(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('rmplint.exportCalendar', () => exportActions(client, 'ics')),
    vscode.commands.registerCommand('rmplint.exportSpreadsheet', () => exportActions(client, 'csv')),
  );
}
