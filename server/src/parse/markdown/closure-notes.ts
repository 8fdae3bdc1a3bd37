// A POA&M or tracker keeps its table to one line per item and writes below it how each closed item
// was closed: a paragraph led by a bold line naming the items and the closing (`**POAM-011 and
// POAM-018 closed (Task 6, 2026-06-16) — encryption-consistency remediation.** Both were …`). The
// paragraph says what was done and how it shows: the closed rows' validation, where they record none.
import type { Field, Risk } from '../../model/plan-model';
import { hasValue, idKey, isClosed } from '../../model/plan-queries';
import { RISK_ID_SOURCE } from '../../model/vocabulary';

/** A bold lead opening a line: its words (group 1). */
const BOLD_LEAD = /^ {0,3}\*\*([^*\n]{4,200}?)\*\*/gm;
/** A word of closing in the lead: the paragraph tells how the items it names were closed. */
const CLOSING = /\b(?:closed|remediated|resolved|fixed)\b/i;
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

/** The table rows whose every action is closed with no validation or evidence, given the closing paragraph naming them as their validation. */
export function withClosureNotesRead(risks: Risk[], text: string): Risk[] {
  const unproven = (r: Risk) => r.form === 'table' && r.id !== undefined && r.actions.length > 0 && r.actions.every((a) => isClosed(a) && !hasValue(a.validation) && !hasValue(a.evidence));
  if (!risks.some(unproven) || !text.includes('**')) return risks;
  const notes = new Map<string, Field>();
  for (const m of text.matchAll(BOLD_LEAD)) {
    if (!CLOSING.test(m[1])) continue;
    const note = paragraphAfter(text, m.index + m[0].length);
    if (!note) continue;
    for (const id of m[1].match(IDS) ?? []) if (!notes.has(idKey(id))) notes.set(idKey(id), note);
  }
  if (notes.size === 0) return risks;
  return risks.map((r) => {
    const note = unproven(r) ? notes.get(idKey(r.id!.value)) : undefined;
    return note ? { ...r, actions: r.actions.map((a) => ({ ...a, validation: note })) } : r;
  });
}
