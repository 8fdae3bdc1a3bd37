// A plan's history read through the editor: in VS Code the client answers these requests with
// the built-in Git extension's API (client/src/git-extension.ts), as the issue asks ("read git
// through the built-in Git extension's API where available"). A null answer to the repository
// request means the extension cannot read it (disabled, or the repository not open in it), and
// the history cache falls back to the git command.
import type { Connection } from 'vscode-languageserver';
import type { GitReader } from '../git/git-reader';
import { GitProblem, type PlanCommit } from '../git/plan-history';
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
} from '../protocol';

export function editorGitReader(connection: Connection): GitReader {
  /** The commits last listed for each plan: blame's abbreviated hashes are completed from them. */
  const listed = new Map<string, readonly PlanCommit[]>();
  return {
    source: 'vscode-git',
    async repositoryOf(file) {
      const found = await connection.sendRequest<GitRepositoryResult | null>(GIT_REPOSITORY_REQUEST, { file } satisfies GitRepositoryParams);
      return found ?? undefined;
    },
    async commitsOf(root, relative) {
      const { commits } = await connection.sendRequest<GitCommitsResult>(GIT_COMMITS_REQUEST, { root, relative } satisfies GitCommitsParams);
      if (commits.length === 0) throw new GitProblem('has no history in git (it was never committed)');
      listed.set(`${root}\0${relative}`, commits);
      return [...commits];
    },
    async textsAt(root, commits) {
      const { texts } = await connection.sendRequest<GitTextsResult>(GIT_TEXTS_REQUEST, { root, commits } satisfies GitTextsParams);
      return texts.map((text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
    },
    async blame(root, relative) {
      const commits = listed.get(`${root}\0${relative}`);
      const blamed = commits && (await connection.sendRequest<GitBlameResult | null>(GIT_BLAME_REQUEST, { root, relative } satisfies GitBlameParams));
      if (!commits || !blamed) return undefined;
      // Every commit blame names touched the plan, so it is among those listed (blame follows renames too).
      const full = (short: string) => (short === '' ? '' : (commits.find((c) => c.commit.startsWith(short))?.commit ?? ''));
      return { commits: ['', ...blamed.commits.map(full)], of: 'working-tree' };
    },
  };
}
