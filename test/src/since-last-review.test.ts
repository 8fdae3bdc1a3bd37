// The preview's and the export's "Since the last review" section (issue 15, point 3): the open
// and done counts of each version, the chart drawn from them (pinned, as the export ships it),
// the section's report (the facts `rmplint changes` prints), and the note when there is no
// history. The repositories are built by the tests, commits dated through the environment.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../server/out/engine/lint';
import { riskCounts, type ProgressPoint } from '../../server/out/history/since-last-review';
import { progressChart, progressTable } from '../../server/out/render/progress-chart';
import { sinceReviewBlock } from '../../server/out/render/since-review-block';
import { CHART_POINTS, chartVersions, noHistory, PlanVersions } from '../../server/out/git/plan-versions';
import { GitProblem } from '../../server/out/git/plan-history';
import { commandGitReader } from '../../server/out/git/git-reader';
import { carryBlame } from '../../server/out/git/carry-blame';
import { runRender } from '../../server/out/cli/render-command';
import { rmplint, tempDir } from './cli-run';
import { commitFile, git, newRepo } from './git-repo';

const plan = (reviewed: string, risks: string) => `---
type: risk-management-plan
title: HIPAA Risk Management Plan
organization: Test Clinic
lastReviewed: ${reviewed}
---

# Test Clinic Risk Management Plan

${risks}`;

const risk = (id: string, action: string, due: string, status: string, owner = 'Ann Park') =>
  `### ${id}: Risk ${id}\n- **Priority:** High\n- **Treatment:** Mitigate\n- **Action:** ${action}\n- **Owner:** ${owner}\n- **Due:** ${due}\n- **Status:** ${status}\n\n`;

/** Drafted, reviewed on 2026-01-15, one action done, then a due date moved and an owner changed. */
const HISTORY: readonly [string, string][] = [
  ['2025-12-01T09:00:00Z', plan('2025-12-01', risk('R-1', 'Create named accounts', '2026-03-01', 'Open') + risk('R-2', 'Replace the PCs', '2026-04-01', 'Open'))],
  ['2026-01-15T09:00:00Z', plan('2026-01-15', risk('R-1', 'Create named accounts', '2026-03-01', 'Open') + risk('R-2', 'Replace the PCs', '2026-04-01', 'Open') + risk('R-3', 'Encrypt the laptops', '2026-06-30', 'Open'))],
  ['2026-02-10T09:00:00Z', plan('2026-01-15', risk('R-1', 'Create named accounts', '2026-03-01', 'Done') + risk('R-2', 'Replace the PCs', '2026-04-01', 'Open') + risk('R-3', 'Encrypt the laptops', '2026-06-30', 'Open'))],
  ['2026-03-05T09:00:00Z', plan('2026-01-15', risk('R-1', 'Create named accounts', '2026-03-01', 'Done') + risk('R-2', 'Replace the PCs', '2026-05-01', 'Done', 'Carol Ng') + risk('R-3', 'Encrypt the laptops', '2026-06-30', 'Open'))],
];

function repoWithHistory(): string {
  const dir = newRepo('rmplint-since-');
  for (const [date, text] of HISTORY) commitFile(dir, 'plan.rmp.md', text, date);
  return dir;
}

function render(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const status = runRender(args, cwd, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, {});
  return { status, stdout, stderr };
}

const POINTS: ProgressPoint[] = [
  { commit: 'a'.repeat(40), date: '2026-01-01T09:00:00Z', open: 3, done: 0 },
  { commit: 'b'.repeat(40), date: '2026-01-11T09:00:00Z', open: 2, done: 1 },
  { commit: '', date: '2026-01-21', open: 0, done: 3 },
];

