// One clause of an action and what every reading of it counts: concrete, thing and content words, its head, names,
// acronyms and quantities. The readings themselves are methods added by reading-openings.ts, reading-phrases.ts,
// reading-verbs.ts and reading-objects.ts (see addReadings).
import { ownCache, TextMemo } from '../../caches';
import {
  INTENTION_PHRASES, CONNECTIVES, ABSTRACT_NOUNS, DOCUMENT_NOUNS, FUNCTION_WORDS, PHRASE_ENDS, NUMBER_WORDS, FREQUENCY_WORDS, DATE_WORDS,
  TIME_UNITS, PARTICLES, MODALS, COMMUNICATION_NOUNS, MESSAGING_VERBS, STANDARD_NAMES,
} from './lexicon';
import { isModifier, isTalkVerb, isWordNetEnglish, isWordNetVerb } from './wordnet';
import { VagueReason } from './reasons';
import { VerbClass, verbClass, TALK, hasVerbFact, baseForms, NOMINAL_SUFFIXES } from './words';
import { Token, STATUS, VERB_PARTICLES, DETERMINERS, AUXILIARIES, PARTICIPLES, isParticiple } from './tokens';
import { isDatePart, RELATIVE_TIMES, inRelativeTime, isQuantity } from './measures';
import { Reason, Scan, HEDGE, isHedge, isVerbBefore, isNamed, isPartyNoun, isAbstractToken } from './scan';

/** What one clause says: a deliverable, or why not. */
export type ClauseVerdict = { readonly deliverable: true; readonly weak?: true } | { readonly deliverable: false; readonly why?: Reason };

export const DELIVERABLE: ClauseVerdict = { deliverable: true };
/** A noun phrase that names a thing but no verb ("Audit logs", "Visitor sign-in log at rear entrance"): outweighed by a status beside it. */
export const NAMED_ONLY: ClauseVerdict = { deliverable: true, weak: true };

/** Adverbs that may stand between an auxiliary and its verb. */
export const INSERTED = new Set(['hereby', 'also', 'then', 'now', 'further', 'currently', 'already', 'immediately', 'subsequently', 'not', 'still', 'jointly', 'formally', 'fully']);

/**
 * True when token `i` is a participle in "-ed" before a noun of its phrase, in [.., to): "locked office", "secured cabinet".
 * After "to" it qualifies a place; a purpose or a party's task opens with a base form ("to lock the office").
 */
export function participleBeforeNoun(tokens: readonly Token[], i: number, to: number): boolean {
  const next = tokens[i + 1];
  return i + 1 < to && tokens[i].word.endsWith('ed') && isParticiple(tokens[i].word) && !next.stop && !next.name && !next.acronym &&
    !FUNCTION_WORDS.has(next.word) && !PHRASE_ENDS.has(next.word) && verbClass(next.word) === undefined;
}

/** Determiners that take a whole group: "all staff", "every provider". */
export const WHOLE_GROUP = new Set(['all', 'every', 'each']);

/** How deep readings may nest: "we will ... will ..." could otherwise nest once per word. */
export const MAX_DEPTH = 4;

export const CAUSATIVES = new Set(['have', 'has', 'get', 'gets', 'got']);

/** Single-word intentions, as verbs in any form: "may be considered", "will be explored". */
export const INTENTION_VERBS = new Set(INTENTION_PHRASES.filter((p) => !p.includes(' ')));

/**
 * True when a word in "-ing" is a verb's activity: a verb the lexicon knows ("logging", "monitoring"), or, as the head of a
 * phrase, one WordNet first knows as communicating, though the lexicon does not know it ("messaging", "advertising",
 * "announcing": the talk itself; a message is sent, messaging goes on). Before a noun such a word only qualifies it ("the
 * answering service"), so it is not abstract as a word; only a head is asked.
 */
export function isGerund(word: string): boolean {
  return word.length > 5 && word.endsWith('ing') && gerunds.of(word, activityOf);
}

/** Whether a word in "-ing" is an activity, worked out once per word: asked of every word of every phrase judged. */
const gerunds = ownCache('gerunds by word', new TextMemo<boolean>(20_000));

