// What incremental parsing shares: a bounded cache of pieces parsed by their exact text
// (placing a piece where it sits is place.ts's). Its instances are owned, by name, in caches.ts.
import { BoundedCache } from '../caches';

/**
 * The pieces of one kind (Markdown sections, YAML chunks) parsed by their text. Typing into
 * a piece makes a new text per keystroke: the texts an edit replaced are dropped a few
 * parses later (an undo may want them back), so the cache holds about the open plans, not
 * their history. A parse that shares no piece with the one before is of another document
 * and replaces nothing.
 */
export class PieceCache<V> {
  private readonly cache: BoundedCache<{ readonly own: string; readonly value: V }>;
  /** The pieces of the last parse and of this one, by their own copies of the texts (none keeps a document alive). */
  private previous = new Set<string>();
  private current = new Set<string>();
  /** Texts an edit replaced, by the parse that replaced them, oldest first; dropped `keepFor` parses later unless used again. */
  private readonly replaced = new Map<string, number>();
  private parses = 0;
  /**
   * The entries of the last parse and of this one, in the order they were asked for. A
   * keystroke leaves every other piece where it was in that order, and comparing a text with
   * the one asked for at its place last time is cheaper than hashing it for the map.
   */
  private lastOrder: { readonly own: string; readonly value: V }[] = [];
  private order: { readonly own: string; readonly value: V }[] = [];

  constructor(limit: number, private readonly keepFor = 2) {
    this.cache = new BoundedCache(limit);
  }

  /**
   * The piece with this text, parsed by `parse` (given a copy that shares no memory with the
   * document, and `at`) when new. `at` is what the parse needs beyond the text (where the piece
   * sits), so callers pass one function rather than a closure made per piece and parse.
   */
  get<A>(text: string, parse: (own: string, at: A) => V, at?: A): V {
    const there = this.lastOrder[this.order.length];
    let entry = there !== undefined && there.own.length === text.length && there.own === text ? there : this.cache.get(text);
    if (entry === undefined) {
      const own = detached(text);
      entry = { own, value: parse(own, at as A) };
      this.cache.set(own, entry);
    }
    this.current.add(entry.own);
    this.replaced.delete(entry.own);
    this.order.push(entry);
    return entry.value;
  }

  clear(): void {
    this.cache.clear();
    this.previous = new Set();
    this.current = new Set();
    this.replaced.clear();
    this.lastOrder = [];
    this.order = [];
  }

  /** One document's parse is complete. */
  endParse(): void {
    const current = this.current;
    this.parses++;
    let sameDocument = false;
    for (const text of current) if ((sameDocument = this.previous.has(text))) break;
    if (sameDocument) for (const text of this.previous) if (!current.has(text)) this.replaced.set(text, this.parses);
    for (const [text, parse] of this.replaced) {
      if (parse > this.parses - this.keepFor) break;
      this.replaced.delete(text);
      this.cache.delete(text);
    }
    this.previous = current;
    this.current = new Set();
    this.lastOrder = this.order;
    this.order = [];
  }
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * as a view of its parent, so a cached slice would keep every old version of a document alive.
 * Joining makes a rope, and cutting a rope first flattens it into a new string: the result is
 * a view of that one copy (a JSON round trip made two, and took 20 times as long).
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
