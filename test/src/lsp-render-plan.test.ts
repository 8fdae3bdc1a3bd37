// The preview's request (rmplint/renderPlan): the plan rendered by the server from the
// analysis its diagnostics come from, so the preview and the Problems panel agree on what
// is a plan. The extension host used to decide that itself and disagreed with `include`.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDER_PLAN_REQUEST, type PreviewBlock, type RenderPlanResult } from '../../server/out/protocol';
import { fileUri, LspHarness } from './lsp-harness';
import { commitFile, newRepo } from './git-repo';

describe('lsp: the rendered plan for the preview and the export', function () {
  let server: LspHarness;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-render-'));
    writeFileSync(join(folder, '.rmplintrc.json'), JSON.stringify({ include: ['compliance/**/*.md'] }));
    mkdirSync(join(folder, 'compliance', '2026'), { recursive: true });
    server = await LspHarness.start({ settings: { today: '2026-06-15' }, workspaceFolder: folder });
  });
  after(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("renders a file .rmplintrc's include names as a plan, with the findings its diagnostics show", async () => {
    const file = join(folder, 'compliance', '2026', 'plan.md');
    const text = '# Notes\n\n### R-001: Laptops\n- **Action:** TBD\n';
    writeFileSync(file, text);
    await server.open(fileUri(file), 'markdown', text);
    const diagnostics = await server.diagnosticsFor(fileUri(file), 1);
    assert.ok(diagnostics.some((d) => d.code === 'vague-action'), 'the server lints it');
    const rendered = await server.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: fileUri(file) });
    assert.equal(rendered.plan, true);
    assert.ok(rendered.plan && rendered.html?.includes('data-rule="vague-action"'), 'the badge of the same finding');
  });

  it('says a file outside include is not a plan, as the diagnostics do', async () => {
    const file = join(folder, 'notes.md');
    writeFileSync(file, '# Notes\n');
    await server.open(fileUri(file), 'markdown', '# Notes\n');
    assert.deepEqual(await server.request(RENDER_PLAN_REQUEST, { uri: fileUri(file) }), { plan: false });
  });

  it('returns the whole webview page or the self-contained export when asked', async () => {
    const file = join(folder, 'compliance', '2026', 'plan.md');
    const webview = { cspSource: 'vscode-resource:', styleUri: 'style.css', scriptUri: 'preview.js', nonce: 'abc123', state: { uri: 'x' } };
    const page = await server.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: fileUri(file), webview });
    assert.ok(page.plan && page.page?.includes('nonce="abc123"') && page.page.includes('<div id="plan">'));
    const exported = await server.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: fileUri(file), export: true });
    assert.ok(exported.plan && exported.page?.includes('<style>') && !exported.page.includes('<script'));
  });

  it("answers the preview's update with the HTML of the blocks it lacks only", async () => {
    const file = join(folder, 'compliance', '2026', 'blocks.md');
    const risk = (id: string, title: string) => `### ${id}: ${title}\n- **Action:** Encrypt the laptops\n- **Owner:** Ana\n- **Due:** 2026-09-01\n\n`;
    const text = `# Plan\n\n${risk('R-001', 'Laptops')}${risk('R-002', 'Backups')}${risk('R-003', 'Email')}`;
    await server.open(fileUri(file), 'markdown', text);
    const first = await server.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: fileUri(file), have: [] });
    assert.ok(first.plan && first.blocks && first.html === undefined);
    const keys: string[] = [];
    const keysOf = (b: PreviewBlock) => {
      keys.push(b.key);
      b.children?.forEach(keysOf);
    };
    keysOf(first.blocks);
    const edited = text.replace('Backups', 'Backups offsite');
    await server.change(fileUri(file), edited);
    const next = await server.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: fileUri(file), have: keys });
    assert.ok(next.plan && next.blocks);
    const sent: string[] = [];
    const walk = (b: PreviewBlock) => {
      if (b.html !== undefined) sent.push(b.html);
      b.children?.forEach(walk);
    };
    walk(next.blocks);
    assert.equal(sent.length, 1);
    assert.match(sent[0], /Backups offsite/);
  });
});

describe('lsp: "Since the last review" in the rendered plan', function () {
  this.timeout(30000);
  const plan = (status: string) =>
    `---\ntype: risk-management-plan\nlastReviewed: 2026-01-15\n---\n# Plan\n\n### R-1: Shared logins\n- **Action:** Create named accounts\n- **Owner:** Ann Park\n- **Due:** 2026-09-01\n- **Status:** ${status}\n`;
  let server: LspHarness;
  let dir: string;
  before(async () => {
    dir = newRepo('rmplint-lsp-since-');
    commitFile(dir, 'plan.rmp.md', plan('Open'), '2026-01-15T09:00:00Z');
    server = await LspHarness.start({ settings: { today: '2026-06-15' }, workspaceFolder: dir });
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows the editor, and a new commit (HEAD moved) adds a point to the chart', async () => {
    const uri = fileUri(join(dir, 'plan.rmp.md'));
    await server.open(uri, 'markdown', plan('Open'));
    const render = async () => {
      const rendered = await server.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri });
      assert.ok(rendered.plan && rendered.html !== undefined);
      return rendered.html;
    };
    let html = await render();
    assert.match(html, /<h2 id="since-review-heading">Since the last review<\/h2>/);
    assert.match(html, /0 of 1 risk open at the last review addressed over 5 months/);
    assert.match(html, /at each of 1 version of the plan/);
    await server.change(uri, plan('Done'));
    html = await render();
    assert.match(html, /1 of 1 risk open at the last review addressed/);
    assert.match(html, /R-1: Create named accounts, done, not yet committed/);
    assert.match(html, /at each of 2 versions of the plan, 2026-01-15 to 2026-06-15: from 1 open and 0 done to 0 open and 1 done/);
    commitFile(dir, 'plan.rmp.md', plan('Done'), '2026-02-01T09:00:00Z');
    html = await render();
    assert.match(html, /R-1: Create named accounts, done 2026-02-01 \([0-9a-f]{7}\)/);
    assert.match(html, /at each of 2 versions of the plan, 2026-01-15 to 2026-02-01/);
  });
});
