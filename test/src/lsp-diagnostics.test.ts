// Protocol tests: the built server's diagnostics equal the CLI's findings for every plan
// (push and pull), ordinary Markdown/YAML gets nothing, stale results are dropped.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CORPUS, EXAMPLES, FIXTURES, REPO, planFilesIn, type PlanFile } from './plan-files';
import { fileUri, LspHarness, type Diagnostic } from './lsp-harness';

const TODAY = '2026-06-15';
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

interface CliFinding {
  file: string; line: number; column: number; endLine: number; endColumn: number; rule: string; severity: string; message: string;
}

/** The CLI's findings for the files, as diagnostics would show them (0-based). */
function cliDiagnostics(files: readonly PlanFile[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>(files.map((f) => [f.path, []]));
  if (files.length === 0) return byFile;
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(REPO, 'dist', 'cli.js'), '--format', 'json', '--today', TODAY, ...files.map((f) => f.path)], { encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit status 1: errors found
  }
  for (const f of JSON.parse(out) as CliFinding[]) {
    byFile.get(f.file)!.push(key(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1, f.rule, SEVERITY[f.severity], f.message));
  }
  return byFile;
}

function key(line: number, col: number, endLine: number, endCol: number, rule: string, severity: number, message: string): string {
  return `${line + 1}:${col + 1}-${endLine + 1}:${endCol + 1} ${rule} (${severity}) ${message}`;
}

function diagnosticKey(d: Diagnostic): string {
  return key(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, String(d.code), d.severity ?? 0, d.message);
}

function languageOf(file: string): string {
  return /\.ya?ml$/.test(file) ? 'yaml' : 'markdown';
}

const PLANS = [...planFilesIn(CORPUS), ...planFilesIn(EXAMPLES), ...planFilesIn(join(FIXTURES, 'lsp'))];

