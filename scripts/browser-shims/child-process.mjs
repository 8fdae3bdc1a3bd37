// child_process in a web worker: there is no `git` to run, so the history features (Record
// this review's change summary, the preview's "Since the last review") find no history, as outside a repository.
function noProcesses(file) {
  const error = new Error(`spawn ${file} ENOENT: no processes in the browser`);
  error.code = 'ENOENT';
  throw error;
}

export const execFileSync = noProcesses;
export const spawnSync = noProcesses;
/** The callback form, as Node calls it: the same error, on a later tick. */
export function execFile(file, ...rest) {
  const callback = rest.find((a) => typeof a === 'function');
  queueMicrotask(() => {
    try {
      noProcesses(file);
    } catch (error) {
      callback?.(error, '', '');
    }
  });
  return undefined;
}
