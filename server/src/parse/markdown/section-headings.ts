// What a heading line says to the section scan: a risk's ID and title, a tier, a label whose list
// or value follows it, a section set aside or of contingency.
import type { Field, Span } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import type { HeadingBlock } from './block-structure';
import { fieldAt, strippedSpan, type PlacedField } from './field-lines';
import type { TierContext } from './risk-table';
import { LIST_FIELDS, type ListLabel } from './label-list';
import { gradedTitle, isPriorityBucket, riskHeadingElsewhere, type RiskHead } from './risk-heading';
import { parseDate } from '../../model/dates';
import { tierOfHeading } from './tier-heading';
import { fieldForLabel, priorityOf, RISK_ID_SOURCE, statusOf } from '../../model/vocabulary';
import { DEFAULT_PREFIX } from './insertion-points';
import { namesAPlan } from '../plan-names';

/**
 * Letters, an optional hyphen and digits at the start of a heading, then a separator or the end.
 * Register IDs add more numbered parts (`SEC-2026-04`, `R-3.1`): they belong to the ID.
 */
const RISK_HEADING = new RegExp(String.raw`^[*_\`[]*(${RISK_ID_SOURCE})[*_\`\]]*(?=$|[\s:.)—–·•|-])([\s:.)—–·•|-]*)`);

/**
 * A heading of a section whose entries are no one's risks: an example or a template (`## Example: Smart
 * Parking System`, `#### Remediation Plan Template`, `### Sample risk register`, `## Worked example`), a
 * guide's or a course's illustration of how to fill a plan in; or a smart-contract audit's gas
 * optimisations (`## Gas Optimization Findings`), savings in cost, not risks.
 */
export function isAsideHeading(text: string, range: Span): boolean {
  const name = headingName(text, range);
  return ILLUSTRATION_HEADING.test(name) || GAS_HEADING.test(name);
}

/**
 * An aside heading that names a template only (`### 4. Risk Register Template`), not an example or a sample: in a plan
 * where nothing else reads as a risk, its rows are the register as filled in (withBodiedHeadings reads them then).
 */
export function isTemplateHeading(text: string, range: Span): boolean {
  return /\btemplates?$/i.test(headingName(text, range));
}

