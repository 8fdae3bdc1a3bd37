// Inline suppression comments (spec §6): `rmplint-disable-next-line RULE[, RULE]`,
// and `rmplint-disable RULE` / `rmplint-enable RULE` around a block. Written as
// `<!-- ... -->` in Markdown and `# ...` in YAML; without rule names they cover every rule.
import type { LineIndex } from '../model/positions';
import { anywhere } from '../parse/text-scan';

const DIRECTIVE = /(?:<!--|#)\s*rmplint-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)(?:-->|$)/;

const ALL = '*';

/** Whether a text has a directive at all: asked on every keystroke, answered around the edit only. */
const mayHoldDirective = anywhere(/rmplint-/);

/** Which rules are suppressed on which zero-based lines. */
export class Suppressions {
  private readonly byLine = new Map<number, Set<string>>();
  private readonly blocks: { rule: string; from: number; to: number }[] = [];

  constructor(text: string, lines: LineIndex) {
    if (!mayHoldDirective(text)) return;
    const open = new Map<string, number>();
    for (let line = 0; line < lines.lineCount; line++) {
      const lineText = lines.lineText(line);
      if (!lineText.includes('rmplint-')) continue;
      const m = DIRECTIVE.exec(lineText);
      if (!m) continue;
      const rules = parseRuleList(m[2]);
      switch (m[1]) {
        case 'disable-next-line':
          this.add(line + 1, rules);
          break;
        case 'disable-line':
          this.add(line, rules);
          break;
        case 'disable':
          for (const rule of rules) if (!open.has(rule)) open.set(rule, line);
          break;
        case 'enable':
          for (const rule of rules) {
            if (rule === ALL) {
              for (const [r, from] of open) this.blocks.push({ rule: r, from, to: line });
              open.clear();
            } else if (open.has(rule)) {
              this.blocks.push({ rule, from: open.get(rule)!, to: line });
              open.delete(rule);
            }
          }
          break;
      }
    }
    for (const [rule, from] of open) this.blocks.push({ rule, from, to: Number.MAX_SAFE_INTEGER });
  }

  private add(line: number, rules: string[]): void {
    let set = this.byLine.get(line);
    if (!set) this.byLine.set(line, (set = new Set()));
    for (const rule of rules) set.add(rule);
  }

  /** True when findings of `rule` on zero-based `line` are suppressed. */
  isSuppressed(rule: string, line: number): boolean {
    const set = this.byLine.get(line);
    if (set && (set.has(rule) || set.has(ALL))) return true;
    return this.blocks.some((b) => (b.rule === rule || b.rule === ALL) && line > b.from && line < b.to);
  }
}

function parseRuleList(text: string): string[] {
  const rules = text
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => /^[a-z][a-z-]*$/.test(r));
  return rules.length > 0 ? rules : [ALL];
}
