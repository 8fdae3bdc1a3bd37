// Markdown field lines (`- **Owner:** Maria Chen`, `Due: 2026-04-01`, `*Status*: Done`)
// and the markup around values. A value's range covers the value without its emphasis
// or code markers, so a fix that replaces it keeps the author's markup.
import type { Field, Span } from '../../model/plan-model';
import { fieldForLabel, gradeWordOf, isBareTreatment, normaliseLabel, type FieldName } from '../../model/vocabulary';

/** One recognised `Label: value` line. */
export interface FieldLine {
  readonly name: FieldName;
  /** The label as normalised for matching (`approved by`), to tell repeated labels apart. */
  readonly label: string;
  readonly field: Field;
  /** Everything before the label (blockquote, indentation, bullet, opening emphasis). */
  readonly prefix: string;
  /** True for a list item, whose value may wrap onto indented lines below. */
  readonly bulleted: boolean;
}

/** A field line and the zero-based line it is on. */
export interface PlacedField extends FieldLine {
  readonly line: number;
  /**
   * For a label followed by a list (`**Action items:**` then `- …` lines): `item` for an
   * action read from one item, `child` for a field line nested under that item.
   */
  readonly listItem?: 'item' | 'child';
}

/**
 * Prefix (quote, indent, bullet), opening emphasis, label, closing emphasis, then the colon. An
 * emoji before the label decorates it (`**📈 Treatment Strategy:**`, `**👤 Risk Owner:**`): it is no part of the label.
 * So does a task box after the bullet (`- [x] **Action**: Rotate the database password`, an audit checklist's, set 98).
 */
const FIELD_HEAD = /^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?)([*_]{0,3})((?:\p{Extended_Pictographic}[\uFE0F\u200D]*)+[ \t]*)?([A-Za-z][^:*_|`]{0,59}?)[ \t]*([*_]{0,3})[ \t]*:/u;

/** Labels read only when a list follows them, never as a table's column: `**Milestones:**` then dated steps (label-list.ts). */
export const MILESTONE_LABELS: ReadonlySet<string> = new Set(['milestones', 'key milestones', 'milestone schedule', 'milestones and dates']);

function listOnlyLabel(label: string): FieldName | undefined {
  return MILESTONE_LABELS.has(normaliseLabel(label)) ? 'action' : undefined;
}

/** A list item's numbered milestone (`- Milestone 2 (Day 20): Pilot MFA enrolment`): one step of the risk's plan. */
const MILESTONE_ITEM = /^milestone[ \t]*#?[ \t]*\d{1,2}(?:[ \t]*\([^)]{0,30}\))?$/i;

/** Whether what follows a label's colon is nothing but its closing emphasis: the label heads a list. */
function labelsList(rest: string): boolean {
  return /^[ \t]*(?:[*_]{1,3})?[ \t]*$/.test(rest);
}

/** A bold label closed by a full stop and followed by its text, as a report writes its paragraphs: `**Remediation plan.** Enforce …`. */
const SENTENCE_HEAD = /^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)(\*\*|__)([A-Za-z][^:*_|`.]{1,59}?)\.\2[ \t]+(?=\S)/;

/** A field line in the sentence form, when its label is one the vocabulary knows. */
function sentenceLabelLine(text: string, line: string, lineStart: number, lineEnd: number, valueEnd: number): FieldLine | undefined {
  const m = SENTENCE_HEAD.exec(line);
  const name = m ? fieldForLabel(m[3]) : undefined;
  if (!m || name === undefined) return undefined;
  const labelStart = lineStart + m[1].length + m[2].length;
  const keyRange = { start: labelStart, end: labelStart + m[3].length };
  return {
    name,
    label: m[3].trim().toLowerCase(),
    field: fieldAt(text, lineStart + m[0].length, valueEnd, keyRange, lineEnd),
    prefix: line.slice(0, m[1].length + m[2].length),
    bulleted: /[-*+]|\d[.)]/.test(m[1]),
  };
}

/**
 * A bold label alone on its line, with no colon (`**Proposed Fix (Technical Direction)**`): its text is the paragraph below it.
 * A hint after the bold, then the colon, qualifies it the same (`**Mitigation Strategies** (in priority order):`).
 */
