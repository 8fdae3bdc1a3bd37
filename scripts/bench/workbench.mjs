// (f) Reload to diagnostics in a real VS Code (code-server + headless Chromium, the host
// `npm run test:vscode` installs): a workspace of plans with one plan open; the window is
// reloaded and the clock runs until the restored editor shows rmplint's squiggles again.
// Also reported: when the workbench was back, and when rmplint's status bar item (the server
// answering) appeared, so the share of VS Code's own start is visible. Skipped, with the
// reason, when the host is not installed.
// (g) The preview's update where the user sees it (issue 17): in the same workbench, a
// 1,000-risk plan beside its preview; each keystroke in a risk's title is timed until the
// webview's DOM shows it (a MutationObserver in the webview stamps the moment). Then the
// language server's peak resident memory since the last reload (the plan open, its preview
// open and typed into): issue 17's "server peak RSS with the preview open".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generatePlan } from './plans.mjs';
import { fileURLToPath } from 'node:url';
import { quantile, round } from './stats.mjs';

const RELOADS = 5;
const WORKSPACE_PLANS = 40;
const OPEN_PLAN = 'lakeview-clinic.rmp.md';
const BIG_PLAN = 'big-1000.rmp.md';
const KEYSTROKES = 20;
/** The risk whose title is typed into, in the middle of the 1,000-risk plan. */
const TYPED_RISK = 'R-0500';

/** `reloads`: how many window reloads to time (0: the first open and the preview part only). */
export async function benchReload(repo, { reloads: reloadCount = RELOADS } = {}) {
  const setup = await import(path.join(repo, 'scripts', 'vscode-host', 'setup.mjs'));
  if (!fs.existsSync(setup.NODE24) || !fs.existsSync(setup.CODE_SERVER)) {
    return { skipped: 'the VS Code host is not installed (npm run test:vscode installs it)' };
  }
  const { launchChromium, scratchHome, startCodeServer, workbenchUrl } = await import(path.join(repo, 'scripts', 'vscode-host', 'code-server.mjs'));
  const { goToLine, poll, quickOpen, runCommand, TIMEOUT } = await import(path.join(repo, 'scripts', 'vscode-host', 'workbench-ui.mjs'));

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-bench-reload-'));
  fs.cpSync(path.join(repo, 'test', 'vscode-fixtures', 'workspace'), workspace, { recursive: true });
  const big = generatePlan('md-heading', 1000, 1);
  fs.writeFileSync(path.join(workspace, 'plans', BIG_PLAN), big);
  const typedIndex = big.split('\n').findIndex((l) => l.startsWith(`### ${TYPED_RISK}:`));
  const typed = { line: typedIndex + 1, title: big.split('\n')[typedIndex].slice(`### ${TYPED_RISK}: `.length) };
  for (let i = 0; i < WORKSPACE_PLANS; i++) fs.writeFileSync(path.join(workspace, 'plans', `site-${i}.rmp.md`), generatePlan('md-heading', 100, i + 1));

  const browser = await launchChromium();
  const home = scratchHome('bench-reload');
  const server = await startCodeServer(home);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const squiggles = () => page.locator('.part.editor .monaco-editor').first().locator('.squiggly-error, .squiggly-warning').count();
  const statusItem = () => page.locator('.statusbar-item', { hasText: ' open' }).count();
  /** Milliseconds from `start` until the workbench, the status item and the squiggles are each there. */
  async function timeline(start) {
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: TIMEOUT });
    const workbench = Date.now() - start;
    let status;
    await poll('rmplint squiggles in the open plan', async () => {
      if (status === undefined && (await statusItem()) > 0) status = Date.now() - start;
      return (await squiggles()) > 0;
    }, TIMEOUT);
    const diagnostics = Date.now() - start;
    return { workbench, status: status ?? diagnostics, diagnostics };
  }
  try {
    let start = Date.now();
    await page.goto(workbenchUrl(server, workspace, [['extensionDevelopmentPath', server.remote(repo)]]));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: TIMEOUT });
    start = Date.now();
    await quickOpen(page, OPEN_PLAN);
    const open = await timeline(start);
    const reloads = [];
    for (let i = 0; i < reloadCount; i++) {
      start = Date.now();
      await runCommand(page, 'Developer: Reload Window');
      // The old page's workbench is still there until the reload replaces it.
      await page.waitForEvent('domcontentloaded', { timeout: TIMEOUT });
      reloads.push(await timeline(start));
    }
    const preview = { ...(await previewKeystrokes(page, { goToLine, quickOpen, runCommand, poll, TIMEOUT }, typed, () => serverPeakRssMb(repo))), serverPeakRssMb: serverPeakRssMb(repo) };
    const mid = (key) => round(quantile(reloads.map((r) => r[key]), 0.5));
    return {
      workspacePlans: WORKSPACE_PLANS + 2,
      firstOpenMs: open.diagnostics,
      reloads: reloadCount,
      preview,
      ...(reloads.length > 0 ? { reload: { workbenchMs: mid('workbench'), statusMs: mid('status'), diagnosticsMs: mid('diagnostics'), maxMs: Math.max(...reloads.map((r) => r.diagnostics)) } } : {}),
    };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** VmHWM of this repository's language server (the one process running its dist/server.js), in MB; undefined off Linux. */
