// The CLI on worker threads (issue 17): on a folder large enough for workers, the report,
// stderr and exit status are those of one thread, byte for byte, in every case of the
// fixture set (findings, config and register warnings, skipped and missing files, plans named twice).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandTargets, uniqueCandidates } from '../../server/out/cli/lint-command';
import { FILES_PER_THREAD, threadCount } from '../../server/out/cli/lint-pool';
import { parseCommandLine, UsageError } from '../../server/out/cli/args';
import { ROOT, rmplint, tempDir } from './cli-run';

const TODAY = '2026-06-15';
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** Folders of plans, configs, registers and non-plans that are copied again and again. */
const SOURCES = ['cli', 'plans', 'yaml', 'markdown', 'oscal'];

/** Copies of the fixture folders under `dir` until it holds at least `files` candidate files. */
function fillWith(dir: string, files: number, sources: readonly string[]): void {
  for (let copy = 0; countFiles(dir) < files; copy++) {
    for (const source of sources) fs.cpSync(path.join(FIXTURES, source), path.join(dir, `copy${copy}`, source), { recursive: true });
  }
}

function countFiles(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;
}

describe('rmplint on worker threads', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tempDir('rmplint-workers-');
    fillWith(path.join(dir, 'mixed'), 2 * FILES_PER_THREAD + 40, SOURCES);
    fillWith(path.join(dir, 'findings'), 2 * FILES_PER_THREAD + 40, ['plans']);
    fs.mkdirSync(path.join(dir, 'clean'));
    for (let i = 0; i < 2 * FILES_PER_THREAD; i++) fs.copyFileSync(path.join(FIXTURES, 'cli', 'clean.rmp.md'), path.join(dir, 'clean', `clean-${i}.rmp.md`));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Team notes\n\nNothing here is a plan.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const runs: { name: string; targets: string[]; status: number }[] = [
    { name: 'plans with findings', targets: ['findings'], status: 1 },
    { name: 'clean plans', targets: ['clean'], status: 0 },
    { name: 'configs with an unknown key, registers missing, OSCAL, non-plans, a file named twice, one skipped and one missing', targets: ['mixed', 'findings/copy0/plans', 'notes.md', 'missing.rmp.md'], status: 2 },
  ];
  for (const run of runs) {
    for (const format of ['text', 'json']) {
      it(`${run.name}, --format ${format}: two threads say what one thread says (exit ${run.status})`, () => {
        const options = parseCommandLine(['--today', TODAY, '--concurrency', '2', ...run.targets], {});
        assert.equal(options.kind, 'lint');
        const candidates = uniqueCandidates(expandTargets((options as Extract<typeof options, { kind: 'lint' }>).options, dir)).length;
        // Enough files that the run really lints on two threads (this one and a worker).
        assert.equal(threadCount(2, candidates), 2, `${candidates} files`);
        const args = ['--today', TODAY, '--format', format, ...run.targets];
        const one = rmplint([...args, '--concurrency', 'off'], { cwd: dir });
        const two = rmplint([...args, '--concurrency', '2'], { cwd: dir });
        assert.equal(one.status, run.status, one.stderr);
        assert.equal(two.status, one.status);
        assert.equal(two.stderr, one.stderr);
        assert.equal(two.stdout, one.stdout);
        assert.ok(one.stdout.length > 0);
      });
    }
  }

  it('RMPLINT_CONCURRENCY=off and --concurrency 1 keep to one thread; a bad value is a usage error', () => {
    const options = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
      const parsed = parseCommandLine([...argv, 'plans'], env);
      return parsed.kind === 'lint' ? parsed.options.concurrency : undefined;
    };
    assert.equal(options([]), 'auto');
    assert.equal(options([], { RMPLINT_CONCURRENCY: 'off' }), 'off');
    assert.equal(options(['--concurrency', '1']), 'off');
    assert.equal(options(['--concurrency', '3'], { RMPLINT_CONCURRENCY: 'off' }), 3);
    assert.throws(() => options(['--concurrency', 'many']), UsageError);
    assert.throws(() => options([], { RMPLINT_CONCURRENCY: '0' }), UsageError);
  });

  it('starts no worker for a small run, nor with one core; on two cores both, on more one thread a core but one (left to V8), this one included', () => {
    assert.equal(threadCount('auto', 2 * FILES_PER_THREAD - 1, 8), 1);
    assert.equal(threadCount('auto', 2 * FILES_PER_THREAD, 8), 2);
    assert.equal(threadCount('auto', 100 * FILES_PER_THREAD, 4), 3);
    assert.equal(threadCount('auto', 100 * FILES_PER_THREAD, 2), 2);
    assert.equal(threadCount('auto', 100 * FILES_PER_THREAD, 1), 1);
    assert.equal(threadCount('off', 100 * FILES_PER_THREAD, 8), 1);
    assert.equal(threadCount(4, 100 * FILES_PER_THREAD, 2), 4);
  });
});