function activityOf(word: string): boolean {
  return verbClass(word) !== undefined || baseForms(word).some((b) => b !== word && isTalkVerb(b));
}

/** True when token `i` is a verb in the present or past that reports a clause after "that": "recommends that", "resolved that". */
export function reportsThat(tokens: readonly Token[], i: number, to: number): boolean {
  const w = tokens[i].word;
  return i + 2 < to && tokens[i + 1].word === 'that' && /^[a-z]{3,}(?:s|ed)$/.test(w) && !FUNCTION_WORDS.has(w) && !tokens[i].name;
}

/** The class of the first word of a clause as a verb, including verbs not in the lexicon: judged by their object. */
export function clauseVerbClass(tokens: readonly Token[], i: number, to: number): VerbClass | undefined {
  const w = tokens[i].word;
  const known = verbClass(w);
  if (known) return known;
  if (FUNCTION_WORDS.has(w) || tokens[i].numeric || tokens[i].name) return undefined;
  // "Particularly in light of ...": a word in "-ly" the lexicon does not know as a verb is an adverb, never the verb.
  if (ADVERB.test(w) && !LY_NOUNS.has(w)) return undefined;
  if (/^[a-z]+(?:ize|ise|ify)$/.test(w) || reportsThat(tokens, i, to)) return 'generic';
  const next = tokens[i + 1];
  // "Call Comcast ...", "contact Apex IT ...": a verb of talking before a name or a party.
  if (i + 1 < to && next !== undefined && (next.name || isPartyNoun(next.word)) && (isTalkVerb(w) || MESSAGING_VERBS.has(w))) return 'generic';
  // "Expressed support for ...", "voiced concern about ...": a verb of talking in any form before a bare noun and a topic.
  if (i + 2 < to && next !== undefined && !next.stop && !next.name && !FUNCTION_WORDS.has(next.word) && STANCE_TOPICS.has(tokens[i + 2].word) && hasVerbFact(w, TALK)) return 'generic';
  // "Spoke to Comcast", "met with the landlord": a verb of talking, in any form, before "to" or "with" and a name or a party.
  const after = tokens[i + 2];
  if (i + 2 < to && (next?.word === 'to' || next?.word === 'with') && after !== undefined && (after.name || isPartyNoun(after.word)) && hasVerbFact(w, TALK)) return 'generic';
  // "Loop in the landlord", "sync with the vendor": a first word before a preposition and a party acts with that party.
  if (i + 2 < to && next !== undefined && PARTY_PREPOSITIONS.has(next.word) && !w.endsWith('s') && startsParty(tokens, i + 2, to)) return 'generic';
  // "Roll out a ...", "stand up a ...", "build out ...": a first word with a verb particle after it is a phrasal verb.
  if (i + 2 < to && next !== undefined && VERB_PARTICLES.has(next.word) && !tokens[i + 2].stop && !w.endsWith('s')) return 'concrete';
  // These readings are of a clause's first word only: inside a clause ("if the alarm trips again") a word is read as before.
  const first = i === 0 || tokens[i - 1].stop || CONNECTIVES.has(tokens[i - 1].word);
  // "Embark on a journey toward ...", "collaborate with the practice on ...": a first word WordNet knows only as a verb, before a
  // preposition that takes a verb's complement, is one; a checklist item's noun ("Shredder on the 2nd floor") is a noun. A
  // phrase of manner after it ("Confirm in writing that ...") says how, and leaves the word as it was read.
  if (first && i + 2 < to && next !== undefined && VERB_COMPLEMENT_PREPOSITIONS.has(next.word) && !/(?:s|ed|ing)$/.test(w) && isWordNetVerb(w)) return 'generic';
  // "Look again after the office move": a first word that "again" follows is done once more, as a verb is.
  if (first && i + 2 < to && next?.word === 'again' && !w.endsWith('s')) return 'generic';
  // "Pivot toward a more proactive monitoring paradigm", "Transition towards ...": a first word right before a preposition of
  // direction heads somewhere, as a verb does; a noun opening an action takes none. Judged by what it reaches.
  if (first && i + 2 < to && next !== undefined && DIRECTIONS.has(next.word) && !w.endsWith('s')) return 'generic';
  // "Transition from ad-hoc to managed ...": a first word before "from" and, later, "to" frames a change from one state to another.
  // Only between states: a name, an acronym or a number where it goes makes it a migration named ("Migration from Exchange to Microsoft 365").
  if (first && next?.word === 'from' && !w.endsWith('s') && changeTarget(tokens, i + 1, to) > 0 && !tokens.slice(changeTarget(tokens, i + 1, to), to).some((t) => t.name || t.acronym || t.numeric)) return 'generic';
  // "Engage third-party security firm", "Procure hardware tokens": a register's shorthand drops the article; a first word WordNet knows
  // only as a verb, before a word that starts an object, is the verb still (with the article it is read so by the line below). Two words
  // alone (`Retry queue`) are a fragment's noun phrase.
  if (first && i + 2 < to && next !== undefined && !next.stop && !next.numeric && !FUNCTION_WORDS.has(next.word) && !w.endsWith('s') && isWordNetVerb(w)) return 'generic';
  return i + 1 < to && next !== undefined && DETERMINERS.has(next.word) && !w.endsWith('s') ? 'generic' : undefined;
}

