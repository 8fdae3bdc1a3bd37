// Hostile inputs through the real CLI (dist/cli.js), each in its own process so its time
// and peak memory are measured: each ends with a clear finding or message, in bounded
// time and memory. Large files are generated in a temporary folder, never committed.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../plan-files';

const CLI = join(REPO, 'dist', 'cli.js');
const REPORT_USAGE = join(REPO, 'test', 'fixtures', 'hostile', 'report-usage.js');
/**
 * A hang guard, not a speed test (speed is measured by npm run regex-bench and the printed
 * figures): a run still going after this long is killed and fails. Memory is bounded too.
 */
const HANG_GUARD_SECONDS = 120;
const MAX_PEAK_MB = 1_000;

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly findings: { rule: string; line: number; severity: string; message: string }[];
  readonly stderr: string;
  readonly seconds: number;
  readonly peakMb: number;
}

const measured: string[] = [];

function lintFile(dir: string, name: string, content: string | Buffer, flags: string[] = []): Run {
  const file = join(dir, name);
  writeFileSync(file, content);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', REPORT_USAGE, CLI, '--today', '2026-06-15', '--format', 'json', ...flags, file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: HANG_GUARD_SECONDS * 1_000,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /RMPLINT_PEAK_RSS_KB (\d+)/.exec(result.stderr ?? '');
  const peakMb = peak ? Number(peak[1]) / 1024 : NaN;
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  measured.push(`${name.padEnd(34)} ${(size / 1e6).toFixed(2).padStart(7)} MB  ${seconds.toFixed(2).padStart(6)} s  ${peakMb.toFixed(0).padStart(5)} MB peak`);
  const findings = result.stdout && !result.signal ? JSON.parse(result.stdout) : [];
  return { status: result.status, signal: result.signal, findings, stderr: result.stderr.replace(/\nRMPLINT_PEAK_RSS_KB \d+\n/, ''), seconds, peakMb };
}

function assertBounded(run: Run): void {
  assert.equal(run.signal, null, `killed by the hang guard after ${run.seconds.toFixed(0)} s`);
  assert.ok(run.peakMb < MAX_PEAK_MB, `peak memory ${run.peakMb.toFixed(0)} MB`);
  assert.doesNotMatch(run.stderr, /internal error|at .*\.js:\d+/, 'no crash or stack trace');
}

/** A realistic heading-form risk, about 220 bytes and 8 lines. */
function risk(i: number): string {
  return `### R-${i}: Unencrypted laptop ${i}\n- **Priority:** High\n- **Action:** Encrypt laptop ${i} with BitLocker\n- **Owner:** Office Manager\n- **Due:** 2026-09-01\n- **Status:** Open\n\n`;
}

