// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rmplint/<rule>::message`), shown
// on the pull request's diff and the run's summary without uploading SARIF. Escaping is
// the runner's own (actions/toolkit, command.ts): data escapes %, CR and LF; property
// values also escape ':' and ','.
import type { Severity } from '../engine/rule';
import type { PlanReport } from './results';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly PlanReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      const properties = [
        ['file', f.file.split('\\').join('/')],
        ['line', String(f.line)],
        ['col', String(f.column)],
        ['endLine', String(f.endLine)],
        ['endColumn', String(f.endColumn)],
        ['title', `rmplint/${f.rule}`],
      ];
      lines.push(`::${COMMAND[f.severity]} ${properties.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}::${escapeData(f.message)}\n`);
    }
  }
  return lines.join('');
}
