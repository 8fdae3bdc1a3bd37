// How the classifier reads one word: its verb class (concrete, generic, comparative, ...), the facts of a verb (talking,
// staffing, recording, deciding), its base forms, and whether it names no thing. Memoised per word; no token context.
import { ownCache, TextMemo } from '../../caches';
import {
  CONCRETE_VERBS, COMPARATIVE_VERBS, GENERIC_VERBS, APPRAISAL_VERBS, ABSTRACT_NOUNS, HANDOFF_VERBS, POSITION_VERBS, MONITOR_VERBS,
  EMPTY_VERBS, PARTY_NOUNS, COMMUNICATION_NOUNS, JARGON_NOUNS, SUFFIX_EXCEPTIONS, HEDGE_ADJECTIVES, MESSAGING_VERBS, STAFFING_VERBS,
} from './lexicon';
import { isModifier, isMentalVerb, isTalkVerb, isWordNetAbstract, isWordNetCollection, isWordNetParty, isWordNetThing } from './wordnet';

/**
 * concrete: names a deliverable on a concrete object; comparative: a change of degree; generic: needs a
 * concrete object; monitor: needs a frequency; handoff: passes the work on; position: states a stance.
 */
export type VerbClass = 'concrete' | 'comparative' | 'generic' | 'monitor' | 'handoff' | 'position';

/** The class of a word used as a verb, trying its inflections (installs, installed, installing, stopped). */
export function verbClass(word: string): VerbClass | undefined {
  return verbClasses.of(word, verbClassOrNull) ?? undefined;
}

/**
 * Word classes by word: a word is looked up many times per action (as a verb, in objects, in
 * sub-clauses), and trying its inflections is the costliest step. This memo holds word facts, not
 * verdicts; it is cleared when full, so it stays small whatever the input.
 */
const verbClasses = ownCache('verb classes by word', new TextMemo<VerbClass | null>(20_000));
export const abstractWords = ownCache('abstract words', new TextMemo<Abstraction>(20_000));
const verbFacts = ownCache('verb facts by word', new TextMemo<number>(20_000));
const verbClassOrNull = (word: string): VerbClass | null => verbClassOf(word) ?? null;

function verbClassOf(word: string): VerbClass | undefined {
  // "re-evaluate", "re-enable": the verb after the prefix.
  const verb = word.startsWith('re-') ? word.slice(3) : word;
  for (const base of baseForms(verb)) {
    if (HANDOFF_VERBS.has(base)) return 'handoff';
    if (POSITION_VERBS.has(base)) return 'position';
    if (MONITOR_VERBS.has(base)) return 'monitor';
    if (CONCRETE_VERBS.has(base)) return 'concrete';
    if (COMPARATIVE_VERBS.has(base)) return 'comparative';
    if (GENERIC_VERBS.has(base) || EMPTY_VERBS.has(base)) return 'generic';
  }
  // A verb of thinking, feeling or being the lexicon does not know ("envision", "ponder"): judged by its object.
  for (const base of baseForms(verb)) if (isMentalVerb(base)) return 'generic';
  // "reconfigure", "redeploy", "reenable": the prefix written on repeats the verb after it, which says what is done.
  if (verb === word && word.length >= 6 && word.startsWith('re') && verbClass(word.slice(2)) !== undefined) return verbClass(word.slice(2));
  // "deepen", "broaden", "sharpen": a verb made of an adjective and "-en" changes a degree, like "tighten".
  for (const base of baseForms(verb)) if (isDegreeVerb(base)) return 'comparative';
  return undefined;
}

/** Verbs in "-en" that fasten rather than change a degree. */
const NOT_DEGREE = new Set(['fasten', 'hasten', 'listen', 'christen']);

/** A verb made of an adjective WordNet knows as one and "-en": "deepen" (deep), "broaden" (broad), "soften" (soft). */
function isDegreeVerb(base: string): boolean {
  return base.length >= 6 && base.endsWith('en') && !NOT_DEGREE.has(base) && isModifier(base.slice(0, -2));
}

/** Facts about a word as a verb, in any of its forms, as bits: looked up once per word (verbFacts memo). */
export const TALK = 1;
export const STAFFING = 2;
export const RECORDING = 4;
export const DECIDING = 8;

export function hasVerbFact(word: string, fact: number): boolean {
  return (verbFacts.of(word, verbFactsOf) & fact) !== 0;
}

function verbFactsOf(word: string): number {
  let facts = 0;
  for (const base of baseForms(word)) {
    if (isTalkVerb(base) || MESSAGING_VERBS.has(base)) facts |= TALK;
    if (STAFFING_VERBS.has(base)) facts |= STAFFING;
    if (RECORDING_VERBS.has(base)) facts |= RECORDING;
    if (DECIDING_VERBS.has(base)) facts |= DECIDING;
  }
  return facts;
}

export function isEmptyVerb(word: string): boolean {
  return baseForms(word).some((base) => EMPTY_VERBS.has(base));
}

export function isAppraisal(word: string): boolean {
  return baseForms(word.startsWith('re-') ? word.slice(3) : word).some((base) => APPRAISAL_VERBS.has(base));
}

