// A risk written as one list item: its ID, its title, then `Label: value` parts after dashes
// or pipes — `- R-001: PII in the logs — Owner: Backend — Status: Open`. Read as the lines
// a register entry would have: a Risk ID line, the risk, and its fields.
import type { PlacedField } from './field-lines';
import { fieldAt } from './field-lines';
import { fieldForLabel, RISK_ID_SOURCE } from '../../model/vocabulary';

/** The bullet or number, then an ID and its separator: `- R-001: `, `1. **R-01** – `. */
const ITEM_HEAD = new RegExp(String.raw`^([ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)([*_\`]*)(${RISK_ID_SOURCE})\2(?::|\s+[-–—])\s+(?=\S)`);
/** The ID and title emphasised together, then a spaced dash: `- **R-001 Privacy incident** — …`. */
const TITLED_HEAD = new RegExp(String.raw`^([ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)(\*\*|__)(${RISK_ID_SOURCE})[ \t]+([^*_]*?\S)\2[ \t]+[-–—][ \t]+(?=\S)`);
/** Where one part ends and the next begins: a spaced dash or pipe, or a semicolon. */
// A match starts only where a space run starts (the lookbehind): linear on a line of spaces.
const PART_BREAK = /(?<!\s)\s+[—–|-]\s+|;\s+/g;
/** A part that names a field: `Owner: Backend`. */
const LABELLED = /^([*_]{0,2})([A-Za-z][^:*_|`]{0,40}?)\1[ \t]*:(.*)$/;

/** Likelihood and impact in a register's shorthand: `L:Low I:High`, `L: Med / I: Med`. */
const SHORT_RATINGS = /^L[ \t]*:[ \t]*(\w+)[ \t/,]+I[ \t]*:[ \t]*(\w+)$/;

/** The fields of a list item that is a risk with labelled parts, or undefined for any other line. */
export function inlineRiskFields(text: string, lineStart: number, lineEnd: number, line: number): PlacedField[] | undefined {
  const content = text.slice(lineStart, lineEnd);
  const head = ITEM_HEAD.exec(content) ?? TITLED_HEAD.exec(content);
  if (!head) return undefined;
  const titled = head[4] !== undefined;
  const prefix = head[1];
  const idStart = lineStart + prefix.length + head[2].length;
  const fields: PlacedField[] = [
    { name: 'id', label: 'risk id', field: { value: head[3], valueRange: { start: idStart, end: idStart + head[3].length } }, prefix, bulleted: true, line },
  ];
  if (titled) {
    const titleStart = lineStart + head[0].indexOf(head[4], head[1].length + head[2].length + head[3].length);
    fields.push({ name: 'risk', label: 'risk', field: fieldAt(text, titleStart, titleStart + head[4].length), prefix, bulleted: true, line });
  }
  const body = content.slice(head[0].length);
  const bodyStart = lineStart + head[0].length;
  let from = 0;
  const parts: { start: number; end: number }[] = [];
  let semicolon = false;
  const push = (part: { start: number; end: number }) => {
    // A semicolon parts labelled fields (`Owner: CEO; Due: Q3`), not the items of one measure (`Pre-book slots; expand partners`).
    const text = body.slice(part.start, part.end);
    const labelledPart = LABELLED.exec(text);
    if (semicolon && parts.length > 0 && !(labelledPart && fieldForLabel(labelledPart[2]) !== undefined)) parts[parts.length - 1] = { start: parts[parts.length - 1].start, end: part.end };
    else parts.push(part);
  };
  for (const m of body.matchAll(PART_BREAK)) {
    push({ start: from, end: m.index });
    semicolon = m[0].trimStart().startsWith(';');
    from = m.index + m[0].length;
  }
  push({ start: from, end: body.length });
  let labelled = 0;
  parts.forEach((part, i) => {
    const partText = body.slice(part.start, part.end);
    const short = SHORT_RATINGS.exec(partText.trim());
    if (short) {
      const at = bodyStart + part.start + partText.indexOf(partText.trim());
      const trimmed = partText.trim();
      const l = at + trimmed.indexOf(short[1]);
      const im = at + trimmed.lastIndexOf(short[2]);
      fields.push({ name: 'likelihood', label: 'likelihood', field: fieldAt(text, l, l + short[1].length), prefix, bulleted: true, line });
      fields.push({ name: 'impact', label: 'impact', field: fieldAt(text, im, im + short[2].length), prefix, bulleted: true, line });
      return;
    }
    const m = LABELLED.exec(partText);
    const name = m && m[3].trim() !== '' ? fieldForLabel(m[2]) : undefined;
    if (m && name !== undefined && name !== 'id') {
      const labelStart = bodyStart + part.start + m[1].length;
      const valueStart = bodyStart + part.start + m[0].length - m[3].length;
      fields.push({ name, label: m[2].trim().toLowerCase(), field: fieldAt(text, valueStart, bodyStart + part.end, { start: labelStart, end: labelStart + m[2].length }), prefix, bulleted: true, line });
      labelled++;
    } else if (i === 0 && !titled) {
      fields.push({ name: 'risk', label: 'risk', field: fieldAt(text, bodyStart + part.start, bodyStart + part.end), prefix, bulleted: true, line });
    } else if (titled && !m && !fields.some((f) => f.name === 'action')) {
      // After a title in the emphasis, the first unlabelled part is what is done about it (`— Pre-book slots; expand partners —`).
      fields.push({ name: 'action', label: 'mitigation', field: fieldAt(text, bodyStart + part.start, bodyStart + part.end), prefix, bulleted: true, line });
    }
  });
  return labelled > 0 ? fields : undefined;
}
