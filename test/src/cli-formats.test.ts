// The CI formats and the flags around them, each checked against what consumes it: GitHub's
// workflow-command grammar and escaping, a JUnit XML parser, GitLab's Code Quality fields as a
// JSON Schema (test/fixtures/schemas/gitlab-code-quality.schema.json, transcribed from GitLab's
// documentation). Run through the built dist/cli.js.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RULES } from '../../server/out/rules';
import { escapeData, escapeProperty } from '../../server/out/cli/github';
import { wantsColour } from '../../server/out/cli/colour';
import { CLI, CLI_FIXTURES, ROOT, rmplint, tempDir, type JsonFinding } from './cli-run';

const TODAY = '2026-06-15';

function jsonFindings(args: readonly string[], cwd?: string): JsonFinding[] {
  return JSON.parse(rmplint(['--format', 'json', '--today', TODAY, ...args], { cwd }).stdout) as JsonFinding[];
}

before(function () {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
});

// The workflow-command grammar (docs.github.com, "Workflow commands for GitHub Actions"):
// ::command key=value,key=value::message, one per line; values and message escaped as the runner's toolkit does.
const ANNOTATION = /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_m, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function parseAnnotation(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = ANNOTATION.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const properties = Object.fromEntries(m[2].split(',').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), unescape(pair.slice(at + 1))];
  }));
  return { command: m[1], properties, message: unescape(m[3]) };
}

describe('cli: --format github', () => {
  it('prints one workflow command per finding, placed and worded as the JSON format', () => {
    const run = rmplint(['--format', 'github', '--today', TODAY, 'problems.rmp.md', 'clean.rmp.md']);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    const json = jsonFindings(['problems.rmp.md', 'clean.rmp.md']);
    assert.equal(lines.length, json.length);
    assert.deepEqual(
      lines.map(parseAnnotation),
      json.map((f) => ({
        command: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice',
        properties: { file: f.file, line: String(f.line), col: String(f.column), endLine: String(f.endLine), endColumn: String(f.endColumn), title: `rmplint/${f.rule}` },
        message: f.message,
      })),
    );
  });

  it('escapes a file name with %, comma and colon so it reads back whole', () => {
    const dir = tempDir();
    const name = 'plan 100%, v2: draft.rmp.md';
    fs.copyFileSync(path.join(CLI_FIXTURES, 'problems.rmp.md'), path.join(dir, name));
    const run = rmplint(['--format', 'github', '--today', TODAY, name], { cwd: dir });
    const annotations = run.stdout.trimEnd().split('\n').map(parseAnnotation);
    assert.ok(annotations.length > 0);
    for (const a of annotations) assert.equal(a.properties.file, name);
    assert.match(run.stdout, /file=plan 100%25%2C v2%3A draft\.rmp\.md,/);
  });

  it('escapes as the runner unescapes: data %, CR, LF; properties also : and ,', () => {
    assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext%3A a%2Cb');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '%', ':', ',', '\r', '\n', '2', '5', 'A', ' ') }), (s) => {
        assert.equal(unescape(escapeData(s)), s);
        assert.equal(unescape(escapeProperty(s)), s);
        assert.doesNotMatch(escapeData(s), /[\r\n]/);
        assert.doesNotMatch(escapeProperty(s), /[\r\n:,]/);
      }),
    );
  });

  it('prints nothing for a clean plan', () => {
    const run = rmplint(['--format', 'github', '--today', TODAY, 'clean.rmp.md']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
  });
});

