// Where the time goes: CPU profiles of the in-process lint and of the language server
// (unminified, from server/out) on the 1,000-risk plans, summarised as the functions and
// files with the most self time, and the functions with the most inclusive time.
// Usage: node scripts/bench/profile.mjs [--risks 1000] [--out bench/results/profiles]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from './in-process.mjs';
import { benchServer } from './lsp.mjs';
import { BENCH_TODAY, FORMS, extensionOf, generatePlan, kindOf } from './plans.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LINT_RUNS = 20;
const EDITS = 50;
const TOP = 12;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
}

async function profileInProcess(engine, form, text) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  engine.analyse(text, kindOf(form), { today: BENCH_TODAY });
  await session.post('Profiler.start');
  for (let i = 0; i < LINT_RUNS; i++) engine.analyse(text, kindOf(form), { today: BENCH_TODAY });
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile;
}

const OVERHEAD = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
/** Frames of the harness and of Node itself, left out of inclusive time (they hold everything). */
const HARNESS = /^(scripts\/|node:|\(native\))/;

function where(frame) {
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const file = path.startsWith('/') ? relative(REPO, path) : path || '(native)';
  return { fn: frame.functionName || '(anonymous)', file, line: frame.lineNumber + 1 };
}

/** Self and inclusive milliseconds per function and self per file, from one .cpuprofile. */
export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const inclusive = new Map();
  const files = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = nodes.get(id);
    if (node.callFrame.functionName === '(idle)') return;
    total += ms;
    const w = where(node.callFrame);
    const key = OVERHEAD.has(w.fn) ? w.fn : `${w.file}:${w.line} ${w.fn}`;
    add(self, key, ms);
    add(files, OVERHEAD.has(w.fn) ? w.fn : w.file, ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = where(nodes.get(at).callFrame);
      const k = `${f.file}:${f.line} ${f.fn}`;
      if (!OVERHEAD.has(f.fn) && !HARNESS.test(f.file) && !seen.has(k)) {
        seen.add(k);
        add(inclusive, k, ms);
      }
    }
  });
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([what, ms]) => ({ what, ms: Math.round(ms), share: `${Math.round((100 * ms) / total)}%` }));
  return { totalMs: Math.round(total), selfByFunction: top(self), selfByFile: top(files), inclusiveByFunction: top(inclusive) };
}

function print(title, summary) {
  process.stdout.write(`\n## ${title} (${summary.totalMs} ms sampled, idle excluded)\n`);
  for (const [name, rows] of [['self time by function', summary.selfByFunction], ['self time by file', summary.selfByFile], ['inclusive time by function', summary.inclusiveByFunction]]) {
    process.stdout.write(`\n${name}:\n`);
    for (const r of rows) process.stdout.write(`  ${r.share.padStart(4)} ${String(r.ms).padStart(6)} ms  ${r.what}\n`);
  }
}

async function main() {
  const risks = Number(option('--risks', '1000'));
  // An absolute --out is taken as it is; a relative one is under the repository (bench/results is ignored by git).
  const out = resolve(REPO, option('--out', join('bench', 'results', 'profiles')));
  mkdirSync(out, { recursive: true });
  const engine = loadEngine(REPO);
  for (const form of FORMS) {
    const text = generatePlan(form, risks, 1);
    const lintProfile = await profileInProcess(engine, form, text);
    writeFileSync(join(out, `lint-${form}-${risks}.cpuprofile`), JSON.stringify(lintProfile));
    print(`in-process lint, ${form}, ${risks} risks, ${LINT_RUNS} runs`, summarise(lintProfile));

    const serverDir = join(out, `server-${form}-${risks}`);
    mkdirSync(serverDir, { recursive: true });
    const file = join(out, `plan-${risks}-${form}${extensionOf(form)}`);
    writeFileSync(file, text);
    const before = new Set(readdirSync(serverDir));
    await benchServer({ serverArgs: ['--cpu-prof', '--cpu-prof-dir', serverDir, join(REPO, 'server', 'out', 'server', 'node-main.js')], file, text, edits: EDITS });
    const written = readdirSync(serverDir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
    if (!written) throw new Error(`the server wrote no profile into ${serverDir}`);
    print(`language server, ${form}, ${risks} risks, open + ${EDITS} edits`, summarise(JSON.parse(readFileSync(join(serverDir, written), 'utf8'))));
  }
}

await main();
