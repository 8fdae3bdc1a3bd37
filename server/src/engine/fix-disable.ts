// "Disable <rule> for this line": adds the rule to the disable comment on the line above,
// or writes one there, in the comment syntax of the spot (`#` in YAML and front matter,
// `<!-- -->` in Markdown). Shared by the editor and the CLI; no editor types here.
import type { PlanModel } from './model';
import type { LineIndex } from './positions';
import type { Fix } from './rule';
import { isYamlAt } from './fixes';

/** An existing next-line directive; group 1 is its rule list (empty means every rule). */
const NEXT_LINE = /^\s*(?:<!--|#)\s*rmplint-disable-next-line\b([^\n]*?)\s*(?:-->)?\s*$/d;
const TABLE_ROW = /^\s*\|/;

export function disableForLineFix(plan: PlanModel, lines: LineIndex, rule: string, offset: number): Fix | undefined {
  const title = `Disable ${rule} for this line`;
  const line = lines.lineAt(offset);
  const start = lines.lineStart(line);
  const yaml = isYamlAt(plan, start);
  const lineText = lines.lineText(line);
  if (line > 0) {
    const above = NEXT_LINE.exec(lines.lineText(line - 1));
    if (above) {
      const list = above[1].trim();
      if (list === '' || list.split(/[\s,]+/).includes(rule)) return undefined;
      const at = lines.lineStart(line - 1) + above.indices![1][0] + above[1].trimEnd().length;
      return { title, safe: false, edits: [{ start: at, end: at, newText: `, ${rule}` }] };
    }
  }
  // A comment above the front matter's opening `---` would end the front matter.
  if (!yaml && line === 0 && /^\uFEFF?---\s*$/.test(lineText)) return undefined;
  // A comment line inside a table would split it; the row carries its own directive instead.
  if (!yaml && TABLE_ROW.test(lineText)) {
    const end = lines.lineEnd(line);
    return { title, safe: false, edits: [{ start: end, end, newText: ` <!-- rmplint-disable-line ${rule} -->` }] };
  }
  const indent = /^[ \t]*/.exec(lineText)![0];
  const comment = yaml ? `# rmplint-disable-next-line ${rule}` : `<!-- rmplint-disable-next-line ${rule} -->`;
  return { title, safe: false, edits: [{ start, end: start, newText: indent + comment + plan.eol }] };
}
