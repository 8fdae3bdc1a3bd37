// The preview command opens a webview panel; a snippet writes a plan skeleton.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, rmplintDiagnostics, waitFor, waitForFindings } from '../helpers';
import { MARKDOWN_FINDINGS, MARKDOWN_PLAN } from './plan-files';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('rmplint.preview'));
}

describe('preview and snippets', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('rmplint.openPreviewToSide opens the plan preview in a webview panel beside the editor', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    await waitForFindings(document.uri, MARKDOWN_FINDINGS);
    assert.deepEqual(previewTabs(), []);
    await vscode.commands.executeCommand('rmplint.openPreviewToSide');
    const [tab] = await waitFor('a preview tab', () => previewTabs().length === 1 && previewTabs());
    assert.match(tab.label, /lakeview-clinic/);
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the preview opens to the side');
  });

  it('the "rmplint: new plan" snippet writes a plan skeleton that rmplint lints', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'rmplint: new plan' });
    const text = document.getText();
    assert.match(text, /^---\ntype: risk-management-plan\n/);
    for (const heading of ['## This week', '### R-001: Risk title', '## Vendor conversations', '## Budget decisions']) assert.ok(text.includes(heading), heading);
    // Left untouched, every placeholder field of the skeleton is a finding that says to fill it in.
    const placeholderLines = text.split('\n').filter((line) => /YYYY-MM-DD|Name, |Person or role|Practice name|Risk title|R-000/.test(line)).length;
    let fillIn = 0;
    await waitFor(`a "fill in" finding for each of the ${placeholderLines} placeholder lines`, () => {
      fillIn = rmplintDiagnostics(document.uri).filter((d) => /fill in|fill them in|fill it in/i.test(d.message)).length;
      return placeholderLines > 0 && fillIn >= placeholderLines;
    });
  });
});
