// Findings of the rules whose scope is one risk (RuleModule.scope), kept by what the risk reads
// as and reused on the next lint for every risk an edit did not change: a keystroke then runs
// those rules on the one risk it touched, however many findings the rest of the plan carries.
// A risk's key is what its model reads as with every offset counted from its first line
// (place.ts's riskKey), so a risk an edit above it moved is found again; the findings are kept
// the same way and moved back to where the risk sits, while the risk's text is the same. A
// rule of that scope runs on a plan holding the one risk; its fixes are built, when asked
// for, by the rule run on the whole plan.
import type { PlanModel, Risk } from '../model/plan-model';
import type { ReportDescriptor, RuleContext, RuleModule, Severity } from './rule';
import { hasKnownKey, originalOf, riskKey } from '../parse/place';
import { detached } from '../parse/piece-cache';
import { BoundedCache, PerObjectMemo, ownCache } from '../caches';

/** A finding of a per-risk rule, its range counted from the risk's first line. */
interface KeptFinding {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

interface KeptRisk {
  /** What else the rules read (runRiskRules' `context`): a risk's findings are reused only under the same. */
  readonly context: string;
  /**
   * The risk's text, from its first line to the next risk's: a finding at an empty value takes
   * its range from the text around it (the field's line, a table cell's pipes), which the
   * model does not hold.
   */
  readonly text: string;
  readonly findings: readonly KeptFinding[];
}

const keptByRisk = ownCache('findings of per-risk rules by risk', new BoundedCache<KeptRisk>(8_000_000));

/** How a finding is made from a rule's report (the engine's severity and message). */
/**
 * Table rows linted together, unkept (below), by the risk their piece read: when one comes again,
 * its table was not read again (an edit elsewhere), so it is keyed and its findings kept.
 */
const rowsLintedBefore = ownCache('table rows linted before', new PerObjectMemo<Risk, true>());

/** A row of a table this parse read for the first time: its key would cost more than its rules. */
function freshRow(risk: Risk): boolean {
  return risk.form === 'table' && !hasKnownKey(risk) && rowsLintedBefore.get(originalOf(risk)) === undefined;
}

export type FindingOf = (rule: RuleModule, report: ReportDescriptor) => { readonly severity: Severity; readonly message: string };

export interface RiskRuleResults {
  /** Each rule's findings, risk by risk (ranges in the document, no fixes yet). */
  readonly findings: Map<string, KeptFinding[]>;
  /** Rules that threw on some risk, with the error. */
  readonly failed: Map<string, unknown>;
}

/**
 * Runs `rules` (all of scope 'risk') risk by risk, reusing the findings kept for a risk with
 * the same key under the same `context` (a string naming everything else the rules read:
 * today, settings, the plan's metadata and format, the analysis register).
 */
export function runRiskRules(plan: PlanModel, rules: readonly RuleModule[], base: Omit<RuleContext, 'plan' | 'report'>, context: string, findingOf: FindingOf): RiskRuleResults {
  const findings = new Map<string, KeptFinding[]>(rules.map((rule) => [rule.id, []]));
  const failed = new Map<string, unknown>();
  const risks = plan.risks;
  const runOn = (group: readonly Risk[], onReport: (rule: RuleModule, d: ReportDescriptor) => void): boolean => {
    let threw = false;
    const part: PlanModel = { ...plan, risks: group };
    for (const rule of rules) {
      try {
        rule.check({ ...base, plan: part, report: (d) => onReport(rule, d) });
      } catch (error) {
        threw = true;
        if (!failed.has(rule.id)) failed.set(rule.id, error);
      }
    }
    return threw;
  };
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i];
    if (freshRow(risk)) {
      // The rows of a table a keystroke read again: the rules run on them together, unkept. Each
      // row's key would cost more to write (its model as text) than the rules cost to run. The
      // next lint that finds them again (their table untouched) keys them and keeps their findings.
      let end = i + 1;
      while (end < risks.length && freshRow(risks[end])) end++;
      for (let k = i; k < end; k++) rowsLintedBefore.set(originalOf(risks[k]), true);
      runOn(risks.slice(i, end), (rule, d) => {
        const { severity, message } = findingOf(rule, d);
        findings.get(rule.id)?.push({ rule: rule.id, messageId: d.messageId, severity, message, start: d.range.start, end: d.range.end });
      });
      i = end - 1;
      continue;
    }
    const key = riskKey(risk);
    const at = risk.firstLine.start;
    const next = risks[i + 1]?.firstLine.start ?? plan.text.length;
    const text = plan.text.slice(at, next > at ? next : plan.text.length);
    let kept = keptByRisk.get(key);
    if (kept === undefined || kept.context !== context || kept.text !== text) {
      const fresh: KeptFinding[] = [];
      const threw = runOn([risk], (rule, d) => {
        const { severity, message } = findingOf(rule, d);
        fresh.push({ rule: rule.id, messageId: d.messageId, severity, message, start: d.range.start - at, end: d.range.end - at });
      });
      kept = { context, text: detached(text), findings: fresh };
      // A finding outside the risk's text (a table's header, named but not placed in the key) is not kept.
      if (!threw && fresh.every((f) => f.start >= 0 && f.end <= text.length)) {
        keptByRisk.delete(key); // kept under another context
        keptByRisk.set(key, kept);
      }
    }
    for (const f of kept.findings) findings.get(f.rule)?.push(at === 0 ? f : { ...f, start: f.start + at, end: f.end + at });
  }
  return { findings, failed };
}
