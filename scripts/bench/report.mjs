// The bench result as Markdown tables (printed, and pasted into docs/benchmarks.md).

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = header.map((h, i) => (i === 0 ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

const n = (value) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value));

/** Issue 14: how long after a window reload the restored plan shows its findings, and how much of that is VS Code's own start. */
function reloadText(reload) {
  if (!reload || reload.skipped) return `**Reload to diagnostics and the preview in the workbench** (real VS Code): not measured (${reload?.skipped ?? 'not run'}).`;
  const r = reload.reload;
  return `**Reload to diagnostics** (code-server + Chromium, ${reload.workspacePlans} plans in the workspace, one open; median of ${reload.reloads} reloads, ms): workbench back ${n(r.workbenchMs)}, rmplint's status item ${n(r.statusMs)}, squiggles in the restored editor ${n(r.diagnosticsMs)} (max ${n(r.maxMs)}). Opening the plan in a fresh window: ${n(reload.firstOpenMs)}.` +
    (reload.preview ? `\n\n**Preview in the workbench** (keystroke in a risk's title → the webview's DOM shows it, ${n(reload.preview.risks)}-risk Markdown plan, ${reload.preview.keystrokes} keystrokes, ms): p50 ${n(reload.preview.p50)}, p95 ${n(reload.preview.p95)}, max ${n(reload.preview.max)}.` : '');
}

export function reportText(result) {
  const m = result.machine;
  const parts = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}. Date ${result.date.slice(0, 10)}; plans linted with today = ${result.today}. Diagnostics: ${result.diagnostics}. Load average (1 min) ${result.load.before[0]} before, ${result.load.after[0]} after; bench took ${result.totalSeconds} s.`,
    '',
    '**In-process lint** (`analyse()` from `server/out/engine`, warm runs, ms)',
    '',
    table(
      ['form', 'risks', 'KB', 'findings', 'first', 'p50', 'p95', 'max', 'runs'],
      result.inProcess.map((r) => [r.form, n(r.risks), n(Math.round(r.bytes / 1024)), n(r.findings), n(r.firstMs), n(r.p50), n(r.p95), n(r.max), r.n]),
    ),
    '',
    '**Preview update** (issue 4: under 200 ms after the last keystroke; debounce + analyse + render as blocks + the update with the changed blocks, in the server, ms; the webview\'s DOM patch is not included; the update\'s size, answer and keys, at the last edit)',
    '',
    table(
      ['form', 'risks', 'debounce', 'analyse + render p50', 'p95', 'max', 'edits', 'update KB'],
      (result.preview ?? []).map((r) => [r.form, n(r.risks), n(r.debounceMs), n(r.p50), n(r.p95), n(r.max), r.n, n(r.updateKB)]),
    ),
    '',
    '**Language server over stdio** (`dist/server.js --stdio`, ms; edits type one character after another in the middle of the plan)',
    '',
    table(
      ['form', 'risks', 'spawn → initialize', 'didOpen → diagnostics', 'edit p50', 'edit p95', 'edit max', 'server CPU / edit', 'edits', 'peak RSS MB'],
      result.lsp.map((r) => [r.form, n(r.risks), n(r.initializeMs), n(r.firstDiagnosticsMs), n(r.edit.p50), n(r.edit.p95), n(r.edit.max), n(r.editCpuMs), `${r.edit.n} (${r.sync})`, n(r.peakRssMb)]),
    ),
    '',
    '**Plan variants over LSP** (1,000 risks, written as people write plans; same method)',
    '',
    table(
      ['variant', 'didOpen → diagnostics', 'edit p50', 'edit p95', 'edit max', 'server CPU / edit', 'peak RSS MB', 'diagnostics'],
      (result.variants ?? []).map((r) => [r.name, n(r.firstDiagnosticsMs), n(r.edit.p50), n(r.edit.p95), n(r.edit.max), n(r.editCpuMs), n(r.peakRssMb), n(r.diagnostics)]),
    ),
    '',
    `**CLI**: ${result.cli.plans} typical plans (${n(result.cli.findings)} findings), \`rmplint --format json <folder>\`: median ${n(result.cli.medianMs)} ms wall, fastest ${n(result.cli.minMs)} ms of ${result.cli.runs} runs.`,
    '',
    `**Extension**: ${result.extension.method}: median ${n(result.extension.medianMs)} ms (of which loading the bundle ${n(result.extension.loadMs)} ms); dist/extension.js is ${n(result.extension.bundleKb)} KB. .vsix: ${result.vsix.kb !== undefined ? `${n(result.vsix.kb)} KB (${result.vsix.file})` : `not measured (${result.vsix.skipped})`}.`,
    '',
    reloadText(result.reload),
    '',
    '**Targets of issue 6**',
    '',
    table(
      ['target', 'measured', 'limit', 'met'],
      result.targets.map((t) => [t.name, `${n(t.value)} ${t.unit}`, `≤ ${n(t.limit)} ${t.unit}`, t.met ? 'yes' : '**no**']),
    ),
  ];
  return parts.join('\n');
}

export function printReport(result) {
  process.stdout.write(`${reportText(result)}\n`);
}