function aliasBomb(): string {
  const lines = ['plan:', '  title: Billion laughs', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  return `${lines.join('\n')}\nrisks: []\n`;
}

describe('hostile inputs through the CLI: a clear finding or message, bounded time and memory', function () {
  this.timeout(HANG_GUARD_SECONDS * 2_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rmplint-hostile-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`\n      input                              size       time   peak memory\n${measured.map((m) => `      ${m}`).join('\n')}\n`);
  });

  it('a YAML alias bomb ("billion laughs") is refused, not expanded', () => {
    const run = lintFile(dir, 'alias-bomb.rmp.yaml', aliasBomb());
    assertBounded(run);
    assert.deepEqual(run.findings.map((f) => f.rule), ['syntax']);
    assert.match(run.findings[0].message, /expand to more than 100 copies/);
  });

  it('10,000-level nesting in YAML is a syntax finding', () => {
    const flow = lintFile(dir, 'nested-flow.rmp.yaml', `plan: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nrisks: []\n`);
    assertBounded(flow);
    assert.deepEqual(flow.findings.map((f) => f.rule), ['syntax']);
    assert.match(flow.findings[0].message, /nested more than 200 levels/);
    let block = 'plan:\n  title: x\nrisks:\n';
    for (let i = 0; i < 10_000; i++) block += `${' '.repeat(2 + (i % 100))}${'- '.repeat(Math.floor(i / 100))}k${i}:\n`;
    const run = lintFile(dir, 'nested-block.rmp.yaml', block);
    assertBounded(run);
    assert.deepEqual(run.findings.map((f) => f.rule), ['syntax']);
    const frontMatter = lintFile(dir, 'nested-front-matter.rmp.md', `---\ntype: risk-management-plan\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n---\n# Risk management plan\n`);
    assertBounded(frontMatter);
    assert.ok(frontMatter.findings.some((f) => f.rule === 'syntax' && /nested more than 200 levels/.test(f.message)));
  });

  it('2 MB of short nested lists (a million YAML nodes) is refused before parsing', () => {
    const line = `${'- '.repeat(30)}x\n`;
    const run = lintFile(dir, 'node-bomb.rmp.yaml', line.repeat(Math.floor(1_990_000 / line.length)));
    assertBounded(run);
    assert.deepEqual(run.findings.map((f) => f.rule), ['syntax']);
    assert.match(run.findings[0].message, /more than 100,000 list items and brackets/);
  });

  it('2 MB of unmatched closing brackets (an error object each in the parser) is refused before parsing', () => {
    const run = lintFile(dir, 'closers.rmp.yaml', `plan:\n  title: x\nrisks:\n${']'.repeat(1_900_000)}\n`);
    assertBounded(run);
    assert.deepEqual(run.findings.map((f) => f.rule), ['syntax']);
    assert.match(run.findings[0].message, /more than 100,000 list items and brackets/);
  });

  it('10,000-level nesting in Markdown (quotes, lists, brackets) lints', () => {
    const text = `# Risk management plan\n\n${'>'.repeat(10_000)} deep\n\n${'- '.repeat(10_000)}item\n\n${'['.repeat(10_000)}x${']'.repeat(10_000)}\n\n${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`;
    const run = lintFile(dir, 'nested.rmp.md', text);
    assertBounded(run);
    assert.ok(run.findings.some((f) => f.rule === 'stale-review'), 'the plan-level rules still ran');
  });

  it('a 20 MB plan gets one informational finding: over the size limit', () => {
    let text = '# Risk management plan\n\n## This week\n\n';
    for (let i = 0; text.length < 20_000_000; i++) text += risk(i).repeat(100);
    const run = lintFile(dir, 'twenty-mb.rmp.md', text);
    assertBounded(run);
    assert.equal(run.status, 0);
    assert.deepEqual(run.findings.map((f) => [f.rule, f.line, f.severity]), [['file-too-large', 1, 'info']]);
    assert.match(run.findings[0].message, /20\.\d MB.*size limit/);
  });

  it('a 200,000-line plan: one finding by default, a full lint with the limit raised', () => {
    let text = '# Risk management plan\n\n## This week\n\n';
    for (let i = 0; i < 29_000; i++) text += risk(i);
    assert.ok(text.split('\n').length >= 200_000);
    const limited = lintFile(dir, '200k-lines.rmp.md', text);
    assertBounded(limited);
    assert.deepEqual(limited.findings.map((f) => f.rule), ['file-too-large']);
    const full = lintFile(dir, '200k-lines-full.rmp.md', text, ['--max-file-size', '100000000']);
    assertBounded(full);
    const rules = new Set(full.findings.map((f) => f.rule));
    assert.ok(rules.has('stale-review') && !rules.has('file-too-large'), [...rules].join(', '));
  });

  it('a 1 MB single line, in Markdown and in YAML', () => {
    const markdown = lintFile(dir, 'one-line.rmp.md', `# Risk management plan\n\n### R-001: ${'Encrypt the laptops '.repeat(25_000)}\n- **Action:** ${'x'.repeat(500_000)}\n`);
    assertBounded(markdown);
    assert.ok(markdown.findings.some((f) => f.rule === 'missing-owner'));
    const yaml = lintFile(dir, 'one-line.rmp.yaml', `plan: {title: x}\nrisks: [${'{id: R-1, action: Encrypt the laptops}, '.repeat(24_000)}]\n`);
    assertBounded(yaml);
    assert.ok(yaml.findings.some((f) => f.rule === 'duplicate-risk-id'));
  });

  it('NUL and other binary content: refused with a message, exit 2', () => {
    const run = lintFile(dir, 'binary.rmp.md', Buffer.from([0x23, 0x20, 0x52, 0x00, 0x01, 0xff, 0xfe, 0x0a, 0x00]));
    assertBounded(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /binary\.rmp\.md: is not a text file \(it contains NUL bytes\)/);
  });

  it('invalid UTF-8: read as Windows-1252 and linted, with a message', () => {
    const run = lintFile(dir, 'latin1.rmp.md', Buffer.concat([Buffer.from('# Risk management plan\n\n### R-001: Caf'), Buffer.from([0xe9, 0x0a])]));
    assertBounded(run);
    assert.notEqual(run.status, 2);
    assert.match(run.stderr, /latin1\.rmp\.md: is not valid UTF-8 text; read as Windows-1252/);
  });

  it('control characters, RTL overrides and lone surrogates in a text plan lint normally', () => {
    const run = lintFile(dir, 'controls.rmp.md', '# Risk management plan\n\n### R-001: \u202Egnissim\u202C \u0007\u001b[31m\n- **Action:** \uD800 TBD\n- **Owner:** \u200F\n');
    assertBounded(run);
    assert.ok(run.findings.some((f) => f.rule === 'vague-action'));
  });

  it('__proto__ and constructor keys lint like any unknown key and pollute nothing', () => {
    const run = lintFile(dir, 'proto.rmp.yaml', 'plan:\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\n  title: x\nrisks:\n  - __proto__: {owner: x}\n    id: R-1\n    action: Enable MFA for all portal accounts\n');
    assertBounded(run);
    assert.ok(run.findings.filter((f) => f.rule === 'schema').length >= 2, 'the keys are reported as unknown');
    assert.ok(run.findings.some((f) => f.rule === 'missing-owner'), 'an owner under __proto__ is not an owner');
  });
});
