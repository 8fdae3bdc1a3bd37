// The rmplint language server's one bundle (dist/server.js), for both places it runs: a Node
// process (node-main.ts: stdio, IPC or a socket) and a web worker in the browser editor
// (browser-main.ts). Each entry is required only where it runs, so neither initializes the
// other's transport; in a worker, Node's modules and globals are first replaced by small
// stand-ins (scripts/browser-shims/, named by the bundle as `rmplint-worker-globals`).

/** A worker's global scope: defined in web workers only. */
declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  require('rmplint-worker-globals');
  require('./browser-main');
} else {
  require('./node-main');
}
