// The block structure of a plain Markdown section without markdown-it: an optional ATX
// heading on its first line, then blank lines, paragraph lines and list items whose text
// starts with a character no block construct starts with, GFM tables and one-line HTML
// comments at the left margin. In such a section markdown-it finds that heading, those
// tables and comments (HTML blocks of one line) and nothing else the plan model needs, so a
// line scan gives the same structure at a fraction of the cost of a block parse (most
// sections of most plans are of this kind). Anything else returns undefined and goes to
// markdown-it; test/src/markdown-plain.test.ts holds the two to the same answer.
import type { MarkdownStructure } from './block-structure';
import { delimiterColumns, isSpaceOrTab, tableHeadColumns } from './line-scan-table';

const SPACE = 32;
const TAB = 9;
const HASH = 35;

/** A line break other than \n or \r\n, or a NUL: markdown-it normalises those, so they are left to it. */
const UNUSUAL_CHARACTER = /\r(?!\n)|\0/;

/** `#` to `######` then a space, a tab or the end of the line: an ATX heading's opening. */
function atxLevel(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && text.charCodeAt(at) === HASH && at - start < 7) at++;
  const level = at - start;
  if (level === 0 || level > 6) return 0;
  return at === end || text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB ? level : 0;
}

/** A heading's text as markdown-it's heading rule cuts it: no closing `#` run, ASCII-trimmed. */
function atxContent(text: string, start: number, end: number): string {
  let max = end;
  while (max > start && isSpaceOrTab(text.charCodeAt(max - 1))) max--;
  let hashes = max;
  while (hashes > start && text.charCodeAt(hashes - 1) === HASH) hashes--;
  if (hashes > start && isSpaceOrTab(text.charCodeAt(hashes - 1))) max = hashes;
  // Trimmed by index: the regex `/^[ \t\r\n]+|[ \t\r\n]+$/g` was quadratic on a long blank run inside a heading (regex-bench).
  let from = start;
  while (from < max && isAsciiBlank(text.charCodeAt(from))) from++;
  while (max > from && isAsciiBlank(text.charCodeAt(max - 1))) max--;
  return text.slice(from, max);
}

/** A space, tab, CR or LF: what markdown-it trims from a heading's text. */
function isAsciiBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === 13 || code === 10;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Just past an ordered list marker (`1.` or `1)`, up to nine digits) at `at`, or -1. */
function orderedMarkerEnd(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isDigit(text.charCodeAt(i)) && i - at < 10) i++;
  if (i === at || i - at > 9) return -1;
  const c = text.charCodeAt(i);
  return c === 46 /* . */ || c === 41 /* ) */ ? i + 1 : -1;
}

/**
 * Whether text starting at `at` (a paragraph's or a list item's first character) can
 * start nothing but a paragraph: a letter, a digit that opens no ordered list marker,
 * emphasis (`*` or `_` touching a word, on a line that is not a thematic break), an
 * opening bracket or quote, a backslash escape, or any non-ASCII character.
 */
function startsPlainText(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const c = text.charCodeAt(at);
  if (isLetter(c) || c >= 128) return true;
  if (isDigit(c)) {
    const marker = orderedMarkerEnd(text, at, end);
    return marker < 0 || (marker < end && !isSpaceOrTab(text.charCodeAt(marker)));
  }
  if (c === 42 /* * */ || c === 95 /* _ */) {
    if (at + 1 >= end || isSpaceOrTab(text.charCodeAt(at + 1))) return false;
    for (let i = at + 1; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d !== 42 && d !== 95 && !isSpaceOrTab(d)) return true;
    }
    return false;
  }
  return c === 91 /* [ */ || c === 40 /* ( */ || c === 34 /* " */ || c === 39 /* ' */ || c === 33 /* ! */ || c === 92; /* \ */
}

/**
 * Whether a line is blank or a paragraph or list item line of plain text: up to three
 * spaces, at most one list marker followed by one space, then plain text. Deeper
 * indentation (code, or a list item's continuation that could hold one), tabs before
 * the text and a second marker are left to markdown-it.
 */
