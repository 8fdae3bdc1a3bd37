// child_process in a web worker: there is no `git` to run, so the history features (Record
// this review's change summary) find no history, as outside a repository.
function noProcesses(file) {
  const error = new Error(`spawn ${file} ENOENT: no processes in the browser`);
  error.code = 'ENOENT';
  throw error;
}

export const execFileSync = noProcesses;
export const spawnSync = noProcesses;
