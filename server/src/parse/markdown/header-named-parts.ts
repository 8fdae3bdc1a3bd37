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
