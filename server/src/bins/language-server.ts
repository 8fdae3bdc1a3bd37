// The language server's bin (dist/server.js, `rmplint-language-server`; the VS Code client forks
// it), bundled on its own: it runs the one bundle (dist/rmplint.js) through V8's code cache
// (code-cache.ts). The cache takes as much off the first diagnostics as off the start: V8
// compiles a function on the main thread when it is first called, so without it the first
// plan's parse and rules wait for the compile of each function they call.
import * as path from 'node:path';
import { codeCacheDir, requireWithCodeCache } from './code-cache';

/**
 * When the cache is written: once the first plans are analysed, so it holds their code. A
 * server runs until the editor stops it, and may be killed rather than asked to exit.
 */
export const SAVE_CACHE_AFTER_MS = 5_000;

const load = requireWithCodeCache(path.join(__dirname, 'rmplint.js'), codeCacheDir(), 'server');
setTimeout(() => load.saveCache(), SAVE_CACHE_AFTER_MS).unref();
process.once('exit', () => load.saveCache());
