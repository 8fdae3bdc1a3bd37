// Where the language server reads a plan's history (issue 15, point 3: "in VS Code, read git
// through the built-in Git extension's API where available, else the git command"): the client's
// rename-following over the extension's log (driven here by a repository over the git command with
// the extension's semantics: no --follow, diff --name-status for renames, abbreviated blame), the
// server's editor reader over those answers, and the history cache's choice of reader. The real
// extension is exercised in the workbench (scripts/vscode-host/history-check.mjs).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { blameCommits, isoWithOffset, planCommits, relativePath, type LogRepository } from '../../client/out/git-history';
import { commandGitReader, type GitReader } from '../../server/out/git/git-reader';
import { chartVersions, PlanVersions } from '../../server/out/git/plan-versions';
import { parsePlan } from '../../server/out/engine/lint';
import { HistoryCache } from '../../server/out/server/history-cache';
import { editorGitReader } from '../../server/out/server/editor-git-reader';
import type { PlanAnalysis } from '../../server/out/server/analysis';
import { GIT_BLAME_REQUEST, GIT_COMMITS_REQUEST, GIT_REPOSITORY_REQUEST, GIT_TEXTS_REQUEST, type GitPlanCommit } from '../../server/out/protocol';
import { commitFile, git, newRepo } from './git-repo';

const plan = (reviewed: string, risks: string) => `---\ntype: risk-management-plan\ntitle: HIPAA Risk Management Plan\norganization: Test Clinic\nlastReviewed: ${reviewed}\n---\n\n# Test Clinic Risk Management Plan\n\n${risks}`;
const risk = (id: string, action: string, due: string, status: string, owner = 'Ann Park') =>
  `### ${id}: Risk ${id}\n- **Priority:** High\n- **Treatment:** Mitigate\n- **Action:** ${action}\n- **Owner:** ${owner}\n- **Due:** ${due}\n- **Status:** ${status}\n\n`;

/** Five versions; the plan is renamed (and edited) in the fourth commit, so the history crosses a rename. */
function repoWithRename(): { dir: string; file: string } {
  const dir = newRepo('rmplint-readers-');
  const risks = (r1: string, r2: string, due2 = '2026-04-01') => risk('R-1', 'Create named accounts', '2026-03-01', r1) + risk('R-2', 'Replace the front desk PCs', due2, r2);
  commitFile(dir, 'plan.md', plan('2025-12-01', risks('Open', 'Open')), '2025-12-01T09:00:00Z');
  commitFile(dir, 'plan.md', plan('2026-01-15', risks('Open', 'Open')), '2026-01-15T09:00:00Z');
  commitFile(dir, 'plan.md', plan('2026-01-15', risks('Done', 'Open')), '2026-02-10T09:00:00Z');
  git(dir, ['mv', 'plan.md', 'clinic.rmp.md']);
  commitFile(dir, 'clinic.rmp.md', plan('2026-01-15', risks('Done', 'Open', '2026-05-01')), '2026-03-05T09:00:00Z');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'unrelated\n');
  commitFile(dir, 'notes.txt', 'unrelated\n', '2026-03-06T09:00:00Z');
  commitFile(dir, 'clinic.rmp.md', plan('2026-01-15', risks('Done', 'Done', '2026-05-01')), '2026-04-01T09:00:00Z');
  return { dir, file: path.join(fs.realpathSync(dir), 'clinic.rmp.md') };
}

/** The Git extension's repository, as far as the client uses it, over the git command. */
function extensionLikeRepository(root: string): LogRepository {
  const run = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  return {
    async log(range, file) {
      return run(['log', '--format=%H%x00%P%x00%ct', range, '--', file])
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const [hash, parents, time] = line.split('\0');
          return { hash, parents: parents ? parents.split(' ') : [], commitDate: new Date(Number(time) * 1000) };
        });
    },
    async renamedFrom(parent, commit, file) {
      const fields = run(['diff', '--name-status', '-z', `${parent}...${commit}`, '--']).split('\0');
      for (let i = 0; i < fields.length - 1; ) {
        const status = fields[i++];
        const from = fields[i++];
        if (status.startsWith('R')) {
          const to = fields[i++];
          if (path.join(root, to) === file) return path.join(root, from);
        }
      }
      return undefined;
    },
  };
}

