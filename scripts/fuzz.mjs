// `npm run fuzz`: the long run of the property tests and the LSP session that `npm test`
// runs briefly. Counts come from the environment (RMPLINT_FUZZ_RUNS, RMPLINT_SESSION_EDITS,
// RMPLINT_FUZZ_SEED); a different seed explores new cases: `RMPLINT_FUZZ_SEED=7 npm run fuzz`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const env = {
  ...process.env,
  RMPLINT_FUZZ_RUNS: process.env.RMPLINT_FUZZ_RUNS ?? '1000',
  RMPLINT_SESSION_EDITS: process.env.RMPLINT_SESSION_EDITS ?? '20000',
  RMPLINT_FUZZ_SEED: process.env.RMPLINT_FUZZ_SEED ?? String(Date.now() % 2 ** 31),
};
console.log(`fuzz: ${env.RMPLINT_FUZZ_RUNS} runs per property, a ${env.RMPLINT_SESSION_EDITS}-step LSP session, seed ${env.RMPLINT_FUZZ_SEED}`);
const started = Date.now();
const result = spawnSync(process.execPath, [mocha, '--no-config', '--reporter', 'spec', 'test/out/fuzz-*.test.js', 'test/out/long-session.test.js'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
console.log(`fuzz: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s (replay with RMPLINT_FUZZ_SEED=${env.RMPLINT_FUZZ_SEED})`);
process.exitCode = result.status ?? 1;