describe('since the last review: the chart', () => {
  it('draws open and done risks by date (the uncommitted text at today, midnight), with a title, a description and a legend in words (pinned)', () => {
    assert.equal(
      progressChart(POINTS),
      '<svg class="progress-chart" viewBox="0 0 560 200" role="img" aria-labelledby="progress-chart-title progress-chart-desc">' +
        '<title id="progress-chart-title">Open and done risks over the plan\'s history</title>' +
        '<desc id="progress-chart-desc">Open and done (or accepted) risks at each of 3 versions of the plan, 2026-01-01 to 2026-01-21: from 3 open and 0 done to 0 open and 3 done.</desc>' +
        '<line class="chart-grid" x1="36" x2="548" y1="172" y2="172" stroke="#d1d9e0"/><text class="chart-label" x="30" y="176" text-anchor="end">0</text>' +
        '<line class="chart-grid" x1="36" x2="548" y1="124" y2="124" stroke="#d1d9e0"/><text class="chart-label" x="30" y="128" text-anchor="end">1</text>' +
        '<line class="chart-grid" x1="36" x2="548" y1="76" y2="76" stroke="#d1d9e0"/><text class="chart-label" x="30" y="80" text-anchor="end">2</text>' +
        '<line class="chart-grid" x1="36" x2="548" y1="28" y2="28" stroke="#d1d9e0"/><text class="chart-label" x="30" y="32" text-anchor="end">3</text>' +
        '<text class="chart-label" x="36" y="192">2026-01-01</text><text class="chart-label" x="548" y="192" text-anchor="end">2026-01-21</text>' +
        '<polyline class="chart-line chart-open" points="36,28 296.9,76 548,172" fill="none" stroke="#cf222e" stroke-width="2"/>' +
        '<circle class="chart-dot chart-open" cx="36" cy="28" r="2.5" fill="#cf222e"/><circle class="chart-dot chart-open" cx="296.9" cy="76" r="2.5" fill="#cf222e"/><circle class="chart-dot chart-open" cx="548" cy="172" r="2.5" fill="#cf222e"/>' +
        '<line class="chart-line chart-open" x1="36" x2="54" y1="12" y2="12" stroke="#cf222e" stroke-width="2"/><text class="chart-label" x="60" y="16">open risks</text>' +
        '<polyline class="chart-line chart-done" points="36,172 296.9,124 548,28" fill="none" stroke="#1a7f37" stroke-width="2"/>' +
        '<circle class="chart-dot chart-done" cx="36" cy="172" r="2.5" fill="#1a7f37"/><circle class="chart-dot chart-done" cx="296.9" cy="124" r="2.5" fill="#1a7f37"/><circle class="chart-dot chart-done" cx="548" cy="28" r="2.5" fill="#1a7f37"/>' +
        '<line class="chart-line chart-done" x1="156" x2="174" y1="12" y2="12" stroke="#1a7f37" stroke-width="2"/><text class="chart-label" x="180" y="16">done risks</text>' +
        '</svg>',
    );
  });

  it('places points by date: ten days then a day apart are not evenly spaced', () => {
    const chart = progressChart([POINTS[0], POINTS[1], { ...POINTS[2], date: '2026-01-12T09:00:00Z' }]);
    assert.match(chart, /points="36,28 501\.5,76 548,172"/);
  });

  it('one version: one point in the middle; many risks: round ticks', () => {
    assert.match(progressChart([{ commit: 'c', date: '2026-01-01', open: 1000, done: 0 }]), /<polyline[^>]*points="292,28"/);
    const ticks = [...progressChart([{ commit: 'c', date: '2026-01-01', open: 1000, done: 0 }]).matchAll(/text-anchor="end">(\d+)</g)].map((m) => m[1]);
    assert.deepEqual(ticks, ['0', '500', '1000']);
    assert.equal(progressChart([]), '');
  });

  it('a long history: at most CHART_POINTS versions, spread evenly, the first and the last among them, and the description says so', () => {
    assert.deepEqual(chartVersions(3), [0, 1, 2]);
    const shown = chartVersions(200);
    assert.equal(shown.length, CHART_POINTS);
    assert.equal(shown[0], 0);
    assert.equal(shown.at(-1), 199);
    assert.ok(shown.every((v, i) => i === 0 || v > shown[i - 1]));
    assert.match(progressChart(POINTS, 200), /at each of 3 versions \(2 of its 200 commits, spread evenly\) of the plan/);
    assert.match(progressChart(POINTS, 2), /at each of 3 versions of the plan/);
  });

  it('the text equivalent: one row a version, the uncommitted text named so', () => {
    assert.equal(
      progressTable(POINTS),
      `<details class="progress-figures"><summary>The chart's figures</summary>
<table><thead><tr><th>Date</th><th>Commit</th><th>Open risks</th><th>Done or accepted risks</th></tr></thead>
<tbody><tr><td>2026-01-01</td><td><code>aaaaaaa</code></td><td>3</td><td>0</td></tr><tr><td>2026-01-11</td><td><code>bbbbbbb</code></td><td>2</td><td>1</td></tr><tr><td>2026-01-21</td><td>not committed</td><td>0</td><td>3</td></tr></tbody></table></details>`,
    );
  });
});