/** Prepositions after which a party makes the word before them a verb: "loop in", "sync with", "sign off on". */
const PARTY_PREPOSITIONS = new Set(['in', 'with', 'on']);

/** How far after "from" its "to" may come: "from a compliance-led to ...", "from reactive firefighting to ...". */
const CHANGE_SOURCE_MAX = 6;

/** Where "to" is after "from" at `from` ("from X to Y"), within CHANGE_SOURCE_MAX words of the clause ending at `to`; else -1. */
export function changeTarget(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < Math.min(to - 1, from + 1 + CHANGE_SOURCE_MAX); k++) {
    if (tokens[k].stop) return -1;
    if (tokens[k].word === 'to') return k;
  }
  return -1;
}

/** True when a party starts at token `i`, after a determiner at most: "the landlord", "our MSP", "Legal". */
export function startsParty(tokens: readonly Token[], i: number, to: number): boolean {
  let head: Token | undefined;
  for (let k = i; k < Math.min(to, i + 5) && !tokens[k].stop && !PHRASE_ENDS.has(tokens[k].word); k++) if (!FUNCTION_WORDS.has(tokens[k].word)) head = tokens[k];
  return head !== undefined && isPartyNoun(head.word);
}

/** An adverb by its shape ("partially", "fully"): says how, never what. */
export const ADVERB = /^[a-z]{3,}ly$/;

export const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'anomaly', 'reply', 'ally', 'rally', 'poly', 'italy', 'monopoly']);

/** Words that deny: before "more" they say something stopped ("no more sharing", "not work more here"). */
export const NEGATIONS = new Set(['no', 'not', 'never', "don't", "doesn't", "didn't", "won't", 'don’t', 'doesn’t', 'didn’t', 'won’t', 'dont', 'doesnt', 'nobody']);

/** Particles that carry the work on to another time: "carry forward", "roll over". */
export const CARRYING_PARTICLES = new Set(['forward', 'over']);

/** Prepositions after "forward" that say when the carried work is due again: "to the next meeting", "into FY27", "until Q3". */
export const CARRIED_TO = new Set(['to', 'into', 'until', 'till']);

/** Prepositions that open the complement of a verb written before them: "embark on", "collaborate with", "delve into". */
const VERB_COMPLEMENT_PREPOSITIONS = new Set(['on', 'upon', 'with', 'into', 'against', 'toward', 'towards']);

/** Prepositions of direction: a verb followed by one heads somewhere, it acts on nothing. */
export const DIRECTIONS = new Set(['toward', 'towards']);

/** Light verbs that, with a message or an act as object, do what the noun names: "give consideration to", "pay attention to". */
export const GIVING_LIGHT_VERBS = new Set(['give', 'pay', 'lend', 'devote']);

