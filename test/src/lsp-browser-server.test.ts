// The language server's bundle (dist/rmplint.js), run with only a web worker's globals as the
// browser editor runs it, answers as it does under Node: the same diagnostics, quick fixes,
// hover, outline, preview page and calendar export for a plan opened from a virtual
// workspace (the URIs the browser editor uses). It reads no file: no .rmplintrc, no scan.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXPORT_ACTIONS_REQUEST, RENDER_PLAN_REQUEST, RULE_DOCS_BASE, type ExportActionsResult, type RenderPlanResult } from '../../server/out/protocol';
import { LspHarness, type Diagnostic } from './lsp-harness';
import { EXAMPLES, REPO } from './plan-files';

const TODAY = '2026-06-15';
const PLANS = ['westbrook-clinic.rmp.md', 'harbor-billing-services.rmp.yaml'].map((name) => ({
  uri: `vscode-vfs://github/clinic/plans/${name}`,
  language: name.endsWith('.md') ? 'markdown' : 'yaml',
  text: readFileSync(join(EXAMPLES, name), 'utf8'),
}));

describe('lsp: the server in a web worker answers as under Node', function () {
  const servers: { node?: LspHarness; worker?: LspHarness } = {};
  before(async () => {
    for (const kind of ['node', 'worker'] as const) {
      const server = await LspHarness.start({ settings: { today: TODAY }, worker: kind === 'worker' });
      servers[kind] = server;
      for (const plan of PLANS) await server.open(plan.uri, plan.language, plan.text);
    }
  });
  after(async () => {
    await servers.node?.stop();
    await servers.worker?.stop();
  });

  /**
   * The same request to both servers. The one expected difference: the Node server links the
   * rule pages beside it (docs/rules/*.md, opened offline), the worker the web pages.
   */
  async function both<R>(ask: (server: LspHarness) => Promise<R>): Promise<{ node: R; worker: R }> {
    const node = JSON.stringify(await ask(servers.node!)).replaceAll(`${pathToFileURL(join(REPO, 'docs', 'rules')).href}/`, RULE_DOCS_BASE);
    // Compared as JSON, as a client receives them (a property set to undefined is absent).
    return { node: JSON.parse(node) as R, worker: JSON.parse(JSON.stringify(await ask(servers.worker!))) as R };
  }

  it('a plan on disk: the worker runs no git, so "Since the last review" is a note saying so', async () => {
    const uri = pathToFileURL(join(EXAMPLES, 'westbrook-clinic.rmp.md')).href;
    await servers.worker!.open(uri, 'markdown', PLANS[0].text);
    const rendered = await servers.worker!.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri });
    assert.ok(rendered.plan && rendered.html !== undefined && rendered.html.includes('<p class="since-review-note">Since the last review: not shown, as the plan has no history here: the git command is not available.</p>'));
    assert.ok(!rendered.html.includes('progress-chart'));
  });

  for (const plan of PLANS) {
    describe(plan.uri.split('/').pop()!, () => {
      let diagnostics: Diagnostic[] = [];
      before(async () => {
        const answers = await both((s) => s.diagnosticsFor(plan.uri, 1));
        assert.deepEqual(answers.worker, answers.node);
        diagnostics = answers.worker;
      });

      it('publishes the same findings, with rule ids and links', () => {
        assert.ok(diagnostics.length > 0);
        assert.ok(diagnostics.every((d) => d.source === 'rmplint' && typeof d.code === 'string' && d.codeDescription?.href.startsWith('https://')));
      });

      it('offers the same quick fixes, with their edits', async () => {
        for (const d of diagnostics.slice(0, 8)) {
          const ask = (s: LspHarness) => s.request('textDocument/codeAction', { textDocument: { uri: plan.uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
          const answers = await both(ask);
          assert.deepEqual(answers.worker, answers.node);
        }
      });

      it('hovers the same explanation on each finding', async () => {
        for (const d of diagnostics.slice(0, 8)) {
          const answers = await both((s) => s.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: plan.uri }, position: d.range.start }));
          assert.deepEqual(answers.worker, answers.node);
        }
      });

      it('outlines the same tiers and risks', async () => {
        const answers = await both((s) => s.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: plan.uri } }));
        assert.ok(answers.worker.length > 0);
        assert.deepEqual(answers.worker, answers.node);
      });

      it('renders the same preview page, and the export with the stylesheet built in and hashed in its CSP', async () => {
        const webview = { cspSource: 'vscode-resource:', styleUri: 'style.css', scriptUri: 'preview.js', nonce: 'abc123', state: null };
        const page = await both((s) => s.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: plan.uri, webview }));
        assert.ok(page.worker.plan);
        // Block keys name blocks within one server process: only their number and places must agree.
        const unkeyed = (answer: RenderPlanResult) =>
          answer.plan ? { ...answer, page: answer.page?.replace(/<!--b \S+ (-?\d+)-->/g, '<!--b $1-->'), keys: answer.keys?.length } : answer;
        assert.deepEqual(unkeyed(page.worker), unkeyed(page.node));
        const exported = await both((s) => s.request<RenderPlanResult>(RENDER_PLAN_REQUEST, { uri: plan.uri, export: true }));
        assert.deepEqual(exported.worker, exported.node);
        const exportPage = (exported.worker as { page?: string }).page;
        const css = readFileSync(join(REPO, 'media', 'preview.css'), 'utf8');
        assert.ok(exportPage?.includes(css));
        const style = /<style>([\s\S]*?)<\/style>/.exec(exportPage ?? '')?.[1] ?? '';
        assert.ok(exportPage?.includes(`sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}`), 'the CSP hash is the SHA-256 of the inline style');
      });

      it('exports the same calendar, with the same event UIDs', async () => {
        const answers = await both((s) => s.request<ExportActionsResult>(EXPORT_ACTIONS_REQUEST, { uri: plan.uri, format: 'ics' }));
        assert.match(answers.worker.text, /UID:[0-9a-f]{32}@rmplint/);
        // DTSTAMP is the moment of writing: the rest must match.
        const stable = (text: string) => text.replace(/DTSTAMP:\S+/g, 'DTSTAMP');
        assert.equal(stable(answers.worker.text), stable(answers.node.text));
      });
    });
  }
});
