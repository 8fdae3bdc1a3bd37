// The npm package as a user gets it: packed with its `files` allowlist, installed into an
// empty folder, and both bins run from there (the CLI on the examples, the language
// server through an initialize handshake), as `npx rmplint` would.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { REPO } from '../plan-files';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the installed npm package', function () {
  this.timeout(180_000);
  let folder: string;
  let tarball: string;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-package-'));
    // The build is already done (npm run test:soak builds); packing must not run it again.
    const packed = JSON.parse(execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: REPO, encoding: 'utf8' })) as { filename: string }[];
    tarball = join(folder, packed[0].filename);
    const project = join(folder, 'project');
    cpSync(join(REPO, 'examples'), join(project, 'examples'), { recursive: true });
    execFileSync(NPM, ['init', '-y'], { cwd: project, stdio: 'ignore' });
    execFileSync(NPM, ['install', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'ignore' });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('packs under 1 MB with only what the bins and the extension need (one allowlist, package.json files)', () => {
    assert.ok(statSync(tarball).size < 1_000_000, `${statSync(tarball).size} bytes`);
    const installed = join(folder, 'project', 'node_modules', 'rmplint');
    assert.deepEqual(readdirSync(installed).sort(), ['LICENSE', 'README.md', 'dist', 'docs', 'images', 'media', 'package.json', 'schemas', 'snippets']);
  });

  it('npx rmplint lints the examples from the installed package', () => {
    const run = spawnSync('npx', ['--no-install', 'rmplint', '--today', '2026-06-15', 'examples'], { cwd: join(folder, 'project'), encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr); // the examples trip every rule: errors found
    assert.match(run.stdout, /\d+ errors?, \d+ warnings? in \d+ plans/);
  });

  it('rmplint-language-server --stdio answers initialize from the installed package', async () => {
    const bin = join(folder, 'project', 'node_modules', '.bin', 'rmplint-language-server');
    const child = spawn(bin, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ serverInfo: { name: string; version: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo.name, 'rmplint-language-server');
      assert.match(result.serverInfo.version, /^\d+\.\d+\.\d+/);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