/** The base form of a verb as written (given → give, paid → pay), or the word. */
export function baseOf(word: string): string {
  return PARTICIPLES.get(word) ?? baseForms(word).find((b) => GIVING_LIGHT_VERBS.has(b)) ?? word;
}
/** A noun made from a verb ("adoption", "enforcement", "consideration"): an act, not a thing. */
export function isVerbNoun(word: string): boolean {
  for (const [suffix, verbEnding] of NOMINAL_SUFFIXES) {
    if (word.length < suffix.length + 3 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + verbEnding;
    if (verbClass(stem) !== undefined || INTENTION_VERBS.has(stem)) return true;
  }
  return false;
}

/** Prepositions that open a time phrase. */
export const TEMPORAL = new Set(['during', 'until', 'before', 'after', 'throughout', 'following', 'prior']);

/** Words that put what follows in time to come: "the next cycle", "the coming year", "a future release". */
export const COMING = new Set(['next', 'coming', 'upcoming', 'following', 'subsequent', 'future', 'forthcoming']);

/** Prepositions after a stance said: what it is for or about ("support for", "concern about", "appetite regarding"). */
export const STANCE_TOPICS = new Set(['for', 'about', 'regarding', 'concerning', 'over', 'around', 'toward', 'towards']);

/** Words that say work is finished: "70% complete". */
export const COMPLETION = new Set(['complete', 'completed', 'done', 'finished']);
/** Verbs that end a message's life: a ticket closed or resolved says the work it asked for is done. */
export const ENDING_VERBS = new Set(['close', 'resolve', 'complete', 'finish', 'fulfil', 'fulfill']);

/** True when a participle, a modal or an auxiliary follows token `from` in its clause: the last item of a list has a predicate ("... delivered to the Board"). */
export function hasPredicate(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !tokens[k].stop; k++) {
    const w = tokens[k].word;
    if ((w.endsWith('ed') && isParticiple(w)) || MODALS.has(w) || AUXILIARIES.has(w)) return k > from;
  }
  return false;
}

export class Clause {
  constructor(
    readonly s: Scan,
    readonly from: number,
    readonly to: number,
    /** The clause ends in a question mark: "Audit logs??". */
    readonly question = false,
    /** The clause starts with a verb: it follows a modal or a subject ("we must / finish ..."). */
    readonly verbFirst = false,
    /** How many readings this clause is nested in (a sub-clause, an active reading): bounded, so the work stays linear. */
    readonly depth = 0,
    /** The clause is an item of a list of names of things ("Access control, audit logs, transmission security"): a verb reading that names a deliverable is no order. */
    readonly listItem = false,
  ) {}

  get tokens(): readonly Token[] {
    return this.s.tokens;
  }

  span(from: number, to: number, reason: VagueReason): Reason {
    return { reason, start: this.tokens[from].start, end: this.tokens[Math.max(from, to - 1)].end };
  }

  /** Content words in [from, to) outside hedges that name a thing (not abstract, not a number or time). */
  concreteWords(from: number, to = this.to): number {
    let n = 0;
    for (let i = from; i < to; i++) if (this.isConcrete(i)) n++;
    return n;
  }

  /** Concrete words in [from, to) that are no adjective or adverb: "establish clear accountability" names no thing. */
  thingWords(from: number, to = this.to): number {
    let n = 0;
    for (let i = from; i < to; i++) if (this.isConcrete(i) && (this.tokens[i].name || this.tokens[i].acronym || !(isModifier(this.tokens[i].word) || this.isParticipleModifier(i, to)))) n++;
    return n;
  }

  /** Concrete words from `from` to the clause end that are neither names nor acronyms: "screen lock", "laptops". */
  commonThings(from: number): number {
    let n = 0;
    for (let i = from; i < this.to; i++) if (this.isConcrete(i) && !this.tokens[i].name && !this.tokens[i].acronym && !isModifier(this.tokens[i].word)) n++;
    return n;
  }

  /** True when the object [from, to) is a thing or a party one can list ("all loaner laptops", "every vendor"), not an abstraction ("progress"). */
  tracksThing(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && (isPartyNoun(head.word) || this.thingWords(from, to) > 0);
  }

