// The block structure of a Markdown body, from one markdown-it block parse: headings and
// tables with their lines, and the lines that can never hold a field (code and HTML,
// which includes comments). Inline parsing is skipped: only line maps are needed. Plain
// sections are read by a line scan instead (markdown-plain.ts), so markdown-it is loaded
// only when a plan has a section that is not plain.
import type MarkdownIt from 'markdown-it';
import { plainStructure } from './line-scan';
import { withDetailFences } from './detail-fences';

type BlockParser = MarkdownIt.MarkdownIt;

export interface HeadingBlock {
  readonly kind: 'heading';
  /** Zero-based line of the heading text (the first line of a setext heading). */
  readonly line: number;
  /** Zero-based line after the heading (after a setext underline). */
  readonly end: number;
  readonly level: number;
  /** The heading's text as markdown-it reads it (first line only). */
  readonly content: string;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly line: number;
  readonly end: number;
  readonly rowLines: readonly number[];
}

export type Block = HeadingBlock | TableBlock;

export interface MarkdownStructure {
  /** Headings and tables in source order. */
  readonly blocks: readonly Block[];
  /** 1 for lines inside code blocks and HTML blocks. */
  readonly opaque: Uint8Array;
  /**
   * A code or HTML block runs to the end of the body: in a longer text it might go on, so
   * a section that ends here cannot be parsed apart from what follows it.
   */
  readonly openEnd: boolean;
}

let blockParser: BlockParser | undefined;

/** markdown-it set up for block structure only, loaded on first use. */
function markdownIt(): BlockParser {
  if (!blockParser) {
    const create = require('markdown-it') as typeof MarkdownIt;
    blockParser = create({ html: true });
    blockParser.core.ruler.enableOnly(['normalize', 'block']);
  }
  return blockParser;
}

/** How many lines markdown-it sees in a text: a final line break starts no line. */
export function lineMax(body: string): number {
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) count++;
  }
  const last = body.charCodeAt(body.length - 1);
  return body.length === 0 || last === 10 || last === 13 ? count : count + 1;
}

/**
 * The structure of `body` (a suffix of the document starting at zero-based line
 * `firstLine`) in document line numbers. `lineCount` is the document's.
 */
export function markdownStructure(body: string, firstLine: number, lineCount: number): MarkdownStructure {
  return withDetailFences(withSeparatedRows(plainStructure(body, firstLine, lineCount) ?? parsedStructure(body, firstLine, lineCount), body, firstLine), body, firstLine);
}

/** The number of cell separators in a table line, leading and trailing pipes aside. */
function pipeCells(line: string): number {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).length;
}

/**
 * A table whose header and delimiter row stand alone, followed by rows each set apart by a
 * blank line (`| R-01 | … |`, blank, `| R-02 | … |`): Markdown reads a header with no rows
 * and paragraphs, the author wrote one table. Lines starting with a pipe, with as many cells
 * as the header, after only blank lines, are that table's rows.
 */
function withSeparatedRows(structure: MarkdownStructure, body: string, firstLine: number): MarkdownStructure {
  const split = structure.blocks.some((block) => block.kind === 'table' && block.rowLines.length === 0);
  const continued = structure.blocks.some((block) => block.kind === 'table' && block.rowLines.length > 0 && continuesAfterBlank(body, firstLine, block.end));
  if (!split && !continued) return structure;
  const bodyLines = body.split(/\r?\n|\r/);
  const starts = new Set(structure.blocks.map((block) => block.line));
  const blocks = structure.blocks.map((block): Block => {
    if (block.kind === 'table' && block.rowLines.length > 0) return withRowsAfterBlank(block, bodyLines, firstLine, structure.opaque, starts);
    if (block.kind !== 'table') return block;
    const header = bodyLines[block.line - firstLine] ?? '';
    const cells = pipeCells(header);
    const rowLines: number[] = [];
    for (let i = block.end - firstLine; i < bodyLines.length; i++) {
      const line = bodyLines[i];
      if (line.trim() === '') continue;
      if (!/^ {0,3}\|/.test(line) || pipeCells(line) !== cells || structure.opaque[firstLine + i] === 1) break;
      rowLines.push(firstLine + i);
    }
    return rowLines.length === 0 ? block : { ...block, end: rowLines[rowLines.length - 1] + 1, rowLines };
  });
  return { ...structure, blocks };
}

