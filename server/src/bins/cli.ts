// The `rmplint` bin (dist/cli.js), bundled on its own: it names the CLI as the program, then runs
// the one bundle (dist/rmplint.js) through V8's code cache (code-cache.ts), written after the run.
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { codeCacheDir, requireWithCodeCache } from './code-cache';

// A CLI run is short: V8's optimising compiler spent more than it saved on it. Eight times the default
// budget before a function is optimised: 12 % less wall time on one 1,000-risk plan, 14 % on 200 plans
// (docs/benchmarks.md, thirteenth session). Set before the bundle compiles, so its code cache matches.
// V8 12 (Node 22) dropped the flag and prints "Error: unrecognized flag" on every run; its tiering by
// invocation counts, eight times later, saved 1 % of the instructions on Node 24: not worth a flag.
if (Number(process.versions.v8.split('.')[0]) < 12) v8.setFlagsFromString('--interrupt-budget=540672');

(globalThis as Record<symbol, unknown>)[Symbol.for('rmplint.program')] = 'cli';
const load = requireWithCodeCache(path.join(__dirname, 'rmplint.js'), codeCacheDir(), 'cli');
process.once('exit', () => load.saveCache());
