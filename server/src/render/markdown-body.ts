// A Markdown plan's body through markdown-it with raw HTML disabled and links limited to
// safe targets. Block tokens get `data-line` (source line, zero-based) for scroll sync
// and reveal; finding badges and due-date countdowns are attached to the innermost block
// on their line: the risk heading, the field's list item, or the table cell.
import MarkdownIt from 'markdown-it';
import type { Finding } from '../engine/lint';
import { escapeHtml } from './html';
import { badgesOf, type RenderContext } from './context';
import { dueFacts, riskState } from './plan-facts';
import { riskCards } from './risk-cards';
import type { Risk } from '../model/plan-model';
import { isSafeLink } from '../protocol';

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

/** Blocks a finding or countdown can be attached to, innermost wins. */
const ANCHORS = new Set(['heading_open', 'paragraph_open', 'list_item_open', 'tr_open', 'fence', 'code_block']);

/** HTML to attach on one line, with the source text it is about (to pick a table cell). */
interface Attachment {
  readonly html: string;
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

export function markdownBody(context: RenderContext, bodyStart: number, shownInHeader: ReadonlySet<number> = new Set()): string {
  const { plan, lines, today } = context;
  const firstLine = lines.lineAt(bodyStart);
  const parsed = md.parse(plan.text.slice(bodyStart), {});
  for (const t of parsed) if (t.map) t.map = [t.map[0] + firstLine, t.map[1] + firstLine];
  const tokens = withoutHeaderItems(parsed, shownInHeader);
  if (tokens.length === 0) return '';
  labelTableCells(tokens);
  const owner = new Int32Array(lines.lineCount).fill(-1);
  tokens.forEach((t, i) => {
    if (!t.map) return;
    if (t.nesting === 1 || t.block) t.attrSet('data-line', String(t.map[0]));
    if (ANCHORS.has(t.type)) owner.fill(i, t.map[0], Math.min(t.map[1], owner.length));
  });

  const attachments = new Map<number, Attachment[]>();
  const attach = (line: number, item: Attachment) => {
    const i = owner[line] ?? -1;
    if (i < 0) return false;
    const list = attachments.get(i);
    if (list) list.push(item);
    else attachments.set(i, [item]);
    return true;
  };
  // Risks written in a code block (a YAML fence, a grid table) are shown as cards after it: the block is one element.
  const fenced = new Map<number, Set<Risk>>();
  for (const risk of plan.risks) {
    let riskToken = owner[lines.lineAt(risk.firstLine.start)];
    if (riskToken >= 0 && (tokens[riskToken].type === 'fence' || tokens[riskToken].type === 'code_block')) {
      fenced.set(riskToken, (fenced.get(riskToken) ?? new Set()).add(risk));
      continue;
    }
    // A risk opened by a `Risk ID:` item of a tight list: its paragraph is not rendered, the item is.
    if (riskToken > 0 && tokens[riskToken].hidden && tokens[riskToken - 1].type === 'list_item_open') riskToken--;
    if (riskToken >= 0) tokens[riskToken].attrJoin('class', `risk risk-${riskState(risk, today)}`);
    for (const action of risk.actions) {
      const due = action.due && dueFacts(action, today, plan);
      const at = action.due?.valueRange.start;
      if (due && at !== undefined) attach(lines.lineAt(at), { html: `<span class="due due-${due.tone}">${escapeHtml(due.text)}</span>`, about: action.due!.value, column: columnAt(plan.text, lines.lineStart(lines.lineAt(at)), at) });
    }
  }
  for (const [i, risks] of fenced) attachments.set(i, [{ html: `<div class="fenced-risks">${riskCards(context, risks)}</div>` }, ...(attachments.get(i) ?? [])]);
  for (const line of context.findings.linesLeft()) {
    if (line < firstLine || owner[line] < 0) continue;
    for (const f of context.findings.takeLine(line)) {
      attach(line, { html: badgesOf(context, [f]), about: sourceOf(context, f), column: columnAt(plan.text, lines.lineStart(line), f.range.start) });
    }
  }

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
