// Preview update cost: what the server does for the preview after the debounce on each
// keystroke — analyse the edited text, render it as blocks and make the update (HTML only for
// the blocks the page lacks) — on 1,000-risk plans, with the update's size. The webview's own
// DOM patch is not measured here (it happens in the browser; see workbench.mjs).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { editPoint } from './lsp.mjs';
import { BENCH_TODAY, kindOf } from './plans.mjs';
import { msSince, summary } from './stats.mjs';

/** The preview's debounce after the last keystroke (client/src/preview), stated separately. */
export const PREVIEW_DEBOUNCE_MS = 0;
const EDITS = 20;

export function loadRenderer(repo) {
  const require = createRequire(import.meta.url);
  return { ...require(join(repo, 'server', 'out', 'render', 'render-plan.js')), ...require(join(repo, 'server', 'out', 'render', 'blocks.js')) };
}

export function benchPreview(engine, renderer, form, text) {
  const kind = kindOf(form);
  const at = editPoint(text);
  const point = text.split('\n').slice(0, at.line).reduce((offset, line) => offset + line.length + 1, 0) + at.character;
  let have = new Set();
  let bytes = 0;
  const update = (current) => {
    const { title, root } = renderer.renderPlanBlocks(engine.analyse(current, kind, { today: BENCH_TODAY }), { today: BENCH_TODAY });
    bytes = JSON.stringify({ plan: true, title, blocks: renderer.wireBlocks(root, have) }).length;
    have = new Set(renderer.keysOf(root));
  };
  update(text);
  const samples = [];
  for (let i = 0; i < EDITS; i++) {
    // Type one character after another at the LSP edit bench's point.
    const edited = `${text.slice(0, point)}${'x'.repeat(i + 1)}${text.slice(point)}`;
    const start = process.hrtime.bigint();
    update(edited);
    samples.push(msSince(start));
  }
  return { debounceMs: PREVIEW_DEBOUNCE_MS, updateKB: Math.round(bytes / 1024), ...summary(samples) };
}
