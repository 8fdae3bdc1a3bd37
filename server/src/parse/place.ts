// Placing a piece's model where the piece sits. Pieces (Markdown sections, YAML chunks) are
// read alone, with offsets counted from the piece's start; placing one copies it with every
// offset moved, and a piece that moves after an edit above it is placed again from its last
// copy. Which values are offsets is said here once per model type, key by key: each table
// must name every key of its type (the compiler refuses one that misses a key), so a field
// added to the model is placed, or said to hold no offset, before the code builds.
import { PerObjectMemo, ownCache } from '../caches';
import type { Acceptance, Action, Field, InsertionPoint, PlanMeta, Risk, RiskAnalysisRef, SchemaViolation, Span, TableRowCells } from '../model/plan-model';

/** A copy of a value with its offsets moved by `delta` characters. */
export type Placer<T> = (value: T, delta: number) => T;

/** For every key of T, how its value is placed, or `null` for a value that holds no offset. */
export type Placement<T> = { readonly [K in keyof T]-?: Placer<NonNullable<T[K]>> | null };

/** An offset into the document. */
export const offset: Placer<number> = (at, delta) => at + delta;

/**
 * The placer of an object type from its table: a copy (by spread, which keeps its original's
 * shape) with the offset-holding keys placed. It is compiled from the table into a function of
 * its own, so each type's copies and key reads stay monomorphic: a keystroke places every
 * risk after the edit point, and one loop over the keys for all types took three times as long.
 */
export function placer<T extends object>(placement: Placement<T>): Placer<T> {
  const keys = Object.keys(placement).filter((k) => placement[k as keyof T] !== null);
  const placers = keys.map((k) => placement[k as keyof T] as Placer<unknown>);
  const body = keys.map((k, i) => `v = copy[${JSON.stringify(k)}]; if (v !== undefined && v !== null) copy[${JSON.stringify(k)}] = placers[${i}](v, delta);`);
  const make = new Function('placers', `return function place(value, delta) { const copy = { ...value }; let v; ${body.join(' ')} return copy; };`);
  return make(placers) as Placer<T>;
}

/** Each item of a list placed. */
export function listOf<T>(item: Placer<T>): Placer<readonly T[]> {
  return (list, delta) => {
    if (list.length === 0) return list; // nothing to place: most pieces have no schema violations
    const copy = new Array<T>(list.length);
    for (let i = 0; i < list.length; i++) copy[i] = item(list[i], delta);
    return copy;
  };
}

/** Each value of a record by name placed. */
export function recordOf<T>(value: Placer<T>): Placer<Readonly<Record<string, T>>> {
  return (record, delta) => {
    const copy: Record<string, T> = {};
    for (const key in record) copy[key] = value(record[key], delta);
    return copy;
  };
}

/** Written out rather than compiled from SPAN below: spans are most of what a keystroke places. */
export const placeSpan: Placer<Span> = (span, delta) => ({ start: span.start + delta, end: span.end + delta });
const SPAN: Placement<Span> = { start: offset, end: offset };

const FIELD: Placement<Field> = { value: null, valueRange: placeSpan, keyRange: placeSpan, items: null };
export const placeField = placer(FIELD);

const INSERTION_POINT: Placement<InsertionPoint> = { offset, prefix: null, needsLeadingNewline: null };
const placeInsertionPoint = placer(INSERTION_POINT);

const TABLE_ROW_CELLS: Placement<TableRowCells> = { cells: recordOf(placeSpan) };

const ACTION: Placement<Action> = {
  action: placeField, owner: placeField, due: placeField, status: placeField, completed: placeField,
  validation: placeField, evidence: placeField,
  firstLine: placeSpan, insertAt: placeInsertionPoint, table: placer(TABLE_ROW_CELLS), shared: null, undefinedEntry: null, milestone: null,
};

const ACCEPTANCE: Placement<Acceptance> = {
  rationale: placeField, approvedBy: placeField, approvedOn: placeField, compensatingControls: placeField, reviewBy: placeField,
  insertAt: placeInsertionPoint, keyWritten: null,
};

const RISK: Placement<Risk> = {
  form: null, id: placeField, title: placeField, tier: placeField, tierValue: null, priority: placeField, treatment: placeField,
  validation: placeField, evidence: placeField, likelihood: placeField, impact: placeField, inherentRisk: placeField, residualRisk: placeField, recommendation: placeField,
  acceptance: placer(ACCEPTANCE), actions: listOf(placer(ACTION)), firstLine: placeSpan, insertAt: placeInsertionPoint,
};
const placeRiskCopy = placer(RISK);

/** A risk placed: a copy moved by `delta`, noted as reading as its original wherever it sits (riskKey). */
export const placeRisk: Placer<Risk> = (risk, delta) => {
  const copy = placeRiskCopy(risk, delta);
  noteRiskOrigin(copy, risk);
  return copy;
};
export const placeRisks = listOf(placeRisk);

/**
 * What a risk reads as, as text, once known: one object for a risk and all its moved copies, so
 * the same string comes back on every lint (a Map finds it again by its kept hash, and compares
 * it by identity rather than character by character).
 */
interface RiskKey {
  readonly key: string;
  /** The keys of copies of this risk with more read around them, by what they add. */
  extended?: Map<string, RiskKey>;
}

/** What a risk copy was made from, until its key is known: then the key alone, so no chain of older copies stays alive through it. */
type RiskOrigin = { readonly from: Risk; readonly extra: string } | RiskKey;
const riskOrigins = ownCache('origins of risk copies', new PerObjectMemo<Risk, RiskOrigin>());

