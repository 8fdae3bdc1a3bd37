// The risk analysis document a plan names, read from beside the plan as the CLI and the server
// read it: for tests that lint plan files through the engine and compare with the hosts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRegister } from '../../server/out/engine/analysis-register';
import { analysisDocument } from '../../server/out/model/analysis-register';
import type { PlanModel } from '../../server/out/model/plan-model';

export function analysisBeside(planPath: string) {
  return (model: PlanModel) => {
    const reference = analysisDocument(model);
    const file = reference && join(dirname(planPath), reference.value);
    return file && existsSync(file) ? readRegister(reference.value, file, readFileSync(file, 'utf8')) : undefined;
  };
}