  /**
   * "compensating controls", "remaining gaps": a word in "-ing" before a noun qualifies it; the noun is the thing. A word in
   * "-ing" of no verb English knows ("phishing test") is a noun naming the kind of thing, a thing word as "tabletop" is.
   */
  private isParticipleModifier(i: number, to: number): boolean {
    const next = this.tokens[i + 1];
    return this.tokens[i].word.endsWith('ing') && i + 1 < to && !next.stop && !FUNCTION_WORDS.has(next.word) && !PHRASE_ENDS.has(next.word) &&
      (verbClass(this.tokens[i].word) !== undefined || isWordNetEnglish(this.tokens[i].word));
  }

  /**
   * True when token `i` is an activity in "-ing" closing a phrase of nouns ("security awareness messaging"): no thing. Before a
   * noun it qualifies one ("the answering service"), and alone after a preposition it may name a function ("a shredder for
   * billing"): neither is asked here.
   */
  closesWithActivity(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    const before = this.tokens[i - 1];
    return !t.name && t.word.endsWith('ing') && (next === undefined || next.stop || FUNCTION_WORDS.has(next.word)) && isGerund(t.word) &&
      before !== undefined && !before.stop && !FUNCTION_WORDS.has(before.word);
  }

  isConcrete(i: number): boolean {
    const t = this.tokens[i];
    if (ADVERB.test(t.word) && !LY_NOUNS.has(t.word)) return false;
    // A participle modifies a thing ("the signed BAA", "the risk associated with ..."); it is not one.
    // A hyphenated compound ("self-signed", "PKI-issued") is read as a whole, as before.
    if (t.word.endsWith('ed') && !t.name && (verbClass(t.word) !== undefined || (isParticiple(t.word) && !t.word.includes('-')))) return false;
    if (!(!this.s.hedged[i] && !t.stop && !t.id && (t.name || (!t.numeric && !FUNCTION_WORDS.has(t.word) && !isAbstractToken(t) &&
      !NUMBER_WORDS.has(t.word) && !FREQUENCY_WORDS.has(t.word) && !DATE_WORDS.has(t.word) && !TIME_UNITS.has(t.word) &&
      !PARTICLES.has(t.word))))) return false;
    // Asked last, of words otherwise things: an activity closing its phrase; "next wk", when, not what.
    return !(t.word.endsWith('ing') && this.closesWithActivity(i)) && !(RELATIVE_TIMES.has(t.word) && inRelativeTime(this.tokens, i));
  }

