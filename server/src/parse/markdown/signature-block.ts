// A plan signed in a list under its own label, each signer's role, name, a place for the signature and the date:
// `**Approval Signatures**:` over `- Risk Manager: Dr. J. Martinez - [Signature] - Date: 2024-01-15`. The first signer is
// the approver, the date theirs: the plan is signed and dated, however its signature line is written.
import type { Field } from '../../model/plan-model';
import { parseDate } from '../../model/dates';
import { anywhere } from '../text-scan';

/** The block's label alone on its line. */
const SIGNATURE_LABEL = /^[ \t]*[*_]{0,2}(?:approval signatures?|approvals?|sign-?offs?|signatures?|document approval)[*_]{0,2}[ \t]*:?[ \t]*[*_]{0,2}[ \t]*:?[ \t]*\r?\n/gim;
/** A signer's item: its marker, the role and a colon; the rest is the name, the signature's place and the date. */
const SIGNER = /^[ \t]*[-*+][ \t]+[*_]{0,2}[^:\n]{2,60}?[*_]{0,2}:[*_]{0,2}[ \t]*([^\n]+)/;
/** The parts of the rest, between spaced dashes or bars: `Dr. J. Martinez, MD - [Signature] - Date: 2024-01-15`. */
const PART_BREAK = /[ \t]+[-–—|][ \t]+/;
/** Words a signature list is labelled with, looked for before any list is (one scan of the whole text on a keystroke, around the edit). */
const mentionsSigning = anywhere(/signature|approvals?\W{0,4}:|sign-?off/i);

/** The approver and the approval date a signature list gives, each as written; undefined when the plan has no such list. */
export function signatureBlock(text: string): { approvedBy: Field; approvedOn: Field } | undefined {
  if (!mentionsSigning(text)) return undefined;
  for (const label of text.matchAll(SIGNATURE_LABEL)) {
    const from = label.index + label[0].length;
    const signer = SIGNER.exec(text.slice(from, from + 400));
    if (!signer) continue;
    const parts = signer[1].trimEnd().split(PART_BREAK);
    const last = parts[parts.length - 1];
    const date = last.replace(/^[*_]{0,2}date[*_]{0,2}[ \t]*:[ \t]*/i, '').trim();
    const name = parts[0].trim();
    if (parts.length < 2 || parseDate(date).kind !== 'date' || name === '' || /^\[[^\]]*\]$/.test(name)) continue;
    const restAt = from + signer[0].length - signer[1].length;
    const nameAt = restAt + signer[1].indexOf(name);
    const dateAt = restAt + signer[1].lastIndexOf(date);
    return {
      approvedBy: { value: name, valueRange: { start: nameAt, end: nameAt + name.length } },
      approvedOn: { value: date, valueRange: { start: dateAt, end: dateAt + date.length } },
    };
  }
  return undefined;
}
