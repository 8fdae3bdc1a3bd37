// `rmplint [options] <targets...>`: find the plans, lint (and with --fix, repair) each
// with the settings that apply to it, print one report, and choose the exit status.
import * as path from 'path';
import { analyse, type Finding, type LintRunOptions } from '../engine/lint';
import { AnalysisDocuments } from './analysis-document';
import { RULES } from '../rules';
import type { LineIndex } from '../model/positions';
import type { PlanModel } from '../model/plan-model';
import { formatOf, hasPlanName, recognisePlan } from '../parse/detect';
import { looksLikeOscalPoam } from '../parse/oscal/recognise';
import { ConfigError } from '../config/rc-file';
import type { LintCommandOptions } from './args';
import { expandTarget, type Candidate } from './discover';
import { FileProblem, readHead, readStdinText, readTextFile, type TextFile } from './read-text';
import { fixUntilStable, writeFixedFile, type AppliedFix } from './fix';
import { PlanSettingsResolver } from './plan-settings';
import { reportFindings, type PlanReport, type SkippedFile } from './results';
import { formatText } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatGithub } from './github';
import { formatJunit } from './junit';
import { formatGitlab } from './gitlab';
import { paletteFor, wantsColour } from './colour';
import { writeReport } from './write-file';
import { packageVersion } from '../version';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour); false when not said. */
  readonly stdoutIsTTY?: boolean;
  /** The environment (NO_COLOR, FORCE_COLOR); process.env when not said. */
  readonly env?: NodeJS.ProcessEnv;
  /** Standard input, whole (for the `-` target); fd 0 when not said. */
  readStdin?(): Buffer;
}

/** The target that means standard input. */
export const STDIN = '-';

/** How to have a skipped file linted, by its format. */
const LINT_ANYWAY: Readonly<Record<string, string>> = {
  markdown: ' Name it *.rmp.md, or list it in "include", to lint it.',
  yaml: ' Name it *.rmp.yaml, or list it in "include", to lint it.',
  json: '',
  other: '',
};

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export function runLint(options: LintCommandOptions, cwd: string, out: Output): number {
  // Each distinct problem is printed once (a broken config is met once per plan under it).
  const printed = new Set<string>();
  let problems = 0;
  const problem = (message: string) => {
    if (!printed.has(message)) out.stderr(`rmplint: ${message}\n`);
    printed.add(message);
    problems++;
  };
  /** A warning that leaves the exit status alone (a config key left out). */
  const warnOnce = (message: string) => {
    if (!printed.has(message)) out.stderr(`rmplint: ${message}\n`);
    printed.add(message);
  };
  const resolver = new PlanSettingsResolver(options.config && path.resolve(cwd, options.config));
  const analyses = new AnalysisDocuments(warnOnce);
  /** Files already linted (a file reached by two targets is linted once), and whether each was a plan. */
  const seen = new Map<string, boolean>();
  const reports: PlanReport[] = [];
  const skipped: SkippedFile[] = [];
  let fixedFiles = 0;
  let fixedProblems = 0;

  for (const target of options.targets) {
    const problemsBefore = problems;
    const expanded = target === STDIN ? stdinTarget(options, cwd) : expandTarget(target, cwd);
    expanded.problems.forEach(problem);
    let plans = 0;
    for (const candidate of expanded.candidates) {
      const known = seen.get(candidate.absolute);
      if (known !== undefined) {
        if (known) plans++;
        continue;
      }
      seen.set(candidate.absolute, false);
      try {
        const result = lintCandidate(candidate, options, resolver, out, warnOnce, analyses);
        if (!result) continue;
        if ('skipped' in result) {
          // Named on the command line but not a plan: said, never silently passed over.
          skipped.push({ file: candidate.display, reason: result.skipped });
          out.stderr(`rmplint: ${candidate.display}: skipped, not read as a plan: ${result.skipped}.${LINT_ANYWAY[formatOf(candidate.absolute) ?? 'other']}\n`);
          continue;
        }
        seen.set(candidate.absolute, true);
        plans++;
        if (result.applied.length > 0) fixedFiles++;
        fixedProblems += result.applied.length;
        for (const a of result.applied) out.stderr(`rmplint: fixed ${candidate.display}:${a.line} ${a.rule} (${a.title})\n`);
        reports.push(reportFindings(candidate.display, result.lines, result.findings, result.plan));
      } catch (error) {
        if (error instanceof FileProblem) problem(error.message);
        else if (error instanceof ConfigError) problem(`invalid configuration ${error.message}`);
        else throw error;
      }
    }
    if (plans === 0 && expanded.kind !== 'file' && problems === problemsBefore) {
      out.stderr(`rmplint: no risk management plans found ${expanded.kind === 'glob' ? 'matching' : 'in'} ${target}\n`);
    }
  }

  let exit = problems > 0 ? EXIT_USAGE : reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
  const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings && exit !== EXIT_USAGE) {
    out.stderr(`rmplint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} found, more than --max-warnings ${options.maxWarnings}\n`);
    exit = EXIT_ERRORS;
  }
  if (options.fix && fixedFiles > 0) {
    out.stderr(`rmplint: fixed ${fixedProblems} ${fixedProblems === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}\n`);
  }
  const report = formatReport(options, reports, skipped, exit, out);
  if (options.outputFile === undefined) {
    out.stdout(report);
  } else {
    try {
      writeReport(path.resolve(cwd, options.outputFile), options.outputFile, report);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      out.stderr(`rmplint: ${error.message}\n`);
      return EXIT_USAGE;
    }
  }
  return exit;
}

