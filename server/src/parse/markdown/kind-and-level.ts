// A register that sorts each risk into a kind and rates it in one cell (`| Nature |` holding
// `Statutory — Critical`, `Data protection — Medium`, `Legal (High)`): the level after the kind
// is the risk's priority, when no other column rates the risk.
import type { Field } from '../../model/plan-model';
import { gradeWordOf } from '../../model/vocabulary';
import { fieldAt } from './field-lines';

/** A kind (a word or more), then a dash, a slash, a comma or a colon, then the level: `Statutory — Critical`, `Governance / audit — High`. */
const KIND_THEN_LEVEL = /^([*_]*\p{L}.*?)\s*(?:\s-\s|[—–/,:])\s*([^—–/,:()-]+?)[*_]*$/u;
/** The level in brackets after the kind: `Legal (High)`. */
const KIND_LEVEL_BRACKETED = /^([*_]*\p{L}[^()]*?)\s*\(\s*([^()]+?)\s*\)[*_]*$/u;

/** Where the level is in such a value, or undefined when the value is no kind and level. */
function levelAt(value: string): { start: number; level: string } | undefined {
  const m = KIND_THEN_LEVEL.exec(value) ?? KIND_LEVEL_BRACKETED.exec(value);
  if (!m || gradeWordOf(m[2]) === undefined || gradeWordOf(m[1]) !== undefined) return undefined;
  return { start: value.lastIndexOf(m[2]), level: m[2] };
}

/** Whether every filled cell of a column is a kind and then a level, and one is filled. */
export function isKindAndLevelColumn(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  return filled.length > 0 && filled.every((v) => levelAt(v) !== undefined);
}

/** The level of a kind-and-level cell, placed where it is written (the cell itself when it is no such value). */
export function levelAfterKind(text: string, cell: Field): Field {
  const at = levelAt(cell.value);
  if (!at) return cell;
  const start = cell.valueRange.start + at.start;
  return fieldAt(text, start, start + at.level.length, cell.keyRange);
}
