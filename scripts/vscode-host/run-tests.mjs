// `npm run test:vscode`: the extension's integration tests in a real VS Code that runs
// offline (code-server + headless Chromium), the preview's message passing driven through
// the workbench, the browser build in the web worker extension host, then the packaged
// .vsix installed into code-server and checked through the workbench UI, and the CLI on the host's
// Node 24. Exit code: 0 only if all passed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureHost, REPO } from './setup.mjs';
import { launchChromium } from './code-server.mjs';
import { failures } from './workbench-ui.mjs';
import { runSuite } from './workbench.mjs';
import { checkPackagedExtension } from './ui-check.mjs';
import { checkPreviewMessages } from './preview-check.mjs';
import { checkPreviewPatches } from './patch-check.mjs';
import { checkBrowserBuild } from './browser-check.mjs';
import { checkHistoryPreview } from './history-check.mjs';

const TESTS_INDEX = path.join(REPO, 'test', 'vscode', 'out', 'index.js');
const FIXTURES = path.join(REPO, 'test', 'vscode-fixtures');

/** Each suite runs on a fresh copy of its fixture workspace, so a failed test cannot dirty the repository. */
function copyOfFixture(name) {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `rmplint-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), target, { recursive: true });
  return target;
}

const SUITES = [
  { suite: 'workspace', fixture: 'workspace' },
  { suite: 'ordinary', fixture: 'ordinary' },
];

/** `--only NAME` (repeatable): run just these parts (workspace, ordinary, preview, browser, vsix, cli), to repeat one. */
const ONLY = process.argv.flatMap((a, i) => (a === '--only' ? [process.argv[i + 1]] : []));
const wanted = (name) => ONLY.length === 0 || ONLY.includes(name);

async function main() {
  const started = Date.now();
  ensureHost();
  const results = [];
  if (wanted('cli')) {
    // The mocha run before this one reports the test pending (the host was not installed yet); here it must run.
    const cliStart = Date.now();
    console.log("\n== The CLI on the host's Node 24 (V8 13, as the editor's Electron) ==");
    const mocha = path.join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
    const run = spawnSync(process.execPath, [mocha, '--no-config', '--no-package', '--forbid-pending', path.join('test', 'out', 'cli-node-versions.test.js')], { cwd: REPO, stdio: 'inherit' });
    results.push(["CLI on the host's Node", run.status ?? 1, Date.now() - cliStart]);
  }
  const browser = await launchChromium();
  try {
    for (const { suite, fixture } of SUITES.filter((s) => wanted(s.suite))) {
      const suiteStart = Date.now();
      console.log(`\n== VS Code integration suite "${suite}" ==`);
      const code = await runSuite(browser, { extensionPath: REPO, testsIndex: TESTS_INDEX, folder: copyOfFixture(fixture), suite });
      results.push([suite, code, Date.now() - suiteStart]);
    }
    // Part of the workspace run: the preview of a plan with git history (issue 15).
    if (wanted('workspace')) {
      const historyStart = Date.now();
      console.log('\n== "Since the last review" in the preview, on a repository built from test/vscode-fixtures/history ==');
      results.push(['since the last review', await checkHistoryPreview(browser, copyOfFixture('history')), Date.now() - historyStart]);
    }
    if (wanted('preview')) {
      const patchStart = Date.now();
      console.log('\n== The preview script patching its page to the full render (seeded random edits) ==');
      results.push(['preview patches', await checkPreviewPatches(browser), Date.now() - patchStart]);
      const previewStart = Date.now();
      console.log('\n== Preview messages (update, reveal, scroll sync) through the workbench ==');
      results.push(['preview messages', await checkPreviewMessages(browser, copyOfFixture('preview')), Date.now() - previewStart]);
    }
    if (wanted('browser')) {
      const browserStart = Date.now();
      console.log('\n== The browser build (web worker extension host and server) through the workbench ==');
      results.push(['browser build', await checkBrowserBuild(browser, copyOfFixture('preview')), Date.now() - browserStart]);
    }
    if (!process.argv.includes('--no-vsix') && wanted('vsix')) {
      const checkStart = Date.now();
      console.log('\n== Packaged .vsix in code-server, through the workbench UI ==');
      const code = await checkPackagedExtension(browser, copyOfFixture('workspace'));
      results.push(['vsix + UI', code, Date.now() - checkStart]);
    }
  } finally {
    await browser.close();
  }
  console.log('');
  for (const [name, code, ms] of results) console.log(`${code === 0 ? 'passed' : 'FAILED'}  ${name}  (${(ms / 1000).toFixed(1)} s)`);
  for (const why of failures) console.log(`  why: ${why}`);
  console.log(`test:vscode took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return results.every(([, code]) => code === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
