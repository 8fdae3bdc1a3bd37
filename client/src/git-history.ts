// A plan's commits as the Git extension's API gives them, across renames. The API's log has no
// --follow: the log of the plan's path ends at the commit that created that path; when git's diff
// of that commit shows the file renamed there, the log goes on from its parent under the old
// path. No vscode import (the tests drive it with a repository over the git command).
import type { GitPlanCommit } from '../../server/src/protocol';

/** What the history needs of the Git extension's Repository. Paths are absolute, with the OS's separators. */
export interface LogRepository {
  /** `git log <range> -- <path>`, newest first. */
  log(range: string, path: string): Promise<readonly { readonly hash: string; readonly parents: readonly string[]; readonly commitDate?: Date }[]>;
  /** The path `path` had in `parent`, when `commit` renamed it to `path`; undefined otherwise. */
  renamedFrom(parent: string, commit: string, path: string): Promise<string | undefined>;
}

/** Enough hops for any real history; a cycle of renames cannot loop forever. */
const MAX_RENAMES = 100;

/** The path of `file` below `root`, with forward slashes. */
export function relativePath(root: string, file: string): string {
  const rootSlashed = root.replace(/\\/g, '/').replace(/\/$/, '');
  const fileSlashed = file.replace(/\\/g, '/');
  return fileSlashed.startsWith(`${rootSlashed}/`) ? fileSlashed.slice(rootSlashed.length + 1) : fileSlashed;
}

/** ISO 8601 with this machine's offset, as `git log --format=%cI` gives it in the committer's (the API gives a Date). */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The commits that touched `file` (absolute), newest first, each with the path the file had then. */
export async function planCommits(repository: LogRepository, root: string, file: string): Promise<GitPlanCommit[]> {
  const commits: GitPlanCommit[] = [];
  let range = 'HEAD';
  let path = file;
  for (let hop = 0; hop <= MAX_RENAMES; hop++) {
    const log = await repository.log(range, path);
    if (log.length === 0) break;
    const relative = relativePath(root, path);
    for (const c of log) commits.push({ commit: c.hash, date: c.commitDate ? isoWithOffset(c.commitDate) : '', path: relative });
    const first = log[log.length - 1];
    if (first.parents.length === 0) break;
    const before = await repository.renamedFrom(first.parents[0], first.hash, path);
    if (!before) break;
    range = first.parents[0];
    path = before;
  }
  return commits;
}

/** `git blame` output (the extension's, not porcelain): the commit of each line, abbreviated as printed, '' when not committed. */
export function blameCommits(output: string): string[] {
  if (output === '') return [];
  return output.split('\n').map((line) => {
    const hash = /^\^?([0-9a-f]+)\s/.exec(line)?.[1] ?? '';
    return /^0+$/.test(hash) ? '' : hash;
  });
}
