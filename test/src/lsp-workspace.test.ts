// Workspace linting: plans in the workspace folders are linted without being opened,
// ordinary files are not, and `.rmplintrc` changes and deletions re-lint.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, LspHarness, type Diagnostic } from './lsp-harness';

const TODAY = '2026-06-15';
const PLAN = '# Risk Management Plan\n\n### R-001: Laptops\n- **Action:** Encrypt the four practice laptops with BitLocker\n- **Due:** 2026-07-01\n';
const NOT_A_PLAN = '# Team notes\n\n- **Owner:** TBD\n';

function rules(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('lsp workspace linting', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-lsp-'));
    writeFileSync(join(folder, 'laptops.rmp.md'), PLAN);
    writeFileSync(join(folder, 'notes.md'), NOT_A_PLAN);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('pushes diagnostics for closed plans, none for other files, and re-lints when .rmplintrc changes or a plan is deleted', async () => {
    const server = await LspHarness.start({ settings: { today: TODAY }, workspaceFolder: folder });
    try {
      const plan = fileUri(join(folder, 'laptops.rmp.md'));
      const first = await server.diagnosticsFor(plan);
      assert.ok(rules(first).includes('missing-owner'), JSON.stringify(first));
      assert.equal(server.published.has(fileUri(join(folder, 'notes.md'))), false);

      writeFileSync(join(folder, '.rmplintrc.json'), JSON.stringify({ rules: { 'missing-owner': 'off' } }));
      server.published.delete(plan);
      await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(folder, '.rmplintrc.json')), type: 1 }] });
      const second = await server.diagnosticsFor(plan);
      assert.ok(!rules(second).includes('missing-owner'), JSON.stringify(second));

      unlinkSync(join(folder, 'laptops.rmp.md'));
      server.published.delete(plan);
      await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: plan, type: 3 }] });
      assert.deepEqual(await server.diagnosticsFor(plan), []);
    } finally {
      await server.stop();
    }
  });

  it('answers workspace/diagnostic in pull mode with the closed plans only', async () => {
    const server = await LspHarness.start({ pull: true, settings: { today: TODAY }, workspaceFolder: folder });
    try {
      const plan = fileUri(join(folder, 'laptops.rmp.md'));
      // The scan runs after `initialized`; the server asks the client to refresh when it is done.
      await server.until('a diagnostics refresh', () => server.serverRequests.includes('workspace/diagnostic/refresh'));
      const report = await server.request<{ items: { uri: string; kind: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
      assert.deepEqual(report.items.map((i) => i.uri), [plan]);
      assert.ok(rules(report.items[0].items!).includes('missing-owner'));
      const again = await server.request<{ items: { uri: string; kind: string }[] }>('workspace/diagnostic', {
        previousResultIds: report.items.map((i) => ({ uri: i.uri, value: (i as unknown as { resultId: string }).resultId })),
      });
      assert.deepEqual(again.items.map((i) => i.kind), ['unchanged']);
    } finally {
      await server.stop();
    }
  });

  it('lints a plan recognised by its title, and a file the .rmplintrc include names, without renaming either (issue 12)', async () => {
    const poam = join(folder, 'poam.md');
    const tracker = join(folder, 'tracker.md');
    writeFileSync(poam, '# Plan of Action and Milestones (POA&M)\n\n### POAM-001: Laptops\n- **Action:** Encrypt the four practice laptops with BitLocker\n- **Due:** 2026-07-01\n');
    writeFileSync(tracker, '# Security work\n\n### R-001: Backups\n- **Action:** Restore last night\'s backup to the spare server and record the time taken\n');
    writeFileSync(join(folder, '.rmplintrc.json'), JSON.stringify({ include: ['tracker.md'] }));
    const server = await LspHarness.start({ settings: { today: TODAY }, workspaceFolder: folder });
    try {
      assert.ok(rules(await server.diagnosticsFor(fileUri(poam))).includes('missing-owner'));
      assert.ok(rules(await server.diagnosticsFor(fileUri(tracker))).includes('missing-due-date'));
      assert.equal(server.published.has(fileUri(join(folder, 'notes.md'))), false);
    } finally {
      await server.stop();
    }
  });

  it('an rmplint.include glob with a folder in it matches paths in the workspace folder', async () => {
    mkdirSync(join(folder, 'compliance'));
    const tracker = join(folder, 'compliance', 'tracker.md');
    writeFileSync(tracker, '# Security work\n\n### R-001: Backups\n- **Action:** Restore last night\'s backup to the spare server and record the time taken\n');
    const server = await LspHarness.start({ settings: { today: TODAY, include: ['compliance/**/*.md'] }, workspaceFolder: folder });
    try {
      assert.ok(rules(await server.diagnosticsFor(fileUri(tracker))).includes('missing-due-date'));
    } finally {
      await server.stop();
    }
  });

  it('lints an OSCAL POA&M opened in the editor, offering no fix into it but a disable comment', async () => {
    const server = await LspHarness.start({ settings: { today: TODAY } });
    try {
      const uri = 'file:///tmp/vendor-poam.yaml';
      const text = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'oscal', 'vendor-poam.yaml'), 'utf8');
      await server.open(uri, 'yaml', text);
      const diagnostics = await server.diagnosticsFor(uri, 1);
      // The closed remediation without evidence: a finding whose fix would write into the OSCAL document.
      const owner = diagnostics.find((d) => d.code === 'missing-validation');
      assert.ok(owner, JSON.stringify(diagnostics));
      const actions = await server.request<{ title: string; edit?: unknown }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: owner.range,
        context: { diagnostics: [owner], only: ['quickfix'] },
      });
      const edits = actions.filter((a) => a.edit).map((a) => a.title);
      assert.ok(edits.every((t) => /disable/i.test(t)), edits.join(', '));
    } finally {
      await server.stop();
    }
  });

  it('lints nothing on disk when rmplint.lintWorkspace is off', async () => {
    const server = await LspHarness.start({ settings: { today: TODAY, lintWorkspace: false }, workspaceFolder: folder });
    try {
      const open = 'file:///tmp/open.rmp.md';
      await server.open(open, 'markdown', PLAN);
      await server.diagnosticsFor(open, 1);
      assert.equal(server.published.has(fileUri(join(folder, 'laptops.rmp.md'))), false);
    } finally {
      await server.stop();
    }
  });
});

