// Activation, diagnostics for both plan formats (with the workspace's .rmplintrc applied),
// none for ordinary Markdown, and diagnostics that follow edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, Fixtures, lineOf, open, rmplintDiagnostics, ruleOf, waitFor, waitForFindings, workspaceUri } from '../helpers';
import { MARKDOWN_FINDINGS, MARKDOWN_PLAN, ORDINARY_MARKDOWN, YAML_FINDINGS, YAML_PLAN } from './plan-files';

describe('activation and diagnostics', () => {
  const fixtures = new Fixtures();
  before(() => fixtures.keep(MARKDOWN_PLAN, YAML_PLAN));
  afterEach(() => fixtures.restore());

  it('activates in a workspace with plans', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await open(MARKDOWN_PLAN);
    await waitFor('the extension to activate', () => extension.isActive);
  });

  it('reports a Markdown plan’s findings with source rmplint and the rule id as code', async () => {
    const { document } = await open(MARKDOWN_PLAN);
    const diagnostics = await waitForFindings(document.uri, MARKDOWN_FINDINGS);
    const owner = diagnostics.find((d) => ruleOf(d) === 'missing-owner')!;
    assert.equal(owner.severity, vscode.DiagnosticSeverity.Error);
    assert.match(owner.message, /no owner/);
    assert.deepEqual([owner.range.start.line, owner.range.start.character], [18, 0]);
    const code = owner.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /missing-owner/, 'the code links to the rule documentation');
  });

  it('reports a YAML plan’s findings, with severities from the workspace .rmplintrc.json', async () => {
    const { document } = await open(YAML_PLAN);
    const diagnostics = await waitForFindings(document.uri, YAML_FINDINGS);
    const vague = diagnostics.find((d) => ruleOf(d) === 'vague-action')!;
    // vague-action is a warning by default; the fixture's .rmplintrc.json makes it an error.
    assert.equal(vague.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([vague.range.start.line, vague.range.start.character, vague.range.end.character], [25, 12, 49]);
  });

  it('reports nothing on an ordinary Markdown file', async () => {
    const { document } = await open(ORDINARY_MARKDOWN);
    assert.equal(document.languageId, 'markdown');
    // Opened after the notes, the plan's findings show the server has had the notes' turn.
    const plan = await open(MARKDOWN_PLAN);
    await waitForFindings(plan.document.uri, MARKDOWN_FINDINGS);
    assert.deepEqual(rmplintDiagnostics(document.uri), []);
  });

  it('updates the findings after each edit', async () => {
    const editor = await open(MARKDOWN_PLAN);
    await waitForFindings(editor.document.uri, MARKDOWN_FINDINGS);
    const firstDue = lineOf(editor.document, '- **Due:** 2026-07-01');
    assert.ok(await editor.edit((edit) => edit.insert(firstDue.range.start, '- **Owner:** Dana Ruiz\n')));
    await waitForFindings(editor.document.uri, ['missing-due-date@27']);
    const lastStatus = lineOf(editor.document, '- **Status:** Open', 'last');
    assert.ok(await editor.edit((edit) => edit.insert(lastStatus.range.start, '- **Due:** 2026-09-01\n')));
    await waitForFindings(editor.document.uri, []);
  });

  it('lints plans that are not open (workspace diagnostics)', async () => {
    await waitForFindings(workspaceUri(YAML_PLAN), YAML_FINDINGS);
  });
});