describe('since the last review: git blame at HEAD carried over to the editor text', () => {
  const head = 'a\nb\nc\nd\n';
  const blame = ['', 'A', 'B', 'C', 'D'];
  const cases: [string, string, string[]][] = [
    ['the same text', head, ['', 'A', 'B', 'C', 'D']],
    ['a line edited', 'a\nB!\nc\nd\n', ['', 'A', '', 'C', 'D', '']],
    ['a line added', 'a\nb\nnew\nc\nd\n', ['', 'A', 'B', '', 'C', 'D', '']],
    ['a line removed', 'a\nc\nd\n', ['', 'A', 'C', 'D', '']],
    ['two edits apart: the lines between count as not committed', 'a!\nb\nc\nd!\n', ['', '', '', '', '', '']],
    ['appended at the end', 'a\nb\nc\nd\ne\n', ['', 'A', 'B', 'C', 'D', '', '']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(carryBlame(head, blame, text), expected));
  }
});

describe('since the last review: the section data', function () {
  this.timeout(60000);
  let dir: string;
  before(() => (dir = repoWithHistory()));

  it('counts open and done risks of a version, an accepted risk as done (nothing is left to do)', () => {
    assert.deepEqual(riskCounts(parsePlan(HISTORY[2][1], 'markdown'), '2026-02-10'), { open: 2, done: 1 });
    const accepted = HISTORY[2][1].replace('- **Treatment:** Mitigate\n- **Action:** Replace the PCs', '- **Treatment:** Accept\n- **Action:** Replace the PCs').replace(/(Replace the PCs\n- \*\*Owner:\*\* Ann Park\n- \*\*Due:\*\* 2026-04-01\n- \*\*Status:\*\*) Open/, '$1 Accepted');
    assert.deepEqual(riskCounts(parsePlan(accepted, 'markdown'), '2026-02-10'), { open: 1, done: 2 });
  });

  it('one point a commit, oldest first, and the uncommitted text when it differs', () => {
    const file = path.join(dir, 'plan.rmp.md');
    const versions = PlanVersions.read(file, 'markdown');
    const committed = versions.sinceLastReview(parsePlan(HISTORY[3][1], 'markdown'), '2026-07-20');
    assert.ok(committed.shown);
    assert.deepEqual(committed.series.map((p) => [p.date.slice(0, 10), p.open, p.done, p.commit.length]), [
      ['2025-12-01', 2, 0, 40],
      ['2026-01-15', 3, 0, 40],
      ['2026-02-10', 2, 1, 40],
      ['2026-03-05', 1, 2, 40],
    ]);
    const edited = versions.sinceLastReview(parsePlan(HISTORY[3][1].replace(/Status:\*\* Open/, 'Status:** Done'), 'markdown'), '2026-07-20');
    assert.ok(edited.shown);
    assert.deepEqual(edited.series.at(-1), { commit: '', date: '2026-07-20', open: 0, done: 3 });
  });

  it('the report holds the facts `rmplint changes` prints', () => {
    const file = path.join(dir, 'plan.rmp.md');
    const versions = PlanVersions.read(file, 'markdown');
    const now = parsePlan(fs.readFileSync(file, 'utf8'), 'markdown');
    const section = versions.sinceLastReview(now, '2026-07-20');
    assert.ok(section.shown && section.report);
    assert.deepEqual(versions.sinceLastReview(now, '2026-07-20', versions.planHistory.lineCommits(file)), section, 'dated through blame, the same');
    const cli = rmplint(['changes', 'plan.rmp.md', '--format', 'json', '--today', '2026-07-20'], { cwd: dir });
    assert.equal(cli.status, 0, cli.stderr);
    const { file: _file, ...facts } = JSON.parse(cli.stdout);
    assert.deepEqual(JSON.parse(JSON.stringify(section.report)), facts);
    assert.deepEqual(section.report.actionsDone.map((a) => [a.id, a.when?.slice(0, 10)]), [['R-1', '2026-02-10'], ['R-2', '2026-03-05']]);
  });

  it('no last-reviewed date: the chart, and a note in place of the report', () => {
    const file = path.join(dir, 'plan.rmp.md');
    const section = PlanVersions.read(file, 'markdown').sinceLastReview(parsePlan(HISTORY[3][1].replace(/lastReviewed: .*\n/, ''), 'markdown'), '2026-07-20');
    assert.ok(section.shown);
    assert.equal(section.report, undefined);
    assert.equal(section.reportNote, 'The plan has no last-reviewed date to compare with.');
    assert.equal(section.series.length, 5);
  });

  it('outside a repository, or without a git command (the browser editor): no section, a note saying why', async () => {
    const outside = tempDir('rmplint-since-none-');
    fs.writeFileSync(path.join(outside, 'plan.rmp.md'), HISTORY[0][1]);
    assert.throws(() => PlanVersions.read(path.join(outside, 'plan.rmp.md'), 'markdown'), (e: unknown) => e instanceof GitProblem && e.message === 'is not in a git repository');
    const PATH = process.env.PATH;
    process.env.PATH = outside;
    try {
      await assert.rejects(commandGitReader.repositoryOf(path.join(dir, 'plan.rmp.md')), (e: unknown) => e instanceof GitProblem && e.message === 'has no history here: the git command is not available');
    } finally {
      process.env.PATH = PATH;
    }
    assert.equal(sinceReviewBlock(noHistory(new GitProblem('is not in a git repository'))), '<p class="since-review-note">Since the last review: not shown, as the plan is not in a git repository.</p>');
  });

  it('loads without blocking the same versions, with the HEAD it read them at', async () => {
    const file = path.join(dir, 'plan.rmp.md');
    let pauses = 0;
    const repository = await commandGitReader.repositoryOf(file);
    assert.ok(repository);
    assert.equal(repository.head, git(dir, ['rev-parse', 'HEAD']).trim());
    const versions = await PlanVersions.load(file, 'markdown', async () => void pauses++, commandGitReader, repository);
    assert.equal(pauses, HISTORY.length);
    const now = parsePlan(HISTORY[3][1], 'markdown');
    assert.deepEqual(versions.sinceLastReview(now, '2026-07-20'), PlanVersions.read(file, 'markdown').sinceLastReview(now, '2026-07-20'));
  });
});