/** A connection whose client answers the history requests as client/src/git-extension.ts does, over the git command. */
function clientOver(root: string | undefined, seen: string[]) {
  const repository = root ? extensionLikeRepository(root) : undefined;
  const answers: Record<string, (params: never) => unknown> = {
    [GIT_REPOSITORY_REQUEST]: () => (root ? { root, head: git(root, ['rev-parse', 'HEAD']).trim() } : null),
    [GIT_COMMITS_REQUEST]: async (p: { relative: string }) => ({ commits: await planCommits(repository!, root!, path.join(root!, p.relative)) }),
    [GIT_TEXTS_REQUEST]: (p: { commits: GitPlanCommit[] }) => ({ texts: p.commits.map((c) => git(root!, ['show', `${c.commit}:${c.path}`])) }),
    [GIT_BLAME_REQUEST]: (p: { relative: string }) => ({ commits: blameCommits(git(root!, ['blame', '--', p.relative]).trim()) }),
  };
  return {
    sendRequest: async (method: string, params: never) => {
      seen.push(method);
      return answers[method](params);
    },
  };
}

const analysisOf = (file: string, text: string, today: string) => ({ uri: `file://${file}`, plan: parsePlan(text, 'markdown'), kind: 'markdown', settings: { today } }) as unknown as PlanAnalysis;

