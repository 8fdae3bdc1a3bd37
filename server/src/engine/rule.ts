// What a rule module is, and what it may report. Rules only look and report; the
// engine applies severities, suppression comments, "today" and ordering.
import type { PlanModel, Span } from '../model/plan-model';
import type { AnalysisRegister } from '../model/analysis-register';

import type { Severity, UntreatedRiskRating } from '../config/settings';

export type { Severity };

/** A text edit over character offsets of the document. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * An edit the engine computed for a finding. `safe` fixes need no human judgement and
 * are applied by `rmplint --fix` and "fix all"; suggestions are offered, never applied
 * automatically.
 */
export interface Fix {
  readonly title: string;
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
  /**
   * Offsets (within the inserted text of the first edit) of placeholders the user should
   * fill: editors that take snippets put the cursor there (for a fix of one edit), and the
   * rule keeps reporting until real values replace them.
   */
  readonly placeholders?: readonly { readonly start: number; readonly end: number }[];
}

export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly range: Span;
  /**
   * The finding's fixes, or how to build them: a function is called only when someone asks
   * (a code action, --fix, fix-all), so diagnostics on every keystroke never build them.
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[]);
}

/** Options every rule may read; the engine fills them from config and settings. */
export interface RuleOptions {
  readonly reviewIntervalDays: number;
  readonly vaguePhrases: readonly string[];
  readonly defaultOwner?: string;
  /** The lowest analysis rating the plan must treat (untreated-risk). */
  readonly untreatedRiskRating: UntreatedRiskRating;
}

export interface RuleContext {
  readonly plan: PlanModel;
  /** The single "today" of this run, ISO YYYY-MM-DD. */
  readonly today: string;
  readonly options: RuleOptions;
  /** The plan's risk analysis as a register, when the host could read the document the plan names. */
  readonly analysis?: AnalysisRegister;
  /**
   * The IDs of every risk of the whole plan (plan-queries idKey): what an action may point to ("see R-04"). A rule of
   * scope `risk` may run on a plan holding one risk, so what the other risks define is given here, by the engine.
   */
  readonly riskIds?: ReadonlySet<string>;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleModule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule checks. */
  readonly description: string;
  /** The regulation the rule serves, e.g. "45 CFR § 164.308(a)(1)(ii)(B)". */
  readonly reference: string;
  /** Why an auditor cares, shown on hover and in SARIF help. */
  readonly rationale: string;
  /** A bad and a good example, for documentation and hover. */
  readonly examples: { readonly bad: string; readonly good: string };
  /** Message templates by id; `{name}` placeholders are filled from report data. */
  readonly messages: Readonly<Record<string, string>>;
  /**
   * Messages that are never more severe than given here, whatever the rule's setting
   * (the schema rule's unknown keys are warnings, spec §2).
   */
  readonly messageSeverityCaps?: Readonly<Record<string, Severity>>;
  /**
   * `risk`: each finding concerns one risk and lies within what the risk's model spans, and
   * what the rule reports for a risk depends only on that risk, the plan's metadata and format,
   * today, settings, the analysis register and the plan's risk IDs (`riskIds`), never on the other risks otherwise (the fixes may); it
   * reads the tier a heading above gives a risk by its value and never reports at it. The
   * engine may then run the rule on a plan holding one risk, and reuse its findings for a
   * risk an edit did not change (engine/risk-findings.ts). Otherwise (the default) the rule
   * runs on the whole plan on every lint.
   */
  readonly scope?: 'risk' | 'plan';
  check(context: RuleContext): void;
}
