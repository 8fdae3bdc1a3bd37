// The `rmplint` bin (dist/cli.js), bundled on its own: it names the CLI as the program, then runs
// the one bundle (dist/rmplint.js) through V8's code cache (code-cache.ts), written after the run.
import * as path from 'node:path';
import { codeCacheDir, requireWithCodeCache } from './code-cache';

(globalThis as Record<symbol, unknown>)[Symbol.for('rmplint.program')] = 'cli';
const load = requireWithCodeCache(path.join(__dirname, 'rmplint.js'), codeCacheDir(), 'cli');
process.once('exit', () => load.saveCache());
