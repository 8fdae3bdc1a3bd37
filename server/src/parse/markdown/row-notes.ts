// Notes a tracker writes under its table about one row (`**POA&M-042 Milestones:**` and a list,
// `**Risk Acceptance Details:**` and a list under a table of one accepted item): a POA&M keeps its
// table to one line per item and writes the item's steps and its acceptance out below it. The row
// alone plans nothing and records no acceptance; the note is where the writer put them.
import type { Acceptance, Action, Field, Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { idKey, isAccepted } from '../../model/plan-queries';
import { parseDate } from '../../model/dates';
import { fieldForLabel, RISK_ID_SOURCE } from '../../model/vocabulary';
import { MILESTONE_LABELS } from './field-lines';
import { datedItem } from './label-list';
import { everyMatch } from '../text-scan';

/** A bold label alone on its line, an ID (and a short gloss) before its words: `**POA&M-042 Milestones:**`, `**Risk Acceptance Details:**`. */
const NOTE_LABEL = new RegExp(String.raw`^ {0,3}\*\*(?:(${RISK_ID_SOURCE})(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+)?([A-Za-z][A-Za-z &/-]{1,40}?)[ \t]*(?::\*\*|\*\*[ \t]*:)[ \t]*$`, 'gm');
/** The note labels of a whole text, found again only around an edit. */
const noteLabels = everyMatch(NOTE_LABEL);
/** A list item of the note: its marker, then the words. */
const ITEM = /^[ \t]{0,3}[-*+][ \t]+(\S[^\n]*?)[ \t]*$/;
/** `Compensating controls: YARA pattern detection`: an item's own label and its value. */
const ITEM_LABEL = /^([A-Za-z][A-Za-z &/-]{1,40}?)[ \t]*:[ \t]+(?=\S)/;
/** What a note about an accepted risk is called. */
const ACCEPTANCE_NOTE = /^(?:risk[ \t]+)?acceptance(?:[ \t]+(?:details|rationale|notes|record))?$/i;

interface Item { readonly field: Field; readonly line: number }

/** The fields of an acceptance a note's items may give. */
type NoteField = 'rationale' | 'compensatingControls' | 'approvedBy' | 'approvedOn' | 'reviewBy';

/** The list items right under a note's label (blank lines between items allowed), up to anything else. */
function itemsAfter(text: string, from: number): Item[] {
  const items: Item[] = [];
  let at = text.indexOf('\n', from);
  while (at >= 0 && at < text.length) {
    const start = at + 1;
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    const m = ITEM.exec(line);
    if (m) {
      const valueStart = start + line.indexOf(m[1], line.search(/[-*+]/) + 1);
      items.push({ field: { value: m[1].replace(/[*_`]/g, '').trim(), valueRange: { start: valueStart, end: valueStart + m[1].length } }, line: start });
    } else if (line.trim() !== '' || items.length > 0) break;
    at = newline;
  }
  return items;
}

/** Where the next heading after `from` starts, or the text's end: a note speaks of rows of its own section. */
function sectionEnd(text: string, from: number): number {
  const next = text.slice(from).search(/^ {0,3}#{1,6}[ \t]/m);
  return next < 0 ? text.length : from + next;
}

/** The acceptance an acceptance note's items give: a labelled item its field, the first unlabelled one the rationale. */
function acceptanceOf(items: readonly Item[]): Partial<Record<NoteField, Field>> {
  const found: Partial<Record<NoteField, Field>> = {};
  for (const { field } of items) {
    const m = ITEM_LABEL.exec(field.value);
    // In a note about an acceptance, a dated review (`Next review: …`, `Annual review scheduled: December 31, 2026`) is the acceptance's.
    const reviewed = m !== null && /\breview/i.test(m[1]) && parseDate(field.value.slice(m[0].length)).kind === 'date';
    const name = m ? (reviewed ? 'reviewBy' : fieldForLabel(m[1])) : undefined;
    if (m && (name === 'compensatingControls' || name === 'rationale' || name === 'approvedBy' || name === 'approvedOn' || name === 'reviewBy')) {
      if (found[name]) continue;
      const cut = m[0].length;
      found[name] = { value: field.value.slice(cut).trim(), valueRange: { start: field.valueRange.start + cut, end: field.valueRange.end } };
    } else if (!m && !found.rationale) found.rationale = field;
  }
  return found;
}

/**
 * The risks with what their rows' notes give: a table row that plans nothing takes the items of a note naming its ID
 * under an action or milestones label as its steps (each with the row's owner, date and status); an accepted row
 * that records no acceptance takes the acceptance of a note keyed by its ID, or of the note right under its table
 * when that table's only row is it.
 */
export function withRowNotesRead(risks: Risk[], text: string): Risk[] {
  // Only a row that plans nothing or is accepted can take a note: with none, the text need not be searched (a keystroke in a table plan).
  if (!risks.some((r) => r.form === 'table' && (plansNothing(r) || isAccepted(r)))) return risks;
  const byId = new Map<string, Risk>();
  for (const r of risks) if (r.form === 'table' && r.id && hasRealValue(r.id)) byId.set(idKey(r.id.value), r);
  const steps = new Map<Risk, Item[]>();
  const accepted = new Map<Risk, Partial<Record<NoteField, Field>>>();
  for (const m of noteLabels(text)) {
    const label = m[2].trim().toLowerCase();
    const items = () => itemsAfter(text, m.index + m[0].length);
    if (m[1] !== undefined) {
      const row = byId.get(idKey(m[1]));
      // The row is written above its note, in the same section.
      if (!row || row.firstLine.start > m.index || sectionEnd(text, row.firstLine.end) < m.index) continue;
      if ((MILESTONE_LABELS.has(label) || fieldForLabel(label) === 'action') && plansNothing(row) && !steps.has(row)) {
        const found = items();
        if (found.length > 0) steps.set(row, found);
      } else if (ACCEPTANCE_NOTE.test(label) && isAccepted(row) && !accepted.has(row)) accepted.set(row, acceptanceOf(items()));
    } else if (ACCEPTANCE_NOTE.test(label)) {
      const row = onlyRowAbove(risks, text, m.index);
      if (row && isAccepted(row) && !accepted.has(row)) accepted.set(row, acceptanceOf(items()));
    }
  }
  if (steps.size === 0 && accepted.size === 0) return risks;
  return risks.map((r) => {
    const found = steps.get(r);
    const acceptance = accepted.get(r);
    if (!found && !acceptance) return r;
    const own = r.actions[0];
    return {
      ...r,
      // A step led by its date (`Q1 2026: Update pattern database`) is due then, where the row gives no date.
      ...(found && { actions: found.map(({ field }): Action => {
        const dated = hasRealValue(own.due) ? undefined : datedItem(text, field);
        return dated ? { ...own, action: dated.action, due: dated.due } : { ...own, action: field };
      }) }),
      ...(acceptance && { acceptance: withGaps(r.acceptance, acceptance) }),
    };
  });
}

/** A row with one action and no words of it. */
function plansNothing(row: Risk): boolean {
  return row.actions.length === 1 && !hasRealValue(row.actions[0].action);
}

/** The acceptance with the note's fields where it records none. */
function withGaps(own: Acceptance, note: Partial<Record<NoteField, Field>>): Acceptance {
  return {
    ...own,
    rationale: own.rationale ?? note.rationale,
    compensatingControls: own.compensatingControls ?? note.compensatingControls,
    approvedBy: own.approvedBy ?? note.approvedBy,
    approvedOn: own.approvedOn ?? note.approvedOn,
    reviewBy: own.reviewBy ?? note.reviewBy,
  };
}

/** The one table row read as a risk in the table that ends right above `at` (blank lines between), if the table has one row. */
function onlyRowAbove(risks: readonly Risk[], text: string, at: number): Risk | undefined {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (!text.slice(lineStart, end).trimStart().startsWith('|')) return undefined;
  const row = risks.find((r) => r.form === 'table' && r.firstLine.start === lineStart);
  if (!row) return undefined;
  // The row above it must be the table's header separator: the table has this one row.
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return /^\s*\|?[\s:|-]+\|?\s*$/.test(text.slice(previousStart, lineStart - 1).replace(/\r$/, '')) && text.slice(previousStart, lineStart - 1).includes('-') ? row : undefined;
}
