// `--format text`: one line per finding, grouped by file, and a summary line.
import type { PlanReport } from './results';

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `skipped`: files named but not read as plans; `summary`: false when the run stopped on a usage problem, whose counts would mislead. */
export function formatText(reports: readonly PlanReport[], skipped = 0, summary = true): string {
  const groups: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    groups.push(
      report.findings
        .map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.rule}\n`)
        .join(''),
    );
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  const skippedNote = skipped > 0 ? `, ${plural(skipped, 'file')} skipped (not plans)` : '';
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(reports.length, 'plan')}${skippedNote}\n`;
  return [...groups, ...(summary ? [counts] : [])].join('\n');
}