for (const mode of ['push', 'pull'] as const) {
  describe(`lsp diagnostics (${mode})`, function () {
    let server: LspHarness;
    let expected: Map<string, string[]>;

    before(async function () {
      expected = cliDiagnostics(PLANS);
      server = await LspHarness.start({ pull: mode === 'pull', settings: { today: TODAY } });
    });
    after(() => server?.stop());

    it('has plans to check', function () {
      if (PLANS.length === 0) this.skip();
      assert.ok(PLANS.length > 0);
    });

    for (const plan of PLANS) {
      it(`${plan.name}: diagnostics equal the CLI's findings`, async () => {
        const uri = fileUri(plan.path);
        await server.open(uri, languageOf(plan.path), plan.text);
        const diagnostics = mode === 'push' ? await server.diagnosticsFor(uri, 1) : await server.pull(uri);
        assert.deepEqual(diagnostics.map(diagnosticKey), expected.get(plan.path));
        for (const d of diagnostics) {
          assert.equal(d.source, 'rmplint');
          assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
        }
        await server.close(uri);
      });
    }

    it('gives ordinary Markdown and YAML no diagnostics, lenses or actions', async () => {
      const files = [
        { uri: 'file:///tmp/notes/README.md', lang: 'markdown', text: '# Notes\n\n- **Owner:** TBD\n- **Due:** ASAP\n\n| ID | Action |\n|---|---|\n| R-1 | TBD |\n' },
        { uri: 'file:///tmp/notes/config.yaml', lang: 'yaml', text: 'risks:\n  - id: R-1\n    action: TBD\n' },
      ];
      for (const f of files) {
        await server.open(f.uri, f.lang, f.text);
        const diagnostics = mode === 'push' ? await server.diagnosticsFor(f.uri, 1) : await server.pull(f.uri);
        assert.deepEqual(diagnostics, [], f.uri);
        const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
        assert.deepEqual(await server.request('textDocument/codeLens', { textDocument: { uri: f.uri } }), []);
        assert.deepEqual(await server.request('textDocument/codeAction', { textDocument: { uri: f.uri }, range, context: { diagnostics: [] } }), []);
        assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: f.uri } }), []);
        assert.equal(await server.request('textDocument/hover', { textDocument: { uri: f.uri }, position: { line: 2, character: 5 } }), null);
      }
    });

    it('drops results for versions the editor has moved past', async () => {
      const uri = 'file:///tmp/versions.rmp.md';
      const bad = '# Risk Management Plan\n\n### R-001: Laptops\n- **Action:** TBD\n';
      const good = '# Risk Management Plan\n\n### R-001: Laptops\n- **Action:** Encrypt the four practice laptops with BitLocker\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n';
      await server.open(uri, 'markdown', bad);
      const version = await server.change(uri, good);
      const diagnostics = mode === 'push' ? await server.diagnosticsFor(uri, version) : await server.pull(uri);
      assert.ok(!diagnostics.some((d) => d.code === 'vague-action' || d.code === 'missing-owner'), JSON.stringify(diagnostics));
      if (mode === 'push') assert.notEqual(server.published.get(uri)?.version, 1);
      await server.close(uri);
    });

    it('answers a document opened again from its new text, though its versions start again at 1', async () => {
      const uri = 'file:///tmp/reopened.rmp.md';
      const vague = '# Risk Management Plan\n\n### R-001: Laptops\n- **Action:** TBD\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n';
      const fine = vague.replace('TBD', 'Encrypt the four practice laptops with BitLocker');
      const vagueOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'vague-action').length;
      await server.open(uri, 'markdown', fine);
      await server.change(uri, vague); // version 2
      const seen = mode === 'push' ? await server.diagnosticsFor(uri, 2) : await server.pull(uri);
      assert.equal(vagueOf(seen), 1);
      const lastReport = mode === 'pull' ? await server.pullReport(uri) : undefined;
      await server.close(uri);
      await server.open(uri, 'markdown', vague); // version 1 again, another text than version 1 before
      assert.equal(vagueOf(mode === 'push' ? await server.diagnosticsFor(uri, 1) : await server.pull(uri)), 1);
      await server.change(uri, fine); // version 2 again, another text than version 2 before
      if (mode === 'push') assert.equal(vagueOf(await server.diagnosticsFor(uri, 2)), 0);
      else {
        const report = await server.pullReport(uri, lastReport!.resultId);
        assert.equal(report.kind, 'full', 'not "unchanged" from the earlier opening');
        assert.equal(vagueOf(report.items!), 0);
      }
      await server.close(uri);
    });

    if (mode === 'pull') {
      it('answers "unchanged" to an edit that changes no diagnostic, and in full to one that does', async () => {
        const uri = 'file:///tmp/unchanged.rmp.md';
        const plan = '# Risk Management Plan\n\nThe practice keeps this plan.\n\n### R-001: Laptops\n- **Action:** TBD\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n';
        await server.open(uri, 'markdown', plan);
        const first = await server.pullReport(uri);
        assert.equal(first.kind, 'full');
        assert.ok(first.items!.some((d) => d.code === 'vague-action'), JSON.stringify(first.items));
        // A word added to a paragraph no finding is about: the same diagnostics, so the same report.
        await server.change(uri, plan.replace('this plan.', 'this plan up to date.'));
        const same = await server.pullReport(uri, first.resultId);
        assert.deepEqual({ kind: same.kind, resultId: same.resultId }, { kind: 'unchanged', resultId: first.resultId });
        // The action made specific: its finding goes, so a full report under a new id.
        await server.change(uri, plan.replace('TBD', 'Encrypt the four practice laptops with BitLocker'));
        const fixed = await server.pullReport(uri, first.resultId);
        assert.equal(fixed.kind, 'full');
        assert.notEqual(fixed.resultId, first.resultId);
        assert.ok(!fixed.items!.some((d) => d.code === 'vague-action'), JSON.stringify(fixed.items));
        // Back to the first text: its diagnostics again, in full, for a client that holds the fixed report.
        await server.change(uri, plan);
        const back = await server.pullReport(uri, fixed.resultId);
        assert.equal(back.kind, 'full');
        assert.deepEqual(back.items, first.items);
        await server.close(uri);
      });
    }
  });
}

describe('lsp settings', function () {
  it('applies rmplint.rules severities and off from workspace/configuration', async () => {
    const server = await LspHarness.start({ settings: { today: TODAY, rules: { 'missing-owner': 'off', 'missing-due-date': 'warning' } } });
    try {
      const uri = 'file:///tmp/settings.rmp.md';
      await server.open(uri, 'markdown', '# Risk Management Plan\n\n### R-001: Laptops\n- **Action:** Encrypt the four practice laptops with BitLocker\n');
      const diagnostics = await server.diagnosticsFor(uri, 1);
      assert.ok(!diagnostics.some((d) => d.code === 'missing-owner'));
      assert.equal(diagnostics.find((d) => d.code === 'missing-due-date')?.severity, 2);
    } finally {
      await server.stop();
    }
  });
});
