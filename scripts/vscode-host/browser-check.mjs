// The browser build, checked through the workbench: code-server runs a copy of the extension
// whose package.json has a `browser` entry and no `main` (and no dist/extension.js beside it), so
// only the web worker extension host can run it; it starts the language server (dist/rmplint.js)
// in a web worker.
// On a copy of test/vscode-fixtures/preview it checks diagnostics in the Problems panel, a
// quick fix, the hover, the outline and the preview.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scratchHome, startCodeServer, workbenchUrl } from './code-server.mjs';
import { REPO } from './setup.mjs';
import { check, goToLine, poll, quickOpen, reportFailure, runCommand, shoot, TIMEOUT, webviewFrame } from './workbench-ui.mjs';

const PLAN = 'maple-street.rmp.md';
/** R-002's Action line (1-based): R-002 has no owner. */
const NO_OWNER_LINE = 27;
/** What the copy holds: the browser client, the server and the files the extension reads, not the desktop client dist/extension.js. */
const COPIED = ['dist/browser/extension.js', 'dist/rmplint.js', 'media', 'snippets', 'schemas', 'images', 'docs/rules', 'README.md', 'LICENSE'];

/** The extension as a web-only extension: `browser` and no `main`. */
function webOnlyExtension() {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-web-extension-'));
  for (const entry of COPIED) fs.cpSync(path.join(REPO, entry), path.join(target, entry), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no "browser" entry');
  delete manifest.main;
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  return target;
}

/** The texts of the Problems panel's rows. */
async function problems(page) {
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
}

/** The active editor's rendered lines (the visible part of the document); the editor renders spaces as no-break spaces. */
async function visibleText(page) {
  return (await page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

export async function checkBrowserBuild(browser, workspace) {
  const extension = webOnlyExtension();
  const home = scratchHome('browser');
  const server = await startCodeServer(home, (line) => console.log(`  ${line}`));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Every worker the page starts, with its script: the web worker extension host among them.
  const workers = [];
  page.on('worker', (worker) => workers.push(worker));
  // The web worker extension host logs to the page's console only: kept to explain a failure.
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  try {
    await page.goto(workbenchUrl(server, workspace, [['extensionDevelopmentPath', server.remote(extension)]]));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: TIMEOUT });
    await quickOpen(page, PLAN);

    await check('activation: the extension (no main, no desktop client beside it) starts and its server answers', async () => {
      // The status bar's counts come from the language server.
      await page.locator('.statusbar-item', { hasText: '24/24 open' }).waitFor({ timeout: TIMEOUT });
      if (fs.existsSync(path.join(extension, 'dist', 'extension.js'))) throw new Error('dist/extension.js is in the copy');
      return 'status bar "24/24 open"';
    });

    await check("diagnostics: the Problems panel lists rmplint's findings with their rule ids", async () => {
      await runCommand(page, 'Focus on Problems View');
      const rows = await poll('missing-owner and vague-action in the Problems panel', async () => {
        const texts = await problems(page);
        return texts.some((t) => t.includes('missing-owner')) && texts.some((t) => t.includes('vague-action')) && texts;
      }, TIMEOUT);
      return `${rows.length} rows shown, e.g. "${rows.find((t) => t.includes('missing-owner')).slice(0, 110)}"`;
    });

    await check("hover: hovering R-002's finding shows the rule's explanation", async () => {
      await quickOpen(page, PLAN);
      await goToLine(page, NO_OWNER_LINE);
      await runCommand(page, 'Show or Focus Hover');
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Why an auditor cares' }).first();
      await hover.waitFor({ timeout: TIMEOUT });
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      if (!text.includes('missing-owner')) throw new Error(`the hover says "${text.slice(0, 200)}"`);
      await page.keyboard.press('Escape');
      return `"${text.slice(text.indexOf('missing-owner'), text.indexOf('missing-owner') + 90)}…"`;
    });

    await check('quick fix: Ctrl+. on R-002 offers "Set owner to Dana Ruiz", which adds the Owner line', async () => {
      const owned = async () => (await visibleText(page)).split('\n').filter((l) => l.includes('**Owner:** Dana Ruiz')).length;
      await goToLine(page, NO_OWNER_LINE);
      const before = await owned();
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Set owner to Dana Ruiz' }).first();
      await poll('the quick fix menu', async () => {
        await page.keyboard.press('Control+.');
        return fix.waitFor({ timeout: 5_000 }).then(() => true, async () => (await page.keyboard.press('Escape'), false));
      }, TIMEOUT);
      await fix.click();
      await poll('one more "Owner: Dana Ruiz" line in the editor', async () => (await owned()) === before + 1);
      const missing = await poll('one missing-owner finding fewer', async () => {
        const count = (await problems(page)).filter((t) => t.includes('missing-owner')).length;
        return count > 0 && count;
      });
      return `Owner lines ${before}, then ${before + 1}; missing-owner rows now ${missing}`;
    });

    await check('outline: Go to Symbol in Editor lists the tiers and the risks', async () => {
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+Shift+O');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: TIMEOUT });
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: 'R-001' }).first().waitFor({ timeout: TIMEOUT });
      const first = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]).slice(0, 4);
      await input.fill('@R-024');
      await rows.filter({ hasText: 'R-024' }).first().waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Escape');
      return `first rows ${JSON.stringify(first)}; R-024 found`;
    });

    await check('preview: the plan preview opens beside the plan and shows it', async () => {
      await quickOpen(page, PLAN);
      await runCommand(page, 'rmplint: Open Plan Preview to the Side');
      const frame = await webviewFrame(page, 'the preview webview to show the plan', (text) => text.includes('Maple Street Dental') && text.includes('R-024'));
      await frame.locator('h3.risk', { hasText: 'R-002' }).waitFor({ timeout: TIMEOUT });
      const risks = await frame.locator('h3.risk').count();
      return `${risks} risks in the preview; ${path.relative(REPO, await shoot(page, 'vscode-browser-build.png'))}`;
    });
    await check('web workers: the extension runs in the web worker extension host, its language server in a worker it started', async () => {
      // Worker scripts are blobs: their names tell them apart (VS Code names the host
      // ExtensionHostWorker and a worker an extension starts "ExtensionHostWorker -> <its name>").
      const names = await Promise.all(workers.map((worker) => worker.evaluate(() => self.name).catch((error) => `? ${error.message}`)));
      const host = names.find((name) => /^(Debug)?ExtensionHostWorker$/.test(name));
      if (!host) throw new Error(`no web worker extension host among the workers, named ${JSON.stringify(names)}`);
      // The server's worker is a worker's worker, which Chromium lists too ("ExtensionHostWorker -> rmplint-language-server").
      const server = names.find((name) => /ExtensionHostWorker -> rmplint-language-server$/.test(name));
      if (!server) throw new Error(`no rmplint-language-server worker started by the extension host, among ${JSON.stringify(names)}`);
      return `workers named ${JSON.stringify(names)}`;
    });
    return 0;
  } catch (error) {
    reportFailure('browser build check', error);
    console.error(`  workers started: ${JSON.stringify(workers.map((worker) => worker.url()))}`);
    const telling = consoleLines.filter((line) => /worker|extension host|rmplint|activat|error/i.test(line)).slice(-40);
    for (const line of telling) console.error(`  console ${line.slice(0, 400)}`);
    console.error(`  last screen: ${path.relative(REPO, await shoot(page, 'vscode-browser-failure.png').catch(() => '?'))}`);
    return 1;
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(extension, { recursive: true, force: true });
  }
}
