// Node globals the engine uses, for the web worker server (esbuild injects these where used).
export const process = { env: {}, platform: 'browser', argv: [], cwd: () => '/' };

export const setImmediate = (callback, ...args) => setTimeout(callback, 0, ...args);

const encoder = new TextEncoder();
/** What the server's path uses of Buffer: the engine's byteLength (UTF-8), csv-stringify's BOM constant. */
export const Buffer = {
  byteLength: (text) => (typeof text === 'string' ? encoder.encode(text).length : text.byteLength),
  from: (bytes) => (typeof bytes === 'string' ? encoder.encode(bytes) : Uint8Array.from(bytes)),
  isBuffer: () => false,
};
