// The mocha `run()` index the extension host loads (extensionTestsPath). Which suite runs
// is the folder named by RMPLINT_VSCODE_SUITE, since each suite needs its own workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const suite = process.env.RMPLINT_VSCODE_SUITE ?? 'workspace';
  const folder = path.join(__dirname, suite);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(folder, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
