// A Markdown plan's body through markdown-it with raw HTML disabled and links limited to
// safe targets. Block tokens get `data-line` (source line, zero-based) for scroll sync
// and reveal; finding badges and due-date countdowns are attached to the innermost block
// on their line: the risk heading, the field's list item, or the table cell.
import MarkdownIt from 'markdown-it';
import type { Finding } from '../engine/lint';
import { escapeHtml } from './html';
import { badgesOf, type RenderContext } from './context';
import { dueFacts, riskState, type RiskState } from './plan-facts';
import { riskCards } from './risk-cards';
import type { Risk } from '../model/plan-model';
import { isSafeLink } from '../protocol';
import { detached } from '../parse/piece-cache';
import { sectionBounds } from '../parse/markdown/sections';
import { lineMax } from '../parse/markdown/block-structure';
import { blockHtml, pageCache, shiftLines, type BlockHtml, type PageBlock } from './blocks';

type Token = MarkdownIt.Token;
type TokenClass = new (type: string, tag: string, nesting: Token['nesting']) => Token;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = isSafeLink;
// Images never load (no remote resources); their alt text stands in.
md.renderer.rules.image = (tokens, idx, options, env) =>
  `<span class="image-alt">[image: ${escapeHtml(md.renderer.renderInlineAsText(tokens[idx].children ?? [], options, env))}]</span>`;

// Words never break (a narrow column stays a word wide), so a long run without spaces (a
// path, an address) offers breaks after its separators instead.
// Short hyphenated words (a risk ID, a date) are kept on one line.
const LONG_RUN = /[^\s]{16,}/g;
const SHORT_HYPHENATED = /(?<![^\s(])[\w.]+(?:-[\w.]+)+(?![^\s),;:])/g;
/** Text either rule above could change: most text has neither a hyphen nor a long run, and one search tells. */
const BREAKABLE = /-|[^\s]{16}/;
md.renderer.rules.text = (tokens, idx) => {
  const html = escapeHtml(tokens[idx].content);
  if (!BREAKABLE.test(html)) return html;
  return html
    .replace(LONG_RUN, (run) => run.replace(/([/\\_.]+)(?=[^/\\_.])/g, '$1<wbr>'))
    .replace(SHORT_HYPHENATED, (word) => (word.length <= 12 && !word.includes('<') ? `<span class="nobr">${word}</span>` : word));
};

/** A risk's class by its state: one string for every page, not one made per risk and keystroke. */
const RISK_CLASSES: Readonly<Record<RiskState, string>> = { open: 'risk risk-open', overdue: 'risk risk-overdue', done: 'risk risk-done', accepted: 'risk risk-accepted' };

/** Blocks a finding or countdown can be attached to, innermost wins. */
const ANCHORS = new Set(['heading_open', 'paragraph_open', 'list_item_open', 'tr_open', 'fence', 'code_block']);

/** HTML to attach on one line, with the source text it is about (to pick a table cell). */
interface Attachment {
  html: string;
  readonly about?: string;
  /** In a table row, the cell the source offset falls in (an empty cell has no text to find). */
  readonly column?: number;
}

/** The table cell (0-based) an offset falls in on its line: the unescaped pipes before it. */
function columnAt(text: string, lineStart: number, offset: number): number {
  let column = 0;
  let first = true;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124 /* | */) {
      if (!first) column++;
      first = false;
    } else if (c !== 32 && c !== 9) first = false;
  }
  return column;
}

/** Where a section's blocks sit, read from its tokens once per text (the decorations below need no tokens). */
interface SectionLayout {
  /** The innermost anchor block of each line of the section (token index), or -1. */
  readonly owner: Int32Array;
  /** Per token: 1 a code block (risks in it are shown as cards after it), 2 a hidden paragraph opening a list item. */
  readonly kinds: Uint8Array;
  /** A fenced code block runs to the section's end: it might go on in the text below. */
  readonly openEnd: boolean;
}

/**
 * A Markdown section by its source (references, header lines, text): its layout, and its
 * last renders by what was drawn into them (two: a finding that comes and goes). A page
 * keeps the sections it used.
 */
interface CachedSection {
  readonly layout: SectionLayout;
  readonly rendered: Render[];
}

/**
 * What is drawn into a section, flat (lines counted from the section): per class `c`, its
 * token and name; per attachment `a`, its token, column, what it is about and its HTML. With
 * the section's source, all its HTML depends on; compared item by item, not joined into a key
 * (a string per section and keystroke, 1 MB a page at 1,000 risks).
 */
type Drawn = readonly (string | number | undefined)[];

