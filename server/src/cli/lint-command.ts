// `rmplint [options] <targets...>`: find the plans, lint (and with --fix, repair) each
// with the settings that apply to it, print one report, and choose the exit status.
import * as path from 'path';
import { analyse, type Finding, type LintRunOptions } from '../engine/lint';
import type { LineIndex } from '../model/positions';
import { detectPlan, formatOf, hasPlanName } from '../parse/detect';
import { ConfigError } from '../config/rc-file';
import type { LintCommandOptions } from './args';
import { expandTarget, type Candidate } from './discover';
import { FileProblem, readTextFile, type TextFile } from './read-text';
import { fixUntilStable, writeFixedFile, type AppliedFix } from './fix';
import { PlanSettingsResolver } from './plan-settings';
import { reportFindings, type PlanReport } from './results';
import { formatText } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { packageVersion } from './version';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

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
  /** Files already linted (a file reached by two targets is linted once), and whether each was a plan. */
  const seen = new Map<string, boolean>();
  const reports: PlanReport[] = [];
  let fixedFiles = 0;
  let fixedProblems = 0;

  for (const target of options.targets) {
    const problemsBefore = problems;
    const expanded = expandTarget(target, cwd);
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
        const result = lintCandidate(candidate, options, resolver, out, warnOnce);
        if (!result) continue;
        seen.set(candidate.absolute, true);
        plans++;
        if (result.applied.length > 0) fixedFiles++;
        fixedProblems += result.applied.length;
        for (const a of result.applied) out.stderr(`rmplint: fixed ${candidate.display}:${a.line} ${a.rule} (${a.title})\n`);
        reports.push(reportFindings(candidate.display, result.lines, result.findings));
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

  const exit = problems > 0 ? EXIT_USAGE : reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
  if (options.fix && fixedFiles > 0) {
    out.stderr(`rmplint: fixed ${fixedProblems} ${fixedProblems === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}\n`);
  }
  switch (options.format) {
    case 'json':
      out.stdout(formatJson(reports));
      break;
    case 'sarif':
      out.stdout(formatSarif(reports, packageVersion(), exit !== EXIT_USAGE));
      break;
    default:
      // A run that stopped on a usage problem has no summary to give: its counts would mislead.
      out.stdout(formatText(reports, exit !== EXIT_USAGE));
  }
  return exit;
}

interface LintedPlan {
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
  /** The fixes `--fix` applied and wrote. */
  readonly applied: readonly AppliedFix[];
}

/** Lints one candidate; undefined when it is not a plan. Throws FileProblem or ConfigError. */
function lintCandidate(
  candidate: Candidate,
  options: LintCommandOptions,
  resolver: PlanSettingsResolver,
  out: Output,
  warnOnce: (message: string) => void,
): LintedPlan | undefined {
  if (!formatOf(candidate.absolute)) return undefined;
  const planSettings = resolver.forFile(candidate.absolute);
  for (const p of planSettings.config?.problems ?? []) warnOnce(`${planSettings.config!.file}${p.line ? `:${p.line}` : ''}: ${p.message}; this is left out, the rest of the file applies`);
  const { isIncluded } = planSettings;
  const settings = options.maxFileSizeBytes ? { ...planSettings.settings, maxFileSizeBytes: options.maxFileSizeBytes } : planSettings.settings;
  const mustBePlan = candidate.explicit || hasPlanName(candidate.absolute) || isIncluded(candidate.absolute);
  let file: TextFile;
  try {
    file = readTextFile(candidate.absolute, candidate.display);
  } catch (error) {
    // A binary or broken file found in a folder, with no plan name, is simply not a plan.
    if (error instanceof FileProblem && !mustBePlan) return undefined;
    throw error;
  }
  const kind = detectPlan(candidate.absolute, file.text, isIncluded);
  if (!kind) return undefined;

  const run: LintRunOptions = {
    today: options.today,
    settings,
    onRuleError: (rule, error) => out.stderr(`rmplint: rule ${rule} failed on ${candidate.display}: ${error instanceof Error ? error.message : String(error)}\n`),
  };
  const keepFinding = (f: Finding) => !options.quiet || f.severity === 'error';
  if (!options.fix) {
    const { lines, findings } = analyse(file.text, kind, run);
    return { lines, findings: findings.filter(keepFinding), applied: [] };
  }
  const { text, analysis, applied } = fixUntilStable(file.text, kind, run);
  const fixed = text !== file.text;
  if (fixed) writeFixedFile(candidate.absolute, candidate.display, file, text);
  return { lines: analysis.lines, findings: analysis.findings.filter(keepFinding), applied: fixed ? applied : [] };
}
