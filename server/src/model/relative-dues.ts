// Deadlines written relative to the plan's own date ("30 days", "within 2 weeks", "Week 3",
// "Month 2"): a remediation plan counts them from the day it is dated. With a date to count
// from they are dates like any other; without one the deadline is given but cannot be placed.
import type { Field, PlanModel } from './plan-model';
import { addDays, monthNumber, parseDate } from './dates';
import { countOf, NUMBER_SOURCE } from './number-words';

/** A due value as a deadline: a date (perhaps counted from the plan's date), a relative deadline with nothing to count from, or not a date. */
export type DueReading =
  | { readonly kind: 'date'; readonly iso: string; readonly counted?: { readonly from: string; readonly anchor: string; readonly what: string } }
  | { readonly kind: 'relative' }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'not-a-date' }
  | { readonly kind: 'empty' };

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 0, year: 0 };
/** A span of time: "30 days", "within 2 weeks", "1–3 weeks" (its end), "15 working days", "6 months", "within 24 hours". */
const SPAN = new RegExp(String.raw`^(?:within|in|by|next|up to|≤|<=)?\s*(?:${NUMBER_SOURCE}\s*(?:-|–|—|to)\s*)?${NUMBER_SOURCE}\s*(working |business |calendar )?(hour|day|week|month|year)s?(?:\s+(?:from|after|of)\s+(?:the\s+)?(?:plan|document|this plan|assessment|assessment date|plan date|approval|plan approval))?$`, 'i');
/** An ordinal period of the plan: "Week 3" (by its end), "Weeks 2-4", "Month 2", "Day 1", "Year 2". */
const ORDINAL = /^(?:by\s+(?:the\s+)?(?:end\s+of\s+)?|(?:the\s+)?end\s+of\s+)?(day|week|month|year)s?\s+(?:\d{1,3}\s*(?:-|–|—|to)\s*)?(\d{1,3})$/i;
/** A day of an ordinal week: "Day 3-5 of Week 6" (its last day), "Day 2 of Weeks 19-20" (the first week of the range). */
const DAY_OF_WEEK = /^days?\s+(?:\d{1,3}\s*(?:-|–|—|to)\s*)?(\d{1,3})\s+of\s+weeks?\s+(\d{1,3})(?:\s*(?:-|–|—|to)\s*\d{1,3})?$/i;

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A bare count or range of counts (`30`, `0-30`, `31–60`): a span whose unit only its column's header names. */
const BARE_COUNT = /^\d{1,3}(?:\s*(?:-|–|—|to)\s*\d{1,3})?$/;
/** The unit a header names for its column's counts: `Days`, `Window (days)`, `Timeframe (weeks)`, `Days to complete`. */
const HEADER_UNIT = /\b(day|week|month)s?\b/i;

/**
 * A due cell's value with the unit its header names (`| days |` over `0-30`: `0-30 days`), so the count reads as the span
 * it is; any other value as written.
 */
export function withHeaderUnit(value: string, header: string): string {
  const unit = BARE_COUNT.test(value.trim()) ? HEADER_UNIT.exec(header)?.[1].toLowerCase() : undefined;
  return unit === undefined ? value : `${value.trim()} ${unit}s`;
}

/** A span, then the days it runs in brackets with no year: `4 weeks (Nov 25 - Dec 20)`, `2 weeks (Dec 2-13)`. */
const SPAN_WITH_DAYS = /^(.+?)\s*\((?:([A-Za-z]{3,9})\.?\s+\d{1,2}\s*(?:-|–|—|to)\s*)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{1,2})\)$/;

