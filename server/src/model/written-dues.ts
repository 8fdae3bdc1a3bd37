// Dates written in an action's own words. A deadline, where the plan has no due column or label:
// "Draft and approve a cybersecurity policy by Q1 2025.", "recheck the digest by 2026-09-02",
// "- [ ] Implement a DLP solution (Q2 2026)", "cross-train two engineers within 30 days", "… → Retest (2 weeks)". Gap assessments, generated registers and
// checklists of planned mitigations date their actions so; read as the action's due date, so
// a lapsed one is overdue rather than undated. A start ("starting Q2 2025") is not a deadline,
// and an action naming two deadlines names none that is its own. And, for a Markdown risk's own
// action lines, when the words say it was done or is scheduled (`deployed 2025-12-05`,
// `scheduled Q1 2026`): its completion or due date.
import type { Action, Field, Risk } from './plan-model';
import { parseDate } from './dates';
import { NUMBER_SOURCE } from './number-words';
import { TextMemo, ownCache } from '../caches';

/** A date as an action's words write it: ISO, `December 5, 2025`, `5 December 2025`, or a period (`Q1 2026`, `March 2026`). */
const WORDED_DATE = String.raw`(\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|Q[1-4] \d{4}|[A-Z][a-z]{2,8} \d{4})`;
/** Words saying an action was done on a date: `applied on 2025-12-01`, `deployed 2025-12-05`. */
const DONE_ON = new RegExp(String.raw`\b(?:applied|deployed|completed|implemented|fixed|remediated|resolved|patched|installed|enabled|rolled out)(?:[ \t]+(?:on|in))?[ \t]+${WORDED_DATE}`, 'i');
/** Words saying when an action is to be done: `scheduled Q1 2026`, `scheduled for 2026-03-01`, `due 2026-02-01`. */
const DUE_ON = new RegExp(String.raw`\b(?:scheduled|planned|due|targeted)(?:[ \t]+(?:for|on|in|by))?[ \t]+${WORDED_DATE}`, 'i');

/** The completion or due date an action's own words give, when they give one (never both). */
export function datesInWords(text: string, action: Field): { due?: Field; completed?: Field } | undefined {
  const { start, end } = action.valueRange;
  const written = text.slice(start, end);
  for (const [pattern, name] of [[DONE_ON, 'completed'], [DUE_ON, 'due']] as const) {
    const match = pattern.exec(written);
    if (!match || parseDate(match[1]).kind !== 'date') continue;
    const at = start + match.index + match[0].length - match[1].length;
    return { [name]: { value: match[1], valueRange: { start: at, end: at + match[1].length } } };
  }
  return undefined;
}

/** A date or period a deadline names: ISO date, quarter, half year, "March 2026", "March 31, 2026", "31 March 2026". */
const WHEN = String.raw`\d{4}-\d{2}-\d{2}|(?:Q[1-4]|H[12])\s+(?:FY\s*|CY\s*)?\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\s+\d{4}`;
/** "by Q1 2025", "before 2026-09-02", "no later than March 2026", "by the end of Q2 2026". */
const BY = new RegExp(String.raw`\b(?:by|before|no later than|due)\s+(?:the\s+)?(?:end\s+of\s+)?(${WHEN})\b`, 'gi');
/** A deadline labelled in the action's own line after a dash: "… — Owner: Product Owner — Due: 2027-01-31". */
const DUE_LABEL = new RegExp(String.raw`[—–][ \t]*(?:[*_]{0,2})due(?:[*_]{0,2})[ \t]*:[ \t]*(${WHEN})\b`, 'gi');
/** The owner labelled so: "… — Owner: Product Owner — Due: …", up to the next dash or the end. */
const OWNER_LABEL = /[—–][ \t]*[*_]{0,2}owner[*_]{0,2}[ \t]*:[ \t]*([^—–\n]*[^—–\s])/i;
/** A deadline alone in parentheses: "(Q2 2026)", "(by 2026-06-30)", "(due March 2026)", "(target: Q3 2026)". */
const PARENTHESISED = new RegExp(String.raw`\((?:(?:by|due|target:?)\s+)?(${WHEN})\)`, 'gi');

/**
 * A span the action is to be done within, counted from the plan's date ("Cross-train two engineers within 30 days"):
 * not one counted from an event ("within 30 days of discovery", "within 60 days after notice"), which is a rule's time limit.
 */