describe('history readers: the client over the Git extension', function () {
  this.timeout(60000);
  let repo: { dir: string; file: string };
  before(() => (repo = repoWithRename()));

  it('lists the commits that touched the plan across a rename, with the path it had then, as git log --follow does', async () => {
    const root = fs.realpathSync(repo.dir);
    const fromExtension = await planCommits(extensionLikeRepository(root), root, repo.file);
    const fromCommand = await commandGitReader.commitsOf(root, 'clinic.rmp.md');
    assert.deepEqual(
      fromExtension.map((c) => [c.commit, c.path]),
      fromCommand.map((c) => [c.commit, c.path]),
    );
    assert.deepEqual(fromExtension.map((c) => c.path), ['clinic.rmp.md', 'clinic.rmp.md', 'plan.md', 'plan.md', 'plan.md']);
    assert.deepEqual(fromExtension.map((c) => Date.parse(c.date)), fromCommand.map((c) => Date.parse(c.date)), 'the same instants');
  });

  it('stops at a path that was added, not renamed', async () => {
    const dir = newRepo('rmplint-readers-added-');
    commitFile(dir, 'a.md', 'one\n', '2026-01-01T09:00:00Z');
    fs.rmSync(path.join(dir, 'a.md'));
    commitFile(dir, 'b.md', 'entirely different text that no rename detection pairs with the first\n', '2026-01-02T09:00:00Z');
    const root = fs.realpathSync(dir);
    assert.deepEqual((await planCommits(extensionLikeRepository(root), root, path.join(root, 'b.md'))).map((c) => c.path), ['b.md']);
  });

  it('reads blame as the extension prints it: abbreviated, ^ on a boundary commit, zeros when not committed', () => {
    const output = ['^1a2b3c4 (Rosa Kim 2026-01-15 09:00:00 +0000 1) ---', '5d6e7f80 plan.md (Rosa Kim 2026-02-10 09:00:00 +0000 2) title', '00000000 (Not Committed Yet 2026-07-20 10:00:00 +0000 3) new'].join('\n');
    assert.deepEqual(blameCommits(output), ['1a2b3c4', '5d6e7f80', '']);
    assert.deepEqual(blameCommits(''), []);
  });

  it('paths below the root with forward slashes; dates in ISO 8601 with the machine offset', () => {
    assert.equal(relativePath('/work/repo', '/work/repo/plans/a.md'), 'plans/a.md');
    assert.equal(relativePath('C:\\repo\\', 'C:\\repo\\plans\\a.md'), 'plans/a.md');
    const iso = isoWithOffset(new Date(Date.UTC(2026, 0, 15, 9, 0, 0)));
    assert.match(iso, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    assert.equal(Date.parse(iso), Date.UTC(2026, 0, 15, 9, 0, 0));
  });
});

describe('history readers: the language server picks the Git extension, else the git command', function () {
  this.timeout(60000);
  let repo: { dir: string; file: string };
  before(() => (repo = repoWithRename()));
  const today = '2026-07-20';

  it('through the editor: the same section as through the git command, blame included, named as read by the Git extension', async () => {
    const text = fs.readFileSync(repo.file, 'utf8');
    const seen: string[] = [];
    const editor = editorGitReader(clientOver(fs.realpathSync(repo.dir), seen) as never);
    const viaEditor = await new HistoryCache([editor, commandGitReader]).sinceLastReview(analysisOf(repo.file, text, today));
    const viaCommand = await new HistoryCache([commandGitReader]).sinceLastReview(analysisOf(repo.file, text, today));
    assert.ok(viaEditor.shown && viaCommand.shown);
    assert.equal(viaEditor.source, 'vscode-git');
    assert.equal(viaCommand.source, 'git-command');
    assert.deepEqual({ ...viaEditor, source: undefined }, { ...viaCommand, source: undefined });
    assert.equal(viaEditor.versions, 5, 'the versions before the rename are read too');
    assert.deepEqual([...new Set(seen)], [GIT_REPOSITORY_REQUEST, GIT_COMMITS_REQUEST, GIT_TEXTS_REQUEST, GIT_BLAME_REQUEST]);
    assert.deepEqual(
      viaEditor.report?.actionsDone.map((a) => [a.id, a.when?.slice(0, 10)]),
      [['R-1', '2026-02-10'], ['R-2', '2026-04-01']],
    );
  });

  it("blame through the extension: its abbreviated commits completed from the plan's commits, the same as git blame --porcelain", async () => {
    const root = fs.realpathSync(repo.dir);
    const editor = editorGitReader(clientOver(root, []) as never);
    await editor.commitsOf(root, 'clinic.rmp.md');
    const viaEditor = await editor.blame(root, 'clinic.rmp.md');
    const viaCommand = await commandGitReader.blame(root, 'clinic.rmp.md');
    assert.ok(viaEditor && viaCommand);
    assert.equal(viaEditor.of, 'working-tree');
    assert.deepEqual(viaEditor.commits.slice(1), viaCommand.commits.slice(1), 'the file on disk is as committed (line 1 on)');
    assert.ok(viaEditor.commits.slice(1).every((c) => /^[0-9a-f]{40}$/.test(c)));
  });

  it('the extension cannot read the repository (null): the git command reads it', async () => {
    const seen: string[] = [];
    const section = await new HistoryCache([editorGitReader(clientOver(undefined, seen) as never), commandGitReader]).sinceLastReview(analysisOf(repo.file, fs.readFileSync(repo.file, 'utf8'), today));
    assert.ok(section.shown);
    assert.equal(section.source, 'git-command');
    assert.deepEqual(seen, [GIT_REPOSITORY_REQUEST]);
  });

  it('reads the history once per HEAD: a new commit is read again, by the same reader', async () => {
    const dir = newRepo('rmplint-readers-head-');
    commitFile(dir, 'plan.rmp.md', plan('2026-01-15', risk('R-1', 'Create named accounts', '2026-03-01', 'Open')), '2026-01-15T09:00:00Z');
    const file = path.join(fs.realpathSync(dir), 'plan.rmp.md');
    const seen: string[] = [];
    const cache = new HistoryCache([editorGitReader(clientOver(fs.realpathSync(dir), seen) as never), commandGitReader]);
    const first = await cache.sinceLastReview(analysisOf(file, fs.readFileSync(file, 'utf8'), today));
    await cache.sinceLastReview(analysisOf(file, fs.readFileSync(file, 'utf8'), today));
    assert.equal(seen.filter((m) => m === GIT_COMMITS_REQUEST).length, 1);
    commitFile(dir, 'plan.rmp.md', plan('2026-01-15', risk('R-1', 'Create named accounts', '2026-03-01', 'Done')), '2026-02-01T09:00:00Z');
    const second = await cache.sinceLastReview(analysisOf(file, fs.readFileSync(file, 'utf8'), today));
    assert.equal(seen.filter((m) => m === GIT_COMMITS_REQUEST).length, 2);
    assert.ok(first.shown && second.shown);
    assert.deepEqual([first.versions, second.versions], [1, 2]);
  });

  it("the preview's update while typing does not wait for a look at the repository; a page looks again", async () => {
    const file = repo.file;
    const seen: string[] = [];
    const cache = new HistoryCache([editorGitReader(clientOver(fs.realpathSync(repo.dir), seen) as never), commandGitReader]);
    const text = fs.readFileSync(file, 'utf8');
    const page = await cache.sinceLastReview(analysisOf(file, text, today));
    assert.equal(seen.filter((m) => m === GIT_REPOSITORY_REQUEST).length, 1);
    const typed = await cache.sinceLastReview(analysisOf(file, text.replace('Open', 'Opened'), today), true);
    assert.equal(seen.filter((m) => m === GIT_REPOSITORY_REQUEST).length, 1, 'the versions read for the page answer the update');
    assert.ok(page.shown && typed.shown);
    const fresh = new HistoryCache([editorGitReader(clientOver(fs.realpathSync(repo.dir), []) as never), commandGitReader]);
    assert.deepEqual(typed, await fresh.sinceLastReview(analysisOf(file, text.replace('Open', 'Opened'), today)), 'the same section as a fresh read');
    await cache.sinceLastReview(analysisOf(file, text, today));
    assert.equal(seen.filter((m) => m === GIT_REPOSITORY_REQUEST).length, 2);
  });

  it('a reader that cannot say passes to the next; with none able, the first problem is the note', async () => {
    const cannot: GitReader = { ...commandGitReader, source: 'vscode-git', repositoryOf: async () => undefined };
    const outside = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'rmplint-readers-none-'));
    fs.writeFileSync(path.join(outside, 'plan.rmp.md'), plan('2026-01-15', ''));
    const section = await new HistoryCache([cannot, commandGitReader]).sinceLastReview(analysisOf(path.join(outside, 'plan.rmp.md'), plan('2026-01-15', ''), today));
    assert.deepEqual(section, { shown: false, note: 'Since the last review: not shown, as the plan is not in a git repository.' });
  });
});

