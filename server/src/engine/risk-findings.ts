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
import { hasKnownKey, originalOf, readAround, riskKey } from '../parse/place';
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

/**
 * Rows of a table linted together (below), as their piece read them: each row points to its
 * group, the rows that were linted with it. A row is not keyed (its key, its model as text,
 * costs more to write and to keep than its rules cost to run); a group met again whole, its
 * table untouched, is linted once more and its findings kept with it; met a third time under
 * the same context and text, they are reused. The rows of a table a keystroke read again are
 * new objects, in a group of their own, and are never kept.
 */
interface RowGroup {
  readonly rows: readonly Risk[];
  kept?: {
    readonly context: string;
    /** What each row was given from around it (place.ts readAround: the tier, a section's due date). */
    readonly around: readonly string[];
    /** From the first row's first line to the next risk's. */
    readonly text: string;
    /** Counted from the first row's first line. */
    readonly findings: readonly KeptFinding[];
  };
}
const rowGroups = ownCache('table rows linted together', new PerObjectMemo<Risk, RowGroup>());

/** The group linted before whose rows start at risks[from] and all lie before `end`, in order. */
function groupAt(risks: readonly Risk[], from: number, end: number): RowGroup | undefined {
  const group = rowGroups.get(originalOf(risks[from]));
  if (group === undefined || group.rows.length > end - from) return undefined;
  for (let k = 0; k < group.rows.length; k++) if (originalOf(risks[from + k]) !== group.rows[k]) return undefined;
  return group;
}

/** How a finding is made from a rule's report (the engine's severity and message). */
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
    // One context for every rule on these risks (its report goes to the rule running): a 1,000-risk plan's first lint
    // made twenty of them per risk, a sixth of what the per-risk rules allocated.
    let rule: RuleModule;
    const context: RuleContext = { ...base, plan: { ...plan, risks: group }, report: (d) => onReport(rule, d) };
    for (rule of rules) {
      try {
        rule.check(context);
      } catch (error) {
        threw = true;
        if (!failed.has(rule.id)) failed.set(rule.id, error);
      }
    }
    return threw;
  };
  /** The rows risks[from, to) linted together, their findings in document offsets (kept counted from `keptFrom` when it is given). */
  const runRows = (from: number, to: number, keptFrom?: number): { threw: boolean; found: KeptFinding[] } => {
    const found: KeptFinding[] = [];
    const shift = keptFrom ?? 0;
    const threw = runOn(risks.slice(from, to), (rule, d) => {
      const { severity, message } = findingOf(rule, d);
      found.push({ rule: rule.id, messageId: d.messageId, severity, message, start: d.range.start - shift, end: d.range.end - shift });
    });
    return { threw, found };
  };
  const push = (list: readonly KeptFinding[], at: number) => {
    for (const f of list) findings.get(f.rule)?.push(at === 0 ? f : { ...f, start: f.start + at, end: f.end + at });
  };
  /** Table rows risks[from, to) with no key: groups linted before are reused or kept, the other rows linted together as a new group. */
  const rowsInGroups = (from: number, to: number) => {
    let fresh = from;
    // Rows not in a group of their own yet, as new groups: the rows met before apart from the rows
    // new to this lint, so an untouched table next to the one a keystroke read again (the same run
    // of rows) is a group of its own from its next lint.
    const flush = (upTo: number) => {
      for (let start = fresh; start < upTo; ) {
        const seen = rowGroups.get(originalOf(risks[start])) !== undefined;
        let stop = start + 1;
        while (stop < upTo && (rowGroups.get(originalOf(risks[stop])) !== undefined) === seen) stop++;
        const group: RowGroup = { rows: risks.slice(start, stop).map(originalOf) };
        for (const row of group.rows) rowGroups.set(row, group);
        start = stop;
      }
      if (upTo > fresh) push(runRows(fresh, upTo).found, 0);
    };
    for (let k = from; k < to; ) {
      const group = groupAt(risks, k, to);
      if (group === undefined) {
        k++;
        continue;
      }
      flush(k);
      const after = k + group.rows.length;
      const at = risks[k].firstLine.start;
      const next = risks[after]?.firstLine.start ?? plan.text.length;
      const text = plan.text.slice(at, next > at ? next : plan.text.length);
      const around = risks.slice(k, after).map(readAround);
      const kept = group.kept;
      if (kept !== undefined && kept.context === context && kept.text === text && kept.around.every((a, j) => a === around[j])) {
        push(kept.findings, at);
      } else {
        const { threw, found } = runRows(k, after, at);
        // Kept unless a rule threw or a finding lies outside the rows' text (a table's header).
        group.kept = !threw && found.every((f) => f.start >= 0 && f.end <= text.length) ? { context, around, text: detached(text), findings: found } : undefined;
        push(found, at);
      }
      k = fresh = after;
    }
    flush(to);
  };
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i];
    if (risk.form === 'table' && !hasKnownKey(risk)) {
      let end = i + 1;
      while (end < risks.length && risks[end].form === 'table' && !hasKnownKey(risks[end])) end++;
      rowsInGroups(i, end);
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
