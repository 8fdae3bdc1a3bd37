// Whether an action is written in English: the vague-action judgement reads English words and grammar, so text in
// another language (a register kept in German, Vietnamese, Portuguese ...) reads as unknown words and is not judged.
// Told by structure, not by a list of any other language's words: few of its words are English words, or its script
// or its diacritics say so. Names in it (capitalised words after the first, acronyms) are neither.
import * as lexicon from './lexicon';
import { ACTION_TOPICS } from './suggestions';
import { inflectionBases, isWordNetEnglish } from './wordnet';

/** Every word of the lexicon's lists, and the catalogue's lower-case words ("laptop", "firewall", "backup"). */
const KNOWN = new Set<string>();
for (const list of Object.values(lexicon)) {
  if (list instanceof Set || Array.isArray(list)) {
    for (const phrase of list) if (typeof phrase === 'string') for (const word of phrase.toLowerCase().split(/[^a-z']+/)) if (word) KNOWN.add(word);
  }
}
for (const topic of ACTION_TOPICS) for (const action of topic.actions) for (const word of action.split(/[^A-Za-z]+/)) if (word.length > 3 && word === word.toLowerCase()) KNOWN.add(word);

/** A run of letters in any alphabet, an apostrophe inside it ("l'authentification" is one word). */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** A chunk that is an address, a setting or a code, not words: "clinicdomain.org", "p=reject", "j.martinez", "M365". */
const NOT_WORDS = /[\d@=_/\\`]|\p{L}\.\p{L}/u;
/** Below this share of English words, an action of two words or more is in another language. */
const ENGLISH_SHARE = 0.4;
/** With a word of diacritics in lower case ("für", "segurança", "bảo"), half its words may be English loan words. */
const MARKED_ENGLISH_SHARE = 0.5;

/** True when a word is English: the lexicon's, or, four letters or more, WordNet's. */
function isEnglishWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return KNOWN.has(bare) || inflectionBases(bare).some((base) => KNOWN.has(base)) || isWordNetEnglish(bare);
}

/** True when the text is written partly in a script other than Latin (Japanese, Chinese, Cyrillic ...). */
function inOtherScript(text: string): boolean {
  return (text.match(/(?![\p{Script=Latin}])\p{L}/gu)?.length ?? 0) >= 2;
}

/**
 * True when an action is not written in English: in another script, or few of its words are English words ("Zugänge
 * ausgeschiedener Mitarbeiter sperren", "Revisar los permisos de acceso"). Acronyms, and capitalised words after the
 * first that English does not know, are names and count neither way: "Ask Jürgen Müller at Praxis-IT GmbH for a BAA" is
 * English.
 */
export function isNotEnglish(text: string): boolean {
  if (inOtherScript(text)) return true;
  let words = 0;
  let english = 0;
  let marked = 0;
  let first = true;
  for (const chunk of text.split(/\s+/)) {
    if (NOT_WORDS.test(chunk)) {
      first = false;
      continue;
    }
    for (const [word] of chunk.matchAll(WORD)) {
      const opening = first;
      first = false;
      // An acronym or a name written in capitals inside ("MFA", "BitLocker", "iPhone") is a name.
      if (word.length < 2 || /^.+\p{Lu}/u.test(word)) continue;
      const lower = word.toLowerCase();
      const known = isEnglishWord(lower);
      // A capitalised word after the first is a name, unless English knows it ("the Privacy Officer").
      if (!opening && word !== lower && !known) continue;
      words++;
      if (known) english++;
      else if (/[^\p{ASCII}]/u.test(word)) marked++;
    }
  }
  if (words === 1) return marked === 1;
  return words > 1 && (english / words < ENGLISH_SHARE || (marked > 0 && english / words <= MARKED_ENGLISH_SHARE));
}
