// (d) The CLI's wall time on a folder of 200 typical plans: copies of the example plans
// and small generated ones (10 and 100 risks, every form), as a compliance repository holds.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_TODAY, FORMS, extensionOf, generatePlan } from './plans.mjs';
import { msSince, round } from './stats.mjs';

const PLAN_COUNT = 200;
const RUNS = 3;

/** Fills `folder` with PLAN_COUNT plans: half copies of the examples, half generated. */
export function writePlanFolder(repo, folder) {
  mkdirSync(folder, { recursive: true });
  const examples = readdirSync(join(repo, 'examples')).filter((f) => /\.rmp\.(md|ya?ml)$/.test(f));
  let written = 0;
  for (let copy = 0; written < PLAN_COUNT / 2; copy++) {
    for (const name of examples) {
      if (written === PLAN_COUNT / 2) break;
      copyFileSync(join(repo, 'examples', name), join(folder, `copy${copy}-${name}`));
      written++;
    }
  }
  for (let seed = 1; written < PLAN_COUNT; seed++, written++) {
    const form = FORMS[seed % FORMS.length];
    const risks = seed % 4 === 0 ? 100 : 10;
    writeFileSync(join(folder, `generated${seed}-${risks}${extensionOf(form)}`), generatePlan(form, risks, seed));
  }
}

/** Median and fastest wall time of `rmplint --format json <folder>` over a few runs. */
export function benchCli(repo, folder) {
  const samples = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), '--today', BENCH_TODAY, '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
    samples.push(msSince(start));
    if (run.status !== 0 && run.status !== 1) throw new Error(`rmplint exited with ${run.status}: ${run.stderr}`);
    findings = JSON.parse(run.stdout).length;
  }
  samples.sort((a, b) => a - b);
  return { plans: PLAN_COUNT, runs: RUNS, medianMs: round(samples[Math.floor(RUNS / 2)]), minMs: round(samples[0]), findings };
}
