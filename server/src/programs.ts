// The one bundle (dist/rmplint.js) of rmplint's three programs, so the package carries one copy of
// the engine: the language server in Node (server/node-main.ts: stdio, IPC or a socket) or in the
// browser editor's web worker (server/browser-main.ts), and the `rmplint` command (cli/main.ts),
// whose bin, dist/cli.js, names this bundle's program before running it. The Node bins
// (bins/: dist/cli.js, dist/server.js) run it through V8's code cache; the CLI's lint workers
// and the web worker run it as it is. Each program is required only where it runs, so none initializes another's
// transport; in a web worker, Node's modules and globals are first replaced by small stand-ins
// (scripts/browser-shims/, named by the bundle as `rmplint-worker-globals`).

/** A worker's global scope: defined in web workers only. */
declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;

/** Set by dist/cli.js before it requires this bundle. */
const PROGRAM = Symbol.for('rmplint.program');

function isCommandLine(): boolean {
  // A lint worker of the CLI runs this bundle as its script.
  return (globalThis as Record<symbol, unknown>)[PROGRAM] === 'cli' || (require('./cli/lint-pool') as typeof import('./cli/lint-pool')).isLintWorker();
}

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  require('rmplint-worker-globals');
  require('./server/browser-main');
} else if (isCommandLine()) {
  require('./cli/main');
} else {
  require('./server/node-main');
}