function isPlainLine(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  if (at === end) return true;
  if (text.charCodeAt(at) === TAB) return isBlank(text, at, end);
  if (at - start > 3) return false;
  const c = text.charCodeAt(at);
  if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && text.charCodeAt(at + 1) === SPACE) {
    at += 2;
  } else if (isDigit(c)) {
    const marker = orderedMarkerEnd(text, at, end);
    if (marker >= 0 && text.charCodeAt(marker) === SPACE) at = marker + 1;
  }
  return startsPlainText(text, at, end);
}

/** Start and end (before its line break) of each line, as markdown-it counts them: a final line break starts no line. */
function lineSpans(body: string): number[] {
  const spans: number[] = [];
  for (let start = 0; start < body.length || (start === 0 && body.length === 0); ) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : body.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    spans.push(start, end);
    if (newline < 0) break;
    start = newline + 1;
  }
  return spans;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/**
 * An HTML comment opened and closed on one line at the left margin (a disable comment):
 * an HTML block of that line alone, which ends any paragraph above it.
 */
function isCommentLine(text: string, start: number, end: number): boolean {
  return text.startsWith('<!--', start) && text.slice(start, end).includes('-->');
}

/** More autocompleted cells than this end a table in markdown-it: plain tables stay well below it. */
const MAX_TABLE_CELLS = 65_536;

/**
 * The structure of `body` (lines numbered from `firstLine`, `lineCount` lines in the
 * document) when it is a plain section, else undefined. Besides plain lines it may hold
 * GFM tables written at the left margin after a blank line (or the heading): a header, a
 * delimiter row, and rows that all start with a pipe, up to a blank line or its end.
 */
export function plainStructure(body: string, firstLine: number, lineCount: number): MarkdownStructure | undefined {
  if (UNUSUAL_CHARACTER.test(body)) return undefined;
  const spans = lineSpans(body);
  const lines = spans.length / 2;
  const start = (line: number) => spans[2 * line];
  const end = (line: number) => spans[2 * line + 1];
  /** Whether the line below `line` is a delimiter row, which may make `line` a table's header. */
  const opensTable = (line: number) => line + 1 < lines && delimiterColumns(body, start(line + 1), end(line + 1)) > 0;
  const blocks: MarkdownStructure['blocks'][number][] = [];
  const opaque = new Uint8Array(lineCount);
  let openEnd = false;
  let line = 0;
  const level = atxLevel(body, start(0), end(0));
  if (level > 0) {
    // markdown-it tries tables first: a heading line with a pipe above a delimiter row is a table's header.
    if (opensTable(0)) return undefined;
    blocks.push({ kind: 'heading', line: firstLine, end: firstLine + 1, level, content: atxContent(body, start(0) + level, end(0)) });
    line = 1;
  }
  // Whether a block can start on this line: at the top, after the heading or a blank line.
  let blockStart = true;
  for (; line < lines; line++) {
    if (isBlank(body, start(line), end(line))) {
      blockStart = true;
      continue;
    }
    if (blockStart && body.charCodeAt(start(line)) === 124 /* | */ && line + 1 < lines) {
      const columns = tableHeadColumns(body, start(line), end(line), start(line + 1), end(line + 1));
      if (columns > 0) {
        const rowLines: number[] = [];
        let next = line + 2;
        for (; next < lines && !isBlank(body, start(next), end(next)) && !isCommentLine(body, start(next), end(next)); next++) {
          if (body.charCodeAt(start(next)) !== 124) return undefined; // a row without its pipe, or a block that ends the table
          rowLines.push(firstLine + next);
        }
        if (rowLines.length * columns > MAX_TABLE_CELLS) return undefined;
        blocks.push({ kind: 'table', line: firstLine + line, end: firstLine + next, rowLines });
        line = next - 1;
        blockStart = false;
        continue;
      }
    }
    if (isCommentLine(body, start(line), end(line))) {
      if (opensTable(line)) return undefined; // a table's header, for markdown-it, if it holds a pipe
      opaque[firstLine + line] = 1;
      // Like markdown-it's structure, an HTML block on the last line counts as open at the end.
      openEnd = line === lines - 1;
      blockStart = true;
      continue;
    }
    if (!isPlainLine(body, start(line), end(line))) return undefined;
    blockStart = false;
  }
  return { blocks, opaque, openEnd };
}
