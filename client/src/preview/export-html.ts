// "rmplint: Export Plan as HTML": the same self-contained page as `rmplint render -o`,
// rendered by the language server, saved where the user chooses (next to the plan by default).
import * as vscode from 'vscode';
import type { PlanServer } from './plan-server';

export async function exportPlanAsHtml(uri: vscode.Uri, server: PlanServer): Promise<void> {
  await vscode.workspace.openTextDocument(uri); // the server reads the editor's text, saved or not
  const rendered = await server.render({ uri: uri.toString(), export: true });
  if (!rendered.plan || rendered.page === undefined) {
    void vscode.window.showWarningMessage('rmplint: this file is not a risk management plan.');
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: uri.with({ path: uri.path.replace(/\.(md|markdown|ya?ml)$/i, '') + '.html' }),
    filters: { HTML: ['html'] },
    saveLabel: 'Export',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(rendered.page));
  const open = await vscode.window.showInformationMessage(`rmplint: exported ${vscode.workspace.asRelativePath(target)}`, 'Open in Browser');
  if (open) await vscode.env.openExternal(target);
}
