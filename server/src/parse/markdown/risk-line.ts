// A register entry opened by a plain line, not a heading or a list item: `R1: Prompt injection
// leading to disclosure of PII`, then the risk's field lines as a list below it. Read as a
// `Risk ID:` line and the risk's title; the entry runs to the next one, a heading, a thematic
// break or a paragraph that is not its fields. A checklist writes its entries as task items:
// `- [ ] Enable MFA for admin accounts` with the finding nested under it (`- Finding: …`); the
// item is the action, its box the status.
import type { PlacedField } from './field-lines';
import { fieldAt, readFieldLine } from './field-lines';
import type { LineIndex } from '../../model/positions';
import { RISK_ID_SOURCE, statusOf } from '../../model/vocabulary';
import { ENTRY_WORD_SOURCE } from './risk-heading';
import { hasFormBlank, isPlaceholder } from '../../model/placeholders';
import { relativeDeadline } from '../../model/relative-dues';
import { parseDate } from '../../model/dates';

/** An ID at the start of an unindented line, then a colon or a spaced dash and the title. */
const LINE_HEAD = new RegExp(String.raw`^([*_]{0,2})(${RISK_ID_SOURCE})\1[ \t]*(?::|[ \t][-–—])[ \t]+(?=\S)`);
/** The word for what the register lists before the ID, in any case (`**Hazard H001**: …`): read past, the ID keeps its own case. */
const ENTRY_WORD_LEAD = new RegExp(String.raw`^[*_]{0,2}(${ENTRY_WORD_SOURCE}[ \t]+)`, 'i');

/** The line's head as LINE_HEAD reads it, past an entry word before the ID; `skipped`: the word's length, after the emphasis. */
function lineHead(written: string): { head: RegExpExecArray; skipped: number } | undefined {
  const plain = LINE_HEAD.exec(written);
  if (plain) return { head: plain, skipped: 0 };
  const word = ENTRY_WORD_LEAD.exec(written);
  if (!word) return undefined;
  const at = word[0].length - word[1].length;
  const head = LINE_HEAD.exec(written.slice(0, at) + written.slice(word[0].length));
  return head ? { head, skipped: word[1].length } : undefined;
}
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The ID and title fields of a line that opens a register entry, or undefined. `next`: the
 * zero-based line of the first non-blank line below it, which must start a list with a field line in it.
 */
export function riskLineFields(text: string, lines: LineIndex, line: number, next: number | undefined): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const read = lineHead(text.slice(start, end));
  if (!read || next === undefined || !listHasField(text, lines, next)) return undefined;
  const { head, skipped } = read;
  const idStart = start + head[1].length + skipped;
  const id = { value: head[2], valueRange: { start: idStart, end: idStart + head[2].length } };
  return [
    { name: 'id', label: 'risk id', field: id, prefix: '', bulleted: false, line },
    { name: 'risk', label: 'risk', field: fieldAt(text, start + head[0].length + skipped, end), prefix: '', bulleted: false, line },
  ];
}

/** A task item: its box and its text (an emphasised tag before a colon, `**HIPAA**:`, stays in the text). */
const TASK_ITEM = /^([ \t]{0,3}[-*+][ \t]+)\[([ xX])\][ \t]+(?=\S)/;

/**
 * The action and status fields of a task item with field lines nested under it, or undefined.
 * The status is the box (`[ ]` open, `[x]` done).
 */
export function taskItemFields(text: string, lines: LineIndex, line: number, end: number): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const item = TASK_ITEM.exec(text.slice(start, lineEnd));
  if (!item || !nestedField(text, lines, line, item[1].length, end)) return undefined;
  const boxStart = start + item[1].length;
  const prefix = item[1];
  return [
    { name: 'action', label: 'action', field: fieldAt(text, start + item[0].length, lineEnd), prefix, bulleted: true, line },
    { name: 'status', label: 'status', field: { value: text.slice(boxStart, boxStart + 3), valueRange: { start: boxStart, end: boxStart + 3 } }, prefix, bulleted: true, line },
  ];
}

