// A Markdown plan's body through markdown-it with raw HTML disabled and links limited to
// safe targets. Block tokens get `data-line` (source line, zero-based) for scroll sync
// and reveal; finding badges and due-date countdowns are attached to the innermost block
// on their line: the risk heading, the field's list item, or the table cell.
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './html';
import { badgesOf, type RenderContext } from './context';
import { dueFacts, riskState } from './plan-facts';
import { isSafeLink } from './safe-links';
import { headerFields } from './meta-block';

type Token = MarkdownIt.Token;
type TokenClass = new (type: string, tag: string, nesting: Token['nesting']) => Token;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = isSafeLink;
// Images never load (no remote resources); their alt text stands in.
md.renderer.rules.image = (tokens, idx, options, env) =>
  `<span class="image-alt">[image: ${escapeHtml(md.renderer.renderInlineAsText(tokens[idx].children ?? [], options, env))}]</span>`;

/** Blocks a finding or countdown can be attached to, innermost wins. */
const ANCHORS = new Set(['heading_open', 'paragraph_open', 'list_item_open', 'tr_open', 'fence', 'code_block']);

/** HTML to attach on one line, with the offset in the plan it is about (to pick a table cell). */
interface Attachment {
  readonly html: string;
  readonly at: number;
}

/**
 * Which cell of a table row an offset is in: the unescaped pipes before it on its line;
 * -1 for an offset before the row's first cell (a finding about the whole row).
 */
function cellIndex(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (before.trim() === '') return -1;
  const pipes = before.replace(/\\\|/g, '').split('|').length - 1;
  return pipes - (before.trimStart().startsWith('|') ? 1 : 0);
}

/** Wraps the text of one cell of the row at `row` in a span that does not wrap (badges added later still can). */
function keepOnOneLine(tokens: readonly Token[], row: number, cell: number): void {
  const inline = cell < 0 ? undefined : inlineFor(tokens, row, cell);
  if (!inline?.children?.length || cell >= cellCount(tokens, row)) return;
  const Token = tokens[0].constructor as TokenClass;
  const open = new Token('html_inline', '', 0);
  open.content = '<span class="nowrap">';
  const close = new Token('html_inline', '', 0);
  close.content = '</span>';
  inline.children = [open, ...inline.children, close];
}

function cellCount(tokens: readonly Token[], row: number): number {
  return tokens.slice(row + 1, closeOf(tokens, row)).filter((t) => t.type === 'td_open' || t.type === 'th_open').length;
}

export function markdownBody(context: RenderContext, bodyStart: number): string {
  const { plan, lines, today } = context;
  const firstLine = lines.lineAt(bodyStart);
  const tokens = withoutHeaderFields(context, md.parse(plan.text.slice(bodyStart), {}), firstLine, bodyStart);
  if (tokens.length === 0) return '';
  const owner = new Int32Array(lines.lineCount).fill(-1);
  tokens.forEach((t, i) => {
    if (!t.map) return;
    t.map = [t.map[0] + firstLine, t.map[1] + firstLine];
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
  for (const risk of plan.risks) {
    const riskToken = owner[lines.lineAt(risk.firstLine.start)];
    if (riskToken >= 0) tokens[riskToken].attrJoin('class', `risk risk-${riskState(risk, today)}`);
    // An ID or a date is one word: "R-" and "002", or "2026-" and "07-15", on two lines read as two things.
    if (riskToken >= 0 && risk.form === 'table' && risk.id) keepOnOneLine(tokens, riskToken, cellIndex(plan.text, risk.id.valueRange.start));
    for (const action of risk.actions) {
      const rowToken = owner[lines.lineAt(action.firstLine.start)];
      if (rowToken >= 0 && action.table && action.due?.value) keepOnOneLine(tokens, rowToken, cellIndex(plan.text, action.due.valueRange.start));
      const due = action.due && dueFacts(action, today);
      if (due) attach(lines.lineAt(action.due!.valueRange.start), { html: `<span class="due due-${due.tone}">${escapeHtml(due.text)}</span>`, at: action.due!.valueRange.start });
    }
  }
  for (const line of context.findings.linesLeft()) {
    if (line < firstLine || owner[line] < 0) continue;
    for (const f of context.findings.takeLine(line)) attach(line, { html: badgesOf(context, [f]), at: f.range.start });
  }

  const Token = tokens[0].constructor as TokenClass;
  // From the end, so splicing blocks in does not move the indices still to visit.
  for (const i of [...attachments.keys()].sort((a, b) => b - a)) {
    for (const item of attachments.get(i)!) {
      const inline = inlineFor(tokens, i, cellIndex(plan.text, item.at));
      const html = new Token(inline ? 'html_inline' : 'html_block', '', 0);
      html.content = inline ? ` ${item.html}` : `<div class="block-findings">${item.html}</div>`;
      if (inline) inline.children!.push(html);
      else tokens.splice(closeOf(tokens, i) + 1, 0, html);
    }
  }
  return md.renderer.render(tokens, md.options, {});
}


/**
 * The body without the list items of plan fields the header already shows ("- **Owner:** …"
 * above the first risk), and without a list left empty by that: details are shown once.
 */
function withoutHeaderFields(context: RenderContext, tokens: Token[], firstLine: number, bodyStart: number): Token[] {
  const { plan, lines } = context;
  const firstRisk = plan.risks.length > 0 ? Math.min(...plan.risks.map((r) => r.firstLine.start)) : plan.text.length;
  const shown = new Set(
    headerFields(context)
      .filter((f) => f.keyRange && f.keyRange.start >= bodyStart && f.keyRange.start < firstRisk)
      .map((f) => lines.lineAt(f.keyRange!.start) - firstLine),
  );
  if (shown.size === 0) return tokens;
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const close = t.type === 'list_item_open' && t.map && shown.has(t.map[0]) ? closeOf(tokens, i) : -1;
    // Only an item that is the field alone: one line of text, nothing nested.
    const inlines = close < 0 ? [] : tokens.slice(i + 1, close).filter((x) => x.type === 'inline');
    if (inlines.length === 1 && !inlines[0].content.includes('\n')) {
      i = close;
      continue;
    }
    kept.push(t);
  }
  // A list whose every item was a header field goes too.
  return kept.filter((t, i) => !(
    (t.type === 'bullet_list_open' && kept[i + 1]?.type === 'bullet_list_close') ||
    (t.type === 'bullet_list_close' && kept[i - 1]?.type === 'bullet_list_open')
  ));
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
 * The inline content to append to: in a table row, the cell in column `cell` (its own cell,
 * even when empty; the last for the whole row, or when the row has fewer); in other blocks,
 * the first inline.
 */
function inlineFor(tokens: readonly Token[], i: number, cell: number): Token | undefined {
  const close = closeOf(tokens, i);
  const inlines = tokens.slice(i + 1, close).filter((t) => t.type === 'inline' && t.children);
  if (tokens[i].type !== 'tr_open') return inlines[0];
  return inlines[cell < 0 ? inlines.length - 1 : Math.min(cell, inlines.length - 1)];
}
