// The Node modules and globals the server's bundle uses, for a web worker: installed on the
// worker's global scope before the server starts (server/src/programs.ts). The bundle is
// built for Node, so it asks for Node's modules with `require` at run time; here each comes
// from a stand-in, and one the server should never ask for in a worker fails loudly.
import * as fs from './fs.mjs';
import * as fsPromises from './fs-promises.mjs';
import * as path from './path.mjs';
import * as url from './url.mjs';
import * as crypto from './crypto.mjs';
import * as childProcess from './child-process.mjs';

const encoder = new TextEncoder();

const process = { env: {}, platform: 'browser', argv: [], versions: {}, cwd: () => '/' };

/** What the server's path uses of Buffer: the engine's byteLength (UTF-8), csv-stringify's BOM constant, nanoid's pool (ics). */
const Buffer = {
  byteLength: (text) => (typeof text === 'string' ? encoder.encode(text).length : text.byteLength),
  allocUnsafe: (size) => new Uint8Array(size),
  from: (bytes) => (typeof bytes === 'string' ? encoder.encode(bytes) : Uint8Array.from(bytes)),
  isBuffer: () => false,
};

const MODULES = { fs, 'fs/promises': fsPromises, path, url, crypto, child_process: childProcess, process, buffer: { Buffer } };

function workerRequire(name) {
  const module = MODULES[name.replace(/^node:/, '')];
  if (!module) throw new Error(`rmplint's server asked for Node's '${name}' in a web worker`);
  return module;
}

Object.assign(globalThis, {
  require: workerRequire,
  process,
  Buffer,
  setImmediate: (callback, ...args) => setTimeout(callback, 0, ...args),
  __dirname: '/',
});