describe('cli: --format junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });
  interface Case { classname: string; name: string; failure?: { type: string; message: string; '#text': string } }
  interface Suite { name: string; tests: string; failures: string; testcase: Case[] }

  function junit(args: readonly string[], cwd?: string): { status: number | null; suites: Suite[]; root: Record<string, string> } {
    const run = rmplint(['--format', 'junit', '--today', TODAY, ...args], { cwd });
    assert.equal(XMLValidator.validate(run.stdout), true, 'well-formed XML');
    const doc = parser.parse(run.stdout);
    return { status: run.status, suites: doc.testsuites.testsuite as Suite[], root: doc.testsuites };
  }

  it('has one testsuite per plan, one failing testcase per finding, one passing testcase per clean plan', () => {
    const { status, suites, root } = junit(['problems.rmp.md', 'clean.rmp.md']);
    assert.equal(status, 1);
    const json = jsonFindings(['problems.rmp.md', 'clean.rmp.md']);
    assert.deepEqual(suites.map((s) => s.name), ['problems.rmp.md', 'clean.rmp.md']);
    const [problems, clean] = suites;
    assert.deepEqual(
      problems.testcase.map((c) => ({ type: c.failure?.type, message: c.failure?.message, classname: c.classname })),
      json.map((f) => ({ type: f.rule, message: f.message, classname: f.file })),
    );
    assert.equal(problems.failures, String(json.length));
    assert.equal(problems.tests, String(json.length));
    assert.equal(clean.testcase.length, 1);
    assert.equal(clean.testcase[0].failure, undefined);
    assert.equal(clean.failures, '0');
    assert.equal(root.tests, String(json.length + 1));
    assert.equal(root.failures, String(json.length));
  });

  it('escapes XML in file names and messages', () => {
    const dir = tempDir();
    const name = 'a&b <"draft">.rmp.md';
    fs.copyFileSync(path.join(CLI_FIXTURES, 'problems.rmp.md'), path.join(dir, name));
    const { suites } = junit([name], dir);
    assert.equal(suites[0].name, name);
    assert.ok(suites[0].testcase.some((c) => c.failure?.message.includes('"TBD"')));
  });
});

describe('cli: --format gitlab', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'schemas', 'gitlab-code-quality.schema.json'), 'utf8')));
  interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

  function gitlab(args: readonly string[], cwd?: string): Issue[] {
    const run = rmplint(['--format', 'gitlab', '--today', TODAY, ...args], { cwd });
    const report = JSON.parse(run.stdout) as Issue[];
    assert.ok(validate(report), ajv.errorsText(validate.errors));
    return report;
  }

  it('is a Code Quality report GitLab reads: one issue per finding, placed as the JSON format', () => {
    const json = jsonFindings(['problems.rmp.md', 'plans']);
    const issues = gitlab(['problems.rmp.md', 'plans']);
    assert.deepEqual(
      issues.map((i) => [i.location.path, i.location.lines.begin, i.check_name, i.description, i.severity]),
      json.map((f) => [f.file, f.line, f.rule, f.message, f.severity === 'error' ? 'major' : f.severity === 'warning' ? 'minor' : 'info']),
    );
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
  });

  it('keeps each fingerprint when lines move, and tells apart two findings alike but for their line', () => {
    const dir = tempDir();
    const original = fs.readFileSync(path.join(CLI_FIXTURES, 'problems.rmp.md'), 'utf8');
    // Two actions of one risk with the same placeholder owner: alike but for the line.
    const twice = original.replace('- **Owner:** Office Manager', '- **Owner:** TBD');
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), twice);
    const before = gitlab(['plan.rmp.md'], dir);
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), twice.replace('## This week\n', '## This week\n\nThese come first.\n\n'));
    const after = gitlab(['plan.rmp.md'], dir);
    assert.equal(after.length, before.length);
    assert.notDeepEqual(after.map((i) => i.location.lines.begin), before.map((i) => i.location.lines.begin), 'the lines moved');
    assert.deepEqual(after.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
    assert.equal(before.filter((i) => i.check_name === 'missing-owner').length, 2);
    assert.equal(new Set(before.map((i) => i.fingerprint)).size, before.length);
  });

  it('prints an empty array for clean plans', () => {
    assert.deepEqual(gitlab(['clean.rmp.md']), []);
  });
});

