// The `rmplint` command line (spec §7), run as users run it: the built dist/cli.js in a
// child process, over the plans in test/fixtures/cli.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../server/out/rules';
import { ruleDocsUrl } from '../../server/out/protocol';
import { FileProblem, readTextFile } from '../../server/out/cli/read-text';
import { fixUntilStable, writeFixedFile } from '../../server/out/cli/fix';
import type { RuleModule } from '../../server/out/engine/rule';
import type { JsonFinding } from './cli-run';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
const TODAY = '2026-06-15';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function rmplint(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, ...options.env };
  if (!options.env?.RMPLINT_TODAY) delete env.RMPLINT_TODAY;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? FIXTURES, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs with --format json and returns the parsed array. */
function lintJson(args: readonly string[], options?: { cwd?: string; env?: Record<string, string> }): { run: Run; findings: JsonFinding[] } {
  const run = rmplint(['--format', 'json', ...args], options);
  return { run, findings: JSON.parse(run.stdout) as JsonFinding[] };
}

/** The 1-based range of the first occurrence of `needle` in a fixture. */
function rangeOf(fixture: string, needle: string): Pick<JsonFinding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${fixture}`);
  const before = text.slice(0, at).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

function noStackTrace(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'stderr shows a stack trace');
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-cli-'));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

before(function () {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
});

describe('cli: exit status', () => {
  it('is 0 for a plan without findings', () => {
    const run = rmplint(['--today', TODAY, 'clean.rmp.md']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '0 errors, 0 warnings in 1 plan\n');
    assert.equal(run.stderr, '');
  });

  it('is 0 when there are warnings only', () => {
    const { run, findings } = lintJson(['--today', '2026-10-01', 'clean.rmp.md']);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['overdue-action', 'warning']]);
    assert.equal(run.status, 0);
  });

  it('is 1 when any error is found', () => {
    assert.equal(rmplint(['--today', TODAY, 'problems.rmp.md']).status, 1);
  });

  const usageErrors: { name: string; args: string[]; env?: Record<string, string>; stderr: RegExp }[] = [
    { name: 'no targets', args: [], stderr: /at least one file/ },
    { name: 'an unknown option', args: ['--colour', 'clean.rmp.md'], stderr: /--colour/ },
    { name: 'an unknown format', args: ['--format', 'xml', 'clean.rmp.md'], stderr: /--format must be one of text, json, sarif/ },
    { name: 'an impossible --today', args: ['--today', '2026-02-30', 'clean.rmp.md'], stderr: /--today must be a real date/ },
    { name: 'a --today not in ISO form', args: ['--today', '06/15/2026', 'clean.rmp.md'], stderr: /--today must be a real date/ },
    { name: 'an invalid RMPLINT_TODAY', args: ['clean.rmp.md'], env: { RMPLINT_TODAY: 'tomorrow' }, stderr: /RMPLINT_TODAY must be a real date/ },
    { name: 'a missing file', args: ['--today', TODAY, 'nowhere.rmp.md'], stderr: /nowhere\.rmp\.md: no such file or folder/ },
    {
      name: 'a missing --config file',
      args: ['--today', TODAY, '--config', 'absent.json', 'clean.rmp.md'],
      stderr: /absent\.json: cannot be read/,
    },
  ];
  for (const c of usageErrors) {
    it(`is 2 for ${c.name}, with a message on stderr and no summary line`, () => {
      const run = rmplint(c.args, { env: c.env });
      assert.equal(run.status, 2);
      assert.match(run.stderr, c.stderr);
      assert.doesNotMatch(run.stdout, /errors?, \d+ warnings? in/);
      noStackTrace(run);
    });
  }

  it('a reader that stops early (`rmplint … | head`) ends the run quietly, with its own status', async () => {
    // Far more report than a pipe holds, so rmplint is still writing when the reader goes.
    const dir = tempDir();
    const risks = Array.from({ length: 400 }, (_, i) => `### R-${i + 1}: Unencrypted laptop ${i + 1}\n- **Action:** Encrypt the disk\n`).join('\n');
    fs.writeFileSync(path.join(dir, 'big.rmp.md'), `# Risk management plan\n\n## Risks\n\n${risks}`);
    const child = spawn(process.execPath, [CLI, '--today', TODAY, '--format', 'json', 'big.rmp.md'], { cwd: dir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.equal(stderr, '');
    assert.equal(status, 1, 'the status the findings give');
  });

  it('an invalid key in the config is named with what was meant, left out, and the rest applies', () => {
    const run = rmplint(['--today', TODAY, 'bad-config']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /bad-config[\\/]\.rmplintrc\.yaml:2: unknown key "rules\.vauge-action" \(did you mean "vague-action"\?\); this is left out, the rest of the file applies\n/);
    assert.match(run.stdout, /in 1 plan\n$/);
  });

  describe('unreadable plans', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir();
      fs.copyFileSync(path.join(FIXTURES, 'clean.rmp.md'), path.join(dir, 'good.rmp.md'));
    });
    afterEach(() => {
      fs.chmodSync(dir, 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const broken: { name: string; bytes: Buffer; stderr: RegExp }[] = [
      { name: 'a binary file named .rmp.md', bytes: Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x0a]), stderr: /broken\.rmp\.md: is not a text file/ },
    ];
    for (const c of broken) {
      it(`is 2 for ${c.name}, and still reports the other plans`, () => {
        fs.writeFileSync(path.join(dir, 'broken.rmp.md'), c.bytes);
        const { run, findings } = lintJson(['--today', '2026-10-01', dir]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, c.stderr);
        noStackTrace(run);
        assert.deepEqual([...new Set(findings.map((f) => path.basename(f.file)))], ['good.rmp.md']);
      });
    }

    // Text saved from Word on Windows: the plan is linted as read in Windows-1252, said on stderr, and never rewritten.
    const cp1252 = Buffer.concat([Buffer.from('# Risk Management Plan\n\n### R-001: Front desk PCs don'), Buffer.from([0x92]), Buffer.from('t lock\n- **Action:** TBD\n')]);

    it('lints a plan that is not valid UTF-8 as Windows-1252, and says so', () => {
      fs.writeFileSync(path.join(dir, 'word.rmp.md'), cp1252);
      const { run, findings } = lintJson(['--today', '2026-10-01', path.join(dir, 'word.rmp.md')]);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /word\.rmp\.md: is not valid UTF-8 text; read as Windows-1252 \(save it as UTF-8\)/);
      noStackTrace(run);
      assert.ok(findings.some((f) => f.rule === 'vague-action' && /TBD/.test(f.message)));
    });

    it('--fix leaves a Windows-1252 plan unwritten, and says why', () => {
      const file = path.join(dir, 'word.rmp.md');
      fs.writeFileSync(file, cp1252);
      const run = rmplint(['--today', '2026-10-01', '--fix', file]);
      assert.match(run.stderr, /word\.rmp\.md: is not valid UTF-8 text; read as Windows-1252, and not fixed \(save it as UTF-8 to fix it\)/);
      assert.ok(fs.readFileSync(file).equals(cp1252));
    });

    it('skips a binary file in a folder that is not named as a plan', () => {
      fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x00, 0x0a]));
      const run = rmplint(['--today', TODAY, dir]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
    });

    it('is 2 for a folder without read permission', function () {
      if (isRoot) this.skip(); // root reads any folder
      const locked = path.join(dir, 'locked');
      fs.mkdirSync(locked);
      fs.chmodSync(locked, 0o000);
      const run = rmplint(['--today', TODAY, dir]);
      fs.chmodSync(locked, 0o755);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /locked: permission denied/);
    });
  });
});