const BOLD_LABEL_LINE = /^((?:[ \t]*>)*[ \t]{0,3})(\*\*|__)([A-Za-z][^:*_|`]{1,59}?)\2[ \t]*(?:\([^()\n]{1,40}\)[ \t]*:)?[ \t]*\\?[ \t]*$/;

/** Such a line, when its label is one the vocabulary knows: a field with an empty value, at the end of the line. */
export function readBoldLabelLine(text: string, lineStart: number, lineEnd: number): FieldLine | undefined {
  const line = text.slice(lineStart, lineEnd);
  const m = BOLD_LABEL_LINE.exec(line);
  const name = m ? fieldForLabel(m[3]) : undefined;
  if (!m || name === undefined) return undefined;
  const labelStart = lineStart + m[1].length + m[2].length;
  const keyRange = { start: labelStart, end: labelStart + m[3].length };
  return { name, label: m[3].trim().toLowerCase(), field: { value: '', valueRange: { start: lineEnd, end: lineEnd }, keyRange }, prefix: m[1] + m[2], bulleted: false };
}

/**
 * Where one labelled part of a line ends and the next begins: a spaced middle dot, bullet or bar
 * (`Last assessed: … · Performed by: …`, `**Auditor:** Jane Roe | **Date:** 2026-03-01`). The fixes write a new field
 * after such a part on a line of its own.
 */
export const PART_BREAK = /[ \t]+[·•|][ \t]+/g;
/** A line opened by a bold label (`**Assessment date:**`, `- **Owner**:`), and one after it on the line, before which the line parts. */
const BOLD_LABEL_LEAD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)[A-Za-z][^*_:\n]{0,40}(?::(?:\*\*|__)|(?:\*\*|__):)/;
const BOLD_LABEL_AFTER = /\S[ \t]+(?:\*\*|__)[A-Za-z][^*_:\n]{0,40}(?::(?:\*\*|__)|(?:\*\*|__):)/;
const BOLD_LABEL_BREAK = /(?:[ \t]+[·•|])?[ \t]+(?=(?:\*\*|__)[A-Za-z][^*_:\n]{0,40}(?::(?:\*\*|__)|(?:\*\*|__):))/g;

/**
 * The fields of a line of labelled parts (`Last assessed: 2026-05-16 · Next due: 2027-05-16 ·
 * Performed by: C. Mabini`), when it has two parts or more, each a `Label: value`, one at least a label the vocabulary knows.
 */
export function readFieldParts(text: string, lineStart: number, lineEnd: number): FieldLine[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  // `- **Assessment date:** 2026-06-28. **Owner:** Ramesh T.`: a line opened by a bold label parts at each bold label after it.
  const lead = BOLD_LABEL_LEAD.exec(line)?.[0].length ?? -1;
  const bold = lead > 0 && BOLD_LABEL_AFTER.test(line.slice(lead));
  // A bar parts labels only outside a table's row (a row starts with its bar).
  if (!bold && !line.includes('·') && !line.includes('•') && !(line.includes(' | ') && !/^[ \t]*\|/.test(line))) return undefined;
  const starts = [0];
  const ends: number[] = [];
  for (const m of line.matchAll(bold ? BOLD_LABEL_BREAK : PART_BREAK)) {
    if (bold && m.index! < lead) continue; // the space after the list's marker
    ends.push(m.index!);
    starts.push(m.index! + m[0].length);
  }
  ends.push(line.length);
  if (starts.length < 2) return undefined;
  const fields: FieldLine[] = [];
  for (let i = 0; i < starts.length; i++) {
    const part = readFieldLine(text, lineStart + starts[i], lineStart + ends[i]);
    // A part under a label the vocabulary does not know (`Next due: …`) is skipped; a part that is no `Label: value` is prose.
    if (part) fields.push(part);
    else if (!/^[*_]{0,2}[A-Za-z][^:*_|`]{0,40}[*_]{0,2}:[ \t]*\S/.test(line.slice(starts[i], ends[i]))) return undefined;
  }
  return fields.length > 0 ? fields : undefined;
}

const WRAPPERS = ['**', '__', '*', '_', '``', '`'] as const;
const TRAILING_COMMENT = /<!--[\s\S]*?-->\s*$/;
const WRAPPED = /^[*_`]$/;

/**
 * The span of a value inside [start, end) of `text` with surrounding whitespace, a trailing
 * HTML comment and wrapping emphasis or code markers removed. Blank values give an empty
 * span at `blankAt` (defaults to `end`).
 */
export function strippedSpan(text: string, start: number, end: number, blankAt = end): Span {
  let s = start;
  let e = end;
  const trim = () => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  };
  trim();
  const comment = text.startsWith('-->', e - 3) ? TRAILING_COMMENT.exec(text.slice(s, e)) : null;
  if (comment) {
    e = s + comment.index;
    trim();
  }
  for (let changed = WRAPPED.test(text[s] ?? ''); changed; ) {
    changed = false;
    for (const w of WRAPPERS) {
      const n = w.length;
      if (e - s > 2 * n && text.startsWith(w, s) && text.startsWith(w, e - n) && !text.slice(s + n, e - n).includes(w)) {
        s += n;
        e -= n;
        trim();
        changed = true;
        break;
      }
    }
  }
  return s < e ? { start: s, end: e } : { start: blankAt, end: blankAt };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** A Field for the value in [start, end) of `text`, markup stripped. */
export function fieldAt(text: string, start: number, end: number, keyRange?: Span, blankAt?: number): Field {
  const valueRange = strippedSpan(text, start, end, blankAt);
  return { value: text.slice(valueRange.start, valueRange.end), valueRange, keyRange };
}

/**
 * An indented line that continues the list item above it (not a new item, heading or table row). Nor a fence: the code block
 * under an item (`1. **Update .env file**` over ```` ```bash ````) is its detail, not more of its words.
 */
