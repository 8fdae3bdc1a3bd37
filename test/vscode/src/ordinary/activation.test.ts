// Run in a workspace without plans or .rmplintrc: an ordinary Markdown file must not
// start rmplint (nor its language server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, waitFor } from '../helpers';

describe('activation without plans', () => {
  it('opening an ordinary Markdown file does not activate rmplint', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const { document } = await open('meeting-notes.md');
    assert.equal(document.languageId, 'markdown');
    // Markdown's own extension activates on onLanguage:markdown; by then rmplint would have too.
    const markdown = vscode.extensions.getExtension('vscode.markdown-language-features');
    assert.ok(markdown);
    await waitFor('Markdown language features to activate', () => markdown.isActive);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(extension.isActive, false);
  });

  it('an rmplint command still activates it on demand', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await vscode.commands.executeCommand('rmplint.showOutput');
    await waitFor('the extension to activate', () => extension.isActive);
  });
});
