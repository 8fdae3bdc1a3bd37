// The pipe tables of a Markdown text, found by their delimiter rows in one pass of the engine's
// own regex (not line by line): each table's header line and the row lines under its delimiter.
import type { Risk } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';

/** A header line opening with a pipe, then a delimiter row (`|---|:--:|`). */
const HEADER_AND_DELIMITER = /^[ \t]{0,3}\|[^\n]*\n[ \t]{0,3}\|?[ \t]*:?-{2,}[^\n]*$/gm;
const ROW = /^[ \t]{0,3}\|/;

export interface PipeTable {
  readonly headerLine: number;
  readonly rowLines: readonly number[];
}

export function pipeTables(text: string, lines: LineIndex): PipeTable[] {
  const tables: PipeTable[] = [];
  for (const m of text.matchAll(HEADER_AND_DELIMITER)) {
    const headerLine = lines.lineAt(m.index);
    const rowLines: number[] = [];
    for (let line = headerLine + 2; line < lines.lineCount && ROW.test(text.slice(lines.lineStart(line), lines.lineEnd(line))); line++) rowLines.push(line);
    tables.push({ headerLine, rowLines });
  }
  return tables;
}

/**
 * Whether a line starting at an offset was read as a risk or an action: a table whose rows were is
 * the reader's already. The offsets are gathered on the first question (most plans never ask).
 */
export function readRowTest(risks: readonly Risk[]): (at: number) => boolean {
  let readAt: Set<number> | undefined;
  return (at) => (readAt ??= new Set(risks.flatMap((risk) => [risk.firstLine.start, ...risk.actions.map((a) => a.firstLine.start)]))).has(at);
}
