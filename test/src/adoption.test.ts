// The ways rmplint is adopted in a repository, each run as its host would run it: the GitHub
// Action's script (action.yml, inputs substituted), the pre-commit hook's entry
// (.pre-commit-hooks.yaml, over the files its pattern selects), and every README snippet
// marked `<!-- readme-snippet: … -->`, against a folder of plans.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { CLI, CLI_FIXTURES, EXPORT_FIXTURES, ROOT, copyFixtures, tempDir } from './cli-run';

const ICAL = require('ical.js') as { parse(text: string): unknown; Component: new (jcal: unknown) => { getAllSubcomponents(name: string): unknown[] } };

const TODAY = '2026-06-15';

interface ActionInput { description: string; default?: string }
interface ActionFile {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; shell: string; env: Record<string, string>; run: string }[] };
}
interface Hook { id: string; entry: string; language: string; files: string; types?: string[]; args?: string[] }

const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionFile;
const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** A repository with plans in compliance/ (one with errors, one clean, one YAML) and a README that is not a plan. */
function workspace(): string {
  const dir = tempDir('rmplint-adopt-');
  copyFixtures(dir, {
    'compliance/problems.rmp.md': path.join(CLI_FIXTURES, 'problems.rmp.md'),
    'compliance/clean.rmp.md': path.join(CLI_FIXTURES, 'clean.rmp.md'),
    'compliance/billing/register.rmp.yaml': path.join(EXPORT_FIXTURES, 'register.rmp.yaml'),
  });
  fs.writeFileSync(path.join(dir, 'README.md'), '# Practice handbook\n');
  return dir;
}

/** A PATH on which `rmplint` is the built CLI, as `npm install` (or pre-commit's node env) puts it. */
function pathWithRmplint(): string {
  const bin = tempDir('rmplint-bin-');
  fs.symlinkSync(CLI, path.join(bin, 'rmplint'));
  return `${bin}${path.delimiter}${process.env.PATH}`;
}

interface StepRun { status: number | null; stdout: string; stderr: string; outputs: Record<string, string> }

/** The action's step as the runner runs a composite `shell: bash` step, with `${{ … }}` substituted. */
function runAction(inputs: Record<string, string>, cwd: string): StepRun {
  for (const name of Object.keys(inputs)) assert.ok(name in action.inputs, `the action has no input "${name}"`);
  const step = action.runs.steps[0];
  const expression = (value: string) =>
    value.replace(/\$\{\{\s*(github\.action_path|inputs\.([\w-]+))\s*\}\}/g, (_m, _what: string, input?: string) =>
      input === undefined ? ROOT : inputs[input] ?? action.inputs[input].default ?? '');
  const outputFile = path.join(tempDir('rmplint-gh-'), 'output');
  fs.writeFileSync(outputFile, '');
  const script = path.join(path.dirname(outputFile), 'step.sh');
  fs.writeFileSync(script, expression(step.run));
  const env: Record<string, string | undefined> = { ...process.env, GITHUB_OUTPUT: outputFile };
  delete env.RMPLINT_TODAY;
  for (const [k, v] of Object.entries(step.env)) env[k] = expression(v);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs };
}

/** Files of a folder, relative with `/`, sorted: what `git ls-files` gives pre-commit. */
function filesOf(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesOf(dir, child) : [child];
  }).sort();
}

/** The hook as pre-commit runs it: entry, then the hook's args, then the files its pattern selects. */
function runHook(id: string, args: readonly string[] | undefined, cwd: string): { status: number | null; stdout: string; stderr: string; files: string[] } {
  const hook = hooks.find((h) => h.id === id);
  assert.ok(hook, `no hook "${id}"`);
  const files = filesOf(cwd).filter((f) => new RegExp(hook.files).test(f));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const r = spawnSync(command, [...entryArgs, ...(args ?? hook.args ?? []), ...files], { cwd, env: { ...process.env, PATH: pathWithRmplint(), RMPLINT_TODAY: TODAY }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

before(function () {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
});

describe('GitHub Action (action.yml)', () => {
  it('is a composite action with inputs paths, today, format (sarif by default) and args', () => {
    assert.equal(action.runs.using, 'composite');
    for (const input of ['paths', 'today', 'format', 'args', 'output-file']) assert.ok(action.inputs[input]?.description, input);
    assert.equal(action.inputs.format.default, 'sarif');
    assert.deepEqual(Object.keys(action.outputs).sort(), ['exit-code', 'report']);
    assert.match(action.runs.steps[0].env.RMPLINT_ACTION_PATH, /\$\{\{\s*github\.action_path\s*\}\}/);
    assert.match(action.runs.steps[0].run, /npx --prefix "\$RMPLINT_ACTION_PATH" --no-install rmplint/);
  });

  it('writes SARIF for upload-sarif, sets its outputs, and fails the step on errors', () => {
    const dir = workspace();
    const run = runAction({ paths: 'compliance/', today: TODAY }, dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.outputs, { report: 'rmplint.sarif', 'exit-code': '1' });
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'rmplint.sarif'), 'utf8'));
    assert.deepEqual(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri), ['compliance/problems.rmp.md', 'compliance/problems.rmp.md', 'compliance/problems.rmp.md']);
  });

  it('prints annotations with format github, passes args, and leaves globs to rmplint', () => {
    const dir = workspace();
    const run = runAction({ paths: 'compliance/**/clean.rmp.md\ncompliance/billing', today: '2026-10-01', format: 'github', args: '--max-warnings 0' }, dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.outputs.report, '');
    assert.match(run.stdout, /^::warning file=compliance\/clean\.rmp\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=rmplint\/overdue-action::/m);
    assert.match(run.stderr, /more than --max-warnings 0/);
    assert.ok(!fs.existsSync(path.join(dir, 'rmplint.sarif')));
  });

  it('passes a clean run, and exits 2 for a path that does not exist', () => {
    const dir = workspace();
    const clean = runAction({ paths: 'compliance/clean.rmp.md', today: TODAY, format: 'junit' }, dir);
    assert.equal(clean.status, 0, clean.stderr);
    assert.deepEqual(clean.outputs, { report: 'rmplint-junit.xml', 'exit-code': '0' });
    assert.match(fs.readFileSync(path.join(dir, 'rmplint-junit.xml'), 'utf8'), /<testsuite name="compliance\/clean\.rmp\.md"/);
    assert.equal(runAction({ paths: 'nowhere/', today: TODAY }, dir).outputs['exit-code'], '2');
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('is the rmplint bin as a node hook, over plans named *.rmp.md, *.rmp.yaml and *.rmp.yml', () => {
    const hook = hooks.find((h) => h.id === 'rmplint')!;
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'rmplint');
    assert.ok(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.rmplint, 'package.json installs the entry');
    const pattern = new RegExp(hook.files);
    for (const plan of ['plan.rmp.md', 'compliance/a.rmp.yaml', 'b.rmp.yml']) assert.ok(pattern.test(plan), plan);
    for (const other of ['README.md', 'plan.md', 'rmp.md', 'x.rmp.md.bak', 'config.yaml']) assert.ok(!pattern.test(other), other);
  });

  it('lints the plans a commit holds and fails on errors', () => {
    const dir = workspace();
    const run = runHook('rmplint', undefined, dir);
    assert.deepEqual(run.files, ['compliance/billing/register.rmp.yaml', 'compliance/clean.rmp.md', 'compliance/problems.rmp.md']);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /2 errors, 1 warning in 3 plans/);
    fs.rmSync(path.join(dir, 'compliance', 'problems.rmp.md'));
    assert.equal(runHook('rmplint', undefined, dir).status, 0);
  });
});

