// A findings report that lists its findings in a table and then heads each fix with the finding's ID
// (`### Fix for SEC-01: Add JWT authentication to every endpoint`, a Vietnamese report's `### Giải pháp
// cho SEC-01: …`): the heading's words after the ID are the fix of the row that planned nothing.
import type { Field, Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { idKey } from '../../model/plan-queries';
import { fieldForLabel, FIX_FOR_WORDS, RISK_ID_SOURCE } from '../../model/vocabulary';
import { everyMatch } from '../text-scan';

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
/** `### 2.1 Fix for SEC-01: words`: the heading's ID and its words (the fix). */
const FIX_HEADING = new RegExp(
  String.raw`^ {0,3}#{2,6}[ \t]+(?:[\d.]+[ \t]+)?[*_]*(?:${FIX_FOR_WORDS.map(escaped).join('|')})[ \t]+[*_\x60]*(${RISK_ID_SOURCE})[*_\x60]*[ \t]*[:—–-][ \t]*(\S[^\n]*?)[ \t#]*$`,
  'gim',
);
/** The fix headings of a whole text, found again only around an edit. */
const fixHeadings = everyMatch(FIX_HEADING);

/** The risks with the fixes their own headings give: a table row that plans nothing takes the words of the one heading naming its ID as its action. */
export function withFixHeadings(risks: Risk[], text: string): Risk[] {
  const key = (r: Risk) => r.id && idKey(r.id.value);
  const bare = new Map<string, Risk>();
  for (const r of risks) if (r.form === 'table' && key(r) && r.actions.length === 1 && !hasRealValue(r.actions[0].action)) bare.set(key(r)!, r);
  // Only a row that plans nothing can take a fix: with none, the text need not be searched (a heading plan's keystroke).
  if (bare.size === 0) return risks;
  const fixes = new Map<Risk, Fix[]>();
  for (const m of fixHeadings(text)) {
    const row = bare.get(idKey(m[1]));
    if (!row || row.firstLine.start > m.index) continue;
    const start = m.index + m[0].lastIndexOf(m[2]);
    const action = { value: m[2].replace(/[*_`]/g, '').trim(), valueRange: { start, end: start + m[2].length } };
    fixes.set(row, [...(fixes.get(row) ?? []), { action, ...sectionFields(text, m.index + m[0].length) }]);
  }
  if (fixes.size === 0) return risks;
  return risks.map((r) => {
    const fix = fixes.get(r);
    if (!fix || fix.length !== 1) return r;
    const own = r.actions[0];
    return { ...r, actions: [{ ...own, action: fix[0].action, owner: own.owner ?? fix[0].owner, due: own.due ?? fix[0].due, status: own.status ?? fix[0].status }] };
  });
}

type Fix = { action: Field } & Partial<Record<'owner' | 'due' | 'status', Field>>;

/** A bold label line (`- **Owner:** Portal lead`, `**Due**: 2026-12-20`). */
const LABEL_LINE = /^[ \t]{0,3}(?:[-*+][ \t]+)?\*\*([^*\n]{1,40}?)[ \t]*(?::\*\*|\*\*[ \t]*:)[ \t]*(\S[^\n]*?)[ \t]*$/gm;

/** The owner, due date and status the fix's section gives on label lines, up to the next heading. */
function sectionFields(text: string, from: number): Partial<Record<'owner' | 'due' | 'status', Field>> {
  const next = text.slice(from).search(/^ {0,3}#{1,6}[ \t]/m);
  const end = next < 0 ? text.length : from + next;
  const fields: Partial<Record<'owner' | 'due' | 'status', Field>> = {};
  for (const m of text.slice(from, end).matchAll(LABEL_LINE)) {
    const name = fieldForLabel(m[1]);
    if ((name === 'owner' || name === 'due' || name === 'status') && !fields[name]) {
      const start = from + m.index + m[0].lastIndexOf(m[2]);
      fields[name] = { value: m[2].replace(/[*_`]/g, '').trim(), valueRange: { start, end: start + m[2].length } };
    }
  }
  return fields;
}
