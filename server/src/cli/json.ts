// `--format json`: exactly one JSON array of every finding (spec §7).
import type { PlanReport } from './results';

export function formatJson(reports: readonly PlanReport[]): string {
  return `${JSON.stringify(reports.flatMap((r) => r.findings), null, 2)}\n`;
}