/** One render of a section: what was drawn in, and the HTML. */
interface Render {
  readonly drawn: Drawn;
  readonly html: BlockHtml;
}

function sameDrawn(a: Drawn, b: Drawn): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const sectionCache = pageCache<CachedSection>('preview sections');

/** What is drawn into one section: classes on blocks and HTML attached to them, by token index. */
interface Decorations {
  readonly classes: [number, string][];
  readonly attachments: Map<number, Attachment[]>;
}

interface Section {
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  /** The layout's source: references, the header lines inside, the text. */
  readonly source: string;
  /** Lines (from the section's first) of plan fields the header shows. */
  readonly headerLines: ReadonlySet<number>;
  readonly layout: SectionLayout;
  readonly rendered: Render[];
  /** What is drawn in, once something is (most sections of a plan have a risk; many have nothing else). */
  decorations?: Decorations;
}

/** A section's decorations before anything is drawn in: read only. */
const UNDECORATED: Decorations = { classes: [], attachments: new Map() };
const NO_HEADER_LINES: ReadonlySet<number> = new Set();

function decorationsOf(section: Section): Decorations {
  return (section.decorations ??= { classes: [], attachments: new Map() });
}

/**
 * Link reference definitions of the whole body: markdown-it resolves `[text][label]` against
 * every definition in the document, so a section parsed alone is given them all. Looked for
 * only when the body has a `]:` at all.
 */
