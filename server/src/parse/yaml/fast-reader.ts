// A fast reader for the plain subset of YAML that plan pieces are mostly written in: block
// mappings with simple keys, block sequences, single-line plain scalars that the core
// schema reads as strings, single-line quoted strings (double-quoted without escapes),
// one-line flow sequences of plain strings as a key's value (`scope: [EHR, billing]`),
// comments after a value or on a line of their own before a key, and blank lines. It builds
// the same nodes, with the same ranges and values, as the `yaml` package's composer (less
// the comment text, which nothing here reads), without its lexer and parser (slow before
// the JIT warms up: a 1,000-risk plan's first parse). Anything outside the subset (other
// flow collections, block scalars, anchors, tags, multi-line scalars, escapes, numbers,
// booleans, nulls written out, duplicate keys, CR line breaks, comments the package would
// attach to a collection) gives undefined, and the caller parses with the `yaml` package.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParsedNode, type SchemaOptions } from 'yaml';

/** Characters the subset leaves to the `yaml` package wherever they appear: tabs, CR, non-printables, and YAML's other line breaks. */
const OUTSIDE_SUBSET = /[\t\r\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** Keys longer than this are left to the package, which reports implicit keys over 1,024 characters (counted with what precedes them). */
const MAX_KEY_LENGTH = 256;
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
    /** Indentation of comment lines not yet followed by a content line. */
    const comments: number[] = [];
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      if (content < end) {
        const indent = content - start;
        if (text.charCodeAt(content) === 35 /* # */) {
          comments.push(indent);
        } else {
          // A comment line stands for nothing in the nodes' ranges only between content lines,
          // right above a key at its own indentation and below a written value; elsewhere the
          // package attaches it to a collection or an empty value, whose range then takes it in.
          if (comments.length > 0 && (this.lines.length === 0 || this.isItem(content) || comments.some((c) => c !== indent) || this.endsWithoutValue(this.lines[this.lines.length - 1]))) {
            throw new OutsideSubset();
          }
          comments.length = 0;
          this.lines.push({ content, indent, end });
        }
      }
      start = end + 1;
    }
    if (comments.length > 0) throw new OutsideSubset();
  }

  /** Whether a content line ends with its key's colon: a value below it, or none. */
  private endsWithoutValue(line: Line): boolean {
    let end = line.end;
    while (this.text.charCodeAt(end - 1) === 32) end--;
    return this.text.charCodeAt(end - 1) === 58 /* : */;
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
      if (colon - at > MAX_KEY_LENGTH) throw new OutsideSubset(); // the package errs on keys near 1,024 characters
      const name = this.text.slice(at, colon);
      // A duplicate is the package's error; `true:` or `null:` is not a string key.
      if (keys.has(name) || NOT_A_STRING.test(name)) throw new OutsideSubset();
      keys.add(name);
      const key = scalarNode(name, 'PLAIN', at, colon, colon);
      let value = colon + 1;
      while (value < line.end && this.text.charCodeAt(value) === 32) value++;
      this.next++;
      if (value < line.end) {
        map.items.push(new Pair(key, this.text.charCodeAt(value) === 91 /* [ */ ? this.flowSequence(value, line.end) : this.scalar(value, line.end)));
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

  /**
   * A single-line scalar from `start` to the end of its line or to a comment: a plain
   * scalar read as a string, or a quoted string.
   */
  private scalar(start: number, lineEnd: number): Scalar.Parsed {
    const nodeEnd = lineEnd < this.text.length ? lineEnd + 1 : lineEnd;
    const quote = this.text.charCodeAt(start);
    if (quote === 34 /* " */ || quote === 39 /* ' */) return this.quoted(start, lineEnd, nodeEnd);
    let end = commentStart(this.text, start, lineEnd);
    while (this.text.charCodeAt(end - 1) === 32) end--;
    const source = this.text.slice(start, end);
    if (INDICATOR_START.test(source) || source.includes(': ') || source.endsWith(':') || NOT_A_STRING.test(source)) {
      throw new OutsideSubset();
    }
    this.endsEmpty = false;
    return scalarNode(source, 'PLAIN', start, end, nodeEnd);
  }

  /**
   * A flow sequence closed on its line, of plain strings without flow indicators, colons or
   * `#` (`[EHR, billing system]`, `[]`), then nothing or a comment. Each item's range runs to
   * the spaces after it, as the package has it; quoted, empty or nested items are left to it.
   */
  private flowSequence(start: number, lineEnd: number): YAMLSeq.Parsed {
    const text = this.text;
    const close = text.indexOf(']', start);
    if (close === -1 || close >= lineEnd) throw new OutsideSubset();
    let after = close + 1;
    while (after < lineEnd && text.charCodeAt(after) === 32) after++;
    if (after < lineEnd && !(after > close + 1 && text.charCodeAt(after) === 35)) throw new OutsideSubset(); // text after the bracket
    const seq = new YAMLSeq() as YAMLSeq.Parsed;
    seq.flow = true;
    const inner = text.slice(start + 1, close);
    if (inner.trim() !== '') {
      let at = start + 1;
      for (const written of inner.split(',')) {
        const end = at + written.length;
        let first = at;
        while (first < end && text.charCodeAt(first) === 32) first++;
        let last = end;
        while (last > first && text.charCodeAt(last - 1) === 32) last--;
        const source = text.slice(first, last);
        if (source === '' || INDICATOR_START.test(source) || /[[\]{}:#]/.test(source) || NOT_A_STRING.test(source)) throw new OutsideSubset();
        seq.items.push(scalarNode(source, 'PLAIN', first, last, end));
        at = end + 1;
      }
    }
    this.endsEmpty = false;
    seq.range = [start, close + 1, lineEnd < text.length ? lineEnd + 1 : lineEnd];
    return seq;
  }

  /** A quoted string closed on its line: double quotes without escapes, or single quotes with '' for a quote. */
  private quoted(start: number, lineEnd: number, nodeEnd: number): Scalar.Parsed {
    const text = this.text;
    const single = text.charCodeAt(start) === 39;
    let value = '';
    let at = start + 1;
    for (;;) {
      const close = text.indexOf(single ? "'" : '"', at);
      if (close === -1 || close >= lineEnd) throw new OutsideSubset(); // goes on to the next line
      value += text.slice(at, close);
      if (single && text.charCodeAt(close + 1) === 39) {
        value += "'";
        at = close + 2;
        continue;
      }
      at = close + 1;
      break;
    }
    if (!single && value.includes('\\')) throw new OutsideSubset(); // an escape
    const end = at;
    let after = end;
    while (after < lineEnd && text.charCodeAt(after) === 32) after++;
    if (after < lineEnd && !(after > end && text.charCodeAt(after) === 35)) throw new OutsideSubset(); // text after the closing quote
    this.endsEmpty = false;
    return scalarNode(value, single ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE', start, end, nodeEnd);
  }

  private lineStart(line: Line): number {
    return line.content - line.indent;
  }
}

/** Where a comment starts on a line of plain text: a `#` after a space, or the line's end. */
function commentStart(text: string, start: number, lineEnd: number): number {
  for (let hash = text.indexOf('#', start); hash !== -1 && hash < lineEnd; hash = text.indexOf('#', hash + 1)) {
    if (text.charCodeAt(hash - 1) === 32) return hash;
  }
  return lineEnd;
}

function scalarNode(value: string, type: Scalar.Type, start: number, end: number, nodeEnd: number): Scalar.Parsed {
  const scalar = new Scalar(value) as Scalar.Parsed;
  scalar.range = [start, end, nodeEnd];
  scalar.source = value;
  scalar.type = type;
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
  readHere.add(doc);
  return doc;
}

/** The documents this reader built: their data is the subset's, with no alias, tag or merge key. */
const readHere = new WeakSet<Document.Parsed>();

/**
 * The plain data of a document this reader built, as the package's `toJS()` gives it, without
 * its general machinery (anchors, tags, merge keys, custom types): strings, nulls, objects and
 * arrays only. Undefined for any other document.
 */
export function plainDataOf(doc: Document.Parsed): unknown {
  return readHere.has(doc) ? plainData(doc.contents) : undefined;
}

function plainData(node: unknown): unknown {
  if (node instanceof Scalar) return node.value;
  if (node instanceof YAMLSeq) return node.items.map(plainData);
  if (!(node instanceof YAMLMap)) return null; // an empty document
  const data: Record<string, unknown> = {};
  for (const pair of node.items as Pair<Scalar<string>, unknown>[]) {
    // `__proto__` is a key like any other, as the package reads it (an own property, not the prototype).
    Object.defineProperty(data, pair.key.value, { value: plainData(pair.value), writable: true, enumerable: true, configurable: true });
  }
  return data;
}
