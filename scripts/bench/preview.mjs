// Preview update cost: what the extension host does for the preview after the debounce
// on each keystroke — analyse the edited text and render it to HTML — on 1,000-risk plans.
// The webview's own DOM update is not measured here (it happens in the browser).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { editPoint } from './lsp.mjs';
import { BENCH_TODAY, kindOf } from './plans.mjs';
import { msSince, summary } from './stats.mjs';

/** The preview's debounce after the last keystroke (client/src/preview), stated separately. */
export const PREVIEW_DEBOUNCE_MS = 60;
const EDITS = 20;

export function loadRenderer(repo) {
  return createRequire(import.meta.url)(join(repo, 'server', 'out', 'render', 'render-plan.js'));
}

export function benchPreview(engine, renderer, form, text) {
  const kind = kindOf(form);
  const at = editPoint(text);
  const point = text.split('\n').slice(0, at.line).reduce((offset, line) => offset + line.length + 1, 0) + at.character;
  const update = (current) => renderer.renderPlan(engine.analyse(current, kind, { today: BENCH_TODAY }), { today: BENCH_TODAY });
  update(text);
  const samples = [];
  for (let i = 0; i < EDITS; i++) {
    // Type one character after another at the LSP edit bench's point.
    const edited = `${text.slice(0, point)}${'x'.repeat(i + 1)}${text.slice(point)}`;
    const start = process.hrtime.bigint();
    update(edited);
    samples.push(msSince(start));
  }
  return { debounceMs: PREVIEW_DEBOUNCE_MS, ...summary(samples) };
}
