// The `rmplint-language-server` bin is started by editors other than VS Code as a program:
// its `#!` line must give Node the same flags the VS Code client starts the server with.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './plan-files';

const SERVER = join(REPO, 'dist', 'server.js');
const FLAGS: string[] = JSON.parse(readFileSync(join(REPO, 'server', 'node-flags.json'), 'utf8'));

describe('the language server bin', () => {
  it('runs through its #! line with the flags of server/node-flags.json', async function () {
    // Reading a process's arguments back needs Linux's /proc; `#!` lines need a POSIX system.
    if (process.platform !== 'linux') this.skip();
    const child = spawn(SERVER, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      const deadline = Date.now() + 10_000;
      let args: string[] = [];
      // The kernel runs env, which then execs node: poll until the process is node running the server.
      while (Date.now() < deadline) {
        const cmdline = existsSync(`/proc/${child.pid}/cmdline`) ? readFileSync(`/proc/${child.pid}/cmdline`, 'utf8') : '';
        args = cmdline.split('\0').filter((a) => a !== '');
        if (args.length > 0 && !args[0].endsWith('env') && args.some((a) => a.endsWith('server.js'))) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const script = args.findIndex((a) => a.endsWith('server.js'));
      assert.ok(script > 0, `the server did not start: ${args.join(' ')}`);
      assert.deepEqual(args.slice(1, script), FLAGS);
      assert.deepEqual(args.slice(script + 1), ['--stdio']);
    } finally {
      child.kill();
    }
  });
});
