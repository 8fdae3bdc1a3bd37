// (e) The bundled extension: load time of dist/extension.js in a fresh Node process with a
// stub `vscode` module (what activation costs before the editor calls activate()), and the
// .vsix size once `npm run package` exists.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './stats.mjs';

const RUNS = 5;

// Any property of the stub is the stub again, and it can be called or constructed.
const LOAD_WITH_STUB = `
const Module = require('module');
const stub = new Proxy(function () {}, { get: (t, p) => (p === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const start = process.hrtime.bigint();
const extension = require(process.argv[1]);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (typeof extension.activate !== 'function') throw new Error('no activate()');
process.stdout.write(String(ms));
`;

export function benchExtensionLoad(repo) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['-e', LOAD_WITH_STUB, join(repo, 'dist', 'extension.js')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`loading dist/extension.js failed: ${run.stderr}`);
    samples.push(Number(run.stdout));
  }
  samples.sort((a, b) => a - b);
  return { method: 'require(dist/extension.js) with a stub vscode module, fresh process', medianMs: round(samples[Math.floor(RUNS / 2)]), bundleKb: Math.round(statSync(join(repo, 'dist', 'extension.js')).size / 1024) };
}

/** Packages the extension when the project can, and reports the .vsix size. */
export function benchVsix(repo) {
  const scripts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts.package) return { skipped: 'no "package" script in package.json yet' };
  const run = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0) {
    const reason = `${run.stderr}${run.stdout}`.trim().split('\n').filter((l) => /error/i.test(l)).pop() ?? `exit status ${run.status}`;
    return { skipped: `\`npm run package\` failed: ${reason.trim()}` };
  }
  const newest = readdirSync(repo)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ f, stat: statSync(join(repo, f)) }))
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs)[0];
  if (!newest) return { skipped: '`npm run package` wrote no .vsix in the repository root' };
  return { file: newest.f, kb: Math.round(newest.stat.size / 1024) };
}