function referencesOf(body: string): Record<string, unknown> | undefined {
  if (!body.includes(']:')) return undefined;
  const env: { references?: Record<string, unknown> } = {};
  (md.block.parse as (src: string, md: unknown, env: unknown, out: Token[]) => void)(body.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'), md, env, []);
  return env.references && Object.keys(env.references).length > 0 ? env.references : undefined;
}

/** The section's tokens with `data-line` counted from its first line. */
function parseSection(text: string, headerLines: ReadonlySet<number>, references: Record<string, unknown> | undefined): Token[] {
  const tokens = withoutHeaderItems(md.parse(text, references ? ({ references: { ...references } } as MarkdownIt.Env) : {}), headerLines);
  labelTableCells(tokens);
  for (const t of tokens) if (t.map && (t.nesting === 1 || t.block)) t.attrSet('data-line', String(t.map[0]));
  return tokens;
}

function layoutOf(tokens: readonly Token[], text: string): SectionLayout {
  const lineCount = lineMax(text) + 1;
  const owner = new Int32Array(lineCount).fill(-1);
  const kinds = new Uint8Array(tokens.length);
  let openEnd = false;
  tokens.forEach((t, i) => {
    if (t.type === 'fence' || t.type === 'code_block') kinds[i] = 1;
    else if (i > 0 && t.hidden && tokens[i - 1].type === 'list_item_open') kinds[i] = 2;
    if (t.type === 'fence' && t.map && t.map[1] >= lineCount - 1) openEnd = true;
    if (t.map && ANCHORS.has(t.type)) owner.fill(i, t.map[0], Math.min(t.map[1], owner.length));
  });
  return { owner, kinds, openEnd };
}

/**
 * The body as blocks, one per section (cut before each ATX heading, as the parser cuts it).
 * Each section's HTML is cached by its source and by what is drawn into it: the state of the
 * risks it holds, their due dates as of today, and the findings shown on its lines; so a
 * keystroke re-renders the section it is in, and one whose findings or countdowns changed.
 */
export function markdownBodyBlocks(context: RenderContext, bodyStart: number, shownInHeader: ReadonlySet<number> = new Set()): PageBlock[] {
  const { plan, lines, today } = context;
  const references = referencesOf(plan.text.slice(bodyStart));
  const referencesKey = references ? JSON.stringify(references) : '';
  const bounds = sectionBounds(plan.text, bodyStart, lines);
  const sections: Section[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    let next = i + 1;
    let section = sectionAt(bounds[i], bounds[next]);
    if (section.layout.openEnd && next < bounds.length - 1) section = sectionAt(bounds[i], bounds[++next]);
    if (section.layout.openEnd && next < bounds.length - 1) section = sectionAt(bounds[i], bounds[(next = bounds.length - 1)]);
    sections.push(section);
    i = next - 1;
  }

  function sectionAt(start: number, end: number): Section {
    const text = plan.text.slice(start, end);
    const firstLine = lines.lineAt(start);
    let headerLines = NO_HEADER_LINES;
    if (shownInHeader.size > 0) {
      const lastLine = firstLine + lineMax(text);
      const inside = [...shownInHeader].filter((line) => line >= firstLine && line <= lastLine);
      if (inside.length > 0) headerLines = new Set(inside.map((line) => line - firstLine));
    }
    // A section is looked up by its text itself when nothing else changes how it reads: a key
    // joined from parts is a copy of the text made on every keystroke (1,000 sections a page).
    // A joined key starts with NUL, and a text that does is never its own key.
    const source = referencesKey === '' && headerLines.size === 0 && text.charCodeAt(0) !== 0 ? text : `\u0000${referencesKey}\u0000${[...headerLines].sort((a, b) => a - b).join(',')}\u0000${text}`;
    let cached = sectionCache.get(source);
    if (cached === undefined) {
      // The tokens are not kept until the section is drawn, but parsed again then: a plan's first
      // page parses every section, and tokens kept for all of them (13 MB at 1,000 risks, ~55 bytes
      // a character) outlive the young generation and grow the old one: in process, the first
      // page raised peak RSS by 15-19 MB that way and by none now, and took no longer (254-375 ms
      // against 299-404 ms), the collector's work saved paying for the second parse.
      cached = { layout: layoutOf(parseSection(text, headerLines, references), text), rendered: [] };
      sectionCache.set(detached(source), cached);
    }
    return { start, end, firstLine, source, headerLines, layout: cached.layout, rendered: cached.rendered };
  }

  const sectionOfLine = (line: number): Section | undefined => {
    let low = 0;
    let high = sections.length - 1;
    if (high < 0 || line < sections[0].firstLine) return undefined;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (sections[mid].firstLine <= line) low = mid;
      else high = mid - 1;
    }
    return sections[low];
  };
  /** The section and token that own a document line, if any. */
  const ownerOf = (line: number): [Section, number] | undefined => {
    const section = sectionOfLine(line);
    const token = section?.layout.owner[line - section.firstLine] ?? -1;
    return section && token >= 0 ? [section, token] : undefined;
  };
  const attach = (line: number, item: Attachment) => {
    const at = ownerOf(line);
    if (!at) return;
    const { attachments } = decorationsOf(at[0]);
    const list = attachments.get(at[1]);
    if (list) list.push(item);
    else attachments.set(at[1], [item]);
  };
  // Risks written in a code block (a YAML fence, a grid table) are shown as cards after it: the block is one element.
  // So are a delimited register's (CSV or tab-separated records, read as another format's): their records are one paragraph.
  const fenced = new Map<string, { section: Section; token: number; risks: Set<Risk> }>();
  for (const risk of plan.risks) {
    const at = ownerOf(lines.lineAt(risk.firstLine.start));
    if (at && (at[0].layout.kinds[at[1]] === 1 || risk.form === 'oscal')) {
      const id = `${at[0].firstLine}:${at[1]}`;
      const fence = fenced.get(id) ?? { section: at[0], token: at[1], risks: new Set<Risk>() };
      fenced.set(id, fence);
      fence.risks.add(risk);
      continue;
    }
    // A risk opened by a `Risk ID:` item of a tight list: its paragraph is not rendered, the item is.
    if (at) decorationsOf(at[0]).classes.push([at[0].layout.kinds[at[1]] === 2 ? at[1] - 1 : at[1], RISK_CLASSES[riskState(risk, today)]]);
    for (const action of risk.actions) {
      const due = action.due && dueFacts(action, today, plan);
      const at = action.due?.valueRange.start;
      if (due && at !== undefined) attach(lines.lineAt(at), { html: `<span class="due due-${due.tone}">${escapeHtml(due.text)}</span>`, about: action.due!.value, column: columnAt(plan.text, lines.lineStart(lines.lineAt(at)), at) });
    }
  }
  for (const { section, token, risks } of fenced.values()) {
    const { attachments } = decorationsOf(section);
    attachments.set(token, [{ html: `<div class="fenced-risks">${riskCards(context, risks)}</div>` }, ...(attachments.get(token) ?? [])]);
  }
  const firstLine = lines.lineAt(bodyStart);
  for (const line of context.findings.linesLeft()) {
    if (line < firstLine || !ownerOf(line)) continue;
    for (const f of context.findings.takeLine(line)) {
      attach(line, { html: badgesOf(context, [f]), about: sourceOf(context, f), column: columnAt(plan.text, lines.lineStart(line), f.range.start) });
    }
  }

  return sections.map((section) => {
    const { classes, attachments } = section.decorations ?? UNDECORATED;
    const drawn: (string | number | undefined)[] = [];
    for (const [token, name] of classes) drawn.push('c', token, name);
    for (const [token, items] of attachments) {
      for (const item of items) {
        item.html = shiftLines(item.html, -section.firstLine);
        drawn.push('a', token, item.column, item.about, item.html);
      }
    }
    let html = section.rendered.find((r) => sameDrawn(r.drawn, drawn))?.html;
    if (html === undefined) {
      html = blockHtml(detached(renderSection(parseSection(plan.text.slice(section.start, section.end), section.headerLines, references), classes, attachments)));
      // The last two renders (a finding that comes and goes); kept texts share no memory with the document.
      if (section.rendered.length >= 2) section.rendered.shift();
      section.rendered.push({ drawn: drawn.map((v) => (typeof v === 'string' ? detached(v) : v)), html });
    }
    return { ...html, line: section.firstLine };
  });
}

