// A register drawn as a grid table in a code block (`+----+----+` borders, `| R1 | … |`
// rows), as plain-text templates write it: its rows read as a table's would. A line whose
// first cell is blank wraps the row above it; the row is read from its first line.
import type { LineIndex } from '../../model/positions';

const BORDER = /^[ \t]*\+(?:[-=]+\+){2,}[ \t]*$/;
const ROW = /^[ \t]*\|.*\|[ \t]*$/;

/** The header row and body rows of a grid table whose top border is on `line`, and its last line; undefined when none starts there. */
export function gridTable(text: string, lines: LineIndex, line: number, end: number): { headerLine: number; rowLines: number[]; lastLine: number } | undefined {
  const at = (n: number) => text.slice(lines.lineStart(n), lines.lineEnd(n));
  if (!BORDER.test(at(line)) || line + 2 >= end || !ROW.test(at(line + 1)) || !BORDER.test(at(line + 2))) return undefined;
  const rowLines: number[] = [];
  let last = line + 2;
  for (let n = line + 3; n < end; n++) {
    const content = at(n);
    if (ROW.test(content)) rowLines.push(n);
    else if (!BORDER.test(content)) break;
    last = n;
  }
  if (rowLines.length === 0) return undefined;
  // A line with a blank first cell right under a row wraps that row's cells: the row is read from its first line.
  const rows = rowLines.filter((n) => BORDER.test(at(n - 1)) || !/^[ \t]*\|[ \t]*\|/.test(at(n)));
  return { headerLine: line + 1, rowLines: rows, lastLine: last };
}

/** A fence's opening line and its info string (```` ```bash ````, `~~~ text`). */
const FENCE_OPENER = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*([^`\s]*)/;
/** Info strings of plain text, in which a register may be drawn. Any other names code, whose grid tables are its output. */
const PLAIN_TEXT_INFO = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md', 'none', 'ascii']);

/**
 * Whether the fenced block holding line `line` is code (```` ```bash ```` over `# Expected output:` and a grid of statuses,
 * set 92): a command's output drawn as a grid is an example of what the command prints, not the register.
 */
export function inCodeBlock(text: string, lines: LineIndex, line: number): boolean {
  for (let n = line - 1; n >= 0 && n >= line - 400; n--) {
    const opener = FENCE_OPENER.exec(text.slice(lines.lineStart(n), lines.lineEnd(n)));
    if (opener) return !PLAIN_TEXT_INFO.has(opener[1].toLowerCase());
  }
  return false;
}

/** Whether the line that ends just before `after` is a row of a grid table: no field line or column can be added there. */
export function endsGridRow(text: string, after: number): boolean {
  const lines = text.slice(Math.max(0, after - 4000), after).split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    if (BORDER.test(lines[i])) return i < lines.length - 1 || ROW.test(lines[lines.length - 1] ?? '');
    if (!ROW.test(lines[i])) return false;
  }
  return false;
}
