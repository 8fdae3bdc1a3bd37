// A report that writes its findings out in one place and schedules the fixes in another, by period and with no finding's
// name or ID (`### Immediate Actions Required (Week 1)` over `1. **Implement PHI Encryption**` and its steps): a finding
// whose actions name no due date takes the period of the scheduled item that names it by a telling word of its title
// (`No PHI Encryption at Rest` ↔ `Implement PHI Encryption`), counted from the report's date as any relative deadline.
// Items' titles are matched first, their steps only when no title names the finding; a finding named in two periods,
// or in none, is left as written.
import type { Field, Risk } from '../../model/plan-model';
import { relativeDeadline } from '../../model/relative-dues';
import { tellingWords } from './roadmap-repeats';

/** A cheap sign of a period in a heading's brackets (`(Week 1)`, `(Days 1-30)`, `(Month 2)`): only then are lines split. */
const MAY_HOLD = /\((?:weeks?|days?|months?)\s+\d/i;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A heading closed by a period in brackets: the period's text. */
const PERIOD_TAIL = /\(([^()]{3,30})\)\s*$/;
/** A list item: its indentation, whether its text is all bold (an item's title), and the text. */
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$/;

interface Scheduled {
  readonly period: Field;
  readonly words: ReadonlySet<string>;
  readonly title: boolean;
}

/** The items under headings that schedule by period, each with its period and telling words. */
function scheduledItems(text: string): Scheduled[] {
  const items: Scheduled[] = [];
  let fence: string | undefined;
  let period: { level: number; field: Field } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const heading = ATX.exec(line);
    if (heading) {
      const level = heading[1].length;
      if (period && level <= period.level) period = undefined;
      const tail = PERIOD_TAIL.exec(heading[2]);
      if (tail && relativeDeadline(tail[1].trim()) !== undefined) {
        const at = start + line.lastIndexOf(tail[1]);
        period = { level, field: { value: tail[1].trim(), valueRange: { start: at, end: at + tail[1].trimEnd().length } } };
      }
      continue;
    }
    const item = period ? ITEM.exec(line) : null;
    if (item) items.push({ period: period!.field, words: tellingWords(item[2]), title: /^(?:\*\*|__)/.test(item[2]) });
  }
  return items;
}

/** The one period whose items name the title (titles first, then steps), or undefined. */
function periodOf(title: ReadonlySet<string>, items: readonly Scheduled[]): Field | undefined {
  for (const titles of [true, false]) {
    const periods = new Map<string, Field>();
    for (const item of items) if (item.title === titles && [...item.words].some((w) => title.has(w))) periods.set(item.period.value.toLowerCase(), item.period);
    if (periods.size === 1) return [...periods.values()][0];
    if (periods.size > 1) return undefined;
  }
  return undefined;
}

/** The risks, each finding with worded actions and no due date given the period its scheduled item falls in. */
export function withScheduledSummary(risks: Risk[], text: string): Risk[] {
  const undated = (r: Risk) => r.title !== undefined && r.actions.length > 0 && r.actions.every((a) => a.due === undefined) && r.actions.some((a) => a.action !== undefined && a.action.value.trim() !== '');
  if (!risks.some(undated) || !MAY_HOLD.test(text)) return risks;
  const items = scheduledItems(text);
  if (items.length === 0) return risks;
  return risks.map((risk) => {
    if (!undated(risk)) return risk;
    const period = periodOf(tellingWords(risk.title!.value), items);
    return period ? { ...risk, actions: risk.actions.map((action) => ({ ...action, due: period })) } : risk;
  });
}