/**
 * The last line of an audit checklist's question: a task item whose nested lines hold field lines,
 * every one a form's blank (`- [ ] **Sanctions policy established**` over `- Last review date: _____`).
 * Its blanks are nobody's fields, the plan's no more than a risk's. Undefined for any other line.
 */
export function formQuestionEnd(text: string, lines: LineIndex, line: number, end: number): number | undefined {
  const item = TASK_ITEM.exec(text.slice(lines.lineStart(line), lines.lineEnd(line)));
  if (!item) return undefined;
  let last = line;
  let blanks = 0;
  for (let at = line + 1; at < end; at++) {
    const content = text.slice(lines.lineStart(at), lines.lineEnd(at));
    if (content.trim() === '') break;
    if (indentWidth(content) < item[1].length) break;
    const nested = readFieldLine(text, lines.lineStart(at), lines.lineEnd(at));
    if (nested && !isFormBlank(nested.field.value)) return undefined;
    if (nested) blanks++;
    last = at;
  }
  return blanks > 0 ? last : undefined;
}

/** Whether a field line is nested under the item at `line` (indented past `indent`, before the next item). */
function nestedField(text: string, lines: LineIndex, line: number, indent: number, end: number): boolean {
  for (let at = line + 1; at < Math.min(end, line + 12); at++) {
    const content = text.slice(lines.lineStart(at), lines.lineEnd(at));
    if (content.trim() === '') continue;
    if (indentWidth(content) < indent) return false;
    const nested = readFieldLine(text, lines.lineStart(at), lines.lineEnd(at));
    if (nested?.bulleted && !isFormBlank(nested.field.value)) return true;
  }
  return false;
}

/**
 * A value left for whoever fills in a form: empty, a placeholder, a blank to write on (`_____`,
 * `Within ___ days`) or boxes to tick (`Yes ☐ No ☐`). An audit checklist's item with only such
 * lines under it (`- [ ] Sanctions policy established` over `- Last review date: _____`) is a
 * question to answer, not a risk's action.
 */
function isFormBlank(value: string): boolean {
  return value.trim() === '' || hasFormBlank(value) || isPlaceholder(value);
}

/** How far a line is indented, a tab counted as four spaces. */
function indentWidth(content: string): number {
  return /^[ \t]*/.exec(content)![0].replace(/\t/g, '    ').length;
}

/** A line that ends a register entry opened by a line: a thematic break, or an unindented paragraph line after a blank one. */
export function endsLineRisk(text: string, lines: LineIndex, line: number): boolean {
  const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
  if (THEMATIC_BREAK.test(content)) return true;
  if (line === 0 || /^[ \t>]/.test(content) || content.trim() === '' || LIST_ITEM.test(content)) return false;
  return text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)).trim() === '';
}

/** Whether the list starting at `line` holds a field line among its first items (`- Owner: …`). */
function listHasField(text: string, lines: LineIndex, line: number): boolean {
  for (let at = line; at < Math.min(lines.lineCount, line + 16); at++) {
    const content = text.slice(lines.lineStart(at), lines.lineEnd(at));
    if (!LIST_ITEM.test(content) && !/^[ \t]+\S/.test(content)) return false;
    if (readFieldLine(text, lines.lineStart(at), lines.lineEnd(at))?.bulleted) return true;
  }
  return false;
}

/**
 * A bullet that leads with a risk's ID in bold, then its title: `- **R-07** Unencrypted backups on
 * the NAS`, `- **F-2:** Front-desk PC has no screen lock`, `* **R-08** — Shared Wi-Fi password`.
 */
const BOLD_ID_ITEM = new RegExp(String.raw`^([ \t]{0,3}[-*+][ \t]+)(\*\*|__)(${RISK_ID_SOURCE})[ \t]*:?\2[ \t]*(?:[:\u2013\u2014-][ \t]*)?(?=[^\s*_])`);

/**
 * A bullet that leads with a plain ID, perhaps the kind of threat or risk it is in brackets, then a
 * colon: `- S1 (Spoofing): stolen session token reused`, `- T-03 [Tampering]: …`, `- R4: …`. A threat
 * model lists its STRIDE threats so, one per category, under a heading of scenarios.
 */
