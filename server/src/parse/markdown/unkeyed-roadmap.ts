// A report whose findings are listed in one place and whose remediation is a roadmap of
// phases in another, with no action naming the finding it treats (`## Remediation Roadmap`,
// `### Phase 1 (Week 1)`, `- ✅ COMPLETED: Fixed PHI logging`). The risks have actions, but
// not their own: missing-action says so instead of saying that nothing is planned.
import type { Field, Risk } from '../../model/plan-model';
import { hasValue } from '../../model/plan-queries';

/** A heading naming a plan of work: a remediation, action or readiness roadmap or plan. */
export const ROADMAP_HEADING = /(?<![a-z])(?:roadmap|(?:remediation|action|implementation|treatment|mitigation|corrective action|readiness|gap closure) plan)(?![a-z])/;

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item, or a bold label with text after it (`**Phase 1 (Q4 2025):** Policy formalization`): an entry of the roadmap. */
const ENTRY = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+\S|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*\S)/;

/** Whether a line names one of the risks: an ID with letters as a token, or a number after `#`, `Risk`, `Finding`, `Gap`, `Item`, `Row`. */
function namesRisk(line: string, ids: readonly string[]): boolean {
  const lower = line.toLowerCase();
  return ids.some((id) => {
    const low = id.toLowerCase();
    if (/[a-z]/.test(low)) return new RegExp(String.raw`(?<![\w-])${low.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w-])`).test(lower);
    return new RegExp(String.raw`(?:#|(?:risk|finding|gap|item|issue|row)s?[ \t]+#?)${low}(?!\d)`).test(lower);
  });
}

/**
 * The heading of the first roadmap that holds entries naming no risk, when risks have no action of
 * their own; undefined otherwise. Only looked for when some risk lacks an action.
 */
export function unkeyedRoadmap(text: string, risks: readonly Risk[]): Field | undefined {
  if (risks.length === 0 || !risks.some((risk) => !risk.actions.some((a) => hasValue(a.action)))) return undefined;
  const ids = risks.map((risk) => risk.id?.value).filter((id): id is string => id !== undefined && id !== '');
  let fence: string | undefined;
  let roadmap: { level: number; field: Field } | undefined;
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
      if (roadmap && level <= roadmap.level) roadmap = undefined;
      if (!roadmap && level >= 2 && ROADMAP_HEADING.test(heading[2].replace(/[*_`]/g, '').toLowerCase())) {
        const at = start + line.indexOf(heading[2]);
        roadmap = { level, field: { value: heading[2].replace(/[*_`]/g, '').trim(), valueRange: { start: at, end: at + heading[2].length } } };
      }
      continue;
    }
    if (roadmap && ENTRY.test(line) && !namesRisk(line, ids)) return roadmap.field;
  }
  return undefined;
}
