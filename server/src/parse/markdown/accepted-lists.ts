// A plan's accepted residual risks listed under a heading of their own, each a bold name and then why (`## Residual Risks`,
// "The following risks are accepted with ongoing monitoring:", `1. **Zero-Day Vulnerabilities** - Inherent risk, mitigated by
// rapid patching process`; set 88): each item is an accepted risk, the words after its name the rationale, and field lines
// nested under it (`   - **Approved by:** CISO`) the rest of its acceptance, where incomplete-acceptance's fix writes them.
// An item naming a risk the plan has read already is that risk's summary, not a risk of its own.
import type { Field, Risk, Span } from '../../model/plan-model';
import { fieldForLabel, RISK_ID_SOURCE, type FieldName } from '../../model/vocabulary';
import { idKey } from '../../model/plan-queries';
import { readFieldLine } from './field-lines';
import { unfencedLines } from './unfenced-lines';
import { anywhere } from '../text-scan';

/** A heading of accepted or residual risks (`## Residual Risks`, `## Residual risks (accepted)`, `## Risk Acceptance`), its words normalised. */
const SECTION_WORDS = /^(?:(?:accepted|residual|accepted residual)[ \t]+risks?(?:[ \t]+\(accepted\))?|risks?[ \t]+accepted|(?:residual[ \t]+)?risk[ \t]+acceptances?)$/;
/** A cheap sign the text has such a heading: only then are its lines walked. */
const mayHold = anywhere(/^ {0,3}#{2,4}[ \t]+[^\n]*(?:accepted|residual|risks?[ \t]+accepted|risk[ \t]+acceptance)/im);
/** A word of accepting (`accepted`, `acceptance`), in a heading or the lines under it before the list. */
const ACCEPT_WORD = /\baccept(?:ed|ance)\b/i;
/** A list item at the margin (a nested one is a field of the item above it) opening with a bold name, then its reason after a dash or colon: `1. **Social Engineering** - Requires …`. The name may hold code (`**Legacy JS on `/archive/*`**`). */
const ITEM = /^( ?(?:[-*+]|\d{1,3}[.)])[ \t]+)(\*\*|__)((?:[^*_`\n]|`[^`\n]{1,60}`){2,80}?)[ \t]*:?\2[ \t]*(?:[:–—-][ \t]*)?(.*?)[ \t]*$/;
/** An item that is a one-word label (`- **Documented:** Clear documentation of residual risk rationale`, set 91): a step of the
 * acceptance process a policy lists, not a risk named. */
const ONE_WORD_LABEL = /^ ?(?:[-*+]|\d{1,3}[.)])[ \t]+(\*\*|__)\p{L}+(?::\1|\1[ \t]*:)/u;
/** A lead-in that names who accepted, approved or signed (`… reviewed and accepted by:`): the list under it is of signatories. */
const SIGNED_BY = /\b(?:accepted|approved|signed(?: off)?|reviewed|authori[sz]ed)\s+by\s*:?\s*$/i;
/** An ID opening an item's name (`R-07: Insider threat`). */
const LEADING_ID = new RegExp(String.raw`^(${RISK_ID_SOURCE})\b`);
/** A line nested under an item (indented further). */
const NESTED = /^[ \t]{2,}\S/;

/** The acceptance's parts a nested field line may give. */
const ACCEPTANCE_PARTS: ReadonlySet<FieldName> = new Set(['approvedBy', 'approvedOn', 'reviewBy', 'nextReview', 'compensatingControls', 'rationale']);

interface Item {
  readonly title: Field;
  readonly reason?: Field;
  readonly fields: Map<FieldName, Field>;
  readonly firstLine: Span;
  readonly accepted: Field;
}

function field(start: number, value: string): Field {
  return { value, valueRange: { start, end: start + value.length } };
}

/** The items listed under each heading of accepted risks whose heading or lead-in says they are accepted. */
function acceptedItems(text: string): Item[] {
  const items: Item[] = [];
  let section: { level: number; accepted?: Field; listed: boolean; signatories?: boolean } | undefined;
  let open: { fields: Map<FieldName, Field> } | undefined;
  for (const { line, start, heading } of unfencedLines(text)) {
    const body = line.replace(/\r$/, '');
    if (heading) {
      open = undefined;
      if (section && heading.level <= section.level) section = undefined;
      const words = heading.text.replace(/[*_`]/g, '').replace(/^[^\p{L}]+/u, '').replace(/[:.]\s*$/, '').trim().toLowerCase();
      if (heading.level >= 2 && heading.level <= 4 && SECTION_WORDS.test(words)) {
        const word = ACCEPT_WORD.exec(body);
        section = { level: heading.level, ...(word && { accepted: field(start + word.index, word[0]) }), listed: false };
      }
      continue;
    }
    if (!section) continue;
    const item = ONE_WORD_LABEL.test(body) ? null : ITEM.exec(body);
    if (item) {
      section.listed = true;
      open = undefined;
      // `All POA&M items have been reviewed and accepted by:` over `- **System Owner**: [TO BE SIGNED]`: who signs, not what is
      // accepted (set 93); so is an item named by a field (`- **Date**: …`, `- **Approved by**: …`).
      if (!section.accepted || section.signatories || fieldForLabel(item[3].replace(/`/g, '')) !== undefined) continue;
      const titleAt = start + item[1].length + item[2].length;
      const reasonAt = start + body.length - item[4].length;
      const fields = new Map<FieldName, Field>();
      items.push({
        title: field(titleAt, item[3].trim()),
        ...(item[4] !== '' && { reason: field(reasonAt, item[4]) }),
        fields,
        firstLine: { start, end: start + body.length },
        accepted: section.accepted,
      });
      open = { fields };
      continue;
    }
    if (open && NESTED.test(body)) {
      const found = readFieldLine(text, start, start + body.length);
      if (found && ACCEPTANCE_PARTS.has(found.name) && !open.fields.has(found.name)) open.fields.set(found.name, found.field);
      continue;
    }
    open = undefined;
    // `The following risks are accepted with ongoing monitoring:`: before the list, the lead-in may say they are accepted.
    const word = !section.listed && !section.accepted ? ACCEPT_WORD.exec(body) : null;
    if (word) section.accepted = field(start + word.index, word[0]);
    if (!section.listed && body.trim() !== '') section.signatories = SIGNED_BY.test(body);
  }
  return items;
}

