// `--format gitlab`: a GitLab Code Quality report (the Code Climate issue subset GitLab
// reads: description, check_name, fingerprint, severity, location.path, location.lines.begin),
// shown in merge request widgets and diffs. The fingerprint must stay the same while a
// finding stays, or GitLab shows it as fixed and new again: it hashes the file, the rule and
// what the finding is about (risk ID and the text it marks), never the line.
import { createHash } from 'crypto';
import type { Severity } from '../engine/rule';
import type { PlanReport } from './results';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export function formatGitlab(reports: readonly PlanReport[]): string {
  const issues = reports.flatMap((report) => {
    // Two findings alike in all but line (two owners left TBD in one risk) are told apart by their order.
    const seen = new Map<string, number>();
    return report.findings.map((f, i) => {
      const key = [report.file.split('\\').join('/'), f.rule, report.anchors[i] ?? ''].join('\u0000');
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      return {
        type: 'issue',
        description: f.message,
        check_name: f.rule,
        fingerprint: createHash('md5').update(`${key}\u0000${nth}`).digest('hex'),
        severity: SEVERITY[f.severity],
        location: { path: f.file.split('\\').join('/').replace(/^\.\//, ''), lines: { begin: f.line, end: f.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