describe('cli: --format sarif against the SARIF 2.1.0 schema', () => {
  // test/fixtures/schemas/sarif-2.1.0-subset.schema.json: our transcription of the specification's required properties.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///checkout/') && !/\s/.test(s));
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'schemas', 'sarif-2.1.0-subset.schema.json'), 'utf8')));

  it('validates with findings, a skipped file, an absolute path and a name with spaces and %', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(CLI_FIXTURES, 'problems.rmp.md'), path.join(dir, 'plan 100% draft.rmp.md'));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Meeting notes\n');
    const run = rmplint(['--format', 'sarif', '--today', TODAY, 'plan 100% draft.rmp.md', 'notes.md', path.join(CLI_FIXTURES, 'problems.rmp.md')], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    assert.equal(log.runs[0].results.length, 6);
    assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 1);
  });

  it('checks what it says: a result without a message, or a line 0, is refused', () => {
    const log = JSON.parse(rmplint(['--format', 'sarif', '--today', TODAY, 'problems.rmp.md']).stdout);
    const noMessage = structuredClone(log);
    delete noMessage.runs[0].results[0].message;
    assert.equal(validate(noMessage), false);
    const lineZero = structuredClone(log);
    lineZero.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(lineZero), false);
  });
});

describe('cli: --max-warnings', () => {
  const oneWarning = ['--today', '2026-10-01', 'clean.rmp.md'];

  it('exits 1 when warnings exceed the number, 0 at it, as ESLint does', () => {
    assert.equal(rmplint(['--max-warnings', '1', ...oneWarning]).status, 0);
    const over = rmplint(['--max-warnings', '0', ...oneWarning]);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /1 warning found, more than --max-warnings 0/);
  });

  it('leaves exit 1 for errors as it was, and refuses a value that is not a count', () => {
    assert.equal(rmplint(['--max-warnings', '100', '--today', TODAY, 'problems.rmp.md']).status, 1);
    for (const bad of ['-1', 'many', '1.5']) assert.equal(rmplint([`--max-warnings=${bad}`, ...oneWarning]).status, 2, bad);
  });
});

describe('cli: --output-file', () => {
  it('writes the report to the file (making its folder), not stdout, with the same exit status', () => {
    const dir = tempDir();
    for (const flag of ['--output-file', '-o']) {
      const target = path.join(dir, flag, 'reports', 'rmplint.sarif');
      const run = rmplint(['--format', 'sarif', '--today', TODAY, flag, target, 'problems.rmp.md']);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      assert.equal(JSON.parse(fs.readFileSync(target, 'utf8')).runs[0].results.length, 3);
      assert.deepEqual(fs.readdirSync(path.dirname(target)), ['rmplint.sarif'], 'no temp file left');
    }
  });

  it('exits 2 when the file cannot be written', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'file'), '');
    const run = rmplint(['--today', TODAY, '-o', path.join(dir, 'file', 'report.txt'), 'clean.rmp.md']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot be written/);
  });
});

describe('cli: a plan on stdin', () => {
  const problems = fs.readFileSync(path.join(CLI_FIXTURES, 'problems.rmp.md'), 'utf8');

  it('lints "-" under the --stdin-filename, with the settings that name finds', () => {
    const asIs = JSON.parse(rmplint(['--format', 'json', '--today', TODAY, '-', '--stdin-filename', 'configured/team/plan.rmp.md'], { input: problems }).stdout) as JsonFinding[];
    // The configured folder turns missing-owner off and makes overdue-action an error: the stdin plan got those settings.
    assert.deepEqual(
      asIs.map((f) => `${f.file} ${f.rule} ${f.severity}`),
      ['configured/team/plan.rmp.md overdue-action error', 'configured/team/plan.rmp.md invalid-date warning'],
    );
  });

  it('reads the format from the name: YAML for .rmp.yaml, Markdown without a name', () => {
    const yaml = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'export', 'register.rmp.yaml'), 'utf8');
    const run = rmplint(['--today', TODAY, '-', '--stdin-filename', 'register.rmp.yaml'], { input: yaml });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '0 errors, 0 warnings in 1 plan\n');
    const unnamed = rmplint(['--format', 'json', '--today', TODAY, '-'], { input: problems });
    assert.deepEqual((JSON.parse(unnamed.stdout) as JsonFinding[]).map((f) => `${f.file}:${f.line}:${f.rule}`), jsonFindings(['problems.rmp.md']).map((f) => `<stdin>:${f.line}:${f.rule}`));
  });

  it('refuses --fix on stdin, a second "-", and --stdin-filename without "-"', () => {
    assert.equal(rmplint(['--fix', '-'], { input: problems }).status, 2);
    assert.equal(rmplint(['-', '-'], { input: problems }).status, 2);
    const run = rmplint(['--stdin-filename', 'x.rmp.md', 'clean.rmp.md']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /give "-" too/);
  });
});

