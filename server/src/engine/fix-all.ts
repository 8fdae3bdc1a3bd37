// "Fix all": every safe fix of a lint run, as one set of non-overlapping edits. A fix
// whose edits touch a span another chosen fix already edits is left for the next run,
// so applying the set never garbles text.
import type { Finding } from './engine';
import type { TextEdit } from './rule';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two edits starting at one offset conflict too: their order would be a guess.
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/** The edits of every safe fix, sorted by offset, skipping fixes that conflict with an earlier one. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
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