/** The risks, and after them each accepted risk a list of them names that no risk read already is. */
export function withAcceptedListsRead(risks: Risk[], text: string): Risk[] {
  if (!mayHold(text)) return risks;
  const items = acceptedItems(text);
  if (items.length === 0) return risks;
  const titles = new Set(risks.map((r) => r.title?.value.trim().toLowerCase()).filter((t): t is string => t !== undefined));
  const ids = new Set(risks.map((r) => r.id && idKey(r.id.value)).filter((k): k is string => k !== undefined));
  const readAlready = (item: Item) => {
    const id = LEADING_ID.exec(item.title.value)?.[1];
    return titles.has(item.title.value.toLowerCase()) || (id !== undefined && ids.has(idKey(id)));
  };
  const added = items
    .filter((item) => !readAlready(item))
    .map((item): Risk => ({
      form: 'heading',
      title: item.title,
      treatment: item.accepted,
      acceptance: {
        rationale: item.fields.get('rationale') ?? item.reason,
        approvedBy: item.fields.get('approvedBy'),
        approvedOn: item.fields.get('approvedOn'),
        compensatingControls: item.fields.get('compensatingControls'),
        reviewBy: item.fields.get('reviewBy') ?? item.fields.get('nextReview'),
      },
      actions: [],
      firstLine: item.firstLine,
    }));
  return added.length === 0 ? risks : [...risks, ...added].sort((a, b) => a.firstLine.start - b.firstLine.start);
}