/** The last day a bracket of days names, in the first year that puts it on or after the plan's date; undefined when it names no month. */
function bracketEnd(text: string): ((from: string) => string) | undefined {
  const m = SPAN_WITH_DAYS.exec(text);
  const month = m ? (monthNumber((m[3] ?? m[2] ?? '').slice(0, 3)) ?? 0) : 0;
  if (!m || month === 0 || !SPAN.test(m[1])) return undefined;
  const day = Number(m[4]);
  return (from) => {
    const year = Number(from.slice(0, 4));
    const iso = (y: number) => `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return iso(year) >= from ? iso(year) : iso(year + 1);
  };
}

/** How far past the plan's date a relative deadline falls, as a function of that date; undefined when the value is not one. */
export function relativeDeadline(value: string): ((from: string) => string) | undefined {
  // `Ongoing (Weeks 1-16)`: a recurring step that runs to the end of its period.
  const text = value.trim().replace(/\.$/, '').replace(/^ongoing\s*\((.+)\)$/i, '$1');
  // `4 weeks (Nov 25 - Dec 20)`: the days written are the deadline, not the span counted from the plan's date.
  const ended = text.endsWith(')') ? bracketEnd(text) : undefined;
  if (ended) return ended;
  const span = SPAN.exec(text);
  if (span) {
    const n = countOf(span[2]);
    const unit = span[4].toLowerCase();
    // `Within 24 hours`: by the day those hours run out.
    if (unit === 'hour') return (from) => addDays(from, Math.ceil(n / 24));
    // Working days: five to a week.
    if (unit === 'day') return (from) => addDays(from, span[3] && /working|business/i.test(span[3]) ? Math.ceil((n * 7) / 5) : n);
    if (unit === 'week') return (from) => addDays(from, n * UNIT_DAYS.week);
    return (from) => addMonths(from, unit === 'year' ? 12 * n : n);
  }
  const dayOfWeek = DAY_OF_WEEK.exec(text);
  if (dayOfWeek) return (from) => addDays(from, 7 * (Number(dayOfWeek[2]) - 1) + Number(dayOfWeek[1]));
  const ordinal = ORDINAL.exec(text);
  if (ordinal) {
    const n = Number(ordinal[2]);
    const unit = ordinal[1].toLowerCase();
    if (unit === 'day') return (from) => addDays(from, n);
    if (unit === 'week') return (from) => addDays(from, 7 * n);
    return (from) => addMonths(from, unit === 'year' ? 12 * n : n);
  }
  return undefined;
}

/** The date the plan's relative deadlines count from: the date it bears, else its approval, else the analysis it follows. A period ("April 2026") counts from its end. */
export function planAnchor(plan: PlanModel): { readonly iso: string; readonly field: Field; readonly what: string } | undefined {
  const anchors: [Field | undefined, string][] = [[plan.meta.documentDate, "the plan's date"], [plan.meta.approvedOn, 'its approval'], [plan.meta.riskAnalysis?.date, 'the assessment']];
  for (const [field, what] of anchors) {
    if (!field) continue;
    // A generated report stamps the time too (`2025-07-23 01:20:38`): the day is the date.
    const parsed = parseDate(field.value.replace(/^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?\S*$/, '$1'));
    if (parsed.kind === 'date') return { iso: parsed.iso, field, what };
  }
  return undefined;
}

/**
 * A sprint, release or milestone named with the date it ends (`Sprint 19 (2026-04-03)`, `Release 2.4 –
 * ends 2026-06-30`), or a project's week, phase or wave so named (`Week 4 (2025-12-02)`, a generated register's
 * due dates): that date. A sprint named alone (`Sprint 19`) gives none: it is not a date.
 */
const NAMED_PERIOD_DATE = /^(?:sprint|release|milestone|iteration|increment|pi|version|v|week|month|day|phase|wave|stage)\s*[\w.]{1,12}\s*(?:\(\s*(?:ends?|due|by|until)?:?\s*([^()]{6,30})\)|[–—:-]\s*(?:ends?|due|by|until)?:?\s*(\S.{5,29}))$/i;

/** A due value read as a deadline of this plan. */
export function readDue(plan: PlanModel, value: string): DueReading {
  const named = NAMED_PERIOD_DATE.exec(value.trim());
  const namedDate = named ? parseDate((named[1] ?? named[2]).trim()) : undefined;
  if (namedDate?.kind === 'date') return namedDate;
  // Not so named (`Day 1-3 of Week 6` is a span counted from the plan's date): the value as written.
  const parsed = parseDate(value);
  if (parsed.kind !== 'not-a-date') return parsed;
  const deadline = relativeDeadline(value);
  if (!deadline) return parsed;
  const anchor = planAnchor(plan);
  if (!anchor) return { kind: 'relative' };
  return { kind: 'date', iso: deadline(anchor.iso), counted: { from: anchor.iso, anchor: anchor.field.value, what: anchor.what } };
}
