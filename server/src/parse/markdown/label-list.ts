// A label followed by a list instead of a value: `**Planned Remediation:**` (or a heading
// named like a label, `## Mitigation Plan`) and then `- …` items. Under an action label
// each item is an action of its own, and a field line nested under an item (`  - Owner: …`)
// is that action's; under a due label (`**Timeline:**`) the list is a schedule, no date;
// under any other label (Evidence, Scope, Third parties) the items are the field's value.
import type { Field, Span } from '../../model/plan-model';
import type { LineIndex } from '../../model/positions';
import { fieldAt, isContinuationLine, MILESTONE_LABELS, type FieldLine, type PlacedField } from './field-lines';
import { EVIDENCE_RECORD, gradeWordOf, opensAsInstruction, statusOf, type FieldName } from '../../model/vocabulary';
import { parseDate } from '../../model/dates';
import { relativeDeadline } from '../../model/relative-dues';
import { CANDIDATE_TASKS } from './section-events';

/** Fields whose label may be followed by a list. */
export const LIST_FIELDS: ReadonlySet<FieldName> = new Set(['action', 'evidence', 'validation', 'scope', 'thirdParties', 'compensatingControls', 'due']);
/** Fields a line nested under an action item may set on it. */
const ITEM_FIELDS: ReadonlySet<FieldName> = new Set(['owner', 'due', 'status', 'completed']);

/** A list item's marker (after quote and indentation) and an optional task box. */
const LIST_ITEM = /^((?:[ \t]*>)*([ \t]*))(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/**
 * A mark opening an item that says how far it has got: a task box (`[x]`, `[ ]`) or a status
 * mark (`✅ Multi-AZ deployment`, `⏳ SOC 2 certification`). It is the item's status, not its words.
 */
export const ITEM_MARK = /^(\[[ xX]\]|[^\p{L}\p{N}\s*_`[(]{1,3})[ \t]+(?=\S)/u;

/** Up to three words and a colon opening an item (`Pending:`, `**In progress:**`): a status when the words name one. */
export const STATUS_LEAD = /^([*_]{0,2})([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+){0,2})[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+(?=\S)/;

/** A date leading a milestone item, then a colon or a spaced dash: `2026-02-15: Request the attestation`, `**2025-03-01:** Go/No-Go decision`. */
const LEADING_DATE = /^([*_]{0,2})([^:*_]{4,30}?)[ \t]*(?::[ \t]*\1|\1[ \t]*:|[ \t][-–—])[ \t]*(?=\S)/;

/** A milestone item split into its date (the step's due date) and its step, when it starts with a date. */
export function datedItem(text: string, value: Field): { action: Field; due: Field } | undefined {
  const m = LEADING_DATE.exec(value.value);
  if (!m || parseDate(m[2]).kind !== 'date') return undefined;
  const start = value.valueRange.start;
  const dateStart = start + m[1].length;
  return {
    due: { value: m[2], valueRange: { start: dateStart, end: dateStart + m[2].length }, keyRange: value.keyRange },
    action: fieldAt(text, start + m[0].length, value.valueRange.end, value.keyRange),
  };
}

/**
 * A date closing a milestone in brackets, and the step's status after a semicolon: `Access audit complete (Sep 2026)`,
 * `M2 Convert the service accounts (due 2026-08-28; Done)`.
 */
const CLOSING_DATE = /^(.*?\S)[ \t]*\((?:due|by|target)?[ \t:]*([^();]{3,30}?)[ \t]*(?:;[ \t]*([^();]{1,40}?)[ \t]*)?\)[ \t.;]*$/i;

/** A milestone's words, the date closing it and its status, each with where it starts in the words; undefined when no date closes it. */
export function closingDate(written: string): { words: string; date: string; dateAt: number; status?: string; statusAt?: number } | undefined {
  const m = CLOSING_DATE.exec(written);
  if (!m || parseDate(m[2]).kind !== 'date') return undefined;
  const dateAt = written.indexOf(m[2], m[1].length);
  return { words: m[1], date: m[2], dateAt, ...(m[3] && { status: m[3], statusAt: written.indexOf(m[3], dateAt + m[2].length) }) };
}

/** A milestone split into its step and the date it is due by, when it closes with a date in brackets (its status is the list's). */
export function closingDatedItem(text: string, value: Field): { action: Field; due: Field } | undefined {
  const step = closingDate(value.value);
  if (!step) return undefined;
  const start = value.valueRange.start;
  const dateStart = start + step.dateAt;
  return {
    action: fieldAt(text, start, start + step.words.length, value.keyRange),
    due: { value: step.date, valueRange: { start: dateStart, end: dateStart + step.date.length }, keyRange: value.keyRange },
  };
}

/** A rank leading an action item, then a colon: `**Priority 1:** Business continuation insurance`, `Step 2: …`. The order, not the words. */
const LEADING_RANK = /^([*_]{0,2})(?:priority|p|step|stage)[ \t]*\d{1,2}[ \t]*(?::[ \t]*\1|\1[ \t]*:)[ \t]*(?=\S)/i;

/** An action item without the rank it leads with, or the item as written. */
function unranked(text: string, value: Field): Field {
  const m = LEADING_RANK.exec(value.value);
  return m ? fieldAt(text, value.valueRange.start + m[0].length, value.valueRange.end, value.keyRange) : value;
}

/** The label a list may follow, as read from its line or heading. */
export interface ListLabel {
  readonly name: FieldName;
  readonly label: string;
  readonly keyRange: Span;
  /** How a new field line of the same block is written (the label line's prefix). */
  readonly prefix: string;
  /** The label's own field, given back when no list follows (a heading has none). */
  readonly field?: PlacedField;
}

/** One line's answer: consumed (part of the list) with what it adds, or not (the list has ended). */
export type ListStep = { readonly consumed: true; readonly fields: readonly PlacedField[]; readonly lastLine: number } | { readonly consumed: false; readonly fields: readonly PlacedField[] };

/**
 * An item that is only a caption (`- Access control:`, `- **Logging:**`): a few words and a colon.
 * Under an action label its sub-points word the action, not the caption.
 */
const CAPTION = /^[^:.;!?]{1,60}:$/;
const isCaption = (value: string): boolean => CAPTION.test(value.replace(/[*_`]/g, '').trim()) && value.trim().split(/\s+/).length <= 6;
/**
 * An item that is only a measure's name in bold (`1. **Exponential Backoff with Jitter**`, `**Pin Versions** (CI)`): a strategy
 * titled, its sub-points the concrete work. With points it is worded as the title and its points; with none, the title alone.
 */