  /** Words in [from, to) outside hedges that carry content; a date is no content ("MFA, EDR, DLP by 6/30" names no more than the list), nor a time from now ("next wk"). */
  contentWords(from: number, to = this.to): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (!this.s.hedged[i] && !t.stop && !FUNCTION_WORDS.has(t.word) && !DATE_WORDS.has(t.word) && !(t.numeric && isDatePart(this.tokens, i)) &&
        !((RELATIVE_TIMES.has(t.word) || TIME_UNITS.has(t.word)) && inRelativeTime(this.tokens, i))) n++;
    }
    return n;
  }

  hasQuantity(from: number, to = this.to): boolean {
    for (let i = from; i < to; i++) if (!this.s.hedged[i] && isQuantity(this.tokens, i)) return true;
    return false;
  }

  hasName(from: number, to = this.to): boolean {
    for (let i = from; i < to; i++) if (!this.s.hedged[i] && this.tokens[i].name) return true;
    return false;
  }

  hasConditionHedge(): boolean {
    for (let i = this.from; i < this.to; i++) if (this.s.hedged[i] === HEDGE) return true;
    return false;
  }

  hasAcronym(from: number, to = this.to): boolean {
    for (let i = from; i < to; i++) if (!this.s.hedged[i] && this.tokens[i].acronym) return true;
    return false;
  }

  hasFloatingHedge(): boolean {
    for (let i = this.from; i < this.to; i++) if (isHedge(this.s.hedged[i])) return true;
    return false;
  }

  /** End of the noun phrase starting at `from`: the first preposition, subordinator or hedge. */
  phraseEnd(from: number): number {
    let i = from;
    while (i < this.to && !this.s.hedged[i] && !PHRASE_ENDS.has(this.tokens[i].word)) i++;
    return i;
  }

  /** The head of a noun phrase: its last content word. */
  head(from: number, to: number): Token | undefined {
    let head: Token | undefined;
    for (let i = from; i < to; i++) {
      const w = this.tokens[i].word;
      // "a BAA register listing every vendor": the head comes before the participle that modifies it.
      // "local recording": a modifier before the gerund is no head.
      // "the HIPAA training module": a word in "-ing" the lexicon knows as a noun, before another noun, qualifies it like any noun.
      const nounBefore = ABSTRACT_NOUNS.has(w) && i + 1 < to && !FUNCTION_WORDS.has(this.tokens[i + 1].word) && !this.tokens[i + 1].stop;
      if (head && w.endsWith('ing') && !nounBefore && !isAbstractToken(head) && (isNamed(head) || !isModifier(head.word)) && (verbClass(w) !== undefined || isVerbBefore(this.tokens[i + 1]))) break;
      // "laptop LT-0107": an identifier after a noun labels it; the noun is the head.
      // "particularly in light of ...": an adverb says how, it is no head.
      if (!FUNCTION_WORDS.has(w) && !(head !== undefined && this.tokens[i].id) && !(ADVERB.test(w) && !LY_NOUNS.has(w) && !this.tokens[i].name)) head = this.tokens[i];
    }
    return head;
  }

  /**
   * True when the noun phrase [from, to) names a thing: its head is not abstract, it is a
   * qualified document ("the incident response plan"), or it names a product.
   */
  namesThing(from: number, to: number): boolean {
    const head = this.head(from, to);
    // "the NIST CSF", "ISO 27001": a standard is a body of rules to meet, not a thing acted on.
    if (head === undefined || head.id || STANDARD_NAMES.has(head.word)) return false;
    if (head.name && !isPartyNoun(head.word)) return true;
    if ((!isAbstractToken(head) && !(head.word.endsWith('ing') && this.closesWithActivity(this.tokens.indexOf(head, from)))) || this.hasName(from, to)) return !isPartyNoun(head.word) && !COMMUNICATION_NOUNS.has(head.word);
    // "the incident response plan" names a document; "policies and procedures" does not.
    for (let i = from; i < to; i++) {
      const w = this.tokens[i].word;
      if (!this.s.hedged[i] && !FUNCTION_WORDS.has(w) && !DOCUMENT_NOUNS.has(w)) return DOCUMENT_NOUNS.has(head.word);
    }
    return false;
  }

  /**
   * True when a status word at `i` (of `n` words) is a participle before its noun, describing it: "Verify inherited
   * encryption settings", "Inherited controls ... are documented in the SSP". Opening the clause, it describes only when
   * a predicate follows ("Inherited controls" alone, "Deferred patching of the EHR server", say where the work stands).
   */
  describesNoun(from: number, i: number, n: number): boolean {
    const { tokens } = this;
    const word = tokens[i].word;
    const noun = tokens[i + 1];
    if (n !== 1 || !word.endsWith('ed') || !isParticiple(word) || i + 1 >= this.to || noun.stop || noun.id || FUNCTION_WORDS.has(noun.word) ||
      PHRASE_ENDS.has(noun.word) || MODALS.has(noun.word) || AUXILIARIES.has(noun.word) || STATUS.matchAt(tokens, i + 1, this.to) > 0) return false;
    return i > from ? !tokens[i - 1].stop : hasPredicate(tokens, i + 1);
  }
}

/**
 * Adds readings to every clause. The readings are the methods of Clause that reading-openings.ts, reading-phrases.ts,
 * reading-verbs.ts and reading-objects.ts write, each declaring its own in the Clause interface: one class whose readings
 * are split by what they recognise, so that no file holds all of them. classify.ts imports each reading file before any
 * clause is judged.
 */
export function addReadings(readings: Partial<Clause> & ThisType<Clause>): void {
  Object.assign(Clause.prototype, readings);
}
