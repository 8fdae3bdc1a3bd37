// Where the language server reads a plan's history from, without blocking: the `git` command,
// or, in VS Code, the built-in Git extension's API through the client (server/editor-git-reader.ts).
// The CLI runs git directly (plan-history.ts); both give the same commits and texts.
import { execFile } from 'child_process';
import * as path from 'path';
import { batchInput, batchTexts, blamedCommits, commitsOf, GitProblem, LOG_FORMAT, noRepository, type PlanCommit } from './plan-history';

export interface PlanRepository {
  /** The repository's working tree. */
  readonly root: string;
  /** The commit HEAD names ('' before the first commit). */
  readonly head: string;
}

/** Blame of the plan: the commit of each line (1-based, '' when not committed) of its text at HEAD or of the file on disk. */
export interface PlanBlame {
  readonly commits: readonly string[];
  readonly of: 'head' | 'working-tree';
}

export interface GitReader {
  /** Named in the preview (data-history-source), so a reader's use can be seen. */
  readonly source: 'git-command' | 'vscode-git';
  /**
   * The repository holding `file` (an absolute path); undefined when this reader cannot read it
   * (the Git extension is off or has not opened that repository: another reader may). Throws
   * GitProblem when there is certainly no history (no repository, no git).
   */
  repositoryOf(file: string): Promise<PlanRepository | undefined>;
  /** The commits that touched the file at `relative` (forward slashes), newest first, across renames. Throws GitProblem when none. */
  commitsOf(root: string, relative: string): Promise<PlanCommit[]>;
  /** The file's text at each commit (at the path it had then). */
  textsAt(root: string, commits: readonly PlanCommit[]): Promise<string[]>;
  /** Blame of the file, when this reader can give one (the change report searches versions without it). */
  blame(root: string, relative: string): Promise<PlanBlame | undefined>;
}

/** `git` without blocking the process (the language server's history). */
function gitAsync(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 1 << 30, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child?.stdin?.end(input);
  });
}

/** The `git` command, run asynchronously. */
export const commandGitReader: GitReader = {
  source: 'git-command',
  async repositoryOf(file) {
    let root: string;
    try {
      root = (await gitAsync(path.dirname(file), ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    } catch (error) {
      throw noRepository(error);
    }
    const head = await gitAsync(root, ['rev-parse', 'HEAD']).then(
      (out) => out.toString('utf8').trim(),
      () => '',
    );
    return { root, head };
  },
  async commitsOf(root, relative) {
    let log: string;
    try {
      log = (await gitAsync(root, [...LOG_FORMAT, relative])).toString('utf8');
    } catch {
      throw new GitProblem('has no commits in this git repository');
    }
    return commitsOf(log, relative);
  },
  async textsAt(root, commits) {
    if (commits.length === 0) return [];
    return batchTexts(await gitAsync(root, ['cat-file', '--batch'], batchInput(commits)), commits);
  },
  async blame(root, relative) {
    const porcelain = await gitAsync(root, ['blame', '--porcelain', 'HEAD', '--', relative]).catch(() => undefined);
    return porcelain && { commits: blamedCommits(porcelain.toString('utf8')), of: 'head' };
  },
};
