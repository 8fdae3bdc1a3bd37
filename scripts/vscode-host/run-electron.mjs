// `npm run test:vscode:electron`: the same integration suites in desktop VS Code, which
// @vscode/test-electron downloads (needs access to update.code.visualstudio.com; these
// CI machines have none, so .ci/run uses the code-server launcher, run-tests.mjs).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from './setup.mjs';

const SUITES = ['workspace', 'ordinary'];

async function main() {
  for (const suite of SUITES) {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `rmplint-${suite}-`));
    fs.cpSync(path.join(REPO, 'test', 'vscode-fixtures', suite), workspace, { recursive: true });
    await runTests({
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'test', 'vscode', 'out', 'index.js'),
      extensionTestsEnv: { RMPLINT_VSCODE_SUITE: suite },
      launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
