// Documents pasted from a word processor or a chat answer write some or all of their spaces as
// no-break or typographic spaces (U+00A0, U+202F): `| Owner | CISO |` with every gap a U+202F.
// The reader's patterns ask for a space; the Markdown is read with each such character as a
// space. Each is one UTF-16 unit, as a space is, so every offset read stays the document's own.
// (No-break hyphens, `RR‑001`, are read as they are: an ID keeps the spelling the document gives it.)
import { anywhere } from '../text-scan';

const STAND_INS = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const holdsStandIn = anywhere(STAND_INS);

/** The text with its no-break and typographic spaces as spaces; the text itself when it has none. */
export function withUniformSpaces(text: string): string {
  return holdsStandIn(text) ? text.replace(STAND_INS, ' ') : text;
}
