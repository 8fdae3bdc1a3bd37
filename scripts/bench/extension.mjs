// (e) The bundled extension: its activation in a fresh Node process with a stub `vscode`
// module — loading dist/extension.js and running activate() until it returns, as the
// editor's extension host does when an activation event fires — and the .vsix size once
// `npm run package` exists. activate() starts the language server without waiting for it;
// the server's own start is measured by the LSP bench (spawn → initialize).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './stats.mjs';

const RUNS = 5;

/** The names the `vscode` module exports (from its type declarations): the bundle's import copies them. */
function vscodeExports(repo) {
  const declarations = readFileSync(join(repo, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  return [...new Set([...declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]))];
}

/** The oldest VS Code the extension declares it runs in (package.json engines): the version the stub reports. */
function oldestVsCode(repo) {
  return JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).engines.vscode.replace(/^[^0-9]*/, '');
}

// Any property of the stub is the stub again (and can be set), and it can be called or constructed; the
// module lists vscode's exports as its own keys. The extension context is a plain object
// whose paths are the repository's.
const ACTIVATE_WITH_STUB = `
const Module = require('module');
const path = require('path');
const stub = new Proxy(function () {}, { get: (t, p) => (p === Symbol.toPrimitive ? () => '' : p === 'then' ? undefined : stub), set: () => true, apply: () => stub, construct: () => stub });
const names = JSON.parse(process.argv[2]);
const version = process.argv[3];
const vscode = new Proxy({}, { get: (t, p) => (p === 'version' ? version : stub), ownKeys: () => [...new Set([...names, 'version'])], getOwnPropertyDescriptor: () => ({ value: stub, enumerable: true, configurable: true, writable: true }) });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const bundle = process.argv[1];
const root = path.dirname(path.dirname(bundle));
const context = { subscriptions: [], extensionPath: root, extensionUri: stub, asAbsolutePath: (p) => path.join(root, p), globalState: stub, workspaceState: stub };
const start = process.hrtime.bigint();
const extension = require(bundle);
const loaded = process.hrtime.bigint();
const returned = extension.activate(context);
const end = process.hrtime.bigint();
if (returned !== undefined) throw new Error('activate() returned ' + typeof returned + ': it should not wait for anything');
process.stdout.write(JSON.stringify({ loadMs: Number(loaded - start) / 1e6, activateMs: Number(end - start) / 1e6 }));
process.exit(0);
`;

export function benchExtensionLoad(repo) {
  const names = vscodeExports(repo);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['-e', ACTIVATE_WITH_STUB, join(repo, 'dist', 'extension.js'), JSON.stringify(names), oldestVsCode(repo)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`activating dist/extension.js failed: ${run.stderr}`);
    samples.push(JSON.parse(run.stdout));
  }
  const median = (key) => round(samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
  return {
    method: 'require(dist/extension.js) and activate() with a stub vscode module, fresh process',
    medianMs: median('activateMs'),
    loadMs: median('loadMs'),
    bundleKb: Math.round(statSync(join(repo, 'dist', 'extension.js')).size / 1024),
  };
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
