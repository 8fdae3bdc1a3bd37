// A register saved as comma-separated values (or semicolon- or tab-separated) under a Markdown name (a spreadsheet's
// export kept as `log.md`): when no risk was read in it, the skip message says what it is.
import { fieldForLabel } from '../model/vocabulary';

/** How many columns make a first line a CSV header rather than a sentence with commas. */
const HEADER_COLUMNS = 4;
/** A header's cell: a column's name, a few words at most (`CAR_ID`, `Date_Raised`, `Source(Audit/Incident)`), not a sentence's end. */
const COLUMN_NAME = /^[\p{L}](?:[\p{L}\p{N}_./()&#-]|[ ](?=\S)){0,39}(?<!\.)$/u;
/** How many columns the field vocabulary knows make the header a register's (an owner and a due date, say). */
const KNOWN_COLUMNS = 2;
/** How many of the columns are shown. */
const SHOWN = 6;

/** The separators a spreadsheet exports with, and what its text is called then. */
const SEPARATORS: readonly (readonly [string, string])[] = [
  [',', 'comma-separated'],
  [';', 'semicolon-separated'],
  ['\t', 'tab-separated'],
];
/** How much of the text's start is looked at for the header and the line under it (the decision runs on each keystroke). */
const HEAD_CHARS = 4096;

/** A spreadsheet's header under a Markdown name: its columns, those a register's the field vocabulary knows, and what its text is called. */
export interface CommaSeparatedHeader {
  readonly called: string;
  readonly columns: readonly string[];
  readonly known: readonly string[];
}

/**
 * The header of a text that is a spreadsheet's values, not Markdown: past any headings, its first line a header of four or
 * more column names separated by commas (semicolons, tabs), two of them a register's that the field vocabulary knows
 * (`Action_Plan`, `Owner`, `Due_Date`, `Status`), with a line of values under it. Undefined otherwise.
 */
export function commaSeparatedHeader(body: string): CommaSeparatedHeader | undefined {
  const lines = body.slice(0, HEAD_CHARS).split(/\r?\n/).filter((line) => line.trim() !== '' && !/^ {0,3}#/.test(line));
  if (lines.length < 2 || lines[0].includes('|')) return undefined;
  const [separator, called] = SEPARATORS.reduce((a, b) => (lines[0].split(b[0]).length > lines[0].split(a[0]).length ? b : a));
  const columns = lines[0].split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  if (columns.length < HEADER_COLUMNS || !columns.every((name) => COLUMN_NAME.test(name))) return undefined;
  if (!lines[1].includes(separator)) return undefined;
  const known = columns.filter((name) => fieldForLabel(name.replace(/[_.]+/g, ' ')) !== undefined);
  return known.length < KNOWN_COLUMNS ? undefined : { called, columns, known };
}

/** The clause of a skip message for a spreadsheet's values under a Markdown name (commaSeparatedHeader), in which no risk was read. */
export function commaSeparatedClause(body: string): string | undefined {
  const header = commaSeparatedHeader(body);
  if (header === undefined) return undefined;
  const shown = (names: readonly string[]) => names.slice(0, SHOWN).join(', ') + (names.length > SHOWN ? ', ...' : '');
  return `it holds ${header.called} values, not a Markdown table: a header of ${header.columns.length} columns (${shown(header.columns)}), a register's among them (${shown(header.known)}), over rows in which no risk was read`;
}
