// `npm run bench:peers`: rmplint beside its peers on the shared finding-heavy plans (issue 17).
// The shared harness (../shared/bench/lsp-bench.mjs) drives each server the same way; the
// peers (rumdl's server for Markdown, yaml-language-server for YAML) are installed in
// ../shared/bench, never in this project. Servers run in turn, round after round, so a
// change in the machine's load falls on all of them; ratios are taken per round.
// Skipped, with the reason, when ../shared/bench is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantile, round } from './stats.mjs';
import { NODE24 } from '../vscode-host/setup.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(REPO, '..', 'shared', 'bench');
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const EDITS = 30;
const TODAY = '2026-06-15';
const SETTINGS = JSON.stringify({ rmplint: { today: TODAY } });

if (!existsSync(join(SHARED, 'lsp-bench.mjs'))) {
  console.log(`bench:peers skipped: ${SHARED} is absent (the peer harness lives beside the project, in ../shared/bench).`);
  process.exit(0);
}
if (!existsSync(join(SHARED, 'node_modules', 'yaml-language-server'))) {
  console.error('Installing the peers into ../shared/bench (npm install there; nothing enters this project) …');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: SHARED, stdio: 'inherit' });
}
if (!existsSync(join(SHARED, 'plans', 'plan-1000.yaml'))) execFileSync(process.execPath, ['gen-plan.mjs', '--all'], { cwd: SHARED, stdio: 'inherit' });

const plan = (ext) => join(SHARED, 'plans', `plan-1000.${ext}`);
/** rmplint's server as the editor and its bin start it: with the Node flags of server/node-flags.json. */
const RMPLINT = `node ${JSON.parse(readFileSync(join(REPO, 'server', 'node-flags.json'), 'utf8')).join(' ')} ${join(REPO, 'dist', 'server.js')} --stdio`;
/**
 * VS Code runs the server on its own runtime (Electron's V8 13), not on the Node 20 of a CI
 * machine; the Node 24 the editor tests install (V8 13.6) stands in for it, when it is there.
 */
const HOST_NODE = NODE24;
const ON_HOST_NODE = 'rmplint on Node 24';
const SERVERS = [
  { name: 'rmplint', form: 'md', language: 'markdown', cmd: RMPLINT, settings: SETTINGS },
  ...(existsSync(HOST_NODE) ? [{ name: ON_HOST_NODE, form: 'md', language: 'markdown', cmd: RMPLINT.replace(/^node /, `${HOST_NODE} `), settings: SETTINGS }] : []),
  { name: 'rumdl server', form: 'md', language: 'markdown', cmd: `${join(SHARED, 'node_modules', '@rumdl', 'cli-linux-x64', 'rumdl')} server --no-config` },
  { name: 'rmplint', form: 'yaml', language: 'yaml', cmd: RMPLINT, settings: SETTINGS },
  ...(existsSync(HOST_NODE) ? [{ name: ON_HOST_NODE, form: 'yaml', language: 'yaml', cmd: RMPLINT.replace(/^node /, `${HOST_NODE} `), settings: SETTINGS }] : []),
  { name: 'yaml-language-server', form: 'yaml', language: 'yaml', cmd: `node ${join(SHARED, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server')} --stdio`, settings: join(SHARED, 'peers', 'yaml-settings.json') },
];

/** One harness run; rumdl's server misses about one start in twenty-four, so a run that reports nothing is tried again. */
function harness(server) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const args = [join(SHARED, 'lsp-bench.mjs'), '--cmd', server.cmd, '--file', plan(server.form), '--language', server.language, '--edits', String(EDITS)];
    if (server.settings) args.push('--settings', server.settings);
    const run = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
    const out = run.stdout ? JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) : undefined;
    if (out && out.firstDiagnosticsCount > 0) return out;
    process.stderr.write(`  ${server.name} (${server.form}) reported no diagnostics; again\n`);
  }
  throw new Error(`${server.name} on ${plan(server.form)} reported no diagnostics in three starts`);
}

/** The CLI on one plan, wall time, median of five. */
function cliWall(ext) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), '--today', TODAY, '--format', 'json', plan(ext)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return round(quantile(times, 0.5));
}

const runs = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const server of SERVERS) {
    const out = harness(server);
    runs.push({ round: r, server: server.name, form: server.form, first: out.firstDiagnosticsMs, p50: out.edits.p50Ms, p95: out.edits.p95Ms, diagnostics: out.diagnosticsCount, mode: out.diagnosticsMode, peakRssMB: out.peakRssMB });
    process.stderr.write(`round ${r + 1}/${ROUNDS} ${server.name} ${server.form}: first ${out.firstDiagnosticsMs} ms, edit p50 ${out.edits.p50Ms} ms\n`);
  }
}
const cli = { md: cliWall('md'), yaml: cliWall('yaml') };

