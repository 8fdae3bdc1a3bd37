// Every cache the linter keeps, owned here: what each holds, how it forgets, and one
// reset for tests. Nothing else in server/src makes a module-level cache; modules ask
// this file for theirs by name (the list is in docs/architecture.md, held to it by a test).
//
// The eviction story, in one paragraph. Parsing caches pieces of a plan by their exact text
// (Markdown sections, YAML chunks): a keystroke changes one piece, and the others are found
// again. A piece an edit replaced is dropped two parses later (an undo may want it back), and
// each cache also has a character budget, oldest entry first out, so a server that opens many
// plans stays bounded; a text linted once (a file on disk, a CLI run) keeps no piece at all.
// Judgements that several rules repeat per edit (a status word, a
// treatment, a date, an action's vagueness) are remembered by their text, bounded by entries
// or characters. The line index of the last text asked about is kept alone. Per-plan lists
// live in a WeakMap and go with their plan. Nothing is keyed by file or version, so a cache
// can only make a lint faster, never different: resetCaches() between two lints changes no
// finding (test/src/caches.test.ts).

/** What every cache here can do: forget everything. */
interface Resettable {
  clear(): void;
}

const owned = new Map<string, Resettable>();

/** Registers a cache under a name; a second cache with one name is a mistake. */
export function ownCache<C extends Resettable>(name: string, cache: C): C {
  if (owned.has(name)) throw new Error(`rmplint: two caches named ${name}`);
  owned.set(name, cache);
  return cache;
}

/** Empties every cache, for tests that must start cold. */
export function resetCaches(): void {
  for (const cache of owned.values()) cache.clear();
}

/** The names of the caches made so far (modules make theirs when first loaded). */
export function cacheNames(): string[] {
  return [...owned.keys()];
}

/**
 * A Map by text that forgets its oldest entries once its keys hold more than `limit`
 * characters in all (values are about as large as the text they were read from). Oldest
 * by insertion, not use: reordering on every hit costs more than re-parsing the rare
 * chunk of an open plan that ages out.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.size -= key.length;
  }

  set(key: string, value: V): void {
    if (key.length > this.limit / 4 || this.entries.has(key)) return; // one huge text would flush everything
    this.entries.set(key, value);
    this.size += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.size <= this.limit) break;
      this.entries.delete(oldest);
      this.size -= oldest.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}

/** What a TextMemo holds for a text whose value is `undefined`, so that one lookup answers it. */
const NONE: unique symbol = Symbol('none');

/** Values computed from short texts (a status word, a date), emptied whenever it reaches `maxEntries`. */
export class TextMemo<V> {
  private readonly known = new Map<string, V | typeof NONE>();

  constructor(private readonly maxEntries: number) {}

  /** The value for `text`, computed by `compute` the first time. */
  of(text: string, compute: (text: string) => V): V {
    // One lookup for a value remembered, `undefined` included: most texts name no status or treatment.
    const known = this.known.get(text);
    if (known !== undefined) return (known === NONE ? undefined : known) as V;
    if (this.known.size >= this.maxEntries) this.known.clear();
    const value = compute(text);
    this.known.set(text, value === undefined ? NONE : value);
    return value;
  }

  clear(): void {
    this.known.clear();
  }
}

/** A value computed from the last text asked about only: helpers that have the text alone ask once per field. */
export class LastTextMemo<V> {
  private text: string | undefined;
  private value: V | undefined;

  of(text: string, compute: (text: string) => V): V {
    if (this.text !== text || this.value === undefined) {
      this.value = compute(text);
      this.text = text;
    }
    return this.value;
  }

  clear(): void {
    this.text = undefined;
    this.value = undefined;
  }
}

/** Values derived from an object and kept as long as the object lives (a plan's action list). */
export class PerObjectMemo<K extends object, V> {
  private known = new WeakMap<K, V>();

  of(key: K, compute: (key: K) => V): V {
    let value = this.known.get(key);
    if (value === undefined) this.known.set(key, (value = compute(key)));
    return value;
  }

  get(key: K): V | undefined {
    return this.known.get(key);
  }

  set(key: K, value: V): void {
    this.known.set(key, value);
  }

  clear(): void {
    this.known = new WeakMap();
  }
}

/**
 * Values kept while pages use them: `endRound()` closes a page and forgets every entry the
 * last `rounds` pages did not ask for, so the cache never holds more than those pages (the
 * preview's blocks; two pages, so an undo or a second preview finds its blocks again).
 */
export class RoundCache<V> {
  private readonly entries = new Map<string, { value: V; round: number }>();
  private round = 0;

  constructor(private readonly rounds: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.round = this.round;
    return entry.value;
  }

  /** `key` must share no memory with a document's text (see `detached`): it outlives the page. */
  set(key: string, value: V): void {
    this.entries.set(key, { value, round: this.round });
  }

  endRound(): void {
    this.round++;
    for (const [key, entry] of this.entries) if (entry.round <= this.round - 1 - this.rounds) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