describe('cli: --format json', () => {
  it('prints one array of findings with 1-based ranges on the values', () => {
    const { run, findings } = lintJson(['--today', TODAY, 'problems.rmp.md']);
    assert.equal(run.status, 1);
    const expected = [
      { rule: 'missing-owner', severity: 'error', ...rangeOf('problems.rmp.md', 'TBD') },
      { rule: 'overdue-action', severity: 'warning', ...rangeOf('problems.rmp.md', '2026-05-01') },
      { rule: 'invalid-date', severity: 'error', ...rangeOf('problems.rmp.md', '2026-10-2') },
    ];
    assert.deepEqual(
      findings.map(({ rule, severity, line, column, endLine, endColumn }) => ({ rule, severity, line, column, endLine, endColumn })),
      expected,
    );
    for (const f of findings) {
      assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
      assert.equal(f.file, 'problems.rmp.md');
      assert.ok(f.message.length > 0);
    }
  });

  it('prints an empty array when nothing is found', () => {
    const { run, findings } = lintJson(['--today', TODAY, 'clean.rmp.md']);
    assert.equal(run.status, 0);
    assert.deepEqual(findings, []);
  });

  it('names files as given: relative, absolute, or folder joined with the relative path', () => {
    const absolute = path.join(FIXTURES, 'problems.rmp.md');
    assert.deepEqual([...new Set(lintJson(['--today', TODAY, absolute]).findings.map((f) => f.file))], [absolute]);
    assert.deepEqual([...new Set(lintJson(['--today', TODAY, './plans']).findings.map((f) => f.file))], [path.join('plans', 'nested', 'b.rmp.yaml')]);
  });
});