describe('lsp after a reload: open editors first, the workspace after (issue 14)', function () {
  let folder: string;
  const RISKS = 150;
  const PLANS = 40;
  /** A plan long enough that linting forty of them takes the server a while. */
  const longPlan = (name: string) =>
    `# Risk Management Plan: ${name}\n\n` +
    Array.from({ length: RISKS }, (_, i) => `### R-${String(i + 1).padStart(3, '0')}: Workstation ${i + 1} has no screen lock\n- **Action:** Look into screen locks\n- **Due:** 2026-07-01\n`).join('\n');
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-lsp-reload-'));
    for (let i = 0; i < PLANS; i++) writeFileSync(join(folder, `site-${i}.rmp.md`), longPlan(`site ${i}`));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('answers the open document before the workspace pull sent just before it', async () => {
    const server = await LspHarness.start({ pull: true, settings: { today: TODAY }, workspaceFolder: folder });
    try {
      await server.until('the workspace scan', () => server.serverRequests.includes('workspace/diagnostic/refresh'));
      const open = fileUri(join(folder, 'site-0.rmp.md'));
      const answered: string[] = [];
      // As VS Code does after a reload: the workspace pull and the restored editor's pull in flight together.
      const workspace = server.request<{ items: unknown[] }>('workspace/diagnostic', { previousResultIds: [] }).then((r) => {
        answered.push('workspace');
        return r;
      });
      await server.open(open, 'markdown', readFileSync(join(folder, 'site-0.rmp.md'), 'utf8'));
      const document = server.pull(open).then((d) => {
        answered.push('document');
        return d;
      });
      const [report, diagnostics] = await Promise.all([workspace, document]);
      assert.ok(rules(diagnostics).includes('missing-owner'));
      assert.ok(report.items.length >= PLANS - 1, `${report.items.length} plans in the workspace report`);
      assert.deepEqual(answered, ['document', 'workspace']);
    } finally {
      await server.stop();
    }
  });
});

