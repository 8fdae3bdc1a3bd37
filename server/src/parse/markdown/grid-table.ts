// A register drawn as a grid table in a code block (`+----+----+` borders, `| R1 | … |`
// rows), as plain-text templates write it: its rows read as a table's would.
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
  return rowLines.length > 0 ? { headerLine: line + 1, rowLines, lastLine: last } : undefined;
}
