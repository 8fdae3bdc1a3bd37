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
 * A copy of a model piece with every offset moved by `delta`: the `start`/`end` of spans
 * and the `offset` of insertion points (the only numbers the plan model holds).
 */
export function shifted<T>(value: T, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta)) as T;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const v: unknown = value[key];
    if (typeof v === 'number') copy[key] = key === 'start' || key === 'end' || key === 'offset' ? v + delta : v;
    else copy[key] = v !== null && typeof v === 'object' ? shifted(v, delta) : v;
  }
  return copy as T;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * as a view of its parent, so a cached slice would keep every old version of a document alive.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