const PLAIN_ID_ITEM = new RegExp(String.raw`^([ \t]{0,3}[-*+][ \t]+)()(${RISK_ID_SOURCE})(?:[ \t]*(?:\([^()\n]{1,40}\)|\[[^[\]\n]{1,40}\]))?[ \t]*:[ \t]+(?=\S)`);

/**
 * A bullet whose bold text is an ID and its severity, its description on the line under it:
 * `- **CVE-2024-21892 – Critical**` then `  Privilege escalation in Node.js …` (a scan's write-up).
 */
const BOLD_ID_SEVERITY_ITEM = new RegExp(String.raw`^([ \t]{0,3}[-*+][ \t]+)(\*\*|__)(${RISK_ID_SOURCE})[ \t]*[:\u2013\u2014-][ \t]*(critical|high|medium|moderate|low)[ \t]*\2[ \t]*$`, 'i');

/** The ID, severity and description of such a bullet, the description the indented line under it. */
function boldIdSeverityFields(text: string, lines: LineIndex, line: number): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const head = BOLD_ID_SEVERITY_ITEM.exec(text.slice(start, lines.lineEnd(line)));
  if (!head || line + 1 >= lines.lineCount) return undefined;
  const nextStart = lines.lineStart(line + 1);
  const next = text.slice(nextStart, lines.lineEnd(line + 1));
  const indent = /^[ \t]+(?=\S)/.exec(next);
  // The description is a continuation of the item: indented, and no item or field line of its own.
  if (!indent || LIST_ITEM.test(next) || readFieldLine(text, nextStart, lines.lineEnd(line + 1))) return undefined;
  const idStart = start + head[1].length + head[2].length;
  const levelStart = start + head[0].indexOf(head[4], head[1].length + head[2].length + head[3].length);
  const prefix = ' '.repeat(head[1].length) + '- ';
  return [
    { name: 'id', label: 'risk id', field: { value: head[3], valueRange: { start: idStart, end: idStart + head[3].length } }, prefix, bulleted: true, line },
    { name: 'risk', label: 'risk', field: fieldAt(text, nextStart + indent[0].length, lines.lineEnd(line + 1)), prefix, bulleted: true, line },
    { name: 'priority', label: 'severity', field: { value: head[4], valueRange: { start: levelStart, end: levelStart + head[4].length } }, prefix, bulleted: true, line },
  ];
}

/**
 * The ID and title fields of a bold-ID bullet (or a plain ID's, then a colon), or undefined. A risk only under a section of
 * risks or findings, outside any risk heading (the assembly decides: elsewhere it cites a risk).
 */
export function boldIdItemFields(text: string, lines: LineIndex, line: number): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const content = text.slice(start, end);
  const graded = boldIdSeverityFields(text, lines, line);
  if (graded) return graded;
  const head = BOLD_ID_ITEM.exec(content) ?? PLAIN_ID_ITEM.exec(content);
  if (!head) return undefined;
  const idStart = start + head[1].length + head[2].length;
  const id = { value: head[3], valueRange: { start: idStart, end: idStart + head[3].length } };
  const prefix = ' '.repeat(head[1].length) + '- ';
  return [
    { name: 'id', label: 'risk id', field: id, prefix, bulleted: true, line },
    { name: 'risk', label: 'risk', field: fieldAt(text, start + head[0].length, end), prefix, bulleted: true, line },
  ];
}

/**
 * A finding's bold line stating its grade before its title, alone on its line (`⚠️ **MEDIUM: MFA Not Implemented**`, `**HIGH
 * SEVERITY: Unsafe query**`), marks before it allowed: an audit report's finding, whose list of field lines follows.
 */
const GRADED_BOLD_LINE = /^[ \t]{0,3}(?:[^\p{L}\p{N}\s*_]+[ \t]*)?(\*\*|__)(critical|high|medium|moderate|low)(?:[ \t]+(?:severity|risk))?[ \t]*:[ \t]*([^*_\s][^*_\n]*?)[ \t]*\1[ \t]*$/iu;

