// The preview's script patching its page (issue 17), in Chromium without the workbench: a
// plan's webview page is patched through seeded random edits with the updates the server's
// preview request makes (HTML only for the blocks the page lacks, lines moved in place), and
// after each one the page's DOM, markers aside, must equal a fresh parse of the full render.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { REPO } from './setup.mjs';
import { randomFrom } from '../bench/plans.mjs';
import { reportFailure } from './workbench-ui.mjs';

const require = createRequire(import.meta.url);
const EDITS = 60;
const OPTIONS = { today: '2026-06-15' };
/** What moves blocks: a character, line breaks, a fence, a heading, a duplicate risk, a field, a tier. */
const SNIPPETS = ['x', '\n', '\n\n', '```\n', '### R-0003: Again\n', '## Later\n', '- **Owner:** TBD\n', 'Done', '    tier: vendor\n', '  - id: R-9999\n'];

/** The page's #plan and a fresh parse of `full`, each serialized, after applying `update`. */
function patchAndRead([update, title, full]) {
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'patch', blocks: update, title } }));
  const reference = document.getElementById('reference');
  reference.innerHTML = full;
  const patched = document.getElementById('plan').cloneNode(true);
  const walker = document.createTreeWalker(patched, NodeFilter.SHOW_COMMENT);
  const markers = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) markers.push(c);
  for (const c of markers) c.remove();
  patched.normalize();
  reference.normalize();
  return { patched: patched.innerHTML, reference: reference.innerHTML, posted: window.posted.splice(0) };
}

export async function checkPreviewPatches(browser) {
  const { analyse } = require(path.join(REPO, 'server', 'out', 'engine', 'lint.js'));
  const { RULES } = require(path.join(REPO, 'server', 'out', 'rules', 'index.js'));
  const { renderPlan, renderPlanBlocks } = require(path.join(REPO, 'server', 'out', 'render', 'render-plan.js'));
  const { keysOf, pageHtml, wireBlocks } = require(path.join(REPO, 'server', 'out', 'render', 'blocks.js'));
  const { generatePlan, kindOf } = await import(path.join(REPO, 'scripts', 'bench', 'plans.mjs'));
  const script = fs.readFileSync(path.join(REPO, 'media', 'preview.js'), 'utf8');
  const page = await browser.newPage();
  const random = randomFrom(17);
  try {
    for (const form of ['md-heading', 'md-table', 'yaml']) {
      const kind = kindOf(form);
      const blocksOf = (text) => renderPlanBlocks(analyse(text, kind, { rules: RULES, ...OPTIONS }), OPTIONS);
      let text = generatePlan(form, 30, 2);
      let { root } = blocksOf(text);
      let have = keysOf(root);
      await page.setContent(`<!DOCTYPE html><html><head><meta id="rmplint-state" data-state="{}"></head><body>
<div id="plan"><!--(-->${pageHtml(root, true)}<!--)--></div><div id="reference" hidden></div>
<script>window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState() {}, setState() {} });</script>
<script>${script}</script></body></html>`);
      let sent = 0;
      let whole = 0;
      for (let i = 0; i < EDITS; i++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.3 ? text.slice(0, at) + text.slice(at + Math.floor(random() * 30)) : text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + text.slice(at);
        const next = blocksOf(text);
        const update = wireBlocks(next.root, new Set(have));
        have = keysOf(next.root);
        sent += JSON.stringify(update).length;
        const full = renderPlan(analyse(text, kind, { rules: RULES, ...OPTIONS }), OPTIONS).html;
        whole += full.length;
        const read = await page.evaluate(patchAndRead, [update, next.title, full]);
        if (read.posted.some((m) => m.type === 'resync')) throw new Error(`${form}, edit ${i + 1}: the page asked for a resync`);
        if (read.patched !== read.reference) {
          let k = 0;
          while (read.patched[k] === read.reference[k]) k++;
          throw new Error(`${form}, edit ${i + 1}: the patched page differs from the full render at …${read.patched.slice(k - 80, k + 80)}… (full: …${read.reference.slice(k - 80, k + 80)}…)`);
        }
      }
      console.log(`  ok  ${form}: ${EDITS} patches equal the full render; ${Math.round(sent / 1024)} KB sent for ${Math.round(whole / 1024)} KB of pages`);
    }
    return 0;
  } catch (error) {
    reportFailure('preview patch check', error);
    return 1;
  } finally {
    await page.close();
  }
}
