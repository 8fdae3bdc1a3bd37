// What incremental parsing shares: a bounded cache of pieces parsed by their exact text
// (placing a piece where it sits is place.ts's). Its instances are owned, by name, in caches.ts.
import { BoundedCache } from '../caches';

/** False while a text read once is parsed (parsedOnce): pieces are looked up, never kept. */
let keeping = true;

/**
 * Parses a text that will not be parsed again (a file on disk, a plan of a CLI run): its pieces
 * are found in the caches when there, but not added, and the order an open plan's edits
 * compare with is left as it was. A workspace or a folder of plans then costs the caches
 * nothing (a CLI run over 1,000 plans kept up to the budget of each, and collected them).
 */
export function parsedOnce<T>(parse: () => T): T {
  const was = keeping;
  keeping = false;
  try {
    return parse();
  } finally {
    keeping = was;
  }
}

/**
 * The pieces of one kind (Markdown sections, YAML chunks) parsed by their text. Typing into
 * a piece makes a new text per keystroke: the texts an edit replaced are dropped a few
 * parses later (an undo may want them back), so the cache holds about the open plans, not
 * their history. A parse that shares no piece with the one before is of another document
 * and replaces nothing.
 */
export class PieceCache<V> {
  private readonly cache: BoundedCache<Piece<V>>;
  /** Texts an edit replaced, by the parse that replaced them, oldest first; dropped `keepFor` parses later unless used again. */
  private readonly replaced = new Map<string, number>();
  /** Parses completed; the number of the parse under way. */
  private parses = 0;
  /**
   * The pieces of the last parse and of this one, in the order they were asked for. A
   * keystroke leaves every other piece where it was in that order, and comparing a text with
   * the one asked for at its place last time is cheaper than hashing it for the map. They
   * also tell which pieces an edit replaced (those of the last parse this one did not use).
   */
  private lastOrder: Piece<V>[] = [];
  private order: Piece<V>[] = [];

  constructor(limit: number, private readonly keepFor = 2) {
    this.cache = new BoundedCache(limit);
  }

  /**
   * The piece with this text, parsed by `parse` (given a copy that shares no memory with the
   * document, and `at`) when new. `at` is what the parse needs beyond the text (where the piece
   * sits), so callers pass one function rather than a closure made per piece and parse.
   */
  get<A>(text: string, parse: (own: string, at: A) => V, at?: A): V {
    if (!keeping) return this.cache.get(text)?.value ?? parse(text, at as A);
    const there = this.lastOrder[this.order.length];
    let piece = there !== undefined && there.own.length === text.length && there.own === text ? there : this.cache.get(text);
    if (piece === undefined) {
      const own = detached(text);
      piece = { own, value: parse(own, at as A), usedIn: this.parses };
      this.cache.set(own, piece);
    } else if (piece.usedIn < this.parses - 1) {
      this.replaced.delete(piece.own); // back after an undo
    }
    piece.usedIn = this.parses;
    this.order.push(piece);
    return piece.value;
  }

  clear(): void {
    this.cache.clear();
    this.replaced.clear();
    this.lastOrder = [];
    this.order = [];
  }

  /** One document's parse is complete. */
  endParse(): void {
    if (!keeping) return;
    const now = this.parses++;
    const last = this.lastOrder;
    // A parse that shares no piece with the one before is of another document and replaces nothing.
    if (last.some((piece) => piece.usedIn === now)) for (const piece of last) if (piece.usedIn !== now) this.replaced.set(piece.own, this.parses);
    for (const [text, parse] of this.replaced) {
      if (parse > this.parses - this.keepFor) break;
      this.replaced.delete(text);
      this.cache.delete(text);
    }
    this.lastOrder = this.order;
    this.order = [];
  }
}

/** A parsed piece, by its own copy of its text (none keeps a document alive), and the last parse that used it. */
interface Piece<V> {
  readonly own: string;
  readonly value: V;
  usedIn: number;
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
