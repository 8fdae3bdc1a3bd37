// Runs the extension's integration tests in code-server's workbench: the browser opens
// the workbench with extensionDevelopmentPath/extensionTestsPath, relays the extension
// host's console (codeAutomationLog) and resolves with codeAutomationExit's code.
import { format } from 'node:util';
import { startCodeServer, scratchHome, workbenchUrl } from './code-server.mjs';

/** code-server's optional native logger is not built (--ignore-scripts); it falls back, loudly. */
const KNOWN_NOISE = /^Error: Could not locate the bindings file/;

/**
 * One suite in one fresh code-server. `suite` names the folder of test/vscode/out the
 * mocha index loads; `folder` is the workspace to open.
 */
export async function runSuite(browser, { extensionPath, testsIndex, folder, suite, timeoutMs = 5 * 60_000 }) {
  const home = scratchHome(suite);
  const server = await startCodeServer(home, (line) => console.log(`  ${line}`));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!KNOWN_NOISE.test(text)) (type === 'error' ? console.error : console.log)(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const url = workbenchUrl(server, folder, [
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(testsIndex)],
      ['extensionEnvironment', JSON.stringify({ RMPLINT_VSCODE_SUITE: suite })],
    ]);
    await page.goto(url);
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`The ${suite} suite did not finish within ${timeoutMs / 1000} s.`);
        resolve(1);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await context.close();
    await server.stop();
  }
}
