// A plan that records once, for the risks it accepts, why they are accepted and what limits them meanwhile (set 97: a
// vulnerability log's `### Risk Acceptance Rationale for Vendor-Dependent CVEs` over its reasons and `### Compensating
// Controls Matrix` over its table, then CVEs each dispositioned ACCEPTED RISK with neither of their own): an accepted risk
// that records no rationale or compensating controls has the plan's (incomplete-acceptance asks only for the rest).
import type { Field, PlanMeta, Risk } from '../../model/plan-model';
import { anywhere } from '../text-scan';
import { headingsOf } from './document-headings';

/** A section heading (level 2 or 3) naming the rationale of the plan's acceptances, or the compensating controls. */
const ACCEPTANCE_HEADING = /^ {0,3}(#{2,3})[ \t]+([^\n]*?\b(?:(?:risk[ \t]+)?acceptance[ \t]+(rationale|justification)|(compensating[ \t]+controls?))\b[^\n]*?)[ \t#]*$/im;
const acceptanceHeadingAnywhere = anywhere(/^ {0,3}#{2,3}[ \t][^\n]*?\b(?:acceptance[ \t]+(?:rationale|justification)|compensating[ \t]+controls?)\b/im);

/** The plan's own record for its accepted risks: the first section of each kind that words something and sits under no risk. */
export function sharedAcceptance(text: string, risks: readonly Risk[]): Pick<PlanMeta, 'acceptanceRationale' | 'acceptanceControls'> {
  if (!acceptanceHeadingAnywhere(text)) return {};
  const riskStarts = new Set(risks.map((r) => r.firstLine.start));
  const headings = headingsOf(text).map((heading) => ({ ...heading, level: /^ {0,3}(#{1,6})/.exec(heading.text)![1].length }));
  const found: { acceptanceRationale?: Field; acceptanceControls?: Field } = {};
  headings.forEach((heading, i) => {
    const m = ACCEPTANCE_HEADING.exec(heading.text);
    if (!m) return;
    const kind = m[3] !== undefined ? 'acceptanceRationale' : 'acceptanceControls';
    if (found[kind] || riskStarts.has(heading.at)) return;
    const level = m[1].length;
    const bodyStart = heading.at + m[0].length;
    // The section ends at the next heading of its level or above; its parent is the last heading above it of a higher level.
    const end = headings.slice(i + 1).find((h) => h.level <= level)?.at ?? text.length;
    const parent = headings.slice(0, i).reverse().find((h) => h.level < level)?.at;
    // A section that holds risks, or one nested under a risk's own heading, is that risk's, not the plan's record.
    if (risks.some((r) => r.firstLine.start > heading.at && r.firstLine.start < end)) return;
    if (parent !== undefined && riskStarts.has(parent)) return;
    if (!/\p{L}{3}/u.test(text.slice(bodyStart, end))) return;
    const start = heading.at + m[0].indexOf(m[2]);
    found[kind] = { value: m[2].replace(/[*_`]/g, '').trim(), valueRange: { start, end: start + m[2].length } };
  });
  return found;
}
