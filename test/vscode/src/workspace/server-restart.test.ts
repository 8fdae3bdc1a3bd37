// Issue 7: the client restarts a crashed server and tells the user. The test kills this
// extension host's language server, sees a new one lint an edit, and sees the warning the
// user is shown and its "Show Output" button at work.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, Fixtures, lineOf, open, waitFor, waitForFindings } from '../helpers';
import { MARKDOWN_FINDINGS, MARKDOWN_PLAN } from './plan-files';

/**
 * Pids of the servers this extension host started: the client forks `dist/server.js` with
 * `--node-ipc --clientProcessId=<its pid>`, and the tests run in that same process, so other
 * VS Code runs on the machine (even of this repository) are never matched.
 */
function ourServerPids(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const module = path.join(extension.extensionPath, 'dist', 'server.js');
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const ours = (ppid: string, args: string) =>
    Number(ppid) === process.pid && args.includes(` ${module} --node-ipc`) && args.split(' ').includes(`--clientProcessId=${process.pid}`);
  return table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((row): row is RegExpExecArray => row !== null && ours(row[2], row[3]))
    .map((row) => Number(row[1]));
}

/**
 * Whether the rmplint output channel is showing (its document exists only then). Its text is
 * not asserted: this code-server is installed without its native logger, so log channels stay empty.
 */
function outputShown(): boolean {
  return vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'output' && e.document.uri.path.includes(EXTENSION_ID));
}

/**
 * Records the warnings rmplint shows, answering each as a user pressing its first button. The
 * notification itself cannot be read through the API, but the tests run in the extension's
 * own extension host and share its `vscode.window`, so nothing new is exposed to workspaces.
 */
function answerWarnings(): { shown: string[][]; restore: () => void } {
  const original = vscode.window.showWarningMessage;
  const shown: string[][] = [];
  const pressFirstButton = (message: string, ...buttons: string[]) => {
    shown.push([message, ...buttons]);
    return Promise.resolve(buttons[0]);
  };
  Object.assign(vscode.window, { showWarningMessage: pressFirstButton });
  return { shown, restore: () => Object.assign(vscode.window, { showWarningMessage: original }) };
}

/** Kills this extension host's one server, as a crash would, and returns its pid. */
function killOurServer(): number {
  const servers = ourServerPids();
  assert.equal(servers.length, 1, `one server for this extension host, found ${servers.join(', ') || 'none'}`);
  process.kill(servers[0], 'SIGKILL');
  return servers[0];
}

function waitForNewServer(killed: number): Promise<number> {
  return waitFor('a new server process', () => {
    const now = ourServerPids();
    return now.length === 1 && now[0] !== killed && now[0];
  });
}

const RESTART_WARNING = ['rmplint: the language server stopped unexpectedly and was restarted.', 'Show Output'];

/** Makes the due date of R-001 invalid: a finding only a live server can report. */
async function invalidateFirstDueDate(editor: vscode.TextEditor): Promise<string[]> {
  const due = lineOf(editor.document, '- **Due:** 2026-07-01');
  assert.ok(await editor.edit((edit) => edit.replace(due.range, '- **Due:** 2026-02-30')));
  return [...MARKDOWN_FINDINGS, `invalid-date@${due.lineNumber + 1}`];
}

describe('server crash', () => {
  const fixtures = new Fixtures();
  let warnings: ReturnType<typeof answerWarnings>;
  before(() => fixtures.keep(MARKDOWN_PLAN));
  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await waitFor('the rmplint output to be hidden', () => !outputShown());
    warnings = answerWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await fixtures.restore();
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('restarts a killed server, which lints the next edit, and warns with a Show Output button', async () => {
    const editor = await open(MARKDOWN_PLAN);
    await waitForFindings(editor.document.uri, MARKDOWN_FINDINGS);
    const killed = killOurServer();
    await waitForNewServer(killed);
    await waitForFindings(editor.document.uri, await invalidateFirstDueDate(editor));
    assert.deepEqual(warnings.shown, [RESTART_WARNING]);
    await waitFor('the rmplint output, shown by the warning’s button', () => outputShown());
  });

  it('lints an edit made while the server was down once the new one is up', async () => {
    const editor = await open(MARKDOWN_PLAN);
    await waitForFindings(editor.document.uri, MARKDOWN_FINDINGS);
    const killed = killOurServer();
    const expected = await invalidateFirstDueDate(editor);
    await waitForNewServer(killed);
    await waitForFindings(editor.document.uri, expected);
    assert.deepEqual(warnings.shown, [RESTART_WARNING]);
  });
});
