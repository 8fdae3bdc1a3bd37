// A risk's detail block written in a code fence to keep its columns aligned (a register's
// `#### T01: Platform Dependency` over ``` with `Description:    …`, `Mitigation Strategies:` and
// a numbered list, `Owner: Technical Lead`): the fence holds the risk's fields, not code.
import { fieldForLabel } from '../../model/vocabulary';
import type { MarkdownStructure } from './block-structure';

/** A fence's opening or closing line with no info string. */
const BARE_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** A line led by a label and a colon (`Owner: Technical Lead`, `Mitigation Strategies:`): the label. */
const LABELLED = /^([A-Za-z][A-Za-z /&-]{0,38}?)[ \t]*:(?:[ \t]|$)/;
/** A heading line. */
const HEADING = /^ {0,3}#{1,6}[ \t]/;
/** What a field the block must give is: work or who owns it, not only a description. */
const PLAN_FIELDS = new Set(['action', 'owner', 'due', 'status']);

/** Whether a fence's inner lines are a detail block: three labelled lines or more, most of what is not a list item, one naming the work or its owner. */
function isDetailBlock(inner: readonly string[]): boolean {
  const filled = inner.filter((l) => l.trim() !== '' && !/^[ \t]*(?:[-*+•·]|\d{1,2}[.)])[ \t]+\S/.test(l));
  const labels = filled.map((l) => LABELLED.exec(l)?.[1]).filter((l): l is string => l !== undefined);
  const fields = labels.map((l) => fieldForLabel(l)).filter((f) => f !== undefined);
  return labels.length >= 3 && labels.length * 4 >= filled.length * 3 && fields.length >= 2 && fields.some((f) => PLAN_FIELDS.has(f));
}

/**
 * The structure with the inner lines of detail blocks readable: a bare fence (no language) right under a heading
 * whose lines are a detail block. The fence lines stay opaque; a fence of code, a diagram or a matrix is left so.
 */
export function withDetailFences(structure: MarkdownStructure, body: string, firstLine: number): MarkdownStructure {
  if (!/^ {0,3}(?:`{3,}|~{3,})[ \t]*$/m.test(body)) return structure;
  const lines = body.split(/\r?\n|\r/);
  let opaque: Uint8Array | undefined;
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const open = BARE_FENCE.exec(lines[i]);
    if (!open || structure.opaque[firstLine + i] !== 1 || !HEADING.test(previous)) {
      if (lines[i].trim() !== '') previous = lines[i];
      continue;
    }
    let close = i + 1;
    while (close < lines.length && !(lines[close].trim().startsWith(open[1]) && BARE_FENCE.test(lines[close]))) close++;
    if (close < lines.length && isDetailBlock(lines.slice(i + 1, close))) {
      opaque ??= structure.opaque.slice();
      opaque.fill(0, firstLine + i + 1, firstLine + close);
    }
    previous = lines[Math.min(close, lines.length - 1)];
    i = close;
  }
  return opaque ? { ...structure, opaque } : structure;
}
