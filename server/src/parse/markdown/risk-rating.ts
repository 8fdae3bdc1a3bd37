// A risk's priority where the plan gives none by that name: its inherent risk, its score,
// or its likelihood × impact ("High" and "Medium" in two cells or fields read as "High ×
// Medium"), then its residual risk. Shared by table rows and heading risks.
import type { Field } from '../../model/plan-model';
import { priorityOf, type FieldName, type Priority } from '../../model/vocabulary';

/** The fields a risk is rated with, by canonical name. */
type Rated = { get(name: FieldName): Field | undefined };

const filled = (field: Field | undefined): Field | undefined => (field && field.value.trim() !== '' ? field : undefined);

/** An inherent or current risk written as a rating (a level, a score): `- Current: Keeps the bytecode small` under a finding's trade-offs is none. */
const rating = (field: Field | undefined): Field | undefined => (filled(field) && (/\d/.test(field!.value) || priorityOf(field!.value) !== undefined) ? field : undefined);

/** The priority the risk is given, read from the first of its ratings that is written. */
export function ratedPriority(fields: Rated, oneLine: boolean): Field | undefined {
  const written = fields.get('priority');
  if (filled(written)) return written;
  const rated = rating(fields.get('inherentRisk')) ?? filled(fields.get('riskScore')) ?? product(fields.get('likelihood'), fields.get('impact'), oneLine) ?? filled(fields.get('residualRisk'));
  return rated ?? weighted(fields.get('controlWeight')) ?? written;
}

/** SPRS points a requirement costs, by the priority they give it: the assessment methodology weighs requirements 5, 3 or 1. */
const WEIGHT_PRIORITY: Readonly<Record<string, Priority>> = { 5: 'high', 3: 'medium', 1: 'low' };

/** A POA&M item ranked by its requirement's SPRS weight (`| weight |` 5): the priority it gives, shown with the weight. */
function weighted(field: Field | undefined): Field | undefined {
  const level = field && WEIGHT_PRIORITY[field.value.trim()];
  return level ? { ...field, value: `${level} (SPRS weight ${field.value.trim()})` } : undefined;
}

/** Likelihood × impact as one value; its range covers both when they sit in that order on one line (a table row); else the impact's. */
function product(likelihood: Field | undefined, impact: Field | undefined, oneLine: boolean): Field | undefined {
  if (!filled(likelihood) || !filled(impact)) return undefined;
  const l = likelihood!.valueRange;
  const i = impact!.valueRange;
  return { value: `${likelihood!.value} × ${impact!.value}`, valueRange: oneLine && l.start < i.start ? { start: l.start, end: i.end } : { start: i.start, end: i.end } };
}

/** The rating fields a risk writes besides its priority, only those written (a plan in the spec's own form reads as before). */
export function ratings(fields: Rated): { likelihood?: Field; impact?: Field; inherentRisk?: Field; residualRisk?: Field } {
  const found: { likelihood?: Field; impact?: Field; inherentRisk?: Field; residualRisk?: Field } = {};
  for (const name of ['likelihood', 'impact', 'inherentRisk', 'residualRisk'] as const) {
    const field = fields.get(name);
    if (field) found[name] = field;
  }
  return found;
}