/** Each fenced block after a `<!-- readme-snippet: name -->` comment, by name. */
function readmeSnippets(): Map<string, { lang: string; code: string }> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const found = new Map<string, { lang: string; code: string }>();
  for (const m of readme.matchAll(/<!-- readme-snippet: ([\w-]+) -->\n```(\w+)\n([\s\S]*?)\n```/g)) found.set(m[1], { lang: m[2], code: m[3] });
  return found;
}

/** A README command line as a shell runs it, with `npx --yes rmplint` being the CLI on the PATH. */
function runCommandLine(line: string, cwd: string): { status: number | null; stderr: string } {
  const command = line.replace(/^npx --yes rmplint\b/, 'rmplint');
  assert.match(command, /^rmplint /, `not an rmplint command line: ${line}`);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, env: { ...process.env, PATH: pathWithRmplint(), RMPLINT_TODAY: TODAY }, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('README: adopt in your repository', () => {
  const snippets = readmeSnippets();

  it('has the four snippets the tests run', () => {
    assert.deepEqual([...snippets.keys()], ['github-actions', 'gitlab-ci', 'pre-commit', 'export']);
  });

  it('GitHub Actions: the action with those inputs writes the SARIF file the upload step names', () => {
    const workflow = parseYaml(snippets.get('github-actions')!.code) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string>; if?: string }[] }> };
    const steps = Object.values(workflow.jobs)[0].steps;
    const ours = steps.find((s) => s.uses?.startsWith('rmplint/rmplint@'))!;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.ok(upload.if, 'the upload runs when rmplint found errors too');
    const dir = workspace();
    const run = runAction({ ...ours.with!, today: TODAY }, dir);
    assert.equal(run.outputs.report, upload.with!.sarif_file);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, upload.with!.sarif_file), 'utf8')).version, '2.1.0');
  });

  it('GitLab CI: the script writes the Code Quality report the artifact names', () => {
    const job = Object.values(parseYaml(snippets.get('gitlab-ci')!.code) as Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>)[0];
    const dir = workspace();
    for (const line of job.script) assert.notEqual(runCommandLine(line, dir).status, 2, line);
    const report = JSON.parse(fs.readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8'));
    assert.deepEqual(report.map((i: { check_name: string }) => i.check_name), ['missing-owner', 'overdue-action', 'invalid-date']);
  });

  it('pre-commit: the hook the config names runs with its args', () => {
    const config = parseYaml(snippets.get('pre-commit')!.code) as { repos: { repo: string; hooks: { id: string; args?: string[] }[] }[] };
    const hook = config.repos[0].hooks[0];
    const dir = workspace();
    const run = runHook(hook.id, hook.args, dir);
    assert.equal(run.status, 1, run.stderr);
    fs.rmSync(path.join(dir, 'compliance', 'problems.rmp.md'));
    assert.equal(runHook(hook.id, hook.args, dir).status, 0);
  });

  it('calendar and sheet: the export commands write files a calendar and a sheet read', () => {
    const dir = workspace();
    for (const line of snippets.get('export')!.code.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
      const run = runCommandLine(line, dir);
      assert.equal(run.status, 0, `${line}: ${run.stderr}`);
    }
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(dir, 'rmplint-actions.ics'), 'utf8')));
    assert.ok(calendar.getAllSubcomponents('vevent').length > 0);
    const sheet = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dir, 'rmplint-actions.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    assert.deepEqual(sheet.errors, []);
    assert.ok(sheet.data.some((row) => row['Risk ID'] === 'R-201'));
  });
});
