// The server's bundle (dist/rmplint.js) run as the browser editor's web worker runs it: in a
// scope holding only what a worker's global scope offers (Web Crypto, TextEncoder, URL, timers;
// no require, process, Buffer, setImmediate or __dirname), its messages passed as structured clones through `self`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { createContext, runInContext } from 'node:vm';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Message, type MessageConnection } from 'vscode-jsonrpc';
import { REPO } from './plan-files';

export const WORKER_SERVER = join(REPO, 'dist', 'rmplint.js');

/** The worker's `self`: what the server's BrowserMessageReader/Writer use of it. */
interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: string, listener: unknown): void;
  postMessage(message: unknown): void;
}

class ToWorker extends AbstractMessageWriter {
  constructor(private readonly scope: WorkerScope) {
    super();
  }
  async write(message: Message): Promise<void> {
    const clone = structuredClone(message);
    setTimeout(() => this.scope.onmessage?.({ data: clone }), 0);
  }
  end(): void {}
}

class FromWorker extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  listen(callback: DataCallback) {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(message: unknown): void {
    this.callback?.(structuredClone(message) as Message);
  }
}

/** Starts the server bundle in a fresh worker-like scope and connects to it. */
export function startWorkerServer(): MessageConnection {
  if (!existsSync(WORKER_SERVER)) throw new Error(`${WORKER_SERVER} is missing: run \`npm run build\` first`);
  const reader = new FromWorker();
  const scope: WorkerScope = {
    onmessage: null,
    addEventListener: () => undefined,
    postMessage: (message) => reader.deliver(message),
  };
  const globals = { self: scope, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone, TextEncoder, TextDecoder, URL, atob, btoa, crypto: webcrypto };
  const context = createContext({ ...globals });
  // What tells the bundle it is in a worker: its global scope is a WorkerGlobalScope.
  runInContext('class WorkerGlobalScope {}; Object.setPrototypeOf(globalThis, WorkerGlobalScope.prototype);', context);
  runInContext(readFileSync(WORKER_SERVER, 'utf8'), context, { filename: WORKER_SERVER });
  return createMessageConnection(reader, new ToWorker(scope));
}
