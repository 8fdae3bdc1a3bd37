// A report that records the re-check of its fixes: `Fixes review commit hash - 028ba5e…`, `| Fixes Review
// Commit Hash | [b8ed61a…](…) |`, `Retest: 2026-03-02`, `Remediation verification performed on 14 May 2025`.
// Security audit and pentest reports of any system write one line like it in their summary; it is the
// evidence behind every finding they mark Fixed, so missing-validation does not ask each one for its own.
import type { Field } from '../../model/plan-model';
import { anywhere } from '../text-scan';

/** The label: the review of fixes, a re-test, the verification of remediations. */
const LABEL = /(?<![a-z])(?:fix(?:es)?[\s-]+review|remediation[\s-]+(?:review|verification|validation)|re-?test(?:ing)?|verification\s+of\s+(?:the\s+)?(?:fixes|remediations?))\b/i;
const hasLabel = anywhere(LABEL);

/** What records the re-check: the commit reviewed, a date, or a link to the record. */
const RECORD = /\b[0-9a-f]{7,40}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\b|\b[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b|\]\([^)\s]+\)/i;

/** A label that says the re-check is to come or did not happen: not a record of one. */
const NOT_DONE = /\b(?:pending|planned|scheduled|not\s+(?:yet\s+)?(?:performed|done|conducted)|tbd|n\/a|none|will|should|must)\b/i;

/** The first line recording the re-check of fixes, with its record; undefined when there is none. */
export function fixesReview(text: string): Field | undefined {
  if (!hasLabel(text)) return undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.length > 400) continue;
    const label = LABEL.exec(line);
    if (!label || NOT_DONE.test(line)) continue;
    const after = line.slice(label.index + label[0].length);
    if (!RECORD.test(after)) continue;
    const at = start + label.index;
    return { value: line.replace(/[*_`|]/g, ' ').replace(/\s+/g, ' ').trim(), valueRange: { start: at, end: start + line.trimEnd().length } };
  }
  return undefined;
}