describe('cli: --format text', () => {
  it('prints file:line:col  severity  message  rule per finding, then a summary', () => {
    const json = lintJson(['--today', TODAY, 'problems.rmp.md', 'plans']).findings;
    const run = rmplint(['--today', TODAY, 'problems.rmp.md', 'plans']);
    assert.equal(run.status, 1);
    const groups = run.stdout.trimEnd().split('\n\n');
    const summary = groups.pop();
    assert.equal(summary, '3 errors, 1 warning in 3 plans');
    const byFile = groups.map((g) => g.split('\n'));
    assert.deepEqual(
      byFile,
      [json.filter((f) => f.file === 'problems.rmp.md'), json.filter((f) => f.file !== 'problems.rmp.md')].map((list) =>
        list.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.rule}`),
      ),
    );
  });
});

describe('cli: --format sarif', () => {
  const run = () => rmplint(['--format', 'sarif', '--today', TODAY, 'problems.rmp.md']);

  it('is a SARIF 2.1.0 log with one run of rmplint', () => {
    const r = run();
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].tool.driver.name, 'rmplint');
    assert.equal(log.runs[0].tool.driver.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('describes every registered rule with its reference, examples and documentation link', () => {
    const rules = JSON.parse(run().stdout).runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r: { id: string }) => r.id), RULES.map((r) => r.id));
    RULES.forEach((rule: RuleModule, i) => {
      const d = rules[i];
      assert.equal(d.shortDescription.text, rule.description);
      assert.equal(d.helpUri, ruleDocsUrl(rule.id));
      assert.ok(d.help.text.includes(rule.reference), `${rule.id}: help names the reference`);
      assert.ok(d.help.text.includes(rule.examples.bad) && d.help.text.includes(rule.examples.good), `${rule.id}: help shows the examples`);
      assert.equal(d.defaultConfiguration.level, rule.defaultSeverity === 'error' ? 'error' : rule.defaultSeverity === 'warning' ? 'warning' : 'note');
    });
  });

  it('places each result where the JSON format does', () => {
    const json = lintJson(['--today', TODAY, 'problems.rmp.md']).findings;
    const sarifRun = JSON.parse(run().stdout).runs[0];
    assert.deepEqual(
      sarifRun.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[]; ruleId: string; level: string; message: { text: string }; ruleIndex: number }) => {
        const loc = r.locations[0].physicalLocation;
        return {
          file: loc.artifactLocation.uri,
          line: loc.region.startLine,
          column: loc.region.startColumn,
          endLine: loc.region.endLine,
          endColumn: loc.region.endColumn,
          rule: r.ruleId,
          severity: r.level,
          message: r.message.text,
          indexed: sarifRun.tool.driver.rules[r.ruleIndex].id,
        };
      }),
      json.map((f) => ({ ...f, indexed: f.rule })),
    );
  });
});

describe('cli: finding plans', () => {
  it('walks folders, skipping node_modules, dot-folders and files that are not plans', () => {
    const { run, findings } = lintJson(['--today', TODAY, 'plans']);
    assert.equal(run.status, 1);
    assert.deepEqual([...new Set(findings.map((f) => f.file))], [path.join('plans', 'nested', 'b.rmp.yaml')]);
    assert.match(rmplint(['--today', TODAY, 'plans']).stdout, / in 2 plans\n$/);
  });

  it('expands globs', () => {
    const run = rmplint(['--today', TODAY, 'plans/**/*.yaml']);
    assert.match(run.stdout, / in 1 plan\n$/);
    assert.match(run.stdout, /^plans[\\/]nested[\\/]b\.rmp\.yaml:/);
    const files = (glob: string) => [...new Set(lintJson(['--today', TODAY, glob]).findings.map((f) => f.file))];
    assert.deepEqual(files('*.md'), ['problems.rmp.md'], 'a glob without a slash matches in its folder only');
    assert.deepEqual(files('**/*.rmp.md'), ['configured/team/plan.rmp.md', 'problems.rmp.md'].map(path.normalize));
  });

  it('says so on stderr when a folder or glob holds no plans', () => {
    const folder = rmplint(['--today', TODAY, 'no-plans']);
    assert.equal(folder.status, 0);
    assert.equal(folder.stderr, 'rmplint: no risk management plans found in no-plans\n');
    const glob = rmplint(['--today', TODAY, 'no-plans/*.yaml']);
    assert.equal(glob.stderr, 'rmplint: no risk management plans found matching no-plans/*.yaml\n');
  });

  it('says why a file named on the command line is not read as a plan, and still exits 0', () => {
    const run = rmplint(['--today', TODAY, 'plans/notes.md']);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, 'rmplint: plans/notes.md: skipped, not read as a plan: its title "Meeting notes" does not name a plan, and no risks with planned actions were read in it. Name it *.rmp.md, or list it in "include", to lint it.\n');
    assert.equal(run.stdout, '0 errors, 0 warnings in 0 plans, 1 file skipped (not plans)\n');
    const json = rmplint(['--format', 'json', '--today', TODAY, 'plans/notes.md']);
    assert.equal(json.stdout, '[]\n', 'the JSON output stays one array of findings');
    assert.match(json.stderr, /plans\/notes\.md: skipped/);
    const sarif = JSON.parse(rmplint(['--format', 'sarif', '--today', TODAY, 'plans/notes.md']).stdout);
    const [note] = sarif.runs[0].invocations[0].toolExecutionNotifications;
    assert.equal(note.level, 'note');
    assert.match(note.message.text, /^Skipped, not read as a plan: its title "Meeting notes" does not name a plan/);
    assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'plans/notes.md');
  });

  it('a file found in a folder that is not a plan is passed over without a word', () => {
    const run = rmplint(['--today', TODAY, 'plans']);
    assert.doesNotMatch(run.stderr, /skipped/);
  });

  it('lints a file reached twice once', () => {
    assert.equal(rmplint(['--today', TODAY, 'clean.rmp.md', './clean.rmp.md']).stdout, '0 errors, 0 warnings in 1 plan\n');
    const findings = lintJson(['--today', TODAY, 'problems.rmp.md', 'problems.rmp.md']).findings;
    assert.equal(findings.length, new Set(findings.map((f) => `${f.rule}:${f.line}`)).size);
  });

  it('treats files matching the config include globs as plans', () => {
    const { findings } = lintJson(['--today', TODAY, 'include']);
    assert.deepEqual([...new Set(findings.map((f) => f.file))], [path.join('include', 'remediation.plan.md')]);
  });
});

describe('cli: configuration and options', () => {
  const rulesOf = (findings: JsonFinding[]) => findings.map((f) => `${f.rule}:${f.severity}`);

  it('applies the nearest .rmplintrc above the plan', () => {
    const { run, findings } = lintJson(['--today', TODAY, 'configured/team/plan.rmp.md']);
    assert.deepEqual(rulesOf(findings), ['overdue-action:error', 'invalid-date:warning']);
    assert.equal(run.status, 1);
  });

  it('uses --config instead of the nearest file', () => {
    const findings = lintJson(['--today', TODAY, '--config', 'explicit-config.yaml', 'configured/team/plan.rmp.md']).findings;
    assert.deepEqual(rulesOf(findings), ['missing-owner:error', 'invalid-date:error']);
  });

  it('reports errors only with --quiet', () => {
    const { findings } = lintJson(['--today', TODAY, '--quiet', 'problems.rmp.md']);
    assert.deepEqual(rulesOf(findings), ['missing-owner:error', 'invalid-date:error']);
    assert.equal(rmplint(['--today', '2026-10-01', '--quiet', 'clean.rmp.md']).stdout, '0 errors, 0 warnings in 1 plan\n');
  });

  it('takes today from --today, else RMPLINT_TODAY', () => {
    const overdue = (args: string[], env?: Record<string, string>) =>
      lintJson([...args, 'problems.rmp.md'], { env }).findings.some((f) => f.rule === 'overdue-action');
    assert.equal(overdue(['--today', '2026-04-01']), false);
    assert.equal(overdue(['--today', TODAY]), true);
    assert.equal(overdue([], { RMPLINT_TODAY: '2026-04-01' }), false);
    assert.equal(overdue([], { RMPLINT_TODAY: TODAY }), true);
    assert.equal(overdue(['--today', TODAY], { RMPLINT_TODAY: '2026-04-01' }), true);
  });

  it('prints help and version', () => {
    const help = rmplint(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: rmplint \[options\]/);
    const version = rmplint(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });

  it('dispatches the render subcommand', () => {
    const run = rmplint(['render']);
    assert.equal(run.status, 2);
    noStackTrace(run);
  });
});

describe('cli: --fix', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const problems = () => fs.readFileSync(path.join(FIXTURES, 'problems.rmp.md'), 'utf8');

  it('applies safe fixes, reports what remains, and writes nothing else', () => {
    const file = path.join(dir, 'plan.rmp.md');
    fs.writeFileSync(file, problems());
    const { run, findings } = lintJson(['--today', TODAY, '--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), problems().replace('2026-10-2', '2026-10-02'));
    assert.deepEqual(findings.map((f) => f.rule), ['missing-owner', 'overdue-action']);
    assert.equal(run.status, 1);
    assert.deepEqual(fs.readdirSync(dir), ['plan.rmp.md'], 'no temporary file is left behind');
  });

  it('applies the fixes the config makes safe (a default owner)', () => {
    const file = path.join(dir, 'plan.rmp.md');
    fs.writeFileSync(file, problems());
    fs.writeFileSync(path.join(dir, '.rmplintrc.yaml'), 'defaultOwner: Office Manager\n');
    const { run, findings } = lintJson(['--today', TODAY, '--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), problems().replace('2026-10-2', '2026-10-02').replace('TBD', 'Office Manager'));
    assert.deepEqual(findings.map((f) => f.rule), ['overdue-action']);
    assert.equal(run.status, 0);
    // Each change is listed by file, line and rule, then counted.
    assert.equal(
      run.stderr,
      `rmplint: fixed ${file}:23 missing-owner (Set owner to Office Manager)\nrmplint: fixed ${file}:40 invalid-date (Write the date as 2026-10-02)\nrmplint: fixed 2 problems in 1 file\n`,
    );
  });

  it('keeps line endings, byte order mark and file mode', () => {
    const file = path.join(dir, 'plan.rmp.md');
    const crlf = `\uFEFF${problems().replace(/\n/g, '\r\n')}`;
    fs.writeFileSync(file, crlf);
    fs.chmodSync(file, 0o640);
    rmplint(['--today', TODAY, '--fix', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), crlf.replace('2026-10-2', '2026-10-02'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('leaves a file without safe fixes untouched', () => {
    const file = path.join(dir, 'plan.rmp.md');
    fs.writeFileSync(file, problems().replace('2026-10-2', '2026-10-02'));
    const before = fs.statSync(file);
    rmplint(['--today', TODAY, '--fix', file]);
    const after = fs.statSync(file);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
  });

  it('leaves the original untouched when it cannot write next to it', function () {
    if (isRoot) this.skip(); // root may write into a read-only folder
    const file = path.join(dir, 'plan.rmp.md');
    fs.writeFileSync(file, problems());
    fs.chmodSync(dir, 0o555);
    const run = rmplint(['--today', TODAY, '--fix', file]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /fixes not written/);
    assert.equal(fs.readFileSync(file, 'utf8'), problems());
  });

  it('refuses to write a file that changed on disk since it was read', () => {
    const file = path.join(dir, 'plan.rmp.md');
    fs.writeFileSync(file, problems());
    const original = readTextFile(file, 'plan.rmp.md');
    const edited = problems().replace('TBD', 'Office Manager');
    fs.writeFileSync(file, edited);
    assert.throws(() => writeFixedFile(file, 'plan.rmp.md', original, 'fixed'), (e: unknown) => e instanceof FileProblem && /changed on disk/.test(e.message));
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
    assert.deepEqual(fs.readdirSync(dir), ['plan.rmp.md']);
  });

  it('writes through a symlink to its target', () => {
    const target = path.join(dir, 'real.rmp.md');
    const link = path.join(dir, 'link.rmp.md');
    fs.writeFileSync(target, problems());
    fs.symlinkSync(target, link);
    rmplint(['--today', TODAY, '--fix', link]);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.ok(fs.readFileSync(target, 'utf8').includes('2026-10-02'));
  });
});

describe('cli: fixing until stable', () => {
  const PLAN = '# Risk Management Plan\n\nText.\n';
  /** A rule whose safe fix adds one "!" at the end per run, until there are `wanted`. */
  const bang = (wanted: number): RuleModule => ({
    id: 'bang',
    defaultSeverity: 'warning',
    description: 'test rule',
    reference: 'none',
    rationale: 'none',
    examples: { bad: '', good: '' },
    messages: { few: 'more' },
    check({ plan, report }) {
      const have = /!*$/.exec(plan.text)![0].length;
      if (have >= wanted) return;
      const end = plan.text.length;
      report({ messageId: 'few', range: { start: 0, end: 1 }, fixes: [{ title: 'add', safe: true, edits: [{ start: end, end, newText: '!' }] }] });
    },
  });

  it('re-lints after each pass until no safe fix is left', () => {
    const { text, analysis } = fixUntilStable(PLAN, 'markdown', { today: TODAY, rules: [bang(3)] });
    assert.equal(text, `${PLAN}!!!`);
    assert.deepEqual(analysis.findings, []);
  });

  it('stops after a bounded number of passes when fixes never settle', () => {
    const { text, analysis } = fixUntilStable(PLAN, 'markdown', { today: TODAY, rules: [bang(Infinity)] });
    const added = text.length - PLAN.length;
    assert.ok(added >= 2 && added <= 20, `added ${added}`);
    assert.equal(analysis.findings.length, 1, 'the final lint matches the final text');
  });

  it('does not apply fixes that are not safe', () => {
    const unsafe: RuleModule = {
      ...bang(1),
      check({ report }) {
        report({ messageId: 'few', range: { start: 0, end: 1 }, fixes: [{ title: 'guess', safe: false, edits: [{ start: 0, end: 0, newText: 'x' }] }] });
      },
    };
    assert.equal(fixUntilStable(PLAN, 'markdown', { today: TODAY, rules: [unsafe] }).text, PLAN);
  });
});

describe('cli: outline', () => {
  const OSCAL = path.join(ROOT, 'test', 'fixtures', 'oscal');

  it('shows the plan as read: fields, risks, actions, owners, dates, statuses, and what a value was read as', () => {
    const run = rmplint(['outline', 'clinic-poam.json'], { cwd: OSCAL });
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'clinic-poam.json: OSCAL POA&M (json), 3 risks read');
    assert.ok(lines.includes('  title: Maple Clinic EHR Plan of Action and Milestones  (line 5)'));
    assert.ok(lines.includes('  risk V-101: Remote EHR access without a second factor  (line 25, oscal)'));
    assert.ok(lines.includes('      owner: R. Alvarez, IT Lead | due: 2026-04-30 | status: in-progress (remediating) -> in-progress'));
    assert.ok(lines.includes('  risk MAPLE-RISK-2: Backups never restored in a test  (line 58, oscal)'));
    assert.ok(lines.includes('    no action read'));
  });

  it('--format json gives one array of plans, each value with its line', () => {
    const run = rmplint(['outline', '--format', 'json', 'problems.rmp.md']);
    assert.equal(run.status, 0);
    const [plan] = JSON.parse(run.stdout);
    assert.equal(plan.file, 'problems.rmp.md');
    assert.equal(plan.format, 'markdown');
    assert.ok(plan.risks.length > 0);
    for (const risk of plan.risks) {
      assert.ok(Number.isInteger(risk.line));
      for (const action of risk.actions) assert.ok(Number.isInteger(action.line));
    }
  });

  it('outline reads a Markdown risk\'s treatment as the rules do (a residual judged acceptable is accepted)', () => {
    const run = rmplint(['outline', path.join(ROOT, 'test', 'fixtures', 'styles', 'egret-register-acceptance.rmp.md')]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /treatment: acceptable -> accept\n/);
  });

  it('outline shows controls beside a residual rating as controls in place, and an accepted risk\'s as its compensating controls', () => {
    const dir = tempDir();
    const file = path.join(dir, 'controls.rmp.md');
    fs.writeFileSync(file, [
      '# Risk register', '', '## Risks', '',
      '### R-1: Lobby PC left logged in', '', '- **Existing controls:** 5-minute screen lock', '- **Residual risk:** Low', '',
      '### R-2: Imaging PC runs an old OS', '', '- **Treatment:** Accept', '- **Compensating controls:** own VLAN, no internet access', '',
    ].join('\n'));
    const run = rmplint(['outline', file]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /risk R-1: [^\n]*\n(?: {4}[^\n]*\n)*? {4}existing controls: 5-minute screen lock\n/);
    assert.match(run.stdout, /risk R-2: [^\n]*\n(?: {4}[^\n]*\n)*? {4}acceptance compensating controls: own VLAN, no internet access\n/);
    // The rating beside the priority is shown as read (session 26: a Severity column kept as the rating beside a Priority column).
    assert.match(run.stdout, /risk R-1: [^\n]*\n(?: {4}[^\n]*\n)*? {4}residual risk: Low\n/);
  });

  it('outline shows a section heading as a tier only where it would be one: a risk with no priority of its own (set 85)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'tracker.md');
    fs.writeFileSync(file, [
      '# Remediation Tracker', '', '## 📌 Instructions', '',
      '| ID | Finding | Severity | Owner | Target Date | Status | Action |', '|---|---|---|---|---|---|---|',
      '| F-1 | Shared admin login | High | IT Lead | 2026-03-31 | Open | Issue named admin accounts |',
      '| F-2 | No restore test | | IT Lead | 2026-04-30 | Open | Restore last week\'s backup to a spare PC |', '',
      '## This week', '', '| ID | Finding | Owner | Due | Status | Action |', '|---|---|---|---|---|---|',
      '| F-3 | Lobby PC unlocked | Office Manager | 2026-02-01 | Open | Set a 5-minute screen lock |', '',
    ].join('\n'));
    const run = rmplint(['outline', file]);
    assert.equal(run.status, 0);
    // F-1 is graded by its row: the heading above it is the section it sits in, not its tier.
    assert.match(run.stdout, /risk F-1: [^\n]*\n {4}priority: High\n/);
    // F-2 has no priority: the heading was taken for its tier, and says why missing-priority finds none.
    assert.match(run.stdout, /risk F-2: [^\n]*\n {4}tier: 📌 Instructions -> not a known tier \| priority: \(empty\)\n/);
    assert.match(run.stdout, /risk F-3: [^\n]*\n {4}tier: This week -> this-week\n/);
  });

  it('outline calls a justification and compensating controls an acceptance\'s only when the risk is accepted (set 85)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'poam.md');
    fs.writeFileSync(file, [
      '# Plan of Action and Milestones', '', '## POA&M Items', '',
      '### POAM-001: Access control policy not approved', '', '**Priority:** High', '',
      '**Justification:** Technical enforcement is in place; the written policy awaits signature', '',
      '**Compensating Controls:** Conditional access rules enforce the policy today', '',
      '**Action:** Obtain the approving official\'s signature', '**Owner:** ISSO', '**Due:** 2026-03-31', '',
    ].join('\n'));
    const run = rmplint(['outline', file]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /\n {4}rationale: Technical enforcement is in place/);
    assert.match(run.stdout, /\n {4}compensating controls: Conditional access rules/);
    assert.doesNotMatch(run.stdout, /acceptance /);
  });

  it('lint finds OSCAL POA&Ms in a folder, JSON and YAML, and never offers to fix them', () => {
    const run = rmplint(['--today', TODAY, '.'], { cwd: OSCAL });
    assert.match(run.stdout, / in 3 plans\n$/);
    assert.match(run.stdout, /^clinic-poam\.json:58:7 {2}error {2}Risk MAPLE-RISK-2 has no planned action\./m);
    const fixed = rmplint(['--today', TODAY, '--fix', 'clinic-poam.json'], { cwd: OSCAL });
    assert.equal(fixed.stderr, '', 'nothing written');
  });

  it('says why a named file is not outlined, and exits 2 for a missing one', () => {
    const skipped = rmplint(['outline', 'plans/notes.md']);
    assert.equal(skipped.status, 0);
    assert.equal(skipped.stdout, '');
    assert.match(skipped.stderr, /plans\/notes\.md: skipped, not read as a plan: its title "Meeting notes" does not name a plan/);
    assert.equal(rmplint(['outline', 'nope.rmp.md']).status, 2);
    assert.equal(rmplint(['outline']).status, 2);
  });
});
