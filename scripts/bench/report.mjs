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
    (reload.preview ? `\n\n**Preview in the workbench** (keystroke in a risk's title → the webview's DOM shows it, ${n(reload.preview.risks)}-risk Markdown plan, ${reload.preview.keystrokes} keystrokes, ms): p50 ${n(reload.preview.p50)}, p95 ${n(reload.preview.p95)}, max ${n(reload.preview.max)}; the language server's peak RSS, plan and preview open: ${reload.preview.serverPeakRssMb === undefined ? 'not found' : `${n(reload.preview.serverPeakRssMb)} MB`}.` : '');
}

/** The variants' table, and the register edits of those that time them (issue 15). */
export function variantsText(variants) {
  const crossFile = variants.filter((r) => r.registerEdit);
  return [
    '**Plan variants over LSP** (1,000 risks, written as people write plans; same method)',
    '',
    table(
      ['variant', 'didOpen → diagnostics', 'edit p50', 'edit p95', 'edit max', 'server CPU / edit', 'peak RSS MB', 'diagnostics'],
      variants.map((r) => [r.name, n(r.firstDiagnosticsMs), n(r.edit.p50), n(r.edit.p95), n(r.edit.max), n(r.editCpuMs), n(r.peakRssMb), n(r.diagnostics)]),
    ),
    ...(crossFile.length === 0
      ? []
      : [
          '',
          "**Cross-file edits** (issue 15: a character typed in the risk analysis register open beside the plan → the plan's diagnostics naming the change, ms)",
          '',
          table(
            ['variant', 'p50', 'p95', 'max', 'edits'],
            crossFile.map((r) => [r.name, n(r.registerEdit.p50), n(r.registerEdit.p95), n(r.registerEdit.max), r.registerEdit.n]),
          ),
        ]),
  ].join('\n');
}

/** Issue 17: the workspace pass of 1,000 plans beside edits to an open plan, and the CLI on one thread and on workers. */
export function organisationText(o) {
  if (!o) return '**Workspace of 1,000 plans**: not measured (--no-organisation, or no 1,000-risk size).';
  const s = o.withPass;
  return [
    `**Workspace of ${n(o.plans)} plans of 20 risks** (workspace linting on; "all linted": each of the ${n(o.withFindings)} with findings has its diagnostics; the 1,000-risk heading plan open and edited ${s.edit.n} times as soon as it has its first diagnostics; load average ${o.load[0]} after): all linted ${s.allLintedS} s after the server started, peak RSS ${n(s.peakRssMb)} MB; edit p50 ${n(s.edit.p50)} ms (p95 ${n(s.edit.p95)}, ${s.editsDuringPass} of ${s.edit.n} edits answered before the pass ended) against ${n(o.alone.edit.p50)} ms (p95 ${n(o.alone.edit.p95)}) with workspace linting off (peak RSS ${n(o.alone.peakRssMb)} MB).`,
    '',
    `**CLI on the same ${n(o.cli.plans)} plans** (${n(o.cli.findings)} findings, \`--format json\`, one thread and workers in turn, median of ${o.cli.runs} each): one thread ${n(o.cli.singleMs)} ms (${o.cli.singleRangeMs.map(n).join('–')}), worker threads ${n(o.cli.workersMs)} ms (${o.cli.workersRangeMs.map(n).join('–')}), ratio ${o.cli.ratio}; same report: ${o.cli.sameOutput ? 'yes' : '**no**'}.`,
  ].join('\n');
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
    variantsText(result.variants ?? []),
    '',
    organisationText(result.organisation),
    '',
    `**CLI**: ${result.cli.plans} typical plans (${n(result.cli.findings)} findings), \`rmplint --format json <folder>\`: median ${n(result.cli.medianMs)} ms wall, fastest ${n(result.cli.minMs)} ms of ${result.cli.runs} runs.`,
    '',
    `**Extension**: ${result.extension.method}: median ${n(result.extension.medianMs)} ms (of which loading the bundle ${n(result.extension.loadMs)} ms); dist/extension.js is ${n(result.extension.bundleKb)} KB. .vsix: ${result.vsix.kb !== undefined ? `${n(result.vsix.kb)} KB (${result.vsix.file})` : `not measured (${result.vsix.skipped})`}.`,
    '',
    reloadText(result.reload),
    '',
    '**Targets** (issue 6, and issue 17 where measured)',
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