/** A heading's words as the aside and contingency checks read them: no emphasis, nothing before its first letter, no closing parenthesis. */
function headingName(text: string, range: Span): string {
  return text.slice(range.start, range.end).replace(/[*_`]/g, '').replace(/^[^\p{L}]+/u, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
}
/** `#### Contingency Plan`, `### Contingency Actions (if triggered)`: what is done if the risk happens, beside the measures planned against it. */
export function isContingencyHeading(text: string, range: Span): boolean {
  return CONTINGENCY_HEADING.test(headingName(text, range));
}
/** Whether a heading names what the work costs (COST_HEADING). */
export function isCostHeading(text: string, range: Span): boolean {
  return COST_HEADING.test(headingName(text, range));
}
/**
 * A heading that names work still to do in words of its own (`### Immediate Actions Required`, `## 7. Remaining Actions Before
 * Go-Live`, `### ⚠️ **AREAS REQUIRING ATTENTION**`): its list is that work, each item an entry of its own, as under
 * `## Remaining Actions` (OPEN_WORK). Undefined for any other heading.
 */
export function openWorkLabel(text: string, range: Span): ListLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const name = openWorkWords(text.slice(span.start, span.end));
  if (name.length > 80 || !namesOpenWork(name)) return undefined;
  return { name: 'action', label: name, keyRange: span, prefix: DEFAULT_PREFIX };
}
/** Whether a heading's words (lower case, emphasis and leading marks gone) name work still to do. */
export function namesOpenWork(words: string): boolean {
  return OPEN_WORK_HEADING.test(words);
}
/** Whether a heading, as written, names work still to do. */
export function headingNamesOpenWork(heading: string): boolean {
  return namesOpenWork(openWorkWords(heading));
}
/** A heading's words as the open-work test reads them: lower case, single spaces, emphasis, leading marks and a closing colon gone. */
function openWorkWords(heading: string): string {
  return heading.replace(/[*_`]/g, '').replace(/^[^\p{L}]+/u, '').replace(/\s*[:.]?\s*$/, '').replace(/\s+/g, ' ').toLowerCase();
}
/** What is to be done before a milestone (`before go-live`, `prior to production launch`). */
const BEFORE_MILESTONE = String.raw`(?: (?:before|prior to) [a-z][a-z /-]{1,40})?`;
const OPEN_WORK_HEADING = new RegExp(
  // (`Immediate Actions` alone is a roadmap's phase, its sub-headings its entries; `Immediate Actions Required` is work to do.)
  String.raw`^(?:(?:remaining|open|outstanding|pending|unresolved) (?:actions?|action items|tasks|work|remediations?|fixes)(?: required| needed)?` +
    String.raw`|(?:immediate|urgent) (?:actions?|tasks|work|remediations?|fixes) (?:required|needed)` +
    String.raw`|(?:actions?|tasks|remediations?|fixes) (?:required|needed|outstanding|remaining)|required (?:actions?|remediations?|fixes)` +
    String.raw`|areas? (?:requiring|needing|that (?:need|require)) (?:attention|action|work|remediation)` +
    // `### Must Complete Before Any Real Patient Data`: work that must be done before a milestone.
    String.raw`|must (?:complete|do|fix|finish|be done|be completed)(?: items| tasks)?)${BEFORE_MILESTONE}$`,
);
/**
 * A milestone alone (`### Before Production Launch`, `### Prior to Go-Live`): beside a heading of open work of its level
 * (`### Immediate Actions Required`) its boxes are more of that work; anywhere else (`## VALIDATION CHECKLIST` over it) they
 * are read as before. Which it is, the assembly knows.
 */
const MILESTONE_HEADING = /^(?:before|prior to) (?:the )?(?:(?:production|public|initial|first) )?(?:launch|go-live|go live|going live|release|deployment|rollout|production)$/;

/** Whether a heading, as written, names only a milestone that work is due before. */
export function headingNamesMilestone(heading: string): boolean {
  return MILESTONE_HEADING.test(openWorkWords(heading));
}
const CONTINGENCY_HEADING = /^(?:contingency|fallback)(?: (?:plans?|actions?|measures?|steps|response|playbook))?$/i;
/** `#### Cost and Resources`, `#### Resources Required`, `#### Level of Effort`: what the work costs (`- **Remediation**: 160 hours`), no step of it. */
const COST_HEADING = /^(?:(?:estimated |projected )?(?:costs?|budget)(?: (?:and|&) (?:resources?|effort))?|resources?(?: (?:required|requirements|needed))?|(?:level of |estimated )?effort(?: estimates?)?|resource requirements)$/i;
const ILLUSTRATION_HEADING = /^(?:(?:worked |illustrative |hypothetical )?examples?\b|sample (?:risks?|register|plan|entr(?:y|ies)|rows?|findings?|items?)\b)|\b(?:templates?|examples?|samples?)$/i;
const GAS_HEADING = /^gas(?: and (?:code|performance))?[ -](?:optimi[sz]ations?|savings?|efficiency|usage)\b/i;

/** Where a heading's text is on its (first) line. */
export function headingText(text: string, lines: LineIndex, block: HeadingBlock): Span {
  const start = lines.lineStart(block.line);
  const lineText = text.slice(start, lines.lineEnd(block.line));
  const from = /^[ \t]*#*[ \t]*/.exec(lineText)![0].length;
  const at = block.content === '' ? -1 : lineText.indexOf(block.content, from);
  return at < 0 ? strippedSpan(text, start + from, start + lineText.length) : { start: start + at, end: start + at + block.content.length };
}

export function tierContext(text: string, range: Span): TierContext {
  const span = strippedSpan(text, range.start, range.end);
  const value = text.slice(span.start, span.end);
  return { tier: { value, valueRange: span }, tierValue: tierOfHeading(value) };
}

/** A heading that names a quarter or half of a year: a roadmap's period. */
const PERIOD_HEADING = /^[*_\s]*(?:Q[1-4]|H[12])[\s,/-]+(?:FY|CY)?\s*'?\d{2,4}\b/i;

/** A heading's IDs of several risks joined by slashes (`POAM-002/003/004`, `R-02/R-05`), then a separator. */
const GROUPED_IDS = new RegExp(String.raw`^[*_\`]*(${RISK_ID_SOURCE})(?:\s*/\s*(?:${RISK_ID_SOURCE}|\d{1,4}))+[*_\`]*(?:\s*[:—–-]\s*|\s*$)`);

/** A title that starts with a finding's ID (`# Finding 04: Broken access control`, `# M-01 Stale price`): the finding the document writes up. */
export function titleFinding(text: string, range: Span): RiskHead | undefined {
  const head = riskHeading(text, range);
  // `# REF-13: CAPA Log (Corrective and Preventive Action)`: a document's own reference before a title naming a plan or register is no finding.
  if (head?.title !== undefined && namesAPlan(head.title!.value.toLowerCase())) return undefined;
  return head?.id && !head.refers && head.title !== undefined ? head : undefined;
}

/** The ID and title of a heading that starts with a risk ID. */
export function riskHeading(text: string, range: Span): RiskHead | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const heading = text.slice(span.start, span.end);
  // `### Q1 2026 (Pre-Launch)`, `### H2 2027`: a roadmap's period, not a risk's ID.
  if (PERIOD_HEADING.test(heading)) return undefined;
  // `### POAM-002/003/004 — Secret guard defects`: one write-up of several risks read before is no risk of its own; it adds to the first.
  const grouped = GROUPED_IDS.exec(heading);
  if (grouped) {
    const idStart = span.start + grouped[0].indexOf(grouped[1]);
    const titleSpan = strippedSpan(text, span.start + grouped[0].length, span.end);
    const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
    return { id: { value: grouped[1], valueRange: { start: idStart, end: idStart + grouped[1].length } }, title, tentative: true, refers: true };
  }
  const m = RISK_HEADING.exec(heading);
  if (!m) {
    // `## 🔴 P0 - CRITICAL (Week 1)`: after a mark too, a bucket of priority is no risk.
    const elsewhere = riskHeadingElsewhere(text, span);
    return elsewhere?.id && isPriorityBucket(elsewhere.id.value, elsewhere.title?.value) ? undefined : elsewhere;
  }
  const idStart = span.start + m[0].indexOf(m[1]);
  const id: Field = { value: m[1], valueRange: { start: idStart, end: idStart + m[1].length } };
  const titleSpan = strippedSpan(text, span.start + m[0].length, span.end);
  const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
  // `### P0 - Critical (Immediate)`: a bucket of priority, whose level its risks take (headingContext).
  if (isPriorityBucket(m[1], title?.value)) return undefined;
  const closed = title && closingStatus(text, title);
  return { id, ...gradedTitle(text, closed ? closed.title : title), ...(closed && { status: closed.status }), tentative: title !== undefined && m[2].trim() === '' };
}

/** A status closing an ID heading's title after a dash, in bold or in capitals: `## POAM-2 — Demo store is in-memory — **CLOSED**`. */
const STATUS_DASH_TAIL = /\s+[-–—]\s+(?:\*\*([A-Za-z][A-Za-z -]{1,25}?)\*\*|([A-Z][A-Z -]{1,25}?))\s*$/;

/** The title before a closing status (STATUS_DASH_TAIL), and the status, when its words name one. */
function closingStatus(text: string, title: Field): { title: Field; status: Field } | undefined {
  const tail = STATUS_DASH_TAIL.exec(title.value);
  const word = tail ? (tail[1] ?? tail[2]) : undefined;
  if (!tail || word === undefined || statusOf(word) === undefined) return undefined;
  const rest = strippedSpan(text, title.valueRange.start, title.valueRange.start + tail.index);
  if (rest.end <= rest.start) return undefined;
  const at = title.valueRange.start + tail.index + tail[0].indexOf(word);
  return { title: { value: text.slice(rest.start, rest.end), valueRange: rest }, status: { value: word, valueRange: { start: at, end: at + word.length } } };
}

/** A heading named like a field whose value is the one short line under it (`### Risk Severity` then `Low`, `### Owner` then `IT Manager`). */
export interface HeadingLabel {
  readonly name: (typeof HEADING_VALUE_FIELDS)[number];
  readonly label: string;
  readonly keyRange: Span;
}

const HEADING_VALUE_FIELDS = ['priority', 'status', 'owner', 'due'] as const;

export function valueLabelOf(text: string, range: Span): HeadingLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const label = text.slice(span.start, span.end);
  const name = fieldForLabel(label);
  const field = HEADING_VALUE_FIELDS.find((f) => f === name);
  return field ? { name: field, label: label.trim().toLowerCase(), keyRange: span } : undefined;
}

/**
 * The value under such a heading: its first line, alone in its paragraph, when it is a level
 * or a status the vocabulary knows. Prose under a `### Status` heading is no value.
 */
export function headingLabelValue(text: string, lines: LineIndex, line: number, end: number, label: HeadingLabel): PlacedField | undefined {
  if (line + 1 < end && text.slice(lines.lineStart(line + 1), lines.lineEnd(line + 1)).trim() !== '') return undefined;
  const field = fieldAt(text, lines.lineStart(line), lines.lineEnd(line), label.keyRange);
  if (/^[-*+>#|]|^\d+[.)]\s/.test(field.value)) return undefined;
  // A level, a status or a date the vocabulary knows; an owner is a name or a role, not a sentence.
  const known =
    label.name === 'priority' ? priorityOf(field.value.replace(/\.$/, '')) !== undefined
    : label.name === 'status' ? statusOf(field.value) !== undefined
    : label.name === 'due' ? parseDate(field.value).kind === 'date'
    : field.value.length <= 60 && !/[.!?:;]$/.test(field.value) && field.value.split(/\s+/).length <= 8;
  if (!known) return undefined;
  return { name: label.name, label: label.label, field, prefix: DEFAULT_PREFIX, bulleted: false, line };
}

/** A heading of a risk's ID (a STRIDE letter after it: `Threat-01-S`) and then an action label: `Threat-01-S Recommended Mitigations`. */
const ID_LABEL_HEADING = new RegExp(String.raw`^${RISK_ID_SOURCE}(?:-[A-Za-z]{1,3})?(?:\s*[:–—-]\s*|\s+)(?=\S)`);

/** The last word of an action label (`Recommended Mitigations`, `Remediation Plan`, `Fix`), as a heading ends. */
const ACTION_LABEL_END = /(?:mitigations?|remediations?|actions?|fix(?:es)?|recommendations?|countermeasures?|controls?|steps|plans?|tasks|measures|strateg(?:y|ies)|treatments?|responses?|improvements?|resolution|correction|containment|gates?|checklist|items)[\s*_:#]*$/i;

/** Words that number a roadmap's parts, not risks. */
const NOT_A_RISK_ID = /^(?:q|h|p|fy|phase|step|stage|tier|sprint|week|wave|month|day|milestone|release|version|v)[-\s]?\d/i;

/** The action label of a heading that names a risk by its ID and then labels its actions; undefined for any other heading. */
export function idLabelHeading(text: string, range: Span): ListLabel | undefined {
  // Most headings end in no word of an action label: they are passed over by their last word, before any other reading.
  if (!ACTION_LABEL_END.test(text.slice(Math.max(range.start, range.end - 40), range.end))) return undefined;
  const span = strippedSpan(text, range.start, range.end);
  const id = ID_LABEL_HEADING.exec(text.slice(span.start, span.end).replace(/[*_`]/g, ' ').trimStart());
  if (!id || /[*_`]/.test(text.slice(span.start, span.end))) return undefined;
  // A hyphenated ID (`Threat-01-S`, `R-4`), not a period, phase or priority bucket (`Q1 Actions`, `P1 Remediation`, `Phase-2 Tasks`).
  const written = id[0].trim().replace(/\s*[:\u2013\u2014-]$/, '');
  if (!written.includes('-') || NOT_A_RISK_ID.test(written)) return undefined;
  const label = listLabelOf(text, { start: span.start + id[0].length, end: span.end });
  return label?.name === 'action' ? label : undefined;
}

/** Section numbering before a heading's ID: the `4.1 ` of `4.1 R1 mitigation`. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/;
/** An ID of letters and a number with no hyphen (`R1`, `F12`), as a report numbers its risks. */
const COMPACT_ID = /^[A-Z]{1,4}\d{1,4}$/;
/** The longest action label a numbered section names after a risk's ID (`recommended mitigation actions`), in characters and words. */
const MOST_LABEL_CHARACTERS = 40;
const MOST_LABEL_WORDS = 4;
/** An action label, then the risk's name again after a dash or a colon: `mitigation – Outdated Windows Server OS`. */
const LABEL_THEN_NAME = /^([A-Za-z][A-Za-z ]{2,40}?)\s*[:\u2013\u2014-]\s+(?=\S)/;

/**
 * A numbered section of a report that treats one risk named by its ID, with or without the risk's name
 * again (`4.1 R1 mitigation – Outdated Windows Server OS`, `3.2 F4 Remediation`): its action label, whose
 * paragraph or list is that risk's action. Undefined for any other heading.
 */
export function idSectionLabel(text: string, range: Span): ListLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const heading = text.slice(span.start, Math.min(span.end, span.start + 200));
  if (/[*_`]/.test(heading)) return undefined;
  const from = SECTION_NUMBER.exec(heading)?.[0].length ?? 0;
  const id = ID_LABEL_HEADING.exec(heading.slice(from));
  if (!id) return undefined;
  const written = id[0].trim().replace(/\s*[:\u2013\u2014-]$/, '');
  if (NOT_A_RISK_ID.test(written) || !(written.includes('-') || COMPACT_ID.test(written))) return undefined;
  const restStart = span.start + from + id[0].length;
  const named = LABEL_THEN_NAME.exec(text.slice(restStart, span.end));
  const labelEnd = named ? restStart + named[1].length : span.end;
  // A label is a few words (`mitigation`, `Recommended actions`): a risk's title after its ID is not asked the vocabulary.
  if (labelEnd - restStart > MOST_LABEL_CHARACTERS || text.slice(restStart, labelEnd).trim().split(/\s+/).length > MOST_LABEL_WORDS) return undefined;
  const label = listLabelOf(text, { start: restStart, end: labelEnd });
  return label?.name === 'action' ? label : undefined;
}

/** A heading named like a label a list may follow (`## Mitigation Plan`, `#### Evidence`). */
export function listLabelOf(text: string, range: Span): ListLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const name = fieldForLabel(text.slice(span.start, span.end));
  if (name === undefined || !LIST_FIELDS.has(name)) return undefined;
  return { name, label: text.slice(span.start, span.end).trim().toLowerCase(), keyRange: span, prefix: DEFAULT_PREFIX };
}
