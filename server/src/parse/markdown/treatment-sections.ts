// A register that records its treatment decisions in a section of their own, one sub-heading per treatment
// (`## Risk Treatment` over `### Accept` with `- **R-013:** No user data export (low risk, can be addressed post-audit)`,
// then `### Mitigate`, `### Transfer`): each item names a risk by its ID under the treatment decided for it. A risk with no
// treatment of its own takes the one its item sits under; an accepted risk takes the item's words in brackets as the reason.
import type { Field, Risk } from '../../model/plan-model';
import { hasValue, idKey } from '../../model/plan-queries';
import { RISK_ID_SOURCE, treatmentOf } from '../../model/vocabulary';
import { anywhere } from '../text-scan';

/** A section of treatment decisions by its heading: `## Risk Treatment`, `## Treatment Decisions`, `### Risk Treatments`. */
const TREATMENT_SECTION = /^ {0,3}(#{2,4})[ \t]+[^\w\n]*(?:risk[ \t]+)?treatments?(?:[ \t]+(?:decisions?|plan|summary|strategy))?[ \t]*:?[ \t]*$/gim;
const mayHold = anywhere(/^ {0,3}#{2,4}[ \t]+[^\w\n]*(?:risk[ \t]+)?treatments?\b/im);
/** Any heading: its marks (group 1) and its words (group 2). */
const HEADING = /^ {0,3}(#{1,6})[ \t]+([^\n]*?)[ \t#]*$/gm;
/** A list item naming a risk by its ID first (`- **R-013:** No user data export (low risk, …)`, `- R-013 - …`): the ID and the rest. */
const ITEM = new RegExp(String.raw`^[ \t]*[-*+][ \t]+(?:\*\*|__)?(${RISK_ID_SOURCE})(?:\*\*|__)?[ \t]*[:–—-]?(?:\*\*|__)?[ \t]*([^\n]*)$`, 'gm');
/** The reason in brackets closing an item's words: `(low risk, can be addressed post-audit)`. */
const BRACKETED_REASON = /\(([^()]{3,200})\)[ \t.]*$/;

interface Decision {
  readonly treatment: Field;
  readonly reason?: Field;
}

/** The decisions a treatment section records, by the risk's ID key. */
function decisionsIn(text: string): Map<string, Decision> {
  const decisions = new Map<string, Decision>();
  for (const section of text.matchAll(TREATMENT_SECTION)) {
    const level = section[1].length;
    const from = section.index + section[0].length;
    // The section runs to the next heading of its level or above.
    HEADING.lastIndex = from;
    let end = text.length;
    const parts: { treatment: Field; start: number }[] = [];
    for (let h = HEADING.exec(text); h !== null; h = HEADING.exec(text)) {
      if (h[1].length <= level) { end = h.index; break; }
      const words = h[2].replace(/[*_`]/g, '').trim();
      const start = h.index + h[0].indexOf(h[2]);
      parts.push({ treatment: { value: words, valueRange: { start, end: start + h[2].length } }, start: h.index + h[0].length });
    }
    parts.forEach((part, i) => {
      // Only a sub-heading that is a treatment word and no more (`### Accept`, `### Accepted`, `### Transfer`) decides its items.
      if (part.treatment.value.split(/\s+/).length > 2 || treatmentOf(part.treatment.value) === undefined) return;
      const stop = i + 1 < parts.length ? parts[i + 1].treatment.valueRange.start : end;
      const body = text.slice(part.start, stop);
      for (const item of body.matchAll(ITEM)) {
        const key = idKey(item[1]);
        if (decisions.has(key)) continue;
        const reason = BRACKETED_REASON.exec(item[2]);
        const wordsAt = part.start + item.index + item[0].length - item[2].length;
        const reasonAt = reason ? wordsAt + reason.index + 1 : 0;
        decisions.set(key, { treatment: part.treatment, ...(reason && { reason: { value: reason[1].trim(), valueRange: { start: reasonAt, end: reasonAt + reason[1].length } } }) });
      }
    });
  }
  return decisions;
}

/** The risks, each one a treatment section decides for taking that treatment where it writes none (and an acceptance's reason). */
export function withTreatmentSectionsRead(risks: Risk[], text: string): Risk[] {
  if (!mayHold(text) || !risks.some((r) => r.id !== undefined && !hasValue(r.treatment))) return risks;
  const decisions = decisionsIn(text);
  if (decisions.size === 0) return risks;
  return risks.map((r) => {
    const decision = r.id === undefined || hasValue(r.treatment) ? undefined : decisions.get(idKey(r.id.value));
    if (!decision) return r;
    const accepted = treatmentOf(decision.treatment.value) === 'accept';
    const rationale = accepted && decision.reason && !hasValue(r.acceptance.rationale) ? { rationale: decision.reason } : {};
    return { ...r, treatment: decision.treatment, acceptance: { ...r.acceptance, ...rationale } };
  });
}
