// (a) In-process lint time: `analyse()` from the compiled engine on one plan text, timed
// over warm runs (after a few unmeasured ones, so JIT warm-up is not counted).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_TODAY, kindOf } from './plans.mjs';
import { msSince, round, summary } from './stats.mjs';

/** Measured runs per plan size: enough for a stable p95 without blowing the time budget. */
const RUNS = { 10: 200, 100: 100, 1000: 20, 5000: 6 };
const WARMUP = { 10: 20, 100: 10, 1000: 3, 5000: 2 };

/** The compiled engine, run with the rule registry as the hosts run it. */
export function loadEngine(repo) {
  const require = createRequire(import.meta.url);
  const { analyse } = require(join(repo, 'server', 'out', 'engine', 'lint.js'));
  const { RULES } = require(join(repo, 'server', 'out', 'rules', 'index.js'));
  return { analyse: (text, kind, options) => analyse(text, kind, { rules: RULES, ...options }) };
}

export function benchInProcess(engine, form, riskCount, text) {
  const kind = kindOf(form);
  const options = { today: BENCH_TODAY };
  const coldStart = process.hrtime.bigint();
  const findings = engine.analyse(text, kind, options).findings.length;
  const firstMs = msSince(coldStart);
  for (let i = 0; i < (WARMUP[riskCount] ?? 3); i++) engine.analyse(text, kind, options);
  const samples = [];
  for (let i = 0; i < (RUNS[riskCount] ?? 10); i++) {
    const start = process.hrtime.bigint();
    engine.analyse(text, kind, options);
    samples.push(msSince(start));
  }
  return { firstMs: round(firstMs), ...summary(samples), findings };
}
