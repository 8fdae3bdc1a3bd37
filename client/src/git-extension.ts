// Answers the language server's history requests through VS Code's built-in Git extension
// (its API, version 1): the repository holding a plan, the commits that touched it, its text at
// each, and blame. Where the extension is missing, disabled or has not opened the repository,
// the repository request answers null and the server runs the git command itself.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  GIT_BLAME_REQUEST,
  GIT_COMMITS_REQUEST,
  GIT_REPOSITORY_REQUEST,
  GIT_TEXTS_REQUEST,
  type GitBlameParams,
  type GitBlameResult,
  type GitCommitsParams,
  type GitCommitsResult,
  type GitRepositoryParams,
  type GitRepositoryResult,
  type GitTextsParams,
  type GitTextsResult,
} from '../../server/src/protocol';
import { blameCommits, planCommits, type LogRepository } from './git-history';

// The parts of the Git extension's API (extensions/git/src/api/git.d.ts) used here.
interface Change {
  readonly originalUri: vscode.Uri;
  readonly renameUri: vscode.Uri | undefined;
  /** Status.INDEX_RENAMED is 3. */
  readonly status: number;
}
interface Commit {
  readonly hash: string;
  readonly parents: string[];
  readonly commitDate?: Date;
}
interface Repository {
  readonly rootUri: vscode.Uri;
  getCommit(ref: string): Promise<Commit>;
  log(options?: { range?: string; path?: string }): Promise<Commit[]>;
  diffBetween(ref1: string, ref2: string): Promise<Change[]>;
  buffer(ref: string, path: string): Promise<Uint8Array>;
  blame(path: string): Promise<string>;
}
interface API {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): Repository | null;
}
interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): API;
}

const GIT_EXTENSION = 'vscode.git';
const INDEX_RENAMED = 3;
/** How long a request waits for the extension to find git and open the workspace's repositories. */
const INITIALIZE_TIMEOUT_MS = 10_000;
/** Versions read at once (each is one `git show` the extension runs). */
const PARALLEL_READS = 8;

/** Whether the Git extension is installed (the client then tells the server it answers the history requests). */
export function hasGitExtension(): boolean {
  return vscode.extensions.getExtension(GIT_EXTENSION) !== undefined;
}

/** The extension's API once it has opened the workspace's repositories; undefined when it is missing or disabled. */
async function gitApi(log?: vscode.LogOutputChannel): Promise<API | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>(GIT_EXTENSION);
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  // The extension is enabled once it has found git, after it activates (unless git.enabled is off).
  if (!exports.enabled && vscode.workspace.getConfiguration('git').get<boolean>('enabled') !== false) await until(exports.onDidChangeEnablement, (enabled) => enabled);
  if (!exports.enabled) {
    log?.info('Plan history: the Git extension is disabled (git.enabled); the language server runs git itself.');
    return undefined;
  }
  const api = exports.getAPI(1);
  if (api.state !== 'initialized') await until(api.onDidChangeState, (state) => state === 'initialized');
  return api;
}

/** Resolves when `event` fires with a value `wanted` accepts, or after INITIALIZE_TIMEOUT_MS. */
function until<T>(event: vscode.Event<T>, wanted: (value: T) => boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, INITIALIZE_TIMEOUT_MS);
    const listener = event((value) => wanted(value) && done());
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

async function repositoryAt(root: string): Promise<Repository | undefined> {
  return (await gitApi())?.getRepository(vscode.Uri.file(root)) ?? undefined;
}

function logRepository(repository: Repository): LogRepository {
  return {
    log: (range, path) => repository.log({ range, path }),
    async renamedFrom(parent, commit, path) {
      const changes = await repository.diffBetween(parent, commit);
      const renamed = changes.find((c) => c.status === INDEX_RENAMED && c.renameUri?.fsPath === path);
      return renamed?.originalUri.fsPath;
    },
  };
}

/** Runs `read` on each item, at most PARALLEL_READS at a time, keeping the order. */
async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL_READS) results.push(...(await Promise.all(items.slice(i, i + PARALLEL_READS).map(read))));
  return results;
}

export function answerHistoryRequests(client: BaseLanguageClient, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const decoder = new TextDecoder('utf-8');
  return [
    client.onRequest(GIT_REPOSITORY_REQUEST, async ({ file }: GitRepositoryParams): Promise<GitRepositoryResult | null> => {
      const api = await gitApi(log);
      const repository = api?.getRepository(vscode.Uri.file(file));
      if (!repository) {
        if (api) log.info(`Plan history: the Git extension has no repository open for ${file} (its state: ${api.state}); the language server runs git itself.`);
        return null;
      }
      // getCommit runs git: HEAD as it is now, not as the extension last saw it.
      const head = await repository.getCommit('HEAD').then(
        (c) => c.hash,
        () => '',
      );
      return { root: repository.rootUri.fsPath, head };
    }),
    client.onRequest(GIT_COMMITS_REQUEST, async ({ root, relative }: GitCommitsParams): Promise<GitCommitsResult> => {
      const repository = await repositoryAt(root);
      if (!repository) return { commits: [] };
      return { commits: await planCommits(logRepository(repository), repository.rootUri.fsPath, vscode.Uri.joinPath(repository.rootUri, relative).fsPath) };
    }),
    client.onRequest(GIT_TEXTS_REQUEST, async ({ root, commits }: GitTextsParams): Promise<GitTextsResult> => {
      const repository = await repositoryAt(root);
      if (!repository) throw new Error(`the Git extension has no repository at ${root}`);
      const texts = await inBatches(commits, async (c) => decoder.decode(await repository.buffer(c.commit, vscode.Uri.joinPath(repository.rootUri, c.path).fsPath)));
      return { texts };
    }),
    client.onRequest(GIT_BLAME_REQUEST, async ({ root, relative }: GitBlameParams): Promise<GitBlameResult | null> => {
      const repository = await repositoryAt(root);
      if (!repository) return null;
      const output = await repository.blame(vscode.Uri.joinPath(repository.rootUri, relative).fsPath).catch(() => undefined);
      return output === undefined ? null : { commits: blameCommits(output) };
    }),
  ];
}
