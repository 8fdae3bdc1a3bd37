// Faults: a rule that throws is isolated end to end (the CLI and the real server process:
// the other rules still report, the error is logged once, the user sees one
// internal-error finding); a cancelled request returns cleanly; --fix leaves the original
// untouched when writing fails, and writes new lines with the file's own line endings.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, CancellationTokenSource } from 'vscode-jsonrpc/node';
import { RULES } from '../../server/out/rules';
import type { RuleModule } from '../../server/out/engine/rule';
import { INTERNAL_ERROR_RULE } from './lint-with-registry';
import { runLint } from '../../server/out/cli/lint-command';
import { fixUntilStable, writeFixedFile } from '../../server/out/cli/fix';
import { FileProblem, readTextFile } from '../../server/out/cli/read-text';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/out/config/settings';
import { REPO } from './plan-files';
import { fileUri, LspHarness } from './lsp-harness';

const TODAY = '2026-06-15';
const PLAN = '# Risk Management Plan\n\n## This week\n\n### R-001: No MFA\n- **Priority:** High\n- **Action:** Enable MFA for all EHR portal accounts\n- **Due:** 2026-10-2\n- **Status:** Open\n';

/** The fixture the server's preload adds to its registry (test/fixtures/hostile). */
const throwing: RuleModule = require(path.join(REPO, 'test/fixtures/hostile/throwing-rule-module.js')).throwingRule;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-faults-'));
}

