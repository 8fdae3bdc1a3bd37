// Reading a parsed `yaml` document as plan fields: exact keys, scalar values as written,
// offset spans of keys and values, and where new lines of a mapping go. Aliases are
// followed one step to the node they name, never expanded.
import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Field, InsertionPoint, Span } from '../../model/plan-model';
import { lineEndAt, lineStartAt } from '../../model/positions';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Offset just past the last non-blank character before `end`. */
function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** From `offset` to the end of its line, without trailing blanks. */
export function restOfLine(text: string, offset: number): Span {
  return { start: offset, end: trimEnd(text, offset, lineEndAt(text, offset)) };
}

/** A node found by its path of keys and indexes (a JSON pointer's segments). */
export interface YamlLocation {
  /** The node as written there (an alias stays an alias). */
  readonly node: unknown;
  /** The pair whose value the node is; undefined for sequence items and the root. */
  readonly pair?: Pair;
  /** The first alias the path went through: where the author wrote the reference. */
  readonly alias?: Alias;
}

const NO_PAIRS: ReadonlyMap<string, Pair> = new Map();

export class YamlReader {
  /** Alias → anchored node, built on the first alias met (a whole-document pass). */
  private aliasTargets?: Map<Alias, Node>;
  /** Each mapping's pairs by key, as `pairs` gave them (never changed: the document is read, not edited). */
  private readonly pairsOf = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    readonly text: string,
  ) {}

  /** The node itself, or the node an alias names. */
  deref(node: unknown): Node | undefined {
    if (!isAlias(node)) return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node>();
      const anchors = new Map<string, Node>();
      visit(this.doc, {
        Node(_key, n) {
          if (isAlias(n)) {
            const target = anchors.get(n.source);
            if (target) targets.set(n, target);
          } else if (n.anchor) {
            anchors.set(n.anchor, n);
          }
        },
      });
      this.aliasTargets = targets;
    }
    const target = this.aliasTargets.get(node);
    return isAlias(target) ? undefined : target;
  }

  map(node: unknown): YAMLMap | undefined {
    const n = this.deref(node);
    return isMap(n) ? n : undefined;
  }

  seq(node: unknown): YAMLSeq | undefined {
    const n = this.deref(node);
    return isSeq(n) ? n : undefined;
  }

  /** The pairs of a mapping by exact key (keys are case-sensitive, spec §2). */
  pairs(map: YAMLMap | undefined): ReadonlyMap<string, Pair> {
    if (!map) return NO_PAIRS;
    // Worked out once per mapping: a risk's readers ask for its pairs five times or more.
    let byKey = this.pairsOf.get(map);
    if (byKey) return byKey;
    byKey = new Map<string, Pair>();
    this.pairsOf.set(map, byKey);
    for (const pair of map.items) {
      const key = this.deref(pair.key);
      if (isScalar(key) && key.value !== null && !byKey.has(String(key.value))) byKey.set(String(key.value), pair);
    }
    return byKey;
  }

  /** The node at a path of mapping keys and sequence indexes, following aliases. */
  at(path: readonly string[]): YamlLocation | undefined {
    let node: unknown = this.doc.contents;
    let pair: Pair | undefined;
    let alias: Alias | undefined;
    for (const segment of path) {
      if (isAlias(node)) alias ??= node;
      const container = this.deref(node);
      if (isMap(container)) {
        pair = this.pairs(container).get(segment);
        node = pair?.value;
      } else if (isSeq(container) && /^\d+$/.test(segment)) {
        pair = undefined;
        node = container.items[Number(segment)];
      } else {
        return undefined;
      }
      if (node === undefined) return undefined;
    }
    return { node, pair, alias };
  }

  /** Where a node's content is written, without trailing blanks and line breaks. */
  span(node: unknown): Span | undefined {
    const range = (node as Node | null)?.range;
    if (!range) return undefined;
    return { start: range[0], end: Math.max(range[0], trimEnd(this.text, range[0], range[1])) };
  }

  /** The text of a scalar value: as written for plain scalars, the string for quoted ones, '' for null. */
  scalarText(node: unknown): string | undefined {
    const n = this.deref(node);
    if (!isScalar(n)) return undefined;
    if (n.value === null || n.value === undefined) return '';
    return (typeof n.source === 'string' ? n.source : String(n.value)).trim();
  }

  /** A pair as a plan field; undefined when the pair is absent. */
  field(pair: Pair | undefined): Field | undefined {
    if (!pair) return undefined;
    const keyRange = this.span(pair.key);
    const value = this.deref(pair.value);
    const written = this.span(pair.value);
    // `owner:` has nothing written: the value is the empty span after the colon; `owner: ~` keeps its `~`.
    const valueRange = written && written.end > written.start ? written : this.afterColon(keyRange, written);
    if (isSeq(value)) {
      const items = value.items.map((item) => this.scalarText(item) ?? this.sourceOf(item));
      return { value: items.filter((i) => i !== '').join(', '), valueRange, keyRange, items };
    }
    const text = this.scalarText(value) ?? this.sourceOf(pair.value);
    return { value: text, valueRange, keyRange };
  }

  /** A sequence item written as a bare scalar (an action list entry that is only text). */
  itemField(node: unknown): Field | undefined {
    const span = this.span(node);
    const text = this.scalarText(node);
    return span && text !== undefined ? { value: text, valueRange: span } : undefined;
  }

  /**
   * The first line of a sequence item, from its `-` to the end of the line: where
   * findings about a risk or action that lacks a field go (spec §5).
   */
  itemLine(node: unknown): Span {
    const start = (node as Node | null)?.range?.[0] ?? 0;
    let i = start;
    while (i > 0 && isSpace(this.text.charCodeAt(i - 1))) i--;
    const dash = i > 0 && this.text[i - 1] === '-' ? i - 1 : start;
    return restOfLine(this.text, dash);
  }

  /**
   * Where a new key of a block mapping goes: the start of the line after its last line,
   * indented like its keys. `owner` is the key whose value the mapping is, used when the
   * mapping is empty (`plan:` with nothing under it).
   */
  insertionPoint(map: YAMLMap | undefined, owner?: Pair): InsertionPoint | undefined {
    if (map?.flow) return undefined;
    const firstKey = map?.items.length ? this.span(map.items[0].key) : undefined;
    const content = map?.items.length ? this.span(map) : undefined;
    let indent: number;
    let after: number;
    if (firstKey && content) {
      indent = firstKey.start - lineStartAt(this.text, firstKey.start);
      after = content.end;
    } else {
      const key = this.span(owner?.key);
      if (!key) return undefined;
      const keyIndent = key.start - lineStartAt(this.text, key.start);
      indent = keyIndent + 2;
      after = key.end;
    }
    const newline = this.text.indexOf('\n', after);
    const prefix = ' '.repeat(indent);
    return newline === -1 ? { offset: this.text.length, prefix, needsLeadingNewline: true } : { offset: newline + 1, prefix };
  }

  private sourceOf(node: unknown): string {
    const span = this.span(node);
    return span ? this.text.slice(span.start, span.end).trim() : '';
  }

  /** An empty span right after the `key:` colon, where an empty value is. */
  private afterColon(key: Span | undefined, written: Span | undefined): Span {
    if (!key) return written ? { start: written.start, end: written.start } : { start: 0, end: 0 };
    let i = key.end;
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    const at = this.text[i] === ':' ? i + 1 : key.end;
    return { start: at, end: at };
  }
}