/** A parsed section with its decorations drawn in, as HTML (lines counted from the section). */
function renderSection(tokens: Token[], classes: readonly [number, string][], attachments: ReadonlyMap<number, readonly Attachment[]>): string {
  if (tokens.length === 0) return '';
  for (const [token, name] of classes) tokens[token].attrJoin('class', name);
  const Token = tokens[0].constructor as TokenClass;
  // From the end, so splicing blocks in does not move the indices still to visit.
  for (const i of [...attachments.keys()].sort((a, b) => b - a)) {
    for (const item of attachments.get(i)!) {
      const inline = inlineFor(tokens, i, item);
      const html = new Token(inline ? 'html_inline' : 'html_block', '', 0);
      html.content = inline ? ` ${item.html}` : `<div class="block-findings">${item.html}</div>`;
      if (inline) inline.children!.push(html);
      else tokens.splice(closeOf(tokens, i) + 1, 0, html);
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

/**
 * The tokens without the one-line list items of plan fields the header already shows
 * (`- **Owner:** Dana`), and without a list those leave empty: the plan's details once.
 */
function withoutHeaderItems(tokens: Token[], lines: ReadonlySet<number>): Token[] {
  if (lines.size === 0) return tokens;
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    // Only items on a header line are looked into (a plan has thousands of items, its header a few).
    if (t.type !== 'list_item_open' || !t.map || !lines.has(t.map[0])) return;
    // An item that is one paragraph on one line (a nested list or a continuation stays).
    const content = tokens.slice(i + 1, closeOf(tokens, i));
    const oneLine = content.length === 3 && content[0].type === 'paragraph_open' && content[0].map !== null && content[0].map[1] - content[0].map[0] === 1;
    if (oneLine) {
      for (let j = i; j <= closeOf(tokens, i); j++) drop.add(j);
    }
  });
  const kept = tokens.filter((_, i) => !drop.has(i));
  return kept.filter((t, i) => !(
    (t.type === 'bullet_list_open' && kept[i + 1]?.type === 'bullet_list_close') ||
    (t.type === 'bullet_list_close' && kept[i - 1]?.type === 'bullet_list_open')
  ));
}

/** Each body cell is labelled with its column's header, so a narrow preview can show rows as cards. */
function labelTableCells(tokens: readonly Token[]): void {
  let headers: string[] = [];
  let column = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'thead_open') headers = [];
    else if (t.type === 'th_open') headers.push(tokens[i + 1]?.type === 'inline' ? tokens[i + 1].content.replace(/[*_`]/g, '').trim() : '');
    else if (t.type === 'tr_open') column = 0;
    else if (t.type === 'td_open') {
      const label = headers[column++];
      if (label) t.attrSet('data-label', label);
    }
  });
}

function sourceOf(context: RenderContext, f: Finding): string {
  return context.plan.text.slice(f.range.start, f.range.end).trim();
}

/** Index of the token that closes the block opened at `i` (itself for a leaf block). */
function closeOf(tokens: readonly Token[], i: number): number {
  if (tokens[i].nesting !== 1) return i;
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    depth += tokens[j].nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

/**
 * The inline content to append to: in a table row, the cell the finding's offset is in
 * (else the cell whose text holds what it is about, else the last cell); in other blocks,
 * the first inline (the heading or item text).
 */
function inlineFor(tokens: readonly Token[], i: number, item: Attachment): Token | undefined {
  const close = closeOf(tokens, i);
  const inlines = tokens.slice(i + 1, close).filter((t) => t.type === 'inline' && t.children);
  if (tokens[i].type !== 'tr_open') return inlines[0];
  if (item.column !== undefined && item.column < inlines.length) return inlines[item.column];
  return (item.about ? inlines.find((t) => t.content.includes(item.about!)) : undefined) ?? inlines[inlines.length - 1];
}
