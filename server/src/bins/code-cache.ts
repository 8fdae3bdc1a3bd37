// Loads the one bundle (dist/rmplint.js) for the two Node bins, `rmplint` and the language server,
// through V8's code cache, so a start does not compile 1.4 MB of JavaScript again: about 50 ms of
// a CLI run's 350 ms on the 1,000-risk plans. The cache is written after the work, not at compile
// time, so it holds the functions the work compiled lazily too (20 ms more than a compile-time
// cache, which is what v8-compile-cache and Node 22's module.enableCompileCache write). V8 checks
// the cache against the source and its own version and flags and rejects one that does not
// match; a rejected cache is written again. Each bin has its own file: they run with other flags.
import * as fs from 'node:fs';
import Module = require('node:module');
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** Set to `off` to load the bundle without the cache (e.g. to measure what it saves). */
export const CODE_CACHE_SETTING = 'RMPLINT_CODE_CACHE';
/** The folder to keep the cache in, when not the user's cache folder: VS Code's storage for the extension. */
export const CODE_CACHE_DIR_SETTING = 'RMPLINT_CODE_CACHE_DIR';

/**
 * The folder named by RMPLINT_CODE_CACHE_DIR, else the user's own cache folder for rmplint,
 * never a shared temporary one: a code cache is code that runs. Undefined when the cache is
 * switched off or there is no such folder.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string | undefined {
  if (env[CODE_CACHE_SETTING] === 'off') return undefined;
  if (env[CODE_CACHE_DIR_SETTING] && path.isAbsolute(env[CODE_CACHE_DIR_SETTING])) return env[CODE_CACHE_DIR_SETTING];
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'rmplint', 'Cache') : undefined;
  if (!home) return undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'rmplint');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'rmplint');
}

/** The bundle's exports, and how its cache was used. */
export interface CachedLoad {
  readonly exports: unknown;
  /** 'used': compiled from the cache; 'rejected': V8 refused it; 'absent': there was none. */
  readonly cache: 'used' | 'rejected' | 'absent' | 'off';
  /** Writes the cache when it was absent or rejected (once: later calls do nothing); never throws. */
  saveCache(): void;
}

/** One cache file per bin, bundle build and V8: an upgrade writes a new file and removes the bin's old ones. */
function cacheFileOf(dir: string, bin: string, stat: fs.Stats): string {
  const build = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
  return path.join(dir, `${bin}-${process.versions.v8}-${process.arch}-${build}.v8cache`);
}

function readIfThere(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Runs `file` as a CommonJS module (as `require` would) compiled with `bin`'s cache in `dir`. */
export function requireWithCodeCache(file: string, dir: string | undefined, bin: string): CachedLoad {
  const stat = fs.statSync(file);
  let cacheFile = dir === undefined ? undefined : cacheFileOf(dir, bin, stat);
  const cachedData = readIfThere(cacheFile);
  // '#!' becomes '//': a comment of the same length, so lines and columns (and the source map) hold.
  const source = fs.readFileSync(file, 'utf8').replace(/^#!/, '//');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const cache = cacheFile === undefined ? 'off' : cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';

  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(path.dirname(file));
  (Module as unknown as { _cache: Record<string, Module> })._cache[file] = module;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;

  return {
    exports: module.exports,
    cache,
    saveCache() {
      if (cacheFile === undefined || cache === 'used') return;
      const target: string = cacheFile;
      cacheFile = undefined;
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // Written aside and renamed, so a run started meanwhile reads a whole cache or none.
        const aside = `${target}.${process.pid}`;
        fs.writeFileSync(aside, script.createCachedData());
        fs.renameSync(aside, target);
        const stem = `${bin}-`;
        for (const name of fs.readdirSync(path.dirname(target))) {
          if (name.startsWith(stem) && name.endsWith('.v8cache') && name !== path.basename(target)) fs.rmSync(path.join(path.dirname(target), name), { force: true });
        }
      } catch {
        // A cache that cannot be written only costs the next run its compile.
      }
    },
  };
}