const mid = (values) => round(quantile(values, 0.5));
const spread = (values) => `${round(Math.min(...values))}–${round(Math.max(...values))}`;
const of = (server, form) => runs.filter((x) => x.server === server && x.form === form);
const rows = [];
const targets = [];
for (const [form, peer, limit] of [['md', 'rumdl server', 0.25], ['yaml', 'yaml-language-server', 0.03]]) {
  const ours = of('rmplint', form);
  const theirs = of(peer, form);
  const ratios = ours.map((o) => o.p50 / theirs.find((t) => t.round === o.round).p50);
  rows.push({
    form, peer, findings: ours[0].diagnostics, peerFindings: theirs[0].diagnostics,
    first: mid(ours.map((o) => o.first)), firstSpread: spread(ours.map((o) => o.first)),
    p50: mid(ours.map((o) => o.p50)), p50Spread: spread(ours.map((o) => o.p50)), p95: mid(ours.map((o) => o.p95)),
    peerFirst: mid(theirs.map((t) => t.first)), peerP50: mid(theirs.map((t) => t.p50)), peerP50Spread: spread(theirs.map((t) => t.p50)),
    ratio: Math.round(quantile(ratios, 0.5) * 1000) / 1000, ratioSpread: `${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}`,
    peakRssMB: Math.max(...ours.map((o) => o.peakRssMB)),
    cliMs: cli[form],
  });
  const row = rows[rows.length - 1];
  targets.push([`${form}: edit p50 ÷ ${peer}'s`, row.ratio, `≤ ${limit}`, row.ratio <= limit]);
  targets.push([`${form}: edit p95`, `${row.p95} ms`, '≤ 40 ms', row.p95 <= 40]);
  targets.push([`${form}: first diagnostics`, `${row.first} ms`, '≤ 150 ms', row.first <= 150]);
  targets.push([`${form}: CLI on the plan (wall)`, `${row.cliMs} ms`, '≤ 300 ms', row.cliMs <= 300]);
}

const table = (header, body) => [header, header.map((_, i) => (i ? '---:' : '---')), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
console.log(`Peers on the shared 1,000-risk plans (../shared/bench/plans, today ${TODAY}), ${ROUNDS} rounds in turn, ${EDITS} edits a run; medians (spread), ms.\n`);
console.log(table(
  ['plan', 'rmplint findings', 'rmplint first', 'rmplint edit p50', 'rmplint edit p95', 'peer', 'peer first', 'peer edit p50', 'ratio p50', 'rmplint peak RSS MB', 'CLI wall'],
  rows.map((r) => [`plan-1000.${r.form}`, r.findings, `${r.first} (${r.firstSpread})`, `${r.p50} (${r.p50Spread})`, r.p95, r.peer, r.peerFirst, `${r.peerP50} (${r.peerP50Spread})`, `${r.ratio} (${r.ratioSpread})`, r.peakRssMB, r.cliMs]),
));
const hostRows = [['md', 'rumdl server'], ['yaml', 'yaml-language-server']].filter(([form]) => of(ON_HOST_NODE, form).length > 0).map(([form, peer]) => {
  const ours = of(ON_HOST_NODE, form);
  const ratios = ours.map((o) => o.p50 / of(peer, form).find((t) => t.round === o.round).p50);
  return [`plan-1000.${form}`, `${mid(ours.map((o) => o.first))} (${spread(ours.map((o) => o.first))})`, `${mid(ours.map((o) => o.p50))} (${spread(ours.map((o) => o.p50))})`, mid(ours.map((o) => o.p95)), `${Math.round(quantile(ratios, 0.5) * 1000) / 1000} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`, Math.max(...ours.map((o) => o.peakRssMB))];
});
console.log(hostRows.length > 0
  ? `\nThe same server on Node 24 (V8 13.6, as the editor runs it on Electron's V8), in the same rounds; the targets below are taken on ${process.version}:\n\n${table(['plan', 'first', 'edit p50', 'edit p95', `ratio p50 to the same round's peer`, 'peak RSS MB'], hostRows)}`
  : '\nNode 24 not installed (npm run test:vscode installs it): the server measured on this Node only.');
console.log('\n**Targets of issue 17**\n');
console.log(table(['target', 'measured', 'limit', 'met'], targets.map(([name, value, limit, met]) => [name, value, limit, met ? 'yes' : '**no**'])));
const out = join(REPO, 'bench', 'results', 'peers.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rounds: ROUNDS, runs, rows, hostRows, targets }, null, 2)}\n`);
console.log(`\nWrote ${out}`);
