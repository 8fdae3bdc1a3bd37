// Whether an action is written in English: the vague-action judgement reads English words and grammar, so text in
// another language (a register kept in German, Vietnamese, Portuguese ...) reads as unknown words and is not judged.
// Told by structure, not by a list of any other language's words: few of its words are English words, or its script
// or its diacritics say so. Names in it (capitalised words after the first, acronyms) are neither.
import { ownCache, TextMemo } from '../../caches';
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
/** The same in ASCII text, where a plain class is quicker than a Unicode property. */
const ASCII_WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;
/** A chunk that is an address, a setting or a code, not words: "clinicdomain.org", "p=reject", "j.martinez", "M365". */
const NOT_WORDS = /[\d@=_/\\`]|\p{L}\.\p{L}/u;
const ASCII_NOT_WORDS = /[\d@=_/\\`]|[A-Za-z]\.[A-Za-z]/;
/** Below this share of English words, an action of two words or more is in another language. */
const ENGLISH_SHARE = 0.4;
/** With a word of diacritics in lower case ("für", "segurança", "bảo"), half its words may be English loan words. */
const MARKED_ENGLISH_SHARE = 0.5;

/** How many words each memo keeps before it starts afresh. */
const WORDS_SEEN_MAX = 100_000;
/** Words seen, and whether the lexicon knows them: a register repeats its words from row to row. */
const lexiconSeen = ownCache('English words the lexicon knows', new TextMemo<boolean>(WORDS_SEEN_MAX));
/** Words seen, and whether WordNet knows them. */
const wordNetSeen = ownCache('English words WordNet knows', new TextMemo<boolean>(WORDS_SEEN_MAX));
/** Words seen, and whether they are two English words written as one. */
const compoundSeen = ownCache('English compounds', new TextMemo<boolean>(WORDS_SEEN_MAX));

/** True when the lexicon or its catalogue knows the word, as written or as an inflection. */
function isLexiconWord(word: string): boolean {
  return KNOWN.has(word) || lexiconSeen.of(word, inLexicon);
}

function inLexicon(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return KNOWN.has(bare) || inflectionBases(bare).some((base) => KNOWN.has(base));
}

/** True when a letter after the first is a capital ("MFA", "BitLocker", "iPhone"): a name or an acronym. */
function capitalInside(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && word[i] !== word[i].toLowerCase()) return true;
  }
  return false;
}

/** True when a word has a letter outside ASCII: a diacritic ("für", "segurança", "bảo"), or another script. */
function hasDiacritic(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** True when WordNet knows the word: asked only of words the lexicon does not know, when they could decide. */
function isWordNetWord(word: string): boolean {
  return wordNetSeen.of(word, inWordNet);
}

function inWordNet(word: string): boolean {
  return isWordNetEnglish(word.replace(/['’]s$/, ''), true);
}

/** True when a common word WordNet knows is a part of a compound: its rare nouns are left out ("izar" of "actualizar"). */
function isCommonWordNetWord(word: string): boolean {
  return isWordNetEnglish(word);
}

/** The shortest part of a compound, but for a particle after it ("setup", "rollout"). */
const PART_MIN = 3;
const PARTICLE_ENDS = new Set(lexicon.PARTICLES);

/**
 * True when the word is two English words written as one, the way jargon is made ("rollout", "toughbooks", "cutover",
 * "passcodes", "rulebase"): each part known to the lexicon, or to WordNet when four letters or more. Another language's
 * compounds are of its own words ("Systemhaus", "Praxisrechner").
 */
function isCompound(word: string): boolean {
  return compoundSeen.of(word, splitsInTwo);
}

function splitsInTwo(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || word.length < 2 * PART_MIN) return false;
  for (let at = PART_MIN; at <= word.length - 2; at++) {
    const tail = word.slice(at);
    if (tail.length < PART_MIN && !PARTICLE_ENDS.has(tail)) continue;
    if (isEnglishPart(word.slice(0, at)) && isEnglishPart(tail)) return true;
  }
  return false;
}

function isEnglishPart(part: string): boolean {
  return isLexiconWord(part) || (part.length >= 4 && isCommonWordNetWord(part));
}

/** True when a word has no vowel ("svc", "fw", "mgmt", "pwd"): an abbreviation, a word of no language. */
function noVowel(word: string): boolean {
  return !/[aeiouy]/i.test(word);
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
  const ascii = !hasDiacritic(text);
  if (!ascii && inOtherScript(text)) return true;
  const wordPattern = ascii ? ASCII_WORD : WORD;
  const notWords = ascii ? ASCII_NOT_WORDS : NOT_WORDS;
  /** Counted words neither the lexicon knows nor diacritics mark: WordNet is asked of them only when they could decide. */
  const unknown: string[] = [];
  let words = 0;
  let english = 0;
  let marked = 0;
  let first = true;
  /** The first word, capitalised and unknown to the lexicon: a product's name ("Zscaler", "Datto") or another language's word. */
  let opener: string | undefined;
  for (const chunk of text.split(/\s+/)) {
    if (notWords.test(chunk)) {
      first = false;
      continue;
    }
    wordPattern.lastIndex = 0;
    for (let m = wordPattern.exec(chunk); m; m = wordPattern.exec(chunk)) {
      const word = m[0];
      const opening = first;
      first = false;
      // An acronym or a name written in capitals inside ("MFA", "BitLocker", "iPhone") is a name; a word with no vowel
      // ("svc", "fw") is an abbreviation: neither counts either way.
      if (word.length < 2 || capitalInside(word) || noVowel(word)) continue;
      const lower = word.toLowerCase();
      const lexicon = isLexiconWord(lower);
      // A capitalised word after the first is a name, unless English knows it ("the Privacy Officer").
      const capitalised = !opening && word !== lower;
      if (capitalised && !lexicon && !isWordNetWord(lower)) continue;
      words++;
      if (lexicon || capitalised) english++;
      else if (hasDiacritic(word)) marked++;
      else if (opening && word !== lower) opener = lower;
      else unknown.push(lower);
    }
  }
  // Most words known to the lexicon: English, without asking WordNet.
  if (words === 0 || english / words > MARKED_ENGLISH_SHARE) return false;
  for (const word of unknown) if (isWordNetWord(word) || isCompound(word)) english++;
  // A capitalised first word no English list knows names a product ("Zscaler rollout on ...") as often as it opens a sentence
  // of another language ("Revisar los permisos ..."): when two words or more after it are mostly English, and none is a short
  // word English does not know ("il", "les", "los": another language's articles), it counts neither way.
  if (opener !== undefined) {
    if (isWordNetWord(opener) || isCompound(opener)) english++;
    else if (words > 2 && english / (words - 1) > MARKED_ENGLISH_SHARE && !unknown.some((word) => word.length < 4)) words--;
  }
  if (words === 1) return marked === 1;
  return english / words < ENGLISH_SHARE || (marked > 0 && english / words <= MARKED_ENGLISH_SHARE);
}
