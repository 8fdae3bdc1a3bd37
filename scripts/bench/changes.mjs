// `rmplint changes` on a 1,000-risk plan with 200 commits of history (issue 15: under a second).
// Builds the repository in a temporary folder (commit k marks action k done, every fifth also
// moves a due date), then times the built CLI comparing the first commit with the working copy,
// the widest span: every done action's date is looked up. Then times `rmplint render`, whose
// "Since the last review" section reads up to 60 versions (the chart). Not part of `npm run bench`.
// Usage: node scripts/bench/changes.mjs [--form md-heading|md-table|yaml] [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extensionOf, generatePlan } from './plans.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({ options: { form: { type: 'string', default: 'md-heading' }, runs: { type: 'string', default: '5' } } });
const RISKS = 1000;
const COMMITS = 200;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-bench-changes-'));
const file = `plan${extensionOf(values.form)}`;
const env = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.org', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.org' };
const git = (args, date) => execFileSync('git', args, { cwd: dir, env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env, stdio: ['ignore', 'pipe', 'pipe'] });

git(['init', '-q', '-b', 'main']);
let text = generatePlan(values.form, RISKS);
const OPEN = values.form === 'yaml' ? /status: (open|in-progress)\b/g : /Status:\*\* (Open|In-progress)\b|\| (Open|In-progress) \|/g;
const DONE = (match) => (values.form === 'yaml' ? 'status: done' : match.startsWith('|') ? '| Done |' : 'Status:** Done');
const start = Date.parse('2025-01-01T09:00:00Z');
const built = Date.now();
for (let k = 0; k < COMMITS; k++) {
  if (k > 0) {
    let seen = 0;
    // The k-th open action left in the text, spread over the plan: mark it done.
    const target = (k * 7) % Math.max(1, (text.match(OPEN) ?? []).length);
    text = text.replace(OPEN, (match) => (seen++ === target ? DONE(match) : match));
    if (k % 5 === 0) text = text.replace(/2027-0(\d)-1(\d)/, (_, m, d) => `2027-0${m}-2${d}`);
  }
  fs.writeFileSync(path.join(dir, file), text);
  git(['add', '-A']);
  git(['commit', '-q', '-m', `commit ${k}`], new Date(start + k * 86_400_000).toISOString());
}
const buildSeconds = (Date.now() - built) / 1000;

const times = [];
let report;
for (let i = 0; i < Number(values.runs); i++) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CLI, 'changes', file, '--since', '2025-01-01', '--format', 'json', '--today', '2025-08-01'], { cwd: dir, encoding: 'utf8' });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (run.status !== 0) throw new Error(run.stderr);
  report = JSON.parse(run.stdout);
}
times.sort((a, b) => a - b);
console.log(`rmplint changes, ${values.form}, ${RISKS} risks (${text.length} characters), ${COMMITS} commits (built in ${buildSeconds.toFixed(1)} s):`);
console.log(`  ${report.actionsDone.length} actions done (dated), ${report.dueDatesMoved.length} due dates moved`);
console.log(`  wall time, ${times.length} runs: median ${times[times.length >> 1].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
const renders = [];
for (let i = 0; i < Number(values.runs); i++) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CLI, 'render', file, '--today', '2025-08-01'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  renders.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (run.status !== 0 || !run.stdout.includes('class="progress-chart"')) throw new Error(`render: ${run.stderr}`);
}
renders.sort((a, b) => a - b);
console.log(`rmplint render with "Since the last review" (up to 60 versions read for the chart), ${renders.length} runs: median ${renders[renders.length >> 1].toFixed(0)} ms, min ${renders[0].toFixed(0)} ms`);
if (process.env.KEEP_BENCH_REPO) console.log(`  repository kept in ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
