// A fast reader for the plain subset of YAML that plan pieces are mostly written in: block
// mappings with simple keys, block sequences, single-line plain scalars that the core
// schema reads as strings, and blank lines. It builds the same nodes, with the same ranges
// and values, as the `yaml` package's composer, without its lexer and parser (slow before
// the JIT warms up: a 1,000-risk plan's first parse). Anything outside the subset (comments,
// quotes, flow collections, block scalars, anchors, tags, multi-line scalars, numbers,
// booleans, nulls written out, duplicate keys, CR line breaks) gives undefined, and the
// caller parses with the `yaml` package.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParsedNode, type SchemaOptions } from 'yaml';

/** Characters the subset leaves to the `yaml` package wherever they appear: comments, tabs, CR, non-printables, and YAML's other line breaks. */
const OUTSIDE_SUBSET = /[#\t\r\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** A key the subset reads: a plain word followed by `:` and a space or the end of the line. */
const SIMPLE_KEY = /[A-Za-z_][A-Za-z0-9_-]*:(?=[ \n]|$)/y;
/** A plain scalar's first character that is an indicator or could start something else. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/**
 * Plain scalars the core schema reads as null, booleans or numbers (its own tests, as one
 * pattern): empty, `~`, null, true, false, .inf, .nan, decimal, octal and hex numbers.
 */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)?$/;

interface Line {
  /** Offset of the first non-space character. */
  readonly content: number;
  readonly indent: number;
  /** Offset of the line's end (its `\n`, or the end of the text). */
  readonly end: number;
}

/** Thrown when the text leaves the subset; caught in readBlockYaml. */
class OutsideSubset {}

class BlockReader {
  private readonly lines: Line[] = [];
  private next = 0;
  /** Whether the last value read was empty: the package then ends the document there, not after the blank lines below. */
  private endsEmpty = false;

  constructor(private readonly text: string) {
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      if (content < end) this.lines.push({ content, indent: content - start, end });
      start = end + 1;
    }
  }

  /** The root node, and the document's range as the package has it (from the line of its first content). */
  document(): { contents: ParsedNode; range: [number, number, number] } {
    const first = this.lines[0];
    if (!first) throw new OutsideSubset();
    const contents = this.isItem(first.content) ? this.sequence(first.indent) : this.mapping(first.content);
    if (this.next < this.lines.length) throw new OutsideSubset();
    const end = contents.range[2];
    return { contents, range: [this.lineStart(first), end, this.endsEmpty ? end : this.text.length] };
  }

  private isItem(at: number): boolean {
    return this.text.charCodeAt(at) === 45 /* - */ && this.text.charCodeAt(at + 1) === 32;
  }

  /** Items `- ` at this indentation, each a mapping started on its line or a plain scalar. */
  private sequence(indent: number): YAMLSeq.Parsed {
    const seq = new YAMLSeq() as YAMLSeq.Parsed;
    const start = this.lines[this.next].content;
    for (let line = this.lines[this.next]; line?.indent === indent && this.isItem(line.content); line = this.lines[this.next]) {
      const at = line.content + 2;
      if (this.text.charCodeAt(at) === 32) throw new OutsideSubset(); // `-   x`: left to the package
      SIMPLE_KEY.lastIndex = at;
      if (SIMPLE_KEY.test(this.text)) {
        seq.items.push(this.mapping(at));
      } else {
        seq.items.push(this.scalar(at, line.end));
        this.next++;
      }
    }
    const end = (seq.items[seq.items.length - 1] as ParsedNode).range[2];
    seq.range = [start, end, end];
    return seq;
  }

  /** Pairs `key: value` at the column of `first` (the first key, possibly after a `- `). */
  private mapping(first: number): YAMLMap.Parsed {
    const column = first - this.lineStart(this.lines[this.next]);
    const map = new YAMLMap() as YAMLMap.Parsed;
    const keys = new Set<string>();
    let at = first;
    for (;;) {
      const line = this.lines[this.next];
      SIMPLE_KEY.lastIndex = at;
      if (!SIMPLE_KEY.test(this.text)) throw new OutsideSubset(); // e.g. a multi-line scalar
      const colon = SIMPLE_KEY.lastIndex - 1;
      const name = this.text.slice(at, colon);
      // A duplicate is the package's error; `true:` or `null:` is not a string key.
      if (keys.has(name) || NOT_A_STRING.test(name)) throw new OutsideSubset();
      keys.add(name);
      const key = plain(name, at, colon, colon);
      let value = colon + 1;
      while (value < line.end && this.text.charCodeAt(value) === 32) value++;
      this.next++;
      if (value < line.end) {
        map.items.push(new Pair(key, this.scalar(value, line.end)));
      } else {
        map.items.push(new Pair(key, this.blockValue(column, value)));
      }
      const after = this.lines[this.next];
      if (!after || after.indent < column) break;
      if (after.indent > column) throw new OutsideSubset();
      if (this.isItem(after.content)) throw new OutsideSubset(); // a sequence at the key's column (or a stray item)
      at = after.content;
    }
    const last = map.items[map.items.length - 1].value as ParsedNode;
    map.range = [first, last.range[2], last.range[2]];
    return map;
  }

  /** What `key:` with nothing after it holds: a more indented block below, or null (at the end of its line). */
  private blockValue(column: number, lineEnd: number): ParsedNode {
    const below = this.lines[this.next];
    if (below && below.indent > column) {
      return this.isItem(below.content) ? this.sequence(below.indent) : this.mapping(below.content);
    }
    if (below && below.indent === column && this.isItem(below.content)) throw new OutsideSubset(); // `key:` then `- ` at its column
    const empty = new Scalar(null) as Scalar.Parsed;
    empty.range = [lineEnd, lineEnd, lineEnd];
    empty.source = '';
    empty.type = 'PLAIN';
    this.endsEmpty = true;
    return empty;
  }

  /** A single-line plain scalar from `start` to the end of its line, read as a string. */
  private scalar(start: number, lineEnd: number): Scalar.Parsed {
    let end = lineEnd;
    while (this.text.charCodeAt(end - 1) === 32) end--;
    const source = this.text.slice(start, end);
    if (INDICATOR_START.test(source) || source.includes(': ') || source.endsWith(':') || NOT_A_STRING.test(source)) {
      throw new OutsideSubset();
    }
    this.endsEmpty = false;
    return plain(source, start, end, lineEnd < this.text.length ? lineEnd + 1 : lineEnd);
  }

  private lineStart(line: Line): number {
    return line.content - line.indent;
  }
}

function plain(value: string, start: number, end: number, nodeEnd: number): Scalar.Parsed {
  const scalar = new Scalar(value) as Scalar.Parsed;
  scalar.range = [start, end, nodeEnd];
  scalar.source = value;
  scalar.type = 'PLAIN';
  return scalar;
}

/**
 * The document the `yaml` package composes from `text` (YAML 1.2, core schema), when the
 * text is within the subset this reader knows to read identically; otherwise undefined.
 */
export function readBlockYaml(text: string, options: DocumentOptions & SchemaOptions): Document.Parsed | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  let contents: ParsedNode;
  let range: [number, number, number];
  try {
    ({ contents, range } = new BlockReader(text).document());
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
  const doc = new Document(undefined, options) as unknown as Document.Parsed;
  doc.contents = contents;
  doc.range = range;
  return doc;
}
