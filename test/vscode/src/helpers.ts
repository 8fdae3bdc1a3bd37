// What every integration test needs: polling instead of sleeping, opening fixture files,
// reading rmplint's diagnostics, and putting edited fixtures back as they were.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'rmplint.rmplint';

/** Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** The first (or last) line whose text is exactly `text`. */
export function lineOf(document: vscode.TextDocument, text: string, which: 'first' | 'last' = 'first'): vscode.TextLine {
  const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i)).filter((l) => l.text === text);
  assert.ok(lines.length > 0, `no line "${text}" in ${document.uri.path}`);
  return which === 'first' ? lines[0] : lines[lines.length - 1];
}

export function rmplintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'rmplint');
}

/** The rule id of a diagnostic (its code, which carries a link to the rule's docs). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** `rule@line` (1-based) for each diagnostic, sorted: what tests compare. */
export function findingsOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).sort();
}

/** Waits until the document's rmplint findings are exactly `expected` (`rule@line`). */
export function waitForFindings(uri: vscode.Uri, expected: readonly string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort().join(', ');
  let seen = '';
  return waitFor(
    `findings [${want}] on ${uri.path}`,
    () => {
      const diagnostics = rmplintDiagnostics(uri);
      seen = findingsOf(diagnostics).join(', ');
      return seen === want && diagnostics;
    },
    timeoutMs,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last seen [${seen}]`);
  });
}

/**
 * Remembers the files a test may change and puts them back afterwards: editors reverted
 * (so nothing dirty can be saved later) and the bytes on disk rewritten if they differ.
 */
export class Fixtures {
  private readonly saved = new Map<string, Uint8Array>();

  async keep(...relatives: string[]): Promise<void> {
    for (const relative of relatives) {
      const uri = workspaceUri(relative);
      this.saved.set(uri.toString(), await vscode.workspace.fs.readFile(uri));
    }
  }

  async restore(): Promise<void> {
    for (const [key, bytes] of this.saved) {
      const uri = vscode.Uri.parse(key);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document?.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      const now = await vscode.workspace.fs.readFile(uri);
      if (Buffer.compare(Buffer.from(now), Buffer.from(bytes)) !== 0) await vscode.workspace.fs.writeFile(uri, bytes);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
}
