// The lint engine: parse once into the plan model, run every registered rule over it,
// then apply what only the engine decides: severities and `off` from settings,
// suppression comments, the single "today", isolation of a rule that throws, order.
import type { AnalysisRegister } from '../model/analysis-register';
import type { PlanModel, Span } from '../model/plan-model';
import type { Fix, ReportDescriptor, RuleModule, Severity } from './rule';
import { LineIndex, lineIndexOf } from '../model/positions';
import { Suppressions } from './suppression';
import { runRiskRules, type RiskRuleResults } from './risk-findings';
import { DEFAULT_SETTINGS, type LintSettings } from '../config/settings';
import { localToday } from '../model/dates';
import { parseMarkdownPlan } from '../parse/markdown/read-plan';
import { parseYamlPlan } from '../parse/yaml/read-plan';
import { readsAsJson, jsonRegisterOf, parseJsonRegister, readJsonRegister, yamlRegisterOf } from '../parse/json-register';
import { parseOscalPlan } from '../parse/oscal/read-plan';
import { parseCsvRegister } from '../parse/csv-register';
import { looksLikeOscalPoam } from '../parse/oscal/recognise';
import { isMarkdownInYaml, type PlanKind } from '../parse/detect';
import { parsedOnce } from '../parse/piece-cache';
import { ownCache, TextMemo } from '../caches';
import { riskIdsOf } from '../model/plan-queries';

export interface Finding {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Span;
  /** Built on first read when the rule reported them as a function, then kept. */
  readonly fixes: readonly Fix[];
}

export interface LintRunOptions {
  /** ISO date used as today by every rule; defaults to the local date. */
  readonly today?: string;
  readonly settings?: LintSettings;
  /** The rules to run: hosts pass the registry (rules/index.ts), tests may pass their own. */
  readonly rules: readonly RuleModule[];
  /**
   * The risk analysis the plan names, as the host read it (readRegister), or how to find it from
   * the parsed plan (called once per lint, so the plan is parsed once): rules that check the plan
   * against it are silent without it.
   */
  readonly analysis?: AnalysisRegister | ((plan: PlanModel) => AnalysisRegister | undefined);
  /** Called once per rule that throws, for logging. */
  readonly onRuleError?: (rule: string, error: unknown) => void;
  /**
   * Keep the findings of per-risk rules (RuleModule.scope) by risk and reuse them for the
   * risks the next lint finds unchanged: for a host that lints a plan again after each edit.
   */
  readonly reuse?: boolean;
  /**
   * The text is linted once (a file on disk, a plan of a CLI run): its pieces are not kept for
   * a next lint, so reading many plans leaves the caches to the plans being edited.
   */
  readonly once?: boolean;
}

