// Completion as the user types in a plan, and only in a plan: VS Code does not suggest as
// you type in Markdown, so the extension asks for suggestions where a field label or value
// starts (see wantsCompletion), leaving other Markdown files alone.
import * as vscode from 'vscode';
import { wantsCompletion } from '../../server/src/protocol';

export function suggestAsYouType(isPlan: (document: vscode.TextDocument) => Promise<boolean>): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((event) => {
    const editor = vscode.window.activeTextEditor;
    const change = event.contentChanges[0];
    // One character typed in the active editor: not a paste, an undo or a fix.
    if (!editor || editor.document !== event.document || event.contentChanges.length !== 1 || change.text.length !== 1) return;
    const position = change.range.start.translate(0, 1);
    const prefix = event.document.lineAt(position.line).text.slice(0, position.character);
    // The line first (cheap), then whether the document is a plan.
    if (!wantsCompletion(prefix, event.document.languageId === 'yaml')) return;
    void isPlan(event.document).then(
      (plan) => plan && vscode.window.activeTextEditor === editor && vscode.commands.executeCommand('editor.action.triggerSuggest'),
      () => undefined,
    );
  });
}
