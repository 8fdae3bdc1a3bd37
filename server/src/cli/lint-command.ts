// `rmplint [options] <targets...>`: find the plans, lint (and with --fix, repair) each
// with the settings that apply to it, print one report, and choose the exit status.
import * as path from 'path';
import { analyse, type Finding, type LintRunOptions } from '../engine/lint';
import { AnalysisDocuments } from './analysis-document';
import { RULES } from '../rules';
import type { LineIndex } from '../model/positions';
import type { PlanModel } from '../model/plan-model';
import { formatOf, hasPlanName, NOT_A_PLAN_FORMAT, recognisePlan } from '../parse/detect';
import { namesRegister } from '../parse/plan-names';
import { looksLikeOscalPoam } from '../parse/oscal/recognise';
import { ConfigError } from '../config/rc-file';
import type { LintCommandOptions } from './args';
import { expandTarget, type Candidate, type ExpandedTarget } from './discover';
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
  csv: ' List it in "include" to lint it.',
  other: '',
};

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Each target expanded into its candidate files, in the order given. */
export function expandTargets(options: LintCommandOptions, cwd: string): ExpandedTarget[] {
  return options.targets.map((target) => (target === STDIN ? stdinTarget(options, cwd) : expandTarget(target, cwd)));
}

/** The files a run lints, each once, in the order they are reported. */
export function uniqueCandidates(expanded: readonly ExpandedTarget[]): Candidate[] {
  const seen = new Set<string>();
  return expanded.flatMap((t) => t.candidates.filter((c) => !seen.has(c.absolute) && seen.add(c.absolute)));
}

/**
 * The lint command. `prepared`: the targets already expanded and, when worker threads have
 * linted them (lint-pool.ts), the outcome of each candidate; without outcomes each candidate
 * is linted here, in turn. Either way the report is written from the outcomes in
 * the order of the candidates, so it is the same byte for byte.
 */
