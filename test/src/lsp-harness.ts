// A minimal LSP client for protocol tests: spawns the bundled server (`node dist/server.js
// --stdio`), or runs the same bundle in a web worker-like scope,
// speaks JSON-RPC with vscode-jsonrpc, answers the server's requests, and waits
// for notifications with a timeout (never a fixed sleep).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { REPO } from './plan-files';
import { startWorkerServer } from './worker-server';

export const SERVER = join(REPO, 'dist', 'server.js');

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
export interface TextEdit { range: Range; newText: string }
export interface PublishedDiagnostics { uri: string; version?: number; diagnostics: Diagnostic[] }

export interface HarnessOptions {
  /** Declare pull-diagnostic support (textDocument.diagnostic); push otherwise. */
  readonly pull?: boolean;
  /** The `rmplint` settings section returned for workspace/configuration. */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolder?: string;
  readonly snippets?: boolean;
  /** Run the bundle as in the browser editor: in a scope with only web worker globals. */
  readonly worker?: boolean;
  /** The server process's environment beside this one's (e.g. where its code cache is kept). */
  readonly env?: Record<string, string>;
  /** Awaited before a workspace/configuration request is answered (to hold the server at a known point). */
  readonly beforeConfiguration?: (items: readonly unknown[]) => Promise<void> | void;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export class LspHarness {
  readonly published = new Map<string, PublishedDiagnostics>();
  /** Every publishDiagnostics in the order it arrived. */
  readonly publishOrder: { uri: string; version?: number }[] = [];
  readonly stderr: string[] = [];
  /** Requests the server sent (method names), for assertions. */
  readonly serverRequests: string[] = [];
  /** Each request the server sent, with its parameters. */
  readonly serverRequestParams: { method: string; params: unknown }[] = [];
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly connection: MessageConnection,
    private readonly child?: ChildProcess,
  ) {}

  private static spawnServer(env?: Record<string, string>): LspHarness {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: env && { ...process.env, ...env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const harness = new LspHarness(connection, child);
    child.stderr!.on('data', (d: Buffer) => harness.stderr.push(d.toString()));
    return harness;
  }

  static async start(options: HarnessOptions = {}): Promise<LspHarness> {
    const harness = options.worker ? new LspHarness(startWorkerServer()) : LspHarness.spawnServer(options.env);
    const connection = harness.connection;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      harness.published.set(p.uri, p);
      harness.publishOrder.push({ uri: p.uri, version: p.version });
      harness.wake();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      harness.stderr.push(`${p.message}\n`);
    });
    connection.onNotification(() => undefined);
    connection.onRequest(async (method: string, params: unknown) => {
      harness.serverRequests.push(method);
      harness.serverRequestParams.push({ method, params });
      harness.wake();
      if (method === 'workspace/configuration') {
        const items = (params as { items: unknown[] }).items;
        await options.beforeConfiguration?.(items);
        return items.map(() => options.settings ?? {});
      }
      return null;
    });
    connection.listen();
    const folder = options.workspaceFolder;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: 'workspace' }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceEdit: { documentChanges: true, snippetEditSupport: options.snippets === true },
          diagnostics: { refreshSupport: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
          completion: { completionItem: { snippetSupport: false } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        window: { showDocument: { support: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return harness;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `condition` holds, re-checking after each message; rejects after `timeoutMs`. */
  async until<T>(describe: string, condition: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${describe}; server stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Published diagnostics for a URI at a document version (push mode). */
  diagnosticsFor(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.until(`diagnostics for ${uri}`, () => {
      const p = this.published.get(uri);
      return p && (version === undefined || p.version === version) ? p.diagnostics : undefined;
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Pulls a document's diagnostics (pull mode). */
  async pull(uri: string): Promise<Diagnostic[]> {
    return (await this.pullReport(uri)).items ?? [];
  }

  /** Pulls a document's diagnostic report, as a client that last saw `previousResultId`. */
  pullReport(uri: string, previousResultId?: string): Promise<{ kind: string; resultId?: string; items?: Diagnostic[] }> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
      await this.notify('exit', null);
    } finally {
      this.connection.dispose();
      const child = this.child;
      if (child && child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            child.kill();
            resolve();
          }, 2_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
  }
}

/** Offset of a position in a text (LF or CRLF). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
    line++;
  }
  return offset + position.character;
}

/** Applies LSP text edits to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
