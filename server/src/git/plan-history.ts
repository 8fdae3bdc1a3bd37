// A plan's history as git has it, read through the `git` command (no library): the commits that
// touched the file, following renames, and the file's text at any of them. This file runs git
// synchronously (the CLI); the language server reads through a GitReader (git-reader.ts), which
// parses git's output with the functions here. Host-side: the engine compares plan models and
// never runs a process.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Why there is no history to compare with; printed as is, exit 2. */
export class GitProblem extends Error {}

export interface PlanCommit {
  readonly commit: string;
  /** The committer date, ISO 8601 with the committer's offset. */
  readonly date: string;
  /** The file's path in the repository at that commit (it may have been renamed since). */
  readonly path: string;
}

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
}

function gitText(cwd: string, args: readonly string[]): string {
  return git(cwd, args).toString('utf8');
}

/** Why git could not be asked at all: no git command (the browser editor runs no processes), or not a repository. */
export function noRepository(error: unknown): GitProblem {
  return (error as { code?: unknown })?.code === 'ENOENT' ? new GitProblem('has no history here: the git command is not available') : new GitProblem('is not in a git repository');
}

/** The repository-relative path of a file, with forward slashes. */
export function relativeTo(root: string, file: string): string {
  return path.relative(fs.realpathSync(root), fs.realpathSync(file)).split(path.sep).join('/');
}

/** `git log --follow --name-only` output as commits, newest first. */
export function commitsOf(log: string, relative: string): PlanCommit[] {
  const commits: PlanCommit[] = [];
  for (const entry of log.split('\0').slice(1)) {
    const lines = entry.split('\n').filter((line) => line !== '');
    const [commit, date] = lines[0].split(' ');
    // A commit's entry names the file as it was called then; a merge lists none (keep the previous name).
    commits.push({ commit, date, path: lines[1] ?? commits[commits.length - 1]?.path ?? relative });
  }
  if (commits.length === 0) throw new GitProblem('has no history in git (it was never committed)');
  return commits;
}

/** `git blame --porcelain` output as the commit of each line (1-based; '' when not committed). */
export function blamedCommits(porcelain: string): string[] {
  const commits: string[] = [];
  for (const line of porcelain.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(line);
    if (header) commits[Number(header[2])] = /^0+$/.test(header[1]) ? '' : header[1];
  }
  return commits;
}

export const LOG_FORMAT = ['log', '--follow', '--format=%x00%H %cI', '--name-only', '--'];

/** The texts in `git cat-file --batch` output, one per requested commit. */
export function batchTexts(output: Buffer, commits: readonly PlanCommit[]): string[] {
  const texts: string[] = [];
  let at = 0;
  for (const c of commits) {
    const headerEnd = output.indexOf(10, at);
    const header = output.subarray(at, headerEnd).toString('utf8');
    const size = /^\S+ blob (\d+)$/.exec(header);
    if (!size) throw new GitProblem(`cannot be read at commit ${c.commit.slice(0, 7)} (${header})`);
    const start = headerEnd + 1;
    const end = start + Number(size[1]);
    const text = output.subarray(start, end).toString('utf8');
    texts.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    at = end + 1;
  }
  return texts;
}

export class PlanHistory {
  constructor(
    readonly root: string,
    /** Newest first, as `git log` lists them. */
    readonly commits: readonly PlanCommit[],
  ) {}

  /** The commits that touched `file` (an absolute path), newest first, across renames. */
  static of(file: string): PlanHistory {
    let root: string;
    try {
      root = gitText(path.dirname(file), ['rev-parse', '--show-toplevel']).trim();
    } catch (error) {
      throw noRepository(error);
    }
    const relative = relativeTo(root, file);
    let log: string;
    try {
      log = gitText(root, [...LOG_FORMAT, relative]);
    } catch {
      throw new GitProblem('has no commits in this git repository');
    }
    return new PlanHistory(root, commitsOf(log, relative));
  }

  /** The last commit on or before a day (YYYY-MM-DD, the committer's own date), if any. */
  onOrBefore(day: string): PlanCommit | undefined {
    return this.commits.find((c) => c.date.slice(0, 10) <= day);
  }

  /** The last commit that touched the plan at or before a revision. */
  atRevision(revision: string): PlanCommit | undefined {
    let hash: string;
    try {
      hash = gitText(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).trim();
    } catch {
      throw new GitProblem(`has no revision "${revision}" in its repository`);
    }
    const direct = this.commits.find((c) => c.commit === hash);
    if (direct) return direct;
    const reachable = new Set(gitText(this.root, ['rev-list', hash]).split('\n'));
    return this.commits.find((c) => reachable.has(c.commit));
  }

  /**
   * For each line of the working copy (1-based), the commit that last changed it ('' when the line
   * is not committed), from one `git blame` run, which follows the file across renames.
   */
  lineCommits(file: string): string[] {
    return blamedCommits(gitText(this.root, ['blame', '--porcelain', '--', relativeTo(this.root, file)]));
  }

  /** The file's text at each of these commits, read in one `git cat-file --batch` run. */
  textsAt(commits: readonly PlanCommit[]): string[] {
    if (commits.length === 0) return [];
    return batchTexts(git(this.root, ['cat-file', '--batch'], batchInput(commits)), commits);
  }
}

/** `git cat-file --batch` input naming the file at each commit. */
export function batchInput(commits: readonly PlanCommit[]): string {
  return commits.map((c) => `${c.commit}:${c.path}\n`).join('');
}
