// What incremental parsing shares: a bounded cache of pieces parsed by their exact text,
// and moving a piece's offsets (parsed relative to its chunk) to where the chunk sits now.

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
}

/**
 * The pieces of one kind (Markdown sections, YAML chunks) parsed by their text. Typing into
 * a piece makes a new text per keystroke: the texts an edit replaced are dropped a few
 * parses later (an undo may want them back), so the cache holds about the open plans, not
 * their history. A parse that shares no piece with the one before is of another document
 * and replaces nothing.
 */
export class PieceCache<V> {
  private readonly cache: BoundedCache<V>;
  private previous = new Set<string>();
  private current = new Set<string>();
  /** Texts an edit replaced, by the parse that replaced them, oldest first; dropped `keepFor` parses later unless used again. */
  private readonly replaced = new Map<string, number>();
  private parses = 0;

  constructor(limit: number, private readonly keepFor = 2) {
    this.cache = new BoundedCache(limit);
  }

  /** The piece with this text, parsed by `parse` (given a copy that shares no memory with the document) when new. */
  get(text: string, parse: (own: string) => V): V {
    this.current.add(text);
    this.replaced.delete(text);
    let value = this.cache.get(text);
    if (value === undefined) {
      const own = detached(text);
      this.cache.set(own, (value = parse(own)));
    }
    return value;
  }

  /** One document's parse is complete. */
  endParse(): void {
    const current = this.current;
    this.parses++;
    let sameDocument = false;
    for (const text of current) if ((sameDocument = this.previous.has(text))) break;
    if (sameDocument) for (const text of this.previous) if (!current.has(text)) this.replaced.set(detached(text), this.parses);
    for (const [text, parse] of this.replaced) {
      if (parse > this.parses - this.keepFor) break;
      this.replaced.delete(text);
      this.cache.delete(text);
    }
    this.previous = current;
    this.current = new Set();
  }
}

/**
 * A copy of a model piece with every offset moved by `delta`: the `start`/`end` of spans
 * and the `offset` of insertion points (the only numbers the plan model holds). Objects are
 * copied by spread, which gives each copy its original's shape (smaller and faster to make
 * than one built key by key): every edit copies the model after the edit point this way.
 */
export function shifted<T>(value: T, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  return shiftedObject(value, delta);
}

function shiftedObject<T extends object>(value: T, delta: number): T {
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      copy[i] = v !== null && typeof v === 'object' ? shiftedObject(v, delta) : v;
    }
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in copy) {
    const v = copy[key];
    if (typeof v === 'number') {
      if (key === 'start' || key === 'end' || key === 'offset') copy[key] = v + delta;
    } else if (v !== null && typeof v === 'object') {
      copy[key] = shiftedObject(v, delta);
    }
  }
  return copy as T;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * as a view of its parent, so a cached slice would keep every old version of a document alive.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
