// The pipe tables of a Markdown text, found by their delimiter rows with the engine's own regex
// (not line by line): each table's header line and the row lines under its delimiter. Three
// passes of the reader ask on every keystroke: the tables are found once per text, and the
// delimiter rows searched for again only around what the edit changed (text-scan.ts).
import type { Risk } from '../../model/plan-model';
import { lineIndexOf } from '../../model/positions';
import { LastTextMemo, ownCache } from '../../caches';
import { everyMatch } from '../text-scan';

/** A header line opening with a pipe, then a delimiter row (`|---|:--:|`). */
const headersAndDelimiters = everyMatch(/^[ \t]{0,3}\|[^\n]*\n[ \t]{0,3}\|?[ \t]*:?-{2,}[^\n]*$/gm);
const ROW = /^[ \t]{0,3}\|/;

export interface PipeTable {
  readonly headerLine: number;
  readonly rowLines: readonly number[];
}

const tablesOfLastText = ownCache('pipe tables of the last text', new LastTextMemo<readonly PipeTable[]>());

/** The pipe tables of a text (shared between callers: read them, do not change them). */
export function pipeTables(text: string): readonly PipeTable[] {
  return tablesOfLastText.of(text, findTables);
}

function findTables(text: string): PipeTable[] {
  const lines = lineIndexOf(text);
  const tables: PipeTable[] = [];
  for (const m of headersAndDelimiters(text)) {
    const headerLine = lines.lineAt(m.index);
    const rowLines: number[] = [];
    for (let line = headerLine + 2; line < lines.lineCount && ROW.test(text.slice(lines.lineStart(line), lines.lineEnd(line))); line++) rowLines.push(line);
    tables.push({ headerLine, rowLines });
  }
  return tables;
}

/**
 * Whether any of a table's rows, given by the offsets their lines start at, was read as a risk or
 * an action: a table whose rows were is the reader's already. Asked of a few tables a keystroke:
 * each question walks the risks once, and keeps nothing.
 */
export function readRowTest(risks: readonly Risk[]): (rowStarts: readonly number[]) => boolean {
  return (rowStarts) => {
    const rows = new Set(rowStarts);
    for (const risk of risks) {
      if (rows.has(risk.firstLine.start)) return true;
      for (const action of risk.actions) if (rows.has(action.firstLine.start)) return true;
    }
    return false;
  };
}