const SUFFIXES: readonly [string, string][] = [['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['d', ''], ['ied', 'y'], ['ing', ''], ['ing', 'e']];

/** Each word's base forms, worked out once: they are asked of every word, for every class of verb and noun, many times a judgement. */
const baseFormsByWord = ownCache('base forms by word', new TextMemo<readonly string[]>(20_000));

export function baseForms(word: string): readonly string[] {
  return baseFormsByWord.of(word, formsOf);
}

function formsOf(word: string): string[] {
  const forms = [word];
  for (const [suffix, add] of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + add);
  }
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(word); // stopped → stop, setting → set
  if (doubled) forms.push(doubled[1]);
  // Irregular pasts of the verbs of talking: "spoke to Comcast", "told the front desk ...".
  const past = IRREGULAR_PASTS.get(word);
  if (past) forms.push(past);
  return forms;
}

/** Irregular past forms of verbs of talking and passing on: a closed class of English. */
const IRREGULAR_PASTS = new Map([['spoke', 'speak'], ['told', 'tell'], ['said', 'say'], ['wrote', 'write'], ['sent', 'send'], ['met', 'meet'], ['rang', 'ring']]);

/** An abstract noun by its shape: "-ness", "-ity", "-ship", "-ism", "-ance", "-ence", "-ization". */
export const ABSTRACT_SUFFIX = /(?:ness|ity|ities|ship|ships|ism|isms|ance|ances|ence|ences|ancy|ency|acy|ization|isation|izations|isations)$/;

/** How a word is abstract: not at all, by the lexicon or its shape, or only by WordNet. */
export const enum Abstraction { None, Lexicon, WordNet }

export function abstractionOf(word: string): Abstraction {
  // "best practise": the verb's British spelling, written for its noun ("practice", "advice"), is that noun.
  if (/[a-z]{3}ises?$/.test(word) && ABSTRACT_NOUNS.has(word.replace(/ise(s?)$/, 'ice$1'))) return Abstraction.Lexicon;
  if (ABSTRACT_NOUNS.has(word) || JARGON_NOUNS.has(word) || PARTY_NOUNS.has(word) || COMMUNICATION_NOUNS.has(word) || HEDGE_ADJECTIVES.has(word)) return Abstraction.Lexicon;
  // "-ness", "-ity" ... name a quality, unless the word's first sense in WordNet is a thing ("facility").
  if (ABSTRACT_SUFFIX.test(word)) return SUFFIX_EXCEPTIONS.has(word) || isWordNetThing(word) ? Abstraction.None : Abstraction.Lexicon;
  if (isActNoun(word)) return Abstraction.Lexicon;
  // A gerund of a verb names an activity, not the thing it acts on: "enable logging", "continue monitoring".
  if (word.length > 5 && word.endsWith('ing') && verbClass(word) !== undefined) return Abstraction.Lexicon;
  // A noun WordNet knows only as an attribute, a cognition, a state, a feeling ...: "posture", "mindset".
  // A group of people or of things ("data", "cluster") is no thing one can point at either.
  if (isWordNetAbstract(word) || isWordNetParty(word) || isWordNetCollection(word)) return Abstraction.WordNet;
  return Abstraction.None;
}

/** Noun endings and the verb endings they come from: "remediation" ← "remediate", "improvement" ← "improve", "clarification" ← "clarify". */
export const NOMINAL_SUFFIXES: readonly [string, string][] = [
  ['ifications', 'ify'], ['ification', 'ify'], ['ations', 'ate'], ['ation', 'ate'], ['ation', 'e'], ['ation', ''], ['izations', 'ize'], ['ization', 'ize'],
  ['isation', 'ise'], ['uction', 'uce'], ['uctions', 'uce'], ['ions', 'e'], ['ion', 'e'], ['ions', ''], ['ion', ''], ['ments', ''], ['ment', ''],
  ['al', 'e'], ['al', ''],
];

/** `-ing` nouns of verbs: "signing" (sign), "scanning" (scan, its consonant doubled), "hardening". */
const ING_SUFFIXES: readonly [string, string][] = [['ing', ''], ['ing', 'e']];

/**
 * The concrete verb a noun is made from ("rotation" → rotate, "enforcement" → enforce, "signing" → sign, "scanning" → scan),
 * or undefined: a general verb's noun ("information", "management") is no act named.
 */
export function concreteVerbOfNoun(word: string): string | undefined {
  for (const [suffix, verbEnding] of [...NOMINAL_SUFFIXES, ...ING_SUFFIXES]) {
    if (suffix === 'al' || word.length < suffix.length + 3 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    const doubled = suffix === 'ing' && verbEnding === '' && stem.length > 3 && stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [];
    for (const verb of [stem + verbEnding, ...doubled]) if (verb.length >= 3 && !/(?:s|ed|ing)$/.test(verb) && verbClass(verb) === 'concrete') return verb;
  }
  return undefined;
}

/**
 * A noun made from a verb that names no deliverable ("implementation", "improvement", "remediation",
 * "assessment"): the act of doing something unspecified, as vague as its verb.
 */
export function isActNoun(word: string): boolean {
  for (const [suffix, verbEnding] of NOMINAL_SUFFIXES) {
    if (word.length < suffix.length + 3 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + verbEnding;
    if (stem === 'implement' || GENERIC_VERBS.has(stem) || COMPARATIVE_VERBS.has(stem) || APPRAISAL_VERBS.has(stem) || EMPTY_VERBS.has(stem)) return true;
  }
  return false;
}

/** Verbs of deciding what something will be: in the passive, the content is not decided yet. */
export const DECIDING_VERBS = new Set(['define', 'determine', 'decide', 'confirm', 'agree', 'identify', 'finalise', 'finalize', 'specify', 'select', 'choose', 'settle', 'clarify']);

/** Verbs of writing something down: what they put "in" a register or a log is checkable there. */
const RECORDING_VERBS = new Set(['record', 'log', 'document', 'file', 'note', 'enter', 'list', 'write', 'register', 'store', 'save', 'add', 'track']);
