// A column whose header names, in brackets, what its cells add after their words: `Treatment (owner, wave)` over
// `Mitigate — tested restore of both stores (BC/DR owner, Wave 2)`. The bracket closing each cell holds those parts in
// that order: the owner and due date it names are the row's, and the cell's words end before it.
import type { Field } from '../../model/plan-model';
import { fieldAt } from './field-lines';
import { fieldForLabel, type FieldName } from '../../model/vocabulary';

/** The parts a header names in its closing bracket, each the field it is (undefined for one the model has none for, `wave`), when it names an owner or a due date. */
export function headerNamedParts(header: string): (FieldName | undefined)[] | undefined {
  const m = /\(([^()]{2,60})\)[\s*_]*$/.exec(header);
  if (!m) return undefined;
  const parts = m[1].split(/[,;/]/).map((part) => fieldForLabel(part.trim()));
  return parts.length >= 1 && parts.some((name) => name === 'owner' || name === 'due') ? parts : undefined;
}

/** A cell's words without its closing bracket, and the owner and due date the bracket gives in the header's order; undefined when it closes on no such bracket. */
export function cellNamedParts(text: string, cell: Field | undefined, parts: readonly (FieldName | undefined)[]): { words: Field; owner?: Field; due?: Field } | undefined {
  if (!cell) return undefined;
  const m = /\(([^()]{2,80})\)[\s*_]*$/.exec(cell.value);
  if (!m || m.index === 0) return undefined;
  const values = m[1].split(/[,;]/);
  if (values.length !== parts.length) return undefined;
  const start = cell.valueRange.start;
  const words = fieldAt(text, start, start + cell.value.slice(0, m.index).trimEnd().length, cell.keyRange);
  const found: { owner?: Field; due?: Field } = {};
  let at = start + m.index + 1;
  values.forEach((value, i) => {
    const name = parts[i];
    const from = at + (value.length - value.trimStart().length);
    if ((name === 'owner' || name === 'due') && value.trim() !== '') found[name] = fieldAt(text, from, from + value.trim().length, cell.keyRange);
    at += value.length + 1;
  });
  return found.owner || found.due ? { words, ...found } : undefined;
}

/** Whether a work column's header names its owner after a slash or an ampersand (`Action / owner`, `Mitigation & Owner`). */
export function namesOwnerToo(header: string): boolean {
  const parts = header.replace(/[*_`]/g, '').split(/\s*[/&+]\s*/);
  return parts.length === 2 && parts[0].trim() !== '' && fieldForLabel(parts[1].trim()) === 'owner';
}

/**
 * Whether a work column's header names a risk's acceptance as its other part (`| Remediation Note / Risk Acceptance |`): on an
 * accepted row the cell gives the reason the risk is accepted, not work.
 */
export function namesAcceptanceToo(header: string): boolean {
  const parts = header.replace(/[*_`]/g, '').split(/\s*[/&+]\s*|\s+or\s+/i);
  return parts.length === 2 && (/^(?:risk\s+)?acceptance$/i.test(parts[1].trim()) || fieldForLabel(parts[1].trim()) === 'rationale');
}

/** Where a cell's owner follows its words: after the last middle dot or bullet, or a spaced dash (`… on every new table · *Eng*`). */
const OWNER_AFTER = /\s(?:[·•]|[—–]|-{1,2})\s+([^·•—–]{1,60})$/u;

/**
 * A cell of an `Action / owner` column split into the work and who does it (`Maintain RLS coverage test on every new table · *Eng*`):
 * the tail after the last separator, a few words at most; undefined when the cell has none.
 */
export function workThenOwner(text: string, cell: Field | undefined): { words: Field; owner: Field } | undefined {
  if (!cell) return undefined;
  const m = OWNER_AFTER.exec(cell.value);
  if (!m || m.index === 0) return undefined;
  const tail = m[1].replace(/[*_`]/g, '').trim();
  if (tail === '' || tail.split(/\s+/).length > 6) return undefined;
  const start = cell.valueRange.start;
  const tailStart = start + m.index + m[0].length - m[1].length;
  const owner = fieldAt(text, tailStart, tailStart + m[1].trimEnd().length, cell.keyRange);
  return { words: fieldAt(text, start, start + cell.value.slice(0, m.index).trimEnd().length, cell.keyRange), owner };
}
