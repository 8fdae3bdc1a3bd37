// Reading OSCAL's recurring shapes as plan fields: props, parties and tools named by UUID,
// origins and responsible roles, date-times as dates, an ID at the start of a title.
import type { Pair } from 'yaml';
import type { Field, Span } from '../../model/plan-model';
import type { YamlReader } from '../yaml/yaml-reader';

export interface Reading {
  readonly reader: YamlReader;
  readonly text: string;
}

export const pairsOf = (r: Reading, node: unknown): ReadonlyMap<string, Pair> => r.reader.pairs(r.reader.map(node));
export const itemsOf = (r: Reading, node: unknown): unknown[] => r.reader.seq(node)?.items ?? [];
export const textOf = (r: Reading, node: unknown): string => r.reader.scalarText(node) ?? '';

/** A field whose value is a word read from OSCAL's own: "accepted (deviation-approved)". */
export function translated(field: Field | undefined, table: Readonly<Record<string, string>>): Field | undefined {
  if (!field) return undefined;
  const word = table[field.value.trim().toLowerCase()];
  return word && word !== field.value.trim() ? { ...field, value: `${word} (${field.value.trim()})` } : field;
}

/** An OSCAL date-time read as its date: the value and its span are the YYYY-MM-DD it starts with. */
export function dateOf(r: Reading, field: Field | undefined): Field | undefined {
  if (!field) return undefined;
  const m = /^\d{4}-\d{2}-\d{2}(?=T|$)/.exec(field.value);
  if (!m) return field;
  const start = r.text.indexOf(m[0], field.valueRange.start);
  return { ...field, value: m[0], valueRange: { start, end: start + m[0].length } };
}

export function field(r: Reading, pairs: ReadonlyMap<string, Pair>, key: string): Field | undefined {
  return r.reader.field(pairs.get(key));
}

/** `props` as name → field. */
export function props(r: Reading, pairs: ReadonlyMap<string, Pair>): Map<string, Field> {
  const found = new Map<string, Field>();
  for (const item of itemsOf(r, pairs.get('props')?.value)) {
    const p = pairsOf(r, item);
    const name = textOf(r, p.get('name')?.value).toLowerCase();
    const value = field(r, p, 'value');
    if (name && value && !found.has(name)) found.set(name, value);
  }
  return found;
}

/** Party and tool UUID → name: metadata.parties, and the components of local-definitions (scanning tools). */
export function partyNames(r: Reading, metadata: ReadonlyMap<string, Pair>, root: ReadonlyMap<string, Pair>): Map<string, string> {
  const names = new Map<string, string>();
  for (const party of itemsOf(r, metadata.get('parties')?.value)) {
    const p = pairsOf(r, party);
    names.set(textOf(r, p.get('uuid')?.value), textOf(r, p.get('name')?.value) || textOf(r, p.get('short-name')?.value));
  }
  for (const component of itemsOf(r, pairsOf(r, root.get('local-definitions')?.value).get('components')?.value)) {
    const c = pairsOf(r, component);
    names.set(textOf(r, c.get('uuid')?.value), textOf(r, c.get('title')?.value));
  }
  return names;
}

/** Actors named in `origins` (by name when the party or tool is in this document) as one field; `partiesOnly` leaves tools out. */
export function originActors(r: Reading, pairs: ReadonlyMap<string, Pair>, names: Map<string, string>, partiesOnly = false): Field | undefined {
  const fields: Field[] = [];
  for (const origin of itemsOf(r, pairs.get('origins')?.value ?? pairs.get('origin')?.value)) {
    for (const actor of itemsOf(r, pairsOf(r, origin).get('actors')?.value)) {
      const a = pairsOf(r, actor);
      if (partiesOnly && textOf(r, a.get('type')?.value) !== 'party') continue;
      const f = field(r, a, 'actor-uuid');
      if (f) fields.push({ ...f, value: names.get(f.value) || f.value });
    }
  }
  return joined(fields);
}

/** Parties responsible for tasks (`responsible-roles` / `responsible-parties` party UUIDs). */
export function responsibleParties(r: Reading, pairs: ReadonlyMap<string, Pair>, parties: Map<string, string>): Field | undefined {
  const fields: Field[] = [];
  const visitTask = (taskPairs: ReadonlyMap<string, Pair>) => {
    for (const key of ['responsible-roles', 'responsible-parties']) {
      for (const role of itemsOf(r, taskPairs.get(key)?.value)) {
        const rp = pairsOf(r, role);
        const uuids = itemsOf(r, rp.get('party-uuids')?.value);
        for (const u of uuids) {
          const f = r.reader.itemField(u);
          if (f) fields.push({ ...f, value: parties.get(f.value) || f.value });
        }
        if (uuids.length === 0) {
          const roleId = field(r, rp, 'role-id');
          if (roleId) fields.push(roleId);
        }
      }
    }
  };
  visitTask(pairs);
  for (const task of itemsOf(r, pairs.get('tasks')?.value)) visitTask(pairsOf(r, task));
  return joined(fields);
}

/** Several fields as one, at the first one's place. */
export function joined(fields: readonly Field[]): Field | undefined {
  if (fields.length === 0) return undefined;
  const values = [...new Set(fields.map((f) => f.value))];
  return { ...fields[0], value: values.join(', ') };
}

/** "IFA-RISK-1: Title" → the ID and the title after it. */
export function splitId(r: Reading, title: Field | undefined): { id?: Field; title?: Field } {
  if (!title) return {};
  const m = /^([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+)\s*:\s+/.exec(title.value);
  if (!m) return { title };
  const at = r.text.indexOf(m[1], title.valueRange.start);
  return {
    id: { value: m[1], valueRange: { start: at, end: at + m[1].length }, keyRange: title.keyRange },
    title: { ...title, value: title.value.slice(m[0].length) },
  };
}

export function itemLine(r: Reading, node: unknown): Span {
  return r.reader.itemLine(node);
}

/** The UUIDs a `related-risks` / `related-observations` list names. */
export function relatedUuids(r: Reading, pairs: ReadonlyMap<string, Pair>, list: string, key: string): string[] {
  return itemsOf(r, pairs.get(list)?.value).map((x) => textOf(r, pairsOf(r, x).get(key)?.value)).filter((u) => u !== '');
}
