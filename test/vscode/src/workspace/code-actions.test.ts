// Quick fixes and fix-all as the editor runs them: code actions asked through
// vscode.executeCodeActionProvider, applied with workspace.applyEdit, text checked after.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Fixtures, open, ruleOf, waitFor, waitForFindings } from '../helpers';
import { MARKDOWN_FINDINGS, MARKDOWN_PLAN, YAML_FINDINGS, YAML_PLAN } from './plan-files';

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies the quick fix titled `title` offered for the document's `rule` finding. */
async function applyQuickFix(document: vscode.TextDocument, rule: string, title: string): Promise<void> {
  const diagnostic = (await waitForFindingsOf(document)).find((d) => ruleOf(d) === rule);
  assert.ok(diagnostic, `a ${rule} finding`);
  const actions = await codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === title);
  assert.ok(fix?.edit, `quick fix "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
}

const BASELINE: Record<string, string[]> = { [MARKDOWN_PLAN]: MARKDOWN_FINDINGS, [YAML_PLAN]: YAML_FINDINGS };

function waitForFindingsOf(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const relative = vscode.workspace.asRelativePath(document.uri);
  return waitForFindings(document.uri, BASELINE[relative]);
}

describe('quick fixes and fix-all', () => {
  const fixtures = new Fixtures();
  before(() => fixtures.keep(MARKDOWN_PLAN, YAML_PLAN));
  afterEach(() => fixtures.restore());

  it('missing-owner: "Set owner to …" adds the owner line to the risk (Markdown)', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    const before = document.getText();
    await applyQuickFix(document, 'missing-owner', 'Set owner to Dana Ruiz');
    const anchor = '- **Due:** 2026-07-01\n- **Status:** Open\n';
    assert.equal(document.getText(), before.replace(anchor, `${anchor}- **Owner:** Dana Ruiz\n`));
    await waitForFindings(document.uri, ['missing-due-date@27']);
  });

  it('missing-owner: the preferred fix uses rmplint.defaultOwner (YAML)', async () => {
    const { document } = await open(YAML_PLAN);
    const before = document.getText();
    const diagnostic = (await waitForFindingsOf(document)).find((d) => ruleOf(d) === 'missing-owner')!;
    const preferred = (await codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).filter((a) => a.isPreferred);
    assert.deepEqual(preferred.map((a) => a.title), ['Set owner to Security Officer']);
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    const anchor = '    due: 2026-07-15\n    status: open\n';
    assert.equal(document.getText(), before.replace(anchor, `${anchor}    owner: Security Officer\n`));
    await waitForFindings(document.uri, ['vague-action@27']);
  });

  it('missing-due-date: "Set due date to …" adds a date counted from rmplint.today', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    const before = document.getText();
    await applyQuickFix(document, 'missing-due-date', 'Set due date to 2026-07-15 (today + 30 days)');
    const anchor = '- **Owner:** Dana Ruiz\n- **Status:** Open\n';
    assert.equal(document.getText(), before.replace(anchor, `${anchor}- **Due:** 2026-07-15\n`));
    await waitForFindings(document.uri, ['missing-owner@19']);
  });

  it("a quick fix that needs the user's words puts a tab stop on the value, and the finding stays until it is written", async () => {
    const { document } = await open(MARKDOWN_PLAN);
    const diagnostic = (await waitForFindingsOf(document)).find((d) => ruleOf(d) === 'missing-owner')!;
    const actions = await codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fill = actions.find((a) => a.title === 'Add an Owner line to fill in');
    assert.ok(fill?.edit, JSON.stringify(actions.map((a) => a.title)));
    const editor = await open(MARKDOWN_PLAN);
    assert.ok(await vscode.workspace.applyEdit(fill.edit));
    assert.match(document.getText(), /- \*\*Owner:\*\* Person or role\n/);
    // A snippet edit: the editor is left with the placeholder selected, ready to type over.
    await waitFor('the placeholder selected as a tab stop', () => document.getText(editor.selection) === 'Person or role');
    // The placeholder is a missing value: the owner finding is still there, now saying "fill in".
    await waitFor('the owner finding to ask for the real value', () =>
      vscode.languages.getDiagnostics(document.uri).some((d) => ruleOf(d) === 'missing-owner' && /fill in/i.test(d.message)),
    );
  });

  it('fix-all (source.fixAll.rmplint) applies every safe fix and nothing else', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    await waitForFindingsOf(document);
    const before = document.getText();
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActions(document.uri, whole, 'source.fixAll.rmplint');
    assert.deepEqual(actions.map((a) => [a.title, a.kind?.value]), [['Fix all safe rmplint problems', 'source.fixAll.rmplint']]);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    // Only the owner fix is safe (rmplint.defaultOwner is set); a due date needs a person's decision.
    const anchor = '- **Due:** 2026-07-01\n- **Status:** Open\n';
    assert.equal(document.getText(), before.replace(anchor, `${anchor}- **Owner:** Security Officer\n`));
    await waitForFindings(document.uri, ['missing-due-date@27']);
  });

  it('the rmplint.fixAll command applies fix-all to the active editor', async () => {
    const { document } = await open(YAML_PLAN);
    await waitForFindingsOf(document);
    await vscode.commands.executeCommand('rmplint.fixAll');
    await waitForFindings(document.uri, ['vague-action@27']);
    assert.match(document.getText(), /status: open\n {4}owner: Security Officer\n {2}- id: R-002/);
  });
});