describe('since the last review: rmplint render', function () {
  this.timeout(60000);

  it('shows the section: the report in the words of `rmplint changes`, the chart and its figures', () => {
    const dir = repoWithHistory();
    const r = render(['plan.rmp.md', '--today', '2026-07-20'], dir);
    assert.equal(r.status, 0, r.stderr);
    const section = /<section class="since-review"[\s\S]*?<\/section>/.exec(r.stdout)?.[0] ?? '';
    assert.match(section, /<h2 id="since-review-heading">Since the last review<\/h2>/);
    assert.match(section, /<b>Progress:<\/b> 2 of 3 risks open at the last review addressed over 6 months\./);
    assert.match(section, /<li><b>Actions marked done:<\/b> 2<ul><li>R-1: Create named accounts, done 2026-02-10 \([0-9a-f]{7}\)<\/li>/);
    assert.match(section, /<li><b>Due dates moved:<\/b> 1<ul><li>R-2: Replace the PCs: 2026-04-01 -&gt; 2026-05-01 \(30 days later\)<\/li><\/ul><\/li>/);
    assert.match(section, /<li><b>Owners changed:<\/b> 1<ul><li>R-2: Replace the PCs: Ann Park -&gt; Carol Ng<\/li><\/ul><\/li>/);
    assert.match(section, /<li><b>Risks added:<\/b> none<\/li>/);
    assert.match(section, /<div class="since-review-overview">\n<p class="since-review-period">[^]*<svg class="progress-chart"[^>]*role="img"[^]*<\/div>\n<ul class="since-review-changes">/, 'the overview (period, progress, chart) before the changes');
    assert.match(section, /<details class="progress-figures">/);
    assert.doesNotMatch(r.stdout, /<script/);
  });

  it('outside a repository: the one-line note instead', () => {
    const dir = tempDir('rmplint-since-none-');
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), HISTORY[0][1]);
    const r = render(['plan.rmp.md', '--today', '2026-07-20'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<p class="since-review-note">Since the last review: not shown, as the plan is not in a git repository\.<\/p>/);
    assert.doesNotMatch(r.stdout, /<svg class="progress-chart"/);
  });
});
