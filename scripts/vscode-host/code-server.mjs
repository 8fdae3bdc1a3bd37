// Starts code-server (a real VS Code: server, Node extension host, web workbench) on
// 127.0.0.1 in its own process group, and opens its workbench in headless Chromium.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { CODE_SERVER, NODE24, REPO } from './setup.mjs';

const require = createRequire(import.meta.url);

/** Settings that keep the workbench quiet and offline. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh home for one code-server run: user data, extensions, HOME and XDG folders. */
export function scratchHome(label) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `rmplint-vscode-${label}-`));
  const dirs = Object.fromEntries(['home', 'data', 'extensions', 'config', 'cache', 'state'].map((d) => [d, path.join(root, d)]));
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.data, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return { root, ...dirs };
}

function hostEnv(home) {
  return {
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    HOME: home.home,
    XDG_CONFIG_HOME: home.config,
    XDG_CACHE_HOME: home.cache,
    XDG_DATA_HOME: home.state,
    XDG_STATE_HOME: home.state,
    LANG: 'C.UTF-8',
  };
}

/** Runs code-server's CLI to completion (e.g. --install-extension). */
export function codeServerCli(home, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [CODE_SERVER, '--user-data-dir', home.data, '--extensions-dir', home.extensions, ...args], {
      env: hostEnv(home),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`code-server ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** Starts the server; `stop()` ends its whole process group (its file watcher can outlive it). */
export async function startCodeServer(home, log) {
  const port = await freePort();
  const child = spawn(
    NODE24,
    [
      CODE_SERVER,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--vscode-option', 'enable-smoke-test-driver',
      '--user-data-dir', home.data,
      '--extensions-dir', home.extensions,
    ],
    { env: hostEnv(home), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const serverLog = fs.createWriteStream(path.join(home.root, 'code-server.log'));
  child.stdout.pipe(serverLog);
  child.stderr.pipe(serverLog);
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  try {
    await waitUntil('code-server /healthz', async () => !exited && (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}; see ${path.join(home.root, 'code-server.log')}`);
  }
  log?.(`code-server on 127.0.0.1:${port} (log ${path.join(home.root, 'code-server.log')})`);
  return { port, stop, remote: (file) => `vscode-remote://127.0.0.1:${port}${path.resolve(file)}` };
}

/** The workbench URL for a folder, with extra `payload` pairs (extensionDevelopmentPath, …). */
export function workbenchUrl(server, folder, payload = []) {
  const query = new URLSearchParams({ folder: server.remote(folder) });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${server.port}/?${query}`;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Chromium: Debian's if installed, else the one @sparticuz/chromium unpacks (no download). */
export async function launchChromium() {
  const { chromium } = require('playwright-core');
  let executablePath = '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) executablePath = await (await import('@sparticuz/chromium')).default.executablePath();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
