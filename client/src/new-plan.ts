// "rmplint: New Risk Management Plan": an untitled Markdown plan from the rmp-plan snippet,
// with its tab stops live, so a new user finds the template without knowing the prefix.
import * as vscode from 'vscode';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
}

export function registerNewPlan(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('rmplint.newPlan', async () => {
    const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'markdown.json');
    const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, Snippet>;
    const plan = Object.values(snippets).find((s) => [s.prefix].flat().includes('rmp-plan'));
    if (!plan) return;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString([plan.body].flat().join('\n')));
  });
}
