// Opens the exported HTML of every example, corpus and hostile plan in headless Chromium
// (playwright-core; Chromium from @sparticuz/chromium or /usr/bin/chromium, never a
// download) and checks what a reader's browser would do: no script runs, nothing is
// requested but the page itself, the layout holds. Saves screenshots to test/artifacts/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { analyse } from '../lint-with-registry';
import { renderPlan } from '../../../server/out/render/render-plan';
import { exportDocument, webviewDocument } from '../../../server/out/render/documents';
import { readStylesheet } from '../../../server/out/render/stylesheet';
import { CORPUS, EXAMPLES, FIXTURES, REPO, planFilesIn, type PlanFile } from '../plan-files';

const TODAY = '2026-06-15';
const ARTIFACTS = path.join(REPO, 'test', 'artifacts');
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function chromiumPath(): Promise<string | undefined> {
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const chromium = require('@sparticuz/chromium').default as { executablePath(): Promise<string> };
    return await chromium.executablePath();
  } catch {
    return undefined;
  }
}

function renderedPlan(file: PlanFile) {
  const analysis = analyse(file.text, file.kind, { today: TODAY });
  return { analysis, rendered: renderPlan(analysis, { today: TODAY, fileName: file.name }) };
}

/** Everything a page does that a plan must never cause. */
interface Watch {
  readonly requests: string[];
  readonly console: string[];
  readonly dialogs: string[];
  readonly errors: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { requests: [], console: [], dialogs: [], errors: [] };
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m) => w.console.push(m.text()));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

