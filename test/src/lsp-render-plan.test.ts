// The preview's request (rmplint/renderPlan): the plan rendered by the server from the
// analysis its diagnostics come from, so the preview and the Problems panel agree on what
// is a plan. The extension host used to decide that itself and disagreed with `include`.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDER_PLAN_REQUEST, type PreviewBlock, type RenderPlanResult } from '../../server/out/protocol';
import { fileUri, LspHarness } from './lsp-harness';

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