const WITHIN = new RegExp(String.raw`\bwithin\s+${NUMBER_SOURCE}\s+(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?)\b(?!\s+(?:of|after|from|following|once|since|before|prior)\b)`, 'gi');

/**
 * A span closing the action in parentheses, the time its steps take (`Deploy WAF → Run DAST → Retest (2 weeks)`); not
 * after a word naming a length of its own (`Free trial periods (30 days)`, `Log retention (90 days)`): that is how long
 * the thing lasts, not when the work is due.
 */
const SPAN_CLOSING = new RegExp(String.raw`(?<!\b(?:periods?|trials?|windows?|retention|timeouts?|intervals?|durations?|lifetimes?|expiry|validity|cycles?|lockouts?)\s*)\((${NUMBER_SOURCE.replace('(', '(?:')}\s+(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?))\)\s*\.?\s*$`, 'gi');

/** The one deadline an action's words name (where in them, and its words); undefined for none or more than one. */
interface WrittenDeadline {
  readonly at: number;
  readonly words: string;
}

/** By the action's words: both passes ask of every action without a deadline, on every keystroke. */
const deadlinesByWords = ownCache('deadline in an action\'s words', new TextMemo<WrittenDeadline | undefined>(20_000));

/** The one deadline an action's text names, as a field over its words; undefined for none or more than one. */
function writtenDue(text: string, action: Field): Field | undefined {
  const deadline = deadlinesByWords.of(action.value, deadlineIn);
  if (deadline === undefined) return undefined;
  const { at, words } = deadline;
  // Where the words are in the document: at their offset when the value is the text as written, else where they first appear in it.
  const { start, end } = action.valueRange;
  const asWritten = text.slice(start, end) === action.value ? start + at : text.indexOf(words, start);
  const inside = asWritten >= start && asWritten + words.length <= end;
  return { value: words, valueRange: inside ? { start: asWritten, end: asWritten + words.length } : action.valueRange };
}

function deadlineIn(value: string): WrittenDeadline | undefined {
  const found = new Map<string, WrittenDeadline>();
  for (const pattern of [BY, PARENTHESISED, DUE_LABEL]) {
    for (const m of value.matchAll(pattern)) {
      const parsed = parseDate(m[1]);
      if (parsed.kind !== 'date') continue;
      if (!found.has(parsed.iso)) found.set(parsed.iso, { at: m.index + m[0].indexOf(m[1]), words: m[1] });
    }
  }
  const spans = [...[...value.matchAll(WITHIN)].map((m) => ({ at: m.index, words: m[0] })), ...[...value.matchAll(SPAN_CLOSING)].map((m) => ({ at: m.index + m[0].indexOf(m[1]), words: m[1] }))];
  for (const span of spans) {
    const key = span.words.toLowerCase().replace(/^within\s+/, '').replace(/\s+/g, ' ');
    if (!found.has(key)) found.set(key, span);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function withWrittenDue(text: string, action: Action): Action {
  if (action.action === undefined || (action.due !== undefined && action.owner !== undefined)) return action;
  const due = action.due === undefined ? writtenDue(text, action.action) : undefined;
  const owner = action.owner === undefined ? writtenOwner(text, action.action) : undefined;
  return due || owner ? { ...action, ...(due && { due }), ...(owner && { owner }) } : action;
}

/** The owner an action's own line labels after a dash (`… — Owner: Product Owner — Due: …`), as a field over its words. */
function writtenOwner(text: string, action: Field): Field | undefined {
  if (!/owner/i.test(action.value)) return undefined;
  const m = OWNER_LABEL.exec(action.value);
  if (!m) return undefined;
  const { start, end } = action.valueRange;
  const at = text.slice(start, end) === action.value ? start + m.index + m[0].length - m[1].length : -1;
  return { value: m[1], valueRange: at >= 0 ? { start: at, end: at + m[1].length } : action.valueRange };
}

/** The risks with each undated action's deadline read from its own text (`text`: the document), where it writes one. */
export function withDuesInActionText(risks: readonly Risk[], text: string): Risk[] {
  return risks.map((risk): Risk => {
    // Most risks' actions give their deadlines in fields: no array made for them.
    let actions: Action[] | undefined;
    risk.actions.forEach((action, i) => {
      const read = withWrittenDue(text, action);
      if (read !== action) (actions ??= [...risk.actions])[i] = read;
    });
    return actions === undefined ? risk : { ...risk, actions };
  });
}
