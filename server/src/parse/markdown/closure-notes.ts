// A POA&M or tracker keeps its table to one line per item and writes below it how each closed item
// was closed: a paragraph led by a bold line naming the items and the closing (`**POAM-011 and
// POAM-018 closed (Task 6, 2026-06-16) — encryption-consistency remediation.** Both were …`). The
// paragraph says what was done and how it shows: the closed rows' validation, where they record none.
// An open row that plans nothing takes the action its paragraph labels (`**Remediation:** enroll a
// hardware MFA token …`).
import type { Field, Risk } from '../../model/plan-model';
import { hasValue, idKey, isAccepted, isClosed } from '../../model/plan-queries';
import { fieldForLabel, RISK_ID_SOURCE } from '../../model/vocabulary';
import { everyMatch } from '../text-scan';

/** A bold lead opening a line: its words (group 1). */
const BOLD_LEAD = /^ {0,3}\*\*([^*\n]{4,200}?)\*\*/gm;
/** Each bold lead, found again only around an edit. */
const boldLeads = everyMatch(BOLD_LEAD);
/** A word of closing in the lead: the paragraph tells how the items it names were closed. */
const CLOSING = /\b(?:closed|remediated|resolved|fixed)\b/i;
/** A lead that opens with the closing (`**Closed 2026-06-17 (Task 5).**`, `**Resolved:**`): a closing note of the section it is in. */
const CLOSING_FIRST = /^(?:closed|remediated|resolved|fixed)\b/i;
const IDS = new RegExp(String.raw`(?<![\w-])${RISK_ID_SOURCE}(?![\w-])`, 'g');

const PARAGRAPH_END = /\n[ \t]*(?:\n|#|\|)|$/g;

/** The paragraph after a lead's end: up to a blank line, a heading or a table. */
function paragraphAfter(text: string, from: number): Field | undefined {
  PARAGRAPH_END.lastIndex = from;
  const end = PARAGRAPH_END.exec(text);
  const stop = end ? end.index : text.length;
  const raw = text.slice(from, stop);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  // A lead that is the whole paragraph (`**POAM-031 closed.**`) tells no more than the row's status.
  if (value.length < 40) return undefined;
  return { value, valueRange: { start: from + lead, end: from + lead + value.length } };
}

/** A bold label inside a paragraph (`**Remediation:** …`, `**Compensating control:** …`): its words (group 1), then what it labels. */
const INLINE_LABEL = /\*\*([A-Za-z][A-Za-z -]{2,40}?)[ \t]*:\*\*[ \t]*/g;

/** The words a paragraph gives under an action label (`**Remediation:** …`), up to its next bold label. */
function labelledAction(text: string, note: Field): Field | undefined {
  const body = text.slice(note.valueRange.start, note.valueRange.end);
  const labels = [...body.matchAll(INLINE_LABEL)];
  for (let i = 0; i < labels.length; i++) {
    if (fieldForLabel(labels[i][1]) !== 'action') continue;
    const from = labels[i].index + labels[i][0].length;
    const to = i + 1 < labels.length ? labels[i + 1].index : body.length;
    const value = body.slice(from, to).trim();
    const start = note.valueRange.start + from;
    if (value !== '') return { value, valueRange: { start, end: start + value.length } };
  }
  return undefined;
}

/**
 * The table rows with what the paragraphs below their table say of them: a closed row with no validation or evidence
 * takes the closing paragraph naming it as its validation; an open row that plans nothing takes the action its note labels.
 */
export function withClosureNotesRead(risks: Risk[], text: string): Risk[] {
  const unproven = (r: Risk) => r.form === 'table' && r.id !== undefined && r.actions.length > 0 && r.actions.every((a) => isClosed(a) && !hasValue(a.validation) && !hasValue(a.evidence));
  const unplanned = (r: Risk) => r.form === 'table' && r.id !== undefined && r.actions.length === 1 && !hasValue(r.actions[0].action) && !isClosed(r.actions[0]) && !isAccepted(r);
  // A finding written under its heading closes in its own section: `**Closed 2026-06-17 (Task 5).** The emitter now signs …`.
  const closedHeading = (r: Risk) => r.form === 'heading' && !hasValue(r.validation) && !hasValue(r.evidence) && r.actions.length > 0 && r.actions.every((a) => isClosed(a) && !hasValue(a.validation) && !hasValue(a.evidence));
  if (!risks.some((r) => unproven(r) || unplanned(r) || closedHeading(r)) || !text.includes('**')) return risks;
  const closings = new Map<string, Field>();
  const notes = new Map<string, Field>();
  const unnamed: { at: number; note: Field }[] = [];
  for (const m of boldLeads(text)) {
    const ids = m[1].match(IDS);
    if (!ids && !CLOSING_FIRST.test(m[1])) continue;
    const note = paragraphAfter(text, m.index + m[0].length);
    if (!note) continue;
    if (!ids) {
      unnamed.push({ at: m.index, note });
      continue;
    }
    const closing = CLOSING.test(m[1]);
    for (const id of ids) {
      if (closing && !closings.has(idKey(id))) closings.set(idKey(id), note);
      if (!notes.has(idKey(id))) notes.set(idKey(id), note);
    }
  }
  if (notes.size === 0 && unnamed.length === 0) return risks;
  return risks.map((r) => {
    if (closedHeading(r)) {
      // The first closing note below the heading, when no other heading comes before it (a later one is further still).
      const next = unnamed.find((u) => u.at > r.firstLine.start);
      const own = next && !/\n {0,3}#{1,6}[ \t]/.test(text.slice(r.firstLine.end, next.at)) ? next : undefined;
      return own ? { ...r, actions: r.actions.map((a) => ({ ...a, validation: own.note })) } : r;
    }
    if (unproven(r)) {
      const closing = closings.get(idKey(r.id!.value));
      return closing ? { ...r, actions: r.actions.map((a) => ({ ...a, validation: closing })) } : r;
    }
    const note = unplanned(r) ? notes.get(idKey(r.id!.value)) : undefined;
    const action = note && labelledAction(text, note);
    return action ? { ...r, actions: [{ ...r.actions[0], action }] } : r;
  });
}
