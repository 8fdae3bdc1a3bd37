// A plan that records once, for the risks it accepts, why they are accepted and what limits them meanwhile (set 97: a
// vulnerability log's `### Risk Acceptance Rationale for Vendor-Dependent CVEs` over its reasons and `### Compensating
// Controls Matrix` over its table, then CVEs each dispositioned ACCEPTED RISK with neither of their own): an accepted risk
// that records no rationale or compensating controls has the plan's (incomplete-acceptance asks only for the rest).
import type { Field, PlanMeta, Risk } from '../../model/plan-model';
import { anywhere } from '../text-scan';

/** A section heading (level 2 or 3) naming the rationale of the plan's acceptances, or the compensating controls. */
const ACCEPTANCE_HEADING = /^ {0,3}(#{2,3})[ \t]+([^\n]*?\b(?:(?:risk[ \t]+)?acceptance[ \t]+(rationale|justification)|(compensating[ \t]+controls?))\b[^\n]*?)[ \t#]*$/gim;
const acceptanceHeadingAnywhere = anywhere(/^ {0,3}#{2,3}[ \t][^\n]*?\b(?:acceptance[ \t]+(?:rationale|justification)|compensating[ \t]+controls?)\b/im);
const ANY_HEADING = /^ {0,3}(#{1,6})[ \t]/gm;

/** The plan's own record for its accepted risks: the first section of each kind that words something and sits under no risk. */
export function sharedAcceptance(text: string, risks: readonly Risk[]): Pick<PlanMeta, 'acceptanceRationale' | 'acceptanceControls'> {
  if (!acceptanceHeadingAnywhere(text)) return {};
  const riskStarts = new Set(risks.map((r) => r.firstLine.start));
  const found: { acceptanceRationale?: Field; acceptanceControls?: Field } = {};
  for (const m of text.matchAll(ACCEPTANCE_HEADING)) {
    const kind = m[3] !== undefined ? 'acceptanceRationale' : 'acceptanceControls';
    if (found[kind] || riskStarts.has(m.index)) continue;
    const level = m[1].length;
    const bodyStart = m.index + m[0].length;
    const end = sectionEnd(text, bodyStart, level);
    // A section that holds risks, or one nested under a risk's own heading, is that risk's, not the plan's record.
    if (risks.some((r) => r.firstLine.start > m.index && r.firstLine.start < end)) continue;
    const parent = parentHeadingAt(text, m.index, level);
    if (parent !== undefined && riskStarts.has(parent)) continue;
    if (!/\p{L}{3}/u.test(text.slice(bodyStart, end))) continue;
    const start = m.index + m[0].indexOf(m[2]);
    found[kind] = { value: m[2].replace(/[*_`]/g, '').trim(), valueRange: { start, end: start + m[2].length } };
  }
  return found;
}

/** Where the section whose body starts at `from` ends: the next heading of its level or above, or the text's end. */
function sectionEnd(text: string, from: number, level: number): number {
  ANY_HEADING.lastIndex = from;
  for (let m = ANY_HEADING.exec(text); m !== null; m = ANY_HEADING.exec(text)) if (m[1].length <= level) return m.index;
  return text.length;
}

/** Where the nearest heading above `at` of a higher level (fewer marks) starts, if any. */
function parentHeadingAt(text: string, at: number, level: number): number | undefined {
  let parent: number | undefined;
  ANY_HEADING.lastIndex = 0;
  for (let m = ANY_HEADING.exec(text); m !== null && m.index < at; m = ANY_HEADING.exec(text)) if (m[1].length < level) parent = m.index;
  return parent;
}
