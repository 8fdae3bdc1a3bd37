// Builders for the fix data rules attach to findings. A new field is written as a
// sibling of an existing one, copying that line's indentation, bullet, emphasis and
// separator, so the edit looks as if the author had typed it; a value is replaced in
// place. Edits are minimal and keep the document's line endings.
import type { Action, Field, PlanModel, Risk, Span } from '../model/plan-model';
import type { Fix, TextEdit } from '../engine/rule';
import { actionFields, riskFields } from '../model/plan-queries';
import { lineIndexOf, lineStartAt } from '../model/positions';
import { tableColumnsFix } from './table-columns';
import { inYamlFence } from '../parse/markdown/yaml-fence';
import { endsGridRow } from '../parse/markdown/grid-table';
import { PART_BREAK } from '../parse/markdown/field-lines';

/** Field names a fix can write, with their YAML key and Markdown label. */
const SPELLING = {
  action: ['action', 'Action'],
  owner: ['owner', 'Owner'],
  due: ['due', 'Due'],
  status: ['status', 'Status'],
  priority: ['priority', 'Priority'],
  treatment: ['treatment', 'Treatment'],
  validation: ['validation', 'Validation'],
  rationale: ['rationale', 'Rationale'],
  approvedBy: ['approvedBy', 'Approved by'],
  approvedOn: ['approvedOn', 'Approved on'],
  compensatingControls: ['compensatingControls', 'Compensating controls'],
  reviewBy: ['reviewBy', 'Review by'],
  lastReviewed: ['lastReviewed', 'Last reviewed'],
  nextReview: ['nextReview', 'Next review'],
  riskAnalysis: ['riskAnalysis', 'Risk analysis'],
  date: ['date', 'Risk analysis date'],
  conductedBy: ['conductedBy', 'Conducted by'],
} as const;

export type WritableField = keyof typeof SPELLING;

/** One field to write: its name, its value, and whether the value is a placeholder to fill in. */
export interface NewField {
  readonly name: WritableField;
  readonly value: string;
  readonly placeholder?: boolean;
}

/** True when text at `offset` is YAML: a YAML plan, a Markdown plan's front matter, or a YAML fence of risks in it. */
export function isYamlAt(plan: PlanModel, offset: number): boolean {
  return plan.format === 'yaml' || (plan.frontMatter !== undefined && offset < plan.frontMatter.bodyStart) || inYamlFence(plan.risks, offset);
}


/** Offset of the start of the line after the one containing `offset` (text length at the end). */
function nextLineStart(text: string, offset: number): number {
  const lines = lineIndexOf(text);
  const next = lines.lineAt(offset) + 1;
  return next < lines.lineCount ? lines.lineStart(next) : text.length;
}

interface LineShape {
  /** Everything before the key on the line (indent, bullet, opening emphasis). */
  readonly prefix: string;
  /** Everything between key and value (colon, closing emphasis, space). */
  readonly separator: string;
  readonly yaml: boolean;
  /** For a row of a two-column field table: the widths its label and value cells are padded to. */
  readonly row?: { readonly labelWidth: number; readonly valueWidth: number };
}

/** The shape of an existing field's line, to be copied by a sibling. */
function shapeOf(plan: PlanModel, field: Field): LineShape | undefined {
  const key = field.keyRange;
  if (!key) return undefined;
  const text = plan.text;
  const yaml = isYamlAt(plan, key.start);
  const start = lineStartAt(text, key.start);
  if (start !== lineStartAt(text, field.valueRange.start)) return undefined; // table cell or nested value
  // A task box after the list marker (`- [x] **Issue**: …`) ticks that line's item: a field written beside it is no task.
  let prefix = text.slice(start, key.start).replace(/(^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ xX]\][ \t]+/, '$1');
  if (yaml) prefix = ' '.repeat(prefix.length); // a `- ` of the first key becomes indentation
  // Emphasis that opens the value (`**Plan:** _[…]_`) is the value's own: a sibling's separator stops before it.
  const separator = yaml ? ': ' : text.slice(key.end, field.valueRange.start).replace(/(\s)[*_]+$/, '$1') || ': ';
  if (!yaml && /^[ \t]*\|/.test(prefix)) return { prefix, separator: ' | ', yaml, row: rowWidths(text, key, field.valueRange) };
  // `**Date:** 2026-02-02 | **Version:** 1.0`: a field among parts of one line; a line of its own takes the line's lead
  // (indentation, a list marker) and the part's own emphasis, not the parts before it.
  const parts = yaml ? [] : [...prefix.matchAll(PART_BREAK)];
  if (parts.length > 0) {
    const last = parts[parts.length - 1];
    prefix = (LINE_LEAD.exec(prefix)?.[0] ?? '') + prefix.slice(last.index + last[0].length);
  }
  return { prefix, separator, yaml };
}

