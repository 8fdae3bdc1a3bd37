// The settings one lint run uses, merged from `.rmplintrc`, editor settings or CLI flags.
/** How loudly a finding is shown; settings name it per rule, rules give a default. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type RuleSetting = Severity | 'off';

/** The ratings `untreatedRiskRating` may name, highest first: the .rmplintrc schema and the editor setting allow these. */
export const UNTREATED_RISK_RATINGS = ['critical', 'high', 'medium', 'low'] as const;
export type UntreatedRiskRating = (typeof UNTREATED_RISK_RATINGS)[number];

export interface LintSettings {
  /** Per-rule severity or `off`, overriding each rule's default. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Days between reviews before a plan counts as stale (default 365). */
  readonly reviewIntervalDays: number;
  /** Extra phrases that make an action vague. */
  readonly vaguePhrases: readonly string[];
  /** Globs of extra files to treat as plans. */
  readonly include: readonly string[];
  /** Owner offered by quick fixes. */
  readonly defaultOwner?: string;
  /** Plans larger than this (UTF-8 bytes) are not linted: one informational finding instead. */
  readonly maxFileSizeBytes: number;
  /** The lowest rating of an analysis risk that the plan must treat (untreated-risk; default high). */
  readonly untreatedRiskRating: UntreatedRiskRating;
}

export const DEFAULT_SETTINGS: LintSettings = {
  rules: {},
  reviewIntervalDays: 365,
  vaguePhrases: [],
  include: [],
  // Real plans are tens of kilobytes; beyond this a lint would stall the editor on each keystroke.
  maxFileSizeBytes: 2_000_000,
  untreatedRiskRating: 'high',
};

/** Merges partial settings over others; later sources win, rule maps merge per rule. */
export function mergeSettings(base: LintSettings, ...overrides: Partial<LintSettings>[]): LintSettings {
  let result = base;
  for (const o of overrides) {
    result = {
      rules: { ...result.rules, ...(o.rules ?? {}) },
      reviewIntervalDays: o.reviewIntervalDays ?? result.reviewIntervalDays,
      vaguePhrases: [...result.vaguePhrases, ...(o.vaguePhrases ?? [])],
      include: [...result.include, ...(o.include ?? [])],
      defaultOwner: o.defaultOwner ?? result.defaultOwner,
      maxFileSizeBytes: o.maxFileSizeBytes ?? result.maxFileSizeBytes,
      untreatedRiskRating: o.untreatedRiskRating ?? result.untreatedRiskRating,
    };
  }
  return result;
}
