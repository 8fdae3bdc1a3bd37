// The words a finding's title is matched by, when one part of a document names a finding another part wrote out (a
// summary's row, a roadmap's entry, a schedule's item, a table of planned controls): lower case, each without a plural
// ending, so that `Policies` meets `policy` and `Backups` meets `backup`.
import type { Field, Risk } from '../../model/plan-model';
import { isCommonTitleWord } from '../../model/vocabulary';

/** A word without its plural ending (`policies` → `policy`, `backups` → `backup`; `access` stays). */
export function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** A title's words, lower case, each without a plural ending. */
export function titleWords(title: string): string[] {
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).map(singular);
}

/** A title's telling words: those not too common to tell one finding's title from another's. */
export function tellingWords(title: string): Set<string> {
  return new Set(titleWords(title).filter((w) => !isCommonTitleWord(w)));
}

/** A name's words, lower-cased, with emphasis, marks and punctuation between them gone: what two names are compared by. */
export function nameWords(f: Field | undefined): string | undefined {
  return f?.value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}

/** Whether two risks have one name, in the same words (case, emphasis and marks aside: `🔴 R001 — Name` and `R001 — Name`). */
export function sameTitle(a: Risk, b: Risk): boolean {
  const name = nameWords(a.title);
  return !!name && name === nameWords(b.title);
}
