// A corrective action plan (CAPA) records one nonconformity and then tables of the actions that
// answer it, keyed by action IDs (`| Action ID | Corrective Action | Owner | Target Completion Date |`
// with CA-001, PA-001): the rows are the actions of that one issue, not risks of their own. The issue
// is worded under a heading naming it (`## 2. Identified Non-Conformity / Issue`) by a label line
// (`**Description:**`, `**Issue:**`, its text on the same line or the next). The results a
// verification section ticks (`☑ All environments included in review`) are its validation.
import type { Field, Risk } from '../../model/plan-model';
import { normaliseLabel } from '../../model/vocabulary';
import { readFieldLine } from './field-lines';

/** A column header naming the ID of an action, not of a risk (normalised). */
const ACTION_ID_HEADER = /^(?:action|actions|corrective action|preventive action|ca|pa|cap|task|step|milestone) (?:id|ids|#|no\.?|ref)$/;
/** A heading naming the one issue a CAPA answers. */
const ISSUE_HEADING = /^ {0,3}#{1,6}[ \t]+[^\n]*?\b(?:non-?conformit(?:y|ies)|nonconformance|issues?|findings?|deficienc(?:y|ies)|problem)\b[^\n]*$/gim;
/** The label that words it, its text after the colon or on the next line. */
const ISSUE_LABEL = /^[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?:description|issue|issue description|non-?conformity|nonconformity description|finding|problem statement|observation)[ \t]*:?[*_]{0,2}[ \t]*:?[ \t]*([^\n]*)$/im;

/** The record's own ID, in a details table or on a label line (`| CAPA ID | CAPA-001 |`, `**NCR No:** NCR-12`): the issue's ID. */
const RECORD_ID = /^[ \t]*\|?[ \t]*[*_]{0,2}(?:capa|car|ncr?|nonconformity|non-conformity) (?:id|no\.?|number|#)[*_]{0,2}[ \t]*(?:\||:[*_]{0,2})[ \t]*([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)[ \t]*(?:\||$)/im;

/** The record's ID, placed where it is written. */
function recordId(text: string, before: number): Field | undefined {
  const m = RECORD_ID.exec(text.slice(0, before));
  if (!m || !/\d/.test(m[1])) return undefined;
  const start = m.index + m[0].lastIndexOf(m[1]);
  return { value: m[1], valueRange: { start, end: start + m[1].length } };
}

/** Whether a table risk is a row of an action table: its ID column names actions and it words no risk of its own. */
function isActionRow(risk: Risk, text: string): boolean {
  const header = risk.id?.keyRange;
  return risk.form === 'table' && risk.title === undefined && header !== undefined && ACTION_ID_HEADER.test(normaliseLabel(text.slice(header.start, header.end)));
}

/** The issue's section: from the first heading naming an issue to the next heading (and not past `before`). */
function issueSection(text: string, before: number): { start: number; end: number } | undefined {
  ISSUE_HEADING.lastIndex = 0;
  const heading = ISSUE_HEADING.exec(text);
  if (!heading || heading.index > before) return undefined;
  const start = heading.index + heading[0].length;
  const next = text.slice(start).search(/^ {0,3}#{1,6}[ \t]/m);
  return { start, end: next < 0 ? Math.min(text.length, before) : Math.min(start + next, before) };
}

/** The issue's own rating, on a field line of its section (`**Severity:** Minor`, `**Priority:** High`). */
function issuePriority(text: string, section: { start: number; end: number }): Field | undefined {
  for (let at = section.start; at < section.end; ) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 || end > section.end ? section.end : end;
    const found = readFieldLine(text, at, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    if (found?.name === 'priority' && found.field.value.trim() !== '') return found.field;
    at = lineEnd + 1;
  }
  return undefined;
}

/** The issue's wording: the first label line under the first heading naming an issue, before the next heading. */
function issueWording(text: string, section: { start: number; end: number }): Field | undefined {
  const from = section.start;
  const label = ISSUE_LABEL.exec(text.slice(from, section.end));
  if (!label) return firstParagraphLine(text, section);
  let start = from + label.index + label[0].length - label[1].length;
  let value = label[1].trim();
  if (value === '') {
    // `**Description:**` alone on its line: the text is the next line that is not blank.
    const rest = /^\r?\n[ \t]*\r?\n?[ \t]*(\S[^\r\n]*)/.exec(text.slice(from + label.index + label[0].length));
    if (!rest) return undefined;
    value = rest[1].trim();
    start = from + label.index + label[0].length + rest[0].length - rest[1].length;
  }
  return value === '' ? undefined : { value, valueRange: { start, end: start + value.length } };
}

/** A section that words its issue with no label (`## Problem Statement` then the sentence): its first line of prose. */
function firstParagraphLine(text: string, section: { start: number; end: number }): Field | undefined {
  const prose = /^[ \t]*([^\s|#>*_`<-][^\r\n]*?)[ \t]*\r?$/m.exec(text.slice(section.start, section.end));
  if (!prose) return undefined;
  const start = section.start + prose.index + prose[0].indexOf(prose[1]);
  return { value: prose[1], valueRange: { start, end: start + prose[1].length } };
}

/** The heading of a CAPA's check that its actions worked: `## 6. Verification & Effectiveness`, `## Effectiveness Check`. */
const VERIFICATION_HEADING = /^ {0,3}#{1,6}[ \t]+[^\n]*?\b(?:verification|effectiveness|validation)\b[^\n]*$/gim;
/** A result ticked as met: `☑ All environments included in review`, `✅ …`, `- [x] …`. */
const TICKED_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:☑️?|✅|✔️?|\[[xX]\])[ \t]*(\S[^\r\n]*?)[ \t]*\r?$/gm;

/**
 * The results a verification section ticks as met, after `from`: the issue's validation (what was
 * checked, and found, once its actions were done). Undefined when no result is ticked.
 */
function verifiedResults(text: string, from: number): Field | undefined {
  VERIFICATION_HEADING.lastIndex = from;
  const heading = VERIFICATION_HEADING.exec(text);
  if (!heading) return undefined;
  const start = heading.index + heading[0].length;
  const next = text.slice(start).search(/^ {0,3}#{1,6}[ \t]/m);
  const end = next < 0 ? text.length : start + next;
  const ticked = [...text.slice(start, end).matchAll(TICKED_LINE)];
  if (ticked.length === 0) return undefined;
  const first = start + ticked[0].index! + ticked[0][0].indexOf(ticked[0][1]);
  const last = ticked[ticked.length - 1];
  return { value: ticked.map((m) => m[1]).join('; '), valueRange: { start: first, end: start + last.index! + last[0].indexOf(last[1]) + last[1].length } };
}

/**
 * The risks with a CAPA's action rows joined into the one issue they answer: when every risk read is
 * a row of an action table and the document words its issue, one risk titled by it whose actions are
 * the rows, in order. Otherwise the risks as read.
 */
export function withActionRowsJoined(risks: Risk[], text: string): Risk[] {
  if (risks.length < 2 || !risks.every((risk) => isActionRow(risk, text))) return risks;
  const section = issueSection(text, risks[0].firstLine.start);
  const title = section && issueWording(text, section);
  if (!section || !title) return risks;
  const lineEnd = text.indexOf('\n', title.valueRange.start);
  const lineStart = text.lastIndexOf('\n', title.valueRange.start - 1) + 1;
  const validation = verifiedResults(text, risks[risks.length - 1].firstLine.end);
  return [{ ...risks[0], ...(validation && { validation }), id: recordId(text, risks[0].firstLine.start), title, priority: issuePriority(text, section) ?? risks.find((risk) => risk.priority)?.priority, tier: undefined, tierValue: undefined, actions: risks.flatMap((risk) => risk.actions), firstLine: { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd } }];
}
