// A register that keeps no actions of its own and says so: its treatment of every entry lives in a
// companion document (`Treatment decisions for every entry above` in the row naming
// `03.08 — Risk Management Plan`; `Mitigation actions for all risks are tracked in the POA&M`).
// Its risks are not untreated: missing-action says once where the actions are said to be,
// instead of saying of each risk that nothing is planned.
import type { Field, Risk } from '../../model/plan-model';
import { hasOwnAction } from '../../model/plan-queries';

/** The words for a risk's treatment, as the statement names them. */
const TREATMENT = String.raw`(?:risk\s+)?(?:treatment|mitigation|remediation|corrective[\s-]+action|action)s?(?:\s+(?:decisions?|plans?|actions?|measures?|activities))?`;

/** "… for every entry", "… of all risks above", "… for each of these risks", "… for these findings" (an audit report's). */
const EVERY_ENTRY = String.raw`(?:for|of)\s+(?:(?:every|each|all)\s+(?:of\s+)?(?:(?:the|these|those|identified|listed|above)\s+)*|(?:the|these|those)\s+(?:(?:identified|listed|above)\s+)*)(?:entry|entries|risks?|items?|findings?|rows?)\b`;

/** "… are documented in the Risk Treatment Plan", "… is tracked in a separate POA&M". */
/** "… have been defined and tracked in:" (an audit report handing its corrective actions to the CAPA): verbs may pair. */
const KEPT_VERB = String.raw`(?:documented|recorded|tracked|kept|maintained|managed|held|set\s+out|described|defined)`;
const KEPT_IN = String.raw`(?:is|are|has\s+been|have\s+been)\s+${KEPT_VERB}(?:\s+and\s+${KEPT_VERB})?\s+(?:separately\s+)?in\s*:?\s*(?:the\s+|a\s+|our\s+)?(?:companion|separate|accompanying|associated|linked)?`;

/** A statement that all treatment is kept elsewhere: every entry's treatment, or treatment kept in another document. */
const STATEMENT = new RegExp(String.raw`\b${TREATMENT}\s+(?:${EVERY_ENTRY}|(?:${EVERY_ENTRY}\s+)?${KEPT_IN})`, 'i');

/** The other document, as the line names it: a link, a plan, POA&M, tracker or register named by title, or a file by its name (`corrective_action_plan.md`). */
const NAMES_DOCUMENT = /\]\([^)\s]+\)|\b(?:plan|poa&m|poam|tracker|register|workbook|backlog)\b|[\w-]\.(?:md|docx?|xlsx?|pdf|csv)\b/i;

/** A line that points here (`in this plan`, `below`) or states a requirement (`must be documented in`), not where the treatment is. */
const NOT_ELSEWHERE = /\b(?:this|below|here(?:in)?|must|shall|should|required|will\s+be)\b/i;

/**
 * The line that says the register's treatment lives in another document, when no risk read has an
 * action of its own; undefined otherwise.
 */
export function treatedElsewhere(text: string, risks: readonly Risk[]): Field | undefined {
  if (risks.length === 0 || risks.some(hasOwnAction)) return undefined;
  let offset = 0;
  const all = text.split('\n');
  for (const [i, line] of all.entries()) {
    const start = offset;
    offset += line.length + 1;
    const said = STATEMENT.exec(line);
    if (!said || NOT_ELSEWHERE.test(line)) continue;
    // `… are tracked in:` ending its line names the document on the next line that is not blank.
    const below = /:\s*$/.test(line) && !NAMES_DOCUMENT.test(line) ? all.slice(i + 1, i + 4).findIndex((next) => next.trim() !== '') : -1;
    const document = below < 0 ? undefined : all[i + 1 + below];
    if (!NAMES_DOCUMENT.test(line) && !(document !== undefined && NAMES_DOCUMENT.test(document))) continue;
    const clean = (written: string) => written.replace(/^[\s>|*_-]+|[\s|*_]+$/g, '').replace(/[*_`]/g, '').replace(/\s*\|\s*/g, ': ');
    const value = document === undefined ? clean(line) : `${clean(line)} ${document.replace(/[`*]/g, '').trim().replace(/^[^\p{L}\p{N}]+/u, '')}`;
    const at = start + line.search(/\S/);
    // The statement runs on to the document it names, on its own line below.
    const end = document === undefined ? start + line.trimEnd().length : all.slice(0, i + 1 + below).reduce((sum, l) => sum + l.length + 1, 0) + document.trimEnd().length;
    return { value, valueRange: { start: at, end } };
  }
  return undefined;
}
