// The preview's "Since the last review" section in the real VS Code (issue 15): a copy of
// test/vscode-fixtures/history becomes a git repository (one commit a version in versions/,
// dated through the environment, as the CLI tests do), the plan is opened and previewed, and
// the webview must show the section with the change report and the chart, read from git through
// VS Code's Git extension (the plan renamed in its last commit: the history is followed across it). A screenshot of the section goes to test/artifacts/vscode/ (with
// --docs-images, to docs/images/ for the README).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scratchHome, startCodeServer, workbenchUrl } from './code-server.mjs';
import { REPO } from './setup.mjs';
import { quickOpen, reportFailure, runCommand, shoot, TIMEOUT, webviewFrame } from './workbench-ui.mjs';

const PLAN = 'grove-street-clinic.rmp.md';
const SCREENSHOT = 'vscode-since-last-review.png';

/** The plan's name before the last version renamed it: the history must be followed across the rename. */
const OLD_NAME = 'risk-management-plan.md';

/**
 * The plan committed once a file in versions/ (named by its date, 09:00 UTC), oldest first, under
 * OLD_NAME until the last version, which renames it to PLAN as it edits it; versions/ then goes.
 */
function buildRepository(workspace) {
  const versions = path.join(workspace, 'versions');
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Rosa Kim', GIT_AUTHOR_EMAIL: 'rosa@example.org', GIT_COMMITTER_NAME: 'Rosa Kim', GIT_COMMITTER_EMAIL: 'rosa@example.org' };
  const git = (args, date) => execFileSync('git', args, { cwd: workspace, env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env, stdio: ['ignore', 'pipe', 'pipe'] });
  git(['init', '-q', '-b', 'main']);
  const dates = fs.readdirSync(versions).map((f) => f.replace(/\.md$/, '')).sort();
  for (const [i, date] of dates.entries()) {
    const last = i === dates.length - 1;
    if (last) git(['mv', OLD_NAME, PLAN]);
    const name = last ? PLAN : OLD_NAME;
    fs.copyFileSync(path.join(versions, `${date}.md`), path.join(workspace, name));
    git(['add', name]);
    git(['commit', '-q', '-m', `Plan as reviewed on ${date}`], `${date}T09:00:00Z`);
  }
  fs.rmSync(versions, { recursive: true });
  return dates;
}

/** The rmplint output channel's log lines (where the client says why it did not read through the Git extension). */
function extensionLog(home) {
  const logs = path.join(home.data, 'logs');
  const files = fs.existsSync(logs) ? fs.readdirSync(logs, { recursive: true }).filter((f) => /rmplint\.log$/.test(f)) : [];
  return files.flatMap((f) => fs.readFileSync(path.join(logs, f), 'utf8').split('\n')).filter((line) => /history|Git/i.test(line));
}

export async function checkHistoryPreview(browser, workspace) {
  const dates = buildRepository(workspace);
  const home = scratchHome('history');
  const server = await startCodeServer(home, (line) => console.log(`  ${line}`));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(workbenchUrl(server, workspace, [['extensionDevelopmentPath', server.remote(REPO)]]));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: TIMEOUT });
    await quickOpen(page, PLAN);
    // The status bar summary shows once the extension has activated and linted the plan (the preview command needs it).
    await page.locator('.statusbar-item', { hasText: '1/6 open' }).waitFor({ timeout: TIMEOUT });
    await runCommand(page, 'rmplint: Open Plan Preview to the Side');
    const frame = await webviewFrame(page, 'the preview to show "Since the last review"', (text) => text.includes('Grove Street Clinic') && text.includes('Since the last review'));
    const section = frame.locator('section.since-review');
    // Read through VS Code's Git extension (issue 15), not the server's git command.
    const source = await section.getAttribute('data-history-source', { timeout: TIMEOUT });
    if (source !== 'vscode-git') throw new Error(`the history was read by "${source}", not VS Code's Git extension`);
    const text = (await section.innerText({ timeout: TIMEOUT })).replace(/\s+/g, ' ');
    const expected = [
      'Changes since 2026-01-15',
      'Progress: 4 of 4 risks open at the last review addressed over 6 months.',
      'Risks added: 2',
      'G-01: Give each front desk user a named account, done 2026-02-03',
      'G-03: Turn on full-disk encryption on the three clinic laptops: 2026-04-01 -> 2026-05-15 (44 days later)',
      'G-03: Turn on full-disk encryption on the three clinic laptops: Sam Patel -> Alex Chen',
      'Accepted risks added: 1 G-06 (Old X-ray viewing PC on Windows 7)',
    ];
    for (const line of expected) if (!text.includes(line)) throw new Error(`the section does not say "${line}": ${text}`);
    const chart = section.locator('svg.progress-chart');
    await chart.waitFor({ timeout: TIMEOUT });
    const title = await chart.locator('title').first().textContent();
    const points = await chart.locator('circle.chart-open').count();
    const box = await chart.boundingBox();
    if (title !== "Open and done risks over the plan's history") throw new Error(`the chart's title is "${title}"`);
    if (points !== dates.length) throw new Error(`the chart has ${points} points, not one per commit (${dates.length})`);
    if (!box || box.width < 200 || box.height < 60) throw new Error(`the chart is drawn ${JSON.stringify(box)}`);
    const shot = await shoot(section.locator('.since-review-overview'), SCREENSHOT);
    console.log(`  ok  the preview shows "Since the last review", read through VS Code's Git extension across a rename: the change report and a chart of ${points} commits (${Math.round(box.width)}×${Math.round(box.height)} px); ${path.relative(REPO, shot)}`);
    return 0;
  } catch (error) {
    reportFailure('history check', error);
    for (const line of extensionLog(home)) console.error(`  rmplint log: ${line}`);
    console.error(`  last screen: ${path.relative(REPO, await shoot(page, 'vscode-history-failure.png').catch(() => '?'))}`);
    return 1;
  } finally {
    await context.close();
    await server.stop();
  }
}
