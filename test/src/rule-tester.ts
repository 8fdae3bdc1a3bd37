// A table-driven tester for rules, in the spirit of ESLint's RuleTester: each case is a
// small plan, and an invalid case lists the findings it must produce, each by message
// id, 1-based line and the exact source text its range covers.
import * as assert from 'node:assert/strict';
import { analyse, type Finding } from './lint-with-registry';
import { ruleById } from '../../server/out/rules';
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from '../../server/out/config/settings';
import type { PlanKind } from '../../server/out/parse/detect';
import { applyEdits } from '../../server/out/fixes/fix-all';
import { readRegister } from '../../server/out/engine/analysis-register';

export const TODAY = '2026-06-15';

export interface ExpectedFinding {
  readonly messageId: string;
  /** 1-based line of the range's start. */
  readonly line: number;
  /** The exact text the range covers. */
  readonly text: string;
  /** What the message must say, where the case pins it. */
  readonly message?: RegExp;
  /** A fix the finding offers, by title, and the whole plan text once it is applied. */
  readonly fix?: { readonly title: string; readonly output: string };
}

export interface RuleCase {
  readonly name: string;
  readonly kind: PlanKind;
  readonly text: string;
  readonly settings?: Partial<LintSettings>;
  /** The risk analysis document the plan names, as a host would read it (its file name and text). */
  readonly analysis?: { readonly fileName: string; readonly text: string };
}

export interface InvalidCase extends RuleCase {
  readonly findings: readonly ExpectedFinding[];
}

/** Lints a text with one rule only. */
export function lintWithRule(ruleId: string, c: RuleCase): { findings: readonly Finding[]; text: string } {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const settings = mergeSettings(DEFAULT_SETTINGS, c.settings ?? {});
  const analysis = c.analysis && readRegister(c.analysis.fileName, c.analysis.fileName, c.analysis.text);
  const { findings } = analyse(c.text, c.kind, { today: TODAY, settings, rules: [rule], analysis });
  return { findings, text: c.text };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Registers mocha tests for one rule's valid and invalid cases. */
export function ruleTests(ruleId: string, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { findings } = lintWithRule(ruleId, c);
        assert.deepEqual(findings.map((f) => `${f.messageId}: ${f.message}`), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { findings, text } = lintWithRule(ruleId, c);
        const actual = findings.map((f, i) => {
          const pinned = c.findings[i]?.fix;
          const fix = pinned && f.fixes.find((x) => x.title === pinned.title);
          const message = c.findings[i]?.message;
          return {
            messageId: f.messageId,
            line: lineOf(text, f.range.start),
            text: text.slice(f.range.start, f.range.end),
            // The pattern itself when the message matches it, so a mismatch shows the message.
            ...(message ? { message: message.test(f.message) ? message : f.message } : {}),
            ...(pinned ? { fix: { title: fix?.title ?? `none of ${JSON.stringify(f.fixes.map((x) => x.title))}`, output: fix ? applyEdits(text, fix.edits) : '' } } : {}),
          };
        });
        assert.deepEqual(actual, c.findings);
      });
    }
  });
}

/** Builds a small Markdown plan with complete metadata around a body of risks. */
export function mdPlan(body: string, meta: Record<string, string> = {}): string {
  const fields = {
    organization: 'Lakeside Family Medicine',
    owner: 'Dana Whitfield, Security Officer',
    riskAnalysis: '\n  date: 2026-03-02\n  conductedBy: J. Rivera, Rivera IT Consulting',
    approvedBy: 'Dr. Amir Patel, Practice Owner',
    approvedOn: '2026-03-15',
    lastReviewed: '2026-03-15',
    nextReview: '2027-03-15',
    ...meta,
  };
  const front = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`)
    .join('\n');
  return `---\ntype: risk-management-plan\n${front}\n---\n\n# Lakeside Risk Management Plan\n\n${body}`;
}

/** Builds a small YAML plan with complete metadata around a list of risks. */
export function yamlPlan(risks: string, plan?: string): string {
  const meta =
    plan ??
    `  title: Risk Management Plan
  organization: Lakeside Family Medicine
  owner: Dana Whitfield, Security Officer
  riskAnalysis:
    date: 2026-03-02
    conductedBy: J. Rivera, Rivera IT Consulting
  approvedBy: Dr. Amir Patel, Practice Owner
  approvedOn: 2026-03-15
  lastReviewed: 2026-03-15
  nextReview: 2027-03-15
`;
  return `plan:\n${meta}risks:\n${risks}`;
}
