// (g) An organisation's repository (issue 17): a workspace of 1,000 plans of 20 risks each,
// linted by the language server with workspace linting on while the user edits one open
// plan, and by the CLI on one thread and with its worker threads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editPoint, Session } from './lsp.mjs';
import { BENCH_TODAY, FORMS, extensionOf, generatePlan } from './plans.mjs';
import { msSince, round, summary } from './stats.mjs';

export const WORKSPACE_PLANS = 1000;
const RISKS_PER_PLAN = 20;
/** Edits to the open plan; they start once it has its first diagnostics, while the workspace pass runs. */
const EDITS = 50;
const CLI_ROUNDS = 3;
const TIMEOUT_MS = 120_000;

/** Writes the workspace: `plans/` with the 1,000 small plans (every form in turn), and the open plan at the top. */
export function writeWorkspace(folder, openForm, openText) {
  const plans = join(folder, 'plans');
  mkdirSync(plans, { recursive: true });
  for (let i = 0; i < WORKSPACE_PLANS; i++) {
    const form = FORMS[i % FORMS.length];
    writeFileSync(join(plans, `plan-${String(i + 1).padStart(4, '0')}${extensionOf(form)}`), generatePlan(form, RISKS_PER_PLAN, i + 1));
  }
  const open = join(folder, `open-plan${extensionOf(openForm)}`);
  writeFileSync(open, openText);
  return { plans, open };
}

/** `rmplint --format json` on a folder, with the environment's concurrency: wall ms and the findings. */
function runCli(repo, folder, concurrency) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), '--today', BENCH_TODAY, '--format', 'json', '--concurrency', concurrency, folder], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = msSince(start);
  if (run.status !== 0 && run.status !== 1) throw new Error(`rmplint exited with ${run.status}: ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

/**
 * The CLI on the workspace's plans, one thread (`--concurrency off`) and workers (`auto`) in
 * turn, CLI_ROUNDS each: medians, and whether both printed the same report.
 */
export function benchCliThreads(repo, folder) {
  const single = [];
  const workers = [];
  let same = true;
  let findings = 0;
  for (let i = 0; i < CLI_ROUNDS; i++) {
    const one = runCli(repo, folder, 'off');
    const many = runCli(repo, folder, 'auto');
    single.push(one.ms);
    workers.push(many.ms);
    same &&= one.stdout === many.stdout;
    findings = JSON.parse(one.stdout).length;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    plans: WORKSPACE_PLANS,
    findings,
    runs: CLI_ROUNDS,
    singleMs: round(median(single)),
    workersMs: round(median(workers)),
    singleRangeMs: [round(Math.min(...single)), round(Math.max(...single))],
    workersRangeMs: [round(Math.min(...workers)), round(Math.max(...workers))],
    ratio: Math.round((median(workers) / median(single)) * 1000) / 1000,
    sameOutput: same,
  };
}

/** The workspace plans the CLI finds findings in: each must get diagnostics from the server. */
export function plansWithFindings(repo, folder) {
  const { stdout } = runCli(repo, folder, 'auto');
  return new Set(JSON.parse(stdout).map((f) => pathToFileURL(f.file).href));
}

/**
 * One server on the workspace: spawn → initialize (workspace folder) → the open plan opened at
 * once, as a restored editor is; then EDITS keystrokes in it, one at a time, while the server
 * lints the workspace. Returns when every expected plan has diagnostics.
 * `lintWorkspace: false` gives the same session without the workspace pass (the baseline p50).
 */
export async function benchWorkspaceServer({ serverArgs, folder, open, openText, expected, lintWorkspace }) {
  const session = new Session(serverArgs, { today: BENCH_TODAY, lintWorkspace });
  const seen = new Set();
  let allLintedMs;
  let allLinted;
  const done = new Promise((resolve) => (allLinted = resolve));
  session.onPublished = (p) => {
    if (!expected.has(p.uri) || seen.has(p.uri) || p.diagnostics.length === 0) return;
    seen.add(p.uri);
    if (seen.size === expected.size) {
      allLintedMs = msSince(session.spawnedAt);
      allLinted();
    }
  };
  try {
    const rootUri = pathToFileURL(folder).href;
    const { capabilities } = await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { synchronization: { didSave: false }, publishDiagnostics: { versionSupport: true } },
      },
    });
    session.connection.sendNotification('initialized', {});
    const sync = typeof capabilities.textDocumentSync === 'number' ? capabilities.textDocumentSync : capabilities.textDocumentSync?.change;
    if (sync !== 2) throw new Error('the server no longer takes incremental changes');
    const uri = pathToFileURL(open).href;
    let version = 1;
    const firstPublished = session.diagnosticsFor(uri, version);
    const openedAt = process.hrtime.bigint();
    session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: open.endsWith('.yaml') ? 'yaml' : 'markdown', version, text: openText } });
    await firstPublished;
    const firstDiagnosticsMs = msSince(openedAt);
    const at = editPoint(openText);
    const samples = [];
    /** Plans linted when each edit was answered: the edits answered before the pass ended are the ones that count. */
    let duringPass = 0;
    for (let i = 0; i < EDITS; i++) {
      const where = { line: at.line, character: at.character + i };
      version++;
      const published = session.diagnosticsFor(uri, version);
      const sentAt = process.hrtime.bigint();
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: where, end: where }, text: 'x' }] });
      await published;
      samples.push(msSince(sentAt));
      if (lintWorkspace && seen.size < expected.size) duringPass++;
    }
    if (lintWorkspace) {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${expected.size - seen.size} plans without diagnostics after ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref());
      await Promise.race([done, timeout]);
    }
    return {
      lintWorkspace,
      plans: expected.size,
      allLintedS: allLintedMs === undefined ? undefined : Math.round(allLintedMs / 100) / 10,
      firstDiagnosticsMs: round(firstDiagnosticsMs),
      edit: summary(samples),
      editsDuringPass: duringPass,
      peakRssMb: session.peakRssMb(),
    };
  } finally {
    await session.close().catch(() => session.child.kill());
  }
}