const BOLD_TITLE = /^(\*\*|__)[^*_:]{1,80}\1(?:[ \t]*\([^)]{1,40}\))?$/;
const isBoldTitle = (value: string): boolean => BOLD_TITLE.test(value.trim());

/** A caption closed by a word that needs its points to finish the sentence: `Show conversation list with:`, `Focus on:`, `Notify the following:`. */
const LEADS_INTO_POINTS = /\s(?:with|on|to|for|in|into|from|of|by|as|including|like|such as|following|between)[ \t]*:[ \t]*$/i;

/** A point's label that says only that it words the measure above it (`Description:`, `Details:`). */
const DESCRIBING_LEAD = /^[*_]{0,2}(?:description|details|detail|summary)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+(?=\S)/i;

/** A caption item of an action list waiting for its sub-points: the action it opens, then each sub-point's words. */
interface PendingCaption {
  readonly item: PlacedField;
  readonly rest: readonly PlacedField[];
  readonly points: { value: Field; line: number; status?: Field }[];
  subIndent: number;
  /** The caption is a measure's bold title (BOLD_TITLE): it leads the worded action. */
  readonly titled?: true;
}

/** Whether a line opens a list item, as the list under a label reads its items. */
export function opensListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** The length of a list item's marker, with the quote marks and indentation before it; undefined for a line that opens no item. */
export function listItemMarkerLength(line: string): number | undefined {
  return LIST_ITEM.exec(line)?.[0].length;
}

/** A bracket closing an item that holds only a status, of three words at most (`(planned)`, `(implemented)`, `(in progress)`). */
const CLOSING_BRACKET = /\s*\(([^()]{2,30})\)[.;]?$/;

/** The status a bracket closing an item's words gives, where it sits, and where the words end; undefined when there is none. */
function closingStatus(value: Field): { value: string; range: Span; at: number } | undefined {
  const m = CLOSING_BRACKET.exec(value.value);
  const inner = m?.[1].trim();
  if (!m || m.index === 0 || !inner || inner.split(/\s+/).length > 3 || statusOf(inner) === undefined) return undefined;
  const start = value.valueRange.start + m.index + m[0].indexOf(inner);
  return { value: inner, range: { start, end: start + inner.length }, at: m.index };
}

