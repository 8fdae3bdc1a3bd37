// A register saved as comma-separated values under a Markdown name (a spreadsheet's export kept as
// `log.md`): the Markdown reader reads no risk in it, and the skip message says what it is instead.
import { fieldForLabel } from '../model/vocabulary';

/** How many columns make a first line a CSV header rather than a sentence with commas. */
const HEADER_COLUMNS = 4;
/** A header's cell: a column's name, a few words at most (`CAR_ID`, `Date_Raised`, `Source(Audit/Incident)`), not a sentence's end. */
const COLUMN_NAME = /^[\p{L}](?:[\p{L}\p{N}_./()&#-]|[ ](?=\S)){0,39}(?<!\.)$/u;
/** How many columns the field vocabulary knows make the header a register's (an owner and a due date, say). */
const KNOWN_COLUMNS = 2;
/** How many of the columns are shown. */
const SHOWN = 6;

/**
 * The clause of a skip message for a text that is comma-separated values, not Markdown: its first line
 * a header of four or more column names, two of them a register's that the field vocabulary knows
 * (`Action_Plan`, `Owner`, `Due_Date`, `Status`), and no pipe or heading, with a line of values under it. Undefined otherwise.
 */
export function commaSeparatedClause(body: string): string | undefined {
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2 || lines[0].includes('|') || /^\s*#/.test(lines[0])) return undefined;
  const columns = lines[0].split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  if (columns.length < HEADER_COLUMNS || !columns.every((name) => COLUMN_NAME.test(name))) return undefined;
  if ((lines[1].match(/,/g) ?? []).length === 0) return undefined;
  const known = columns.filter((name) => fieldForLabel(name.replace(/[_.]+/g, ' ')) !== undefined);
  if (known.length < KNOWN_COLUMNS) return undefined;
  const shown = (names: readonly string[]) => names.slice(0, SHOWN).join(', ') + (names.length > SHOWN ? ', ...' : '');
  return `its text is comma-separated values, not Markdown: a header of ${columns.length} columns (${shown(columns)}), a register's among them (${shown(known)}), over rows that rmplint does not read (it reads tables written between pipes)`;
}
