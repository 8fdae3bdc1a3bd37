// "Disable <rule> for this line": adds the rule to a disable comment that already covers
// the line, or writes one, in the comment syntax of the spot (`#` in YAML and front
// matter, `<!-- -->` in Markdown). Shared by the editor and the CLI; no editor types here.
import type { PlanModel } from '../model/plan-model';
import type { LineIndex } from '../model/positions';
import type { Fix } from '../engine/rule';
import { isYamlAt } from './field-edits';

/** A directive comment; group 1 is its rule list (empty means every rule). */
const NEXT_LINE = /(?:<!--|#)\s*rmplint-disable-next-line\b([^\n]*?)\s*(?:-->)?\s*$/d;
const SAME_LINE = /(?:<!--|#)\s*rmplint-disable-line\b([^\n]*?)\s*(?:-->)?\s*$/d;
const TABLE_ROW = /^\s*\|/;

export function disableForLineFix(plan: PlanModel, lines: LineIndex, rule: string, offset: number): Fix | undefined {
  const title = `Disable ${rule} for this line`;
  const line = lines.lineAt(offset);
  const start = lines.lineStart(line);
  const lineText = lines.lineText(line);
  const yaml = isYamlAt(plan, start);
  const addTo = (directive: RegExpExecArray, lineStart: number): Fix | undefined => {
    const list = directive[1].trim();
    if (list === '' || list.split(/[\s,]+/).includes(rule)) return undefined;
    const at = lineStart + directive.indices![1][0] + directive[1].trimEnd().length;
    return { title, safe: false, edits: [{ start: at, end: at, newText: `, ${rule}` }] };
  };
  const same = SAME_LINE.exec(lineText);
  if (same) return addTo(same, start);
  const above = line > 0 ? NEXT_LINE.exec(lines.lineText(line - 1)) : null;
  if (above && /^\s*(?:<!--|#)/.test(lines.lineText(line - 1))) return addTo(above, lines.lineStart(line - 1));

  const comment = (kind: string) => (yaml ? `# rmplint-${kind} ${rule}` : `<!-- rmplint-${kind} ${rule} -->`);
  // Line 1 holds plan-level findings whatever is written there, so a comment above it would
  // become line 1; and a comment line inside a table would split the table. Both carry
  // their directive at the end of the line instead (never after front matter's `---`).
  if (line === 0 || (!yaml && TABLE_ROW.test(lineText))) {
    if (/^\uFEFF?---\s*$/.test(lineText)) return undefined;
    const end = lines.lineEnd(line);
    return { title, safe: false, edits: [{ start: end, end, newText: ` ${comment('disable-line')}` }] };
  }
  const indent = /^[ \t]*/.exec(lineText)![0];
  return { title, safe: false, edits: [{ start, end: start, newText: indent + comment('disable-next-line') + plan.eol }] };
}
