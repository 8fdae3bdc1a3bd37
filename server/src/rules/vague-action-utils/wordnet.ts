// What WordNet says about a word, for the vague-action judgement: read from the generated
// wordnet-table.ts (scripts/wordnet-table.mjs) on first use. The table is front-coded text, read
// into sets once; a lint that never asks about an unknown word never loads it.
import type * as Table from './wordnet-table';

interface WordNet {
  readonly abstractNouns: ReadonlySet<string>;
  readonly suffixThings: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly parties: ReadonlySet<string>;
  readonly collections: ReadonlySet<string>;
  readonly mentalVerbs: ReadonlySet<string>;
  readonly talkVerbs: ReadonlySet<string>;
  readonly otherVerbs: ReadonlySet<string>;
}

let wordnet: WordNet | undefined;

/** The words of a list as the table writes it (scripts/wordnet-table.mjs, front-coded): each opens with how many letters it shares with the word before it. */
export function words(list: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (let at = 0; at < list.length; ) {
    const shared = list.charCodeAt(at) - 48;
    let end = at + 1;
    while (end < list.length && (list.charCodeAt(end) < 48 || list.charCodeAt(end) > 57)) end++;
    previous = previous.slice(0, shared) + list.slice(at + 1, end);
    out.push(previous);
    at = end;
  }
  return out;
}

function loaded(): WordNet {
  if (wordnet === undefined) {
    const table = require('./wordnet-table') as typeof Table;
    const set = (list: string) => new Set(words(list));
    wordnet = { abstractNouns: set(table.ABSTRACT_NOUNS), suffixThings: set(table.SUFFIX_THINGS), modifiers: set(table.MODIFIERS), parties: set(table.PARTY_NOUNS), collections: set(table.COLLECTION_NOUNS), mentalVerbs: set(table.MENTAL_VERBS), talkVerbs: set(table.TALK_VERBS), otherVerbs: set(table.OTHER_VERBS) };
  }
  return wordnet;
}

/** Noun forms a word may be a plural of: "synergies" → "synergy", "processes" → "process". */
function nounBases(word: string): string[] {
  const bases = [word];
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    bases.push(word.slice(0, -1));
    if (word.endsWith('ies')) bases.push(`${word.slice(0, -3)}y`);
    else if (word.endsWith('es')) bases.push(word.slice(0, -2));
  }
  return bases;
}

/**
 * True when WordNet knows the word as a noun and none of its senses is a thing, an act, a person
 * or a group: an attribute, a cognition, a state, a feeling ... ("posture", "synergies", "mindset").
 */
export function isWordNetAbstract(word: string): boolean {
  const { abstractNouns } = loaded();
  return nounBases(word).some((base) => abstractNouns.has(base));
}

/** True when a noun with an abstract suffix ("-ance", "-ity") first means a thing: "appliance", "facility". */
export function isWordNetThing(word: string): boolean {
  const { suffixThings } = loaded();
  return nounBases(word).some((base) => suffixThings.has(base));
}

/** True when every sense of the verb is of thinking, feeling, perceiving or being: "envision", "ponder". */
export function isMentalVerb(base: string): boolean {
  return loaded().mentalVerbs.has(base);
}

/** True when the verb's first sense is of communicating: "email", "call", "remind". */
export function isTalkVerb(base: string): boolean {
  return loaded().talkVerbs.has(base);
}

/** True when WordNet knows the word as a verb and never as a noun or an adjective: "iterate", "collaborate", "envision". */
export function isWordNetVerb(base: string): boolean {
  const { mentalVerbs, otherVerbs } = loaded();
  return mentalVerbs.has(base) || otherVerbs.has(base);
}

/** True when the word is used mostly as an adjective or an adverb: "clear", "strategic", "external", "now". */
export function isModifier(word: string): boolean {
  return loaded().modifiers.has(word);
}

/** True when WordNet knows the noun only as a person or a group: "landlord", "receptionist". */
export function isWordNetParty(word: string): boolean {
  const { parties } = loaded();
  return nounBases(word).some((base) => parties.has(base));
}

/** True when WordNet knows the noun only as a group of things, no people: "data" (a collection of facts), "cluster". */
export function isWordNetCollection(word: string): boolean {
  const { collections } = loaded();
  return nounBases(word).some((base) => collections.has(base));
}

let english: ReadonlySet<string> | undefined;
let madeNouns: ReadonlySet<string> | undefined;

/**
 * True when WordNet knows the word (four letters or more) in any of its lists or saw it in its tagged corpus, as written or
 * as an inflection ("laptops", "encrypted", "reviewing"): an English word. Shorter words are too often French or Spanish
 * words as well ("le", "des", "con"). With `rare`, a noun of a thing made or written that the corpus never saw counts too
 * ("firmware", "dongle"): for whole words, not for parts of one.
 */
export function isWordNetEnglish(word: string, rare = false): boolean {
  if (word.length < 4) return false;
  const { abstractNouns, suffixThings, modifiers, parties, collections, mentalVerbs, talkVerbs } = loaded();
  english ??= new Set(words((require('./wordnet-table') as typeof Table).ENGLISH_WORDS));
  if (rare) madeNouns ??= new Set(words((require('./wordnet-table') as typeof Table).MADE_NOUNS));
  return inflectionBases(word).some((base) => english!.has(base) || abstractNouns.has(base) || modifiers.has(base) || parties.has(base) || collections.has(base) ||
    suffixThings.has(base) || mentalVerbs.has(base) || talkVerbs.has(base) || (rare && madeNouns!.has(base)));
}

/** Forms a word may be an inflection of: a plural, a past, a participle in "-ing", an adverb in "-ly". */
export function inflectionBases(word: string): string[] {
  const bases = nounBases(word);
  const stem = /^(.*?)(ed|ing|ly)$/.exec(word)?.[1];
  if (stem !== undefined && stem.length >= 2) {
    bases.push(stem, `${stem}e`);
    if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
    if (/(.)\1$/.test(stem)) bases.push(stem.slice(0, -1));
  }
  return bases;
}
