// A report that writes its findings out in one place and schedules the fixes in another, by period and with no finding's
// name or ID (`### Immediate Actions Required (Week 1)` over `1. **Implement PHI Encryption**` and its steps): a finding
// whose actions name no due date takes the period of the scheduled item that names it by a telling word of its title
// (`No PHI Encryption at Rest` ↔ `Implement PHI Encryption`), counted from the report's date as any relative deadline.
// Items' titles are matched first, their steps only when no title names the finding; a finding named in two periods,
// or in none, is left as written. A fix the finding gives only as code is worded by the item that schedules it.
import type { Action, Field, Risk } from '../../model/plan-model';
import { relativeDeadline } from '../../model/relative-dues';
import { isCommonTitleWord, isTellingShortWord, statusOf } from '../../model/vocabulary';
import { unfencedLines } from './unfenced-lines';
import { ITEM_MARK, STATUS_LEAD } from './label-list';
import { singular, titleWords } from './title-words';
import { anywhere } from '../text-scan';
import { idKey } from '../../model/plan-queries';
import { CITED_ID } from './whole-plan-passes';
import { riskHeading } from './section-headings';

/** A title's or an item's telling words, lower case without a plural ending: those of four letters or more that tell findings
 * apart (roadmap-repeats.ts's), and those of three that name a thing (`PHI`, `API`, `log`). */
function tellingWords(title: string): Set<string> {
  return new Set(titleWords(title).filter((w) => isTellingShortWord(w) || !isCommonTitleWord(w)));
}

/**
 * A text's hyphenated compounds (`third-party`, `field-level`), lower case: one written in both a title and an item is one
 * word shared, not two (`Obtain third-party certification` does not outweigh `Obtain BAAs …` for `Third-Party Service
 * Providers Without BAAs`), while a part shared alone still counts (`admin` of `admin-only` in `Restricted registration to admin`).
 */
function compounds(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map((m) => m[0].split('-').map(singular).join('-')));
}

/**
 * A name an item spells out in capitalised words (`Add Multi-Factor Authentication`, `Sign Business Associate Agreements`):
 * the initials of each run of three or four (`mfa`, `baa`), as a finding's title abbreviates it (`No MFA for Admin Users`),
 * each with the count of words the name would share if the title spelled it out (a hyphenated compound one word).
 */
function initialisms(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const run of text.matchAll(/\p{Lu}\p{Ll}+(?:[ \t-]+\p{Lu}\p{Ll}+){2,3}/gu)) {
    const names = run[0].split(/[ \t-]+/);
    // Whether each word is joined to the next by a hyphen alone (`Multi-Factor`): one word of a compound.
    const hyphened = [...run[0].matchAll(/[ \t-]+/g)].map((gap) => gap[0] === '-');
    for (let n = 3; n <= names.length; n++) {
      for (let i = 0; i + n <= names.length; i++) {
        const words = n - hyphened.slice(i, i + n - 1).filter(Boolean).length;
        found.set(names.slice(i, i + n).map((w) => w[0]).join('').toLowerCase(), words);
      }
    }
  }
  return found;
}

/**
 * How many telling words a title and an item share, a compound both write counted once; an abbreviation of the title the
 * item spells out counts as its words would (`MFA` and `Multi-Factor Authentication` share two: `multi-factor`, `authentication`).
 */
function sharedCount(title: Titled, item: Scheduled): number {
  let shared = [...item.words].filter((w) => title.words.has(w)).length;
  for (const compound of item.compounds) if (title.compounds.has(compound)) shared -= compound.split('-').length - 1;
  for (const [initials, words] of item.initialisms) if (title.words.has(initials) && !item.words.has(initials)) shared += words;
  return shared;
}

/** A finding's title as items are matched to it: its telling words and its compounds. */
interface Titled {
  readonly words: ReadonlySet<string>;
  readonly compounds: ReadonlySet<string>;
}

/**
 * Telling words without the ending of a past or an -ing form (`logged`, `logging` → `log`): a finding says what is wrong
 * (`PHI logged to console`), its fix what was done (`Fixed PHI logging`). Only tried when the words as written name no item:
 * read so first, they tie findings between fixes and phases the words as written tell apart.
 */
