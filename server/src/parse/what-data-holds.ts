// What a JSON document not read as a register holds, said in its skip message (spec §1): the
// largest collection of entries in it and their keys, and which of those keys a risk's fields are.
// A register the reader cannot read (risks nested under categories, keys in another language, rows
// of bare values) is then named as what it is, rather than as nothing.
import { registerKeyStyle } from './json-register';
import { KEYS } from './yaml/read-plan';
import { spelledKey } from './yaml/key-spellings';

/** How deep the walk looks for entries: a register nests its lists a level or two under categories. */
const MAX_WALK_DEPTH = 6;
/** How many keys the message names. */
const KEYS_SHOWN = 6;

/** Entries found at one place of the document: objects, or lists of bare values. */
interface Collection {
  /** Where they are: `"risks"`, `"risk_categories[].risks"`, the root `""`. */
  readonly path: string;
  /** `list`: in arrays; `keyed`: values of a mapping whose keys name each entry (`"A.5.1": {…}`); `rows`: arrays of bare values. */
  readonly layout: 'list' | 'keyed' | 'rows';
  entries: number;
  /** How many arrays or mappings hold them (one per category, say). */
  lists: number;
  /** For `keyed`: whether every key is an ID (`A.5.1`, `RISK-007`), not a name (`node_modules/yaml`). */
  byId: boolean;
  /** Their keys, in the order first met. */
  readonly keys: Set<string>;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Whether a key is one of a risk's fields as the YAML and JSON readers know them (`likelihood`, `riskOwner`, `mitigation`). */
const isRiskKey = (key: string): boolean => /^[A-Za-z]/.test(key) && spelledKey(registerKeyStyle(key), KEYS.risk) !== undefined;
/** A key that is an entry's ID: `A.5.1`, `RISK-007`, `CCC.Core.TH01`, `T1`. */
const ENTRY_ID = /^[A-Za-z]{1,12}[-_.]?\d+(?:[-_.]\d+)*$|^[A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+$/;
/** An entry's own ID key (`id`, `threat_id`, `riskId`). */
const isIdKey = (key: string): boolean => /^(?:[a-z]+_)?id$/.test(registerKeyStyle(key));
/** How many keys, an ID among them, make entries look like a register's in keys rmplint does not know (another language's). */
const IDENTIFIED_KEYS = 3;

/** The collections of entries in parsed JSON, by path (arrays at one path pattern counted together). */
function collectionsOf(data: unknown): Collection[] {
  const found = new Map<string, Collection>();
  const add = (path: string, layout: Collection['layout'], entries: readonly unknown[], byId = false) => {
    const at = found.get(`${layout} ${path}`) ?? { path, layout, entries: 0, lists: 0, byId: true, keys: new Set<string>() };
    at.entries += entries.length;
    at.lists++;
    at.byId &&= byId;
    for (const entry of entries) if (isObject(entry)) for (const key of Object.keys(entry)) at.keys.add(key);
    found.set(`${layout} ${path}`, at);
  };
  const walk = (node: unknown, path: string, depth: number): void => {
    if (depth > MAX_WALK_DEPTH || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      const objects = node.filter(isObject);
      if (objects.length > 0 && objects.length === node.length) add(path, 'list', objects);
      else if (node.length > 1 && node.every((row) => Array.isArray(row) && row.length > 1 && row.every((cell) => !cell || typeof cell !== 'object') && row.some((cell) => typeof cell === 'string'))) add(path, 'rows', node);
      for (const item of node) walk(item, `${path}[]`, depth + 1);
      return;
    }
    const values = Object.values(node);
    if (values.length >= 2 && values.every((value) => isObject(value) && Object.keys(value).length >= 2)) add(path, 'keyed', values, Object.keys(node).every((key) => ENTRY_ID.test(key)));
    for (const [key, value] of Object.entries(node)) walk(value, path === '' ? key : `${path}.${key}`, depth + 1);
  };
  walk(data, '', 0);
  return [...found.values()];
}

/** Whether two entries or more look like a register's: rows of values, keys of two of a risk's fields, or three keys or more with an ID (a key of its own, or the key it is kept under). */
const registerLike = (c: Collection): boolean =>
  c.entries >= 2 && (c.layout === 'rows' || riskKeysOf(c).length >= 2 || (([...c.keys].some(isIdKey) || (c.layout === 'keyed' && c.byId)) && c.keys.size >= IDENTIFIED_KEYS));

/** The keys of a collection that are a risk's fields. */
const riskKeysOf = (c: Collection): string[] => [...c.keys].filter(isRiskKey);

/**
 * What parsed JSON holds, as a clause of a skip message (`it holds 15 objects in 4 lists at
 * "risk_categories[].risks", with keys id, name, ...: a risk's fields among them (id, likelihood, ...)`),
 * or undefined when no collection of its entries looks like a register's (registerLike). The collection
 * whose keys name most of a risk's fields is named, the larger one first among equals.
 */
export function whatDataHolds(data: unknown): string | undefined {
  const collections = collectionsOf(data).filter(registerLike);
  if (collections.length === 0) return undefined;
  const best = collections.reduce((a, b) => {
    const byKeys = riskKeysOf(b).length - riskKeysOf(a).length;
    return byKeys > 0 || (byKeys === 0 && b.entries > a.entries) ? b : a;
  });
  const where = best.path === '' ? 'at its root' : `at ${JSON.stringify(best.path)}`;
  if (best.layout === 'rows') return `it holds ${best.entries} rows of bare values ${where}, with no keys saying what each value is`;
  const how = best.layout === 'keyed' ? `objects ${where}, each under its own ${best.byId ? 'ID' : 'key'}` : best.lists > 1 ? `objects in ${best.lists} lists ${where}` : `objects in a list ${where}`;
  const shown = (keys: readonly string[]) => keys.slice(0, KEYS_SHOWN).join(', ') + (keys.length > KEYS_SHOWN ? ', ...' : '');
  const known = riskKeysOf(best);
  const fields = known.length === 0 ? 'none of them a field of a risk rmplint knows' : known.length === best.keys.size ? "all of them a risk's fields" : `a risk's fields among them (${shown(known)})`;
  return `it holds ${best.entries} ${how}, with keys ${shown([...best.keys])}: ${fields}`;
}
