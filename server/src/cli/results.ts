// Findings as the command line reports them: 1-based lines and columns, the file as given.
import type { Finding } from '../engine/lint';
import type { LineIndex } from '../model/positions';
import type { Severity } from '../engine/rule';

export interface ReportedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

/** The findings of one linted plan. */
export interface PlanReport {
  readonly file: string;
  readonly findings: readonly ReportedFinding[];
}

/** A file named on the command line that was not taken as a plan, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export function reportFindings(file: string, lines: LineIndex, findings: readonly Finding[]): PlanReport {
  return {
    file,
    findings: findings.map((f) => {
      const range = lines.rangeOf(f.range);
      return {
        file,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
      };
    }),
  };
}