function stems(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].map((w) => (w.length < 6 || !/(?:ing|ed)$/.test(w) ? w : w.slice(0, w.endsWith('ing') ? -3 : -2).replace(/([b-df-hj-np-tv-z])\1$/, '$1'))));
}

/** The item a finding's title names: by its telling words as written, else by their stems (the items' stems made once, when first asked). */
function titleMatcher(items: readonly Scheduled[]): (title: string) => Scheduled | undefined {
  let stemmed: readonly Scheduled[] | undefined;
  return (title) => {
    const words = tellingWords(title);
    const joined = compounds(title);
    return scheduledFor({ words, compounds: joined }, items) ?? scheduledFor({ words: stems(words), compounds: joined }, (stemmed ??= items.map((item) => ({ ...item, words: stems(item.words) }))));
  };
}

/** How many telling words an item must share with a finding's title to schedule it: one (`PHI`, `Encryption`) names too many. */
const SHARED_WORDS = 2;

/**
 * A cheap sign of a period in a heading's brackets (`(Week 1)`, `(Days 1-30)`, `(Month 2)`, `(Within 30 days)`) or opening
 * a heading (`### Week 1 (Immediate Action Required)`): only then are lines split.
 */
const mayHold = anywhere(/\((?:weeks?|days?|months?|within|next)\s+\d|^ {0,3}#{2,6}[ \t]+(?:\*\*|__)?(?:weeks?|months?)\s+\d/im);
/** A period opening a heading's words: `Week 1 (Immediate Action Required)`, `Weeks 2-3: Testing`. */
const PERIOD_LEAD = /^[*_\s]*((?:weeks?|months?)\s+\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)(?![\d.])/i;
/** A heading closed by a period in brackets: the period's text. */
const PERIOD_TAIL = /\(([^()]{3,30})\)\s*$/;
/** A bare count of days or weeks (`10 days`, `8.5 days`): after a heading's own period (`WEEK 3: Stability & UX (10 days)`), the work's effort. */
const EFFORT = /^\d{1,3}(?:\.\d)?\s*(?:days?|weeks?)$/i;
/** A bold tag after a dash closing a heading: `- **MUST COMPLETE**`, `— **BLOCKING**`. */
const URGENCY_TAG = /\s+[-–—]\s+(?:\*\*|__)[^*_]{1,30}(?:\*\*|__)\s*$/;
/** A list item: its indentation, whether its text is all bold (an item's title), and the text. */
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$/;
/**
 * Where an item says how far it has got, before its words: a task box or a status mark (`[ ]`, `✅`), and a status
 * with a colon (`⚠️ **PENDING:**`), as a labelled list writes them (label-list.ts). The status, and the words' offset.
 */
function itemStatus(written: string): { status?: { value: string; at: number }; from: number } {
  const mark = ITEM_MARK.exec(written);
  const marked = mark && statusOf(mark[1]) !== undefined ? mark : null;
  const from = mark ? mark[0].length : 0;
  const lead = STATUS_LEAD.exec(written.slice(from));
  const led = lead && statusOf(lead[2]) !== undefined ? lead : null;
  // The words say it more exactly than a mark (`⚠️ **PENDING:**` is pending, not in progress).
  const status = led ? { value: led[2], at: from + led[1].length } : marked ? { value: marked[1], at: 0 } : undefined;
  return { ...(status && { status }), from: from + (led ? led[0].length : 0) };
}

interface Scheduled {
  readonly period: Field;
  /** The item's task box or status (`[ ]`, `[x]`, `✅`, `PENDING`): where it stands. */
  readonly box?: Field;
  readonly words: ReadonlySet<string>;
  readonly compounds: ReadonlySet<string>;
  /** The initials of the names it spells out in capitalised words (`mfa` of `Multi-Factor Authentication`). */
  readonly initialisms: ReadonlyMap<string, number>;
  readonly title: boolean;
  /** The item's words (its bold title without the emphasis): the fix in plain words. */
  readonly text: Field;
  /** The IDs the item cites (`Field-level access control (M-1)`), as risks are compared by them (idKey). */
  readonly cites: ReadonlySet<string>;
}

/** The items under headings that schedule by period, each with its period and telling words. */
function scheduledItems(text: string): Scheduled[] {
  const items: Scheduled[] = [];
  let period: { level: number; field: Field } | undefined;
  // The level of a risk's own heading under a period (`### ISSUE-018: Database Schema Drift` under `## WEEK 3`): the lists
  // under it are that risk's steps, written where it is, not a schedule's items naming risks written elsewhere.
  let owned: number | undefined;
  for (const { line, start, heading } of unfencedLines(text)) {
    if (heading) {
      const level = heading.level;
      if (period && level <= period.level) period = undefined;
      if (owned !== undefined && level <= owned) owned = undefined;
      if (period && owned === undefined) {
        const at = start + line.indexOf(heading.text);
        if (riskHeading(text, { start: at, end: at + heading.text.length })?.id !== undefined) {
          owned = level;
          continue;
        }
      }
      // `### **Phase 1: Critical Fixes (Week 1)**`: the period closes the heading's words, inside its emphasis, perhaps
      // before an urgency tag after a dash (`### Phase 1: Critical Fixes (Week 1) - **MUST COMPLETE**`).
      const closing = PERIOD_TAIL.exec(heading.text.replace(URGENCY_TAG, '').replace(/[*_]+\s*$/, ''));
      const effort = closing !== null && EFFORT.test(closing[1].trim()) && PERIOD_LEAD.test(heading.text);
      const tail = closing && !effort && relativeDeadline(closing[1].trim()) !== undefined ? closing : null;
      const lead = tail ? null : PERIOD_LEAD.exec(heading.text);
      if (tail) {
        const at = start + line.lastIndexOf(tail[1]);
        period = { level, field: { value: tail[1].trim(), valueRange: { start: at, end: at + tail[1].trimEnd().length } } };
      } else if (lead && relativeDeadline(lead[1]) !== undefined) {
        const at = start + line.indexOf(lead[1]);
        period = { level, field: { value: lead[1], valueRange: { start: at, end: at + lead[1].length } } };
      }
      continue;
    }
    const item = period && owned === undefined ? ITEM.exec(line) : null;
    if (item) {
      // `- [ ] Remove password logging`, `- ✅ **COMPLETED:** Turned off …`: where the item stands, then its words.
      const { status, from } = itemStatus(item[2]);
      const written = item[2].slice(from);
      const bold = /^(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$/.exec(written);
      const words = bold ? bold[2] : written;
      const at = start + line.indexOf(words, item[1].length);
      const statusAt = status ? start + line.indexOf(item[2], item[1].length) + status.at : -1;
      items.push({
        period: period!.field,
        ...(status && { box: { value: status.value, valueRange: { start: statusAt, end: statusAt + status.value.length } } }),
        words: tellingWords(written),
        compounds: compounds(written),
        initialisms: initialisms(written),
        title: bold !== null,
        text: { value: words.trim(), valueRange: { start: at, end: at + words.trimEnd().length } },
        cites: new Set([...written.matchAll(CITED_ID)].map((m) => idKey(m[0]))),
      });
    }
  }
  return items;
}

/**
 * The item that shares the most telling words with a finding's title (two at least, or the title's one when no other
 * item holds it), titles before steps among those that share as many; undefined when none does, or when they fall in
 * different periods.
 */
function scheduledFor(title: Titled, items: readonly Scheduled[]): Scheduled | undefined {
  const scored = items.map((item) => ({ item, score: sharedCount(title, item) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  // `Missing Security Headers` ↔ `Add security headers`: a title of one telling word is named by the one item that holds it.
  const alone = title.words.size === 1 && best === 1 && scored.filter((s) => s.score === 1).length === 1;
  if (best < SHARED_WORDS && !alone) return undefined;
  const top = scored.filter((s) => s.score === best).map((s) => s.item);
  const naming = top.some((item) => item.title) ? top.filter((item) => item.title) : top;
  return naming.every((item) => item.period.value.toLowerCase() === naming[0].period.value.toLowerCase()) ? naming[0] : undefined;
}

const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/;

/**
 * Whether an action's text is a fix given only as code: the content of a fenced block (`**Fix Required:**` over a
 * block of TypeScript), or a label closed by a colon that introduces one (`**Fix:** Add to all PHI endpoints:`).
 */
function isCodeFix(text: string, action: Action): boolean {
  const value = action.action;
  if (!value || value.value.trim() === '') return false;
  const lineStart = text.lastIndexOf('\n', value.valueRange.start - 1) + 1;
  const before = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0));
  if (FENCE_LINE.test(before) && !FENCE_LINE.test(text.slice(lineStart, value.valueRange.start + 3))) return true;
  if (!value.value.trim().endsWith(':')) return false;
  const after = text.slice(value.valueRange.end).replace(/^[^\n]*\n(?:[ \t]*\n)*/, '');
  return FENCE_LINE.test(after);
}

/**
 * The risks, each finding with worded actions and no due date given the period its scheduled item falls in; a finding
 * with no worded action at all (`### 4. **HIGH: Missing Security Headers**` with only its file and impact) takes the item
 * that names it (`- [ ] Add security headers` under `### Phase 1: Critical Fixes (Week 1)`) as its action, with the period
 * as its due date and the item's task box as its status.
 */
export function withScheduledSummary(risks: Risk[], text: string): Risk[] {
  const worded = (r: Risk) => r.actions.some((a) => a.action !== undefined && a.action.value.trim() !== '');
  const undated = (r: Risk) => r.title !== undefined && r.actions.length > 0 && r.actions.every((a) => a.due === undefined) && worded(r);
  // (A due date its section heading gives, `### MEDIUM PRIORITY ISSUES (Fix Within 1-3 Months)`, still leaves it to an item citing its ID.)
  const unworded = (r: Risk) => r.title !== undefined && !worded(r) && r.actions.every((a) => a.status === undefined);
  const unplanned = (r: Risk) => unworded(r) && r.actions.every((a) => a.due === undefined);
  if (!risks.some((r) => undated(r) || unworded(r)) || !mayHold(text)) return risks;
  const items = scheduledItems(text);
  if (items.length === 0) return risks;
  const scheduledByTitle = titleMatcher(items);
  // `- [ ] Field-level access control (M-1)` under `### Months 2-3 (Medium Priority)`: the one item citing a finding's ID names it.
  const citing = (risk: Risk) => {
    const key = risk.id && idKey(risk.id.value);
    const found = key ? items.filter((item) => item.cites.has(key)) : [];
    return found.length === 1 ? found[0] : undefined;
  };
  return risks.map((risk) => {
    const cited = unworded(risk) ? citing(risk) : undefined;
    if (cited || unplanned(risk)) {
      const scheduled = cited ?? scheduledByTitle(risk.title!.value);
      if (!scheduled) return risk;
      const own = risk.actions[0];
      const firstLine = own?.firstLine ?? risk.firstLine;
      return { ...risk, actions: [{ ...own, firstLine, action: scheduled.text, due: own?.due ?? scheduled.period, ...(scheduled.box && { status: scheduled.box }) }] };
    }
    if (!undated(risk)) return risk;
    // `Third-Party Service Providers Without BAAs` shares one telling word with `Obtain BAAs from all vendors handling PHI`; with
    // its own steps (`Immediately obtain BAAs from Supabase, …`, `Suspend PHI transmission until BAAs are in place`) it names it (set 88).
    const scheduled = scheduledByTitle(risk.title!.value) ?? scheduledByTitle([risk.title!.value, ...risk.actions.map((a) => a.action?.value ?? '')].join(' '));
    if (!scheduled) return risk;
    // A fix given only as code is worded by the scheduled item: `Implement PHI Encryption` for a block of TypeScript.
    return { ...risk, actions: risk.actions.map((action) => ({ ...action, ...(isCodeFix(text, action) && { action: scheduled.text }), due: scheduled.period })) };
  });
}
