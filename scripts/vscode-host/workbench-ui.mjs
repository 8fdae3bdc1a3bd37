// Driving code-server's workbench with Playwright as a user would: the command palette,
// quick open, the webview frames, the status bar, screenshots of the last screen.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './setup.mjs';

export const ARTIFACTS = path.join(REPO, 'test', 'artifacts', 'vscode');
export const TIMEOUT = 60_000;

/** Saves a screenshot of a page or one element (a locator) under test/artifacts/vscode/ (with --docs-images, also to docs/images/). */
export async function shoot(pageOrElement, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await pageOrElement.screenshot({ path: file });
  if (process.argv.includes('--docs-images')) fs.copyFileSync(file, path.join(REPO, 'docs', 'images', name));
  return file;
}

/** Why each failed part failed, printed again under run-tests' summary (CI shows only the end of the output). */
export const failures = [];

/** Prints why a part failed and keeps it for the summary. */
export function reportFailure(part, error) {
  const why = `${part} failed: ${error?.message ?? error}`;
  failures.push(why);
  console.error(`  ${why}`);
}

/** Runs one named check: prints it with its detail and time when it passes, names it in the error when it fails. */
export async function check(name, run) {
  const started = Date.now();
  try {
    const detail = await run();
    console.log(`  ok  ${name}${detail ? `: ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    throw new Error(`${name}: ${error.message}`);
  }
}

/**
 * Runs a workbench command through the command palette. The palette is opened again when
 * it closes before it can be typed into (the workbench can take focus from it while it
 * settles: seen once, when its input went inert and closed before it was typed into).
 */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await page.keyboard.press('F1');
    try {
      await input.fill(`>${title}`, { timeout: 5_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/**
 * Opens a workspace file with quick open (Ctrl+P) and waits for its tab to be the active one
 * (an already open file has a tab before Enter is handled, so the tab alone proves nothing).
 */
export async function quickOpen(page, fileName) {
  // The preview's tab is titled after the plan too, so only the active group's tab counts; Ctrl+1
  // first, so the file opens in the first group (the editors), never in the preview's.
  const active = page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: fileName });
  await poll(`${fileName} open in the active tab`, async () => {
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(fileName);
    // Enter opens the focused row: wait until the filtered list has put the file there.
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    return active.waitFor({ timeout: 5_000 }).then(() => true, () => false);
  }, TIMEOUT);
}

/**
 * Goes to a 1-based line with Go to Line (Ctrl+G), as a user would. Go to Line acts on the
 * focused editor; after a webview had focus it answers "Open a text editor first", so Ctrl+1
 * focuses the first editor group (the plan) and Go to Line is asked again until it offers the line.
 */
export async function goToLine(page, line) {
  const input = page.locator('.quick-input-widget input');
  await poll(`Go to Line to offer line ${line}`, async () => {
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+G');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`:${line}`);
    const offer = await page.locator('.quick-input-widget .monaco-list-row').first().innerText({ timeout: 2000 }).catch(() => '');
    if (/Go to line/i.test(offer)) return true;
    await page.keyboard.press('Escape');
    return false;
  });
  await page.keyboard.press('Enter');
}

/** Polls `probe` until it returns something truthy; fails with `what` and the last value seen. */
export async function poll(what, probe, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Reads `read` until `accept` takes what it read, and returns that. What the workbench shows
 * right after a wait can still be settling (a view refreshed, a lens recomputed), so a check
 * never judges a single read; on timeout the error shows the last read.
 */
export async function pollUntil(what, read, accept, timeoutMs = 15_000) {
  let seen;
  try {
    return await poll(what, async () => {
      seen = await read();
      return accept(seen) ? { value: seen } : undefined;
    }, timeoutMs).then((hit) => hit.value);
  } catch (error) {
    throw new Error(`${error.message}; last read ${JSON.stringify(seen)}`);
  }
}

/**
 * The preview as it is now: the webview frame whose body text passes `shows`, found again once the
 * one found before is detached. Switching the preview to another plan can set its page twice, and a
 * frame found after the first is gone a moment later (seen in CI: "Frame has been detached").
 */
export function livePreview(page, what, shows) {
  let frame;
  return async () => (frame && (await isLive(frame)) ? frame : (frame = await webviewFrame(page, what, shows)));
}

/**
 * Whether a frame is still in the page with its element. A webview the workbench replaces (it swaps in a new
 * iframe when the preview is re-created or moved) can leave a frame that says it is attached, still shows the
 * text, and has no element: `frameElement()` then fails for as long as one waits on it (a CI run timed out so).
 */
async function isLive(frame) {
  return !frame.isDetached() && (await frame.frameElement().then(() => true, () => false));
}

/** The live webview frame whose body text passes `shows` (webviews are nested iframes). */
export async function webviewFrame(page, what, shows) {
  return poll(what, async () => {
    for (const frame of page.frames()) {
      const text = await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '');
      if (shows(text) && (await isLive(frame))) return frame;
    }
    return undefined;
  }, TIMEOUT);
}
