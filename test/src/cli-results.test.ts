// A report's anchors (what GitLab's fingerprint keys on) name the risk whose block holds each
// finding: of the risks starting at or before it, the last in the plan's list. Held here to the
// plain scan it replaced, on every example and fixture plan and on a plan whose list is not in
// document order.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';
import { reportFindings } from '../../server/out/cli/results';
import type { PlanModel } from '../../server/out/model/plan-model';
import { LineIndex } from '../../server/out/model/positions';
import { join } from 'node:path';
import { EXAMPLES, FIXTURES, planFilesIn } from './plan-files';

/** The scan the report used to make for each finding. */
function scannedRiskId(plan: PlanModel, offset: number): string {
  let found = '';
  for (const risk of plan.risks) if (risk.firstLine.start <= offset) found = risk.id?.value || risk.title?.value || '';
  return found;
}

function assertAnchorsAsScanned(plan: PlanModel, what: string): void {
  // Every offset of the plan, as a finding's start, with findings' own ranges among them.
  const offsets = Array.from({ length: plan.text.length + 1 }, (_, i) => i).filter((i) => i % 7 === 0 || i === plan.text.length);
  const findings = offsets.map((start) => ({ rule: 'r', messageId: 'm', severity: 'warning' as const, message: '', range: { start, end: start }, fixes: [] }));
  const report = reportFindings('plan', new LineIndex(plan.text), findings, plan);
  assert.deepEqual(report.anchors.map((a) => a.split('\u0000')[0]), offsets.map((o) => scannedRiskId(plan, o)), what);
}

describe('CLI report anchors: the risk around each finding', () => {
  const files = [EXAMPLES, ...['plans', 'markdown', 'yaml', 'styles', 'unseen'].map((dir) => join(FIXTURES, dir))].flatMap(planFilesIn);

  it('name the risk the scan named, on every example and fixture plan', () => {
    assert.ok(files.length > 20);
    for (const file of files) assertAnchorsAsScanned(analyse(file.text, file.kind).plan, file.path);
  });

  it('name the last risk in the list among those starting before, when the list is not in document order', () => {
    const plan = files.map((f) => analyse(f.text, f.kind).plan).find((p) => p.risks.length >= 5)!;
    assert.ok(plan);
    const shuffled: PlanModel = { ...plan, risks: [plan.risks[2], plan.risks[0], ...plan.risks.slice(3), plan.risks[1]] };
    assertAnchorsAsScanned(shuffled, 'shuffled');
  });
});