/**
 * The title and grade of a finding written as a graded bold line over its list of fields (`⚠️ **MEDIUM: MFA Not Implemented**`
 * over `- **Risk:** …`, `- **Recommendation:** …`), or undefined. Only over such a list: a bold line alone is a paragraph's lead.
 */
export function gradedBoldLineFields(text: string, lines: LineIndex, line: number, next: number | undefined): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const content = text.slice(start, lines.lineEnd(line));
  const head = GRADED_BOLD_LINE.exec(content);
  if (!head || next === undefined || next !== line + 1 || !listHasField(text, lines, next)) return undefined;
  const gradeStart = start + content.indexOf(head[1]) + head[1].length;
  const titleStart = start + content.lastIndexOf(head[3], content.length - head[1].length);
  return [
    { name: 'risk', label: 'risk', field: { value: head[3], valueRange: { start: titleStart, end: titleStart + head[3].length } }, prefix: '- ', bulleted: true, line },
    { name: 'priority', label: 'severity', field: { value: head[2], valueRange: { start: gradeStart, end: gradeStart + head[2].length } }, prefix: '- ', bulleted: true, line },
  ];
}

/** The label a details line opens its block with, to tell it from a register entry's ID line. */
export const DETAILS_LABEL = 'details for';

/**
 * `**Details for HIGH-001:**` (or `**Details:**`, `**HIGH-001 details:**`, `**HIGH-001: Its title**`) on a line of its own,
 * then a list of field lines: a block that adds to a risk read above (a POA&M's row), by its
 * ID, or to the last risk when it names none. Read as an ID field whose label says it refers.
 */
const DETAILS_HEAD = new RegExp(String.raw`^[ \t]{0,3}([*_]{0,2})(?:(?:details|remediation details|more details)(?:[ \t]+(?:for|of|on)[ \t]+(${RISK_ID_SOURCE}))?|(${RISK_ID_SOURCE})[ \t]+details|(${RISK_ID_SOURCE})[ \t]*[:\u2013\u2014-][ \t]*[^*_\s][^*_]*?)[ \t]*:?[ \t]*\1[ \t]*:?[ \t]*$`, 'i');

export function detailsLineFields(text: string, lines: LineIndex, line: number, next: number | undefined): PlacedField[] | undefined {
  const start = lines.lineStart(line);
  const content = text.slice(start, lines.lineEnd(line));
  const head = DETAILS_HEAD.exec(content);
  if (!head || next === undefined || !listHasField(text, lines, next)) return undefined;
  // `**R-001: MFA Not Implemented**` over a list of fields (a report's "Recommended Risk Responses"): the response to a risk
  // rated above, by its ID; only in bold, as a paragraph of its own (a plain line so worded is prose).
  if (head[4] !== undefined && head[1] === '') return undefined;
  const written = head[2] ?? head[3] ?? head[4];
  const at = written === undefined ? start : start + content.indexOf(written);
  const id = { value: written ?? '', valueRange: { start: at, end: at + (written?.length ?? 0) } };
  return [{ name: 'id', label: DETAILS_LABEL, field: id, prefix: '', bulleted: false, line }];
}

/** A numbered item that opens with a bold title and goes on to describe it on its line (`1. **No proposal bond** — any holder can spam proposals. Consider …`). */
const DESCRIBED_ITEM = /^([ \t]{0,3}\d{1,3}[.)][ \t]+)(\*\*|__)(?!\s)(.{2,120}?)\2[ \t]*(?:[:—–-][ \t]*)?(?=\S)/;
/** A title that opens with a risk's ID. */
const LEADING_ID = new RegExp(String.raw`^(?:${RISK_ID_SOURCE})(?![\w-])`);
/** A numbered stage of a schedule (`Phase 2`, `Sprint 4`, `Waves 1-2`); weeks, days and quarters are deadlines the dates module reads. */
const NUMBERED_STAGE = /^(?:phase|sprint|stage|wave|step|milestone)s?[ \t]+\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?$/i;

