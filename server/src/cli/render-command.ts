// `rmplint render <plan> [-o out.html] [--today YYYY-MM-DD] [--config FILE]`: lint one plan
// with the engine and write it as one self-contained HTML file (the preview's renderer),
// to stdout or, atomically, to the -o file. Exit 0 when written, 2 on any usage or file
// problem; findings do not change the exit status (render is not lint).
import * as path from 'path';
import { analyse } from '../engine/lint';
import { recognisePlan } from '../parse/detect';
import { ConfigError } from '../config/rc-file';
import { renderPlan } from '../render/render-plan';
import { RULES } from '../rules';
import { exportDocument } from '../render/documents';
import { readStylesheet } from '../render/stylesheet';
import { todayFrom, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { parseOptions } from './subcommand';
import { AnalysisDocuments } from './analysis-document';
import type { AnalysisRegister } from '../model/analysis-register';
import { FileProblem, readTextFile } from './read-text';
import { PlanSettingsResolver } from './plan-settings';
import { writeAtomically } from './write-file';
import { noHistory, PlanVersions } from '../git/plan-versions';
import { GitProblem } from '../git/plan-history';
import type { SinceLastReview } from '../history/since-last-review';
import type { PlanModel } from '../model/plan-model';
import type { PlanKind } from '../parse/detect';

export const RENDER_USAGE = `Usage: rmplint render <plan> [-o out.html] [--today YYYY-MM-DD] [--config FILE]

Writes the plan, its findings and a summary as one self-contained HTML file
(to stdout without -o).
`;

interface RenderCommand {
  readonly plan: string;
  readonly output?: string;
  readonly today: string;
  readonly config?: string;
}

function parseRenderArgs(args: readonly string[], env: NodeJS.ProcessEnv): RenderCommand | 'help' {
  const parsed = parseOptions({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      today: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('render takes exactly one plan file');
  if (values.output === '') throw new UsageError('-o needs a file name');
  return { plan: positionals[0], output: values.output, today: todayFrom(values.today, env.RMPLINT_TODAY), config: values.config };
}

export function runRender(args: readonly string[], cwd: string, out: Output, env: NodeJS.ProcessEnv = process.env): number {
  try {
    const command = parseRenderArgs(args, env);
    if (command === 'help') {
      out.stdout(RENDER_USAGE);
      return EXIT_OK;
    }
    const html = renderFile(command, cwd, out);
    if (command.output) writeAtomically(path.resolve(cwd, command.output), command.output, html);
    else out.stdout(html);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) out.stderr(`rmplint: ${error.message}\n${RENDER_USAGE}`);
    else if (error instanceof FileProblem) out.stderr(`rmplint: ${error.message}\n`);
    else if (error instanceof ConfigError) out.stderr(`rmplint: invalid configuration ${error.message}\n`);
    else out.stderr(`rmplint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function renderFile(command: RenderCommand, cwd: string, out: Output): string {
  const absolute = path.resolve(cwd, command.plan);
  const resolver = new PlanSettingsResolver(command.config && path.resolve(cwd, command.config));
  const { settings, isIncluded } = resolver.forFile(absolute);
  const file = readTextFile(absolute, command.plan);
  const recognised = recognisePlan(absolute, file.text, isIncluded);
  if (!recognised.kind) throw new FileProblem(`${command.plan}: is not a risk management plan: ${recognised.reason} (see "Which files are plans" in the docs)`);
  const kind = recognised.kind;
  const documents = new AnalysisDocuments((message) => out.stderr(`rmplint: ${message}\n`));
  let register: AnalysisRegister | undefined;
  const analysis = analyse(file.text, kind, { today: command.today, settings, rules: RULES, analysis: (plan) => (register = documents.forPlan(absolute, plan)) });
  const rendered = renderPlan(analysis, {
    today: command.today,
    reviewIntervalDays: settings.reviewIntervalDays,
    fileName: path.basename(absolute),
    analysis: register && { register, mustTreat: settings.untreatedRiskRating },
    sinceLastReview: sinceLastReview(absolute, kind, analysis.plan, command.today),
  });
  return exportDocument(rendered, readStylesheet());
}

/** The plan's history since its last review, or the note saying why there is none. */
function sinceLastReview(absolute: string, kind: PlanKind, plan: PlanModel, today: string): SinceLastReview {
  try {
    const versions = PlanVersions.read(absolute, kind);
    return versions.sinceLastReview(plan, today, versions.planHistory.lineCommits(absolute));
  } catch (error) {
    if (error instanceof GitProblem) return noHistory(error);
    throw error;
  }
}
