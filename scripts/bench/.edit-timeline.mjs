// Issue 17: what a keystroke and a first lint cost on a finding-heavy plan, in process, as the
// language server spends it (analyse, findings → LSP diagnostics, the JSON the server writes).
// Usage: node scripts/bench/edit-cost.mjs <plan> [--repo <checkout>] [--edits 60] [--typed] [--no-reuse]
//   --typed types `x` after `x` (a new piece text per keystroke); without it the edits
//   alternate typing and deleting one `x` at the same place, as ../shared/bench/lsp-bench.mjs does.
//   The lint keeps per-risk findings for the next one (`reuse`), as the server's does, unless --no-reuse.
// Prints one JSON line: first lint (cold, this process: parse, rules), first diagnostics + JSON,
// edit p50/p95 of the whole server path and p50 of each stage, CPU per edit. The server calls
// analyse(), which is parsePlan then lintPlan, as here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const file = resolve(process.argv[2]);
const repo = resolve(arg('--repo', '.'));
const edits = Number(arg('--edits', '60'));
const typed = process.argv.includes('--typed');
const require = createRequire(import.meta.url);
const t0 = performance.now();
const { parsePlan, lintPlan } = require(join(repo, 'server/out/engine/lint.js'));
const { LineIndex } = require(join(repo, 'server/out/model/positions.js'));
const { RULES } = require(join(repo, 'server/out/rules/index.js'));
const { diagnosticsOf } = require(join(repo, 'server/out/server/diagnostics.js'));
const loadMs = performance.now() - t0;
const kind = file.endsWith('.md') ? 'markdown' : 'yaml';
const options = { today: '2026-06-15', rules: RULES, reuse: !process.argv.includes('--no-reuse') };
let text = readFileSync(file, 'utf8');

function once(t) {
  const a = performance.now();
  const lines = new LineIndex(t);
  const plan = parsePlan(t, kind, lines);
  const parsed = performance.now();
  const analysis = { plan, lines, findings: lintPlan(plan, lines, options) };
  const b = performance.now();
  const diagnostics = diagnosticsOf({ ...analysis });
  const c = performance.now();
  const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///p', version: 1, diagnostics } });
  const d = performance.now();
  return { parse: parsed - a, rules: b - parsed, lint: b - a, diagnostics: c - b, json: d - c, total: d - a, count: diagnostics.length, bytes: json.length };
}

const firstCpu0 = process.cpuUsage();
const first = once(text);
const firstCpu = process.cpuUsage(firstCpu0);
// The edit point the shared harness uses: the end of the first prose line past the middle.
const lines = text.split('\n');
const re = /^[^#|]*\w+ \w+ \w+ [a-z]{2,}$/;
let line = Math.floor(lines.length / 2);
while (line < lines.length && !re.test(lines[line])) line++;
const offset = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + lines[line].length - 1;
const samples = [];
const cpu0 = process.cpuUsage();
for (let k = 0; k < edits; k++) {
  const insert = typed || k % 2 === 0;
  const at = typed ? offset + k : offset;
  text = insert ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  samples.push(once(text));
}
const cpu = process.cpuUsage(cpu0); if (globalThis.__passT) { const n = edits + 1; const rows = globalThis.__passNames.map((name, i) => [name, globalThis.__passT[i] / n]).sort((a, b) => b[1] - a[1]); console.log("planModel per lint", (globalThis.__pm[0] / n).toFixed(2), "passes", rows.reduce((a, r) => a + r[1], 0).toFixed(2)); for (const [name, t] of rows.slice(0, 25)) console.log(t.toFixed(3), name); } if (process.env.TIMELINE) console.log(samples.map((s) => Math.round(s.total)).join(" "));
const q = (key, p) => {
  const s = samples.map((x) => x[key]).sort((a, b) => a - b);
  return Math.round(s[Math.max(0, Math.ceil(p * s.length) - 1)] * 10) / 10;
};
const r = (x) => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  plan: file.split('/').pop(), typed, load: r(loadMs), findings: first.count, jsonKB: Math.round(first.bytes / 1024),
  first: { cpu: r((firstCpu.user + firstCpu.system) / 1000), parse: r(first.parse), rules: r(first.rules), lint: r(first.lint), diagnostics: r(first.diagnostics), json: r(first.json), total: r(first.total) },
  edit: { p50: q('total', 0.5), p95: q('total', 0.95), parseP50: q('parse', 0.5), rulesP50: q('rules', 0.5), diagP50: q('diagnostics', 0.5), jsonP50: q('json', 0.5) },
  cpuPerEdit: r((cpu.user + cpu.system) / 1000 / edits),
}));