/** A period of a schedule as an item's title: `Week 1`, `Weeks 2-3`, `Day 30`, `Q1 2027`, `Phase 2`, `Sprint 4`. */
function isSchedulePeriod(title: string): boolean {
  const period = title.trim().replace(/[ \t]*:$/, '');
  return NUMBERED_STAGE.test(period) || relativeDeadline(period) !== undefined || parseDate(period).kind === 'date';
}
/** Where a review's item turns to what should be done: a sentence (or a dashed clause) that opens with a recommendation. */
const RECOMMENDATION = /(?:^|[.;!?][ \t]+|[—–][ \t]*)((?:consider|we recommend|recommend(?:ed)?:?|recommendation:|suggest(?:ed)?:?|should)\b[^\n]*)$/i;

/**
 * A review's finding written on one numbered line: its bold title the risk, and the sentence that
 * recommends what to do, if any, its action. An entry only under a section of findings graded by
 * severity (`### ⚠️ Medium Issues`): the assembly keeps titled items only there.
 */
function describedItemFields(text: string, start: number, lineText: string, line: number): PlacedField[] | undefined {
  const item = DESCRIBED_ITEM.exec(lineText);
  // A description says something of the finding: a few words naming a topic (`**Requirement 12.1** - Security policy`, a priority matrix's entry) do not.
  if (!item || (lineText.slice(item[0].length).match(/\p{L}+/gu) ?? []).length < 6) return undefined;
  // `1. **Week 1:** F-03 + F-01 (closes …)`: a schedule's step, titled by its period, names work on findings; it is none.
  if (isSchedulePeriod(item[3])) return undefined;
  // `1. **R-009: Safety/Legal Impact** - Mitigation must be in place`: a list that names risks by ID ranks or restates them.
  if (LEADING_ID.test(item[3])) return undefined;
  const titleStart = start + item[1].length + item[2].length;
  const fields: PlacedField[] = [{ name: 'risk', label: 'risk', field: fieldAt(text, titleStart, titleStart + item[3].length), prefix: ' '.repeat(item[1].length) + '- ', bulleted: false, line }];
  const advice = RECOMMENDATION.exec(lineText.slice(item[0].length));
  if (advice) {
    const adviceStart = start + lineText.length - advice[1].length;
    fields.push({ name: 'action', label: 'recommendation', field: fieldAt(text, adviceStart, start + lineText.length), prefix: ' '.repeat(item[1].length) + '- ', bulleted: true, line, listItem: 'child' });
  }
  return fields;
}

/**
 * A severity closing a bold title, after a dash or in brackets (`1. **SMB signing not required** — *High*`,
 * `- **Stale sessions** (Medium)`): its group is the severity. Either titled item below may close on one.
 */
