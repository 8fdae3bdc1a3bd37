// The `rmplint` bin loads the bundle through V8's code cache (server/src/cli/code-cache.ts): the
// cache lives in the user's own cache folder, is written after a run when absent or rejected,
// replaced when the bundle or V8 changes, and never changes what the CLI prints.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CODE_CACHE_DIR_SETTING, CODE_CACHE_SETTING, codeCacheDir } from '../../server/out/bins/code-cache';
import { rmplint } from './cli-run';
import { fileUri, LspHarness } from './lsp-harness';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-code-cache-'));
}

/** A CommonJS module written as the bundle is: a `#!` line, then code that requires a neighbour. */
function writeModule(dir: string, answer: number): string {
  fs.writeFileSync(path.join(dir, 'neighbour.js'), 'module.exports = { twice: (n) => 2 * n };\n');
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, `#!/usr/bin/env node\nconst { twice } = require('./neighbour.js');\nexports.answer = twice(${answer});\nexports.file = __filename;\n`);
  return file;
}

/**
 * Loads `file` with the cache in `dir` in a new Node process, as the bin does (V8 consults a code
 * cache only in a process that has not compiled the source already), then saves the cache.
 */
function load(file: string, dir: string | undefined): { cache: string; exports: unknown } {
  const loader = path.join(__dirname, '..', '..', 'server', 'out', 'bins', 'code-cache.js');
  const script = `const l = require(${JSON.stringify(loader)}).requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(dir)}, 'bin');
    console.log(JSON.stringify({ cache: l.cache, exports: l.exports })); l.saveCache();`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { cache: string; exports: unknown };
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.v8cache')) : []);

describe('code cache of the rmplint bin', () => {
  describe('where the cache lives', () => {
    it('is the user\'s own cache folder on each platform, never a shared temporary one', () => {
      assert.equal(codeCacheDir({}, 'linux', '/home/ann'), path.join('/home/ann', '.cache', 'rmplint'));
      assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/var/cache/ann' }, 'linux', '/home/ann'), path.join('/var/cache/ann', 'rmplint'));
      assert.equal(codeCacheDir({}, 'darwin', '/Users/ann'), path.join('/Users/ann', 'Library', 'Caches', 'rmplint'));
      assert.equal(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', 'C:\\Users\\ann'), path.join('C:\\Users\\ann\\AppData\\Local', 'rmplint', 'Cache'));
    });

    it('is the folder the editor names (VS Code\'s storage for the extension) when it names one', () => {
      assert.equal(codeCacheDir({ [CODE_CACHE_DIR_SETTING]: '/vscode/globalStorage/rmplint/code-cache' }, 'linux', '/home/ann'), '/vscode/globalStorage/rmplint/code-cache');
      assert.equal(codeCacheDir({ [CODE_CACHE_DIR_SETTING]: 'relative/folder' }, 'linux', '/home/ann'), path.join('/home/ann', '.cache', 'rmplint'), 'a relative folder is not taken');
      assert.equal(codeCacheDir({ [CODE_CACHE_DIR_SETTING]: '/somewhere', [CODE_CACHE_SETTING]: 'off' }, 'linux', '/home/ann'), undefined);
    });

    it('is none when switched off or when there is no such folder', () => {
      assert.equal(codeCacheDir({ [CODE_CACHE_SETTING]: 'off' }, 'linux', '/home/ann'), undefined);
      assert.equal(codeCacheDir({}, 'win32', 'C:\\Users\\ann'), undefined);
      assert.equal(codeCacheDir({}, 'linux', ''), undefined);
    });
  });

  describe('loading a module', () => {
    it('runs it as require would, writes the cache after the run, and uses it the next time', () => {
      const dir = tempDir();
      const caches = path.join(dir, 'caches');
      const file = writeModule(dir, 21);
      const first = load(file, caches);
      assert.deepEqual(first.exports, { answer: 42, file });
      assert.equal(first.cache, 'absent');
      assert.equal(cacheFiles(caches).length, 1, 'the cache is written after the run');
      assert.match(cacheFiles(caches)[0], new RegExp(`^bin-${process.versions.v8.replace(/\./g, '\\.')}-`));

      const second = load(file, caches);
      assert.equal(second.cache, 'used');
      assert.deepEqual(second.exports, { answer: 42, file });
    });

    it('writes a new cache for a new build and removes the old one', () => {
      const dir = tempDir();
      const caches = path.join(dir, 'caches');
      const file = writeModule(dir, 21);
      load(file, caches);
      const old = cacheFiles(caches);
      writeModule(dir, 2100);
      const rebuilt = load(file, caches);
      assert.equal(rebuilt.cache, 'absent');
      assert.equal((rebuilt.exports as { answer: number }).answer, 4200);
      assert.equal(cacheFiles(caches).length, 1);
      assert.notDeepEqual(cacheFiles(caches), old);
    });

    it('compiles afresh when V8 rejects the cache, and writes it again', () => {
      const dir = tempDir();
      const caches = path.join(dir, 'caches');
      const file = writeModule(dir, 21);
      load(file, caches);
      const [name] = cacheFiles(caches);
      fs.writeFileSync(path.join(caches, name), 'not a code cache');
      const damaged = load(file, caches);
      assert.equal(damaged.cache, 'rejected');
      assert.equal((damaged.exports as { answer: number }).answer, 42);
      assert.equal(load(file, caches).cache, 'used', 'the rejected cache was written again');
    });

    it('runs without a cache when it is off, and a cache that cannot be written costs nothing else', () => {
      const dir = tempDir();
      const file = writeModule(dir, 21);
      const off = load(file, undefined);
      assert.equal(off.cache, 'off');
      assert.equal((off.exports as { answer: number }).answer, 42);
      const blocked = path.join(dir, 'a-file-not-a-folder');
      fs.writeFileSync(blocked, '');
      // load() fails the test if saving the cache throws or prints.
      const unwritable = load(file, path.join(blocked, 'rmplint'));
      assert.equal(unwritable.cache, 'absent');
      assert.equal(load(file, path.join(blocked, 'rmplint')).cache, 'absent');
    });
  });

  describe('the built bin', () => {
    it('prints the same report with the cache absent, used and off, and writes one cache', () => {
      const home = tempDir();
      const env = { XDG_CACHE_HOME: path.join(home, 'cache'), HOME: home, LOCALAPPDATA: path.join(home, 'local') };
      const caches = codeCacheDir({ ...process.env, ...env, [CODE_CACHE_SETTING]: undefined }, process.platform, home);
      assert.ok(caches, 'this platform has a cache folder');
      const plan = path.join(__dirname, '..', '..', 'examples');
      const args = ['--today', '2026-06-15', '--format', 'json', plan];
      const absent = rmplint(args, { env: { ...env, [CODE_CACHE_SETTING]: undefined } });
      assert.equal(cacheFiles(caches).length, 1, 'the first run writes the cache');
      const used = rmplint(args, { env: { ...env, [CODE_CACHE_SETTING]: undefined } });
      const off = rmplint(args, { env: { ...env, [CODE_CACHE_SETTING]: 'off' } });
      assert.ok(JSON.parse(absent.stdout).length > 0, 'the examples carry findings');
      for (const run of [used, off]) {
        assert.equal(run.status, absent.status);
        assert.equal(run.stdout, absent.stdout);
        assert.equal(run.stderr, '');
      }
    });
  });

  describe('the built language server', () => {
    /** The diagnostics of a plan, from a server keeping its code cache in `caches`. */
    async function diagnosticsWith(caches: string): Promise<string> {
      const server = await LspHarness.start({ env: { [CODE_CACHE_DIR_SETTING]: caches }, settings: { today: '2026-06-15' } });
      try {
        const file = path.join(__dirname, '..', '..', 'examples', fs.readdirSync(path.join(__dirname, '..', '..', 'examples')).find((name) => name.endsWith('.rmp.md'))!);
        const uri = fileUri(file);
        await server.open(uri, 'markdown', fs.readFileSync(file, 'utf8'));
        const published = await server.until('diagnostics', () => server.published.get(uri));
        return JSON.stringify(published.diagnostics);
      } finally {
        await server.stop();
      }
    }

    it('writes its cache in the folder the editor names, by the time it stops, and answers the same from it', async () => {
      const caches = path.join(tempDir(), 'code-cache');
      const first = await diagnosticsWith(caches);
      assert.deepEqual(cacheFiles(caches).map((name) => name.replace(/-.*/, '')), ['server']);
      const written = fs.statSync(path.join(caches, cacheFiles(caches)[0])).mtimeMs;
      assert.equal(await diagnosticsWith(caches), first);
      assert.equal(fs.statSync(path.join(caches, cacheFiles(caches)[0])).mtimeMs, written, 'a cache used is not written again');
      assert.ok(JSON.parse(first).length > 0, 'the example plan carries findings');
    });
  });
});
