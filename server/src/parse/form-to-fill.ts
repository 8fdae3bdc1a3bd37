// A form to fill in, as opposed to a filled plan (spec §1): the shapes the plan detector reads
// as a template whatever its title — every entry read left as a placeholder, or no entry read
// and fields left as placeholders or blanks. An auditor takes a document as a plan when it holds
// filled-in risks; a register's or treatment plan's form holds only the places for them.
import type { Risk } from '../model/plan-model';
import { isPlaceholder } from '../model/placeholders';

/** A template generator's placeholder anywhere in a value (`XXX: {{gap_title}}`). */
export const GENERATOR_PLACEHOLDER = /\{\{[^{}\r\n]{1,80}\}\}/;

/** A value that holds a place: a fill-in marker (`[Risk Title]`, `<id>`, `TBD`) or a generator's `{{…}}` within it. */
function holdsAPlace(value: string | undefined): boolean {
  return value !== undefined && (isPlaceholder(value) || GENERATOR_PLACEHOLDER.test(value));
}

/**
 * A risk whose wording is a placeholder and whose actions say nothing but placeholders
 * (`### Risk #1: [Risk Title]` over `- **Mitigation Strategy**: [How are we addressing this?]`):
 * the place for a risk. A filled field beside it (an ID, `Priority: Critical`) is the form's example.
 */
function isPlaceholderRisk(risk: Risk): boolean {
  if (!holdsAPlace(risk.title?.value)) return false;
  return risk.actions.every((action) => {
    const text = action.action?.value.trim();
    return text === undefined || text === '' || holdsAPlace(text);
  });
}

/** The first risk's wording when every risk read is a placeholder, else undefined (also when none was read). */
export function placeholderRisksWording(risks: readonly Risk[]): string | undefined {
  if (risks.length === 0 || !risks.every(isPlaceholderRisk)) return undefined;
  return risks[0].title!.value;
}

/**
 * The risks read whose wording is a place to fill (`### Finding 001: [Critical Finding Title]`), whatever is filled beside it:
 * how many, and the first one's wording. A tracker's template fills its example dates and statuses but leaves each finding to name.
 */
export function placeholderWordedRisks(risks: readonly Risk[]): { readonly count: number; readonly first?: string } {
  const worded = risks.filter((risk) => holdsAPlace(risk.title?.value));
  return { count: worded.length, first: worded[0]?.title?.value };
}

/** A field left to fill: not written, empty, or placeholders (`[Owner]`, `[Critical/High/Medium/Low]`, `[Evidence 1]; [Evidence 2]`). */
function unfilled(field: { readonly value: string } | undefined): boolean {
  const value = field?.value.trim() ?? '';
  return value === '' || value.split(/\s*;\s*/).every((part) => holdsAPlace(part));
}

/**
 * An entry with nothing filled in but its heading: no action, owner, due date, status, rating, treatment or
 * evidence written, or only placeholders for them. An empty form's sections (`#### Description`,
 * `#### Impact Assessment`, `#### Implementation Tracking` over `[Action 1] | [Owner] | [Date]`) are read so.
 */
function isUnfilledRisk(risk: Risk): boolean {
  const ratings = [risk.priority, risk.treatment, risk.evidence, risk.likelihood, risk.impact, risk.validation, risk.inherentRisk, risk.residualRisk];
  return (
    ratings.every(unfilled) &&
    risk.actions.every((a) => [a.action, a.owner, a.due, a.status, a.completed, a.evidence, a.validation].every(unfilled))
  );
}

/** How many risks were read, when every one of them is unfilled (undefined when none was read or one is filled). */
export function unfilledRisksCount(risks: readonly Risk[]): number | undefined {
  return risks.length > 0 && risks.every(isUnfilledRisk) ? risks.length : undefined;
}

/** A field line of a form: a label, a colon and a value (`- Risk ID: <id>`, `**Risk Title**: ______`). */
const FIELD_LINE = /^[ \t]*(?:[-*+][ \t]+|\d{1,2}\.[ \t]+)?[*_]{0,2}[A-Za-z][\w /&()-]{0,40}?[*_]{0,2}:[*_]{0,2}[ \t]+(\S[^\r\n]*?)[ \t]*$/gm;
/** A line of underscores to write on (`________`), or a form's empty checkboxes (`☐ Effective ☐ Ineffective`). */
const BLANK = /^_{3,}|^[☐□]/;
/** A table row (not its separator) whose cells are read one by one. */
const TABLE_ROW = /^[ \t]{0,3}\|([^\r\n]*)\|[ \t]*$/gm;
/** A numbered line left blank: `1. ______`. */
const BLANK_LINE = /^[ \t]*(?:\d{1,2}\.[ \t]+)?_{8,}[ \t]*$/gm;

/** How many blanks make a document a form: a few fields of one entry. */
export const FORM_BLANKS = 5;

/**
 * The blanks of a document, counted up to `cap`: field values and table cells that hold a place
 * (`[YYYY-MM-DD]`, `[Name]`, `{{owner}}`), lines of underscores and empty checkboxes; and the first one seen.
 */
export function formBlanks(body: string, cap = FORM_BLANKS): { readonly count: number; readonly first?: string } {
  let count = 0;
  let first: string | undefined;
  const seen = (value: string) => {
    count++;
    first ??= value.length > 40 ? `${value.slice(0, 37)}...` : value;
  };
  for (const m of body.matchAll(FIELD_LINE)) {
    if (count >= cap) break;
    const value = m[1].replace(/\s*\*\([^)]*\)\*\s*$/, '');
    if (holdsAPlace(value) || BLANK.test(value)) seen(value);
  }
  for (const m of body.matchAll(TABLE_ROW)) {
    if (count >= cap) break;
    for (const cell of m[1].split('|')) {
      const value = cell.trim();
      if (value !== '' && !/^:?-+:?$/.test(value) && holdsAPlace(value)) seen(value);
    }
  }
  for (const m of body.matchAll(BLANK_LINE)) {
    if (count >= cap) break;
    seen(m[0].trim());
  }
  return { count, first };
}

/** A table's header row: the row right above its separator (`|---|---|`). */
const HEADER_ROW = /^[ \t]{0,3}\|[^\r\n]*\|[ \t]*\r?\n[ \t]{0,3}\|?[ \t]*:?-{3,}[^\r\n]*$/gm;

/**
 * Whether a document's values are mostly written: more than twice as many of its field values and table cells (headers
 * aside) filled as hold a place or a blank. A register whose few rows are still `TBD` is filled in, not a form.
 */
export function mostlyFilled(body: string): boolean {
  const blanks = formBlanks(body, Number.MAX_SAFE_INTEGER).count;
  let filled = 0;
  for (const m of body.matchAll(FIELD_LINE)) {
    const value = m[1].replace(/\s*\*\([^)]*\)\*\s*$/, '');
    if (!holdsAPlace(value) && !BLANK.test(value)) filled++;
  }
  const headers = new Set([...body.matchAll(HEADER_ROW)].map((m) => m.index));
  for (const m of body.matchAll(TABLE_ROW)) {
    if (headers.has(m.index)) continue;
    for (const cell of m[1].split('|')) {
      const value = cell.trim();
      if (value !== '' && !/^:?-+:?$/.test(value) && !holdsAPlace(value) && !BLANK.test(value)) filled++;
    }
  }
  return filled > 2 * blanks;
}
