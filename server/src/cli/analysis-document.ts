// The risk analysis document a plan names, read from disk for the rules that check the plan
// against it (untreated-risk, unknown-risk): resolved from the plan's folder, read once per run
// however many plans name it. A document that cannot be read is said once, on stderr; the plan
// is linted without it (those rules stay silent), as the plan itself is fine to lint.
import * as path from 'path';
import { readRegister } from '../engine/analysis-register';
import { analysisDocument, type AnalysisRegister } from '../model/analysis-register';
import type { PlanModel } from '../model/plan-model';
import { FileProblem, readTextFile } from './read-text';

export class AnalysisDocuments {
  private readonly read = new Map<string, AnalysisRegister | undefined>();

  constructor(private readonly warnOnce: (message: string) => void) {}

  /** The register `plan` (at `planFile`, absolute) names, if it names one and it reads as one. */
  forPlan(planFile: string, plan: PlanModel): AnalysisRegister | undefined {
    const reference = analysisDocument(plan);
    if (!reference) return undefined;
    const absolute = path.resolve(path.dirname(planFile), reference.value);
    if (this.read.has(absolute)) return this.read.get(absolute);
    let register: AnalysisRegister | undefined;
    try {
      const file = readTextFile(absolute, reference.value);
      register = readRegister(reference.value, absolute, file.text);
      if (!register) this.warnOnce(`${reference.value}: the risk analysis document is not a register rmplint reads (a plan or register in Markdown or YAML, or a CSV with an ID column); the plan is not checked against it`);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      this.warnOnce(`${error.message}; the plan is not checked against its risk analysis`);
    }
    this.read.set(absolute, register);
    return register;
  }
}