/** A line's indentation and list marker. */
const LINE_LEAD = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

/** A field table row's cell widths: up to the space before each cell's closing pipe. */
function rowWidths(text: string, key: Span, value: Span): { labelWidth: number; valueWidth: number } {
  const width = (from: Span) => {
    const pipe = text.indexOf('|', from.end);
    return pipe < 0 ? 0 : pipe - 1 - from.start;
  };
  return { labelWidth: width(key), valueWidth: width(value) };
}

/** The last (in source order) field among candidates that sits on a line of its own. */
export function lastLineField(plan: PlanModel, fields: readonly (Field | undefined)[]): Field | undefined {
  let best: Field | undefined;
  for (const f of fields) {
    if (!f || !shapeOf(plan, f)) continue;
    if (!best || f.valueRange.end > best.valueRange.end) best = f;
  }
  return best;
}

/** A value as a YAML scalar: plain when that reads back as the same string, quoted otherwise. */
function quoteYaml(value: string): string {
  return /^[A-Za-z0-9][\w .,()/&'+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[\d.]+)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/** The separator that closes the emphasis a Markdown prefix opens (`- **` → `:** `). */
function separatorFor(prefix: string, yaml: boolean): string {
  if (yaml) return ': ';
  const emphasis = /(\*\*|__|\*|_)$/.exec(prefix)?.[1] ?? '';
  return `:${emphasis} `;
}

/**
 * Renders new field lines in a given shape; returns the text and placeholder offsets in it.
 * In YAML, `under` puts the fields in a nested mapping under that key (`acceptance:`).
 */
function renderLines(
  plan: PlanModel,
  shape: LineShape,
  fields: readonly NewField[],
  under?: WritableField | 'acceptance',
): { text: string; placeholders: { start: number; end: number }[] } {
  let text = '';
  let prefix = shape.prefix;
  if (under && shape.yaml) {
    text += `${prefix}${under}:${plan.eol}`;
    prefix += '  ';
  }
  const placeholders: { start: number; end: number }[] = [];
  for (const f of fields) {
    const [key, label] = SPELLING[f.name];
    text += prefix + (shape.row ? label.padEnd(shape.row.labelWidth) : shape.yaml ? key : label) + shape.separator;
    const value = shape.yaml ? quoteYaml(f.value) : f.value;
    if (f.placeholder) placeholders.push({ start: text.length, end: text.length + value.length });
    text += (shape.row ? `${value.padEnd(shape.row.valueWidth)} |` : value) + plan.eol;
  }
  return { text, placeholders };
}

/** Where an insertion goes when there is no field line to copy. */
export interface Fallback {
  readonly offset: number;
  readonly prefix: string;
  readonly separator?: string;
  readonly yaml?: boolean;
}

/** Where and how a fix writes fields. */
export interface FieldFixOptions {
  readonly title: string;
  /** A field line to insert after, copying its shape (indentation, bullet, emphasis, separator). */
  readonly after?: Field;
  /** Where the fields go when there is no field line to copy. */
  readonly fallback?: Fallback;
  /** Safe fixes are the ones Fix All and `rmplint --fix` apply; the default is a suggestion. */
  readonly safe?: boolean;
  /** Nest YAML fields under this key (written when absent). */
  readonly under?: WritableField | 'acceptance';
}

/**
 * A fix that inserts fields after `options.after` (an existing field line), copying its
 * shape, or at `options.fallback` when no field line exists yet.
 */
export function insertFieldsFix(plan: PlanModel, fields: readonly NewField[], options: FieldFixOptions): Fix | undefined {
  const { title, after: anchor, fallback, under } = options;
  const safe = options.safe ?? false;
  let shape: LineShape | undefined;
  let offset: number;
  if (anchor && (shape = shapeOf(plan, anchor))) {
    offset = nextLineStart(plan.text, anchor.valueRange.end);
  } else if (fallback && !(fallback.yaml ?? isYamlAt(plan, fallback.offset))) {
    // A grid table in a code block holds no field line and takes no column: nothing is written there.
    if (endsGridRow(plan.text, fallback.offset)) return undefined;
    // Under a table row: the table gets the column instead of a line that would end it.
    const column = tableColumnsFix(plan, title, fallback.offset, fields.map((f) => SPELLING[f.name][1]), fields, safe);
    if (column) return column;
    // A table row that takes no column (rows set apart by blank lines): a field line there would end the table.
    if (/^ {0,3}\|/.test(plan.text.slice(lineStartAt(plan.text, fallback.offset - 1), fallback.offset))) return undefined;
    shape = { prefix: fallback.prefix, separator: fallback.separator ?? separatorFor(fallback.prefix, false), yaml: false };
    offset = fallback.offset;
  } else if (fallback) {
    const yaml = fallback.yaml ?? isYamlAt(plan, fallback.offset);
    shape = { prefix: fallback.prefix, separator: fallback.separator ?? separatorFor(fallback.prefix, yaml), yaml };
    offset = fallback.offset;
  } else {
    return undefined;
  }
  let { text, placeholders } = renderLines(plan, shape, fields, under);
  if (offset === plan.text.length && offset > 0 && !/[\r\n]$/.test(plan.text)) {
    text = plan.eol + text.slice(0, text.length - plan.eol.length);
    placeholders = placeholders.map((p) => ({ start: p.start + plan.eol.length, end: p.end + plan.eol.length }));
  }
  return { title, safe, edits: [{ start: offset, end: offset, newText: text }], placeholders };
}

/** A fix that replaces a span with new text. */
export function replaceFix(title: string, span: Span, newText: string, safe: boolean): Fix {
  const edit: TextEdit = { start: span.start, end: span.end, newText };
  return { title, safe, edits: [edit] };
}

/**
 * A fix that sets a field's value: replaces the value when the field is written (`existing`,
 * also an empty table cell or empty YAML value), inserts the field as `options` say otherwise.
 */
export function setFieldFix(plan: PlanModel, existing: Field | undefined, field: NewField, options: FieldFixOptions): Fix | undefined {
  const { title } = options;
  const safe = options.safe ?? false;
  if (existing) {
    const yaml = isYamlAt(plan, existing.valueRange.start);
    const value = yaml ? quoteYaml(field.value) : field.value;
    const start = existing.valueRange.start;
    // An empty value can sit right after its label (`owner:`, `- **Owner:**`): one space
    // goes between them, or Markdown shows the asterisks and YAML reads one word.
    const glued = existing.value === '' && start === existing.valueRange.end && start > 0 && !/[\s|]/.test(plan.text[start - 1]);
    const text = glued ? ` ${value}` : value;
    const fix = replaceFix(title, existing.valueRange, text, safe);
    return field.placeholder ? { ...fix, placeholders: [{ start: text.length - value.length, end: text.length }] } : fix;
  }
  return insertFieldsFix(plan, [field], options);
}

/** One fix per candidate value (owners, dates, priorities, suggested actions), the ones that can be written. */
export function fixPerValue<T>(values: readonly T[], fixFor: (value: T) => Fix | undefined): Fix[] {
  return values.map(fixFor).filter((fix): fix is Fix => fix !== undefined);
}

/**
 * Where a new field of a risk (or of one of its actions) goes: after the last field line
 * of the action, or of the risk when the action is written on the risk itself.
 */
export function fieldAnchor(plan: PlanModel, risk: Risk, action?: Action): Field | undefined {
  if (action && action.firstLine.start !== risk.firstLine.start) return lastLineField(plan, actionFields(action));
  return lastLineField(plan, [...riskFields(risk), ...(action ? actionFields(action) : [])]);
}

/** Insert position for a block with no field lines yet: the line after `span`, as a bold bullet. */
export function afterLine(plan: PlanModel, span: Span): Fallback {
  const yaml = isYamlAt(plan, span.start);
  const offset = nextLineStart(plan.text, span.end);
  if (yaml) {
    const indent = /^[ -]*/.exec(plan.text.slice(lineStartAt(plan.text, span.start), span.end))?.[0].length ?? 0;
    return { offset, prefix: ' '.repeat(indent) };
  }
  // After a list item that is a risk (`1. No documented vendor reviews` under `**Major Gaps:**`), the field goes nested under it.
  const item = /^([ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[[ xX]\])/.exec(plan.text.slice(lineStartAt(plan.text, span.start), span.end));
  return { offset, prefix: `${item ? ' '.repeat(item[1].length) : ''}- **`, separator: ':** ' };
}

/**
 * Where a new plan-level field goes when the plan has none to copy: the parser's point, else
 * after line 1 of a Markdown plan. A YAML plan without a `plan:` mapping has no such place
 * (a key after line 1 could land inside a scalar or a list and break the document).
 */
export function metaInsertion(plan: PlanModel): Fallback | undefined {
  if (plan.meta.insertAt) return plan.meta.insertAt;
  return plan.format === 'yaml' ? undefined : afterLine(plan, { start: 0, end: plan.text.search(/\r?\n|$/) });
}