const CLOSING_SEVERITY = String.raw`(?:[ \t]*(?:[—–-][ \t]*)?[*_([]{0,2}(critical|high|medium|moderate|low)[*_)\]]{0,2})?`;
/** A numbered item whose whole text is bold (`1. **🚨 Migrate the default VPC**`, `2. **Backups (PR.DS-11)**:`): a roadmap's entry, titled. */
const TITLED_ITEM = new RegExp(String.raw`^([ \t]{0,3}\d{1,3}[.)][ \t]+)(\*\*|__)(?!\s)(.+?)\2${CLOSING_SEVERITY}[ \t]*:?[ \t]*$`, 'i');
/** A bulleted item whose whole text is bold (`- **PHI submission risk (issue reports)**`): an entry only with a field line nested under it (`  - Mitigation: …`). */
const TITLED_BULLET = new RegExp(String.raw`^([ \t]{0,3}[-*+][ \t]+)(\*\*|__)(?!\s)(.+?)\2${CLOSING_SEVERITY}[ \t]*:?[ \t]*$`, 'i');
/** A nested item's marker and text. */
const NESTED_ITEM = /^([ \t]+)(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;

/**
 * A roadmap's entry: a numbered item whose whole text is bold, with items nested under it
 * (`   - Move the instances to a dedicated VPC`). The bold text titles a risk; each nested item
 * is an action of it, a nested field line (`- **Owner:** …`) that action's (a labelled action, `- **Action Plan:** …`,
 * an action itself), and a nested line
 * under a label the vocabulary does not know (`- **Cost:** …`) neither. Undefined unless a
 * nested item is an action. `lastLine`: the entry's last nested line.
 */
export function titledItemFields(text: string, lines: LineIndex, line: number, end: number): { fields: PlacedField[]; lastLine: number } | undefined {
  const start = lines.lineStart(line);
  const lineText = text.slice(start, lines.lineEnd(line));
  const numbered = TITLED_ITEM.exec(lineText);
  if (!numbered) {
    const described = describedItemFields(text, start, lineText, line);
    if (described) return { fields: described, lastLine: line };
  }
  // A bullet's bold name is an entry only by a labelled action under it (`  - Mitigation: …`): its plain nested items are its notes.
  const item = numbered ?? TITLED_BULLET.exec(lineText);
  if (!item) return undefined;
  const titleStart = start + item[1].length + item[2].length;
  const fields: PlacedField[] = [{ name: 'risk', label: 'risk', field: fieldAt(text, titleStart, titleStart + item[3].length), prefix: ' '.repeat(item[1].length) + '- ', bulleted: false, line }];
  if (item[4]) {
    const gradeStart = start + item[0].search(new RegExp(`${item[4]}[*_)\\]]{0,2}[ \\t]*:?[ \\t]*$`));
    fields.push({ name: 'priority', label: 'priority', field: fieldAt(text, gradeStart, gradeStart + item[4].length), prefix: ' '.repeat(item[1].length) + '- ', bulleted: false, line });
  }
  let lastLine = line;
  let actions = 0;
  /** Field lines written before any action: the entry's own, read only when it plans nothing and names who owns it. */
  const before: PlacedField[] = [];
  for (let at = line + 1; at < end; at++) {
    const lineStart = lines.lineStart(at);
    const lineEnd = lines.lineEnd(at);
    const content = text.slice(lineStart, lineEnd);
    if (content.trim() === '') continue;
    const nested = NESTED_ITEM.exec(content);
    if (!nested) break;
    lastLine = at;
    const field = readFieldLine(text, lineStart, lineEnd);
    if (field) {
      // `- **Action Plan**: …` is the entry's action by its label; other fields belong to an action above them.
      if (field.name === 'action' && field.field.value !== '') actions++;
      if (actions > 0 || !numbered) fields.push({ ...field, line: at, listItem: 'child' });
      else before.push({ ...field, line: at, listItem: 'child' });
      continue;
    }
    if (!numbered) continue;
    const value = fieldAt(text, lineStart + nested[0].length, lineEnd);
    // `- **Cost:** …`: a label the vocabulary does not know says nothing about the action; nor does what the work costs (`- Effort: 4 weeks`, set 98).
    if (/^[*_]{2}[^*_:]{1,40}(?::[*_]{2}|[*_]{2}\s*:)|^[^:]{1,30}:\s*$/.test(text.slice(lineStart + nested[0].length, lineEnd)) || COST_LINE.test(value.value) || value.value === '') continue;
    fields.push({ name: 'action', label: 'action', field: value, prefix: nested[0], bulleted: true, line: at, listItem: 'item' });
    actions++;
  }
  // A numbered gap with its owner and no work written (`2. **No risk assessment process** - Critical` over `- Impact: …`,
  // `- Effort: 6 weeks`, `- Owner: CISO`): an entry that plans nothing yet, which missing-action then says.
  if (actions === 0 && numbered && before.some((f) => f.name === 'owner' && f.field.value.trim() !== '')) return { fields: [...fields, ...before], lastLine };
  // A bullet's entry is one by any field nested under it (`  - Owner: …` with no mitigation is a risk with no action yet).
  return actions > 0 || (!numbered && fields.length > 1) ? { fields, lastLine } : undefined;
}

/** What an entry's work costs, by its label: `Effort: 4 weeks`, `Estimated cost: $5,000`, `Level of effort: M`. */
const COST_LINE = /^(?:(?:estimated|est\.?|projected)\s+)?(?:effort|cost|budget|resources?|level of effort|duration|complexity)\s*:/i;

/**
 * A finding named by a numbered bold title alone (`11. **No rate limiting on login**`), nothing nested under it: under a heading
 * that grades findings (`### 🟡 MEDIUM Priority Issues`, after the worse ones were written out in full) it is a finding of that
 * grade, listed with no action yet. The caller knows the heading; undefined when the line is no such item.
 */
export function bareTitledItem(text: string, lines: LineIndex, line: number, end: number): PlacedField | undefined {
  const start = lines.lineStart(line);
  const item = TITLED_ITEM.exec(text.slice(start, lines.lineEnd(line)));
  if (!item || isSchedulePeriod(item[3]) || LEADING_ID.test(item[3])) return undefined;
  // Something nested under it (`   - Add a limiter`) makes it a titled entry, read as such (titledItemFields); not a bare one.
  const next = line + 1 < end ? text.slice(lines.lineStart(line + 1), lines.lineEnd(line + 1)) : '';
  if (NESTED_ITEM.test(next)) return undefined;
  const titleStart = start + item[1].length + item[2].length;
  return { name: 'risk', label: 'risk', field: fieldAt(text, titleStart, titleStart + item[3].length), prefix: ' '.repeat(item[1].length) + '- ', bulleted: false, line };
}

/**
 * A bold label alone on its line that names the items of the list below it as risks: `**Major Gaps:**`,
 * `**Key Risks:**`, `**Open Findings:**` (a readiness assessment's or an audit summary's list).
 */
const RISK_LIST_LABEL = /^[ \t]{0,3}(\*\*|__)(?:(?:major|key|main|critical|top|significant|identified|remaining|open|outstanding|known) )?(?:gaps|risks|findings|weaknesses|deficiencies)(?: identified)?[ \t]*:?[ \t]*\1[ \t]*:?[ \t]*$/i;
/** A mark opening an item's text (`✅`, `✔️`, `⚠️`), before a space. */
const LEADING_MARK = /^([^\p{L}\p{N}\s*_`[(]{1,3})[ \t]+(?=\S)/u;
/** A list item's marker and the start of its text. */
const ITEM_HEAD = /^([ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)(?=\S)/;

/**
 * The items of a list under a label naming them as risks, each a risk titled by its text (a field
 * line nested under an item stays that risk's field, read as any), by line; undefined when the
 * line is no such label or no list of plain items follows it.
 */
export function labelledRiskList(text: string, lines: LineIndex, line: number, end: number): Map<number, PlacedField> | undefined {
  if (!RISK_LIST_LABEL.test(text.slice(lines.lineStart(line), lines.lineEnd(line)))) return undefined;
  const items = new Map<number, PlacedField>();
  /** The indentation of the list's own items: a line indented further is nested under one. */
  let indent = -1;
  for (let at = line + 1; at < end; at++) {
    const start = lines.lineStart(at);
    const lineEnd = lines.lineEnd(at);
    const content = text.slice(start, lineEnd);
    if (content.trim() === '') continue;
    const leading = /^[ \t]*/.exec(content)![0].length;
    const item = ITEM_HEAD.exec(content);
    if (item && (indent < 0 || leading <= indent)) {
      // `- **Owner:** …` at the list's level is a field line, not an item naming a risk: the list is no list of risks.
      if (readFieldLine(text, start, lineEnd)) return undefined;
      indent = leading;
      // `- ✅ No hardcoded secrets found`: a check found sound, listed among the findings; no risk.
      if (statusOf(LEADING_MARK.exec(content.slice(item[1].length))?.[1]) === 'done') continue;
      // A field a fix adds goes nested under the item (`   - **Priority:** High`), not as an item of the list.
      items.set(at, { name: 'risk', label: 'risk', field: fieldAt(text, start + item[1].length, lineEnd), prefix: ' '.repeat(item[1].length) + '- **', bulleted: true, line: at });
      continue;
    }
    if (items.size === 0 || leading <= indent) break;
  }
  return items.size > 0 ? items : undefined;
}
