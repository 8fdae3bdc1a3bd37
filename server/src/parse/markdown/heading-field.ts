// A heading written as a field line: `## Severity: High (CVSS 8.1)`, `## Status: Open`, `## Due: 2027-01-31`
// under a finding's own title, as one-finding write-ups set out each of their fields as a section. The
// label names a priority, status, owner or due date, and the value reads as one (a level or a status the
// vocabulary knows, a date, a short name): that field belongs to the risk open above the heading. Above any risk, a heading
// that states the plan's date or its risk analysis's is the plan's.
import type { Span } from '../../model/plan-model';
import { parseDate } from '../../model/dates';
import { fieldForLabel, priorityOf, statusOf } from '../../model/vocabulary';
import { fieldAt, strippedSpan, type PlacedField } from './field-lines';

/** `Severity: High (CVSS 8.1)`: the label, then the value. */
const LABELLED = /^([^:\n]{2,30}):[ \t]*(\S.*)$/;
// The plan's own dates too, in a header written as headings (`## Assessment Date: 2026-02-03` under the title).
const FIELDS = ['priority', 'status', 'owner', 'due', 'riskAnalysisDate', 'documentDate'] as const;
/** The fields a heading states as a date. */
const DATE_FIELDS: ReadonlySet<string> = new Set(['due', 'riskAnalysisDate', 'documentDate']);

/** The value a heading's field keeps: a priority's level (its first word), or the whole value when it reads as the field's. */
function valueOf(name: (typeof FIELDS)[number], value: string): string | undefined {
  if (name === 'priority') {
    const level = /^[*_]{0,2}(\p{L}+)/u.exec(value)?.[1];
    return level !== undefined && priorityOf(level) !== undefined ? level : undefined;
  }
  if (name === 'status') return statusOf(value) !== undefined ? value : undefined;
  if (DATE_FIELDS.has(name)) return parseDate(value).kind === 'date' ? value : undefined;
  return value.length <= 60 && !/[.!?;]$/.test(value) && value.split(/\s+/).length <= 8 ? value : undefined;
}

/** The field a heading states (`## Severity: High`), or undefined. `line`: the heading's line. */
export function headingValueField(text: string, range: Span, line: number): PlacedField | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const m = LABELLED.exec(text.slice(span.start, span.end));
  const name = m ? FIELDS.find((f) => f === fieldForLabel(m[1])) : undefined;
  if (!m || !name) return undefined;
  const kept = valueOf(name, m[2].trim());
  if (kept === undefined) return undefined;
  const start = span.start + m[0].length - m[2].length + (m[2].length - m[2].trimStart().length);
  const keyRange = { start: span.start, end: span.start + m[1].length };
  return { name, label: m[1].trim().toLowerCase(), field: fieldAt(text, start, start + kept.length, keyRange), prefix: '- **', bulleted: false, line };
}