/**
 * Whether the line after a table's last row is blank and the next opens with a pipe: the cheap test before
 * a table's rows are looked for past a blank line.
 */
function continuesAfterBlank(body: string, firstLine: number, end: number): boolean {
  let at = 0;
  for (let line = firstLine; line < end; line++) {
    const newline = body.indexOf('\n', at);
    if (newline < 0) return false;
    at = newline + 1;
  }
  return /^[ \t]*\r?\n[ ]{0,3}\|/.test(body.slice(at, at + 200));
}

/**
 * A register whose rows go on after a stray blank line (`| R-32 | … |`, blank, `| R-33 | … |` … with no header again):
 * Markdown ends the table at the blank line and reads the rest as a paragraph; the author wrote one table. Lines opening
 * with a pipe, with as many cells as the header, after one blank line, up to the first other line, are its rows; a line
 * followed by a delimiter row heads a table of its own, and a line another block starts on is that block's.
 */
function withRowsAfterBlank(block: TableBlock, bodyLines: readonly string[], firstLine: number, opaque: Uint8Array, starts: ReadonlySet<number>): TableBlock {
  const after = block.end - firstLine;
  if (bodyLines[after]?.trim() !== '' || bodyLines[after + 1]?.trim() === '') return block;
  const cells = pipeCells(bodyLines[block.line - firstLine] ?? '');
  const rowLines = [...block.rowLines];
  for (let i = after + 1; i < bodyLines.length; i++) {
    const line = bodyLines[i];
    // Another single blank line, then more rows of as many cells: the table goes on (`| R-022 | … |`, blank, `| R-023 | … |`).
    if (line.trim() === '' && rowLines.length > block.rowLines.length && /^ {0,3}\|/.test(bodyLines[i + 1] ?? '') && pipeCells(bodyLines[i + 1]) === cells) continue;
    if (!/^ {0,3}\|/.test(line) || pipeCells(line) !== cells || opaque[firstLine + i] === 1 || starts.has(firstLine + i)) break;
    if (/^[ \t]*\|?[ \t]*:?-{3,}/.test(bodyLines[i + 1] ?? '')) break;
    rowLines.push(firstLine + i);
  }
  return rowLines.length === block.rowLines.length ? block : { ...block, end: rowLines[rowLines.length - 1] + 1, rowLines };
}

/** The same, always from markdown-it's block parse. */
export function parsedStructure(body: string, firstLine: number, lineCount: number): MarkdownStructure {
  const tokens = markdownIt().parse(body, {});
  const blocks: Block[] = [];
  const opaque = new Uint8Array(lineCount);
  let table: { line: number; end: number; rowLines: number[] } | undefined;
  let inBody = false;
  let lastOpaqueEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const map = token.map;
    switch (token.type) {
      case 'heading_open':
        if (map) {
          const content = tokens[i + 1]?.content ?? '';
          blocks.push({ kind: 'heading', line: firstLine + map[0], end: firstLine + map[1], level: Number(token.tag.slice(1)), content: content.split('\n')[0] });
        }
        break;
      case 'table_open':
        if (map) table = { line: firstLine + map[0], end: firstLine + map[1], rowLines: [] };
        break;
      case 'tbody_open':
        inBody = true;
        break;
      case 'tbody_close':
        inBody = false;
        break;
      case 'tr_open':
        if (table && inBody && map) table.rowLines.push(firstLine + map[0]);
        break;
      case 'table_close':
        if (table) blocks.push({ kind: 'table', ...table });
        table = undefined;
        break;
      case 'fence':
      case 'code_block':
      case 'html_block':
        if (map) {
          opaque.fill(1, firstLine + map[0], firstLine + map[1]);
          lastOpaqueEnd = Math.max(lastOpaqueEnd, map[1]);
        }
        break;
    }
  }
  return { blocks, opaque, openEnd: lastOpaqueEnd > 0 && lastOpaqueEnd >= lineMax(body) };
}