describe('history readers: versions read when needed', () => {
  it('reads the chart versions first, then the base and the later versions the report compares, once', async () => {
    // 100 commits a day apart, newest first (as a reader lists them); the plan was last reviewed at the 10th newest.
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + (99 - i) * 86_400_000).toISOString();
    const commits = Array.from({ length: 100 }, (_, i) => ({ commit: i.toString(16).padStart(40, '0'), date: day(i), path: 'plan.rmp.md' }));
    const reviewed = day(9).slice(0, 10);
    const textAt = (i: number) => plan(reviewed, risk('R-1', 'Create named accounts', '2026-09-01', i < 5 ? 'Done' : 'Open'));
    const asked: number[][] = [];
    const reader: GitReader = {
      source: 'vscode-git',
      repositoryOf: async () => ({ root: '/repo', head: commits[0].commit }),
      commitsOf: async () => commits,
      textsAt: async (_root, wanted) => {
        asked.push(wanted.map((c) => commits.indexOf(c as (typeof commits)[number])));
        return wanted.map((c) => textAt(commits.indexOf(c as (typeof commits)[number])));
      },
      blame: async () => undefined,
    };
    const file = path.join(fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'rmplint-readers-lazy-')), 'plan.rmp.md');
    fs.writeFileSync(file, textAt(0));
    const versions = await PlanVersions.load(file, 'markdown', async () => {}, reader, { root: path.dirname(file), head: commits[0].commit });
    assert.deepEqual(asked, [chartVersions(100)], 'the chart only');
    const now = parsePlan(textAt(0), 'markdown');
    await versions.readyFor(now);
    assert.deepEqual(asked[1], [...Array(10).keys()].filter((i) => !chartVersions(100).includes(i)), 'the base (the 10th newest) and the later versions not yet read');
    await versions.readyFor(now);
    assert.equal(asked.length, 2, 'nothing read twice');
    const section = versions.sinceLastReview(now, '2026-07-20');
    assert.deepEqual(section.report?.actionsDone.map((a) => [a.id, a.when?.slice(0, 10)]), [['R-1', day(4).slice(0, 10)]]);
  });
});

