// What every part of the renderer reads: the analysed plan, today, and the findings
// not yet shown.
import type { Finding } from '../engine/lint';
import type { PlanModel } from '../model/plan-model';
import type { LineIndex } from '../model/positions';
import type { FindingIndex } from './finding-index';
import { badges } from './badges';

export interface RenderContext {
  readonly plan: PlanModel;
  readonly lines: LineIndex;
  readonly findings: FindingIndex;
  /** Every finding of the plan, for the summary. */
  readonly allFindings: readonly Finding[];
  readonly today: string;
  readonly reviewIntervalDays: number;
}

/** Badges for findings, each with its own line. */
export function badgesOf(context: RenderContext, findings: readonly Finding[]): string {
  return badges(findings, (f) => context.findings.lineOf(f));
}