export function runLint(options: LintCommandOptions, cwd: string, out: Output, prepared?: { expanded: readonly ExpandedTarget[]; outcomes?: ReadonlyMap<string, CandidateOutcome> }): number {
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
  const linter = prepared?.outcomes ? undefined : new CandidateLinter(options, cwd, out.readStdin);
  /** Files already linted (a file reached by two targets is linted once), and whether each was a plan. */
  const seen = new Map<string, boolean>();
  const reports: PlanReport[] = [];
  const skipped: SkippedFile[] = [];
  let fixedFiles = 0;
  let fixedProblems = 0;

  const expandedTargets = prepared?.expanded ?? expandTargets(options, cwd);
  for (const expanded of expandedTargets) {
    const target = expanded.target;
    const problemsBefore = problems;
    expanded.problems.forEach(problem);
    let plans = 0;
    for (const candidate of expanded.candidates) {
      const known = seen.get(candidate.absolute);
      if (known !== undefined) {
        if (known) plans++;
        continue;
      }
      seen.set(candidate.absolute, false);
      const outcome = prepared?.outcomes ? prepared.outcomes.get(candidate.absolute) : linter!.lint(candidate);
      if (!outcome) throw new Error(`${candidate.display} was not linted`);
      for (const m of outcome.messages) {
        if (m.once) warnOnce(m.text);
        else out.stderr(m.text);
      }
      const result = outcome.result;
      if (result.kind === 'not-a-plan') continue;
      if (result.kind === 'crashed') throw new Error(result.message);
      if (result.kind === 'problem') {
        problem(result.message);
        continue;
      }
      if (result.kind === 'skipped') {
        // Named on the command line but not a plan: said, never silently passed over.
        skipped.push({ file: candidate.display, reason: result.reason });
        out.stderr(`rmplint: ${candidate.display}: skipped, not read as a plan: ${result.reason}.${LINT_ANYWAY[formatOf(candidate.absolute) ?? 'other']}\n`);
        continue;
      }
      seen.set(candidate.absolute, true);
      plans++;
      if (result.applied.length > 0) fixedFiles++;
      fixedProblems += result.applied.length;
      for (const a of result.applied) out.stderr(`rmplint: fixed ${candidate.display}:${a.line} ${a.rule} (${a.title})\n`);
      reports.push(result.report);
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

/**
 * A file a folder walk need not read: JSON that is not OSCAL, which says so in its first bytes (package-lock.json), and
 * delimited values whose name names no register (a data export; `risk_register.csv`, `poam.csv` are read).
 */
export function isUnlikelyPlan(file: string): boolean {
  const format = formatOf(file);
  return (format === 'json' && !looksLikeOscalPoam(readHead(file, 512))) || (format === 'csv' && !namesRegister(file));
}

/** A line for stderr, said while a candidate was linted; `once`: printed once per run however often said. */
export interface CandidateMessage {
  readonly once: boolean;
  readonly text: string;
}

/** What linting one candidate gave: plain data, so a worker thread can hand it back. */
export interface CandidateOutcome {
  /** What was said on stderr meanwhile, in order. */
  readonly messages: readonly CandidateMessage[];
  readonly result:
    | { readonly kind: 'plan'; readonly report: PlanReport; readonly applied: readonly AppliedFix[] }
    | { readonly kind: 'not-a-plan' }
    | { readonly kind: 'skipped'; readonly reason: string }
    /** A file or config problem: the run exits 2. */
    | { readonly kind: 'problem'; readonly message: string }
    /** A fault of rmplint's own (reported as an internal error). */
    | { readonly kind: 'crashed'; readonly message: string };
}

/** Lints candidates one by one with the settings that apply to each; the main thread and each worker thread hold one. */
export class CandidateLinter {
  private readonly resolver: PlanSettingsResolver;
  private readonly analyses: AnalysisDocuments;
  private messages: CandidateMessage[] = [];

  constructor(
    private readonly options: LintCommandOptions,
    cwd: string,
    private readonly readStdin?: () => Buffer,
  ) {
    this.resolver = new PlanSettingsResolver(options.config && path.resolve(cwd, options.config));
    this.analyses = new AnalysisDocuments((text) => this.messages.push({ once: true, text }));
  }

  lint(candidate: Candidate): CandidateOutcome {
    this.messages = [];
    const messages = this.messages;
    const out = { stderr: (text: string) => messages.push({ once: false, text }), readStdin: this.readStdin };
    const warnOnce = (text: string) => messages.push({ once: true, text });
    try {
      const result = lintCandidate(candidate, this.options, this.resolver, out, warnOnce, this.analyses);
      if (!result) return { messages, result: { kind: 'not-a-plan' } };
      if ('skipped' in result) return { messages, result: { kind: 'skipped', reason: result.skipped } };
      return { messages, result: { kind: 'plan', report: reportFindings(candidate.display, result.lines, result.findings, result.plan), applied: result.applied } };
    } catch (error) {
      if (error instanceof FileProblem) return { messages, result: { kind: 'problem', message: error.message } };
      if (error instanceof ConfigError) return { messages, result: { kind: 'problem', message: `invalid configuration ${error.message}` } };
      throw error;
    }
  }
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
  out: Pick<Output, 'stderr' | 'readStdin'>,
  warnOnce: (message: string) => void,
  analyses: AnalysisDocuments,
): LintedPlan | { readonly skipped: string } | undefined {
  if (!formatOf(candidate.absolute)) return candidate.explicit ? { skipped: NOT_A_PLAN_FORMAT } : undefined;
  const planSettings = resolver.forFile(candidate.absolute);
  for (const p of planSettings.config?.problems ?? []) warnOnce(`${planSettings.config!.file}${p.line ? `:${p.line}` : ''}: ${p.message}; this is left out, the rest of the file applies`);
  const { isIncluded } = planSettings;
  const settings = options.maxFileSizeBytes ? { ...planSettings.settings, maxFileSizeBytes: options.maxFileSizeBytes } : planSettings.settings;
  const mustBePlan = candidate.explicit || hasPlanName(candidate.absolute) || isIncluded(candidate.absolute);
  if (!mustBePlan && isUnlikelyPlan(candidate.absolute)) return undefined;
  let file: TextFile;
  try {
    file = candidate.stdin ? readStdinText(candidate.display, out.readStdin) : readTextFile(candidate.absolute, candidate.display);
  } catch (error) {
    // A binary or broken file found in a folder, with no plan name, is simply not a plan.
    if (error instanceof FileProblem && !mustBePlan) return undefined;
    throw error;
  }
  // Read as the lint reads it (once, unless fixed and read again): a parse the decision makes is the lint's.
  const recognised = recognisePlan(candidate.absolute, file.text, isIncluded, !options.fix);
  if (!recognised.kind) return candidate.explicit ? { skipped: recognised.reason } : undefined;
  const kind = recognised.kind;
  // Said, never silent: characters outside ASCII may read wrongly, and --fix would change the file's encoding.
  const legacy = file.encoding !== 'utf-8';
  if (legacy) out.stderr(`rmplint: ${candidate.display}: is not valid UTF-8 text; read as Windows-1252${options.fix ? ', and not fixed' : ''} (save it as UTF-8${options.fix ? ' to fix it' : ''})\n`);

  const run: LintRunOptions = {
    today: options.today,
    settings,
    rules: options.rules ?? RULES,
    // The plan's risk analysis, when it names a document that reads as a register.
    analysis: (plan) => analyses.forPlan(candidate.absolute, plan),
    // Each plan is read once (with --fix, again after each round of fixes: its pieces are kept).
    once: !options.fix,
    onRuleError: (rule, error) => out.stderr(`rmplint: rule ${rule} failed on ${candidate.display}: ${error instanceof Error ? error.message : String(error)}\n`),
  };
  const keepFinding = (f: Finding) => !options.quiet || f.severity === 'error';
  if (!options.fix || legacy) {
    const { plan, lines, findings } = analyse(file.text, kind, run);
    return { plan, lines, findings: findings.filter(keepFinding), applied: [] };
  }
  const { text, analysis, applied } = fixUntilStable(file.text, kind, run);
  const fixed = text !== file.text;
  if (fixed) writeFixedFile(candidate.absolute, candidate.display, file, text);
  return { plan: analysis.plan, lines: analysis.lines, findings: analysis.findings.filter(keepFinding), applied: fixed ? applied : [] };
}
