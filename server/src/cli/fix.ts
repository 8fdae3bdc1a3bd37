// `rmplint --fix`: apply every safe fix, re-lint, repeat until nothing changes (fixes can
// unblock each other), then replace the file atomically so a crash or a concurrent edit
// never leaves a half-written or clobbered plan.
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { analyse, type Analysis, type LintRunOptions } from '../engine/lint';
import { applyEdits, checkedSafeFixes } from '../fixes/fix-all';
import type { PlanKind } from '../parse/detect';
import { FileProblem, type TextFile } from './read-text';
import { reason } from './discover';

/** Passes after which fixing stops even if fixes keep coming (a fix that never settles). */
const MAX_PASSES = 10;

/** One fix `--fix` applied: the finding's rule, its 1-based line in the text it was found in, and the fix. */
export interface AppliedFix {
  readonly rule: string;
  readonly line: number;
  readonly title: string;
}

export interface FixOutcome {
  readonly text: string;
  /** The lint of the final text. */
  readonly analysis: Analysis;
  /** What was changed, pass by pass, in order. */
  readonly applied: readonly AppliedFix[];
}

export function fixUntilStable(text: string, kind: PlanKind, options: LintRunOptions): FixOutcome {
  let analysis = analyse(text, kind, options);
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // The same fixes with the same check as the editor's Fix All: a fix that would bring a new finding is left.
    const fixes = checkedSafeFixes(text, kind, analysis.findings, options);
    if (fixes.length === 0) break;
    const next = applyEdits(text, fixes.flatMap(({ fix }) => fix.edits));
    if (next === text) break;
    for (const { finding, fix } of fixes) applied.push({ rule: finding.rule, line: analysis.lines.lineAt(finding.range.start) + 1, title: fix.title });
    text = next;
    analysis = analyse(text, kind, options);
  }
  return { text, analysis, applied };
}

/**
 * Writes new text over a file read earlier as `original`: refuses when the file changed
 * on disk since, writes a temp file in the same folder with the same mode, then renames
 * it over the original. The original stays untouched on any error.
 */
export function writeFixedFile(file: string, display: string, original: TextFile, text: string): void {
  const data = Buffer.from((original.bom ? '\uFEFF' : '') + text, 'utf8');
  let target: string;
  let mode: number;
  try {
    target = fs.realpathSync(file); // write through a symlink, not over it
    if (!fs.readFileSync(target).equals(original.bytes)) {
      throw new FileProblem(`${display}: changed on disk while rmplint was fixing it; not written`);
    }
    mode = fs.statSync(target).mode & 0o7777;
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`${display}: cannot be fixed (${reason(error)})`);
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.rmplint-tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeFileSync(fd, data);
      fs.fchmodSync(fd, mode); // the umask may have narrowed the mode given to open
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new FileProblem(`${display}: fixes not written (${reason(error)})`);
  }
}
