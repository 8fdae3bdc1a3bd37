// A Markdown plan's body through markdown-it with raw HTML disabled and links limited to
// safe targets. Block tokens get `data-line` (source line, zero-based) for scroll sync
// and reveal; finding badges and due-date countdowns are attached to the innermost block
// on their line: the risk heading, the field's list item, or the table cell.
import MarkdownIt from 'markdown-it';
import type { Finding } from '../engine/lint';
import { escapeHtml } from './html';
import { badgesOf, type RenderContext } from './context';
import { dueFacts, riskState } from './plan-facts';
import { isSafeLink } from './safe-links';

type Token = MarkdownIt.Token;
type TokenClass = new (type: string, tag: string, nesting: Token['nesting']) => Token;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = isSafeLink;
// Images never load (no remote resources); their alt text stands in.
md.renderer.rules.image = (tokens, idx, options, env) =>
  `<span class="image-alt">[image: ${escapeHtml(md.renderer.renderInlineAsText(tokens[idx].children ?? [], options, env))}]</span>`;

/** Blocks a finding or countdown can be attached to, innermost wins. */
const ANCHORS = new Set(['heading_open', 'paragraph_open', 'list_item_open', 'tr_open', 'fence', 'code_block']);

/** HTML to attach on one line, with the source text it is about (to pick a table cell). */
interface Attachment {
  readonly html: string;
  readonly about?: string;
}

export function markdownBody(context: RenderContext, bodyStart: number): string {
  const { plan, lines, today } = context;
  const firstLine = lines.lineAt(bodyStart);
  const tokens = md.parse(plan.text.slice(bodyStart), {});
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
    let riskToken = owner[lines.lineAt(risk.firstLine.start)];
    // A risk opened by a `Risk ID:` item of a tight list: its paragraph is not rendered, the item is.
    if (riskToken > 0 && tokens[riskToken].hidden && tokens[riskToken - 1].type === 'list_item_open') riskToken--;
    if (riskToken >= 0) tokens[riskToken].attrJoin('class', `risk risk-${riskState(risk, today)}`);
    for (const action of risk.actions) {
      const due = action.due && dueFacts(action, today);
      if (due) attach(lines.lineAt(action.due!.valueRange.start), { html: `<span class="due due-${due.tone}">${escapeHtml(due.text)}</span>`, about: action.due!.value });
    }
  }
  for (const line of context.findings.linesLeft()) {
    if (line < firstLine || owner[line] < 0) continue;
    for (const f of context.findings.takeLine(line)) attach(line, { html: badgesOf(context, [f]), about: sourceOf(context, f) });
  }

  const Token = tokens[0].constructor as TokenClass;
  // From the end, so splicing blocks in does not move the indices still to visit.
  for (const i of [...attachments.keys()].sort((a, b) => b - a)) {
    for (const item of attachments.get(i)!) {
      const inline = inlineFor(tokens, i, item.about);
      const html = new Token(inline ? 'html_inline' : 'html_block', '', 0);
      html.content = inline ? ` ${item.html}` : `<div class="block-findings">${item.html}</div>`;
      if (inline) inline.children!.push(html);
      else tokens.splice(closeOf(tokens, i) + 1, 0, html);
    }
  }
  return md.renderer.render(tokens, md.options, {});
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
 * The inline content to append to: in a table row, the cell whose text holds `about`
 * (else the last cell); in other blocks, the first inline (the heading or item text).
 */
function inlineFor(tokens: readonly Token[], i: number, about: string | undefined): Token | undefined {
  const close = closeOf(tokens, i);
  const inlines = tokens.slice(i + 1, close).filter((t) => t.type === 'inline' && t.children);
  if (tokens[i].type !== 'tr_open') return inlines[0];
  return (about ? inlines.find((t) => t.content.includes(about)) : undefined) ?? inlines[inlines.length - 1];
}
