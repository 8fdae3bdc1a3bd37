// The plan checked against its risk analysis across two files (issue 15): go to definition
// from a plan risk's ID to its row in the register, and untreated-risk appearing when the
// register gains a high risk the plan does not treat, and clearing when it is gone again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Fixtures, lineOf, open, waitFor, waitForFindings, workspaceUri } from '../helpers';

const PLAN = 'traceability/birch-clinic.rmp.md';
const REGISTER = 'traceability/analysis.csv';

describe('the plan and its risk analysis', () => {
  const fixtures = new Fixtures();
  before(() => fixtures.keep(PLAN, REGISTER));
  afterEach(() => fixtures.restore());

  it("goes to definition from a plan risk's ID to its row in the risk analysis", async () => {
    const editor = await open(PLAN);
    await waitForFindings(editor.document.uri, []);
    const heading = lineOf(editor.document, '### T-02: Backups are never restored');
    const inId = new vscode.Position(heading.lineNumber, 6);
    const [target] = await waitFor('a definition of T-02', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, inId);
      return found && found.length > 0 ? found : undefined;
    });
    const [uri, range] = 'targetUri' in target ? [target.targetUri, target.targetRange] : [target.uri, target.range];
    assert.equal(uri.toString(), workspaceUri(REGISTER).toString());
    const register = await vscode.workspace.openTextDocument(uri);
    assert.ok(register.lineAt(range.start.line).text.startsWith('T-02,'), register.lineAt(range.start.line).text);
  });

  it('reports a high risk the register gains and the plan does not treat, and clears it when the register loses it', async () => {
    const editor = await open(PLAN);
    const plan = editor.document.uri;
    await waitForFindings(plan, []);
    const register = workspaceUri(REGISTER);
    const before = Buffer.from(await vscode.workspace.fs.readFile(register)).toString('utf8');
    const analysisLine = lineOf(editor.document, '  document: analysis.csv').lineNumber + 1;
    await vscode.workspace.fs.writeFile(register, Buffer.from(`${before}T-04,Shared Wi-Fi password for staff and guests,High,High,High\n`));
    const [finding] = await waitForFindings(plan, [`untreated-risk@${analysisLine}`]);
    assert.match(finding.message, /T-04/);
    await vscode.workspace.fs.writeFile(register, Buffer.from(before));
    await waitForFindings(plan, []);
  });
});
