// The words a finding's title is matched by, when one part of a document names a finding another part wrote out (a
// summary's row, a roadmap's entry, a schedule's item, a table of planned controls): lower case, each without a plural
// ending, so that `Policies` meets `policy` and `Backups` meets `backup`.
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
