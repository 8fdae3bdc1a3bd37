// Whether two lines open a GFM table as markdown-it's table rule decides it: a header line
// with a pipe, then a delimiter row (`|---|:--:|`) with as many columns as the header. Used
// by the line scan of plain sections (markdown-plain.ts) for tables written at the left
// margin; its test holds it to markdown-it's answer.

const PIPE = 124;
const DASH = 45;
const COLON = 58;
const BACKSLASH = 92;

/** A space or a tab: what markdown-it's block rules count as white space. */
export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** The columns of a delimiter row, or 0 when the line is not one. */
export function delimiterColumns(text: string, start: number, end: number): number {
  if (end - start < 2) return 0;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first !== PIPE && first !== DASH && first !== COLON) return 0;
  if (second !== PIPE && second !== DASH && second !== COLON && !isSpaceOrTab(second)) return 0;
  if (first === DASH && isSpaceOrTab(second)) return 0; // `- ` opens a list item
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== PIPE && c !== DASH && c !== COLON && !isSpaceOrTab(c)) return 0;
  }
  const cells = text.slice(start, end).split('|');
  let columns = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i].trim();
    if (cell === '') {
      if (i === 0 || i === cells.length - 1) continue;
      return 0;
    }
    if (!/^:?-+:?$/.test(cell)) return 0;
    columns++;
  }
  return columns;
}

/**
 * The cells of a header line, counted as the table rule splits it: at pipes not preceded
 * by a backslash, without an empty first or last cell.
 */
function headerColumns(line: string): number {
  if (!line.includes('|')) return 0;
  let cells = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === PIPE && line.charCodeAt(i - 1) !== BACKSLASH) cells++;
  if (line.charCodeAt(0) === PIPE) cells--;
  const last = line.length - 1;
  if (cells > 0 && line.charCodeAt(last) === PIPE && line.charCodeAt(last - 1) !== BACKSLASH) cells--;
  return cells;
}

/**
 * The number of columns of the table whose header is [headerStart, headerEnd) and whose
 * delimiter row is [delimiterStart, delimiterEnd), or 0 when they open no table. Both lines
 * start at the left margin.
 */
export function tableHeadColumns(text: string, headerStart: number, headerEnd: number, delimiterStart: number, delimiterEnd: number): number {
  const columns = delimiterColumns(text, delimiterStart, delimiterEnd);
  return columns > 0 && headerColumns(text.slice(headerStart, headerEnd).trim()) === columns ? columns : 0;
}
