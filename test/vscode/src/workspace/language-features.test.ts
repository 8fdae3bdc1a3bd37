// Hover, completion and the outline, asked the way the editor asks (vscode.execute*Provider).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf, open, ruleOf, waitForFindings } from '../helpers';
import { MARKDOWN_FINDINGS, MARKDOWN_PLAN, YAML_FINDINGS, YAML_PLAN } from './plan-files';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

interface Outline { name: string; children: Outline[] }

function outlineOf(symbols: readonly vscode.DocumentSymbol[]): Outline[] {
  return symbols.map((s) => ({ name: s.name, children: outlineOf(s.children ?? []) }));
}

describe('hover, completion and outline', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('hover on a finding explains the rule', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    const owner = (await waitForFindings(document.uri, MARKDOWN_FINDINGS)).find((d) => ruleOf(d) === 'missing-owner')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, owner.range.start.translate(0, 2));
    const text = hoverText(hovers);
    // VS Code shows the finding's message itself; the hover adds the rule, once.
    assert.doesNotMatch(text, /This action has no owner/);
    assert.match(text, /\*\*missing-owner\*\*/);
    assert.match(text, /164\.308/, 'the hover cites the regulation');
  });

  it('hover on a field label explains the field’s rule', async () => {
    const { document } = await open(YAML_PLAN);
    await waitForFindings(document.uri, YAML_FINDINGS);
    const due = lineOf(document, '    due: 2026-07-15');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, due.range.start.translate(0, 5));
    assert.match(hoverText(hovers), /\*\*missing-due-date\*\*/);
  });

  it('completes field values: priorities and dates counted from rmplint.today', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    await waitForFindings(document.uri, MARKDOWN_FINDINGS);
    const priority = lineOf(document, '- **Priority:** High');
    const priorities = await completionLabels(document.uri, priority.range.start.translate(0, '- **Priority:** '.length));
    for (const value of ['Critical', 'High', 'Medium', 'Low']) assert.ok(priorities.includes(value), `${value} in ${priorities.join(', ')}`);
    const due = lineOf(document, '- **Due:** 2026-07-01');
    const dates = await completionLabels(document.uri, due.range.start.translate(0, '- **Due:** '.length));
    for (const value of ['2026-06-15', '2026-06-22', '2026-07-15', '2026-09-13']) assert.ok(dates.includes(value), `${value} in ${dates.join(', ')}`);
  });

  it('completes YAML keys inside a risk', async () => {
    const { document } = await open(YAML_PLAN);
    await waitForFindings(document.uri, YAML_FINDINGS);
    const status = lineOf(document, '    status: open');
    const keys = await completionLabels(document.uri, status.range.start.translate(0, 4));
    for (const key of ['owner', 'due', 'treatment', 'priority']) assert.ok(keys.includes(key), `${key} in ${keys.join(', ')}`);
  });

  it('outlines the plan as tiers and risks', async () => {
    const { document } = await open(YAML_PLAN);
    await waitForFindings(document.uri, YAML_FINDINGS);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(outlineOf(symbols), [
      {
        name: 'Risk Management Plan',
        children: [
          { name: 'This week', children: [{ name: 'R-001: Shared pharmacy system login', children: [] }] },
          { name: 'Vendor conversations', children: [{ name: 'R-002: Delivery driver carries paper prescriptions', children: [] }] },
        ],
      },
    ]);
  });
});
