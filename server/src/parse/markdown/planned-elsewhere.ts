// A risk analysis that lists its weaknesses with their mitigation (`| Missing MFA | ⏳ Planned |
// Multi-factor authentication Q2 2026 |`) and schedules the same work in another table further on:
// a table of planned controls (`| Multi-factor authentication | 90 days | Security |` under
// `| Control | Timeline | Owner |`) or of priority actions (`| 3 | Implement MFA | 90 days | Security |`).
// A row that names a weakness read before it, by the words of its name or its mitigation, gives that
// weakness the owner and timeline it lacks; a priority action read as an entry of its own (its title
// only its action's words) is that weakness's action, not another risk. Neither table gives an ID,
// so a row belongs to a weakness only when its name tells exactly one apart.
import type { Action, Field, Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { fieldForLabel, isCommonTitleWord, normaliseLabel, statusOf } from '../../model/vocabulary';
import { splitRow } from './risk-table';
import { singular } from './title-words';
import { everyMatch } from '../text-scan';

/** A row scheduling work: what it names, and the owner and timeline it gives. */
interface PlanRow {
  readonly name: string;
  readonly at: number;
  readonly owner?: Field;
  readonly due?: Field;
  /** The risk this row was read as (a priority action's entry), which goes when the row names a weakness. */
  readonly entry?: Risk;
}

/**
 * A name's telling words: lower case, without a plural ending, not too common to tell two apart; an
 * acronym in capitals counts however short (`MFA`, `WAF`).
 */
function tellingWords(name: string): Set<string> {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const kept = words.filter((w) => /^\p{Lu}{2,}$/u.test(w) || !isCommonTitleWord(singular(w.toLowerCase())));
  return new Set(kept.map((w) => singular(w.toLowerCase())));
}

const within = (part: ReadonlySet<string>, whole: ReadonlySet<string>) => part.size > 0 && [...part].every((w) => whole.has(w));

/** An action still to do that lacks its owner or its timeline. */
const wantsOwnerOrDue = (a: Action): boolean => hasRealValue(a.action) && !['done', 'deferred', 'accepted'].includes(statusOf(a.status?.value) ?? '') && (!hasRealValue(a.owner) || !hasRealValue(a.due));

/** An entry that words only its action (a priority table's `| 3 | Implement MFA | 90 days | Security |`): its title is its one action's words. */
function isActionOnlyEntry(r: Risk): boolean {
  const action = r.actions.length === 1 ? r.actions[0] : undefined;
  // Its owner or timeline may still be the template's (`[NAME]`, `[DATE]`): the row is the place they are to be written.
  const given = (f: Field | undefined) => f !== undefined && f.value.trim() !== '';
  return r.id === undefined && action !== undefined && hasRealValue(action.action) && r.title?.value.trim() === action.action.value.trim() && (given(action.owner) || given(action.due));
}

/** What a first column holds when it names no work. */
const NOT_A_NAME: ReadonlySet<string> = new Set(['owner', 'due', 'status', 'priority', 'id', 'completed']);

/** A table's delimiter row (`|---|:---:|`): the line above it is the header. Fewer than a table's rows, so looked for first. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}[ \t:|-]*$/gm;
/** Each delimiter row, found again only around an edit. */
const delimiterRows = everyMatch(DELIMITER_ROW);

/**
 * The rows of tables no risk was read from whose header names an owner and a timeline after a first
 * column naming the work (`| Control | Timeline | Owner |`).
 */
function unreadPlanRows(text: string, risks: readonly Risk[]): PlanRow[] {
  const rows: PlanRow[] = [];
  let nextRisk = 0;
  // The rows of a table read are passed over: a delimiter-like row in its body opens no table.
  let readTo = 0;
  for (const m of delimiterRows(text)) {
    if (m.index < readTo) continue;
    const headerStart = text.lastIndexOf('\n', m.index - 2) + 1;
    const headerEnd = text[m.index - 2] === '\r' ? m.index - 2 : m.index - 1;
    if (headerEnd <= headerStart || !/owner/i.test(text.slice(headerStart, headerEnd))) continue;
    // A table read as risks is the register's own: its rows are read where they are (risks are in document order).
    while (nextRisk < risks.length && risks[nextRisk].firstLine.start < headerStart) nextRisk++;
    const bodyStart = m.index + m[0].length + 1;
    const firstRowEnd = text.indexOf('\n', bodyStart);
    if (nextRisk < risks.length && risks[nextRisk].firstLine.start < (firstRowEnd < 0 ? text.length : firstRowEnd)) continue;
    const headers = splitRow(text, headerStart, headerEnd).map((c) => fieldForLabel(normaliseLabel(text.slice(c.start, c.end).replace(/[*_`]/g, '').trim())));
    const ownerAt = headers.indexOf('owner');
    const dueAt = headers.indexOf('due');
    // The first column names the work (`Control`, `Action`, `Measure`), not its owner, date, status, rank or ID; a table that
    // ranks its work first (`| Priority | Action | Owner | Due Date | Status |`) names it in its action column.
    const nameAt = headers[0] !== undefined && NOT_A_NAME.has(headers[0]) ? headers.indexOf('action') : 0;
    if (ownerAt <= 0 || dueAt <= 0 || nameAt < 0) continue;
    const table: PlanRow[] = [];
    let at = bodyStart;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const lineEnd = text[end - 1] === '\r' ? end - 1 : end;
      if (!/^[ \t]*\|/.test(text.slice(at, lineEnd))) break;
      const cells = splitRow(text, at, lineEnd);
      const cell = (i: number): Field | undefined => {
        const c = cells[i];
        if (!c) return undefined;
        const raw = text.slice(c.start, c.end);
        const start = c.start + raw.search(/\S|$/);
        const value = raw.trim();
        return { value, valueRange: { start, end: start + value.length } };
      };
      const name = cell(nameAt)?.value.replace(/[*_`]/g, '') ?? '';
      if (name !== '') table.push({ name, at, owner: cell(ownerAt), due: cell(dueAt) });
      at = end + 1;
    }
    if (!(nextRisk < risks.length && risks[nextRisk].firstLine.start < at)) rows.push(...table);
    readTo = Math.max(readTo, at);
  }
  return rows;
}

/** The one weakness read before a row that the row names: all its telling words in the weakness's name and mitigation, or the name's in the row's. */
function weaknessNamed(row: PlanRow, weaknesses: readonly Risk[], words: ReadonlyMap<Risk, { name: Set<string>; all: Set<string> }>): Risk | undefined {
  const own = tellingWords(row.name);
  const found = weaknesses.filter((w) => w.firstLine.start < row.at && w !== row.entry && (within(own, words.get(w)!.all) || within(words.get(w)!.name, own)));
  return found.length === 1 ? found[0] : undefined;
}

/** Whether a field is written (not a placeholder), as a plain test: the type guard would leave a placeholder no type after it. */
const written = (field: Field | undefined): boolean => hasRealValue(field);

/** A row's value for a field another row may give too: a written one before a placeholder (`[NAME]`), any before none. */
function better(before: Field | undefined, row: Field | undefined): Field | undefined {
  if (written(before)) return before;
  if (written(row)) return row;
  return before ?? (row !== undefined && row.value.trim() !== '' ? row : undefined);
}

/**
 * An action's field with what the schedule gives: its own when written; else the schedule's. A schedule's placeholder
 * (`| Schedule DR test | [NAME] | [DATE] |`) stands where the action has none, so the finding says it is still to fill there.
 */
function joined(own: Field | undefined, given: Field | undefined): Field | undefined {
  if (written(own) || given === undefined) return own;
  return written(given) || own === undefined ? given : own;
}

/**
 * The risks with the owner and timeline another table gives their open actions, and without the
 * priority actions that only schedule a weakness read before them.
 */
export function withPlansElsewhereJoined(risks: Risk[], text: string): Risk[] {
  const wanting = risks.some((r) => r.actions.some(wantsOwnerOrDue));
  const entries = risks.filter(isActionOnlyEntry);
  if (!wanting && entries.length === 0) return risks;
  const rows: PlanRow[] = [
    ...entries.map((e) => ({ name: e.title!.value, at: e.firstLine.start, owner: e.actions[0].owner, due: e.actions[0].due, entry: e })),
    ...(wanting ? unreadPlanRows(text, risks) : []),
  ].sort((a, b) => a.at - b.at);
  // The weaknesses' words only once there is a row to match them to (most plans have none).
  if (rows.length === 0) return risks;
  const weaknesses = risks.filter((r) => r.title && !isActionOnlyEntry(r) && r.actions.some((a) => hasRealValue(a.action)));
  if (weaknesses.length === 0) return risks;
  const words = new Map(weaknesses.map((w) => {
    const name = tellingWords(w.title!.value);
    return [w, { name, all: new Set([...name, ...w.actions.flatMap((a) => [...tellingWords(a.action?.value ?? '')])]) }];
  }));
  const given = new Map<Risk, { owner?: Field; due?: Field }>();
  const dropped = new Set<Risk>();
  for (const row of rows) {
    const weakness = weaknessNamed(row, weaknesses, words);
    if (!weakness) continue;
    if (row.entry) dropped.add(row.entry);
    const before = given.get(weakness) ?? {};
    given.set(weakness, { owner: better(before.owner, row.owner), due: better(before.due, row.due) });
  }
  if (given.size === 0) return risks;
  return risks.filter((r) => !dropped.has(r)).map((r) => {
    const g = given.get(r);
    if (!g || !r.actions.some(wantsOwnerOrDue)) return r;
    return { ...r, actions: r.actions.map((a) => (wantsOwnerOrDue(a) ? { ...a, owner: joined(a.owner, g.owner), due: joined(a.due, g.due) } : a)) };
  });
}
