// Decides where each finding is shown, so every finding appears exactly once: on the field
// whose text it is about, else on the line (risk heading, table row, action) it was
// reported on, else in the plan-level list. Callers take findings in display priority.
import type { Finding } from '../engine/lint';
import type { Field } from '../model/plan-model';
import type { LineIndex } from '../model/positions';

export class FindingIndex {
  /** Findings not yet taken, by the zero-based line they start on (lookups stay cheap on big plans). */
  private readonly byLine = new Map<number, Finding[]>();

  constructor(
    findings: readonly Finding[],
    private readonly lines: LineIndex,
  ) {
    for (const f of findings) {
      const line = this.lineOf(f);
      const list = this.byLine.get(line);
      if (list) list.push(f);
      else this.byLine.set(line, [f]);
    }
  }

  /** Zero-based line a finding starts on. */
  lineOf(finding: Finding): number {
    return this.lines.lineAt(finding.range.start);
  }

  /** Findings whose range lies within a field's key and value. */
  takeField(field: Field | undefined): Finding[] {
    if (!field) return [];
    const start = Math.min(field.valueRange.start, field.keyRange?.start ?? field.valueRange.start);
    const end = Math.max(field.valueRange.end, field.keyRange?.end ?? field.valueRange.end);
    const taken: Finding[] = [];
    for (let line = this.lines.lineAt(start); line <= this.lines.lineAt(end); line++) {
      taken.push(...this.takeOnLine(line, (f) => f.range.start >= start && f.range.end <= end));
    }
    return taken;
  }

  /** Findings that start on a zero-based line. */
  takeLine(line: number): Finding[] {
    return this.takeOnLine(line, () => true);
  }

  /** Findings that start on a line in [first, last]. */
  takeLines(first: number, last: number): Finding[] {
    const taken: Finding[] = [];
    for (let line = first; line <= last; line++) taken.push(...this.takeLine(line));
    return taken;
  }

  /** Lines that still have findings, ascending. */
  linesLeft(): number[] {
    return [...this.byLine.keys()].sort((a, b) => a - b);
  }

  /** Everything not yet taken, in line order. */
  takeRest(): Finding[] {
    return this.linesLeft().flatMap((line) => this.takeLine(line));
  }

  private takeOnLine(line: number, matches: (f: Finding) => boolean): Finding[] {
    const list = this.byLine.get(line);
    if (!list) return [];
    const taken = list.filter(matches);
    if (taken.length === list.length) this.byLine.delete(line);
    else if (taken.length > 0) this.byLine.set(line, list.filter((f) => !taken.includes(f)));
    return taken;
  }
}
