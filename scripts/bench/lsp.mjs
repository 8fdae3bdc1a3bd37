// (b)+(c) The language server over LSP stdio, as an editor drives it: spawn → initialize,
// didOpen → first published diagnostics, then single-character edits in the middle of the
// document, each timed from didChange to the diagnostics published for that version.
// Push diagnostics: the client does not advertise pull (textDocument.diagnostic) support.
// With a risk analysis register beside the plan (issue 15), also edits to the register, open
// beside the plan, each timed from the register's didChange to the plan's diagnostics showing it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { BENCH_TODAY } from './plans.mjs';
import { msSince, round, summary } from './stats.mjs';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-jsonrpc/node');

const TIMEOUT_MS = 60_000;
const INCREMENTAL = 2;
/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

const LANGUAGE = { '.rmp.md': 'markdown', '.rmp.yaml': 'yaml' };

export class Session {
  /** `settings`: the `rmplint` section answered to workspace/configuration. */
  constructor(serverArgs, settings = { today: BENCH_TODAY }) {
    this.spawnedAt = process.hrtime.bigint();
    this.child = spawn(process.execPath, [...serverArgs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.waiting = new Map();
    /** Waiters on any publication for a URI whose diagnostics pass a test (a register edit leaves the plan's version as it was). */
    this.watching = [];
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    /** Every publishDiagnostics, for watchers of closed files (set by the caller). */
    this.onPublished = undefined;
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      this.onPublished?.(p);
      const key = `${p.uri}@${p.version}`;
      this.waiting.get(key)?.(p);
      this.waiting.delete(key);
      this.watching = this.watching.filter((w) => !(w.uri === p.uri && w.test(p.diagnostics) && (w.resolve(p), true)));
    });
    this.connection.onNotification(() => undefined);
    this.connection.onRequest((method, params) => (method === 'workspace/configuration' ? params.items.map(() => settings) : null));
    this.connection.listen();
  }

  /** Resolves with the diagnostics the server publishes for this version of the document. */
  diagnosticsFor(uri, version) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${TIMEOUT_MS} ms\n${this.stderr}`)), TIMEOUT_MS);
      this.waiting.set(`${uri}@${version}`, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
  }

  /** Resolves with the first diagnostics published for `uri` that pass `test`, whatever the version. */
  diagnosticsWhere(uri, test, what) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} with ${what} in ${TIMEOUT_MS} ms\n${this.stderr}`)), TIMEOUT_MS);
      this.watching.push({
        uri,
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** CPU time (user + system) the server has used so far, in ms; Linux only. */
  cpuMs() {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  }

  /** The server's peak resident set (VmHWM), in MB; Linux only. */
  peakRssMb() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  }

  async close() {
    await this.connection.sendRequest('shutdown');
    this.connection.sendNotification('exit');
    await new Promise((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', resolve)));
    this.connection.dispose();
  }
}

/** Where the edits go: the end of the action text on the first action line past the middle. */
export function editPoint(text) {
  const lines = text.split('\n');
  for (let line = Math.floor(lines.length / 2); line < lines.length; line++) {
    const character = actionEnd(lines[line]);
    if (character !== undefined) return { line, character };
  }
  throw new Error('no action line in the second half of the plan');
}

function actionEnd(line) {
  if (/^\s*(- \*\*Action:\*\*|- action:) /.test(line)) return line.length;
  if (!line.startsWith('| R-')) return undefined;
  // Table row: | ID | Risk | Priority | Treatment | Action | ...: the end of the fifth cell's text.
  let pipes = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && ++pipes === 6) return i - 1;
  return undefined;
}

/**
 * One server session on one plan. Besides wall times it reports the server's mean CPU time
 * per edit, which a busy machine disturbs less than latency.
 * `edits` single-character edits type `x` after `x` at the edit point, as a user types a
 * word: every edit makes a text the server has not seen (the piece it touches is read again).
 */
export async function benchServer({ serverArgs, file, text, edits, register }) {
  const session = new Session(serverArgs);
  try {
    const { capabilities } = await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { synchronization: { didSave: false }, publishDiagnostics: { versionSupport: true } },
      },
    });
    const initializeMs = msSince(session.spawnedAt);
    session.connection.sendNotification('initialized', {});
    const sync = typeof capabilities.textDocumentSync === 'number' ? capabilities.textDocumentSync : capabilities.textDocumentSync?.change;

    const uri = pathToFileURL(file).href;
    const languageId = LANGUAGE[Object.keys(LANGUAGE).find((ext) => file.endsWith(ext))];
    let version = 1;
    const firstPublished = session.diagnosticsFor(uri, version);
    const openedAt = process.hrtime.bigint();
    session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    const first = await firstPublished;
    const firstDiagnosticsMs = msSince(openedAt);

    const at = editPoint(text);
    const lines = text.split('\n');
    const samples = [];
    const cpuBefore = session.cpuMs();
    for (let i = 0; i < edits; i++) {
      const where = { line: at.line, character: at.character + i };
      lines[at.line] = `${lines[at.line].slice(0, where.character)}x${lines[at.line].slice(where.character)}`;
      const change = sync === INCREMENTAL ? { range: { start: where, end: where }, text: 'x' } : { text: lines.join('\n') };
      version++;
      const published = session.diagnosticsFor(uri, version);
      const sentAt = process.hrtime.bigint();
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await published;
      samples.push(msSince(sentAt));
    }
    const editCpuMs = (session.cpuMs() - cpuBefore) / edits;
    const registerEdit = register ? await registerEdits(session, uri, register, edits) : undefined;
    const peakRssMb = session.peakRssMb();
    return {
      sync: sync === INCREMENTAL ? 'incremental' : 'full',
      initializeMs: round(initializeMs),
      firstDiagnosticsMs: round(firstDiagnosticsMs),
      diagnostics: first.diagnostics.length,
      edit: summary(samples),
      editCpuMs: round(editCpuMs),
      ...(registerEdit ? { registerEdit } : {}),
      peakRssMb,
    };
  } finally {
    await session.close().catch(() => session.child.kill());
  }
}

/**
 * Issue 15: the register open beside the plan, and `edits` characters typed after the ID of
 * the risk in its middle row (R-0500 → R-0500x → R-0500xx...). Each edit changes what the plan
 * reports (that ID is now an analysis risk the plan does not treat), so each is timed from the
 * register's didChange to the plan's diagnostics naming the new ID.
 */
async function registerEdits(session, planUri, register, edits) {
  const uri = pathToFileURL(register.file).href;
  const lines = register.text.split('\n');
  const line = Math.floor((lines.length - 1) / 2);
  const id = lines[line].split(',')[0];
  let version = 1;
  const opened = session.diagnosticsFor(uri, version);
  session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'csv', version, text: register.text } });
  await opened;
  const samples = [];
  for (let i = 0; i < edits; i++) {
    const where = { line, character: id.length + i };
    const renamed = `${id}${'x'.repeat(i + 1)}`;
    version++;
    const shown = session.diagnosticsWhere(planUri, (ds) => ds.some((d) => d.code === 'untreated-risk' && new RegExp(`\\b${renamed}\\b`).test(d.message)), `untreated-risk naming ${renamed}`);
    const sentAt = process.hrtime.bigint();
    session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: where, end: where }, text: 'x' }] });
    await shown;
    samples.push(msSince(sentAt));
  }
  return summary(samples);
}