describe('cli: --list-rules and --print-config', () => {
  it('lists every registered rule with its default severity and description', () => {
    const run = rmplint(['--list-rules']);
    assert.equal(run.status, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => l.split(/\s{2,}/)), RULES.map((r) => [r.id, r.defaultSeverity, r.description]));
    const json = JSON.parse(rmplint(['--list-rules', '--format', 'json']).stdout);
    assert.deepEqual(json, RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description })));
  });

  it('prints the settings that apply to a file: its nearest .rmplintrc over the defaults, every rule resolved', () => {
    const configured = JSON.parse(rmplint(['--print-config', 'configured/team/plan.rmp.md']).stdout);
    assert.equal(configured.rules['missing-owner'], 'off');
    assert.equal(configured.rules['overdue-action'], 'error');
    assert.equal(configured.rules['vague-action'], 'warning');
    assert.deepEqual(Object.keys(configured.rules), RULES.map((r) => r.id));
    assert.equal(configured.reviewIntervalDays, 365);
    const plain = JSON.parse(rmplint(['--print-config', 'clean.rmp.md']).stdout);
    assert.deepEqual(plain.rules, Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])));
    const explicit = JSON.parse(rmplint(['--print-config', 'clean.rmp.md', '--config', 'configured/.rmplintrc.json']).stdout);
    assert.equal(explicit.rules['missing-owner'], 'off');
    const broken = rmplint(['--print-config', 'clean.rmp.md', '--config', 'absent.json']);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /absent\.json: cannot be read/);
  });
});

describe('cli: colour', () => {
  const ANSI = /\u001b\[\d+m/;
  const args = ['--today', TODAY, 'problems.rmp.md'];

  it('is off when piped, on with FORCE_COLOR or --color, and the text is the same without its codes', () => {
    const plain = rmplint(args).stdout;
    assert.doesNotMatch(plain, ANSI);
    for (const run of [rmplint(args, { env: { FORCE_COLOR: '1' } }), rmplint(['--color', ...args])]) {
      assert.match(run.stdout, ANSI);
      assert.equal(run.stdout.replace(/\u001b\[\d+m/g, ''), plain);
    }
    assert.doesNotMatch(rmplint(args, { env: { FORCE_COLOR: '0' } }).stdout, ANSI);
    assert.doesNotMatch(rmplint(['--no-color', ...args], { env: { FORCE_COLOR: '1' } }).stdout, ANSI);
  });

  it('follows NO_COLOR and FORCE_COLOR on a terminal as Node does', () => {
    assert.equal(wantsColour(undefined, {}, true), true);
    assert.equal(wantsColour(undefined, {}, false), false);
    assert.equal(wantsColour(undefined, { NO_COLOR: '1' }, true), false);
    assert.equal(wantsColour(undefined, { NO_COLOR: '' }, true), true, 'an empty NO_COLOR is not set (no-color.org)');
    assert.equal(wantsColour(undefined, { TERM: 'dumb' }, true), false);
    assert.equal(wantsColour(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
    assert.equal(wantsColour(undefined, { FORCE_COLOR: 'false' }, true), false);
    assert.equal(wantsColour(false, { FORCE_COLOR: '1' }, true), false);
    assert.equal(wantsColour(true, { NO_COLOR: '1' }, false), true);
  });

  it('never colours a report written to a file unless --color asks', () => {
    const dir = tempDir();
    rmplint(['-o', path.join(dir, 'a.txt'), ...args], { env: { FORCE_COLOR: '1' } });
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), ANSI);
  });
});
