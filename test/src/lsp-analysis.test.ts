// The language server checks a plan against the risk analysis document it names (issue 15,
// point 1): read from disk or from its open editor, linted again when the register changes
// (an edit, or a file event for a closed file), go to definition from a plan risk's ID to the
// register's entry, hover with the analysis's rating, likelihood and impact.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri, LspHarness, type Diagnostic } from './lsp-harness';
import { tempDir } from './cli-run';

const PLAN = `---
type: risk-management-plan
riskAnalysis:
  date: 2026-01-01
  conductedBy: J. Rivera
  document: register.csv
---
# Plan

### RA-01: Shared logins
- **Priority:** High
- **Action:** Create named accounts
- **Owner:** Ann Park
- **Due:** 2026-09-01
`;
const REGISTER = 'ID,Risk,Likelihood,Impact,Rating\nRA-01,Shared logins,Medium,High,High\nRA-02,No backups,High,High,Critical\n';
const TREATED = 'ID,Risk,Likelihood,Impact,Rating\nRA-01,Shared logins,Medium,High,High\nRA-02,No backups,Low,Low,Low\n';

const crossFile = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'untreated-risk' || d.code === 'unknown-risk').map((d) => `${d.code}@${d.range.start.line}`);

describe('lsp: a plan and its risk analysis document', function () {
  this.timeout(30000);
  let server: LspHarness;
  let dir: string;
  let planUri: string;
  let registerUri: string;

  beforeEach(async () => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), PLAN);
    fs.writeFileSync(path.join(dir, 'register.csv'), REGISTER);
    planUri = fileUri(path.join(dir, 'plan.rmp.md'));
    registerUri = fileUri(path.join(dir, 'register.csv'));
    server = await LspHarness.start({ pull: true, settings: { today: '2026-06-01' }, workspaceFolder: dir });
    await server.open(planUri, 'markdown', PLAN);
  });
  afterEach(async () => {
    await server.stop();
  });

  it('reads the register from disk: untreated-risk on the reference', async () => {
    assert.deepEqual(crossFile(await server.pull(planUri)), ['untreated-risk@5']);
  });

  it('follows the register on disk: a file event lints the plan again', async () => {
    assert.deepEqual(crossFile(await server.pull(planUri)), ['untreated-risk@5']);
    fs.writeFileSync(path.join(dir, 'register.csv'), TREATED);
    const refreshes = server.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length;
    await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: registerUri, type: 2 }] });
    await server.until('a diagnostics refresh', () => server.serverRequests.filter((m) => m === 'workspace/diagnostic/refresh').length > refreshes || undefined);
    assert.deepEqual(crossFile(await server.pull(planUri)), []);
  });

  it('follows the register open in an editor, before it is saved', async () => {
    await server.open(registerUri, 'csv', REGISTER);
    assert.deepEqual(crossFile(await server.pull(planUri)), ['untreated-risk@5']);
    await server.change(registerUri, TREATED);
    assert.deepEqual(crossFile(await server.pull(planUri)), []);
    await server.change(registerUri, 'ID,Risk,Rating\nRA-02,No backups,High\n');
    assert.deepEqual(crossFile(await server.pull(planUri)), ['untreated-risk@5', 'unknown-risk@9']);
  });

  it('go to definition from a plan risk ID lands on the register entry', async () => {
    const location = await server.request<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null>('textDocument/definition', {
      textDocument: { uri: planUri },
      position: { line: 9, character: 6 },
    });
    assert.deepEqual(location, { uri: registerUri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } });
    assert.equal(await server.request('textDocument/definition', { textDocument: { uri: planUri }, position: { line: 10, character: 3 } }), null);
  });

  it('and back: from the register entry to the plan risk; find references from either side', async () => {
    await server.pull(planUri);
    await server.open(registerUri, 'csv', REGISTER);
    const back = await server.request('textDocument/definition', { textDocument: { uri: registerUri }, position: { line: 1, character: 2 } });
    const planId = { uri: planUri, range: { start: { line: 9, character: 4 }, end: { line: 9, character: 9 } } };
    const entry = { uri: registerUri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } };
    assert.deepEqual(back, [planId]);
    assert.equal(await server.request('textDocument/definition', { textDocument: { uri: registerUri }, position: { line: 2, character: 2 } }), null, 'RA-02 has no plan risk');
    const references = (uri: string, line: number, character: number) =>
      server.request('textDocument/references', { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } });
    assert.deepEqual(await references(planUri, 9, 5), [planId, entry]);
    assert.deepEqual(await references(registerUri, 1, 1), [planId]);
  });

  it("hover on a plan risk ID shows the analysis's rating, likelihood and impact", async () => {
    const hover = await server.request<{ contents: { value: string }; range: unknown } | null>('textDocument/hover', { textDocument: { uri: planUri }, position: { line: 9, character: 5 } });
    assert.equal(hover?.contents.value, '**RA-01** in the risk analysis (register.csv, line 2): Shared logins\n\nRating: **High** · Likelihood: **Medium** · Impact: **High**');
    assert.deepEqual(hover?.range, { start: { line: 9, character: 4 }, end: { line: 9, character: 9 } });
  });
});

describe('lsp: the rmplint.untreatedRiskRating setting', function () {
  this.timeout(30000);
  const cases: [string, string[]][] = [
    ['', []],
    ['low', ['untreated-risk@5']],
    ['LOW', ['untreated-risk@5']],
    ['lowest', []],
  ];
  for (const [setting, expected] of cases) {
    it(`"${setting}" with a low-rated risk untreated: ${expected.length ? 'reported' : 'not reported (high, the default)'}`, async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'plan.rmp.md'), PLAN);
      fs.writeFileSync(path.join(dir, 'register.csv'), TREATED);
      const planUri = fileUri(path.join(dir, 'plan.rmp.md'));
      const server = await LspHarness.start({ pull: true, settings: { today: '2026-06-01', untreatedRiskRating: setting }, workspaceFolder: dir });
      try {
        await server.open(planUri, 'markdown', PLAN);
        const diagnostics = await server.pull(planUri);
        assert.deepEqual(crossFile(diagnostics), expected);
        if (expected.length) assert.match(diagnostics.find((d) => d.code === 'untreated-risk')!.message, /RA-02/);
      } finally {
        await server.stop();
      }
    });
  }
});
