// "Fix all": every safe fix of a lint run, as one set of non-overlapping edits. A fix
// whose edits touch a span another chosen fix already edits is left for the next run,
// so applying the set never garbles text.
import { analyse, type Finding, type LintRunOptions } from '../engine/lint';
import type { PlanKind } from '../parse/detect';
import type { Fix, TextEdit } from '../engine/rule';
import { LineIndex } from '../model/positions';

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

/** Where a finding starts after edits: its start shifted by the edits before it. */
function startAfter(finding: Finding, edits: readonly TextEdit[]): number {
  let start = finding.range.start;
  for (const e of edits) if (e.end <= finding.range.start) start += e.newText.length - (e.end - e.start);
  return start;
}

/** A finding's identity after edits: its rule and its start offset shifted by the edits before it. */
export function keyAfter(finding: Finding, edits: readonly TextEdit[]): string {
  return `${finding.rule}@${startAfter(finding, edits)}`;
}

/**
 * The findings of the text after `edits` that were not there before. A finding is one that was
 * there when its rule reports it where the edits moved it; or, for a finding the edits do not
 * fix, when its rule reports it on the same line and the edits wrote on that line: a table row's
 * finding moves from the row to the row's new, empty cell when a fix of another row gives the
 * table the column it lacked (an Owner column for one row's owner leaves the other rows' cells
 * empty, and their missing-owner findings point at those cells).
 */
export function findingsAdded(before: readonly Finding[], fixed: ReadonlySet<Finding>, edits: readonly TextEdit[], textAfter: string, after: readonly Finding[]): Finding[] {
  const afterKeys = new Set(after.map((f) => keyAfter(f, [])));
  const beforeKeys = new Set(before.map((f) => keyAfter(f, edits)));
  const unmatched = after.filter((f) => !beforeKeys.has(keyAfter(f, [])));
  if (unmatched.length === 0) return [];
  const lines = new LineIndex(textAfter);
  const edited = editedLines(edits, lines);
  // Findings left by the edits and no longer where the edits moved them, by rule and line.
  const gone = new Map<string, number>();
  for (const f of before) {
    const start = startAfter(f, edits);
    if (fixed.has(f) || afterKeys.has(`${f.rule}@${start}`)) continue;
    const line = `${f.rule}@${lines.lineAt(start)}`;
    gone.set(line, (gone.get(line) ?? 0) + 1);
  }
  return unmatched.filter((f) => {
    const line = lines.lineAt(f.range.start);
    const key = `${f.rule}@${line}`;
    const left = gone.get(key) ?? 0;
    if (!edited.has(line) || left === 0) return true;
    gone.set(key, left - 1);
    return false;
  });
}

/** The lines of the text after `edits` that hold text the edits wrote (or their insertion points). */
function editedLines(edits: readonly TextEdit[], lines: LineIndex): Set<number> {
  const result = new Set<number>();
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = e.start + shift;
    for (let line = lines.lineAt(start); line <= lines.lineAt(start + e.newText.length); line++) result.add(line);
    shift += e.newText.length - (e.end - e.start);
  }
  return result;
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
    const textAfter = applyEdits(text, trial);
    const after = analyse(textAfter, kind, options).findings;
    const fixed = new Set([...kept.map((k) => k.finding), finding]);
    if (findingsAdded(findings, fixed, trial, textAfter, after).length === 0) {
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