describe('faults: a rule that throws is isolated', () => {
  it('through the CLI: the other rules report, one internal-error finding, the error logged once per file', () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'a.rmp.md'), PLAN);
      fs.writeFileSync(path.join(dir, 'b.rmp.md'), PLAN);
      let stdout = '';
      let stderr = '';
      const status = runLint({ format: 'json', today: TODAY, fix: false, quiet: false, targets: ['a.rmp.md', 'b.rmp.md'], rules: [...RULES, throwing] }, dir, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
      });
      const findings = JSON.parse(stdout) as { file: string; rule: string; line: number }[];
      for (const file of ['a.rmp.md', 'b.rmp.md']) {
        const rules = findings.filter((f) => f.file === file).map((f) => f.rule);
        assert.equal(rules.filter((r) => r === INTERNAL_ERROR_RULE).length, 1, `${file}: ${rules.join(', ')}`);
        assert.ok(rules.includes('missing-owner') && rules.includes('invalid-date'), `${file}: the other rules ran`);
      }
      assert.equal(stderr.match(/rule always-throws failed/g)?.length, 2, stderr);
      assert.equal(status, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('through the real server process: one internal-error diagnostic, the other rules still report, logged once; a cancelled request returns', async function () {
    this.timeout(20_000);
    const child = spawn(process.execPath, ['-r', path.join(REPO, 'test/fixtures/hostile/throwing-rule.js'), path.join(REPO, 'server/out/programs.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, RMPLINT_TODAY: TODAY },
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const logs: string[] = [];
    const published: { uri: string; diagnostics: { code?: string }[] }[] = [];
    connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: string }[] }) => void published.push(p));
    connection.onNotification(() => undefined);
    connection.onRequest(() => null);
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const uri = pathToFileURL(path.join(os.tmpdir(), 'faults.rmp.md')).href;
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: PLAN } });
      const deadline = Date.now() + 10_000;
      while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const codes = published.find((p) => p.uri === uri)!.diagnostics.map((d) => d.code);
      assert.equal(codes.filter((c) => c === INTERNAL_ERROR_RULE).length, 1, codes.join(', '));
      assert.ok(codes.includes('missing-owner') && codes.includes('invalid-date'), codes.join(', '));
      assert.equal(logs.filter((l) => /rule always-throws/.test(l)).length, 1, logs.join('\n'));

      // A request cancelled before the server answers gets an answer (the fallback), and the server lives on.
      const source = new CancellationTokenSource();
      const hover = connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 5 } }, source.token);
      source.cancel();
      const answer = await hover.then((r) => ({ ok: r }), (e: { code?: number }) => ({ cancelled: e.code }));
      assert.ok('ok' in answer || answer.cancelled === -32800, JSON.stringify(answer));
      const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the server still answers');
      assert.equal(child.exitCode, null, 'the server did not exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

describe('faults: an invalid config file in the language server', () => {
  it('leaves out an invalid key, applies the rest, and shows the problem on its line until it is fixed', async function () {
    this.timeout(20_000);
    const dir = tempDir();
    const rc = path.join(dir, '.rmplintrc.yaml');
    fs.writeFileSync(rc, 'rules:\n  missing-owner: off\n  reviewInterval: 10\n');
    const harness = await LspHarness.start({ workspaceFolder: dir, settings: { today: TODAY } });
    try {
      const planUri = fileUri(path.join(dir, 'plan.rmp.md'));
      await harness.open(planUri, 'markdown', PLAN);
      const planDiagnostics = await harness.diagnosticsFor(planUri, 1);
      assert.ok(!planDiagnostics.some((d) => d.code === 'missing-owner'), 'the rest of the file applies: missing-owner is off');
      const [problem] = await harness.diagnosticsFor(fileUri(rc));
      assert.match(problem.message, /unknown key "rules\.reviewInterval".*the rest of the file applies/);
      assert.equal(problem.severity, 2);
      assert.equal(problem.range.start.line, 2);

      fs.writeFileSync(rc, 'rules:\n  missing-owner: off\n');
      await harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
      await harness.until('the config diagnostic cleared', () => harness.published.get(fileUri(rc))?.diagnostics.length === 0);
    } finally {
      await harness.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to the defaults when the config does not parse, with an error on the file', async function () {
    this.timeout(20_000);
    const dir = tempDir();
    const rc = path.join(dir, '.rmplintrc.yaml');
    fs.writeFileSync(rc, 'rules:\n  missing-owner: [off\n');
    const harness = await LspHarness.start({ workspaceFolder: dir, settings: { today: TODAY } });
    try {
      const planUri = fileUri(path.join(dir, 'plan.rmp.md'));
      await harness.open(planUri, 'markdown', PLAN);
      const planDiagnostics = await harness.diagnosticsFor(planUri, 1);
      assert.ok(planDiagnostics.some((d) => d.code === 'missing-owner'), 'the defaults apply: missing-owner is not off');
      const [problem] = await harness.diagnosticsFor(fileUri(rc));
      assert.match(problem.message, /is not valid YAML.*uses the defaults/);
      assert.equal(problem.severity, 1);
    } finally {
      await harness.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('faults: --fix never loses text', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const FAULTS: { step: string; call: string; code: string }[] = [
    { step: 'writing the temporary file', call: 'writeFileSync', code: 'ENOSPC' },
    { step: 'syncing it to disk', call: 'fsyncSync', code: 'EIO' },
    { step: 'renaming it over the original', call: 'renameSync', code: 'EXDEV' },
  ];
  for (const { step, call, code } of FAULTS) {
    it(`leaves the original untouched and no temporary file when ${step} fails (${code})`, () => {
      const file = path.join(dir, 'plan.rmp.md');
      fs.writeFileSync(file, PLAN);
      const original = readTextFile(file, 'plan.rmp.md');
      // The CommonJS module object the compiled CLI calls into (the ES namespace is read-only).
      const fsModule = require('node:fs') as Record<string, unknown>;
      const real = fsModule[call];
      fsModule[call] = () => {
        throw Object.assign(new Error(`${code}: injected fault`), { code });
      };
      try {
        assert.throws(() => writeFixedFile(file, 'plan.rmp.md', original, 'garbled'), (e: unknown) => e instanceof FileProblem && /fixes not written/.test(e.message));
      } finally {
        fsModule[call] = real;
      }
      assert.equal(fs.readFileSync(file, 'utf8'), PLAN);
      assert.deepEqual(fs.readdirSync(dir), ['plan.rmp.md']);
    });
  }

  it('writes inserted lines with the file\'s CRLF line endings', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const settings = mergeSettings(DEFAULT_SETTINGS, { defaultOwner: 'Office Manager' });
    const { text } = fixUntilStable(crlf, 'markdown', { today: TODAY, settings, rules: RULES });
    assert.ok(text.includes('- **Owner:** Office Manager\r\n'), JSON.stringify(text));
    assert.ok(text.includes('2026-10-02'));
    assert.doesNotMatch(text, /[^\r]\n/, 'every line ends in CRLF');
  });
});