/**
 * Notes that `copy` is `from` moved (no `extra`), or `from` with more read around it (the tier
 * of the heading above it, a section's due date): `extra` then says, as text, what was added,
 * with its offsets counted from the risk's first line.
 */
export function noteRiskOrigin(copy: Risk, from: Risk, extra = ''): void {
  const known = riskOrigins.get(from);
  if (known !== undefined && 'key' in known) riskOrigins.set(copy, extra === '' ? known : extendedKey(known, extra));
  else riskOrigins.set(copy, known !== undefined && extra === '' ? known : { from, extra });
}

function extendedKey(known: RiskKey, extra: string): RiskKey {
  let key = known.extended?.get(extra);
  if (key === undefined) (known.extended ??= new Map()).set(extra, (key = { key: known.key + extra }));
  return key;
}

/**
 * What a risk reads as wherever it sits, as text: equal for two risks exactly when their models
 * are equal once every offset is counted from their first lines (but for the offsets of a tier
 * a heading above gives, see noteRiskOrigin's callers, and spans before the first line, named
 * only as such: a table row's column labels, in the header, would otherwise give every row
 * below a keystroke in the table a new key). A copy of a risk whose key is
 * known takes it from there (a keystroke moves the risks below it; each is placed, not read).
 */
export function riskKey(risk: Risk): string {
  return keyOf(risk).key;
}

/** Whether a risk's key is known, or comes from a risk's whose is (a copy a keystroke moved): cheap to ask for. */
export function hasKnownKey(risk: Risk): boolean {
  let origin = riskOrigins.get(risk);
  while (origin !== undefined && !('key' in origin)) origin = riskOrigins.get(origin.from);
  return origin !== undefined;
}

/**
 * The risk a copy was made from, as its piece read it (before it was placed or given what was
 * read around it): one object for as long as the piece is cached. Asked of a risk whose key is
 * not known (hasKnownKey), so the chain of copies still leads to it.
 */
export function originalOf(risk: Risk): Risk {
  let origin = riskOrigins.get(risk);
  while (origin !== undefined && !('key' in origin)) {
    risk = origin.from;
    origin = riskOrigins.get(risk);
  }
  return risk;
}

/**
 * What a copy was given from around it (noteRiskOrigin's `extra`: the tier of the heading above,
 * a section's due date), as text, along its chain of copies to the risk its piece read. Asked,
 * like originalOf, of a risk whose key is not known.
 */
export function readAround(risk: Risk): string {
  let around = '';
  let origin = riskOrigins.get(risk);
  while (origin !== undefined && !('key' in origin)) {
    around = origin.extra + around;
    origin = riskOrigins.get(origin.from);
  }
  return around;
}

/** JSON.stringify's replacer for a risk's key: a span before the risk's first line (counted from it) is named, not placed. */
function namingSpansBefore(_key: string, value: unknown): unknown {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && (value as Span).start < 0 ? 'before' : value;
}

function keyOf(risk: Risk): RiskKey {
  const origin = riskOrigins.get(risk);
  if (origin !== undefined && 'key' in origin) return origin;
  const key = origin !== undefined ? extendedKey(keyOf(origin.from), origin.extra) : { key: JSON.stringify(placeRiskCopy(risk, -risk.firstLine.start), namingSpansBefore) };
  riskOrigins.set(risk, key);
  return key;
}

/** A field as text for a risk's key, its offsets counted from `at`; empty when absent. */
export function fieldKey(field: Field | undefined, at: number): string {
  if (field === undefined) return '';
  const { value, valueRange, keyRange, items } = field;
  const key = keyRange === undefined ? '' : keyRange.start < at ? 'before' : `${keyRange.start - at},${keyRange.end - at}`; // a column label, as riskKey names it
  return `${valueRange.start - at},${valueRange.end - at},${key},${items ? JSON.stringify(items) : ''},${JSON.stringify(value)}`;
}

const RISK_ANALYSIS_REF: Placement<RiskAnalysisRef> = { date: placeField, conductedBy: placeField, combined: placeField, document: placeField };

const PLAN_META: Placement<PlanMeta> = {
  title: placeField, organization: placeField, version: placeField, owner: placeField, riskAnalysis: placer(RISK_ANALYSIS_REF),
  approvedBy: placeField, approvedOn: placeField, lastReviewed: placeField, nextReview: placeField, reviewCycle: placeField, documentDate: placeField, scope: placeField, thirdParties: placeField,
  unkeyedRoadmap: placeField, treatedElsewhere: placeField, fixesReview: placeField, acceptanceRationale: placeField, acceptanceControls: placeField, ownerCodes: null,
  insertAt: placeInsertionPoint,
};
export const placeMeta = placer(PLAN_META);

const SCHEMA_VIOLATION: Placement<SchemaViolation> = {
  kind: null, path: null, value: null, allowed: null, range: placeSpan, scalar: null, alias: null, siblings: null, riskId: null,
};
export const placeSchemaViolations = listOf(placer(SCHEMA_VIOLATION));

/** The tables, for the test that places a model holding every key. */
export const PLACEMENTS = { SPAN, FIELD, INSERTION_POINT, TABLE_ROW_CELLS, ACTION, ACCEPTANCE, RISK, RISK_ANALYSIS_REF, PLAN_META, SCHEMA_VIOLATION };