/** The list under one label, read line by line. */
export class LabelList {
  private readonly items: { value: Field; line: number }[] = [];
  private itemIndent = -1;
  private caption?: PendingCaption;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    readonly label: ListLabel,
  ) {}

  /** Reads line `line` (`field`: the field line it holds, if any); `end` bounds continuation lines. */
  step(line: number, field: FieldLine | undefined, end: number): ListStep {
    const point = this.caption && !field ? this.captionPoint(line, end) : undefined;
    if (point !== undefined) return { consumed: true, fields: [], lastLine: point };
    const blank = this.text.slice(this.lines.lineStart(line), this.lines.lineEnd(line)).trim() === '';
    const waiting = blank ? [] : this.flushCaption();
    const step = this.readLine(line, field, end);
    return waiting.length === 0 ? step : { ...step, fields: [...waiting, ...step.fields] };
  }

  /** A sub-point of the caption waiting for its words (its last line), or undefined when the line is none. */
  private captionPoint(line: number, end: number): number | undefined {
    const { text, lines } = this;
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    const marker = LIST_ITEM.exec(content);
    const indent = marker ? marker[2].replace(/\t/g, '    ').length : -1;
    if (!marker || indent <= this.itemIndent) return undefined;
    let last = line;
    while (last + 1 < end && isContinuationLine(text, lines.lineStart(last + 1), lines.lineEnd(last + 1))) last++;
    const caption = this.caption!;
    // Only the caption's own points word the action; a point of a point is its detail.
    if (caption.subIndent < 0) caption.subIndent = indent;
    if (indent === caption.subIndent) {
      const itemStart = lines.lineStart(line) + marker[0].length;
      const mark = ITEM_MARK.exec(content.slice(marker[0].length));
      const status = mark && statusOf(mark[1]) !== undefined ? mark : null;
      const value = fieldAt(text, itemStart + (status ? status[0].length : 0), lines.lineEnd(last), this.label.keyRange);
      const markRange = { start: itemStart, end: itemStart + (status?.[1].length ?? 0) };
      if (value.value !== '') caption.points.push({ value, line: last, ...(status && { status: { value: status[1], valueRange: markRange, keyRange: markRange } }) });
    }
    return last;
  }

  /** The caption's action, worded by its points joined (the caption alone when it has none). */
  private flushCaption(): PlacedField[] {
    const caption = this.caption;
    this.caption = undefined;
    if (!caption) return [];
    const { points } = caption;
    if (points.length === 0) return [caption.item, ...caption.rest];
    // A caption marked with its own progress (`- [ ] Send BAA requests to all vendors:`) is one step, with that progress; its
    // points name what it is done to (`  - [ ] Anthropic (Claude AI)`), worded after it so the step keeps its verb.
    const title = caption.titled ? `${caption.item.field.value}: ` : '';
    const marked = caption.rest.some((f) => f.name === 'status');
    // So is a caption worded as an instruction (`1. Create 2 separate SSIDs:` over `- WiFi-Medical (WPA3-Enterprise)`): its points say what it makes.
    // Or a caption whose sentence its points finish (`2. Show conversation list with:`, `3. Focus on:`): a step, its points what it takes in.
    const leadIn = !marked && LEADS_INTO_POINTS.test(caption.item.field.value.replace(/[*_`]/g, ''));
    const instructed = !marked && (opensAsInstruction(caption.item.field.value) || leadIn);
    const lead = marked ? `${caption.item.field.value.trim()} ` : instructed ? `${caption.item.field.value.replace(/[*_`]/g, '').trim()} ` : title;
    // Points marked each with its own progress (`- [x] Named accounts`) under a caption that is only a topic are steps of their own, each with its status.
    if (!marked && !instructed && points.some((p) => p.status)) {
      return points.flatMap((p) => [
        { ...caption.item, field: p.value, line: p.line },
        ...(p.status ? [{ name: 'status' as const, label: 'Status', field: p.status, prefix: this.label.prefix, bulleted: true, line: p.line, listItem: 'child' as const }] : []),
      ]);
    }
    const first = (title || instructed) && !marked ? caption.item.field.valueRange : points[0].value.valueRange;
    const last = points[points.length - 1];
    // `- Description: Test the full sequence` under a measure's title: the point's label only says it describes it.
    const items = points.map((p) => p.value.value.replace(DESCRIBING_LEAD, ''));
    // A lead-in's points are what its one step takes in, a list within its sentence; other points are steps of their own.
    const field: Field = { value: lead + items.join(leadIn ? ', ' : '; '), valueRange: { start: first.start, end: last.value.valueRange.end }, keyRange: this.label.keyRange, items };
    return [{ ...caption.item, field, line: last.line }, ...caption.rest];
  }

  private readLine(line: number, field: FieldLine | undefined, end: number): ListStep {
    const { text, lines } = this;
    const start = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const content = text.slice(start, lineEnd);
    if (content.trim() === '') return { consumed: true, fields: [], lastLine: line };
    const marker = LIST_ITEM.exec(content);
    if (!marker) return { consumed: false, fields: this.finish() };
    const indent = marker[2].replace(/\t/g, '    ').length;
    // `- ⏳ Target: 99.9% uptime SLA` among the actions, at their indent and marked with its progress as they are: a target
    // that is no date is an item still to reach, not the list's deadline (`- **Timeline:** Ongoing`, unmarked, stays the risk's).
    const progress = field?.name === 'due' ? ITEM_MARK.exec(content.slice(marker[0].length)) : null;
    const goal = field !== undefined && progress !== null && statusOf(progress[1]) !== undefined && this.label.name === 'action' && this.items.length > 0 && indent === this.itemIndent &&
      parseDate(field.field.value).kind !== 'date' && relativeDeadline(field.field.value) === undefined;
    if (field && !goal) {
      const nested = this.items.length > 0 && indent > this.itemIndent && this.label.name === 'action' && ITEM_FIELDS.has(field.name);
      // A form's line under a checklist item of a heading with no ID (`  - Last review date: ____`) is the item's detail, no field of the plan.
      if (!nested && this.items.length > 0 && indent > this.itemIndent && this.label.label === CANDIDATE_TASKS) return { consumed: true, fields: [], lastLine: line };
      if (!nested) return { consumed: false, fields: this.finish() };
      return { consumed: true, fields: [{ ...field, line, listItem: 'child' }], lastLine: line };
    }
    if (this.itemIndent >= 0 && indent > this.itemIndent && this.label.name !== 'action') return { consumed: true, fields: [], lastLine: line };
    if (this.itemIndent < 0) this.itemIndent = indent;
    else if (indent > this.itemIndent) return { consumed: true, fields: [], lastLine: line }; // a sub-point of the item above
    let last = line;
    while (last + 1 < end && isContinuationLine(text, lines.lineStart(last + 1), lines.lineEnd(last + 1))) last++;
    const itemStart = start + marker[0].length;
    const mark = ITEM_MARK.exec(content.slice(marker[0].length));
    const marked = mark && statusOf(mark[1]) !== undefined ? mark : null;
    const markEnd = itemStart + (marked ? marked[0].length : 0);
    // `⏳ Pending: Validation testing`, `Done: Rotate the keys`: a status worded before a colon is the item's status, not its words.
    const worded = this.label.name === 'action' ? STATUS_LEAD.exec(text.slice(markEnd, lines.lineEnd(line))) : null;
    const wordedStatus = worded && statusOf(worded[2]) !== undefined ? worded : null;
    const value = fieldAt(text, markEnd + (wordedStatus ? wordedStatus[0].length : 0), lines.lineEnd(last), this.label.keyRange);
    if (value.value === '') return { consumed: true, fields: [], lastLine: last };
    const status: readonly string[] | null = marked ?? (wordedStatus && [wordedStatus[0], wordedStatus[2]]);
    const statusStart = marked ? itemStart : markEnd + (wordedStatus?.[1].length ?? 0);
    this.items.push({ value, line: last });
    if (this.label.name !== 'action') return { consumed: true, fields: [], lastLine: last };
    const dated = datedItem(text, value) ?? (MILESTONE_LABELS.has(this.label.label) ? closingDatedItem(text, value) : undefined);
    // A milestone list's undated items (`[x] Design completed (Week 17)`) are progress notes, not steps with a date;
    // one naming the evidence filed (`[x] MFA evidence created - MAC-RPT-104_Evidence.md`) records the risk's evidence.
    if (!dated && MILESTONE_LABELS.has(this.label.label)) return { consumed: true, fields: evidenceIn(value, this.label.prefix, last), lastLine: last };
    // `- CAPTCHA for repeated failures (planned)`, `- Brute force detection alerts (implemented)`: a status in brackets closing the item.
    const closing = status || dated ? undefined : closingStatus(value);
    const kept = closing ? value.value.slice(0, closing.at).trimEnd() : value.value;
    const words = closing ? { ...value, value: kept, valueRange: { start: value.valueRange.start, end: value.valueRange.start + kept.length } } : value;
    // `- [ ] **CRITICAL**: Sign BAA with the host`: a grade before a colon is the item's priority, not its words.
    const lead = dated ? null : STATUS_LEAD.exec(words.value);
    const grade = lead && gradeWordOf(lead[2]) !== undefined ? lead : null;
    const gradeStart = grade ? words.valueRange.start + grade[1].length : 0;
    const priority: PlacedField[] = grade
      ? [{ name: 'priority', label: 'Priority', field: { value: grade[2], valueRange: { start: gradeStart, end: gradeStart + grade[2].length }, keyRange: this.label.keyRange }, prefix: this.label.prefix, bulleted: true, line: last, listItem: 'child' }]
      : [];
    const ungraded = grade ? fieldAt(text, words.valueRange.start + grade[0].length, words.valueRange.end, this.label.keyRange) : words;
    const item: PlacedField = { name: 'action', label: this.label.label, field: dated?.action ?? unranked(text, ungraded), prefix: this.label.prefix, bulleted: true, line: last, listItem: 'item' };
    const due: PlacedField[] = dated ? [{ name: 'due', label: 'due', field: dated.due, prefix: this.label.prefix, bulleted: true, line: last, listItem: 'child' }] : [];
    const markRange = closing ? closing.range : { start: statusStart, end: statusStart + (status?.[1].length ?? 0) };
    const statusValue = closing ? closing.value : status?.[1];
    const statusField: PlacedField[] = statusValue !== undefined ? [{ name: 'status', label: 'Status', field: { value: statusValue, valueRange: markRange, keyRange: markRange }, prefix: this.label.prefix, bulleted: true, line: last, listItem: 'child' }] : [];
    // `- Access control:` then its points: the action is worded when they have been read.
    const titled = !dated && isBoldTitle(text.slice(markEnd, lines.lineEnd(last)));
    if (!dated && (isCaption(value.value) || titled)) {
      this.caption = { item, rest: [...statusField, ...priority, ...due], points: [], subIndent: -1, ...(titled && { titled: true as const }) };
      return { consumed: true, fields: [], lastLine: last };
    }
    return { consumed: true, fields: [item, ...statusField, ...priority, ...due], lastLine: last };
  }

  /** An action label with no item read yet: a table set under it may be its list. */
  get awaitsActions(): boolean {
    return this.items.length === 0 && this.label.name === 'action';
  }

  /** What the label gives when its list ends: its items as one field, or the label alone when no item followed. */
  finish(): PlacedField[] {
    if (this.caption) return this.flushCaption();
    if (this.items.length === 0) return this.label.field ? [this.label.field] : [];
    // Under a due label a list is a schedule of steps (`**Timeline:**` then `- Week 1: …`), not a date.
    if (this.label.name === 'action' || this.label.name === 'due') return [];
    const first = this.items[0].value.valueRange;
    const last = this.items[this.items.length - 1];
    const items = this.items.map((i) => i.value.value);
    const field: Field = { value: items.join('; '), valueRange: { start: first.start, end: last.value.valueRange.end }, keyRange: this.label.keyRange, items };
    return [{ name: this.label.name, label: this.label.label, field, prefix: this.label.prefix, bulleted: false, line: last.line }];
  }
}

/** The record of evidence a note names (EVIDENCE_RECORD), as the risk's evidence field; none when it names none. */
export function evidenceIn(note: Field, prefix: string, line: number): PlacedField[] {
  const m = EVIDENCE_RECORD.exec(note.value);
  if (!m) return [];
  const start = note.valueRange.start + m.index;
  return [{ name: 'evidence', label: 'evidence', field: { value: m[0], valueRange: { start, end: start + m[0].length }, keyRange: note.keyRange }, prefix, bulleted: false, line }];
}
