// The first reason a YAML text cannot be read, as one syntax problem: the `yaml`
// package's earliest error with a hint that says what to write instead, or an alias
// that is unresolved or expands without bound (an alias bomb is refused, not expanded).
// Shared by YAML plans and Markdown front matter.
import { visit, type Alias, type Document, type ErrorCode } from 'yaml';
import type { Span, SyntaxProblem } from '../../model/plan-model';
import { restOfLine } from './yaml-reader';

/** Alias expansions allowed when a document is turned into data (the `yaml` default). */
export const MAX_ALIAS_COUNT = 100;

const HINTS: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be quoted, e.g. title: "Backups: never restored"',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; look for a missing ":" or an unclosed quote above',
  DUPLICATE_KEY: 'this key is already set in the same mapping; keep one of them',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  UNEXPECTED_TOKEN: 'check the indentation of this line against the lines above',
  MULTIPLE_DOCS: 'a plan is one YAML document; remove the extra "---" line',
  BAD_SCALAR_START: 'put the value in quotes',
  MISSING_CHAR: 'close the quote or bracket',
};

/** The parser's own words where they speak of its API rather than of the text. */
const REWORDED: Partial<Record<ErrorCode, string>> = {
  MULTIPLE_DOCS: 'A second YAML document starts here',
};

/**
 * From an offset to the end of its line, so the problem stays visible even when it is one
 * character; an error found at a blank line or the end of the text (an unclosed bracket)
 * is shown on the last line written before it.
 */
function visibleRange(text: string, start: number): Span {
  const line = restOfLine(text, Math.min(start, text.length));
  if (line.end > line.start) return line;
  const before = text.slice(0, line.start).trimEnd();
  if (before === '') return line;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const indent = /^[ \t]*/.exec(before.slice(lineStart))![0].length;
  return { start: lineStart + indent, end: before.length };
}

/**
 * The earliest parse error of a document as a syntax problem, or undefined when it parsed.
 * `base` is the offset of the YAML text within the whole document (front matter).
 */
export function yamlSyntaxProblem(doc: Document, text: string, base = 0): SyntaxProblem | undefined {
  if (doc.errors.length === 0) return undefined;
  const first = doc.errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  const hint = HINTS[first.code];
  const message = (REWORDED[first.code] ?? first.message.replace(/\.$/, '')) + (hint ? `: ${hint}` : '');
  const range = visibleRange(text, first.pos[0]);
  return { message, range: { start: range.start + base, end: range.end + base } };
}

/**
 * Whether the document's aliases can be expanded safely: an alias that names no earlier
 * anchor, or aliases that would expand beyond MAX_ALIAS_COUNT copies, are a problem at
 * the alias concerned. `text` is the YAML source (an alias needs a `*` in it).
 */
export function yamlAliasProblem(doc: Document, text: string, base = 0): SyntaxProblem | undefined {
  if (!text.includes('*')) return undefined;
  const aliases: Alias[] = [];
  visit(doc, {
    Alias(_key, node) {
      aliases.push(node);
    },
  });
  if (aliases.length === 0) return undefined;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const unresolved = /unresolved alias/i.test(reason) ? aliases.find((a) => reason.endsWith(`: ${a.source}`)) : undefined;
    const message = unresolved
      ? `The alias *${unresolved.source} names no anchor before it: define &${unresolved.source} first, or write the value out`
      : /excessive alias/i.test(reason)
        ? `Aliases here expand to more than ${MAX_ALIAS_COUNT} copies: write the values out instead of nesting aliases`
        : `The aliases cannot be expanded (${reason.replace(/\.$/, '')}): write the values out`;
    const range = visibleRange(text, (unresolved ?? aliases[0]).range?.[0] ?? 0);
    return { message, range: { start: range.start + base, end: range.end + base } };
  }
}

/**
 * Nesting deeper than this is refused before parsing. The `yaml` parser recurses once per
 * level, and a stack overflow that lands inside V8's regex compiler aborts the process
 * instead of throwing. Plans nest about six levels.
 */
export const MAX_YAML_DEPTH = 200;

/**
 * Collections (flow brackets and `- ` items) beyond this many are refused before parsing:
 * the parser keeps about a kilobyte per node, so 2 MB of `- - - x` lines took 1.5 GB.
 * A plan of a thousand risks has about twenty thousand.
 */
export const MAX_YAML_COLLECTIONS = 100_000;

/**
 * A syntax problem at the first line nested deeper than MAX_YAML_DEPTH, counting open
 * indentation levels, `- ` / `? ` indicators and open flow brackets (brackets in quotes
 * count too: an over-estimate that only matters at absurd sizes), or at the line where
 * the collections pass MAX_YAML_COLLECTIONS. Linear in the text.
 */
export function yamlNestingProblem(text: string, base = 0): SyntaxProblem | undefined {
  const indents: number[] = [];
  let flow = 0;
  let collections = 0;
  // Brackets are rare in plans: lines are searched for the next one natively, not character by character (a keystroke checks the whole plan).
  const bracket = /[[\]{}]/g;
  let nextBracket = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    let depth = 0;
    if (i < end && text[i] !== '#' && text[i] !== '\r') {
      const indent = i - start;
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      let inline = 0;
      while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || i + 1 === end)) {
        inline++;
        i += 2;
        while (text[i] === ' ') i++;
      }
      depth = indents.length + inline;
      collections += inline;
    }
    if (nextBracket < i) {
      bracket.lastIndex = i;
      nextBracket = bracket.exec(text)?.index ?? text.length;
    }
    for (let j = nextBracket; j < end && depth + flow <= MAX_YAML_DEPTH; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x5b || c === 0x7b) {
        flow++; // [ {
        collections++;
      } else if (c === 0x5d || c === 0x7d) {
        // ] }: an unmatched closer costs the parser an error object each, like a collection.
        if (flow > 0) flow--;
        else collections++;
      }
    }
    const message =
      depth + flow > MAX_YAML_DEPTH
        ? `The YAML is nested more than ${MAX_YAML_DEPTH} levels deep here; rmplint does not read it (a plan needs about six levels)`
        : collections > MAX_YAML_COLLECTIONS
          ? `The YAML has more than ${MAX_YAML_COLLECTIONS.toLocaleString('en')} list items and brackets by this line; rmplint does not read a plan this large (split it)`
          : undefined;
    if (message) {
      const range = visibleRange(text, start);
      return { message, range: { start: range.start + base, end: range.end + base } };
    }
    start = end + 1;
  }
  return undefined;
}
