// The rendered page as blocks (issue 17): the plan's header, its summary, the analysis, each
// section of a Markdown body, each risk card of a YAML plan. A block is cached by what it
// shows, and the preview is updated by sending only the blocks its page lacks: a keystroke
// in one risk re-renders and carries one block, not the whole page.
//
// A block's HTML counts its `data-line` attributes from the block's own first line, so a
// line inserted above it moves it without changing it: the page shifts the numbers when it
// assembles (here, for the export and the CLI; in the webview, in place). A container (the
// page, the body, a YAML tier) has CHILDREN where its children go, and its own line is 0.
import { ownCache, RoundCache } from '../caches';
import { detached } from '../parse/piece-cache';
import type { PreviewBlock } from '../protocol';

/** Where a container's children go in its HTML; the webview keeps the two comments as the bounds of that region. */
export const CHILDREN = '<!--(--><!--)-->';

export interface PageBlock {
  /** Names this HTML while it is cached (one server process, a random prefix): same key, same HTML. */
  readonly key: string;
  /** The block's HTML, `data-line` counted from `line`. */
  readonly html: string;
  /** The document line the block's `data-line` numbers count from (0 for containers). */
  readonly line: number;
  readonly children?: readonly PageBlock[];
}


/** A block's HTML and the key that names it. */
export interface BlockHtml {
  readonly key: string;
  readonly html: string;
}

/** The caches a page keeps what it used of, the pages before it losing the rest (endPage). */
const pageCaches: RoundCache<unknown>[] = [];

/** A cache of the rendered page's parts, forgetting what the last two pages did not use. */
export function pageCache<V>(name: string): RoundCache<V> {
  const cache = ownCache(name, new RoundCache<V>(2));
  pageCaches.push(cache);
  return cache;
}

/** Blocks by what they show (Markdown sections are cached with their layout, in markdown-body.ts). */
const blocks = pageCache<BlockHtml>('preview blocks');
/** Keys from an earlier server process must never name a block of this one. */
const PROCESS_TAG = Math.random().toString(36).slice(2, 8);
let made = 0;

/**
 * The block whose HTML `render` makes from `source` (everything the block shows: its text,
 * its findings, today), rendered only when no page has shown that source lately.
 * `line` is where the block starts; the HTML must count its lines from there.
 */
export function cachedBlock(source: string, line: number, render: () => string, children?: readonly PageBlock[]): PageBlock {
  let cached = blocks.get(source);
  if (cached === undefined) {
    const own = detached(source);
    const html = render();
    cached = blockHtml(html === source ? own : detached(html));
    blocks.set(own, cached);
  }
  return children ? { key: cached.key, html: cached.html, line, children } : { key: cached.key, html: cached.html, line };
}

/** A new key for `html`, which must share no memory with a document's text (see `detached`): it is kept. */
export function blockHtml(html: string): BlockHtml {
  return { key: `${PROCESS_TAG}${(++made).toString(36)}`, html };
}

/** A block rendered on every page (cheap ones: the header, a card), cached by its HTML for its key. */
export function htmlBlock(html: string, line = 0, children?: readonly PageBlock[]): PageBlock {
  const relative = shiftLines(html, -line);
  return cachedBlock(relative, line, () => relative, children);
}

/** Closes a page: what no recent page used is forgotten. */
export function endPage(): void {
  for (const cache of pageCaches) cache.endRound();
}

const DATA_LINE = / data-line="(-?\d+)"/g;

/** The HTML with every `data-line` moved by `delta` (plan text never makes the pattern: its quotes are escaped). */
export function shiftLines(html: string, delta: number): string {
  if (delta === 0 || !html.includes(' data-line="')) return html;
  return html.replace(DATA_LINE, (_, n: string) => ` data-line="${Number(n) + delta}"`);
}

/**
 * The page's HTML from its blocks. With `markers` (the webview page), each block is preceded
 * by a comment with its key and line and each container's children are bounded by the two
 * comments of CHILDREN, so the webview's script can tell the blocks apart; the browser draws
 * nothing for them.
 */
export function pageHtml(root: PageBlock, markers = false): string {
  const parts: string[] = [];
  const walk = (block: PageBlock) => {
    if (markers) parts.push(`<!--b ${block.key} ${block.line}-->`);
    const html = shiftLines(block.html, block.line);
    if (!block.children) {
      parts.push(html);
      return;
    }
    const at = html.indexOf(CHILDREN);
    parts.push(html.slice(0, at + (markers ? CHILDREN.length / 2 : 0)));
    block.children.forEach(walk);
    parts.push(html.slice(at + (markers ? CHILDREN.length / 2 : CHILDREN.length)));
  };
  walk(root);
  return parts.join('');
}

/** The page for a client that has the blocks `have`: keys and lines for those, HTML for the rest. */
export function wireBlocks(block: PageBlock, have: ReadonlySet<string>): PreviewBlock {
  const children = block.children?.map((child) => wireBlocks(child, have));
  return {
    key: block.key,
    ...(block.line === 0 ? {} : { line: block.line }),
    ...(have.has(block.key) ? {} : { html: shiftLines(block.html, block.line) }),
    ...(children ? { children } : {}),
  };
}

/** Every key of the page, in order. */
export function keysOf(block: PageBlock, into: string[] = []): string[] {
  into.push(block.key);
  block.children?.forEach((child) => keysOf(child, into));
  return into;
}

/** How many blocks and sections are cached (the bound is what the last two pages used). */
export function blockCacheSize(): number {
  return pageCaches.reduce((sum, cache) => sum + cache.size, 0);
}
