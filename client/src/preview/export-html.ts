// "rmplint: Export Plan as HTML": the same self-contained page as `rmplint render -o`,
// saved where the user chooses (next to the plan by default).
import * as vscode from 'vscode';
import { exportDocument } from '../../../server/src/render/documents';
import { planInput, renderDocument } from './plan-render';

export async function exportPlanAsHtml(uri: vscode.Uri, extensionUri: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const input = planInput(document);
  if (!input) {
    void vscode.window.showWarningMessage('rmplint: this file is not a risk management plan.');
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: uri.with({ path: uri.path.replace(/\.(md|markdown|ya?ml)$/i, '') + '.html' }),
    filters: { HTML: ['html'] },
    saveLabel: 'Export',
  });
  if (!target) return;
  const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')));
  const html = exportDocument(renderDocument(document, input), css);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  const open = await vscode.window.showInformationMessage(`rmplint: exported ${vscode.workspace.asRelativePath(target)}`, 'Open in Browser');
  if (open) await vscode.env.openExternal(target);
}