describe('browser: exported plans in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;

  before(async function () {
    const executablePath = await chromiumPath();
    if (!executablePath) this.skip();
    const { chromium } = await import('playwright-core');
    // Playwright gives every launch a fresh temporary profile.
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  const hostile = planFilesIn(path.join(FIXTURES, 'hostile'));
  const files = [...planFilesIn(EXAMPLES), ...planFilesIn(CORPUS), ...hostile];
  assert.ok(hostile.length >= 2, 'the hostile fixtures are present');
  if (planFilesIn(CORPUS).length === 0) it('opens the shared corpus plans (absent)', function () { this.skip(); });

  for (const file of files) {
    it(`${file.name}: no script, no request, layout holds`, async () => {
      const { analysis, rendered } = renderedPlan(file);
      const htmlPath = path.join(ARTIFACTS, `${file.name}.html`);
      fs.writeFileSync(htmlPath, exportDocument(rendered, readStylesheet()));
      const page = await browser!.newPage({ viewport: { width: 900, height: 1100 } });
      try {
        const seen = watch(page);
        const url = pathToFileURL(htmlPath).href;
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(100);
        assert.equal(await page.evaluate('window.__pwned'), undefined, 'no plan script ran');
        assert.deepEqual(seen.dialogs, []);
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.console, [], 'nothing was blocked or logged');
        assert.deepEqual(seen.requests, [url], 'only the document itself was loaded');
        const layout = (await page.evaluate(`({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          stylesApplied: getComputedStyle(document.querySelector('.plan-meta')).borderLeftStyle,
        })`)) as { scrollWidth: number; innerWidth: number; stylesApplied: string };
        assert.ok(layout.scrollWidth <= layout.innerWidth, `body ${layout.scrollWidth}px wide in a ${layout.innerWidth}px viewport`);
        assert.equal(layout.stylesApplied, 'solid', 'the inlined stylesheet applies under the CSP');
        const risks = page.locator(file.kind === 'yaml' ? 'article.risk-card' : '.risk');
        if (analysis.plan.risks.length > 0) {
          assert.ok((await risks.count()) > 0, 'risks are rendered');
          await risks.first().scrollIntoViewIfNeeded();
          const box = await risks.first().boundingBox();
          assert.ok(box && box.width > 100 && box.width <= layout.innerWidth && box.height > 10, 'the first risk is visible and fits');
        }
        await page.screenshot({ path: path.join(ARTIFACTS, `${file.name}.png`) });
      } finally {
        await page.close();
      }
    });
  }

  it('a table-form plan at half a window: every cell at least a word wide, no word broken, no page-wide scroll', async () => {
    const file = planFilesIn(EXAMPLES).find((f) => f.name === 'riverside-dental.rmp.md')!;
    const htmlPath = path.join(ARTIFACTS, 'half-width.html');
    fs.writeFileSync(htmlPath, exportDocument(renderedPlan(file).rendered, readStylesheet()));
    const page = await browser!.newPage({ viewport: { width: 480, height: 900 } });
    try {
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
      // Each cell's content box against the widest word it holds, measured in the cell's own font.
      const narrow = (await page.evaluate(`(() => {
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        document.body.appendChild(probe);
        const out = [];
        for (const cell of document.querySelectorAll('.markdown-body td, .markdown-body th')) {
          if (cell.getClientRects().length === 0) continue; // a header row hidden when rows show as cards
          const style = getComputedStyle(cell);
          probe.style.font = style.font;
          probe.style.letterSpacing = style.letterSpacing;
          let widest = 0, word = '';
          for (const w of cell.textContent.split(/\\s+/).filter(Boolean)) {
            probe.textContent = w;
            if (probe.getBoundingClientRect().width > widest) { widest = probe.getBoundingClientRect().width; word = w; }
          }
          const box = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (box + 1 < widest) out.push(word + ': ' + Math.round(box) + 'px for ' + Math.round(widest) + 'px');
        }
        return out;
      })()`)) as string[];
      assert.deepEqual(narrow, []);
      const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(scrollWidth <= 480, `the page is ${scrollWidth}px wide; only a table may scroll`);
      await page.locator('.markdown-body table').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'half-width.png') });
    } finally {
      await page.close();
    }
  });

  for (const [line, where] of [[5, 'at its top, with the summary'], [40, 'at that line']] as const) {
    it(`the preview opened with the editor at line ${line + 1} of a plan opens ${where}`, async () => {
      const file = planFilesIn(EXAMPLES).find((f) => f.name === 'lakeside-family-medicine.rmp.md')!;
      const cspSource = 'https://rmplint.example.invalid';
      const html = webviewDocument(renderedPlan(file).rendered, {
        cspSource,
        styleUri: `${cspSource}/media/preview.css`,
        scriptUri: `${cspSource}/media/preview.js`,
        nonce: 'n0nce4test',
        state: { uri: 'file:///lakeside.rmp.md', line },
      });
      const page = await browser!.newPage({ viewport: { width: 600, height: 700 } });
      try {
        await page.addInitScript('window.acquireVsCodeApi = () => ({ postMessage() {}, getState() { return null; }, setState() {} });');
        await page.route('**/*', (route) => {
          const name = new URL(route.request().url()).pathname.replace(/^\//, '');
          if (!route.request().url().startsWith(cspSource)) return route.abort();
          if (name === 'preview.html') return route.fulfill({ body: html, contentType: 'text/html' });
          if (/^media\/preview\.(js|css)$/.test(name)) {
            return route.fulfill({ body: fs.readFileSync(path.join(REPO, name), 'utf8'), contentType: name.endsWith('.js') ? 'text/javascript' : 'text/css' });
          }
          return route.abort();
        });
        // Served from the extension's origin, as a webview is, so the script runs as it does there.
        await page.goto(`${cspSource}/preview.html`, { waitUntil: 'load' });
        await page.waitForTimeout(200);
        const y = (await page.evaluate('window.scrollY')) as number;
        if (line === 5) assert.equal(y, 0, 'the header and the summary are in view');
        else assert.ok(y > 300, `scrolled to the risk (${y}px)`);
      } finally {
        await page.close();
      }
    });
  }

  it('the webview page of the hostile plan: CSP by nonce, only extension resources requested', async () => {
    const file = hostile.find((f) => f.name.endsWith('.md'))!;
    const cspSource = 'https://rmplint.example.invalid';
    const nonce = 'n0nce4test';
    const html = webviewDocument(renderedPlan(file).rendered, {
      cspSource,
      styleUri: `${cspSource}/media/preview.css`,
      scriptUri: `${cspSource}/media/preview.js`,
      nonce,
      state: { uri: 'file:///hostile.rmp.md', line: 0 },
    });
    const page = await browser!.newPage();
    try {
      const seen = watch(page);
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const csp = await page.evaluate(`document.querySelector('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')`);
      assert.equal(
        csp,
        `default-src 'none'; style-src ${cspSource}; img-src ${cspSource}; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`,
      );
      const scripts = await page.evaluate('[...document.scripts].map((s) => ({ nonce: s.nonce, src: s.src }))');
      assert.deepEqual(scripts, [{ nonce, src: `${cspSource}/media/preview.js` }]);
      assert.equal(await page.evaluate('window.__pwned'), undefined);
      assert.deepEqual(seen.dialogs, []);
      for (const url of seen.requests) assert.ok(url.startsWith(`${cspSource}/media/`), `request to ${url}`);
    } finally {
      await page.close();
    }
  });
});
