// A form to fill in, as opposed to a filled plan (spec §1): the shapes the plan detector reads
// as a template whatever its title — every entry read left as a placeholder, or no entry read
// and fields left as placeholders or blanks. An auditor takes a document as a plan when it holds
// filled-in risks; a register's or treatment plan's form holds only the places for them.
import type { PlanModel, Risk } from '../model/plan-model';
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
export function isUnfilledRisk(risk: Risk): boolean {
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

/** A cell counting nothing: `0`, `**0**`. */
const ZERO_COUNT = /^[*_]*0[*_]*$/;

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
      // `| 🔴 High | 0 | 0 | 0 |`: a tally of nothing yet is the form's default, no value written.
      if (value !== '' && !/^:?-+:?$/.test(value) && !holdsAPlace(value) && !BLANK.test(value) && !ZERO_COUNT.test(value)) filled++;
    }
  }
  return filled > 2 * blanks;
}

/** A bracketed or angled part of a value (`C2/C4 / [OWNER]`): one of them a fill-in marker makes the value one still to fill. */
const PLACE_PART = /\[[^\[\]\r\n]{1,40}\]|<[^<>\r\n]{1,40}>/g;

/**
 * The fill-in marker a value is or holds among control IDs or notes (`[OWNER]`, `C2/C4/C5 / [OWNER]`), lower case; undefined
 * when none. A generator's variable (`{{ cto_name }}`) is not one: a site fills it from its settings when it renders the page,
 * so the register it renders is its owner's.
 */
function fillInMarker(value: string | undefined): string | undefined {
  if (value === undefined || GENERATOR_PLACEHOLDER.test(value)) return undefined;
  if (isPlaceholder(value)) return value.trim().toLowerCase();
  return [...value.matchAll(PLACE_PART)].find((m) => isPlaceholder(m[0]))?.[0].toLowerCase();
}

/**
 * A date written anywhere (`2026-04-02`, `04/02/2026`, `April 2026`): a field line may run several labels together
 * (`**Owner:** [NAME] — **Reviewed:** 2026-04-02`), so the text is asked, not only the fields read.
 */
const DATE_WRITTEN = /\b(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4})\b/i;

/** A value opening with a fill-in marker: the document's owner line may run on into other labels (`[OWNER] · **Last assessment:** [DATE]`). */
function opensWithAMarker(value: string | undefined): boolean {
  const opening = /^[*_\s]*(\[[^\[\]\r\n]{1,40}\]|<[^<>\r\n]{1,40}>)/.exec(value ?? '')?.[1];
  return opening !== undefined && isPlaceholder(opening);
}

/** How many example rows make a seeded register: as many as make a register by content. */
const SEEDED_ROWS = 3;

/**
 * A register seeded with example risks for its reader to adopt (`> **Owner:** [OWNER] · **Last assessment:** [DATE]` over rows
 * whose owners are all `[OWNER]`): the rows are written, but every one is owned by the same blank, the document's own owner
 * is a blank too, and no date is written in it. A template, not a plan: a register being filled in names an owner, or bears a
 * date, somewhere. The first risk owner's value when so, else undefined.
 */
export function seededRegisterOwner(plan: PlanModel, body: string): string | undefined {
  const { risks, meta } = plan;
  if (risks.length < SEEDED_ROWS || !opensWithAMarker(meta.owner?.value) || DATE_WRITTEN.test(body)) return undefined;
  const owners = new Set(risks.flatMap((risk) => (risk.actions.length === 0 ? [undefined] : risk.actions.map((a) => fillInMarker(a.owner?.value)))));
  const [only] = owners;
  return owners.size === 1 && only !== undefined ? risks[0].actions[0].owner!.value : undefined;
}
