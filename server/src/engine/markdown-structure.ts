// The block structure of a Markdown body, from one markdown-it block parse: headings and
// tables with their lines, and the lines that can never hold a field (code and HTML,
// which includes comments). Inline parsing is skipped: only line maps are needed.
import MarkdownIt from 'markdown-it';

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
}

const md = new MarkdownIt({ html: true });
md.core.ruler.enableOnly(['normalize', 'block']);

/**
 * Parses `body` (a suffix of the document starting at zero-based line `firstLine`) and
 * returns its structure in document line numbers. `lineCount` is the document's.
 */
export function markdownStructure(body: string, firstLine: number, lineCount: number): MarkdownStructure {
  const tokens = md.parse(body, {});
  const blocks: Block[] = [];
  const opaque = new Uint8Array(lineCount);
  let table: { line: number; end: number; rowLines: number[] } | undefined;
  let inBody = false;
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
        if (map) opaque.fill(1, firstLine + map[0], firstLine + map[1]);
        break;
    }
  }
  return { blocks, opaque };
}
