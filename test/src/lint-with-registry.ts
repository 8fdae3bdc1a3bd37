// The engine as the hosts run it: with the rule registry unless a test passes its own rules.
// The engine itself takes the rules from its caller (it never imports the registry).
import * as engine from '../../server/out/engine/lint';
import type { PlanKind } from '../../server/out/parse/detect';
import type { PlanModel } from '../../server/out/model/plan-model';
import type { LineIndex } from '../../server/out/model/positions';
import { RULES } from '../../server/out/rules';

export * from '../../server/out/engine/lint';

type Options = Partial<engine.LintRunOptions>;

export function analyse(text: string, kind: PlanKind, options: Options = {}): engine.Analysis {
  return engine.analyse(text, kind, { rules: RULES, ...options });
}

export function lintPlan(plan: PlanModel, lines: LineIndex, options: Options = {}): engine.Finding[] {
  return engine.lintPlan(plan, lines, { rules: RULES, ...options });
}
