// Findings as the command line reports them: 1-based lines and columns, the file as given.
import type { Finding } from '../engine/lint';
import type { LineIndex } from '../model/positions';
import type { Severity } from '../engine/rule';
import type { PlanModel } from '../model/plan-model';

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
  /**
   * What each finding (same index) is about, without its line: the ID of the risk it sits in
   * and the text it marks. Lines move as a plan is edited; this does not, so reports that
   * track a finding across runs (GitLab's fingerprint) key on it.
   */
  readonly anchors: readonly string[];
}

/** A file named on the command line that was not taken as a plan, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export function reportFindings(file: string, lines: LineIndex, findings: readonly Finding[], plan?: PlanModel): PlanReport {
  return {
    file,
    anchors: findings.map((f) => `${plan ? riskIdAt(plan, f.range.start) : ''}\u0000${plan ? plan.text.slice(f.range.start, f.range.end) : ''}`),
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

/** The ID (else the title) of the risk whose block holds an offset: the last risk starting at or before it. */
function riskIdAt(plan: PlanModel, offset: number): string {
  let found = '';
  for (const risk of plan.risks) {
    if (risk.firstLine.start > offset) continue;
    found = risk.id?.value || risk.title?.value || '';
  }
  return found;
}