describe('lsp workspace pass on an organisation\'s repository (issue 17)', function () {
  this.timeout(60_000);
  const PLANS = 60;
  /** A plan of 20 risks, none with an owner: 20 missing-owner findings (and the plan's own, for its metadata). */
  const planOf = (n: number) =>
    `# Risk Management Plan ${n}\n\n${Array.from({ length: 20 }, (_, i) => `### R-${String(i + 1).padStart(3, '0')}: Laptops ${i}\n- **Action:** Encrypt the four practice laptops with BitLocker\n- **Due:** 2026-07-01\n`).join('\n')}`;
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-lsp-org-'));
    for (let n = 1; n <= PLANS; n++) writeFileSync(join(folder, `plan-${String(n).padStart(2, '0')}.rmp.md`), planOf(n));
    writeFileSync(join(folder, 'open.rmp.md'), planOf(0));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('gives every plan its diagnostics, and answers an edit to an open plan before the pass lints another file', async () => {
    // The pass asks for the settings of its files a batch at a time. The second batch's answer
    // waits until the edit has been sent: the server then has the edit before those files.
    let batches = 0;
    let secondBatch!: () => void;
    const secondBatchAsked = new Promise<void>((resolve) => (secondBatch = resolve));
    let editSent!: () => void;
    const edited = new Promise<void>((resolve) => (editSent = resolve));
    const server = await LspHarness.start({
      settings: { today: TODAY },
      workspaceFolder: folder,
      beforeConfiguration: (items) => {
        if (items.length === 1 || ++batches !== 2) return undefined;
        secondBatch();
        return edited;
      },
    });
    try {
      const open = fileUri(join(folder, 'open.rmp.md'));
      const closed = Array.from({ length: PLANS }, (_, i) => fileUri(join(folder, `plan-${String(i + 1).padStart(2, '0')}.rmp.md`)));
      const isClosed = new Set(closed);
      await server.open(open, 'markdown', planOf(0));
      await server.diagnosticsFor(open, 1);
      await secondBatchAsked;
      const closedBeforeEdit = server.publishOrder.filter((p) => isClosed.has(p.uri)).length;
      const version = await server.change(open, planOf(0).replace('### R-001: Laptops 0\n', '### R-001: Laptops 0\n- **Owner:** Office Manager\n'));
      editSent();
      const afterEdit = await server.diagnosticsFor(open, version);
      assert.equal(rules(afterEdit).filter((r) => r === 'missing-owner').length, 19);
      await server.until('every plan\'s diagnostics', () => closed.every((uri) => server.published.has(uri)), 30_000);
      for (const uri of closed) assert.equal(rules(server.published.get(uri)!.diagnostics).filter((r) => r === 'missing-owner').length, 20, uri);
      // The pass was under way (some plans linted, not all) and linted none while the edit waited.
      const answered = server.publishOrder.findIndex((p) => p.uri === open && p.version === version);
      const closedBeforeAnswer = server.publishOrder.slice(0, answered).filter((p) => isClosed.has(p.uri)).length;
      assert.ok(closedBeforeEdit > 0 && closedBeforeEdit < PLANS, `${closedBeforeEdit} plans linted before the edit`);
      assert.equal(closedBeforeAnswer, closedBeforeEdit, 'plans linted between the edit and its answer');
    } finally {
      await server.stop();
    }
  });
});
