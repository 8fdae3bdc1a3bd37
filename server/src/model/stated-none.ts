// A register that says it holds nothing: "Currently, there are no open audit findings.", "No open
// risks at this time." Read by detection (an empty register is a plan with no risks) and by
// no-risks-read (which then says the register lists none, rather than that none could be read).
import type { Span } from './plan-model';

const NONE_STATED = /(?:currently,? )?(?:there are |we have )?no (?:open |outstanding |current |active |new |known )?(?:audit |security |compliance )?(?:findings|risks|issues|gaps|vulnerabilities|deficiencies|action items)(?: (?:at this time|currently|recorded|identified|to report|open))?(?=[ \t]*[._](?:[ \t]|\r?\n|$))/gi;

/** Where a sentence that opens a line or follows another says the register holds none; undefined when none does. */
export function statedNone(text: string): Span | undefined {
  for (const match of text.matchAll(NONE_STATED)) {
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    // The sentence's start: a line's start (after a bullet or emphasis), or after a full stop.
    if (match.index === 0 || /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?[_*]{0,2}$|[.:!][ \t]+$/.test(before)) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** A cell or title that is only such a statement (`No new risks`, `None identified`): a table's placeholder row, no entry. */
const NONE_ONLY = /^[\s*_]*(?:none(?: (?:identified|recorded|to report|at this time))?|no (?:open |outstanding |current |active |new |known |additional |significant |material |major |notable )?(?:audit |security |compliance )?(?:findings?|risks?|issues?|gaps?|vulnerabilities|vulnerability|deficiencies|deficiency|action items)(?: (?:at this time|currently|recorded|identified|to report|open|this period|this month|this quarter))?)[\s.*_]*$/i;

/** Whether a cell's words say only that there is nothing to list. */
export function saysNoneListed(value: string): boolean {
  return NONE_ONLY.test(value);
}

/** Labels of the work left on an entry (`Open Issues`, `Outstanding Items`): "None" there says nothing is left, no action to judge. */
const LEFT_WORK_LABEL = /^[\s*_]*(?:open|outstanding|remaining|pending)[ \t]+(?:issues?|items?|actions?|tasks?|work)[\s*_:]*$/i;

/** Whether a label of the work left on an entry is answered "None": the entry plans nothing, and says so. */
export function saysNothingLeft(label: string, value: string): boolean {
  return LEFT_WORK_LABEL.test(label) && (saysNoneListed(value) || /^[\s*_]*(?:n\/?a|nil|-|—)[\s.*_]*$/i.test(value));
}
