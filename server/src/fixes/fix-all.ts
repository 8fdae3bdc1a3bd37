// "Fix all": every safe fix of a lint run, as one set of non-overlapping edits. A fix
// whose edits touch a span another chosen fix already edits is left for the next run,
// so applying the set never garbles text.
import { analyse, type Finding, type LintRunOptions } from '../engine/lint';
import type { PlanKind } from '../parse/detect';
import type { Fix, TextEdit } from '../engine/rule';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two edits starting at one offset conflict too: their order would be a guess.
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/** The safe fix of each finding that has one, skipping fixes that conflict with an earlier one. */
export function safeFixes(findings: readonly Finding[]): { readonly finding: Finding; readonly fix: Fix }[] {
  const chosen: TextEdit[] = [];
  const applied: { finding: Finding; fix: Fix }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...fix.edits);
    applied.push({ finding, fix });
  }
  return applied;
}

/** The edits of every safe fix, sorted by offset, skipping fixes that conflict with an earlier one. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  return safeFixes(findings).flatMap(({ fix }) => fix.edits).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping offset edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    result += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return result + text.slice(at);
}

/** A finding's identity after edits: its rule and its start offset shifted by the edits before it. */
export function keyAfter(finding: Finding, edits: readonly TextEdit[]): string {
  let start = finding.range.start;
  for (const e of edits) if (e.end <= finding.range.start) start += e.newText.length - (e.end - e.start);
  return `${finding.rule}@${start}`;
}

/**
 * Like `safeFixes`, but each fix is kept only when the text with it (and the fixes kept
 * before it) lints without a finding that was not there before. Two fixes can be fine alone
 * and wrong together (say, renaming a misspelt key and inserting the same key); the later
 * one is then left for the user. The editor's Fix All and `rmplint --fix` both use this.
 */
export function checkedSafeFixes(
  text: string,
  kind: PlanKind,
  findings: readonly Finding[],
  options: LintRunOptions,
): { readonly finding: Finding; readonly fix: Fix }[] {
  let chosen: TextEdit[] = [];
  const kept: { finding: Finding; fix: Fix }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    const trial = [...chosen, ...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const before = new Set(findings.map((f) => keyAfter(f, trial)));
    const after = analyse(applyEdits(text, trial), kind, options).findings;
    if (after.every((f) => before.has(keyAfter(f, [])))) {
      chosen = trial;
      kept.push({ finding, fix });
    }
  }
  return kept;
}

/** The edits of `checkedSafeFixes`, sorted by offset. */
export function checkedSafeFixEdits(text: string, kind: PlanKind, findings: readonly Finding[], options: LintRunOptions): TextEdit[] {
  return checkedSafeFixes(text, kind, findings, options)
    .flatMap(({ fix }) => fix.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
