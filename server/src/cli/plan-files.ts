// The plans a command's targets name, read and recognised, for the commands that read plans
// without linting them (outline, export): files as given, folders walked, globs expanded; a
// named file that is not a plan is said to be skipped; unreadable files and broken configs are
// problems (exit 2), each printed once.
import { hasPlanName, recognisePlan, type PlanKind } from '../parse/detect';
import { ConfigError } from '../config/rc-file';
import { isUnlikelyPlan, type Output } from './lint-command';
import { expandTarget } from './discover';
import { FileProblem, readTextFile } from './read-text';
import type { PlanSettings, PlanSettingsResolver } from './plan-settings';

export interface ReadPlan {
  /** The path as the user named it (or the folder joined with the path found in it). */
  readonly display: string;
  readonly absolute: string;
  readonly text: string;
  readonly kind: PlanKind;
  readonly settings: PlanSettings;
}

/** Calls `visit` for each plan, once per file; returns the number of problems printed. */
export function forEachPlan(targets: readonly string[], cwd: string, resolver: PlanSettingsResolver, out: Output, visit: (plan: ReadPlan) => void): number {
  const seen = new Set<string>();
  let problems = 0;
  const printed = new Set<string>();
  const problem = (message: string) => {
    if (!printed.has(message)) out.stderr(`rmplint: ${message}\n`);
    printed.add(message);
    problems++;
  };
  for (const target of targets) {
    const expanded = expandTarget(target, cwd);
    expanded.problems.forEach(problem);
    for (const candidate of expanded.candidates) {
      if (seen.has(candidate.absolute)) continue;
      seen.add(candidate.absolute);
      try {
        const settings = resolver.forFile(candidate.absolute);
        const { isIncluded } = settings;
        if (!candidate.explicit && !isIncluded(candidate.absolute) && isUnlikelyPlan(candidate.absolute)) continue;
        let file;
        try {
          file = readTextFile(candidate.absolute, candidate.display);
        } catch (error) {
          // As in lint: a binary or broken file found in a folder, with no plan name, is simply not a plan.
          if (error instanceof FileProblem && !candidate.explicit && !hasPlanName(candidate.absolute) && !isIncluded(candidate.absolute)) continue;
          throw error;
        }
        const recognised = recognisePlan(candidate.absolute, file.text, isIncluded);
        if (!recognised.kind) {
          if (candidate.explicit) out.stderr(`rmplint: ${candidate.display}: skipped, not read as a plan: ${recognised.reason}.\n`);
          continue;
        }
        visit({ display: candidate.display, absolute: candidate.absolute, text: file.text, kind: recognised.kind, settings });
      } catch (error) {
        if (error instanceof FileProblem) problem(error.message);
        else if (error instanceof ConfigError) problem(`invalid configuration ${error.message}`);
        else throw error;
      }
    }
  }
  return problems;
}
