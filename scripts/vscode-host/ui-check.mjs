// The end-to-end check of the packaged extension: `vsce package` builds the .vsix,
// code-server installs it (--install-extension), and Playwright drives the workbench like
// a user: open a plan, read its findings in the Problems panel, open the preview. Saves
// screenshots to test/artifacts/vscode/ (with --docs-images, also to docs/images/).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerCli, scratchHome, startCodeServer, workbenchUrl } from './code-server.mjs';
import { REPO } from './setup.mjs';
import { quickOpen, reportFailure, runCommand, shoot, TIMEOUT, webviewFrame } from './workbench-ui.mjs';

const PLAN = 'lakeview-clinic.rmp.md';

/** Packages the extension as a user would get it; returns the .vsix path and size. */
export function packageExtension(outDir) {
  const vsix = path.join(outDir, 'rmplint.vsix');
  execFileSync(path.join(REPO, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: REPO, stdio: 'pipe' });
  return { vsix, bytes: fs.statSync(vsix).size };
}

export async function checkPackagedExtension(browser, workspace) {
  const home = scratchHome('vsix');
  const { vsix, bytes } = packageExtension(home.root);
  console.log(`  packaged ${path.basename(vsix)}: ${(bytes / 1024).toFixed(0)} KB`);
  const installed = await codeServerCli(home, ['--install-extension', vsix]);
  if (!/successfully installed/i.test(installed)) throw new Error(`the .vsix did not install:\n${installed}`);
  console.log('  installed into code-server with --install-extension');
  const server = await startCodeServer(home, (line) => console.log(`  ${line}`));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: TIMEOUT });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'plans' }).first().waitFor({ timeout: TIMEOUT });

    await quickOpen(page, PLAN);

    await runCommand(page, 'View: Focus Problems');
    const problems = page.locator('.markers-panel');
    for (const rule of ['missing-owner', 'missing-due-date']) {
      await problems.locator('.monaco-list-row', { hasText: rule }).first().waitFor({ timeout: TIMEOUT });
    }
    const text = await problems.innerText();
    if (!text.includes('This action has no owner') || !text.includes('rmplint')) throw new Error(`unexpected Problems panel:\n${text}`);
    console.log(`  Problems panel lists the plan's findings; ${path.relative(REPO, await shoot(page, 'vscode-problems.png'))}`);

    await page.locator('.tabs-container .tab', { hasText: PLAN }).click();
    await runCommand(page, 'rmplint: Open Plan Preview to the Side');
    const frame = await webviewFrame(page, 'the preview webview to show the plan', (text) => text.includes('Lakeview Clinic') && text.includes('R-002'));
    // The preview alone: panel closed (Ctrl+J toggles it), no tooltip under the mouse.
    await page.keyboard.press('Control+J');
    await problems.waitFor({ state: 'hidden', timeout: TIMEOUT });
    await page.mouse.move(640, 790);
    await page.keyboard.press('Escape');
    const badges = await frame.locator('body').innerText();
    if (!badges.includes('R-001')) throw new Error('the preview does not show R-001');
    console.log(`  preview webview shows the plan; ${path.relative(REPO, await shoot(page, 'vscode-preview.png'))}`);
    return 0;
  } catch (error) {
    reportFailure('UI check', error);
    console.error(`  last screen: ${path.relative(REPO, await shoot(page, 'vscode-failure.png').catch(() => '?'))}`);
    return 1;
  } finally {
    await context.close();
    await server.stop();
  }
}
