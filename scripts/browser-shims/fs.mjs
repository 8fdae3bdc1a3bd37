// `fs` in the web worker server: there are no files, only the documents the editor sends.
// Every read finds nothing (ENOENT), so callers take the path they take for a missing file.
function missing(name) {
  return (file) => {
    const error = new Error(`ENOENT: no file system in the browser, ${name} '${file}'`);
    error.code = 'ENOENT';
    throw error;
  };
}
const NAMES = ['statSync', 'readFileSync', 'readdirSync', 'realpathSync', 'openSync', 'readSync', 'closeSync', 'writeFileSync', 'mkdirSync', 'renameSync', 'rmSync', 'fsyncSync', 'fchmodSync'];
const ASYNC = ['stat', 'readFile', 'readdir', 'writeFile', 'mkdir'];

const sync = Object.fromEntries(NAMES.map((name) => [name, missing(name)]));
export const promises = Object.fromEntries(ASYNC.map((name) => [name, async (file) => missing(name)(file)]));
export const existsSync = () => false;
export const { statSync, readFileSync, readdirSync, realpathSync, openSync, readSync, closeSync, writeFileSync, mkdirSync, renameSync, rmSync, fsyncSync, fchmodSync } = sync;
export const { stat, readFile, readdir, writeFile, mkdir } = promises;
export default { ...sync, existsSync, promises };
