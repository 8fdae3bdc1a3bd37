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
  const riskIdAt = plan && riskIdFinder(plan);
  return {
    file,
    anchors: findings.map((f) => `${riskIdAt ? riskIdAt(f.range.start) : ''}\u0000${plan ? plan.text.slice(f.range.start, f.range.end) : ''}`),
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

/**
 * The ID (else the title) of the risk whose block holds an offset: of the risks starting at or
 * before it, the last in the plan's list. Found by binary search over the risks ordered by where
 * they start (a scan per finding was quadratic: 13 s for a 24,000-risk plan).
 */
function riskIdFinder(plan: PlanModel): (offset: number) => string {
  const order = plan.risks.map((risk, index) => ({ start: risk.firstLine.start, index })).sort((a, b) => a.start - b.start || a.index - b.index);
  // latest[k]: the highest list index among order[0..k], the last in list order of those starts.
  const latest: number[] = [];
  for (const [k, { index }] of order.entries()) latest.push(Math.max(index, k > 0 ? latest[k - 1] : -1));
  return (offset) => {
    let low = 0;
    let high = order.length; // the first position starting after the offset
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (order[mid].start <= offset) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return '';
    const risk = plan.risks[latest[low - 1]];
    return risk.id?.value || risk.title?.value || '';
  };
}
