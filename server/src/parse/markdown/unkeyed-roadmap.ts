// A report whose findings are listed in one place and whose remediation is a roadmap of
// phases in another, with no action naming the finding it treats (`## Remediation Roadmap`,
// `### Phase 1 (Week 1)`, `- ✅ COMPLETED: Fixed PHI logging`). The risks have actions, but
// not their own: missing-action says so instead of saying that nothing is planned.
import type { Field, Risk } from '../../model/plan-model';
import { hasOwnAction } from '../../model/plan-queries';
import { unfencedLines } from './unfenced-lines';
import { anywhere } from '../text-scan';

/** A heading naming a plan of work: a remediation, action or readiness roadmap or plan. */
export const ROADMAP_HEADING = /(?<![a-z])(?:roadmap|(?:remediation|action|implementation|treatment|mitigation|corrective action|readiness|gap closure) plan)(?![a-z])/;

/** A roadmap heading's words anywhere in a text, in any case: the cheap test before the scan. */
const ROADMAP_WORDS = /roadmap|(?:remediation|action|implementation|treatment|mitigation|corrective action|readiness|gap closure) plan/i;
const namesRoadmap = anywhere(ROADMAP_WORDS);

/** A list item, or a bold label with text after it (`**Phase 1 (Q4 2025):** Policy formalization`): an entry of the roadmap. */
const ENTRY = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+\S|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*\S)/;

/** The risks' IDs, as a line may name them: those with letters as words, numbers after `#`, `Risk`, `Finding`, `Gap`, `Item`, `Row`. */
interface RiskNames {
  readonly words: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&.\-\u2010\u2011]*/gu;
const NUMBERED = /(?:#|(?:risk|finding|gap|item|issue|row)s?[ \t]+#?)(\d+)/g;

/** Whether a line names one of the risks (a lookup per word: a roadmap of thousands of entries is read in one pass). */
function namesRisk(line: string, names: RiskNames): boolean {
  const lower = line.toLowerCase();
  for (const word of lower.matchAll(WORD)) if (names.words.has(word[0].replace(/[.\-]+$/, ''))) return true;
  for (const numbered of lower.matchAll(NUMBERED)) if (names.numbers.has(numbered[1])) return true;
  return false;
}

/**
 * The heading of the first roadmap that holds entries naming no risk, when risks have no action of
 * their own; undefined otherwise. Only looked for when some risk lacks an action.
 */
export function unkeyedRoadmap(text: string, risks: readonly Risk[]): Field | undefined {
  if (risks.length === 0 || risks.every(hasOwnAction)) return undefined;
  // One search of the text before any line is split: most plans have no roadmap heading at all.
  if (!namesRoadmap(text)) return undefined;
  const ids = risks.map((risk) => risk.id?.value.trim().toLowerCase()).filter((id): id is string => id !== undefined && id !== '');
  const names: RiskNames = { words: new Set(ids.filter((id) => /\p{L}/u.test(id))), numbers: new Set(ids.filter((id) => /^\d+$/.test(id))) };
  let roadmap: { level: number; field: Field } | undefined;
  for (const { line, start, heading } of unfencedLines(text)) {
    if (heading) {
      const level = heading.level;
      if (roadmap && level <= roadmap.level) roadmap = undefined;
      if (!roadmap && level >= 2 && ROADMAP_HEADING.test(heading.text.replace(/[*_`]/g, '').toLowerCase())) {
        const at = start + line.indexOf(heading.text);
        roadmap = { level, field: { value: heading.text.replace(/[*_`]/g, '').trim(), valueRange: { start: at, end: at + heading.text.length } } };
      }
      continue;
    }
    if (roadmap && ENTRY.test(line) && !namesRisk(line, names)) return roadmap.field;
  }
  return undefined;
}