export interface Analysis {
  readonly plan: PlanModel;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

/** Rule id of the single finding shown when a rule throws. */
export const INTERNAL_ERROR_RULE = 'internal-error';

/** Rule id of the single finding shown instead of linting a plan over the size limit. */
export const TOO_LARGE_RULE = 'file-too-large';

export function parsePlan(text: string, written: PlanKind, lines = new LineIndex(text)): PlanModel {
  if (written === 'csv') return parseCsvRegister(text);
  if (written === 'markdown' || (written === 'yaml' && isMarkdownInYaml(text))) return parseMarkdownPlan(text, lines);
  // JSON in a `.yaml` file (a register exported as JSON) takes the path of a `.json` file.
  const kind = written === 'yaml' && readsAsJson(text) ? 'json' : written;
  // JSON is read as OSCAL or as another tool's register; a JSON file included by name that is neither reads as a plan with nothing in it.
  const jsonRegister = kind === 'json' && !looksLikeOscalPoam(text) ? jsonRegisterOf(text) : undefined;
  if (jsonRegister) return readJsonRegister(text, jsonRegister);
  if (kind === 'json' || looksLikeOscalPoam(text)) return parseOscalPlan(text, kind);
  const register = yamlRegisterOf(text);
  return register ? parseJsonRegister(text, 'yaml', register.key, register.doc, register.shape, register.catalogue) : parseYamlPlan(text);
}

/** A message template cut at its `{key}` placeholders: literal text at even indexes, keys at odd ones. */
const templateParts = ownCache('message templates', new TextMemo<readonly string[]>(1_000));

function format(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  // As template.replace(/\{(\w+)\}/g, …) did, without a regular expression and a callback for each of thousands of findings.
  const parts = templateParts.of(template, (t) => t.split(/\{(\w+)\}/));
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    message += (key in data ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return message;
}

/** Runs the rules over a parsed plan. */
export function lintPlan(plan: PlanModel, lines: LineIndex, options: LintRunOptions): Finding[] {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const today = options.today ?? localToday();
  const suppressions = new Suppressions(plan.text, lines);
  const analysis = typeof options.analysis === 'function' ? options.analysis(plan) : options.analysis;
  // The plan's risk IDs are given to every rule: a per-risk rule may run on a plan holding one risk.
  const base = { today, options: settings, analysis, riskIds: riskIdsOf(plan) };
  const settingOf = (rule: RuleModule) => settings.rules[rule.id] ?? rule.defaultSeverity;
  const findingOf = (rule: RuleModule, d: ReportDescriptor) => {
    const template = rule.messages[d.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} has no message '${d.messageId}'`);
    return { severity: severityFor(rule, d.messageId, settingOf(rule) as Severity), message: format(template, d.data) };
  };
  // An OSCAL document is another schema's: fixes written in plan form would corrupt it.
  const fixable = !(plan.oscal || plan.format === 'json' || plan.format === 'csv' || plan.otherSchema);
  const onError = (rule: RuleModule) => (error: unknown) => options.onRuleError?.(rule.id, error);
  const perRisk = options.reuse ? riskRuleResults(plan, options.rules, settingOf, base, findingOf, settings) : undefined;
  const wholePlanReports = new Map<string, ReportDescriptor[]>();
  /** A per-risk rule's fixes for one of its findings: from the rule run on the whole plan, once, when first asked. */
  const fixesFromWholePlan = (rule: RuleModule, messageId: string, start: number, end: number) => () => {
    let reports = wholePlanReports.get(rule.id);
    if (reports === undefined) {
      const collected: ReportDescriptor[] = [];
      rule.check({ ...base, plan, report: (d) => collected.push(d) });
      wholePlanReports.set(rule.id, (reports = collected));
    }
    const d = reports.find((r) => r.messageId === messageId && r.range.start === start && r.range.end === end);
    return typeof d?.fixes === 'function' ? d.fixes() : (d?.fixes ?? []);
  };
  const findings: Finding[] = [];
  const failed: string[] = [];
  for (const rule of options.rules) {
    if (settingOf(rule) === 'off') continue;
    let collected: Finding[] = [];
    const ruleError = onError(rule);
    if (perRisk && rule.scope === 'risk') {
      if (perRisk.failed.has(rule.id)) {
        failed.push(rule.id);
        options.onRuleError?.(rule.id, perRisk.failed.get(rule.id));
        continue;
      }
      for (const f of perRisk.findings.get(rule.id) ?? []) {
        const finding = { rule: f.rule, messageId: f.messageId, severity: f.severity, message: f.message, range: { start: f.start, end: f.end } };
        collected.push(withFixes(finding, fixable ? fixesFromWholePlan(rule, f.messageId, f.start, f.end) : undefined, ruleError));
      }
    } else {
      try {
        rule.check({
          ...base,
          plan,
          report(d) {
            const finding = { rule: rule.id, messageId: d.messageId, ...findingOf(rule, d), range: d.range };
            collected.push(withFixes(finding, fixable ? d.fixes : undefined, ruleError));
          },
        });
      } catch (error) {
        failed.push(rule.id);
        options.onRuleError?.(rule.id, error);
        collected = [];
        continue;
      }
    }
    // One problem, one finding: a value several actions share (an owner or due date written
    // once for a list of actions) is reported once, not once per action.
    // Found by where they start, not by a text made of range and message for each of thousands of findings.
    const reported = new Map<number, Finding[]>();
    for (const f of collected) {
      const there = reported.get(f.range.start);
      if (there?.some((g) => g.range.end === f.range.end && g.message === f.message)) continue;
      if (there) there.push(f);
      else reported.set(f.range.start, [f]);
      if (!suppressions.isSuppressed(f.rule, lines.lineAt(f.range.start))) findings.push(f);
    }
  }
  if (failed.length > 0) {
    findings.push({
      rule: INTERNAL_ERROR_RULE,
      messageId: 'internal',
      severity: 'error',
      message: `rmplint could not run ${failed.join(', ')} on this file (an internal error); the other rules ran. Please report it.`,
      range: { start: 0, end: lines.lineEnd(0) },
      fixes: [],
    });
  }
  return findings.sort(compareFindings);
}

/** Objects a lint reads that have no text of their own (the rule list, a register), numbered for riskRuleResults' context. */
const objectNumbers = new WeakMap<object, number>();
let numbered = 0;
function numberOf(value: object | undefined): number {
  if (value === undefined) return 0;
  let n = objectNumbers.get(value);
  if (n === undefined) objectNumbers.set(value, (n = ++numbered));
  return n;
}

/** A number for each list of a plan's risk IDs, by its text: kept findings are reused only while the plan defines the same IDs. */
const riskIdLists = ownCache('risk ID lists', new TextMemo<number>(1_000));

function numberOfIds(ids: ReadonlySet<string>): number {
  return riskIdLists.of([...ids].join('\u0000'), () => ++numbered);
}

/** The per-risk rules' findings (the rules that are on), reused where a risk is unchanged. */
function riskRuleResults(
  plan: PlanModel,
  rules: readonly RuleModule[],
  settingOf: (rule: RuleModule) => string,
  base: { today: string; options: LintSettings; analysis?: AnalysisRegister; riskIds: ReadonlySet<string> },
  findingOf: Parameters<typeof runRiskRules>[4],
  settings: LintSettings,
): RiskRuleResults {
  const perRisk = rules.filter((rule) => rule.scope === 'risk' && settingOf(rule) !== 'off');
  // Everything a per-risk rule reads besides its risk, in one string.
  const context = [base.today, JSON.stringify(settings), numberOf(rules), numberOf(base.analysis), numberOfIds(base.riskIds), plan.format, plan.eol, plan.metaAvailable, plan.oscal === true, JSON.stringify(plan.meta)].join('\u0000');
  return runRiskRules(plan, perRisk, base, context, findingOf);
}

/**
 * A finding with its fixes; fixes reported as a function become an enumerable getter that
 * builds them once. A builder that throws gives no fixes (the finding itself stands).
 */
function withFixes(finding: Omit<Finding, 'fixes'>, fixes: ReportDescriptor['fixes'], onError: (error: unknown) => void): Finding {
  if (typeof fixes !== 'function') return { ...finding, fixes: fixes ?? [] };
  let built: readonly Fix[] | undefined;
  // A literal with a getter, not Object.defineProperty on the finding: one shape for the
  // thousand findings of a keystroke, made without a property descriptor each.
  const { rule, messageId, severity, message, range } = finding;
  return {
    rule,
    messageId,
    severity,
    message,
    range,
    get fixes(): readonly Fix[] {
      if (built === undefined) {
        try {
          built = fixes();
        } catch (error) {
          onError(error);
          built = [];
        }
      }
      return built;
    },
  };
}

const SEVERITY_ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

function severityFor(rule: RuleModule, messageId: string, setting: Severity): Severity {
  const cap = rule.messageSeverityCaps?.[messageId];
  if (cap === undefined) return setting;
  return SEVERITY_ORDER.indexOf(cap) < SEVERITY_ORDER.indexOf(setting) ? cap : setting;
}

/** Rule IDs are ASCII kebab-case: compared by code unit, the same order as localeCompare's without its ICU collator (6 ms to start, on every cold lint). */
function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The UTF-8 size of a text when it is over `limit` bytes, else undefined (small texts are not counted). */
function sizeOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined; // a UTF-16 unit is at most 3 UTF-8 bytes
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit ? bytes : undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Parses and lints one document; one informational finding, and nothing parsed, over the size limit. */
export function analyse(text: string, kind: PlanKind, options: LintRunOptions): Analysis {
  // The detector's parse of the same text made it already (one index per keystroke, not two).
  const lines = lineIndexOf(text);
  const limit = (options.settings ?? DEFAULT_SETTINGS).maxFileSizeBytes;
  const size = sizeOver(text, limit);
  if (size !== undefined) {
    const plan: PlanModel = { format: kind, text, eol: '\n', meta: {}, metaAvailable: false, risks: [] };
    const finding: Finding = {
      rule: TOO_LARGE_RULE,
      messageId: 'too-large',
      severity: 'info',
      message: `This plan (${megabytes(size)}) is over the ${megabytes(limit)} size limit, so rmplint did not lint it. Split the plan, or raise maxFileSizeBytes.`,
      range: { start: 0, end: lines.lineEnd(0) },
      fixes: [],
    };
    return { plan, lines, findings: [finding] };
  }
  const plan = options.once ? parsedOnce(() => parsePlan(text, kind, lines)) : parsePlan(text, kind, lines);
  return { plan, lines, findings: lintPlan(plan, lines, options) };
}
