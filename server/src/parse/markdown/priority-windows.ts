// A plan that defines its priority levels in a table, each with the time to resolve it (`| Priority | Definition | Target
// Resolution |` over `| **P2 - Medium** | Important improvement | Within 30 days |`), then ranks each fix by a level and
// gives it no date of its own: the level's window is the fix's deadline, counted from the plan's date as any relative
// deadline is (relative-dues.ts). A window counted from an event the plan does not date (`Within 2 weeks of go-live`,
// `Before production deployment`) gives none.
import type { Field, Risk } from '../../model/plan-model';
import { isClosed } from '../../model/plan-queries';
import { relativeDeadline } from '../../model/relative-dues';
import { fieldForLabel, priorityOf, type Priority } from '../../model/vocabulary';
import { splitRow } from './risk-table';
import { everyMatch } from '../text-scan';

/** A table's header line and the delimiter row under it. */
const HEADER_OVER_DELIMITER = /^[ \t]{0,3}\|[^\n]*\|[ \t]*\r?\n[ \t]{0,3}\|[ \t]*:?-{3,}[-:| \t]*\r?$/gm;
/** Each table's header, found again only around an edit. */
const tableHeaders = everyMatch(HEADER_OVER_DELIMITER);
/** A level word in a priority cell (`P2 - Medium`): it, not the code, says the level (plans number their codes from P0 or P1). */
const LEVEL_WORD = /\b(critical|high|medium|moderate|low)\b/i;
/** Columns that make a table a register of items, not a definition of the levels. */
const ITEM_COLUMNS = new Set(['id', 'risk', 'action', 'owner', 'title']);

function levelOf(cell: string): Priority | undefined {
  const word = LEVEL_WORD.exec(cell);
  return priorityOf(word ? word[1] : cell);
}

/** Each level's window, as the definitions table writes it; undefined when the plan has no such table. */
function levelWindows(text: string): Map<Priority, Field> | undefined {
  for (const header of tableHeaders(text)) {
    const headerEnd = header.index + header[0].indexOf('\n');
    const names = splitRow(text, header.index, headerEnd).map((cell) => fieldForLabel(text.slice(cell.start, cell.end).replace(/[*_`]/g, '').trim()));
    const level = names.indexOf('priority');
    const due = names.indexOf('due');
    if (level < 0 || due < 0 || names.some((name) => name !== undefined && ITEM_COLUMNS.has(name))) continue;
    const windows = new Map<Priority, Field>();
    let at = header.index + header[0].length + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      if (!/^[ \t]{0,3}\|/.test(text.slice(at, end))) break;
      const cells = splitRow(text, at, end);
      const levelCell = cells[level];
      const dueCell = cells[due];
      if (levelCell && dueCell) {
        const rank = levelOf(text.slice(levelCell.start, levelCell.end).replace(/[*_`]/g, ''));
        const raw = text.slice(dueCell.start, dueCell.end);
        const value = raw.trim();
        const start = dueCell.start + raw.indexOf(value);
        if (rank !== undefined && !windows.has(rank) && relativeDeadline(value) !== undefined) windows.set(rank, { value, valueRange: { start, end: start + value.length } });
      }
      at = end + 1;
    }
    return windows.size > 0 ? windows : undefined;
  }
  return undefined;
}

/** The risks, each open undated action of a ranked risk given its level's window, where the plan defines one. */
export function withPriorityWindows(risks: Risk[], text: string): Risk[] {
  const waiting = (r: Risk) => r.priority !== undefined && r.actions.some((a) => a.due === undefined && !isClosed(a));
  // Only a ranked risk with undated work can take a window: with none, the text need not be searched.
  if (!risks.some(waiting)) return risks;
  const windows = levelWindows(text);
  if (!windows) return risks;
  return risks.map((r) => {
    const window = waiting(r) ? windows.get(levelOf(r.priority!.value) ?? ('' as Priority)) : undefined;
    return window ? { ...r, actions: r.actions.map((a) => (a.due === undefined && !isClosed(a) ? { ...a, due: window } : a)) } : r;
  });
}