function formatReport(options: LintCommandOptions, reports: readonly PlanReport[], skipped: readonly SkippedFile[], exit: number, out: Output): string {
  switch (options.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, packageVersion(), exit !== EXIT_USAGE, skipped);
    case 'github':
      return formatGithub(reports);
    case 'junit':
      return formatJunit(reports);
    case 'gitlab':
      return formatGitlab(reports);
    default: {
      // Colour only for a terminal: a report written to a file is plain unless --color says otherwise.
      const colour = options.outputFile === undefined ? wantsColour(options.color, out.env ?? process.env, out.stdoutIsTTY ?? false) : options.color === true;
      // A run that stopped on a usage problem has no summary to give: its counts would mislead.
      return formatText(reports, skipped.length, exit !== EXIT_USAGE, paletteFor(colour));
    }
  }
}

/** `-`: the plan on standard input, named by --stdin-filename (its format, settings and reported path). */
function stdinTarget(options: LintCommandOptions, cwd: string): ReturnType<typeof expandTarget> {
  const name = options.stdinFilename;
  // Without a name, stdin is read as a Markdown plan; the name only decides format and settings.
  const absolute = path.resolve(cwd, name ?? 'stdin.rmp.md');
  return { target: STDIN, kind: 'file', candidates: [{ display: name ?? '<stdin>', absolute, explicit: true, stdin: true }], problems: [] };
}

/** A JSON file is a plan only as OSCAL, which says so in its first bytes: a folder walk need not read package-lock.json whole. */
export function isUnlikelyJsonPlan(file: string): boolean {
  return formatOf(file) === 'json' && !looksLikeOscalPoam(readHead(file, 512));
}

interface LintedPlan {
  readonly plan: PlanModel;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
  /** The fixes `--fix` applied and wrote. */
  readonly applied: readonly AppliedFix[];
}

/**
 * Lints one candidate; undefined when a file found in a folder is not a plan, `skipped`
 * with the reason when a file named on the command line is not. Throws FileProblem or ConfigError.
 */
function lintCandidate(
  candidate: Candidate,
  options: LintCommandOptions,
  resolver: PlanSettingsResolver,
  out: Output,
  warnOnce: (message: string) => void,
  analyses: AnalysisDocuments,
): LintedPlan | { readonly skipped: string } | undefined {
  if (!formatOf(candidate.absolute)) return candidate.explicit ? { skipped: 'it is not a Markdown, YAML or JSON file' } : undefined;
  const planSettings = resolver.forFile(candidate.absolute);
  for (const p of planSettings.config?.problems ?? []) warnOnce(`${planSettings.config!.file}${p.line ? `:${p.line}` : ''}: ${p.message}; this is left out, the rest of the file applies`);
  const { isIncluded } = planSettings;
  const settings = options.maxFileSizeBytes ? { ...planSettings.settings, maxFileSizeBytes: options.maxFileSizeBytes } : planSettings.settings;
  const mustBePlan = candidate.explicit || hasPlanName(candidate.absolute) || isIncluded(candidate.absolute);
  if (!mustBePlan && isUnlikelyJsonPlan(candidate.absolute)) return undefined;
  let file: TextFile;
  try {
    file = candidate.stdin ? readStdinText(candidate.display, out.readStdin) : readTextFile(candidate.absolute, candidate.display);
  } catch (error) {
    // A binary or broken file found in a folder, with no plan name, is simply not a plan.
    if (error instanceof FileProblem && !mustBePlan) return undefined;
    throw error;
  }
  const recognised = recognisePlan(candidate.absolute, file.text, isIncluded);
  if (!recognised.kind) return candidate.explicit ? { skipped: recognised.reason } : undefined;
  const kind = recognised.kind;

  const run: LintRunOptions = {
    today: options.today,
    settings,
    rules: options.rules ?? RULES,
    // The plan's risk analysis, when it names a document that reads as a register.
    analysis: (plan) => analyses.forPlan(candidate.absolute, plan),
    onRuleError: (rule, error) => out.stderr(`rmplint: rule ${rule} failed on ${candidate.display}: ${error instanceof Error ? error.message : String(error)}\n`),
  };
  const keepFinding = (f: Finding) => !options.quiet || f.severity === 'error';
  if (!options.fix) {
    const { plan, lines, findings } = analyse(file.text, kind, run);
    return { plan, lines, findings: findings.filter(keepFinding), applied: [] };
  }
  const { text, analysis, applied } = fixUntilStable(file.text, kind, run);
  const fixed = text !== file.text;
  if (fixed) writeFixedFile(candidate.absolute, candidate.display, file, text);
  return { plan: analysis.plan, lines: analysis.lines, findings: analysis.findings.filter(keepFinding), applied: fixed ? applied : [] };
}