const CONTINUATION = /^[ \t]+(?![-*+][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3})[^\s>|#]/;

export function isContinuationLine(text: string, lineStart: number, lineEnd: number): boolean {
  return CONTINUATION.test(text.slice(lineStart, lineEnd));
}

/**
 * A bold line alone that grades what it stands under (`**High Priority - Immediate Action Required**`, `**Medium Priority - Within
 * 2 Weeks**`, `**Critical Severity**`): a remediation plan's issue heading states its priority so, with no label and colon. The
 * grade word is the priority; a timing after the dash is the author's gloss, no date.
 */
const BOLD_GRADE_LINE = /^([ \t]{0,3})(\*\*|__)([A-Za-z]+)[ \t]+(?:priority|severity)(?:[ \t]*[-\u2013\u2014][ \t]*[^*_\r\n]{1,60}?)?[ \t]*\2[ \t]*$/i;

function boldGradeLine(text: string, line: string, lineStart: number): FieldLine | undefined {
  const m = BOLD_GRADE_LINE.exec(line);
  if (!m || gradeWordOf(m[3]) === undefined) return undefined;
  const start = lineStart + m[1].length + m[2].length;
  return { name: 'priority', label: 'priority', field: fieldAt(text, start, start + m[3].length), prefix: line.slice(0, m[1].length + m[2].length), bulleted: false };
}

/**
 * Reads a field line. `lineStart`/`lineEnd` delimit the line in `text` (no line break);
 * `valueEnd` extends the value over continuation lines. Returns undefined unless the
 * label is one the plan vocabulary knows.
 */
export function readFieldLine(text: string, lineStart: number, lineEnd: number, valueEnd = lineEnd): FieldLine | undefined {
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes(':')) {
    const graded = boldGradeLine(text, line, lineStart);
    if (graded) return graded;
  }
  if (!line.includes(':')) return line.includes('.') ? sentenceLabelLine(text, line, lineStart, lineEnd, valueEnd) : undefined;
  const m = FIELD_HEAD.exec(line);
  // (`- **Closure.** Per-tenant token bucket in \`wadl_api::hardening\``: a colon in the value of a label closed by a full stop.)
  if (!m) return line.includes('.') ? sentenceLabelLine(text, line, lineStart, lineEnd, valueEnd) : undefined;
  const [head, prefix, opener, emoji = '', rawLabel, closer] = m;
  // A bare `Date:` line is the date the document bears (in a table, a Date column is read by its content).
  const name =
    fieldForLabel(rawLabel) ??
    (normaliseLabel(rawLabel) === 'date' ? 'documentDate' : undefined) ??
    (labelsList(line.slice(head.length)) ? listOnlyLabel(rawLabel) : undefined) ??
    (/[-*+]/.test(prefix) && MILESTONE_ITEM.test(rawLabel.trim()) ? 'action' : undefined);
  if (name === undefined) return line.includes('.') ? sentenceLabelLine(text, line, lineStart, lineEnd, valueEnd) : undefined;
  const labelStart = lineStart + prefix.length + opener.length + emoji.length;
  const keyRange = { start: labelStart, end: labelStart + rawLabel.length };
  let valueStart = lineStart + head.length;
  if (opener !== '' && closer === '') {
    // `**Owner:** X` closes after the colon; `**Owner: X**` closes after the value.
    if (text.startsWith(opener, valueStart)) valueStart += opener.length;
    else {
      while (valueEnd > valueStart && isSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
      if (valueEnd - opener.length >= valueStart && text.startsWith(opener, valueEnd - opener.length)) valueEnd -= opener.length;
    }
  }
  const field = fieldAt(text, valueStart, valueEnd, keyRange, lineEnd);
  return {
    // `**Response:** Mitigate`, `**Mitigation Strategy:** [Avoid]`: an action label holding only a treatment's word decides the treatment; it plans no action.
    name: name === 'action' && isBareTreatment(field.value) ? 'treatment' : name,
    label: rawLabel.trim().toLowerCase(),
    field,
    // (A field a fix writes below is no task to tick: the box is left out.)
    prefix: line.slice(0, prefix.length + opener.length).replace(TASK_BOX, ''),
    bulleted: /[-*+]|\d[.)]/.test(prefix),
  };
}
const TASK_BOX = /\[[ xX]\][ \t]+/;
