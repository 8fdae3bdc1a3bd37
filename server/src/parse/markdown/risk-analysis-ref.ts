// A risk-analysis reference written as one value ("2026-01-22, conducted by Brightwater
// Security (T. Nguyen)") split into its date and who conducted it, each with its own range,
// so a reference with only one of them is reported on that part.
import type { Field, RiskAnalysisRef, Span } from '../../model/plan-model';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Anything written as a date, also malformed ones (`2026-1-5`), so invalid-date can see them. */
const DATE_IN_TEXT = new RegExp(
  [
    '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}',
    `${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}`,
  ].map((p) => `\\b${p}\\b`).join('|'),
  'i',
);
const BY = /\bby\b[\s:]*/i;
/** Words that describe the analysis rather than name who did it. */
const FILLER = /\b(?:the|a|an|of|on|in|at|dated|date|hipaa|security|annual|risk|analysis|assessment|sra|report|conducted|performed|completed|prepared|carried|out|done|updated|see|and)\b/gi;
const LEADING_JUNK = /^[\s,;:()[\]–—-]*/;
// The lookbehind starts a match only where a run starts: linear, not quadratic, on a long run.
const TRAILING_JUNK = /(?<![\s,;:([–—-])[\s,;:([–—-]+$/;
const TRAILING_CONNECTOR = /\b(?:on|dated|in|at)$/i;

function trimmed(value: string, from: number, to: number): { from: number; to: number } {
  let part = value.slice(from, to);
  const lead = LEADING_JUNK.exec(part)![0].length;
  part = part.slice(lead);
  for (let before = ''; before !== part; ) {
    before = part;
    part = part.replace(TRAILING_JUNK, '').replace(TRAILING_CONNECTOR, '');
  }
  // A name in parentheses loses its closing parenthesis only when it is unbalanced.
  if (part.endsWith(')') && count(part, ')') > count(part, '(')) part = part.slice(0, -1).trimEnd();
  return { from: from + lead, to: from + lead + part.length };
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

/**
 * Splits a combined reference. `value` is the reference text and `start` its offset in the
 * document; `keyRange` is the label, shared by the parts so fixes can copy the line's shape.
 */
export function splitRiskAnalysis(value: string, start: number, keyRange?: Span): RiskAnalysisRef {
  const part = (from: number, to: number): Field => ({
    value: value.slice(from, to),
    valueRange: { start: start + from, end: start + to },
    keyRange,
  });
  const combined = part(0, value.length);
  const date = DATE_IN_TEXT.exec(value);
  const dateField = date ? part(date.index, date.index + date[0].length) : undefined;

  let name: { from: number; to: number } | undefined;
  const by = BY.exec(value);
  if (by) {
    const from = by.index + by[0].length;
    name = trimmed(value, from, date && date.index >= from ? date.index : value.length);
  } else if (date) {
    const before = trimmed(value, 0, date.index);
    const after = trimmed(value, date.index + date[0].length, value.length);
    name = after.to - after.from > before.to - before.from ? after : before;
  } else {
    name = trimmed(value, 0, value.length);
  }
  const namesSomeone = /\p{L}/u.test(value.slice(name.from, name.to).replace(FILLER, ''));
  return { combined, date: dateField, conductedBy: namesSomeone ? part(name.from, name.to) : undefined };
}

/**
 * Splits an approval written as one value (`Plan approval | Daniel Cho as Security Official,
 * 2026-07-15; endorsed by the Steering Committee`) into who approved (before the date, else
 * the first clause after it) and when. Nothing when no date is written: a bare "Approved" is
 * no record of who approved and when.
 */
export function splitApproval(value: string, start: number, keyRange?: Span): { approvedBy?: Field; approvedOn?: Field } {
  const date = DATE_IN_TEXT.exec(value);
  if (!date) return {};
  const part = (from: number, to: number): Field => ({ value: value.slice(from, to), valueRange: { start: start + from, end: start + to }, keyRange });
  const before = trimmed(value, 0, date.index);
  const clauseEnd = value.slice(date.index + date[0].length).search(/[;.]/);
  const after = trimmed(value, date.index + date[0].length, clauseEnd < 0 ? value.length : date.index + date[0].length + clauseEnd);
  const name = before.to > before.from ? before : after;
  const approvedBy = /\p{L}/u.test(value.slice(name.from, name.to)) ? part(name.from, name.to) : undefined;
  return { approvedBy, approvedOn: part(date.index, date.index + date[0].length) };
}