function serverPeakRssMb(repo) {
  const server = path.join(repo, 'dist', 'server.js');
  for (const pid of fs.existsSync('/proc') ? fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)) : []) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(server)) continue;
      const kb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      return Math.round(kb / 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined;
}

/** Keystroke → the preview's DOM showing it, for KEYSTROKES characters typed at the end of a risk's title. */
async function previewKeystrokes(page, ui, { line, title }, peakRssMb) {
  await ui.quickOpen(page, BIG_PLAN);
  // The preview command is offered once the server has read the file as a plan (its status item shows).
  await page.locator('.statusbar-item', { hasText: '/1000 open' }).waitFor({ timeout: ui.TIMEOUT });
  // The server's peak so far (the workspace linted, the big plan open), to tell what the preview adds.
  const serverPeakRssBeforePreviewMb = peakRssMb();
  await ui.runCommand(page, 'rmplint: Open Plan Preview to the Side');
  const frame = await ui.poll('the preview of the 1,000-risk plan', async () => {
    for (const f of page.frames()) if ((await f.locator(`h3.risk:has-text("${TYPED_RISK}")`).count().catch(() => 0)) > 0) return f;
    return undefined;
  }, ui.TIMEOUT);
  await ui.goToLine(page, line);
  await page.keyboard.press('End');
  const samples = [];
  const toWebview = [];
  const patched = [];
  let typed = title;
  for (let i = 0; i < KEYSTROKES; i++) {
    const ch = String.fromCharCode(97 + (i % 26));
    const want = `${typed}${ch}`;
    // Armed before the key is pressed: resolves with the browser's clock when the title shows it,
    // and with when the last update message before that reached the webview (a capturing
    // listener runs before the preview script's own), to split the time at the webview's edge.
    await frame.evaluate(([id, text]) => {
      window.__rmplintShown = new Promise((resolve) => {
        let message;
        const stamp = (event) => event.data?.type === 'patch' && (message = Date.now());
        window.addEventListener('message', stamp, true);
        const shows = () => [...document.querySelectorAll('h3.risk')].some((h) => h.textContent.includes(id) && h.textContent.includes(text));
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          window.removeEventListener('message', stamp, true);
          resolve({ shown: Date.now(), message: message ?? Date.now() });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, [TYPED_RISK, want]);
    const pressed = Date.now();
    await page.keyboard.type(ch);
    const { shown, message } = await frame.evaluate(() => window.__rmplintShown);
    samples.push(shown - pressed);
    toWebview.push(message - pressed);
    patched.push(shown - message);
    typed = want;
  }
  const mid = (list) => round(quantile(list, 0.5));
  return {
    risks: 1000,
    serverPeakRssBeforePreviewMb,
    keystrokes: KEYSTROKES,
    p50: mid(samples),
    p95: round(quantile(samples, 0.95)),
    max: Math.max(...samples),
    // Where the time goes, medians: keystroke → the update message at the webview, message → the DOM showing it.
    toWebviewP50: mid(toWebview),
    patchP50: mid(patched),
    samples,
  };
}

// `node scripts/bench/workbench.mjs`: this part alone, as JSON (to compare two builds in turn).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchReload(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')), null, 2));
}
