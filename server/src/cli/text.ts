// `--format text`: one line per finding, grouped by file, and a summary line; in colour on a
// terminal (severity, rule and summary), the same characters otherwise.
import type { PlanReport } from './results';
import { NO_COLOUR, type Palette } from './colour';
import type { Severity } from '../engine/rule';

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function severityPaint(p: Palette, severity: Severity): (text: string) => string {
  return severity === 'error' ? p.red : severity === 'warning' ? p.yellow : p.cyan;
}

/** `skipped`: files named but not read as plans; `summary`: false when the run stopped on a usage problem, whose counts would mislead. */
export function formatText(reports: readonly PlanReport[], skipped = 0, summary = true, p: Palette = NO_COLOUR): string {
  const groups: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    groups.push(
      report.findings
        .map((f) => `${p.underline(`${f.file}:${f.line}:${f.column}`)}  ${severityPaint(p, f.severity)(f.severity)}  ${f.message}  ${p.dim(f.rule)}\n`)
        .join(''),
    );
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  const skippedNote = skipped > 0 ? `, ${plural(skipped, 'file')} skipped (not plans)` : '';
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(reports.length, 'plan')}${skippedNote}`;
  const painted = errors > 0 ? p.bold(p.red(counts)) : warnings > 0 ? p.bold(p.yellow(counts)) : p.bold(counts);
  return [...groups, ...(summary ? [`${painted}\n`] : [])].join('\n');
}
