// Is an action vague? Judged per action, not per word: weasel-word lists flag nearly
// every plan sentence ("will", "all", "only"), so a hedge alone never decides. An
// action is specific when one of its clauses names a deliverable:
// - a concrete verb ("enable", "encrypt", "sign") acting on a concrete object;
// - a generic verb ("review", "update") whose object is a concrete thing or is measured;
// - a comparative verb ("improve", "raise") or an outcome ("ensure ...") with a measure:
//   a quantity, a frequency, a product or party name, or a concrete "by ..." clause.
// It is vague when it is a placeholder, an intention ("look into", "consider"), or only
// hedges, abstractions ("security", "best practices") and fragments. Deadlines alone do
// not count as a measure: every action has a due date anyway.
// One pass over the tokens with fixed-size lexicons (lexicon.ts): linear in the length of the text.
import type { Span } from '../../model/plan-model';
import { BoundedCache, ownCache, TextMemo } from '../../caches';
import {
  INTENTION_PHRASES, CONNECTIVES, ABSTRACT_NOUNS, DOCUMENT_NOUNS, FUNCTION_WORDS, PHRASE_ENDS, OBJECT_STARTERS, NUMBER_WORDS,
  FREQUENCY_WORDS, DATE_WORDS, DEPARTMENT_ACRONYMS, OUTCOME_VERBS, MEANS, OUTCOME_ADJECTIVES, TIME_UNITS, PARTICLES, MODALS,
  COMMUNICATION_NOUNS, SUFFIX_EXCEPTIONS, HEDGE_ADJECTIVES, MESSAGING_VERBS, WAITING_STATUSES, STANDARD_NAMES, GROUP_NOUNS, ITEM_NOUNS,
  ITEM_POINTERS, WORK_HOLDERS, EXPECTING_VERBS,
} from './lexicon';
import { isNotEnglish } from './language';
import { isModifier, isTalkVerb, isWordNetAbstract, isWordNetEnglish, isWordNetThing, isWordNetVerb } from './wordnet';
import { VagueReason, Verdict, SPECIFIC } from './reasons';
import {
  VerbClass, verbClass, TALK, STAFFING, RECORDING, DECIDING, hasVerbFact, isEmptyVerb, isAppraisal, baseForms, ABSTRACT_SUFFIX,
  NOMINAL_SUFFIXES, isActNoun, DECIDING_VERBS,
} from './words';
import {
  Token, LABEL_ENDS, onlyCode, tokenise, SUBJECT_MAX, PhraseSet, INTENTIONS, OUTCOMES, LEADING, STATUS, POINTERS, FINAL_STATUS, FOLDED,
  VERB_PARTICLES, DETERMINERS, AUXILIARIES, PARTICIPLES, isParticiple, PRONOUNS, isFrameNoun,
} from './tokens';
import { isDatePart, isTimePoint, RELATIVE_TIMES, inRelativeTime, isQuantity } from './measures';
import {
  Reason, Scan, HEDGE, CITED, QUESTION, scan, isHedge, ACT_CONDITIONS, EMPTY_CONDITION_OPENERS, clauses, ADJECTIVE_ENDING,
  inRelativeVerbList, isVerbBefore, isNamed, gotDone, phrasalVerbAt, STATING_AUXILIARIES, imperativeBeside, sentenceBesideOpensWithVerb,
  isBaseVerb, isBarePassive, isUnknownWordBeforeUnplacingPreposition, RELATIVES, isVerbAfterPronoun, isPartyNoun, isAbstractToken, PLACED,
  LOCATIVE, CONFORMING_VERBS,
} from './scan';

export type { VagueReason, Verdict };

/** What one clause says: a deliverable, or why not. */
type ClauseVerdict = { readonly deliverable: true; readonly weak?: true } | { readonly deliverable: false; readonly why?: Reason };

const DELIVERABLE: ClauseVerdict = { deliverable: true };
/** A noun phrase that names a thing but no verb ("Audit logs", "Visitor sign-in log at rear entrance"): outweighed by a status beside it. */
const NAMED_ONLY: ClauseVerdict = { deliverable: true, weak: true };

/** Adverbs that may stand between an auxiliary and its verb. */
const INSERTED = new Set(['hereby', 'also', 'then', 'now', 'further', 'currently', 'already', 'immediately', 'subsequently', 'not', 'still', 'jointly', 'formally', 'fully']);

/**
 * True when token `i` is a participle in "-ed" before a noun of its phrase, in [.., to): "locked office", "secured cabinet".
 * After "to" it qualifies a place; a purpose or a party's task opens with a base form ("to lock the office").
 */
function participleBeforeNoun(tokens: readonly Token[], i: number, to: number): boolean {
  const next = tokens[i + 1];
  return i + 1 < to && tokens[i].word.endsWith('ed') && isParticiple(tokens[i].word) && !next.stop && !next.name && !next.acronym &&
    !FUNCTION_WORDS.has(next.word) && !PHRASE_ENDS.has(next.word) && verbClass(next.word) === undefined;
}

/** The articles before a noun made of a bare verb: "the monitor of", "a check of". */
const ARTICLES = new Set(['the', 'a', 'an']);

const ANAPHORS = new Set(['it', 'them', 'this', 'these', 'those']);

/** Determiners that take a whole group: "all staff", "every provider". */
const WHOLE_GROUP = new Set(['all', 'every', 'each']);

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'your', 'my']);

/** How deep readings may nest: "we will ... will ..." could otherwise nest once per word. */
const MAX_DEPTH = 4;

const CAUSATIVES = new Set(['have', 'has', 'get', 'gets', 'got']);
/** Forms of "get" in the present, that a subject receives a thing with: "the bags get a seal". */
const RECEIVING = new Set(['get', 'gets']);

const COPULAS = new Set(['be', 'become', 'stay', 'remain']);

const HAVE_FORMS = new Set(['has', 'have', 'had']);

/** Verbs of staying as one is, in the present or past: after a subject they report a state ("remains open"). */
const PERSISTING = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/** Verbs of lying somewhere: before "with" and a party they say who holds the work ("sits with IT", "rests with Karen"). */
const HELD_WITH = new Set(['sit', 'sits', 'sat', 'rest', 'rests', 'rested', 'lie', 'lies', 'lay']);

/** Words that open a clause that goes on as before: "continue to review", "keep monitoring". */
const CONTINUING = new Set(['continue', 'keep']);

/** Existential pronouns of things: what is looked "for" when nothing in particular is ("anything unusual", "something odd"). */
const ANY_THING = new Set(['anything', 'something', 'whatever']);

/** Light verbs that, with a noun of stance, state that stance: "take note of", "made note of". */
const STANCE_LIGHT_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking', 'make', 'makes', 'made', 'making']);

/** Adverbs of possibility: at the start of a clause, nothing is committed. */
const POSSIBILITIES = new Set(['maybe', 'perhaps', 'possibly', 'potentially']);
/** Verbs of attempting ("try to", "endeavour to"): the attempt is promised, not the result. */
const ATTEMPTS = new Set(['try', 'tries', 'trying', 'attempt', 'attempts', 'attempting', 'endeavour', 'endeavor', 'strive', 'seek']);

/** Single-word intentions, as verbs in any form: "may be considered", "will be explored". */
const INTENTION_VERBS = new Set(INTENTION_PHRASES.filter((p) => !p.includes(' ')));

/**
 * True when a word in "-ing" is a verb's activity: a verb the lexicon knows ("logging", "monitoring"), or, as the head of a
 * phrase, one WordNet first knows as communicating, though the lexicon does not know it ("messaging", "advertising",
 * "announcing": the talk itself; a message is sent, messaging goes on). Before a noun such a word only qualifies it ("the
 * answering service"), so it is not abstract as a word; only a head is asked.
 */
function isGerund(word: string): boolean {
  return word.length > 5 && word.endsWith('ing') && gerunds.of(word, activityOf);
}

/** Whether a word in "-ing" is an activity, worked out once per word: asked of every word of every phrase judged. */
const gerunds = ownCache('gerunds by word', new TextMemo<boolean>(20_000));

function activityOf(word: string): boolean {
  return verbClass(word) !== undefined || baseForms(word).some((b) => b !== word && isTalkVerb(b));
}

/** True when token `i` is a verb in the present or past that reports a clause after "that": "recommends that", "resolved that". */
function reportsThat(tokens: readonly Token[], i: number, to: number): boolean {
  const w = tokens[i].word;
  return i + 2 < to && tokens[i + 1].word === 'that' && /^[a-z]{3,}(?:s|ed)$/.test(w) && !FUNCTION_WORDS.has(w) && !tokens[i].name;
}

/** The class of the first word of a clause as a verb, including verbs not in the lexicon: judged by their object. */
function clauseVerbClass(tokens: readonly Token[], i: number, to: number): VerbClass | undefined {
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
  return i + 1 < to && next !== undefined && DETERMINERS.has(next.word) && !w.endsWith('s') ? 'generic' : undefined;
}

/**
 * True when a verdict says outright that nothing is committed (an intention, a hedge, a status), not only that
 * the words name too little: what someone is told to do makes the telling vague only then ("told the front desk to
 * be careful"), since "ask the answering service to stop recording calls" may name too little to the classifier
 * and still be a request an auditor can check.
 */
function committedToNothing(verdict: ClauseVerdict): boolean {
  return !verdict.deliverable && verdict.why !== undefined && (verdict.why.reason === 'intention' || verdict.why.reason === 'hedge' || verdict.why.reason === 'status');
}

/** Prepositions after which a party makes the word before them a verb: "loop in", "sync with", "sign off on". */
const PARTY_PREPOSITIONS = new Set(['in', 'with', 'on']);

/** How far after "from" its "to" may come: "from a compliance-led to ...", "from reactive firefighting to ...". */
const CHANGE_SOURCE_MAX = 6;

/** Where "to" is after "from" at `from` ("from X to Y"), within CHANGE_SOURCE_MAX words of the clause ending at `to`; else -1. */
function changeTarget(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < Math.min(to - 1, from + 1 + CHANGE_SOURCE_MAX); k++) {
    if (tokens[k].stop) return -1;
    if (tokens[k].word === 'to') return k;
  }
  return -1;
}

/** How many words a person's name before "to" may have: "Karen", "Dr. Lee", "J. Ortiz". */
const PERSON_NAME_MAX = 3;

/**
 * True when tokens [from, to) are a person's name, capitalised, at least one word no English list knows or a name inside
 * the sentence: "Karen", "Dr. Lee". At the start of an action a capital says nothing, so an English word alone ("Security")
 * is no name.
 */
function namesPerson(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > PERSON_NAME_MAX) return false;
  let person = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.capital || t.acronym || t.numeric || t.id || FUNCTION_WORDS.has(t.word)) return false;
    if (t.name || !isWordNetEnglish(t.word)) person = true;
  }
  return person;
}

/** True when a party starts at token `i`, after a determiner at most: "the landlord", "our MSP", "Legal". */
function startsParty(tokens: readonly Token[], i: number, to: number): boolean {
  let head: Token | undefined;
  for (let k = i; k < Math.min(to, i + 5) && !tokens[k].stop && !PHRASE_ENDS.has(tokens[k].word); k++) if (!FUNCTION_WORDS.has(tokens[k].word)) head = tokens[k];
  return head !== undefined && isPartyNoun(head.word);
}

class Clause {
  constructor(
    private readonly s: Scan,
    readonly from: number,
    readonly to: number,
    /** The clause ends in a question mark: "Audit logs??". */
    private readonly question = false,
    /** The clause starts with a verb: it follows a modal or a subject ("we must / finish ..."). */
    private readonly verbFirst = false,
    /** How many readings this clause is nested in (a sub-clause, an active reading): bounded, so the work stays linear. */
    private readonly depth = 0,
    /** The clause is an item of a list of names of things ("Access control, audit logs, transmission security"): a verb reading that names a deliverable is no order. */
    private readonly listItem = false,
  ) {}

  private get tokens(): readonly Token[] {
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
  private commonThings(from: number): number {
    let n = 0;
    for (let i = from; i < this.to; i++) if (this.isConcrete(i) && !this.tokens[i].name && !this.tokens[i].acronym && !isModifier(this.tokens[i].word)) n++;
    return n;
  }

  /** True when the object [from, to) is a thing or a party one can list ("all loaner laptops", "every vendor"), not an abstraction ("progress"). */
  private tracksThing(from: number, to: number): boolean {
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
  private describesNoun(from: number, i: number, n: number): boolean {
    const { tokens } = this;
    const word = tokens[i].word;
    const noun = tokens[i + 1];
    if (n !== 1 || !word.endsWith('ed') || !isParticiple(word) || i + 1 >= this.to || noun.stop || noun.id || FUNCTION_WORDS.has(noun.word) ||
      PHRASE_ENDS.has(noun.word) || MODALS.has(noun.word) || AUXILIARIES.has(noun.word) || STATUS.matchAt(tokens, i + 1, this.to) > 0) return false;
    return i > from ? !tokens[i - 1].stop : hasPredicate(tokens, i + 1);
  }

  /** A status, pointer or hand-off anywhere in [from, to): "pending IT", "in progress", "escalated to". */
  private status(from: number): Reason | undefined {
    const { tokens } = this;
    const pointer = POINTERS.matchAt(tokens, from, this.to);
    if (pointer > 0 && !(tokens[from].word === 'per' && TIME_UNITS.has(tokens[from + 1]?.word ?? ''))) return this.span(from, from + pointer, 'status');
    for (let i = from; i < this.to; i++) {
      if (this.s.hedged[i] || tokens[i].stop) continue;
      const n = STATUS.matchAt(tokens, i, this.to);
      if (n > 0 && !this.describesNoun(from, i, n)) return this.span(i, i + n, 'status');
      // "no update", "no feedback yet", "no vendor reply": a message that has not come is where the work stands.
      if (tokens[i].word === 'no') {
        const end = this.phraseEnd(i + 1);
        const head = this.head(i + 1, end);
        if (head !== undefined && COMMUNICATION_NOUNS.has(head.word)) return this.span(i, end, 'status');
      }
      // "under evaluation", "under active assessment": a thing under an act in progress is a status.
      if (tokens[i].word === 'under' && i + 1 < this.to) {
        const k = tokens[i + 1].word === 'active' || tokens[i + 1].word === 'further' ? i + 2 : i + 1;
        if (k < this.to && (k + 1 === this.to || tokens[k + 1].stop) && isActNoun(tokens[k].word)) return this.span(i, k + 1, 'status');
      }
    }
    for (let k = Math.max(from, this.to - 3); k < this.to; k++) {
      if (FINAL_STATUS.matchAt(tokens, k, this.to) === this.to - k) return this.span(k, this.to, 'status');
    }
    // "70% complete": how far the work is, as a share, is a status of progress, not a count of things ("(95%+)" is a target).
    if (tokens[from].numeric && /^\d+$/.test(tokens[from].word) && tokens[from].percent && from + 2 === this.to && COMPLETION.has(tokens[from + 1].word)) {
      return this.span(from, this.to, 'status');
    }
    const holder = this.holder(from);
    if (holder) return holder;
    // "POA&M item remains open", "the finding stays in draft": a subject that remains as it is reports its state.
    // Only after a subject: "Replace the laptops that remained on Windows 10 ..." acts on them.
    // An item of the plan opening the clause is its subject, even where the word may be a verb ("Action remains with Karen").
    const subject = verbClass(tokens[from].word) === undefined || (ITEM_NOUNS.has(tokens[from].word) && !DETERMINERS.has(tokens[from + 1]?.word ?? ''));
    for (let k = from + 1; k + 1 < this.to && subject; k++) {
      // "Responsibility sits with the Operations Lead", "the action rests with Karen": where the work lies, with a party.
      // Not before a comma: what follows may say what the holder does ("sits with the Practice Manager, who files the report").
      const held = HELD_WITH.has(tokens[k].word) && tokens[k + 1].word === 'with' && tokens[this.to]?.word !== ',';
      if ((!PERSISTING.has(tokens[k].word) && !held) || MODALS.has(tokens[k - 1].word) || RELATIVES.has(tokens[k - 1].word) || tokens[k + 1].word === 'to' || this.s.hedged[k]) continue;
      return this.span(k, this.to, 'status');
    }
    if (this.question) return this.span(from, this.to, 'status');
    return undefined;
  }

  /**
   * "Legal is on it", "the vendor has it", "IT is aware": a party and a form of "be" or "have" with no
   * verb and nothing named after it says who holds the work, not what will be done.
   */
  private holder(from: number): Reason | undefined {
    const { tokens } = this;
    let k = from;
    while (k < this.to && !AUXILIARIES.has(tokens[k].word)) k++;
    if (k === from || k + 1 >= this.to || !this.isPartyPhrase(from, k)) return undefined;
    // "persons who are not working here any more": a verb after "not" or "still" is a verb all the same.
    let after = k + 1;
    while (after + 1 < this.to && INSERTED.has(tokens[after].word)) after++;
    const next = tokens[after];
    if (isParticiple(next.word) || next.word.endsWith('ing') || next.word === 'to' || AUXILIARIES.has(next.word)) return undefined;
    return this.thingWords(k + 1) === 0 && !this.hasQuantity(k + 1) ? this.span(k, this.to, 'status') : undefined;
  }

  /**
   * True when token `i` opens the clause with a word that is no verb the lexicon knows, no name, acronym, number, party or
   * thing WordNet knows, right before a topic ("on", "about", "regarding", "into"), and the topic's phrase is followed by
   * "with" and a party: "Deep-dive on the gaps with the SOC partner", "Huddle about badge audits with the landlord".
   */
  private sessionWithParty(i: number): boolean {
    const { tokens } = this;
    const t = tokens[i];
    if (i !== this.from || i + 3 >= this.to || t.name || t.acronym || t.numeric || FUNCTION_WORDS.has(t.word) || isPartyNoun(t.word) || isWordNetThing(t.word)) return false;
    if (!SESSION_TOPICS.has(tokens[i + 1].word)) return false;
    for (let k = i + 2; k + 1 < this.to && !tokens[k].stop; k++) {
      if (tokens[k].word !== 'with') continue;
      // "On" may place a thing ("Firewall on the guest VLAN with the MSP"): there the topic must be an abstraction ("gaps").
      return startsParty(tokens, k + 1, this.to) && (tokens[i + 1].word !== 'on' || (k - 1 > i + 1 && isAbstractToken(tokens[k - 1])));
    }
    return false;
  }

  /**
   * True when token `i` opens the clause with an adverb of manner in "-ly" right before a verb ("Holistically re-imagine ...",
   * "Securely wipe ..."): it says how, not what; the verb after it is judged. An adverb of frequency ("quarterly", "daily")
   * is a measure and stays; so does a hedge ("periodically"), which the scan already marks.
   */
  private mannerBeforeVerb(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    if (i !== this.from || next === undefined || i + 2 >= this.to || next.stop || next.name || next.acronym || t.name || this.s.hedged[i]) return false;
    if (!ADVERB.test(t.word) || LY_NOUNS.has(t.word) || FREQUENCY_ADVERB.test(t.word)) return false;
    // A verb with a prefix joined by a hyphen is that verb: "re-imagine", "co-design".
    const verb = /^(?:re|co|pre|de|un|over|under)-([a-z]+)$/.exec(next.word)?.[1] ?? next.word;
    return isBaseVerb(verb) || (!FUNCTION_WORDS.has(verb) && isWordNetVerb(verb) && !isWordNetThing(verb));
  }

  judge(): ClauseVerdict {
    const { tokens, s } = this;
    let i = this.from;
    let hedge: Reason | undefined;
    /** The clause opens with "continue to" or "keep": what is already done goes on. */
    let continued = false;
    // Opening hedges and connectives: "we will", "continue to", "and then".
    for (;;) {
      // A ticket or control number before the verb ("#8810 Wipe ...", "INC-7781 waiting on ...") is a label.
      // "..., and the Committee concurs, that the shared login be retired": a clause cut off at "that" is its content. So is
      // one that "and" joins to a clause before it: "resolved that access be limited to Citrix, and that RDP be blocked".
      while (i < this.to && (s.hedged[i] || CONNECTIVES.has(tokens[i].word) || (tokens[i].id && i + 1 < this.to && !tokens[i + 1].stop) ||
        (tokens[i].word === 'that' && this.from > 0 && tokens[this.from - 1].stop && i + 2 < this.to && this.onlyConnectivesBefore(i)) || this.mannerBeforeVerb(i))) i++;
      // "Continuing the monitor of the logs", "Continue the audit of the backups": what goes on is an activity, and a verb's own
      // form before "of" names it, as a writer who turns the verb into a noun writes it; read as "continue to monitor the logs".
      if (this.continuesNamedAct(i)) {
        continued = true;
        hedge ??= this.span(i, i + 1, 'hedge');
        i += 2;
        continue;
      }
      const n = LEADING.matchAt(tokens, i, this.to);
      if (n === 0) break;
      // "keep" and "continue" are verbs when a noun follows: "keep the logs", "continue nightly backups".
      if (n === 1 && (tokens[i].word === 'keep' || tokens[i].word === 'continue') && i + 1 < this.to && !tokens[i + 1].word.endsWith('ing')) break;
      if (CONTINUING.has(tokens[i].word)) continued = true;
      hedge ??= this.span(i, i + n, 'hedge');
      i += n;
    }
    // "Align with DHS BOD 22-01": a clause that only cites a rule names nothing done.
    // "as per IT SOP 4.2", "per the runbook": a citation that opens with a pointer stands in place of the action.
    if (i >= this.to) return { deliverable: false, why: hedge ?? (this.s.hedged[this.from] === CITED ? this.span(this.from, this.to, POINTERS.matchAt(tokens, this.from, this.to) > 0 ? 'status' : 'abstract') : undefined) };
    // "and in addition remove Dropbox from all clinic PCs", "At the same time block the domain at the firewall": a short phrase
    // that opens the clause with a preposition, no comma after it, says when or what else; the order is the verb's after it.
    // Read from that verb; only a deliverable there counts, else the clause is judged as written.
    // "Maybe we change the router": a clause that opens with a possibility commits to nothing.
    // Unless what it offers is a deliverable with a measure of its own: a hedge word alone does not make an action vague.
    // Weighed before a fronted phrase of time or place: "Maybe in next year we buy the firewall" offers the purchase as
    // "Maybe next year we buy ..." does; the phrase says when, the possibility still stands over the verb after it.
    for (let k = this.from; k < i; k++) if (POSSIBILITIES.has(tokens[k].word)) return this.measuredDeliverable(i) ?? { deliverable: false, why: this.span(k, k + 1, 'intention') };
    const fronted = this.frontedVerbAt(i);
    if (fronted > 0) {
      const verdict = this.sub(fronted, hedge);
      if (verdict.deliverable) return verdict;
    }
    // "Try to get the doctors to stop using personal email": an attempt promises the effort, not the result, so what is
    // attempted must be checkable by itself: a count, a product or a system named in it ("try to turn on CloudTrail in all
    // accounts", "try to get the 6 remaining BAAs countersigned"). An attempt at an unmeasured change commits to nothing.
    for (let k = this.from; k < i; k++) if (ATTEMPTS.has(tokens[k].word)) return this.boundedDeliverable(i) ?? { deliverable: false, why: this.span(k, i, 'hedge') };
    // "(The practice should) look to leverage ...": after a modal, a verb the lexicon does not know before "to" and a known verb
    // is a verb of aiming at it ("look to", "aim to"), not a subject and its task: judged as an attempt is.
    if (this.verbFirst && i === this.from && i + 2 < this.to && tokens[i + 1].word === 'to' && verbClass(tokens[i].word) === undefined && !tokens[i].name &&
      !FUNCTION_WORDS.has(tokens[i].word) && isBaseVerb(tokens[i + 2].word) && !isPartyNoun(tokens[i].word)) {
      return this.boundedDeliverable(i + 2) ?? { deliverable: false, why: this.span(i, i + 2, 'hedge') };
    }

    // "... will be deployed to all nurses" after a subject in another clause: a passive without its subject.
    if ((tokens[i].word === 'be' || tokens[i].word === 'been') && i + 1 < this.to && isParticiple(tokens[i + 1].word)) {
      return this.passive(i, i, i + 1, hedge);
    }

    // "We decided to encrypt all 12 laptops", "(we) agreed to get the copier wiped": a decision reported with "to" and a verb is
    // judged by that verb, as one with "that" is (below), and an intention after it stays one ("decided to look into ...").
    if (tokens[i].word.endsWith('ed') && hasVerbFact(tokens[i].word, DECIDING) && tokens[i + 1]?.word === 'to' && i + 3 < this.to &&
      (verbClass(tokens[i + 2].word) !== undefined || gotDone(tokens, i + 2, this.to))) return this.sub(i + 2, hedge);

    // "Assigned to T2", "Sent to the vendor": a participle that opens the clause and passes something to
    // a party reports where the work went, not what will be done.
    // A ticket number before it ("#3307 assigned to T2") labels the clause; the participle still opens it.
    const opens = i === this.from || this.onlyIdentifiers(this.from, i);
    // Irregular participles pass work on as well ("Sent to the vendor", "Given to County IT"), a particle between or not
    // ("Sent over to the radio vendor").
    const to = i + 1 < this.to && PARTICLES.has(tokens[i + 1].word) ? i + 2 : i + 1;
    if (opens && (tokens[i].word.endsWith('ed') || PARTICIPLES.has(tokens[i].word)) && isParticiple(tokens[i].word) && verbClass(tokens[i].word) !== 'handoff' &&
      tokens[to]?.word === 'to' && this.passedOn(to + 1)) {
      return { deliverable: false, why: this.span(i, to + 1, 'status') };
    }

    // "Scheduled for review next sprint", "Submitted for approval", "Flagged for follow-up": what the work was put
    // down for is an act with nothing named to act on, so this is where the work stands.
    if (opens && isParticiple(tokens[i].word) && tokens[i + 1]?.word === 'for' && this.forAnAct(i + 2)) return { deliverable: false, why: this.span(i, i + 3, 'status') };

    // "Completed per Dana", "Closed - see ticket 4411": a participle with nothing done named, then a pointer, says the work
    // is over and where to read about it, not what it was.
    // Only when the pointer closes the clause: "Closed per CHG-2231 after MFA was enforced for all users" says what was done.
    const pointer = opens && isParticiple(tokens[i].word) && i + 1 < this.to ? POINTERS.matchAt(tokens, i + 1, this.to) : 0;
    if (pointer > 0 && !TIME_UNITS.has(tokens[i + 2]?.word ?? '') && this.phraseEnd(i + 1 + pointer) === this.to) {
      return { deliverable: false, why: this.span(i, i + 1 + POINTERS.matchAt(tokens, i + 1, this.to), 'status') };
    }

    // "Covered under the enterprise program", "Inherited from the hosting provider": a participle that opens
    // the clause before a preposition reports a state; judged as the passive it is, with no subject.
    // Not before "that" and a clause: "(the Committee) agreed that the key be replaced" is a past tense reporting what
    // was decided, and the clause after "that" is judged (below, as the verb's object).
    if (opens && isParticiple(tokens[i].word) && tokens[i].word.endsWith('ed') && i + 1 < this.to && PHRASE_ENDS.has(tokens[i + 1].word) && verbClass(tokens[i].word) !== 'handoff' &&
      !reportsThat(tokens, i, this.to)) {
      return this.passive(i, i, i, hedge);
    }

    // "to be destroy the hard disk", "will be change the password": a writer of another language puts the base form where
    // the participle goes. A known verb in its base form after "be", with an object after it, is that verb acting on it.
    if (tokens[i].word === 'be' && this.baseVerbWithObject(i + 1)) return this.sub(i + 1, hedge);

    // "Do not store patient data on USB drives", "Don't share EHR logins", "Never leave laptops in cars": a prohibition is the
    // act it forbids, as checkable as one done, and is judged from that verb, as "Staff must not store ..." already was.
    const forbids = tokens[i].word === 'do' && tokens[i + 1]?.word === 'not' ? 2 : PROHIBITING.has(tokens[i].word) ? 1 : 0;
    if (opens && forbids > 0 && i + forbids < this.to && verbClass(tokens[i + forbids].word) !== undefined) return this.sub(i + forbids, hedge);

    const intention = this.intentionAt(i);
    // "Research Computing will enable ...": a name that starts with an intention word is a subject.
    const subject = intention === 1 && tokens[i + 1]?.name === true && (this.laterVerb(i + 1)?.auxAt ?? i) > i + 1;
    // "Consider enabling MFA on the VPN for all 35 remote users": what is considered, when it is a deliverable with a
    // measure of its own, is named; a hedge word alone does not make the action vague ("consider encryption" names none).
    const considered = intention === 1 && baseForms(tokens[i].word).includes('consider') ? this.measuredDeliverable(i + 1) : undefined;
    if (considered) return considered;
    // "The Committee decided that remote access ... will be limited to the Citrix portal": a decision reported in the past,
    // with what was decided after "that", is judged by that content ("decide whether ..." is still to be decided).
    if (intention === 1 && tokens[i].word.endsWith('ed') && hasVerbFact(tokens[i].word, DECIDING) && tokens[i + 1]?.word === 'that' && i + 2 < this.to) return this.sub(i + 2, hedge, false);
    if (intention > 0 && !subject) return { deliverable: false, why: this.span(i, i + intention, 'intention') };

    // A status, pointer or hand-off in place of the work.
    const status = this.status(i);
    if (status) return { deliverable: false, why: status };

    // "It is necessary to enable ...", "Is necessary to enable ..." (the subject dropped): what follows "to" is the action.
    const adjectiveAt = tokens[i].word === 'it' && i + 1 < this.to && AUXILIARIES.has(tokens[i + 1].word) ? i + 2 : AUXILIARIES.has(tokens[i].word) ? i + 1 : -1;
    // After "to" the word is a verb, known or not ("Is need to degauss the old drives").
    if (adjectiveAt > 0 && adjectiveAt + 2 < this.to && !tokens[adjectiveAt].stop && !tokens[adjectiveAt].name && tokens[adjectiveAt + 1].word === 'to' &&
      (isVerbAfterPronoun(tokens[adjectiveAt + 2]) || gotDone(tokens, adjectiveAt + 2, this.to) || INTENTIONS.matchAt(tokens, adjectiveAt + 2, this.to) > 0)) return this.sub(adjectiveAt + 2, hedge);
    // "The plan is to move the backup drive into the locked closet", "Our next step is to sign the BAA with ClearBill": a short
    // subject, "is" and "to" say what the plan or step consists of; the verb after "to" is the action, judged as it (an
    // intention there stays one: "The plan is to look into options"). Not "are to be encrypted": a passive keeps its subject.
    const copula = this.copulaBeforeTo(i);
    if (copula > 0) return this.sub(copula + 2, hedge);
    // "There is budget and time for the engineers to modify the IAM roles by July": what the means are there for, after
    // "to", is the action; none there ("there is no budget to ...", "not enough time") plans nothing.
    if (tokens[i].word === 'there' && i + 1 < this.to && AUXILIARIES.has(tokens[i + 1].word)) {
      for (let j = i + 2; j + 1 < Math.min(this.to, i + 24); j++) {
        if (NEGATIONS.has(tokens[j].word)) break;
        if (tokens[j].word === 'to' && isVerbAfterPronoun(tokens[j + 1])) return this.sub(j + 1, hedge);
      }
    }
    // "It was agreed that ...", "It is expected that ...": what follows "that" is the action.
    if (tokens[i].word === 'it' && i + 1 < this.to && AUXILIARIES.has(tokens[i + 1].word)) {
      for (let j = i + 2; j < Math.min(this.to, i + 12); j++) {
        if (tokens[j].word === 'that') return this.sub(j + 1, hedge, false);
      }
    }

    const measured = this.hasQuantity(i);
    const outcome = OUTCOMES.matchAt(tokens, i, this.to);
    if (outcome > 0) {
      // "Liaise with the three health plans": after a phrase of working with others ("work with", "liaise with") come the
      // others; how many they are counts whom, not what is delivered. A measure counts after them: "work with Apex IT to
      // encrypt the 40 laptops".
      let others = i + outcome;
      if (tokens[others - 1].word === 'with') while (others < this.to && !tokens[others].stop && !PHRASE_ENDS.has(tokens[others].word) && tokens[others].word !== 'to') others++;
      if (others > i + outcome ? this.hasQuantity(others) : measured) return DELIVERABLE;
      // "Make sure the crew signs a confidentiality agreement": the embedded clause may name the deliverable.
      const embedded = this.laterVerb(i + outcome);
      if (embedded && !embedded.passive && this.sub(embedded.at, undefined).deliverable) return DELIVERABLE;
      return { deliverable: false, why: hedge ?? this.span(i, i + outcome, 'hedge') };
    }

    const known = clauseVerbClass(tokens, i, this.to);
    // After a modal ("must finish ...") the first word is a verb even when the lexicon does not know it.
    const cls = known ?? (this.verbFirst && !FUNCTION_WORDS.has(tokens[i].word) ? 'generic' : undefined);
    // A verb-like first word opens a noun phrase when a verb follows it: "Cleaning company staff to sign ...",
    // "Audit log review procedures will be evaluated".
    if (cls && !this.opensSubject(i)) {
      const verdict = this.judgeVerb(i, cls, hedge);
      // In a list of names, a verb reading that would name a deliverable ("Audit logs") is read as the name it is beside the others.
      if (this.listItem && verdict.deliverable) return this.nounPhrase(i, measured, hedge);
      // "Continue to review audit records": a general verb that only goes on as before names no new deliverable; only a
      // cadence or a count says what is checked ("continue to review the access report every month"). A concrete verb
      // still does a thing one can find ("keep encrypting the laptops").
      if (continued && verdict.deliverable && cls !== 'concrete' && !measured) return { deliverable: false, why: hedge };
      // After a modal or a subject pronoun the first word is a verb, known or not: no noun phrase to fall back on.
      if (verdict.deliverable || known || this.verbFirst) return verdict;
      return this.nounPhrase(i, measured, hedge).deliverable ? NAMED_ONLY : verdict;
    }

    // "Deep-dive on logging gaps with the SOC partner": a first word that is no verb the rule knows and no thing, before a
    // topic and then "with" a party, is done on the topic together with the party: a session, talked, with nothing delivered.
    if (!cls && !measured && this.sessionWithParty(i)) return { deliverable: false, why: hedge ?? this.span(i, i + 2, 'intention') };
    const later = this.laterVerb(i);
    if (later) {
      if (later.passive) {
        const verdict = this.passive(i, later.auxAt, later.at, hedge);
        // "(The Committee directed IT) to turn on automatic logoff after 15 minutes": a concrete verb after "to" with a particle
        // after it ("on", "over", "off") was read as acting on the subject before it, the particle opening a place ("Antivirus
        // to install on all PCs"); a particle is also the verb's own ("turn on", "hand over"), with its object after it. Read
        // either way, the clause names a deliverable when one reading does.
        if (verdict.deliverable || tokens[later.at - 1]?.word !== 'to' || !PARTICLES.has(tokens[later.at + 1]?.word ?? '')) return verdict;
        const active = this.sub(later.at, hedge);
        return active.deliverable ? active : verdict;
      }
      const verdict = this.sub(later.at, hedge);
      // "Each month IT reviews the users of EHR": a cadence put before the subject is how often the verb after it is done,
      // as it is after the object ("IT reviews the users of EHR each month"); read there too.
      const cadence = verdict.deliverable ? i : this.frontedCadence(i, later.at);
      if (cadence > i && this.depth < MAX_DEPTH) {
        const order: number[] = [];
        for (let k = later.at; k < this.to; k++) order.push(k);
        for (let k = i; k < cadence; k++) order.push(k);
        const measuredVerdict = this.reordered(order);
        if (measuredVerdict.deliverable) return measuredVerdict;
      }
      // "The shredder we buy next month", "The router of the clinic we replace in May": a noun phrase put before a pronoun and a
      // verb with no object of its own is that object, as a writer new to English fronts it (with a comma or not).
      if (!verdict.deliverable && this.frontedObject(i, later.at) && this.depth < MAX_DEPTH) {
        const order = [later.at];
        for (let k = i; k < later.at - 1; k++) order.push(k);
        for (let k = later.at + 1; k < this.to; k++) order.push(k);
        const objectVerdict = this.reordered(order);
        if (objectVerdict.deliverable) return objectVerdict;
      }
      return verdict;
    }
    // "Benchmark against peer institutions and identify ...": a word the lexicon does not know, right before a preposition, in
    // a clause that goes on with "and" and a verb, shares that verb's form: it is a verb, judged by what it acts on.
    // The verb after "and" still acts on its own object: "Firewall for the lab and enable MFA" enables MFA.
    const coordinated = this.coordinatedVerbAt(i);
    if (coordinated > 0) {
      const verdict = this.judgeVerb(i, 'generic', hedge);
      if (!verdict.deliverable) {
        const then = this.sub(coordinated, undefined);
        return then.deliverable ? then : verdict;
      }
    }
    return this.nounPhrase(i, measured, hedge);
  }

  /**
   * True when the object at `from` (with its "of" phrases) names no thing, name, acronym or count, and what follows it is only
   * a phrase of place with a count ("at all nine clinics", "across the 4 sites").
   */
  private spreadOnly(from: number): boolean {
    const { tokens } = this;
    let end = this.phraseEnd(from);
    while (end + 1 < this.to && tokens[end].word === 'of') end = this.phraseEnd(end + 1);
    if (end >= this.to || !SPREAD_PREPOSITIONS.has(tokens[end].word) || this.contentWords(from, end) === 0) return false;
    if (this.concreteWords(from, end) > 0 || this.hasQuantity(from, end) || this.hasName(from, end) || this.hasAcronym(from, end)) return false;
    // A document ("policies") or people placed ("security champions") is something to find at each place.
    const head = this.head(from, end);
    if (this.namesDocument(from, end) || (head !== undefined && isPartyNoun(head.word))) return false;
    const spread = this.phraseEnd(end + 1);
    // A span of time ("within 6 months", "in 30 days") is a deadline writers hold work to, no place: judged as before.
    const place = this.head(end + 1, spread);
    if (place === undefined || TIME_UNITS.has(place.word) || DATE_WORDS.has(place.word)) return false;
    return (spread >= this.to || tokens[spread].stop) && this.hasQuantity(end + 1, spread) && !this.hasName(end + 1, spread) && !this.hasAcronym(end + 1, spread);
  }

  /**
   * True when the words from `from` are an item pointer ("item 6", "actions 3 and 5", "R-04") with a particle of carrying on
   * before or after it ("forward", "over"), then nothing, or only where it comes from or goes to ("to the next meeting").
   */
  private carriesItemOn(from: number): boolean {
    const { tokens } = this;
    let k = from;
    const before = k < this.to && CARRYING_PARTICLES.has(tokens[k].word);
    if (before) k++;
    let numbered = false;
    let item = false;
    for (; k < this.to; k++) {
      const t = tokens[k];
      if (ITEM_NOUNS.has(t.word) || t.id) item = true;
      else if (t.numeric || t.id) numbered = true;
      else if (!(t.word === 'and' || t.word === ',' || t.word === 'no' || t.word === '#' || (DETERMINERS.has(t.word) && !WHOLE_GROUP.has(t.word)))) break;
      if (t.id) numbered = true;
    }
    if (!item || !numbered) return false;
    if (!before) {
      if (k >= this.to || !CARRYING_PARTICLES.has(tokens[k].word)) return false;
      k++;
    }
    return k >= this.to || tokens[k].stop || tokens[k].word === 'from' || CARRIED_TO.has(tokens[k].word);
  }

  /**
   * Where the verb is when the clause opens at `i` with a preposition and a short phrase (FRONTED_PHRASE_MAX words at most)
   * right before a verb the lexicon knows, in its base form, with an object after it ("in addition remove Dropbox ...",
   * "at the same time block ..."); else -1. A word after a determiner is the phrase's noun, not the verb ("on the backup
   * server").
   */
  private frontedVerbAt(i: number): number {
    const { tokens } = this;
    if (!FRONTING_PREPOSITIONS.has(tokens[i].word) || this.depth >= MAX_DEPTH) return -1;
    for (let k = i + 2; k < Math.min(this.to - 1, i + 2 + FRONTED_PHRASE_MAX); k++) {
      const before = tokens[k - 1];
      if (tokens[k].stop || this.s.hedged[k]) return -1;
      if (DETERMINERS.has(before.word) || !isBaseVerb(tokens[k].word) || tokens[k].name || tokens[k].acronym) continue;
      const next = tokens[k + 1];
      if (!next.stop && !PHRASE_ENDS.has(next.word)) return k;
    }
    return -1;
  }

  /**
   * Where the verb is, in its base form after "and" or "or", when token `i` opens the clause right before a preposition
   * that places nothing ("against", "with") and is no word the lexicon knows; else -1.
   */
  private coordinatedVerbAt(i: number): number {
    const { tokens } = this;
    if (i + 2 >= this.to || !isUnknownWordBeforeUnplacingPreposition(tokens, i)) return -1;
    for (let k = i + 2; k + 1 < this.to; k++) if ((tokens[k].word === 'and' || tokens[k].word === 'or') && isBaseVerb(tokens[k + 1].word)) return k + 1;
    return -1;
  }

  /**
   * The clause from `at` on when it names a deliverable and holds a quantity or frequency ("enabling MFA for all 35 users"),
   * or a day placed by an event ("disabling leavers' accounts on their final day"), else undefined.
   */
  private measuredDeliverable(at: number): ClauseVerdict | undefined {
    if (at >= this.to || !(this.hasQuantity(at) || this.hasTimePoint(at))) return undefined;
    const verdict = this.sub(at, undefined);
    return verdict.deliverable ? verdict : undefined;
  }

  /** True when a day placed by an event ("the final day", "the same day") stands in [from, clause end). */
  private hasTimePoint(from: number): boolean {
    for (let i = from; i < this.to; i++) if (!this.s.hedged[i] && isTimePoint(this.tokens, i)) return true;
    return false;
  }

  /** True when token `at` is a known verb in its base form ("destroy", not "destroyed") with an object after it. */
  private baseVerbWithObject(at: number): boolean {
    const { tokens } = this;
    if (at + 1 >= this.to || !isBaseVerb(tokens[at].word) || isParticiple(tokens[at].word)) return false;
    const next = tokens[at + 1];
    return !next.stop && !PHRASE_ENDS.has(next.word) && (OBJECT_STARTERS.has(next.word) || DETERMINERS.has(next.word) || !FUNCTION_WORDS.has(next.word));
  }

  /** The clause from `at` on when it names a deliverable that holds a count, a name or a system acronym, else undefined. */
  private boundedDeliverable(at: number): ClauseVerdict | undefined {
    if (at >= this.to || !(this.hasQuantity(at) || this.hasName(at) || this.hasAcronym(at))) return undefined;
    const verdict = this.sub(at, undefined);
    return verdict.deliverable ? verdict : undefined;
  }

  /** True when token `at` is an act or a message ("review", "approval", "follow-up") and nothing after it names a thing, a name or a count. */
  private forAnAct(at: number): boolean {
    if (at >= this.to) return false;
    const w = this.tokens[at].word;
    const act = COMMUNICATION_NOUNS.has(w) || isActNoun(w) || (!this.tokens[at].name && (verbClass(w) === 'generic' || verbClass(w) === 'monitor'));
    // "... next sprint", "... at the next meeting": when it is to happen names nothing acted on.
    let end = at + 1;
    while (end < this.to && !COMING.has(this.tokens[end].word) && !TEMPORAL.has(this.tokens[end].word) && !this.opensComingTime(end)) end++;
    return act && this.thingWords(at + 1, end) === 0 && !this.hasName(at + 1, end) && !this.hasAcronym(at + 1, end) && !this.hasQuantity(at + 1, end);
  }

  /** The first word after a determiner or possessive at `at`: "her review", "their approval" → the act. */
  private actAfter(at: number): number {
    return at < this.to && (DETERMINERS.has(this.tokens[at].word) || POSSESSIVES.has(this.tokens[at].word)) ? at + 1 : at;
  }

  /** True when [from, to) holds only ticket or control numbers: a label before the clause. */
  private onlyIdentifiers(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.tokens[k].id) return false;
    return true;
  }

  /** Length of an intention at `i`, its first word in any form: "look into", "talked to", "discussed". */
  private intentionAt(i: number): number {
    const exact = INTENTIONS.matchAt(this.tokens, i, this.to);
    if (exact > 0 || i >= this.to || !/(?:ed|ing|s)$/.test(this.tokens[i].word)) return exact;
    for (const base of baseForms(this.tokens[i].word)) {
      const n = INTENTIONS.matchAt(this.tokens, i, this.to, base);
      if (n > 0) return n;
    }
    return 0;
  }

  /** True when token `i` is a capitalised noun of a title after another word: "System Security Plan for ...". */
  private titled(i: number): boolean {
    const t = this.tokens[i];
    return i > 0 && !this.tokens[i - 1].stop && t.capital && this.tokens[i - 1].capital;
  }

  /** True when [from, clause end) is only a party: a team, a role, a name ("T2", "the vendor", "Dr. Lee"). */
  private passedOn(from: number): boolean {
    const end = this.phraseEnd(from);
    const head = this.head(from, end);
    // "Forwarded to the account rep for review": what the party is to do with it names no thing either.
    const rest = end === this.to || (this.tokens[end].word === 'for' && this.concreteWords(end + 1) === 0);
    // "Tier 3", "Team 2": a number after a party labels which one.
    const labelled = head !== undefined && head.numeric && end - 2 >= from && this.tokens[end - 2].label && isPartyNoun(this.tokens[end - 2].word);
    // "Assigned to Priya Shah (Privacy Officer)": a short text of capitals reads as Title Case, where capitals name nothing;
    // after a participle that gives the work to someone ("assigned", "designated"), capitalised words are still whom.
    const staffed = from >= 2 && hasVerbFact(this.tokens[from - 2].word, STAFFING) && this.isCapitalsOnly(from, end);
    return rest && head !== undefined && (isPartyNoun(head.word) || labelled || this.isNameOnly(from, end) || staffed);
  }

  /** True when every word of [from, to) but function words is capitalised: a name, whatever the text's case says. */
  private isCapitalsOnly(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has(this.tokens[i].word) && !this.tokens[i].capital) return false;
    return to > from;
  }

  private isNameOnly(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has(this.tokens[i].word) && !isNamed(this.tokens[i])) return false;
    return to > from;
  }

  /** True when the first word, though it can be a verb, is the start of a subject with its own verb later. */
  private opensSubject(i: number): boolean {
    const word = this.tokens[i].word;
    const next = this.tokens[i + 1];
    const participle = /(?:ing|ed)$/.test(word);
    // "said he would handle it": a subject pronoun after a verb opens what it reports, not a subject of its own.
    if (next !== undefined && PRONOUNS.has(next.word) && verbClass(word) === 'position') return false;
    // "Action 3 is carried forward": an item of the plan and its number is the subject of a verb after it, not a verb and a count.
    if (ITEM_NOUNS.has(word) && next !== undefined && i + 2 < this.to && next.numeric && !next.percent && /^\d+$/.test(next.word)) return this.laterVerb(i + 2) !== undefined;
    if (!participle && (next === undefined || i + 1 >= this.to || OBJECT_STARTERS.has(next.word) || next.name || next.numeric)) return false;
    const later = this.laterVerb(i + 1);
    return later !== undefined && later.auxAt < later.at && (participle || this.tokens[later.auxAt].word !== 'to');
  }

  /** A noun phrase: a deliverable only when measured, or long and concrete enough. */
  private nounPhrase(i: number, measured: boolean, hedge: Reason | undefined): ClauseVerdict {
    // "Reopen if issue recurs", "Open when the alarm sounds": one word before a condition is a verb the lexicon does not know,
    // and what the condition names is an event, not its object; the word is judged alone, and the whole quoted.
    // (A longer item names itself: "MFA for all remote users once Duo is licensed" is read as before.)
    const condition = this.actConditionFrom(i);
    if (condition > i && condition < this.to && this.contentWords(i, condition) === 1 && this.depth < MAX_DEPTH) {
      const item = new Clause(this.s, this.from, condition, false, false, this.depth + 1).nounPhrase(i, this.hasQuantity(i, condition), hedge);
      return item.deliverable ? item : { deliverable: false, why: hedge ?? this.span(i, this.to, this.contentWords(i, condition) >= 4 ? 'abstract' : 'fragment') };
    }
    // "Backup health check", "EHR access review": a noun phrase whose head is a general verb's act names that act done to
    // the words before it, and is judged as the verb is ("check backup health" names nothing to find).
    const act = measured ? undefined : this.actOnModifiers(i);
    if (act !== undefined && !act.deliverable) return { deliverable: false, why: hedge ?? this.span(i, this.to, this.contentWords(i) >= 4 ? 'abstract' : 'fragment') };
    // Names and acronyms alone ("MFA EDR DLP", "Okta Verify") are a list of controls or a topic: a common noun says what is there.
    if (measured || (this.contentWords(i) >= 3 && this.namesThing(i, this.phraseEnd(i)) && this.thingWords(i) >= 2 && this.commonThings(i) > 0 && !this.hasFloatingHedge())) return NAMED_ONLY;
    // A thing put on a thing, checklist style: "Duo on VPN", "Paubox for email".
    const end = this.phraseEnd(i);
    // A year or a number is no thing to put it on ("Vendor program for 2026").
    const onto = this.phraseEnd(end + 1);
    // A time from now after the thing says when it is put there ("Shredder for billing this month"): the place is also read
    // without it.
    let when = onto;
    while (when - 1 > end + 1 && inRelativeTime(this.tokens, when - 1)) when--;
    // "MFA on EHR remote access": a function of a system named by its acronym ("EHR remote access", "VPN logins") is where
    // the control is put, like the system itself.
    if (end > i && end < this.to && PLACED.has(this.tokens[end].word) && this.namesThing(i, end) && !this.hasFloatingHedge() &&
      (when === onto ? [onto] : [onto, when]).some((to) => (this.namesThing(end + 1, to) || this.systemFunction(end + 1, to)) && !this.isBareNumber(this.head(end + 1, to)))) return NAMED_ONLY;
    // "A decision on whether to retire the fax server ...": an open question, not a deliverable.
    for (let k = i; k < this.to; k++) if (this.s.hedged[k] === QUESTION) return { deliverable: false, why: hedge ?? this.span(k, this.questionEnd(k), 'intention') };
    // A long phrase with no verb the rule knows is not too short: it names nothing ("Harness synergies between ...").
    return { deliverable: false, why: hedge ?? this.span(i, this.to, this.contentWords(i) >= 4 ? 'abstract' : 'fragment') };
  }

  /**
   * The noun phrase at `i` read as its head's verb acting on the words before the head ("Backup health check" as "check backup
   * health"), when the head is a general verb in its base form ("check", "review") after words that are no name;
   * else undefined. A concrete verb's noun ("Backup restore test", "screen lock") names the thing made.
   */
  private actOnModifiers(i: number): ClauseVerdict | undefined {
    const end = this.phraseEnd(i);
    const head = end - 1;
    if (head <= i || this.depth >= MAX_DEPTH || this.head(i, end) !== this.tokens[head]) return undefined;
    const t = this.tokens[head];
    // A verb of watching or an empty one names a thing as a noun more often than an act ("the check-in monitor", "the failed drive").
    if (t.name || t.acronym || !isBaseVerb(t.word) || verbClass(t.word) !== 'generic' || isEmptyVerb(t.word) || this.hasName(i, head)) return undefined;
    const order = [head];
    for (let k = i; k < head; k++) order.push(k);
    for (let k = end; k < this.to; k++) order.push(k);
    const tokens = order.map((k) => this.tokens[k]);
    return new Clause({ tokens, hedged: Uint8Array.from(order, (k) => this.s.hedged[k]) }, 0, tokens.length, false, true, this.depth + 1).judge();
  }

  /** Where a condition on when an act happens opens in the clause ("if the issue recurs"), or the clause end. */
  private actConditionFrom(from: number): number {
    for (let k = from; k < this.to; k++) if (ACT_CONDITIONS.has(this.tokens[k].word) && !this.s.hedged[k] && !isQuantity(this.tokens, k)) return k;
    return this.to;
  }

  /** True when the phrase [from, to) is a function of a system its acronym names: "EHR remote access", not "HIPAA compliance" or "security awareness". */
  private systemFunction(from: number, to: number): boolean {
    const head = this.head(from, to);
    // A quality or a state of the system ("EHR security", "HIPAA compliance", "PHI awareness") is no function of it.
    if (head === undefined || head.acronym || isPartyNoun(head.word) || isFrameNoun(head.word) || COMMUNICATION_NOUNS.has(head.word) ||
      ABSTRACT_SUFFIX.test(head.word) || isWordNetAbstract(head.word)) return false;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k];
      if (t === head) break;
      if (t.acronym && !t.name && !STANDARD_NAMES.has(t.word) && !this.s.hedged[k]) return true;
    }
    return false;
  }

  /** A number that is no product's designation: "2026" is a year to put nothing on; "M365", "Win11" are systems. */
  private isBareNumber(t: Token | undefined): boolean {
    return t !== undefined && t.numeric && !t.name;
  }

  /** The end of the question that starts at `k`. */
  private questionEnd(k: number): number {
    let end = k;
    while (end < this.to && this.s.hedged[end] === QUESTION) end++;
    return end;
  }

  /** The clause from token `at` on, judged on its own, as a verb-first clause. */
  subFrom(at: number): ClauseVerdict {
    return this.sub(at, undefined);
  }

  /** The clause from token `at` on, judged on its own, keeping an opening hedge already found. */
  /** The clause read with its tokens in the order given, a verb first. */
  private reordered(order: readonly number[]): ClauseVerdict {
    const tokens = order.map((k) => this.tokens[k]);
    return new Clause({ tokens, hedged: Uint8Array.from(order, (k) => this.s.hedged[k]) }, 0, tokens.length, this.question, true, this.depth + 1).judge();
  }

  /**
   * True when the clause opens at `i` with a determiner and a noun phrase of up to six words, then a subject pronoun and, at
   * `verb`, a verb the lexicon knows with no object after it: "The shredder we buy next month".
   */
  private frontedObject(i: number, verb: number): boolean {
    const { tokens } = this;
    if (!DETERMINERS.has(tokens[i].word) || verb - 1 - i < 2 || verb - 1 - i > 7 || !PRONOUNS.has(tokens[verb - 1].word) || verbClass(tokens[verb].word) === undefined) return false;
    for (let k = i + 1; k < verb - 1; k++) if (tokens[k].stop || MODALS.has(tokens[k].word) || AUXILIARIES.has(tokens[k].word)) return false;
    const next = tokens[verb + 1];
    return verb + 1 >= this.to || next.stop || PHRASE_ENDS.has(next.word) || inRelativeTime(tokens, verb + 1);
  }

  /**
   * The end of a cadence that opens the clause at `i`, before `limit`: "every month", "each Friday", "weekly", "once a
   * quarter"; `i` when there is none. A number is no cadence here: before a subject it counts the subject.
   */
  private frontedCadence(i: number, limit: number): number {
    const { tokens } = this;
    const w = tokens[i]?.word;
    if (w === undefined || this.s.hedged[i] || tokens[i].numeric || !isQuantity(tokens, i)) return i;
    const end = w === 'every' || w === 'each' || w === 'per' ? i + 2 : w === 'once' || w === 'twice' ? (FREQUENCY_WORDS.has(tokens[i + 1]?.word ?? '') || TIME_UNITS.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 3) : FREQUENCY_WORDS.has(w) ? i + 1 : i;
    return end < limit ? end : i;
  }

  private sub(at: number, hedge: Reason | undefined, verbFirst = true): ClauseVerdict {
    if (at >= this.to || this.depth >= MAX_DEPTH) return { deliverable: false, why: hedge ?? this.span(this.from, this.to, 'fragment') };
    const verdict = new Clause(this.s, at, this.to, this.question, verbFirst, this.depth + 1).judge();
    return verdict.deliverable ? verdict : { deliverable: false, why: hedge ?? verdict.why };
  }

  /**
   * A passive ("privacy filters will be affixed to the monitors", "BAA signed") is judged as
   * its active reading: the participle acting on the subject, then the rest of the clause.
   */
  private passive(subjectFrom: number, auxAt: number, at: number, hedge: Reason | undefined): ClauseVerdict {
    const order = [at];
    for (let k = subjectFrom; k < auxAt; k++) order.push(k);
    for (let k = at + 1; k < this.to; k++) order.push(k);
    const tokens = order.map((k) => this.tokens[k]);
    const hedged = Uint8Array.from(order, (k) => this.s.hedged[k]);
    if (this.depth >= MAX_DEPTH) return { deliverable: false, why: hedge ?? this.span(subjectFrom, at + 1, 'hedge') };
    const active = new Clause({ tokens, hedged }, 0, tokens.length, this.question, false, this.depth + 1);
    const participle = this.tokens[at].word;
    const base = PARTICIPLES.get(participle);
    if (baseForms(participle).some((b) => INTENTION_VERBS.has(b))) return { deliverable: false, why: this.span(at, at + 1, 'intention') };
    // "Further updates regarding the migration are anticipated", "The vendor's report is expected": what is expected to come
    // is waited for, whatever it names; only what it is expected to be done ("expected to be encrypted by June") is work.
    if (baseForms(participle).some((b) => EXPECTING_VERBS.has(b)) && this.tokens[at + 1]?.word !== 'to') return { deliverable: false, why: hedge ?? this.span(auxAt, at + 1, 'status') };
    // "No change to the process is proposed", "no further action will be taken": a subject that denies any act, with a
    // general verb, says nothing will be done. A concrete verb makes it a prohibition one can check ("no remote access
    // will be allowed without Duo", "no PHI will be sent by text").
    if (verbClass(base ?? participle) !== 'concrete' && this.deniesAct(subjectFrom, auxAt)) return { deliverable: false, why: this.span(subjectFrom, at + 1, 'status') };
    // "Milestones and owners to be defined by the workstream leads": what is still to be decided is a placeholder,
    // like "to be determined", unless a measure already says what it will be ("retention to be set to 365 days").
    if (hasVerbFact(base ?? participle, DECIDING) && !active.hasQuantity(0)) return { deliverable: false, why: hedge ?? this.span(auxAt, at + 1, 'status') };
    const known = (base && verbClass(base)) || verbClass(participle);
    const cls = known || 'generic';
    // "Device inventory to be updated": a generic verb in the passive with nothing after it says what
    // should become true, not what will be done. A verb the lexicon does not know ("accounts will be
    // deactivated") is judged by its object, the subject.
    const complement = 1 + (auxAt - subjectFrom);
    // What it is updated for is not what it is updated with: "SSP to be updated to reflect the current environment".
    const purposeAt = active.purposeFrom(complement);
    if (known && cls !== 'concrete' && active.concreteWords(complement, purposeAt) === 0 && !active.hasQuantity(complement)) {
      // ... unless the purpose is a deliverable: "Firewall rules to be updated to block RDP from the internet".
      if (purposeAt < active.to && active.subFrom(purposeAt + 1).deliverable) return DELIVERABLE;
      return { deliverable: false, why: hedge ?? this.span(subjectFrom, at + 1, 'hedge') };
    }
    const verdict = active.judgeVerb(0, cls, undefined);
    if (verdict.deliverable) return verdict;
    // The active reading's words are out of order: quote the passive as written. So when the active reading's quote runs
    // backwards over the text ("2 added": "added" is quoted to the "2" before it).
    const inOrder = verdict.why !== undefined && verdict.why.start < verdict.why.end;
    const why = hedge ?? (known && inOrder ? verdict.why : this.span(subjectFrom, at + 1, verdict.why?.reason ?? 'abstract'));
    // "Ticket raised with Apex IT", "WO submitted": a message made or raised, and nothing done to a thing, is where the work
    // stands, a status in the action's place; beside a thing only named ("Badge reader B110 - WO submitted") it leaves a topic.
    // One closed or resolved ("Lock replaced - ticket closed") says the work it asked for ended: no status in its place; one
    // a light verb gives ("Consideration will be given to ...") is the act it names.
    const subject = this.head(subjectFrom, auxAt);
    if (why !== undefined && why.reason !== 'status' && why.reason !== 'intention' && subject !== undefined && COMMUNICATION_NOUNS.has(subject.word) &&
      !COMPLETION.has(participle) && !baseForms(participle).some((b) => ENDING_VERBS.has(b)) && !GIVING_LIGHT_VERBS.has(baseOf(participle))) {
      return { deliverable: false, why: { ...why, reason: 'status' } };
    }
    return { deliverable: false, why };
  }

  /**
   * True when a form of "continue" at `i` is followed by "the" (or "a") and a bare verb the lexicon knows, then "of": the verb
   * names the activity continued ("continue the monitor of the logs"), not a thing of that name (a display). "Keep" is left out: what is
   * kept ("keep the log of visitors", "keep a copy of the BAA") is a record.
   */
  private continuesNamedAct(i: number): boolean {
    const { tokens } = this;
    if (i + 3 >= this.to || !baseForms(tokens[i].word).includes('continue') || !ARTICLES.has(tokens[i + 1].word) || tokens[i + 3].word !== 'of') return false;
    const act = tokens[i + 2];
    // A noun already read as an act or an abstraction ("the use of", "the review of") is judged as it was.
    return !act.name && !act.acronym && !ADJECTIVE_ENDING.test(act.word) && !act.word.endsWith('s') && verbClass(act.word) !== undefined && !isAbstractToken(act);
  }

  /** True when the subject [from, to) is "no" and an act ("no change", "no further action") or "nothing": it denies that anything is done. */
  private deniesAct(from: number, to: number): boolean {
    const first = this.tokens[from]?.word;
    if (from >= to || (first !== 'no' && first !== 'nothing')) return false;
    if (first === 'nothing') return true;
    const head = this.head(from + 1, Math.min(to, this.phraseEnd(from + 1)));
    return head !== undefined && !head.name && !head.acronym && (isActNoun(head.word) || isVerbNoun(head.word) || verbClass(head.word) !== undefined || ABSTRACT_NOUNS.has(head.word));
  }

  /**
   * The verb after a short subject: a modal or auxiliary and the verb ("the vendor will enable",
   * "Responsibility is hereby assigned"), a bare participle ("Ticket opened w/ Okta"), or a past
   * tense with an object ("Dr. Nguyen approved the budget").
   */
  private laterVerb(from: number): { at: number; auxAt: number; passive: boolean } | undefined {
    const { tokens } = this;
    const limit = Math.min(this.to, from + 16);
    let bare: { at: number; auxAt: number; passive: boolean } | undefined;
    for (let m = from; m < limit; m++) {
      const w = tokens[m].word;
      if (this.s.hedged[m]) return bare;
      // "Technician to swap the failed UPS battery": after a party and "to", the word is its verb, known or not.
      // "Printer moved to locked office": a participle after "to" qualifies the noun after it; the place is no verb's object.
      if (w === 'to' && participleBeforeNoun(tokens, m + 1, this.to)) continue;
      // "Chair to liaise with Finance": after a subject and "to", a phrase of intention or outcome opens the clause's verb.
      if (w === 'to' && m > from && m + 2 < this.to && tokens[m + 1].word !== 'be' && (INTENTIONS.matchAt(tokens, m + 1, this.to) > 0 || OUTCOMES.matchAt(tokens, m + 1, this.to) > 0)) return { at: m + 1, auxAt: m + 1, passive: false };
      if (w === 'to' && !(tokens[m + 1]?.word === 'be' || (m + 1 < this.to && verbClass(tokens[m + 1].word)) || gotDone(tokens, m + 1, this.to) || phrasalVerbAt(tokens, m + 1, this.to) ||
        (m > from && m + 2 < this.to && isVerbAfterPronoun(tokens[m + 1]) && (startsParty(tokens, from, m) || namesPerson(tokens, from, m))))) continue;
      // "For the tablets we install Intune": a pronoun and a known verb; "we try to ...", "she'll think about ...": an intention.
      const pronoun = PRONOUNS.has(w) || PRONOUNS.has(w.replace(/'(?:ll|d)$/, ''));
      if (pronoun && m + 1 < this.to && ((verbClass(tokens[m + 1].word) && !MODALS.has(tokens[m + 1].word)) || INTENTIONS.matchAt(tokens, m + 1, this.to) > 0)) return { at: m + 1, auxAt: m + 1, passive: false };
      // "We speak with the accountant ...": after a pronoun, a word the lexicon does not know is still its verb.
      if (pronoun && m === from && m + 2 < this.to && isVerbAfterPronoun(tokens[m + 1])) return { at: m + 1, auxAt: m + 1, passive: false };
      // An intention after its subject: "that the organization consider the adoption of ...".
      // A copula ("be", "stay") after a noun is not an intention: "that all laptops be enrolled".
      if (m > from && (!FUNCTION_WORDS.has(tokens[m - 1].word) || tokens[m - 1].word === 'to') && !COPULAS.has(w) && !this.titled(m) && INTENTIONS.matchAt(tokens, m, this.to) > 0 && m + 1 < this.to && !tokens[m + 1].stop && !MODALS.has(tokens[m + 1].word) && !AUXILIARIES.has(tokens[m + 1].word)) return { at: m, auxAt: m, passive: false };
      // A phrase of working with others after a person or a party, in the base form after "that": "(the Chair asked) that
      // Mr. Okafor liaise with the health plans" is the person's verb, as "Chair to liaise with ..." is.
      if (m > from && tokens[m + 1]?.word === 'with' && OUTCOMES.matchAt(tokens, m, this.to) === 2 &&
        (startsParty(tokens, from, m) || namesPerson(tokens, from, m))) return { at: m, auxAt: m, passive: false };
      // A verb in the present after its subject, with an object: "the Committee acknowledges the risk", "the crew signs a ...".
      if (m > this.from && w.endsWith('s') && verbClass(w) && m + 1 < this.to && DETERMINERS.has(tokens[m + 1].word)) return { at: m, auxAt: m, passive: false };
      // In a clause after "that", the word after a party subject is its verb in the base form, known or not:
      // "(we recommend) that the practice foster collaboration ...", "that the vendor tighten up ...".
      if (m > this.from && this.from > 0 && tokens[this.from - 1].word === 'that' && this.subjunctiveAt(m)) return { at: m, auxAt: m, passive: false };
      // The verb after "that" in its base form, after a party or an adverb: "that HR and Compliance jointly determine the ...".
      if (m > this.from && verbClass(w) && m + 1 < this.to && DETERMINERS.has(tokens[m + 1].word) && !tokens[m].name &&
        (isPartyNoun(tokens[m - 1].word) || isNamed(tokens[m - 1]) || (ADVERB.test(tokens[m - 1].word) && !LY_NOUNS.has(tokens[m - 1].word)))) return { at: m, auxAt: m, passive: false };
      // A stance after its subject: "Vendor says it's encrypted", "the Committee acknowledges ...".
      if (m > this.from && verbClass(w) === 'position') return { at: m, auxAt: m, passive: false };
      // A verb that reports what follows "that": "the Board recommends that ...", "Members resolved that ...".
      if (m > this.from && reportsThat(tokens, m, this.to)) return { at: m, auxAt: m, passive: false };
      // "Courier bags get a tamper seal starting Monday", "every tablet gets a passcode": after its subject, "get" before a
      // determiner is no auxiliary but the verb: the subject receives the thing, which is put on it.
      if (m > this.from && RECEIVING.has(w) && !FUNCTION_WORDS.has(tokens[m - 1].word) && !MODALS.has(tokens[m - 1].word) && ARTICLES.has(tokens[m + 1]?.word ?? '') && m + 2 < this.to) {
        return { at: m, auxAt: m, passive: false };
      }
      if (MODALS.has(w) || AUXILIARIES.has(w)) {
        let j = m + 1;
        if (tokens[j]?.word === 'to') j++; // "needs to"
        // "will have the Privacy Officer look into ...": "have" or "get" before a determiner is the verb itself.
        while (j < this.to && (AUXILIARIES.has(tokens[j].word) || INSERTED.has(tokens[j].word) || MODALS.has(tokens[j].word)) &&
          !(CAUSATIVES.has(tokens[j].word) && j > m && DETERMINERS.has(tokens[j + 1]?.word ?? '')) && !(w === 'to' && gotDone(tokens, j, this.to))) j++;
        if (j >= this.to) return bare;
        // "Antivirus ESET to install in all 7 computers": a concrete verb after "to" with no object of its own acts on the subject.
        // ("voted to require that all laptops be encrypted": "that" opens what is required, its object.)
        const objectless = w === 'to' && j === m + 1 && verbClass(tokens[j].word) === 'concrete' && (j + 1 >= this.to || (PHRASE_ENDS.has(tokens[j + 1].word) && tokens[j + 1].word !== 'that'));
        // "has taken", "have replaced": right after a form of "have", a participle is the perfect of an active verb.
        const perfect = HAVE_FORMS.has(tokens[j - 1].word);
        const passive = objectless || (!perfect && j > m + 1 && (tokens[j - 1].word === 'be' || tokens[j - 1].word === 'been' || AUXILIARIES.has(w)) && isParticiple(tokens[j].word));
        const causative = CAUSATIVES.has(tokens[j].word) && DETERMINERS.has(tokens[j + 1]?.word ?? '');
        if (passive || (MODALS.has(w) && (!FUNCTION_WORDS.has(tokens[j].word) || causative))) return { at: j, auxAt: m, passive };
        if (AUXILIARIES.has(w) && isParticiple(tokens[j].word)) return { at: j, auxAt: m, passive: !perfect };
        // "we are checking with the reseller": a verb in the progressive.
        if (AUXILIARIES.has(w) && tokens[j].word.endsWith('ing') && !FUNCTION_WORDS.has(tokens[j].word)) return { at: j, auxAt: m, passive: false };
        return bare;
      }
      // A bare participle after a noun ("Ticket opened", "BAA signed"), not after a determiner ("the shared
      // login"), when no auxiliary follows ("the servers identified in the inventory will be patched").
      if (bare === undefined && isParticiple(w) && !FUNCTION_WORDS.has(w) && m > this.from && !FUNCTION_WORDS.has(tokens[m - 1].word)) {
        const next = tokens[m + 1];
        // "Bin emptied every Friday": "every" and a time is how often, not an object of its own.
        // "Members expressed support ...": after a party, a participle before a bare noun is the past tense of what the party did.
        const byParty = isPartyNoun(tokens[m - 1].word) && next !== undefined && m + 1 < this.to && !next.stop && !FUNCTION_WORDS.has(next.word) && !PHRASE_ENDS.has(next.word);
        // "KnowBe4 training assigned all staff": everyone of a group after it receives the subject, which is what is done to.
        const toParty = next !== undefined && m + 1 < this.to && WHOLE_GROUP.has(next.word) && startsParty(tokens, m + 1, this.to) && !isPartyNoun(tokens[m - 1].word);
        bare = { at: m, auxAt: m, passive: toParty || (!byParty && !(next !== undefined && m + 1 < this.to && DETERMINERS.has(next.word) && !isQuantity(tokens, m + 1))) };
      }
      if (w === 'that' || w === 'which' || w === 'who') return bare;
    }
    return bare;
  }

  /**
   * True when token `m` is the verb of a clause after "that" in its base form, after a short subject: a party ("that
   * the vendor tighten up ..."), or a determiner and one noun ("that the practice foster ..."), or a known verb or an
   * intention after a determiner and up to three words ("that the billing office staff review ...").
   */
  private subjunctiveAt(m: number): boolean {
    const { tokens } = this;
    const t = tokens[m];
    const before = tokens[m - 1];
    // "(Resolved) that IT remove Jenny's EHR access": a department's acronym ("IT", "HR") is a party, though lower-cased "it" is a pronoun.
    const department = before.acronym && DEPARTMENT_ACRONYMS.has(before.word);
    if (m + 1 >= this.to || !isVerbAfterPronoun(t) || isPartyNoun(t.word) || /(?:s|ed|ing|ly)$/.test(t.word) || (FUNCTION_WORDS.has(before.word) && !department) || before.stop) return false;
    // "that a phishing test conducted twice a year ...": a participle after the word makes it the head of the subject.
    // So does a modal or a form of "be" after it: the verb comes after them ("that the VPN key be replaced", "that the
    // Information Technology Department shall enable ...").
    const after = tokens[m + 1].word;
    // After a party, a known verb stays the verb before a participle that qualifies its object: "that IT replace self-signed
    // certificates", "that the vendor remove shared logins".
    const partyActs = (isPartyNoun(before.word) || department) && verbClass(t.word) !== undefined && !PHRASE_ENDS.has(tokens[m + 2]?.word ?? '') && !(tokens[m + 2]?.stop ?? true);
    if ((after.endsWith('ed') && isParticiple(after) && !partyActs) || MODALS.has(after) || AUXILIARIES.has(after)) return false;
    // An adjective before it makes it a noun: "that the annual risk analysis will be performed".
    if (!before.name && !before.acronym && isModifier(before.word) && !isPartyNoun(before.word)) return false;
    if (isPartyNoun(before.word) || department) return true;
    if (!DETERMINERS.has(tokens[this.from].word) || m - this.from > 4) return false;
    return m === this.from + 2 || verbClass(t.word) !== undefined || INTENTIONS.matchAt(tokens, m, this.to) > 0 || OUTCOMES.matchAt(tokens, m, this.to) > 0;
  }

  /**
   * Where "is" (or "was") stands after a short subject opened by a determiner at `i`, right before "to" and a verb the lexicon
   * knows, "get" with a thing done, an intention, an outcome or an opening hedge, else -1: "The plan is to move ...", "Our next
   * step is to sign ...", "The goal is to ensure ...".
   */
  private copulaBeforeTo(i: number): number {
    const { tokens } = this;
    if (!DETERMINERS.has(tokens[i].word)) return -1;
    for (let k = i + 1; k < Math.min(this.to - 3, i + 5); k++) {
      const w = tokens[k].word;
      if (w === 'is' || w === 'was') {
        const verb = tokens[k + 2];
        return k > i + 1 && tokens[k + 1].word === 'to' && verb.word !== 'be' && (verbClass(verb.word) !== undefined || gotDone(tokens, k + 2, this.to) ||
          INTENTIONS.matchAt(tokens, k + 2, this.to) > 0 || OUTCOMES.matchAt(tokens, k + 2, this.to) > 0 || LEADING.matchAt(tokens, k + 2, this.to) > 0) ? k : -1;
      }
      if (tokens[k].stop || PHRASE_ENDS.has(w) || RELATIVES.has(w) || MODALS.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w)) return -1;
    }
    return -1;
  }

  /** True when only connectives ("and", "also") stand between the clause's start and token `i`. */
  private onlyConnectivesBefore(i: number): boolean {
    for (let k = this.from; k < i; k++) if (!CONNECTIVES.has(this.tokens[k].word)) return false;
    return true;
  }

  /** Judges a clause whose verb is at `at`, of class `cls`, by what it acts on. */
  judgeVerb(at: number, cls: VerbClass, hedge: Reason | undefined): ClauseVerdict {
    const { tokens } = this;
    // "Escalated to Tier 3" passes the work on; "refer lost-device reports to the MSP within 1 hour" is a step with a measure.
    if (cls === 'handoff' && !(this.hasQuantity(at + 1) && this.concreteWords(at + 1) > 0)) return { deliverable: false, why: this.span(at, at + 1, 'status') };
    if (cls === 'position') return { deliverable: false, why: this.span(at, at + 1, 'intention') };
    // "Review and update the sanctions policy": the last of coordinated verbs carries the object.
    // A concrete verb before it acts on that object too: "Document and maintain the asset inventory" documents it.
    let concreteAt: number | undefined;
    for (let n = 0; n < 4; n++) {
      const joined = tokens[at + 1]?.word;
      const next = (joined === 'and' || joined === 'or' || joined === ',') && at + 2 < this.to ? verbClass(tokens[at + 2].word) : undefined;
      if (!next) break;
      if (cls === 'concrete') concreteAt ??= at;
      at += 2;
      cls = next;
      if (cls === 'handoff' || cls === 'position') return this.judgeVerb(at, cls, hedge);
    }
    const verdict = this.judgeObject(at, cls, hedge, tokens[at].word);
    if (verdict.deliverable || concreteAt === undefined || cls === 'concrete') return verdict;
    const shared = this.judgeObject(at, 'concrete', hedge, tokens[concreteAt].word);
    return shared.deliverable ? shared : verdict;
  }

  /** Judges what the verb at `at` (of class `cls`, read as `word`) acts on: the words after it to the clause end. */
  private judgeObject(at: number, cls: VerbClass, hedge: Reason | undefined, word: string): ClauseVerdict {
    const { tokens } = this;
    let objectFrom = at + 1;
    if (objectFrom < this.to && PARTICLES.has(tokens[objectFrom].word)) {
      objectFrom++;
      // "Sign off on the BAA", "opt out of the portal": after a particle, "on" or "of" opens the object.
      if (objectFrom + 1 < this.to && (tokens[objectFrom].word === 'on' || tokens[objectFrom].word === 'of') && !tokens[objectFrom + 1].stop) objectFrom++;
    }
    // "Deal with the DCC later": "with" right after a verb of dealing opens its object, as "tackle the DCC" has it; a means
    // ("leverage the SIEM with ...") comes after an object, never in its place.
    if (isEmptyVerb(word) && objectFrom === at + 1 && tokens[objectFrom]?.word === 'with' && objectFrom + 1 < this.to && !tokens[objectFrom + 1].stop &&
      tokens[objectFrom].start > tokens[at].start) objectFrom++;
    const verbWords = this.span(at, objectFrom, 'no-object');
    // "Carry forward from last year's plan", "roll over from the 2025 plan": a verb and a particle of carrying on, with nothing
    // after them but where the work comes from, move nothing named: the item itself is carried on, a deferral. "Forward" is
    // in time, so where it goes to says the same ("roll forward to the FY27 plan"); "over" to a place may be a move ("move
    // over to Microsoft 365").
    const carried = objectFrom > at + 1 ? tokens[at + 1].word : '';
    const whence = tokens[objectFrom]?.word ?? '';
    if ((CARRYING_PARTICLES.has(carried) && whence === 'from') || (carried === 'forward' && CARRIED_TO.has(whence))) return { deliverable: false, why: hedge ?? this.span(at, this.to, 'status') };
    // "Carry forward item 6", "Item 6 is carried forward" (read as "carried item 6 forward"), "Action 4 rolled over to the May
    // meeting": an item of the plan or of the minutes, named only by its number, carried on is deferred, nothing done to it.
    if (this.carriesItemOn(at + 1)) return { deliverable: false, why: hedge ?? this.span(at, this.to, 'status') };
    // "Assess whether upgrades are warranted": the verb acts on a question, so nothing is done yet.
    if (this.s.hedged[objectFrom] === QUESTION) return { deliverable: false, why: hedge ?? this.span(at, this.questionEnd(objectFrom), 'intention') };
    const whole = this.span(at, this.to, 'abstract');
    // "Move from a compliance-led to a risk-led posture", "transition from ad-hoc to managed vulnerability management": a verb
    // with no object before "from ... to ..." changes the practice from one state to another; only a thing, a name or a count
    // where it goes ("move from paper charts to the EHR") says what is delivered.
    if (objectFrom === at + 1 && tokens[objectFrom]?.word === 'from') {
      const target = changeTarget(tokens, objectFrom, this.to);
      const end = target > 0 ? this.phraseEnd(target + 1) : -1;
      const head = target > 0 ? this.head(target + 1, end) : undefined;
      const state = head === undefined || this.concreteWords(target + 1, end) === 0 || isAbstractToken(head) || isFrameNoun(head.word);
      if (target > 0 && state && !this.hasName(target + 1, end) && !this.hasAcronym(target + 1, end) && !this.hasQuantity(target + 1, end)) {
        return { deliverable: false, why: hedge ?? whole };
      }
    }
    // "Will reopen if the issue recurs", "restart when it hangs": a condition right after the verb says when it acts, not on
    // what; what the condition names is the event, not the object ("once a year" is a frequency, judged below).
    if (objectFrom < this.to && tokens[objectFrom].start > tokens[at].start && ACT_CONDITIONS.has(tokens[objectFrom].word) && !isQuantity(tokens, objectFrom)) {
      return { deliverable: false, why: hedge ?? this.span(at, this.to, 'no-object') };
    }
    // "Email secure", "Laptops safe": a first word that could be a verb, then only a quality, is a thing and the state it should
    // be in; an adjective is nothing a verb acts on, and the state reached is an outcome, not a deliverable.
    const only = tokens[objectFrom];
    if (objectFrom + 1 === this.to && only.start > tokens[at].start && !only.name && !only.acronym && !only.numeric &&
      (OUTCOME_ADJECTIVES.has(only.word) || isModifier(only.word)) && !isQuantity(tokens, objectFrom) && !isParticiple(only.word)) return { deliverable: false, why: hedge ?? whole };
    // "Review the console for anything weird", "check the logs for something odd": what is looked for is left open, so
    // nothing defines what the look finds or produces.
    if (cls !== 'concrete') {
      for (let k = objectFrom; k + 1 < this.to; k++) {
        if (tokens[k].word === 'for' && ANY_THING.has(tokens[k + 1].word) && !this.s.hedged[k] && !this.hasQuantity(k + 1)) return { deliverable: false, why: hedge ?? this.span(at, this.to, 'abstract') };
      }
    }
    // "Take note of", "make note of": a light verb and a noun of stance state the stance, as its verb ("note") does.
    if (STANCE_LIGHT_VERBS.has(word)) {
      // A bare noun only: "make a note in the asset register" writes one down.
      if (objectFrom < this.to && verbClass(tokens[objectFrom].word) === 'position') return { deliverable: false, why: hedge ?? this.span(at, objectFrom + 1, 'intention') };
    }
    // "Pay attention to phishing emails", "give serious thought to the badge system": a light verb of giving whose object is
    // an abstraction, with no party to receive it ("give staff access to ..."), gives nothing; the act it names is only
    // done when what follows "to" is itself a deliverable ("give priority to patching the EHR server").
    // (Read in the text's order only: a passive's active reading puts its subject after the verb.)
    if (GIVING_LIGHT_VERBS.has(baseOf(word)) && objectFrom < this.to && tokens[objectFrom].start > tokens[at].start) {
      const given = this.phraseEnd(objectFrom);
      const regard = this.head(objectFrom, given);
      // A receiver ("give staff access"), a name, or a change of degree ("pay more attention", judged as one below).
      let receiverOrDegree = false;
      for (let k = objectFrom; k < given; k++) if (isPartyNoun(tokens[k].word) || isNamed(tokens[k]) || tokens[k].word === 'more' || tokens[k].word === 'less') receiverOrDegree = true;
      if (regard !== undefined && given > objectFrom && !regard.acronym && (REGARD_NOUNS.has(regard.word) || COMMUNICATION_NOUNS.has(regard.word) || isWordNetAbstract(regard.word)) && !receiverOrDegree) {
        if (tokens[given]?.word === 'to' && given + 1 < this.to && verbClass(tokens[given + 1].word) !== undefined && tokens[given + 1].word.endsWith('ing')) {
          const done = this.sub(given + 1, undefined);
          if (done.deliverable) return done;
        }
        return { deliverable: false, why: hedge ?? this.span(at, given, 'intention') };
      }
    }
    // "We will make training for all the staffs with KnowBe4", "do the patching on Saturday": "make" or "do" before an
    // activity in "-ing" of a concrete verb does that activity; the rest is its object.
    if (word === 'make' || word === 'do' || word === 'makes' || word === 'does') {
      const act = DETERMINERS.has(tokens[objectFrom]?.word ?? '') ? objectFrom + 1 : objectFrom;
      if (act < this.to && tokens[act].word.endsWith('ing') && verbClass(tokens[act].word) === 'concrete') return this.sub(act, hedge);
    }
    // "Have the cleaning company sign a confidentiality agreement": after "have", "make" or "let", a noun and a verb
    // in its base form is what that party is made to do, whoever the party is.
    if (CAUSATIVES.has(word) || word === 'make' || word === 'let') {
      for (let p = objectFrom + 1; p < Math.min(this.to, objectFrom + 6); p++) {
        const before = tokens[p - 1];
        if (before.stop || FUNCTION_WORDS.has(before.word) || PHRASE_ENDS.has(before.word)) continue;
        if (/(?:s|ed|ing)$/.test(tokens[p].word) || tokens[p].name) continue;
        const embedded = verbClass(tokens[p].word);
        if (embedded === 'concrete' && p + 1 < this.to && OBJECT_STARTERS.has(tokens[p + 1].word)) return this.sub(p, hedge);
      }
    }
    // "Have the lock rekeyed", "get the BAA signed": the participle is what is done to the object.
    if (CAUSATIVES.has(word)) {
      for (let p = objectFrom + 1; p < Math.min(this.to, objectFrom + 8); p++) {
        if (isParticiple(tokens[p].word) && !FUNCTION_WORDS.has(tokens[p - 1].word)) return this.passive(objectFrom, p, p, hedge);
      }
    }
    // "Make all staff do the training in KnowBe4", "have the vendor enable TLS": what the party is made to do is the action.
    // What a party is only told to do ("recommend the client consider upgrading") commits the teller to nothing more:
    // a vague request keeps the action vague, a specific one is judged as talk below, as before.
    const talk = !(CAUSATIVES.has(word) || word === 'make' || word === 'let') && hasVerbFact(word, TALK);
    if (CAUSATIVES.has(word) || word === 'make' || word === 'let' || talk) {
      for (let p = objectFrom + 1; p < Math.min(this.to, objectFrom + 6); p++) {
        if (!isPartyNoun(tokens[p - 1].word) || !(verbClass(tokens[p].word) !== undefined || INTENTIONS.matchAt(tokens, p, this.to) > 0)) continue;
        const asked = this.sub(p, hedge);
        if (!talk || committedToNothing(asked)) return asked;
        break;
      }
    }
    // "Has requested that IS provide ...": the complement is the action.
    // What follows "that" has its own subject: it does not start with a verb.
    if (tokens[objectFrom]?.word === 'that' && objectFrom + 1 < this.to) return this.sub(objectFrom + 1, hedge, false);
    // "Approved the requirement that all laptops be enrolled in Intune": an abstract object's content is the action.
    const content = this.phraseEnd(objectFrom);
    if (tokens[content]?.word === 'that' && content + 1 < this.to && content > objectFrom && !this.namesThing(objectFrom, content) && this.laterVerb(content + 1) !== undefined) {
      return this.sub(content + 1, hedge, false);
    }
    // "Forwarded the audit findings to the practice owner for her review": a thing passed to a party for an act
    // ("for review", "for approval") is where the work went, like "submitted for approval".
    const passedTo = this.phraseEnd(objectFrom);
    if (tokens[passedTo]?.word === 'to' && passedTo > objectFrom && !this.hasQuantity(objectFrom)) {
      const partyEnd = this.phraseEnd(passedTo + 1);
      const act = this.actAfter(partyEnd + 1);
      if (tokens[partyEnd]?.word === 'for' && this.isPartyPhrase(passedTo + 1, partyEnd) && this.forAnAct(act)) return { deliverable: false, why: hedge ?? this.span(at, act + 1, 'status') };
    }
    // What is acted on, not when: "revisit the policy during the next review cycle" names only the policy.
    const concrete = this.concreteWords(objectFrom, this.temporalFrom(objectFrom));
    const quantity = this.hasQuantity(objectFrom);
    // "Foster a culture of security at all nine clinics", "improve awareness across the 4 sites": a count in a phrase of place
    // after an abstraction says over how much of the practice it is spread, not what is delivered there. A verb that does
    // something to things ("encrypt", "install") is judged as before.
    if (cls !== 'concrete' && this.spreadOnly(objectFrom)) return { deliverable: false, why: hedge ?? whole };
    // "Appoint a Privacy Officer", "hire two security analysts": a person put in a role is a fact one can check.
    if (hasVerbFact(word, STAFFING) && !this.hasConditionHedge()) {
      const role = this.head(objectFrom, this.phraseEnd(objectFrom));
      // "Owner to be assigned", "assign an owner": whoever is to do the work, unnamed and untitled, says only that someone
      // will; what is done and by whom are both still open, as "owner TBD" says. A role with a title is an office ("a
      // Privacy Officer"), and a name fills it ("assign the Records Coordinator as owner").
      if (role !== undefined && WORK_HOLDERS.has(role.word) && this.contentWords(objectFrom, this.phraseEnd(objectFrom)) === 1) {
        return { deliverable: false, why: hedge ?? this.span(at, this.phraseEnd(objectFrom), 'status') };
      }
      if (role !== undefined && isPartyNoun(role.word) && !GROUP_NOUNS.has(role.word)) return DELIVERABLE;
    }
    // "The old phone, wipe it": a pronoun after a concrete verb stands for a thing named earlier in the action.
    if (cls === 'concrete' && ANAPHORS.has(tokens[objectFrom]?.word ?? '') && this.from > 0 && tokens === this.s.tokens) {
      // Only the few words before the clause: the antecedent is near, and the look stays bounded.
      const before = new Clause(this.s, Math.max(0, this.from - 24), this.from);
      if (before.concreteWords(Math.max(0, this.from - 24)) > 0 && !this.hasConditionHedge()) return DELIVERABLE;
    }
    // "Revoke all logical and physical access within 24h of termination", "remove the access of EHR for the leavers": access, a
    // privilege or a permission is a grant someone holds in a system, and taking it away leaves a state one can check (the
    // account has it or not), once it is said whose grant, in which system, or that all of it goes.
    if (cls === 'concrete' && this.withdrawsGrant(word, objectFrom) && !this.hasConditionHedge()) return DELIVERABLE;
    // "Operationalize the HIPAA Security Rule", "implement the NIST CSF": a standard or a law is a body of rules to meet,
    // no thing made, whatever the verb; only a count makes the work checkable.
    if (!quantity && this.namesStandard(objectFrom, this.phraseEnd(objectFrom))) return { deliverable: false, why: hedge ?? whole };
    if (concrete === 0 && !quantity && !(cls === 'concrete' && this.namesDocument(objectFrom, this.phraseEnd(objectFrom)))) {
      // A verb whose object is only a citation ("improve alignment with CIS Control 6") acts on no thing: the whole is quoted.
      return { deliverable: false, why: hedge ?? (this.contentWords(objectFrom) === 0 && !this.cites(objectFrom) ? verbWords : whole) };
    }
    // A hedge next to a thin object ("patch servers as needed") commits to nothing measurable.
    // A condition ("as needed", "where possible") leaves it open whether anything is done at all; a
    // hedge of likelihood ("probably") only weakens an action that names little.
    const thin = !quantity && (this.hasConditionHedge() || (this.hasFloatingHedge() && concrete < 2));
    const phraseEnd = this.phraseEnd(objectFrom);
    // A generic verb whose object ends in an outcome ("make the front end more secure") changes a
    // degree, like "improve": only a measure says how much.
    // So does a comparative anywhere in it: "make more secure the wifi", "make the staff more aware about phishing".
    // So does a result that is a state, not a thing: "made leadership aware of the issue", "bring the BAAs into conformity with ...".
    // Any verb changes only a degree when a comparative closes the clause: "get the EHR stuff locked down better",
    // "train staff more", "restrict access further".
    const kind = (cls === 'generic' && ((phraseEnd === this.to && this.endsInOutcome(objectFrom)) || this.hasComparative(objectFrom) || this.resultsInState(objectFrom, phraseEnd))) ||
      (cls !== 'monitor' && (this.endsInDegree(objectFrom) || (!quantity && this.hasComparative(objectFrom)))) ? 'comparative' : cls;
    // "Create a plan to address this": an abstract object made for a purpose is as specific as the purpose.
    const purpose = tokens[phraseEnd]?.word === 'to' && phraseEnd + 1 < this.to &&
      (verbClass(tokens[phraseEnd + 1].word) !== undefined || INTENTIONS.matchAt(tokens, phraseEnd + 1, this.to) > 0);
    const objectHead = this.head(objectFrom, phraseEnd);
    // "Consideration will be given to acquiring ...": a message made for a purpose does not do the purpose.
    const message = objectHead !== undefined && COMMUNICATION_NOUNS.has(objectHead.word);
    if (kind === 'concrete' && purpose && !message && !this.namesThing(objectFrom, phraseEnd)) return this.sub(phraseEnd + 1, undefined);
    // "Leverage the SIEM to improve monitoring": an empty verb says nothing; its purpose is the action.
    if (purpose && isEmptyVerb(word)) return this.sub(phraseEnd + 1, hedge);
    // "Address e-prescribing risk as part of the upcoming EHR upgrade", "handle it in conjunction with the office move": a phrase
    // that folds the work into another piece of work says when it gets attention, not what is done, and names that other work,
    // no means: only the object counts, as without the phrase.
    if (isEmptyVerb(word) && FOLDED.matchAt(tokens, phraseEnd, this.to) > 0 && !this.hasQuantity(objectFrom, phraseEnd) && !this.hasName(objectFrom, phraseEnd) &&
      !this.hasAcronym(objectFrom, phraseEnd)) return { deliverable: false, why: hedge ?? whole };
    // "Leverage the vendor's SOC 2 report as a proxy for assurance": "as" says what the object is made to serve as, and an
    // empty verb does nothing else; like its object, the role counts only with a product, a system acronym or a count.
    if (isEmptyVerb(word) && tokens[phraseEnd]?.word === 'as' && phraseEnd > objectFrom && phraseEnd + 1 < this.to) {
      const role = phraseEnd + 1;
      return this.hasQuantity(role) || this.hasName(role) || this.hasAcronym(role) ? DELIVERABLE : { deliverable: false, why: hedge ?? whole };
    }
    // Without a purpose, only a product, a system acronym or a count makes its object checkable:
    // "elevate the cyber narrative" names nothing an auditor could find.
    // The names must be in the object itself: "foster collaboration between IT and Compliance" names parties, not a thing.
    // "Mature incident readiness through a tabletop exercise with the executive team": the means is the action.
    // (A change of degree by a means, "improved through automated discovery tooling", still says not how much.)
    if (isEmptyVerb(word) && this.meansNamesThing(phraseEnd)) return DELIVERABLE;
    if (isEmptyVerb(word) && !quantity && !this.hasName(objectFrom, phraseEnd) && !this.hasAcronym(objectFrom, phraseEnd)) return { deliverable: false, why: hedge ?? whole };
    // "Take the necessary steps to reinforce X": an abstract object made for a purpose is as specific as the purpose.
    if (purpose && kind === 'generic' && !this.namesThing(objectFrom, phraseEnd)) {
      const aim = this.sub(phraseEnd + 1, undefined);
      if (aim.deliverable) return aim;
    }
    // "Ask the vendor (Apex IT) to switch remote support to on-request sessions": what the party is asked to do is the action.
    if (purpose && kind === 'generic' && ((objectHead !== undefined && isPartyNoun(objectHead.word)) || this.isNameOnly(objectFrom, phraseEnd))) {
      const asked = this.sub(phraseEnd + 1, undefined);
      if (asked.deliverable) return asked;
    }
    // "Told the front desk to be careful": what someone is told to do is what the telling says; a vague one keeps it vague.
    if (purpose && hasVerbFact(word, TALK)) {
      const told = this.sub(phraseEnd + 1, hedge);
      if (committedToNothing(told)) return told;
    }
    // "Email Karen about the door", "brief the Board on the results", "speak with the accountant about ...": talk to a
    // person, with nothing sent, is a conversation. A product is often written in capitals ("the BAA"); a person rarely is.
    if (!quantity && !purpose && hasVerbFact(word, TALK)) {
      const partyFrom = phraseEnd === objectFrom && (tokens[objectFrom]?.word === 'with' || tokens[objectFrom]?.word === 'to') ? objectFrom + 1 : objectFrom;
      let partyEnd = this.phraseEnd(partyFrom);
      // "ask county IT what they recommend": a question word ends the party; the question is what is asked.
      for (let q = partyFrom + 1; q < partyEnd; q++) if (QUESTION_WORDS.has(tokens[q].word)) partyEnd = q;
      const party = this.head(partyFrom, partyEnd);
      // What is recommended or proposed is a thing: "we recommend BitLocker with keys escrowed in Entra ID" names a product, not a person.
      const proposes = baseForms(word).some((base) => PROPOSING_VERBS.has(base));
      // A question put to the party ("ask county IT what they recommend", "ask the vendor whether ...") is talk too: what it
      // asks for is an answer, no thing.
      if (party !== undefined && (isPartyNoun(party.word) || this.isDepartment(partyFrom, partyEnd) || (!proposes && this.isNameOnly(partyFrom, partyEnd) && !this.hasAcronym(partyFrom, partyEnd))) &&
        (partyEnd === this.to || TALK_TOPICS.has(tokens[partyEnd].word) || QUESTION_WORDS.has(tokens[partyEnd].word))) return { deliverable: false, why: hedge ?? this.span(at, partyEnd, 'intention') };
      // "Expressed support for ...", "voice concern about ...": a bare noun said about a topic is a stance, not a thing sent.
      if (cls !== 'concrete' && phraseEnd === objectFrom + 1 && phraseEnd < this.to && STANCE_TOPICS.has(tokens[phraseEnd].word) && !isNamed(tokens[objectFrom]) &&
        !isPartyNoun(tokens[objectFrom].word) && !FUNCTION_WORDS.has(tokens[objectFrom].word)) return { deliverable: false, why: hedge ?? this.span(at, phraseEnd, 'intention') };
    }
    let ok: boolean;
    if (kind === 'concrete') ok = (this.actsOnThing(objectFrom, phraseEnd, word) || this.recordsInto(word, objectFrom, phraseEnd)) && !thin;
    // A product that says how ("by moving to WPA3", "with Okta") measures a change; a place ("within Epic") does not.
    // A condition ("optimize Defender policies as needed") leaves open how much: a name is no measure.
    // A message raised with someone ("Ticket raised with Apex IT") changes no degree: it is passed on, and a count alone makes it checkable.
    // For whom or for what it is changed ("optimize risk posture for the EHR vendor and BA ecosystem") is what is changed,
    // not how: a name counts only from a phrase of means on ("... by moving to WPA3").
    else if (kind === 'comparative') ok = quantity || (this.hasName(this.changedHowFrom(phraseEnd), this.placeFrom(phraseEnd)) && !this.hasConditionHedge() && !(message && this.purposeFrom(objectFrom) === this.to));
    // "Protect PHI" states an outcome; "protect the backups with immutable storage" says how.
    else if (OUTCOME_VERBS.has(word)) ok = quantity || this.hasName(objectFrom) || this.hasMeans(objectFrom);
    // An appraisal of a named thing still decides nothing; "assess all 40 tablets" at least bounds the work.
    // Watching is the same: "monitor the SIEM dashboard daily" can be checked, "monitor EHR access" cannot.
    // A watch kept in a register ("track all loaner laptops in the asset register") is a record one can check.
    else if (isAppraisal(word) || kind === 'monitor') ok = (quantity && concrete > 0) || (kind === 'monitor' && !thin && this.tracksThing(objectFrom, phraseEnd) && this.recordsInto(word, objectFrom, phraseEnd));
    // A generic verb needs a concrete object of two words at least: "update the router firmware", not "remind staff".
    // A frequency alone ("review annually") says how often, not what.
    // The things are counted before the purpose: "align security investment with strategic priorities to
    // optimise value" acts on the investment alone; its purpose was judged above.
    // A thing sold by its qualities ("a holistic view of ...") is no thing for a general verb either.
    // A party after the object says with whom, not what: "share these observations with the Practice Administrator".
    // A quality of a named system ("CAD integration security", "the portal's resilience") is no thing for a general verb, however
    // many nouns name the system: "EHR security" is the same quality.
    else ok = (quantity && concrete > 0) || (this.namesThing(objectFrom, phraseEnd) && !this.soldByQualities(objectFrom, phraseEnd) && !this.qualityOf(objectFrom, phraseEnd) && this.concreteWords(objectFrom, Math.min(this.temporalFrom(objectFrom), this.purposeFrom(objectFrom), this.partyFrom(phraseEnd))) >= 2 && !thin) ||
        (this.isParty(objectFrom, phraseEnd) && this.namesThing(phraseEnd + 1, this.phraseEnd(phraseEnd + 1)) && !thin);
    // "Call the lab to confirm the fax number": a general verb whose object alone names too little is
    // as specific as what it is done for.
    if (!ok && kind === 'generic' && !this.hasConditionHedge() && this.purposeFrom(objectFrom) < this.to && this.sub(this.purposeFrom(objectFrom) + 1, undefined).deliverable) ok = true;
    return ok ? DELIVERABLE : { deliverable: false, why: hedge ?? whole };
  }

  /**
   * Where a noun phrase that opens with a determiner starts right after a place phrase at `at` ("in all computers | the
   * antivirus"), or undefined: the object put after the place.
   */
  private objectAfterPlace(at: number): number | undefined {
    let k = at + 1;
    if (k < this.to && DETERMINERS.has(this.tokens[k].word)) k++;
    const placeFrom = k;
    while (k < this.to && !this.tokens[k].stop && !this.s.hedged[k] && !PHRASE_ENDS.has(this.tokens[k].word)) {
      if (k > placeFrom && (this.tokens[k].word === 'the' || this.tokens[k].word === 'a' || this.tokens[k].word === 'an')) return k;
      k++;
    }
    return undefined;
  }

  /**
   * True when a concrete verb acts on a thing: its object names one, or a phrase after an
   * abstract object does ("add security training with a signed acknowledgment"), unless that
   * phrase is only the topic of a message or an abstraction ("an update on laptop encryption").
   */
  private actsOnThing(objectFrom: number, objectEnd: number, verb: string): boolean {
    const head = this.head(objectFrom, objectEnd);
    // "Remove access of the 9 students from the EHR system": the party after "of" owns the object, as a possessive does.
    // So does one after "for" when the object is a grant: "limit remote access for the 3 contractors to the Citrix portal".
    const phraseEnd = this.afterOwner(objectEnd, head !== undefined && GRANT_NOUNS.has(head.word));
    // A message is told to people; one a concrete verb puts on things is software: "deploy the cumulative update to all workstations".
    // "Give consideration to ...", "pay attention to ...": a light verb with a message is the act the message names.
    if (head && COMMUNICATION_NOUNS.has(head.word)) return this.hasQuantity(objectFrom) || (!GIVING_LIGHT_VERBS.has(baseOf(verb)) && this.putOnThings(phraseEnd));
    // "Migrate toward a cloud-first architecture": a direction with nothing moved names no deliverable.
    if (phraseEnd === objectFrom && DIRECTIONS.has(this.tokens[phraseEnd]?.word ?? '')) return false;
    // "Document in SSP": a place with nothing put there. Unless the object comes after the place, as a writer of another
    // language puts it: "Install in all computers the antivirus ESET" installs the antivirus.
    if (phraseEnd === objectFrom && LOCATIVE.has(this.tokens[phraseEnd]?.word ?? '')) {
      const shifted = this.objectAfterPlace(objectFrom);
      return shifted !== undefined && this.actsOnThing(shifted, this.phraseEnd(shifted), verb);
    }
    if (this.hasQuantity(objectFrom, objectEnd)) return true;
    // "Back up the health check", "conduct a badge access review": an object that is a general verb's act ("health check" =
    // "check health") is no thing made unless that act names one; a phrase after it may still say with what.
    const actOnly = objectEnd === phraseEnd && this.actOnModifiers(objectFrom)?.deliverable === false;
    // "Implement a layered security approach", "roll out a DLP strategy": a way of working is no thing, whatever
    // kind of work it is about; only a product, a system or a count in it gives something to find.
    // So is a thing sold by its qualities ("a best-in-class identity fabric", "a robust, scalable platform"): the
    // qualities say nothing an auditor could find, so again only a product, a system or a count does.
    if (head !== undefined && !isNamed(head) && (isFrameNoun(head.word) || this.soldByQualities(objectFrom, objectEnd))) {
      if (this.hasName(objectFrom, objectEnd) || this.hasAcronym(objectFrom, objectEnd)) return true;
    } else if (!actOnly && this.thingWords(objectFrom, objectEnd) > 0) return true;
    if (!actOnly && this.namesDocument(objectFrom, objectEnd)) return true;
    const prep = this.tokens[phraseEnd]?.word;
    // "Train all staff on the phishing report button": a person is who, what follows is what.
    // "Isolate it on VLAN 99": a pronoun stands for a thing named elsewhere; the phrase after it says where.
    if ((head === undefined || isPartyNoun(head.word)) && prep !== undefined) return this.concreteWords(phraseEnd + 1) > 0 && !this.leftToJudgement(phraseEnd + 1, this.to);
    // "Disable local recording for all accounts": an activity is a setting; the phrase after it says of what.
    if (head !== undefined && prep !== undefined && isGerund(head.word)) return this.concreteWords(phraseEnd + 1, this.phraseEnd(phraseEnd + 1)) > 0;
    // "Enable conditional access policies in Entra ID": a setting in a named system is found there.
    // So is one for a scope first: "Disable the auto-forward capability for all mailboxes in Exchange Online".
    if (phraseEnd > objectFrom && this.inNamedSystem(phraseEnd)) return true;
    if (prep === undefined || (head && TOPIC_PREPOSITIONS.has(prep)) || !PLACE_OR_MEANS.has(prep)) return false;
    // "controls commensurate with the FIPS 199 baseline", "settings equivalent to ...": after a quality, "with" or "to"
    // says what the object is measured against, not with what it is done.
    const quality = this.tokens[objectEnd - 1];
    if (objectEnd - 1 > objectFrom && (prep === 'with' || prep === 'to') && !quality.name && !quality.acronym && isModifier(quality.word) && !isParticiple(quality.word)) return false;
    // "Control implemented by the CSP": "by" and a party is who did it, not with what.
    if (prep === 'by' && this.isPartyPhrase(phraseEnd + 1, this.phraseEnd(phraseEnd + 1))) return false;
    // Only the phrase the preposition opens: "a culture of accountability around data handling" names no thing.
    const next = this.phraseEnd(phraseEnd + 1);
    // After a way of working, only a product or a system says with what: "a DLP strategy with Microsoft Purview",
    // not "a phased roadmap to zero trust".
    if (head !== undefined && !isNamed(head) && (isFrameNoun(head.word) || this.soldByQualities(objectFrom, objectEnd))) return this.hasName(phraseEnd + 1, next) || this.hasAcronym(phraseEnd + 1, next);
    // "through appropriate channels": a means left to judgement ("appropriate", "suitable") names none.
    return this.concreteWords(phraseEnd + 1, next) > 0 && !this.leftToJudgement(phraseEnd + 1, next);
  }

  /**
   * True when the verb `verb` takes a grant away ("revoke", "remove", "disable") and its object, headed by a grant ("access",
   * "privileges", "permissions"), says in which system (an acronym, a name or a thing: "EHR access", "the access of EHR",
   * "access to the billing portal"), whose by name ("Jenny's access"), or that all of it goes ("all access"), or bounds the
   * taking by a measure ("within 24h of termination"). "Remove unnecessary access" says none of these.
   */
  private withdrawsGrant(verb: string, objectFrom: number): boolean {
    const { tokens } = this;
    const objectEnd = this.phraseEnd(objectFrom);
    const head = this.head(objectFrom, objectEnd);
    if (head === undefined || !GRANT_NOUNS.has(head.word) || !baseForms(verb).some((base) => WITHDRAWING_VERBS.has(base))) return false;
    let scoped = this.hasQuantity(objectFrom) || this.hasName(objectFrom, objectEnd) || this.hasAcronym(objectFrom, objectEnd);
    for (let k = objectFrom; k < objectEnd && !scoped; k++) scoped = tokens[k].word === 'all';
    // The phrases after the grant, up to the next clause: "of EHR", "to the billing portal", past whose it is ("for the staff who
    // leave", "of the former staff": a holder by its kind alone, as an earlier round judged, does not say which accounts).
    for (let k = objectEnd; k < this.to && !scoped; k = this.phraseEnd(k + 1)) {
      if (!GRANT_SCOPES.has(tokens[k].word)) break;
      const end = this.phraseEnd(k + 1);
      const holder = this.head(k + 1, end);
      scoped = holder !== undefined && !isPartyNoun(holder.word) && (this.hasName(k + 1, end) || this.hasAcronym(k + 1, end) || this.thingWords(k + 1, end) > 0);
    }
    return scoped && !this.leftToJudgement(objectFrom, this.to);
  }

  /**
   * Where the object's phrases go on after an owner: past "of" and a party ("access of the students", "the text messages of
   * doctors"), and past a relative clause on the party up to a phrase that names a system ("... that finish their rotation in
   * May from the EHR system"). `at` itself when no party owns the object.
   */
  private afterOwner(at: number, grant = false): number {
    const { tokens } = this;
    if (tokens[at]?.word !== 'of' && !(grant && tokens[at]?.word === 'for')) return at;
    let end = this.phraseEnd(at + 1);
    // "(limit access for) billing staff working from home (to the Citrix portal)": a participle after the party qualifies it,
    // as a relative clause does; where the grant goes comes after that.
    const participle = end - 1 > at + 1 && tokens[end - 1].word.endsWith('ing') && this.isPartyPhrase(at + 1, end - 1);
    if (participle) end--;
    if (end === at + 1 || !this.isPartyPhrase(at + 1, end)) return at;
    if (!participle && !RELATIVES.has(tokens[end]?.word ?? '') && !(tokens[end]?.word === 'at' || tokens[end]?.word === 'in')) return end;
    for (let k = end + 1; k < this.to; k++) {
      if (PLACE_OR_MEANS.has(tokens[k].word) && tokens[k].word !== 'of' && this.namesSystem(k + 1, this.phraseEnd(k + 1))) return k;
    }
    return end;
  }

  /** True when tokens from `from` to the clause end cite a rule ("with CIS Control 6" after "alignment"). */
  private cites(from: number): boolean {
    for (let i = from; i < this.to; i++) if (this.s.hedged[i] === CITED) return true;
    return false;
  }

  /** True when "to", "onto" or "across" at `at` opens a phrase that names things, not a party: "to all workstations" ("an update on the firewall" is its topic). */
  private putOnThings(at: number): boolean {
    if (at >= this.to || !DELIVERED_ONTO.has(this.tokens[at].word)) return false;
    const end = this.phraseEnd(at + 1);
    const head = this.head(at + 1, end);
    // "given to the adoption of ...": a noun of an act receives nothing.
    return head !== undefined && !isPartyNoun(head.word) && !isVerbNoun(head.word) && !this.isNameOnly(at + 1, end) && this.thingWords(at + 1, end) > 0;
  }

  /** True when one of the phrases from `at` to the clause end (or a purpose) is "in", "within" or "on" a named system. */
  private inNamedSystem(at: number): boolean {
    const end = this.purposeFrom(at);
    for (let p = at; p < end; ) {
      const word = this.tokens[p].word;
      if (!PHRASE_ENDS.has(word) || this.s.hedged[p]) return false;
      const phraseEnd = this.phraseEnd(p + 1);
      if ((word === 'in' || word === 'within' || word === 'on') && this.namesSystem(p + 1, phraseEnd)) return true;
      if (phraseEnd === p + 1) return false;
      p = phraseEnd;
    }
    return false;
  }

  /** "Record the serial in the asset register", "log each release in the disclosure log": where a record is written is a thing to check. */
  private recordsInto(verb: string, objectFrom: number, phraseEnd: number): boolean {
    const prep = this.tokens[phraseEnd]?.word;
    if (phraseEnd === objectFrom || (prep !== 'in' && prep !== 'into' && prep !== 'on') || !hasVerbFact(verb, RECORDING)) return false;
    const end = this.phraseEnd(phraseEnd + 1);
    return this.namesThing(phraseEnd + 1, end) && this.concreteWords(phraseEnd + 1, end) > 0;
  }

  /**
   * True when the noun phrase [from, to) names a standard or a law: its head is a standard's name or the number or edition
   * after one ("ISO 27001", "the NIST CSF", "CSF 2.0"), or a titled noun of rule-making ("the HIPAA Security Rule", "the
   * NIST Cybersecurity Framework", "the Privacy Act").
   */
  private namesStandard(from: number, to: number): boolean {
    const { tokens } = this;
    let head = -1;
    for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has(tokens[i].word) && !tokens[i].stop) head = i;
    if (head < 0) return false;
    // The number or edition after a standard's name labels it: "ISO 27001", "CSF 2.0", "SP 800-53".
    let k = head;
    while (k > from && (tokens[k].numeric || tokens[k].id)) k--;
    if (STANDARD_NAMES.has(tokens[k].word)) return true;
    if (k !== head || !tokens[head].capital || k === from || !tokens[k - 1].capital) return false;
    // A titled law ("the Privacy Act"); a titled rule or standard only with a standard's name in its title ("the HIPAA
    // Security Rule"): "the Password Standard" or "the Clean Desk Rule" is the practice's own document.
    if (LAW_HEADS.has(tokens[head].word)) return true;
    if (!RULE_HEADS.has(tokens[head].word)) return false;
    for (let i = from; i < head; i++) if (STANDARD_NAMES.has(tokens[i].word)) return true;
    return false;
  }

  /** "Create the incident response plan": a plan or policy of a named kind is a document one can ask to see. */
  private namesDocument(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && WRITTEN_RULES.has(head.word) && this.namesThing(from, to);
  }

  /** True when the phrase [from, to) is a party: its head is a person or body, or it is only names ("the CSP", "Apex IT"). */
  /**
   * True when the phrase [from, to) is a party by its head, a person or a body ("the vendor", "the Privacy Officer"), or a
   * name before a department's acronym ("County IT", "Apex IT", "Corporate HR"): the department of that organisation.
   */
  private namesParty(from: number, to: number): boolean {
    const head = this.head(from, to);
    return this.isDepartment(from, to) || (head !== undefined && isPartyNoun(head.word));
  }

  /** True when [from, to) ends in a department's acronym after another word: "County IT", "county IT", "Apex IT", "Corporate HR". */
  private isDepartment(from: number, to: number): boolean {
    const last = this.tokens[to - 1];
    return to > from + 1 && last.acronym && DEPARTMENT_ACRONYMS.has(last.word) && !this.tokens[to - 2].stop;
  }

  private isPartyPhrase(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && (isPartyNoun(head.word) || this.isNameOnly(from, to) || this.isDepartment(from, to));
  }

  /** True when the phrase [from, to) names a product or system by name, not a party: "Entra ID", "Dentrix admin settings". */
  private namesSystem(from: number, to: number): boolean {
    const head = this.head(from, to);
    if (head === undefined || isPartyNoun(head.word)) return false;
    // "the FY27 budget submission": a fiscal year is a date, not a product.
    for (let i = from; i < to; i++) if (!this.s.hedged[i] && isNamed(this.tokens[i]) && !isPartyNoun(this.tokens[i].word) && !isDatePart(this.tokens, i)) return true;
    return false;
  }

  /** True when the noun phrase [from, to) is a person or body: "ask the billing vendor for a signed BAA" acts on what follows. */
  private isParty(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && to < this.to && this.tokens[to].word === 'for' && isPartyNoun(head.word);
  }

  /**
   * Where the phrases after a changed object start to say how it is changed: at `at` unless it opens a phrase of whom or
   * what for ("for the EHR vendor", "of the billing team"), then at the first means after it ("... with Okta"), or the clause end.
   */
  private changedHowFrom(at: number): number {
    if (at >= this.to) return at;
    // "strengthen the relationship with County IT", "improve coordination with the vendor": "with" or "to" and a party says
    // with whom, as "for" says for whom; a means may still follow ("... via a shared Teams channel").
    const w = this.tokens[at].word;
    if (!BENEFICIARIES.has(w) && !((w === 'with' || w === 'to') && this.namesParty(at + 1, this.phraseEnd(at + 1)))) return at;
    for (let i = at + 1; i < this.to; i++) if (MEANS.has(this.tokens[i].word)) return i;
    return this.to;
  }

  /** Where a phrase of place starts ("within Epic", "across the enterprise"), or the clause end. */
  private placeFrom(from: number): number {
    for (let i = from; i < this.to; i++) if (PLACE_PREPOSITIONS.has(this.tokens[i].word)) return i;
    return this.to;
  }

  /** Where "with" or "to" and a party start at `at` ("with the Practice Administrator", "to Legal"), or the clause end. */
  private partyFrom(at: number): number {
    const w = this.tokens[at]?.word;
    return at < this.to && (w === 'with' || w === 'to') && this.isPartyPhrase(at + 1, this.phraseEnd(at + 1)) ? at : this.to;
  }

  /** Where a purpose starts ("to" and a verb: "to optimise value"), or the clause end. */
  purposeFrom(from: number): number {
    // "moved to locked office": a participle after "to" qualifies the noun of a place; a purpose opens with a base form.
    for (let i = from; i + 1 < this.to; i++) if (this.tokens[i].word === 'to' && verbClass(this.tokens[i + 1].word) !== undefined && !participleBeforeNoun(this.tokens, i + 1, this.to)) return i;
    return this.to;
  }

  /** Where a time or cause phrase starts ("during the next cycle", "until ...", "due to ..."), or the clause end. */
  private temporalFrom(from: number): number {
    for (let i = from; i < this.to; i++) if (TEMPORAL.has(this.tokens[i].word) || this.opensComingTime(i) || this.opensCause(i)) return i;
    return this.to;
  }

  /** "due to resource constraints", "because of the merger", "owing to staffing": why, not what is acted on. */
  private opensCause(i: number): boolean {
    const w = this.tokens[i].word;
    const next = this.tokens[i + 1]?.word;
    return w === 'because' || ((w === 'due' || w === 'owing') && next === 'to') || (w === 'as' && next === 'a' && this.tokens[i + 2]?.word === 'result');
  }

  /** "in the next budget cycle", "at the upcoming meeting": a preposition before a time still to come says when, not what. */
  private opensComingTime(i: number): boolean {
    if (!PHRASE_ENDS.has(this.tokens[i].word)) return false;
    const k = this.tokens[i + 1]?.word === 'the' || this.tokens[i + 1]?.word === 'a' ? i + 2 : i + 1;
    return k < this.to && COMING.has(this.tokens[k].word);
  }

  /** True when a means ("through a tabletop exercise", "via Intune") right after the object names a thing of two words at least. */
  private meansNamesThing(at: number): boolean {
    // "Embed security into the SDLC via Semgrep gates": where the abstraction goes comes first, then the means.
    for (let hops = 0; hops < 2 && at < this.to && (PLACE_PREPOSITIONS.has(this.tokens[at].word) || this.tokens[at].word === 'into'); hops++) at = this.phraseEnd(at + 1);
    if (at >= this.to || !MEANS.has(this.tokens[at].word) || this.tokens[at].word === 'by' || this.hasConditionHedge()) return false;
    const end = this.phraseEnd(at + 1);
    return this.namesThing(at + 1, end) && (this.concreteWords(at + 1, end) >= 2 || this.hasName(at + 1, end));
  }

  /** A means after the object: "with a keypad lock", "using Intune", "by installing a firewall". */
  private hasMeans(from: number): boolean {
    for (let i = from; i < this.to; i++) if (MEANS.has(this.tokens[i].word)) return this.concreteWords(i + 1) > 0;
    return false;
  }

  /** True when "more" or "less" qualifies a word in [from, clause end) that is no quantity: "more secure", not "more than 10". */
  hasComparative(from: number): boolean {
    for (let i = from; i + 1 < this.to; i++) {
      const w = this.tokens[i].word;
      // "2 more cameras" counts them; "no more sharing of the front-desk login", "the doctors that not work more here" say an
      // act or a state stopped, they change no degree.
      if (i > from && (this.tokens[i - 1].numeric || NUMBER_WORDS.has(this.tokens[i - 1].word) || this.negatedAt(i))) continue;
      if ((w === 'more' || w === 'less') && !this.tokens[i + 1].numeric && !FUNCTION_WORDS.has(this.tokens[i + 1].word)) return true;
      // "a better lock", "stronger passwords": a comparative before a noun says only that it will be more so.
      if (COMPARATIVE_ADJECTIVES.has(w) && !this.tokens[i + 1].stop && !this.tokens[i + 1].numeric && !PHRASE_ENDS.has(this.tokens[i + 1].word)) return true;
    }
    return false;
  }

  /** True when a negation stands in the three words before token `i`, or "any": "no more", "not work more here", "any more". */
  private negatedAt(i: number): boolean {
    if (i > this.from && this.tokens[i - 1].word === 'any') return true;
    for (let k = Math.max(this.from, i - 3); k < i; k++) if (NEGATIONS.has(this.tokens[k].word)) return true;
    return false;
  }

  /**
   * True when the object [from, end) is followed by the state it is brought to: it ends in an outcome, or a
   * quality of people, before what it is of ("staff aware of the risks", "PHI safe from loss"), or "into" an abstraction
   * follows it ("into conformity with ...", "into alignment"). A state reached is an outcome, not a deliverable.
   */
  private resultsInState(from: number, end: number): boolean {
    // "Make the records room secure with a keyed lock": a means after the state says how it is reached.
    if (end <= from || end >= this.to || MEANS.has(this.tokens[end].word)) return false;
    const last = this.tokens[end - 1];
    // A quality of a thing may be checkable ("make the signed policy available to staff"); one of people is a state of mind.
    const people = end - 2 >= from && isPartyNoun(this.tokens[end - 2].word);
    if (end - 1 > from && !last.name && !last.acronym && (OUTCOME_ADJECTIVES.has(last.word) || (people && isModifier(last.word) && !isParticiple(last.word) && !isQuantity(this.tokens, end - 1)))) return true;
    if (this.tokens[end].word !== 'into') return false;
    const result = this.head(end + 1, this.phraseEnd(end + 1));
    return result !== undefined && !isNamed(result) && isAbstractToken(result) && !isPartyNoun(result.word);
  }

  /** True when a word of [from, to) leaves the thing to judgement ("appropriate channels", "suitable locks") and no name, system or count fixes it. */
  private leftToJudgement(from: number, to: number): boolean {
    if (this.hasName(from, to) || this.hasAcronym(from, to) || this.hasQuantity(from, to)) return false;
    for (let i = from; i < to; i++) if (JUDGEMENT_WORDS.has(this.tokens[i].word)) return true;
    return false;
  }

  /**
   * True when the noun phrase [from, to) is a quality or state of what its modifiers name, with no count: "CAD integration
   * security", "dispatch network resilience".
   */
  private qualityOf(from: number, to: number): boolean {
    const head = this.head(from, to);
    if (head === undefined || isNamed(head) || head === this.tokens[from] || !isAbstractToken(head) || isActNoun(head.word) || this.hasQuantity(from, to)) return false;
    // A quality by its suffix ("security", "compliance", "resilience") or by WordNet ("posture"); a noun the lexicon calls
    // abstract only until qualified ("rules", "systems", "access") is a thing once its modifiers say which.
    return (ABSTRACT_SUFFIX.test(head.word) && !SUFFIX_EXCEPTIONS.has(head.word) && !isWordNetThing(head.word)) || isWordNetAbstract(head.word);
  }

  /** True when a word of [from, to) qualifies a thing by a quality no one can check ("best-in-class", "robust", "holistic") and no product or system is named. */
  private soldByQualities(from: number, to: number): boolean {
    if (this.hasName(from, to) || this.hasAcronym(from, to)) return false;
    for (let i = from; i < to; i++) if (HEDGE_ADJECTIVES.has(this.tokens[i].word)) return true;
    return false;
  }

  /** True when the clause ends in a comparative adverb with no measure: "... locked down better", "... more closely". */
  private endsInDegree(from: number): boolean {
    let last = this.to - 1;
    while (last >= from && (this.s.hedged[last] || this.tokens[last].stop)) last--;
    if (last < from) return false;
    const w = this.tokens[last].word;
    const before = last > from ? this.tokens[last - 1].word : '';
    if ((DEGREE_ADVERBS.has(w) && !this.negatedAt(last)) || ((before === 'more' || before === 'less') && ADVERB.test(w))) return true;
    // "... locked up better at night": a comparative before a phrase of time or place, not "more than 10".
    for (let k = from + 1; k < last; k++) {
      const next = this.tokens[k + 1];
      if (DEGREE_ADVERBS.has(this.tokens[k].word) && PHRASE_ENDS.has(next.word) && next.word !== 'than' && !FUNCTION_WORDS.has(this.tokens[k - 1].word)) return true;
    }
    return false;
  }

  /** True when the phrase from `from` to the clause end ends in an outcome adjective ("... more secure"). */
  private endsInOutcome(from: number): boolean {
    const last = this.head(from, this.to);
    const beforeLast = this.to - 2 >= from ? this.tokens[this.to - 2].word : undefined;
    return last !== undefined && (OUTCOME_ADJECTIVES.has(last.word) || beforeLast === 'more' || beforeLast === 'less');
  }
}

/** Adjectives that leave what they qualify to someone's judgement: "appropriate channels", "suitable locks". */
const JUDGEMENT_WORDS = new Set(['appropriate', 'suitable', 'adequate', 'reasonable', 'relevant', 'proper', 'sufficient', 'applicable', 'necessary', 'acceptable', 'commensurate']);

/** Comparative adjectives: before a noun they say only that it will be more so ("a better lock", "stronger passwords"). */
const COMPARATIVE_ADJECTIVES = new Set(['better', 'stronger', 'safer', 'tighter', 'newer', 'greater', 'improved', 'enhanced', 'more-secure']);

/** Comparatives that close a clause as adverbs: a change of degree, like "improve". */
const DEGREE_ADVERBS = new Set(['better', 'more', 'less', 'further', 'worse', 'harder', 'tighter', 'stronger']);

/** An adverb by its shape ("partially", "fully"): says how, never what. */
const ADVERB = /^[a-z]{3,}ly$/;
/** Prepositions that open the topic of a session held with a party: "on", "about", "regarding", "concerning", "into". */
const SESSION_TOPICS = new Set(['on', 'about', 'regarding', 'concerning', 're', 'into']);
/** Adverbs of frequency made of a time unit ("daily", "quarterly", "biannually"): a measure, not a manner. */
const FREQUENCY_ADVERB = /^(?:bi|semi|tri)?-?(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)$/;
const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'anomaly', 'reply', 'ally', 'rally', 'poly', 'italy', 'monopoly']);

/** Prepositions after which a phrase says where or with what: "add training with a signed acknowledgment". */
const PLACE_OR_MEANS = new Set(['with', 'using', 'through', 'via', 'by', 'to', 'into', 'onto', 'from', 'behind', 'of']);

/** Documents that a concrete verb delivers when their kind is named: "the incident response plan", "a sanctions policy". */
const WRITTEN_RULES = new Set(['plan', 'plans', 'policy', 'policies', 'procedure', 'procedures']);

/** Words that open a prohibition before its verb ("do not" is read as two words): "Don't share EHR logins", "Never leave laptops in cars". */
const PROHIBITING = new Set(["don't", 'don’t', 'dont', 'never']);

/** Words that deny: before "more" they say something stopped ("no more sharing", "not work more here"). */
const NEGATIONS = new Set(['no', 'not', 'never', "don't", "doesn't", "didn't", "won't", 'don’t', 'doesn’t', 'didn’t', 'won’t', 'dont', 'doesnt', 'nobody']);

/** Particles that carry the work on to another time: "carry forward", "roll over". */
const CARRYING_PARTICLES = new Set(['forward', 'over']);

/** Prepositions after "forward" that say when the carried work is due again: "to the next meeting", "into FY27", "until Q3". */
const CARRIED_TO = new Set(['to', 'into', 'until', 'till']);

/** Prepositions of a place an abstraction is spread over: "across all nine clinics", "at the 4 sites". */
const SPREAD_PREPOSITIONS = new Set(['across', 'at', 'in', 'throughout', 'among', 'within']);

/** Prepositions that may open a clause with a phrase of time or addition before its verb: "in addition", "at the same time". */
const FRONTING_PREPOSITIONS = new Set(['in', 'at', 'on', 'by', 'during', 'after', 'before', 'within', 'meanwhile', 'for']);
/** How many words such a phrase may have before the verb: "in the meantime", "at the same time". */
const FRONTED_PHRASE_MAX = 3;

/** Prepositions that open the complement of a verb written before them: "embark on", "collaborate with", "delve into". */
const VERB_COMPLEMENT_PREPOSITIONS = new Set(['on', 'upon', 'with', 'into', 'against', 'toward', 'towards']);

/** Prepositions of direction: a verb followed by one heads somewhere, it acts on nothing. */
const DIRECTIONS = new Set(['toward', 'towards']);

/** Verbs that take a grant away: what is left is a state of an account one can check. */
const WITHDRAWING_VERBS = new Set(['revoke', 'remove', 'disable', 'withdraw', 'terminate', 'deprovision', 'rescind', 'suspend', 'deactivate', 'cancel']);

/** Nouns of a grant someone holds in a system: taken away, they are gone or not. */
const GRANT_NOUNS = new Set(['access', 'privileges', 'privilege', 'permissions', 'permission', 'rights', 'entitlements']);

/** Nouns of a law that, titled, name one: "the Privacy Act", "the Texas Medical Records Privacy Act". */
const LAW_HEADS = new Set(['act', 'regulation', 'regulations', 'law', 'directive']);

/** Nouns of rule-making that name a standard when a standard's name is in the title ("the HIPAA Security Rule"), else a document. */
const RULE_HEADS = new Set(['rule', 'rules', 'framework', 'standard', 'standards']);

/** Prepositions that say for whom or for what a change is made, not how: "for the EHR vendor", "of the billing team". */
const BENEFICIARIES = new Set(['for', 'of']);

/** Prepositions after a grant that say whose it is or where: "access of the students", "access to Epic", "rights for leavers". */
const GRANT_SCOPES = new Set(['of', 'for', 'to', 'in', 'on']);

/** Prepositions that put what a concrete verb delivers onto the things that receive it. */
const DELIVERED_ONTO = new Set(['to', 'onto', 'across']);
/** Nouns of regard: what a light verb gives them ("pay attention to", "give priority to") is only regarded. */
const REGARD_NOUNS = new Set(['attention', 'focus', 'emphasis', 'weight', 'heed', 'thought', 'priority', 'precedence', 'credence', 'regard']);

/** Light verbs that, with a message or an act as object, do what the noun names: "give consideration to", "pay attention to". */
const GIVING_LIGHT_VERBS = new Set(['give', 'pay', 'lend', 'devote']);

/** The base form of a verb as written (given → give, paid → pay), or the word. */
function baseOf(word: string): string {
  return PARTICIPLES.get(word) ?? baseForms(word).find((b) => GIVING_LIGHT_VERBS.has(b)) ?? word;
}
/** A noun made from a verb ("adoption", "enforcement", "consideration"): an act, not a thing. */
function isVerbNoun(word: string): boolean {
  for (const [suffix, verbEnding] of NOMINAL_SUFFIXES) {
    if (word.length < suffix.length + 3 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + verbEnding;
    if (verbClass(stem) !== undefined || INTENTION_VERBS.has(stem)) return true;
  }
  return false;
}

/** Prepositions that say where a change happens, not how much. */
const PLACE_PREPOSITIONS = new Set(['within', 'in', 'across', 'throughout', 'at', 'around']);

/** Prepositions that open a time phrase. */
const TEMPORAL = new Set(['during', 'until', 'before', 'after', 'throughout', 'following', 'prior']);

/** Words that put what follows in time to come: "the next cycle", "the coming year", "a future release". */
const COMING = new Set(['next', 'coming', 'upcoming', 'following', 'subsequent', 'future', 'forthcoming']);

/** Prepositions after a stance said: what it is for or about ("support for", "concern about", "appetite regarding"). */
const STANCE_TOPICS = new Set(['for', 'about', 'regarding', 'concerning', 'over', 'around', 'toward', 'towards']);

/** Verbs of putting something forward: their object is what is put forward, not a person talked to. */
const PROPOSING_VERBS = new Set(['recommend', 'propose', 'suggest']);

/** Prepositions after a person talked to: what about, where, with whom. */
/** Words that open a question put to someone: "ask the vendor what they recommend", "... whether the EHR logs reads". */
const QUESTION_WORDS = new Set(['what', 'whether', 'how', 'which', 'who', 'why']);
const TALK_TOPICS = new Set(['about', 're', 'regarding', 'concerning', 'on', 'at', 'with', 'around']);

/** Prepositions that give the topic of an abstract object, not a thing acted on: "a conversation around ...". */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'around', 'regarding', 're', 'concerning', 'for', 'into', 'across', 'between', 'within']);

const PLACEHOLDER =
  /^(?:tbd|tba|tbc|n\/?a|none|nil|todo|to do|to be determined|to be decided|to be confirmed|pending|unknown|see above|as above|ditto|\?+|\.{2,}|…|-+|—|–|x+|_+)$/i;

/** True when an action value is only a placeholder (or empty). */
export function isPlaceholderAction(text: string): boolean {
  if (text.length > 40) return false; // placeholders are short; this also bounds the regex work
  const v = text.trim().replace(/^[*`"']+|(?<![*`"'])[*`"']+$/g, '').replace(/(?<=[a-z])[.!]$/i, '').trim();
  return v === '' || PLACEHOLDER.test(v);
}

/** The first configured phrase in the text (whole words, any case, any spacing), with its span. */
function configuredPhrase(text: string, phrases: readonly string[]): Span | undefined {
  const haystack = text.toLowerCase();
  let best: Span | undefined;
  for (const phrase of phrases) {
    const ws = phrase.toLowerCase().trim().split(/\s+/).filter((w) => w !== '');
    if (ws.length === 0) continue;
    const escaped = ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const m = new RegExp(`(?<![a-z0-9])${escaped.join('\\s+')}(?![a-z0-9])`).exec(haystack);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const REASON_RANK: readonly VagueReason[] = ['placeholder', 'configured', 'status', 'intention', 'hedge', 'abstract', 'no-object', 'fragment'];

/** The most telling of two reasons: an intention over a hedge over the rest; the earlier on a tie. */
function moreTelling(a: Reason | undefined, b: Reason | undefined): Reason | undefined {
  if (!a || !b) return a ?? b;
  return REASON_RANK.indexOf(b.reason) < REASON_RANK.indexOf(a.reason) ? b : a;
}

/** Verdicts by phrases and text: an edit changes one action, so the others are not judged again. */
const verdicts = ownCache('action verdicts (classifier)', new BoundedCache<Verdict>(1_000_000));

/**
 * Classifies an action text. Any phrase of `extraPhrases` (the `vaguePhrases` setting) in
 * it makes it vague. Placeholders and empty text are vague: whether an absent action is
 * a finding is the caller's business.
 */
export function classifyAction(text: string, extraPhrases: readonly string[] = []): Verdict {
  const key = `${extraPhrases.join('\u0000')}\u0001${text}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = judgeAction(text, extraPhrases);
    // The lexicon is English: an action in another language ("Zugänge ausgeschiedener Mitarbeiter sperren", "CloudflareAI
    // Workersへ切替") is not judged, neither vague nor specific: the rule says nothing of it. Asked only of what the English
    // reading finds vague, the one verdict it changes. A placeholder or a configured phrase is vague in any language.
    if (verdict.vague && verdict.reason !== 'placeholder' && verdict.reason !== 'configured' && isNotEnglish(text.trim())) verdict = SPECIFIC;
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** Words that join the IDs of a pointer: "R-04 and R-05", "see R-04 above". */
const ID_JOINERS = new Set(['and', 'or', 'also', 'above', 'below']);
const ITEM_POINTER = new PhraseSet(ITEM_POINTERS);
/** Prepositions after a participle that put the work under another item: "covered by R-04", "tracked under POAM-12". */
const UNDER_ITEM = new Set(['by', 'in', 'under', 'via', 'with', 'as', 'into', 'through', 'per']);

/**
 * The IDs an action only points to ("See R-04", "R-04, R-05", "see risks 3 and 4 above"), as written; undefined when it
 * says anything else. Whether they name items of the plan is the rule's to decide: it knows the plan.
 */
export function pointedIds(text: string): readonly string[] | undefined {
  const tokens = tokenise(text);
  let i = 0;
  while (i < tokens.length && tokens[i].stop) i++;
  // "See R-04", "same as R-04", or a participle and a preposition: "covered by R-04", "addressed in R-04 and R-05".
  const opener = Math.max(POINTERS.matchAt(tokens, i, tokens.length), ITEM_POINTER.matchAt(tokens, i, tokens.length));
  if (opener > 0) i += opener;
  else if (i + 1 < tokens.length && isParticiple(tokens[i].word) && UNDER_ITEM.has(tokens[i + 1].word)) i += 2;
  const ids: string[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.id || (t.numeric && !t.name)) ids.push(text.slice(t.start, t.end));
    else if (!(t.stop || ID_JOINERS.has(t.word) || ITEM_NOUNS.has(t.word))) return undefined;
  }
  return ids.length > 0 ? ids : undefined;
}

/** An adverb of urgency or order opening an action, then its verb. */
const URGENCY_LEAD = /^\s*(?:immediately|promptly|urgently|quickly|asap|first|then|next|now),?\s+(?=\S)/i;
/** A tag in square brackets opening an action: an owner, a priority, a ticket. */
const TAG_LEAD = /^\s*\[[^\]\n]{1,60}\]\s*(?=\S)/;
/** A short code of a priority, tier or quarter opening an action before a dash or a colon: "P1 - ", "T2: ", "Q3 – ". */
const CODE_LEAD = /^\s*[A-Za-z]{1,2}\d\s*(?:[-–—:]|--)\s+(?=\S)/;

function judgeAction(text: string, extraPhrases: readonly string[]): Verdict {
  const trimmed = text.trim();
  const lead = text.length - text.trimStart().length;
  if (isPlaceholderAction(trimmed)) {
    return { vague: true, reason: 'placeholder', phrase: trimmed, span: { start: lead, end: lead + trimmed.length } };
  }
  const configured = configuredPhrase(text, extraPhrases);
  if (configured) return { vague: true, reason: 'configured', phrase: text.slice(configured.start, configured.end), span: configured };
  // An action that is only inline code ("`chmod 600 /etc/app.conf`") is a command to run or a line to set: checkable as written.
  if (onlyCode(trimmed)) return SPECIFIC;
  // "Immediately obtain BAAs from …": an adverb of urgency or order before the verb says when, not what; the rest is judged.
  // So does a tag in brackets before it ("[Owner: K. Brandt] Enable ...", "[P2] ..."): it labels the action.
  const urgent = URGENCY_LEAD.exec(text);
  if (urgent && !judgeAction(text.slice(urgent[0].length), extraPhrases).vague) return SPECIFIC;
  // A tag only labels: the action after it is judged alone ("[P2] Quick win: harden the environment" is as vague as without it).
  // So does a short code before a dash or a colon ("P1 - Tighten up access"): a priority or a tier, no product named.
  const tag = TAG_LEAD.exec(text) ?? CODE_LEAD.exec(text);
  if (tag && tag[0].length < text.length) {
    return shifted(judgeAction(text.slice(tag[0].length), extraPhrases), tag[0].length);
  }

  const whole = scan(text);
  const verdict = judgeClauses(text, whole, lead, trimmed);
  // "The laptops will be encrypt with BitLocker": a writer new to English forms the passive with the verb's base form; read
  // with its participle too ("encrypted"), the action is specific when that reading names a deliverable.
  if (verdict.vague) {
    const passive = withBarePassives(whole);
    if (passive !== undefined && !judgeClauses(text, passive, lead, trimmed).vague) return SPECIFIC;
  }
  // "Rollout plan drafted", "Cleanup orphaned accounts": a word read as a phrasal verb's two words may be a noun, or the
  // two words a general verb; read either way, the action is specific when one reading names a deliverable.
  if (!verdict.vague || !whole.apart) return verdict;
  const written = judgeClauses(text, scan(text, false), lead, trimmed);
  return written.vague ? verdict : written;
}

/** Judges an action's clauses, as scanned: specific when one names a deliverable, else the most telling reason. */
function judgeClauses(text: string, whole: Scan, lead: number, trimmed: string): Verdict {
  // A phrase between commas that opens with a preposition (", with the vendor,") is no clause of its own: the
  // clause around it is read as one ("Consider, with the vendor, replacing ..." is still a consideration).
  const scanned = withoutAsides(whole, ',') ?? whole;
  let why: Reason | undefined;
  let named = false;
  let status: Reason | undefined;
  let replaced = false;
  /** A status says the work waits on someone: "awaiting response", "no reply yet". */
  let waiting = false;
  let explicit = false;
  /** A clause named a deliverable a party is to give ("Vendor to provide the remediation plan"). */
  let owed = false;
  /** Examples after ", including" named a deliverable with a measure of its own. */
  let measuredExamples = false;
  const { tokens } = scanned;
  const parts = clauses(scanned);
  const listed = listOfNames(scanned, parts);
  const inverted = verbsAfterTopics(scanned, parts);
  /** The first clause is a short label before a colon or dash ("Mitigation:"): the clause after it opens the action. */
  let label0 = false;
  for (const [n, [from, to]] of parts.entries()) {
    // The topic of a verb after it ("FedRAMP Moderate baseline — align") is judged with the verb, not named on its own.
    if (inverted.has(n + 1)) continue;
    // "Following a presentation by Apex IT, the Committee agreed ...": a phrase in "-ing" before a comma and a clause with its
    // own subject says when or after what the clause acts; the clause says what is done.
    if (n === 0 && opensAdjunct(tokens, from, to, parts[1])) continue;
    const label = to < tokens.length - 1 && LABEL_ENDS.has(tokens[to].word) && to - from <= 4;
    if (n === 0) label0 = label;
    let verdict = inverted.get(n) ?? new Clause(scanned, from, to, tokens[to]?.word === '?', false, 0, listed.has(n)).judge();
    // "Following discussion of the audit findings the Committee resolved that ...": a fronted phrase with no comma after it.
    if (!verdict.deliverable && !listed.has(n)) verdict = afterFrontedPhrase(scanned, from, to) ?? verdict;
    // "Benchmark against peer institutions and identify ...": clauses joined by "and" share their form, so a first word read as
    // a noun before a clause that opens with a verb is a verb the lexicon does not know, judged by what it acts on.
    if (verdict.deliverable && verdict.weak && imperativeBeside(tokens, from, to)) verdict = new Clause(scanned, from, to, false, true).judge();
    // "Pull last month's log and give it to ...", "Mask SSN columns; we'll keep looking at ...": so a first word the lexicon
    // does not know, before a bare object, is a verb when the clause joined to it opens with one.
    else if (verdict.deliverable && verdict.weak && (n === 0 || (n === 1 && label0)) && sentenceBesideOpensWithVerb(tokens, from, to, parts[n + 1])) verdict = new Clause(scanned, from, to, false, true).judge();
    // A short label before ":" or " - " ("Audit logs - look into ...") may only name a topic.
    // ", including the billing BA": what a clause includes are examples of what the clause before it acts on, no action of their own.
    // Unless they carry the predicate of the clause they interrupt: ", including the two carts, are to be fitted with ...".
    const examples = from > 0 && tokens[from - 1].word === ',' && EXAMPLE_OPENERS.has(tokens[from].word) && !hasFiniteVerb(tokens, from, to);
    // "all systems that create, receive, maintain or transmit ePHI": the verbs after the commas of a relative clause still
    // qualify the noun before "that"; what they say names a thing at most, no order of their own.
    const relative = from > 0 && tokens[from - 1].word === ',' && inRelativeVerbList(tokens, from - 1);
    // "Vendor (CloudChart) to provide remediation plan": what a party is to deliver is the plan's only while nothing says the
    // work waits on it; the clauses after are read first.
    // ", including Intune compliance policies requiring BitLocker and a 5-minute screen lock": examples that are themselves a
    // deliverable with a measure say what the work on an abstraction consists of, as a means does ("with ..."); bare names
    // of products ("including Intune and Jamf") only say where to look. Weighed after the clauses, below.
    if (examples && !measuredExamples) {
      // The examples read without their opener: "including (but not limited to) ...".
      let first = from + 1;
      if (tokens[first]?.word === 'but' && tokens[first + 1]?.word === 'not' && tokens[first + 2]?.word === 'limited' && tokens[first + 3]?.word === 'to') first += 4;
      const listed = first < to ? new Clause(scanned, first, to) : undefined;
      const named = listed?.judge();
      // A thing only named counts with a product named in it too ("Intune compliance policies requiring ... a 5-minute screen lock").
      if (listed !== undefined && named?.deliverable && listed.hasQuantity(first) && (!named.weak || listed.hasName(first))) measuredExamples = true;
    }
    if (verdict.deliverable && !verdict.weak && !label && !examples && !relative) {
      if (!owedByParty(tokens, from, to)) return SPECIFIC;
      owed = true;
      continue;
    }
    // A thing named in an aside ("(CrowdStrike, SentinelOne)", "in consultation with Legal") is what
    // another clause is about, not a deliverable of its own.
    if (verdict.deliverable) {
      if (!aside(tokens, from, to)) named = true;
    } else if (verdict.why?.reason === 'status') {
      status ??= verdict.why;
      const said = text.slice(verdict.why.start, verdict.why.end).toLowerCase();
      const reference = POINTER_WORDS.test(said) && from > 0 && tokens[from - 1].word === '(';
      if (!isProgress(said) && !reference) replaced = true;
      if (isWait(said)) waiting = true;
    }
    else {
      why = moreTelling(why, verdict.why);
      if (verdict.why?.reason === 'intention') explicit = true;
    }
  }
  // "Vendor to provide remediation plan. Awaiting response.": a deliverable put on a party, beside a status that says the
  // work waits, is a hand-off: the plan waits for the party. Beside another status ("pending", "TBD"), or none, it stands.
  if (owed && !waiting) return SPECIFIC;
  // A thing only named beside a status or an intention ("Copier HDD - TBD w/ Xerox", "Audit logs - look into
  // Athena reporting") is a topic, not a deliverable; beside a fragment ("Encrypt laptops - done") it stands.
  // A status of progress ("BitLocker on the 4 front-desk PCs - in progress") says how far the named work is; one that
  // stands in its place ("TBD", "waiting on the vendor") leaves only a topic.
  if (named && !replaced && !explicit) return SPECIFIC;
  // Only beside an abstraction acted on ("Enhance the posture of the laptops, including ..."): examples after an intention, a
  // status or a hedge are still only considered, pending or conditional.
  if (measuredExamples && !replaced && !explicit && why?.reason === 'abstract' && firstHedge(scanned) === undefined) return SPECIFIC;
  // "A 24x7 MDR service (vendor: Arctic Wolf) contracted for all servers": a parenthesis cut the clause in two;
  // read without it, the clause may name the deliverable. (What the parenthesis says, a status, was read above.)
  // So does an aside between dashes: "Socialize - and then formally ratify at the April committee - the revised AUP, with
  // signed attestations from all 120 staff" is read around it as well.
  for (const joined of [withoutAsides(scanned, '('), withoutAsides(scanned, '–')]) {
    // A thing only named is read the same way, when nothing stands in its place: "Password manager (Bitwarden Teams) for 9 staff".
    if (joined !== undefined && clauses(joined).some(([from, to]) => {
      const verdict = new Clause(joined, from, to, joined.tokens[to]?.word === '?').judge();
      return verdict.deliverable && (!verdict.weak || (!replaced && !explicit)) && !(waiting && owedByParty(joined.tokens, from, to));
    })) return SPECIFIC;
  }
  // "[ ] BitLocker - all laptops": a dash before "all", "every" or "each" opens the scope of the product or control the cell
  // before it names, as "for" would ("BitLocker for all laptops"); read so, the cell and its scope are one phrase, a thing named
  // with where it goes. So is a cell that ends in a concrete act's noun after its kind ("Phishing test - all staff"). Only such
  // a cell and a cell that opens with a whole group: cells of noun phrases between dashes otherwise stay apart ("Patching -
  // servers", "Security awareness - all staff", "Access review - all users" name a kind of work and a scope).
  const scoped = withScopeAfterDash(text, scanned);
  if (scoped !== undefined && !replaced && !explicit && clauses(scoped).some(([from, to]) => new Clause(scoped, from, to, false).judge().deliverable)) return SPECIFIC;
  // "For the USB, to block in all computers with the antivirus ESET": a topic put first, before a comma, is what the verb after
  // it acts on when that verb has no object of its own; read with the topic in the object's place.
  const topical = withTopicAsObject(scanned, parts);
  if (topical !== undefined) {
    const verdict = new Clause(topical, 0, topical.tokens.length, false, true).judge();
    if (verdict.deliverable && !verdict.weak) return SPECIFIC;
  }
  // "Small autoencoder (10 dimensions, not 50)", "Shredder (2 cross-cut)": a thing named, checklist style, with a count of it
  // in parentheses right after it names a deliverable with its measure, as "Shredder for the front desk" does with a place.
  if (!replaced && !explicit && countedInParentheses(text, scanned)) return SPECIFIC;
  // "Wipe + cert: CRU-LT-009, -011": a verb before a colon heads a column of what it acts on, as a tracker writes it; read
  // with the colon out, what follows is its object. Only when nothing stands in the work's place.
  const headed = withVerbBeforeColon(text, scanned, parts);
  if (headed !== undefined && !replaced && !explicit && clauses(headed).some(([from, to]) => {
    const verdict = new Clause(headed, from, to, false).judge();
    return verdict.deliverable && !verdict.weak;
  })) return SPECIFIC;
  // "a targeted phishing simulation, conducted at least twice annually against the entire workforce, would ...": a
  // participle after a comma qualifies the noun before it; read as one clause, the two may name the deliverable.
  const qualified = withoutParticipleCommas(scanned);
  if (qualified !== undefined && clauses(qualified).some(([from, to]) => {
    const verdict = new Clause(qualified, from, to, qualified.tokens[to]?.word === '?').judge();
    return verdict.deliverable && !verdict.weak && !(waiting && owedByParty(qualified.tokens, from, to));
  })) return SPECIFIC;
  // "Audit log of the warehouse keep for 6 years, is setting in Snowflake retention": a writer who leaves out the subject of
  // a second predicate makes the comma before its auxiliary look like a subject's; the words before it may be a clause with
  // a verb of its own. Read so, a clause there that names a deliverable, not only a thing named, makes the action specific.
  const cut = clauses(scanned, false);
  if (cut.length > parts.length && !replaced && !explicit && cut.some(([from, to]) => {
    if (parts.some(([f, t]) => f === from && t === to)) return false;
    const verdict = new Clause(scanned, from, to, false).judge();
    return verdict.deliverable && !verdict.weak && !owedByParty(tokens, from, to);
  })) return SPECIFIC;
  why = moreTelling(why, status);
  why = moreTelling(why, firstHedge(scanned)) ?? { reason: 'fragment', start: lead, end: lead + trimmed.length };
  return { vague: true, reason: why.reason, phrase: text.slice(why.start, why.end), span: { start: why.start, end: why.end } };
}

/** How many tokens the party before "to" may have: "Vendor", "the billing vendor", "our MSP (Apex IT)". */
const OWING_PARTY_MAX = 5;

/**
 * True when the clause [from, to) is a party and "to" and a verb, as a ticket or a tracker writes what another is to do:
 * "Vendor to provide remediation plan", "MSP to confirm"; the party may stand before the clause, a name in parentheses
 * after it ("Vendor (CloudChart) to provide ...").
 */
function owedByParty(tokens: readonly Token[], from: number, to: number): boolean {
  let at = from;
  while (at < Math.min(to, from + OWING_PARTY_MAX + 1) && tokens[at].word !== 'to' && !tokens[at].stop) at++;
  // After a party and "to" the word is a verb, known or not ("techs to inspect ...").
  if (at + 1 >= to || tokens[at].word !== 'to' || (verbClass(tokens[at + 1].word) === undefined && !isVerbAfterPronoun(tokens[at + 1]))) return false;
  if (at > from) return startsParty(tokens, from, at);
  // The party before the clause, past a parenthesis: "Vendor (CloudChart) to ...".
  let partyEnd = from;
  if (partyEnd > 0 && tokens[partyEnd - 1].word === ')') {
    while (partyEnd > 0 && tokens[partyEnd - 1].word !== '(') partyEnd--;
    partyEnd--;
  }
  let partyFrom = partyEnd;
  while (partyFrom > 0 && !tokens[partyFrom - 1].stop) partyFrom--;
  return partyEnd > partyFrom && partyEnd - partyFrom <= OWING_PARTY_MAX && startsParty(tokens, partyFrom, partyEnd);
}

/** How many tokens a topic before a verb may have: "FedRAMP Moderate baseline", "Firewall rules". */
const TOPIC_MAX = 5;

/**
 * "FedRAMP Moderate baseline — align", "Guest Wi-Fi: isolate": a lone verb after a short topic and a colon or dash acts on
 * the topic, as a tracker's column of topics and a column of verbs are read. The verb part's verdict, by index, judged as
 * the verb and the topic after it; the vague reason spans both as written.
 */
function verbsAfterTopics(scan: Scan, parts: readonly [number, number][]): Map<number, ClauseVerdict> {
  const verdicts = new Map<number, ClauseVerdict>();
  const { tokens, hedged } = scan;
  for (let n = 1; n < parts.length; n++) {
    const [cellFrom, to] = parts[n];
    const [topicFrom, topicTo] = parts[n - 1];
    // "Security cameras: 2 added": a count before the participle counts the topic ("added 2 security cameras").
    const counted = cellFrom + 1 < to && /^\d+$/.test(tokens[cellFrom].word) && !hedged[cellFrom] && doneToTopic(tokens, cellFrom + 1);
    // "BAA - Medline signed": a name before a participle that closes the cell is who did it; what was done is done to the
    // topic ("BAA signed by Medline"). Read alone, the name was what the participle acted on ("signed Medline").
    const doer = counted ? 0 : namedDoer(tokens, cellFrom, to);
    const from = counted ? cellFrom + 1 : cellFrom + doer;
    // "BAA - VoiceScribe transcription - signed": a participle after the topic says what was done to it, as "BAA signed"
    // does; the topics before it, cell by cell, are its subject. A status ("deferred", "closed") stays one. So do
    // participles joined by "and" ("executed and filed") and one with a phrase after it ("enforced in Entra ID").
    const done = !hedged[from] && doneToTopic(tokens, from);
    const lone = to === from + 1;
    if ((!lone && !done) || topicTo !== cellFrom - 1 || !LABEL_ENDS.has(tokens[topicTo].word) || topicTo - topicFrom > TOPIC_MAX || hedged[from]) continue;
    if ((tokens[from].name || tokens[from].acronym) && doer === 0) continue;
    if (/(?:ed|ing)$/.test(tokens[from].word) && !done) continue;
    // "FedRAMP Moderate baseline — align": a verb of conforming conforms to its topic, a rule to meet, and acts on nothing.
    if (CONFORMING_VERBS.has(tokens[from].word)) {
      verdicts.set(n, { deliverable: false, why: { reason: 'abstract', start: tokens[topicFrom].start, end: tokens[from].end } });
      continue;
    }
    if (verbClass(tokens[from].word) === undefined) continue;
    const order = counted ? [from, cellFrom] : [from];
    if (done && n >= 2) {
      const [outerFrom, outerTo] = parts[n - 2];
      if (outerTo === topicFrom - 1 && LABEL_ENDS.has(tokens[outerTo].word) && outerTo - outerFrom <= TOPIC_MAX) for (let k = outerFrom; k < outerTo; k++) order.push(k);
    }
    for (let k = topicFrom; k < topicTo; k++) order.push(k);
    let rest = from + 1;
    while (rest + 1 < to && (tokens[rest].word === 'and' || tokens[rest].word === '&') && doneToTopic(tokens, rest + 1)) rest += 2;
    for (let k = rest; k < to; k++) order.push(k);
    for (let k = cellFrom; k < cellFrom + doer; k++) order.push(k);
    const active = new Clause({ tokens: order.map((k) => tokens[k]), hedged: Uint8Array.from(order, (k) => hedged[k]) }, 0, order.length, false, true).judge();
    // A participle with more after it is read on its own as well: the topic reading only adds a deliverable.
    if (!lone && !active.deliverable) continue;
    verdicts.set(n, active.deliverable || active.why === undefined ? active : { deliverable: false, why: { reason: active.why.reason, start: tokens[topicFrom].start, end: tokens[from].end } });
  }
  return verdicts;
}

/**
 * True when token `i` is a participle of a verb that does something ("signed", "filed", "installed"), not a status
 * ("deferred", "closed"), a word that only says the work ended ("completed"), a hand-off ("escalated", "assigned to ..."),
 * work put down for an act ("submitted for ...") or an intention ("considered").
 */
/** How many names (one or two) open the cell [from, to) right before a participle done to a topic that closes it: "Medline signed"; else 0. */
function namedDoer(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  // A name, not an adverb or an adjective written with a capital after a dash ("Partially implemented").
  while (k < to - 1 && k - from < 2 && tokens[k].name && !tokens[k].acronym && !tokens[k].id && !ADVERB.test(tokens[k].word) && !isModifier(tokens[k].word)) k++;
  // Only a concrete act ("signed", "installed"): a decision or a general verb after a party ("Medline agreed", "Dana
  // reviewed") says what the party thinks or looked at, judged as before.
  return k > from && k === to - 1 && doneToTopic(tokens, k) && verbClass(tokens[k].word) === 'concrete' && !baseForms(tokens[k].word).some((b) => DECIDING_VERBS.has(b)) ? k - from : 0;
}

function doneToTopic(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].word;
  if (!word.endsWith('ed') || !isParticiple(word) || COMPLETION.has(word) || STATUS.matchAt(tokens, i, tokens.length) > 0 || FINAL_STATUS.matchAt(tokens, i, tokens.length) > 0) return false;
  // "assigned to Tier 2", "submitted for approval": where the work went, or what it was put down for.
  if (tokens[i + 1]?.word === 'to' || tokens[i + 1]?.word === 'for') return false;
  const cls = verbClass(word);
  return cls !== undefined && cls !== 'handoff' && cls !== 'position' && !baseForms(word).some((b) => INTENTION_VERBS.has(b));
}

/** True when [from, to) holds a modal or an auxiliary: a predicate of its own. */
function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((MODALS.has(tokens[k].word) && tokens[k].word !== 'to') || AUXILIARIES.has(tokens[k].word)) return true;
  return false;
}

/**
 * True when the clause [from, to) opens with a word in "-ing" and ends at a comma before a clause `next` that opens with
 * its subject (a determiner, a name or a party: "..., the Committee agreed", "..., IT will ..."): an adjunct of time or
 * circumstance ("Following a presentation by Apex IT", "Having reviewed the SRA"), not an action of its own. Before an
 * order with no subject ("Using Intune, push BitLocker to all 40 laptops") it is the order's means, read as before.
 */
function opensAdjunct(tokens: readonly Token[], from: number, to: number, next: readonly [number, number] | undefined): boolean {
  if (next === undefined || tokens[to]?.word !== ',' || to - from < 2) return false;
  // A preposition of two words, a modifier and "to", opens one as well: "Further to the minutes of 14 January", "Prior to
  // the audit", "Subsequent to the merger".
  const word = tokens[from].word;
  if (!/^[a-z]{3,}ing$/.test(word) && !(tokens[from + 1].word === 'to' && verbClass(word) === undefined && isModifier(word))) return false;
  // "Removing Kayla's REDCap account, she left in May", "Locking the server closet, only me + IT have keys": a concrete act in
  // "-ing" is the action, as a writer who names the work by its gerund writes it; the clause after says why or who.
  if (verbClass(word) === 'concrete') return false;
  const subject = tokens[next[0]];
  // The clause after has a subject of its own, or a predicate: "..., security awareness will be improved".
  return subject !== undefined && !subject.stop && (DETERMINERS.has(subject.word) || isNamed(subject) || isPartyNoun(subject.word) || PRONOUNS.has(subject.word) ||
    (!isBaseVerb(subject.word) && hasFiniteVerb(tokens, next[0], next[1])));
}

/** Words that open a condition: what comes after them is not done until it is met ("until the audit the practice ..."). A wait ("pending", "waiting on") is a status. */
const UNMET = new Set([...ACT_CONDITIONS, ...EMPTY_CONDITION_OPENERS, 'depending', 'assuming', 'barring', 'absent']);

/**
 * "Following discussion of the audit findings the Committee resolved that IT will enable MFA ...", "Pursuant to the HIE agreement
 * the liaison will deactivate ...": a phrase of time, cause or source put first (a preposition, or a word in "-ing" as
 * opensAdjunct has it) whose writer left out the comma after it reads as the clause's subject or object, and hides its verb.
 * The clause starts where the phrase ends: after a noun, at a subject (a determiner, a pronoun, a name, a party). Read from
 * there (only there: a later word is inside the clause, whose tail read alone may name what the whole does not), what its verb
 * delivers, not a thing only named, is the clause's. Not after a verb, a modal or "to": the phrase has ended before them.
 */
function afterFrontedPhrase(scanned: Scan, from: number, to: number): ClauseVerdict | undefined {
  const { tokens } = scanned;
  const word = tokens[from].word;
  const opener = PHRASE_ENDS.has(word) || word === 'given' || /^[a-z]{3,}ing$/.test(word) || (tokens[from + 1]?.word === 'to' && verbClass(word) === undefined && isModifier(word));
  if (!opener || UNMET.has(word) || to - from < 4 || STATUS.matchAt(tokens, from, to) > 0) return undefined;
  for (let k = from + 2; k + 1 < Math.min(to, from + 16); k++) {
    const before = tokens[k - 1];
    const t = tokens[k];
    // A hedge in the phrase ("As needed the practice will ...") qualifies the clause after it: read as before. A rule it cites
    // ("Pursuant to the HIE agreement") only says why.
    if (t.stop || before.stop || (MODALS.has(before.word) && before.word !== 'to') || AUXILIARIES.has(before.word) || isHedge(scanned.hedged[k - 1]) || scanned.hedged[k - 1] === QUESTION) return undefined;
    // The phrase put first ends in a noun: no function word, determiner or modifier before the subject.
    if (FUNCTION_WORDS.has(before.word) || PHRASE_ENDS.has(before.word) || DETERMINERS.has(before.word) || (isModifier(before.word) && !before.name && !before.acronym)) continue;
    // An intention or a verb in "-ing" inside it ("look at getting the laptops ...") is no phrase of time or cause: what follows is its object.
    if (k - 1 > from && (INTENTIONS.matchAt(tokens, k - 1, to) > 0 || (before.word.endsWith('ing') && verbClass(before.word) !== undefined))) return undefined;
    // A verb in its base form right after a noun is an order, the phrase ended before it ("... risk analysis investigate Secure
    // Score recs"); after a determiner or a modifier it is a noun of the phrase ("the audit findings").
    const prior = tokens[k - 2];
    if (isBaseVerb(before.word) && !isPartyNoun(before.word) && k - 2 > from && !(FUNCTION_WORDS.has(prior.word) || PHRASE_ENDS.has(prior.word) || DETERMINERS.has(prior.word) || isModifier(prior.word))) return undefined;
    // A verb may be a noun of the phrase ("risk analysis", "audit findings"): only a subject, and its verb after it, show
    // where the clause starts.
    if (!(DETERMINERS.has(t.word) || PRONOUNS.has(t.word) || isPartyNoun(t.word)) || !finiteVerbAfterSubject(tokens, k + 1, to)) continue;
    // A rule cited first is marked to the clause end ("Pursuant to the HIE agreement ..."): the clause after it cites nothing.
    let read = scanned;
    if (scanned.hedged[k] === CITED) {
      const hedged = scanned.hedged.slice();
      for (let j = k; j < to && hedged[j] === CITED; j++) hedged[j] = 0;
      read = { ...scanned, hedged };
    }
    const verdict = new Clause(read, k, to, tokens[to]?.word === '?').judge();
    return verdict.deliverable && !verdict.weak ? verdict : undefined;
  }
  return undefined;
}

/** True when a finite verb follows within a short subject from `from`: a modal or auxiliary, or a known verb in "-s" or "-ed". */
function finiteVerbAfterSubject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + SUBJECT_MAX + 1); j++) {
    const w = tokens[j].word;
    if (tokens[j].stop) return false;
    // A verb the lexicon does not know reports what follows "that": "the Committee resolved that ...".
    if ((MODALS.has(w) && w !== 'to') || STATING_AUXILIARIES.has(w) || (/(?:s|ed)$/.test(w) && (verbClass(w) !== undefined || tokens[j + 1]?.word === 'that') && !isPartyNoun(w))) return true;
  }
  return false;
}

/** Words that open examples of what the clause before acts on: ", including the billing BA". */
const EXAMPLE_OPENERS = new Set(['including', 'incl', 'excluding']);

/** How many tokens an item of a list of names may have: "transmission security", "and access reviews". */
const NAME_ITEM_MAX = 4;

/**
 * The clauses (by index) that are items of a list of names of things: three or more short items between commas,
 * semicolons or bullets, no determiner, hedge or count in them, most of them starting with a word that is no verb
 * ("Access control, audit logs, transmission security"). Items of a list share their form, so an item whose first
 * word could be a verb ("audit logs") is a name like the others, not an order to audit. A list of orders
 * ("Encrypt laptops, patch servers, enable MFA") starts with verbs and is not one.
 */
function listOfNames({ tokens, hedged }: Scan, parts: readonly [number, number][]): Set<number> {
  const listed = new Set<number>();
  let run: number[] = [];
  const close = () => {
    let nouns = 0;
    for (const n of run) {
      const [from, to] = parts[n];
      const first = CONNECTIVES.has(tokens[from].word) ? from + 1 : from;
      if (tokens[first].name || tokens[first].acronym || clauseVerbClass(tokens, first, to) === undefined) nouns++;
    }
    if (run.length >= 3 && nouns >= 2 && nouns > run.length - nouns) for (const n of run) listed.add(n);
    run = [];
  };
  for (const [n, [from, to]] of parts.entries()) {
    let short = to - from <= NAME_ITEM_MAX;
    for (let k = from; short && k < to; k++) if (hedged[k] || DETERMINERS.has(tokens[k].word) || MODALS.has(tokens[k].word) || tokens[k].numeric || PHRASE_ENDS.has(tokens[k].word)) short = false;
    // An item follows the one before it only across a comma, a semicolon or a bullet.
    const joined = n > 0 && parts[n - 1][1] === from - 1 && (tokens[from - 1].word === ',' || tokens[from - 1].word === ';');
    if (!short || !joined) close();
    if (short) run.push(n);
  }
  close();
  return listed;
}

/** A verdict on a text's tail, its span moved to where the tail starts in the whole text. */
function shifted(verdict: Verdict, by: number): Verdict {
  if (!verdict.vague) return verdict;
  return { vague: true, reason: verdict.reason, phrase: verdict.phrase, span: { start: verdict.span.start + by, end: verdict.span.end + by } };
}

/** Statuses that say how far the work is, not that something else stands in its place. */
const PROGRESS = new Set(['in progress', 'wip', 'underway', 'under way', 'in flight', 'in the works']);
/** True when a status says how far the work is: "in progress", "70% complete". */
function isProgress(status: string): boolean {
  return PROGRESS.has(status) || /^\d+%(?:\s+(?:complete|completed|done|finished))?$/.test(status);
}

/** True when a status says the work waits on someone: "awaiting response", "still waiting", "no reply yet". */
function isWait(status: string): boolean {
  return WAITING_STATUSES.some((w) => status === w || status.startsWith(`${w} `)) || /^no\s/.test(status);
}

/** A pointer ("see ticket", "per INC-4411", "ref #123"): in parentheses beside a named deliverable it refers to a record of it. */
const POINTER_WORDS = /^(?:see|per|ref|cf|refer to|reference|as per)\b/;

/** Words that say work is finished: "70% complete". */
const COMPLETION = new Set(['complete', 'completed', 'done', 'finished']);
/** Verbs that end a message's life: a ticket closed or resolved says the work it asked for is done. */
const ENDING_VERBS = new Set(['close', 'resolve', 'complete', 'finish', 'fulfil', 'fulfill']);

/** Prepositions that open an aside between commas: ", by written appointment letter,", ", with the vendor's help,". */
const ASIDE_OPENERS = new Set(['by', 'with', 'via', 'through', 'using', 'in', 'on', 'for', 'under', 'at', 'within']);
/** Words that open an aside between dashes besides a preposition: "- and then formally ratify ... -". */
const DASH_ASIDE_OPENERS = new Set(['and', 'then']);
/** How long an aside may be, in tokens: a note, not a clause of its own. */
const ASIDE_MAX = 12;

/**
 * The action with its asides of one kind taken out, or undefined when it has none: parentheses inside a
 * sentence, or phrases between commas that open with a preposition and hold no hedge. Tokens keep their offsets.
 */
function withoutAsides({ tokens, hedged }: Scan, opener: '(' | ',' | '–'): Scan | undefined {
  const keep: number[] = [];
  let removed = false;
  for (let i = 0; i < tokens.length; i++) {
    const end = tokens[i].word === opener || (opener === '–' && tokens[i].word === '—') ? asideEnd(tokens, hedged, i) : i;
    if (end > i) {
      removed = true;
      i = end;
    } else keep.push(i);
  }
  if (!removed) return undefined;
  return { tokens: keep.map((k) => tokens[k]), hedged: Uint8Array.from(keep, (k) => hedged[k]) };
}

/** Participles by base form, for the irregular verbs: give → given. */
const PARTICIPLE_OF = new Map([...PARTICIPLES].map(([participle, base]) => [base, participle]));

/** The scan with each concrete verb's base form after "be" read as its participle ("be encrypt" as "be encrypted"), or undefined when none is. */
function withBarePassives({ tokens, hedged }: Scan): Scan | undefined {
  let read: Token[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].word;
    if (tokens[i - 1].word !== 'be' || tokens[i].name || tokens[i].acronym || !isBarePassive(w)) continue;
    read ??= [...tokens];
    read[i] = { ...tokens[i], word: PARTICIPLE_OF.get(w) ?? (w.endsWith('e') ? `${w}d` : `${w}ed`) };
  }
  return read === undefined ? undefined : { tokens: read, hedged };
}

/** A capital after lower-case letters inside a word: "BitLocker", "SentinelOne", "McAfee". */
const INNER_CAPITAL = /^[A-Za-z][a-z]+[A-Z]/;

/** The scan with each dash before a whole group ("- all laptops", "– every user") read as "for", or undefined when none is. */
function withScopeAfterDash(text: string, { tokens, hedged }: Scan): Scan | undefined {
  let read: Token[] | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if ((tokens[i].word !== '–' && tokens[i].word !== '—') || !WHOLE_GROUP.has(tokens[i + 1].word) || tokens[i - 1].stop) continue;
    // The cell names a product: a name in it ("Duo MFA", "KnowBe4"), not only a kind of work or of system ("Patching", "EHR").
    // A capital inside the word ("BitLocker", "SentinelOne") writes a product's name wherever it stands, first word or not.
    let named = false;
    for (let k = i - 1; k >= 0 && !tokens[k].stop; k--) if ((tokens[k].name && !tokens[k].id) || INNER_CAPITAL.test(text.slice(tokens[k].start, tokens[k].end))) named = true;
    // So does a cell that ends in the noun of a concrete verb after the kind of it ("Phishing test", "Vulnerability scan"): a
    // thing done one can find for each of the scope, as "Phishing test for all staff" is. A kind of work in "-ing" ("Patching")
    // or an act of a general verb ("Access review", "Risk assessment") stays apart.
    const act = tokens[i - 1];
    const kind = i >= 2 && !tokens[i - 2].stop && !FUNCTION_WORDS.has(tokens[i - 2].word);
    if (!named && !(kind && !act.name && !act.acronym && isBaseVerb(act.word) && verbClass(act.word) === 'concrete')) continue;
    read ??= [...tokens];
    read[i] = { ...tokens[i], word: 'for', stop: false };
  }
  return read === undefined ? undefined : { tokens: read, hedged };
}

/** How many words a thing named before its count in parentheses may have: "Small autoencoder", "Cross-cut shredder for Lab 2". */
const COUNTED_THING_MAX = 5;

/**
 * True when the action opens with a thing only named, a common noun that is no abstraction, act, party or message and no verb
 * ("Small autoencoder", "Shredder"), and a parenthesis right after it opens with a count ("(10 dimensions, not 50)", "(2
 * units)"): the thing is named with how many or how much of it. A control's name or acronym ("MFA (3 apps)") names a topic,
 * an activity ("Training (2 sessions)") or a quality ("Security posture (10 dimensions)") no thing.
 */
function countedInParentheses(text: string, { tokens, hedged }: Scan): boolean {
  let open = 0;
  while (open < tokens.length && !tokens[open].stop) open++;
  if (open === 0 || open > COUNTED_THING_MAX || tokens[open]?.word !== '(' || hedged[open + 1] || !isQuantity(tokens, open + 1)) return false;
  // A count, not a share done ("(40% complete)": the tokens leave the sign out) nor a year or a date ("(2026)").
  if (!/^\d+$/.test(tokens[open + 1].word) || text.slice(tokens[open + 1].end).trimStart().startsWith('%')) return false;
  for (let k = 0; k < open; k++) {
    const t = tokens[k];
    if (t.name || t.acronym || t.numeric || hedged[k] || verbClass(t.word) !== undefined || FUNCTION_WORDS.has(t.word)) return false;
  }
  const head = tokens[open - 1];
  return !isModifier(head.word) && !isAbstractToken(head) && !isPartyNoun(head.word) && !isActNoun(head.word) && !isFrameNoun(head.word) &&
    !/(?:ing|ness|ity|ment)$/.test(head.word);
}

/** Words that join the verbs of a column label: "Wipe + cert", "Wipe & tag", "Wipe and certify". */
const LABEL_JOINERS = new Set(['and', '&', '+', '/']);

/**
 * The action with the colon after its first clause taken out, when that clause is a known verb, alone or joined to one or
 * two more words by "+", "&", "/" or "and" ("Wipe:", "Wipe + cert:"), and something follows the colon; else undefined.
 * Tokens keep their offsets.
 */
function withVerbBeforeColon(text: string, { tokens, hedged }: Scan, parts: readonly (readonly [number, number])[]): Scan | undefined {
  if (parts.length < 2) return undefined;
  const from = parts[0][0];
  let to = from;
  while (to < tokens.length && to - from <= 5 && tokens[to].word !== ':' && (!tokens[to].stop || tokens[to].word === '&')) to++;
  if (tokens[to]?.word !== ':' || to + 1 >= tokens.length || to - from > 5 || hedged[from]) return undefined;
  const verb = tokens[from];
  if (verb.name || verb.acronym || verbClass(verb.word) === undefined || /(?:ed|ing)$/.test(verb.word)) return undefined;
  // "Action: Dr. Haddad", "Risk: ...": the noun of an item of the plan before a colon labels a field, whatever verb it may be.
  if (to === from + 1 && ITEM_NOUNS.has(verb.word)) return undefined;
  // The joiners are words ("and") or signs the tokens leave out ("+"): a sign is read in the gap between two words.
  for (let k = from + 1; k < to; k++) {
    const sign = text.slice(tokens[k - 1].end, tokens[k].start).trim();
    if (LABEL_JOINERS.has(tokens[k].word) && k + 1 < to) k++;
    else if (!LABEL_JOINERS.has(sign)) return undefined;
    if (tokens[k].stop || FUNCTION_WORDS.has(tokens[k].word) || tokens[k].name || tokens[k].acronym) return undefined;
  }
  const keep: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (k !== to) keep.push(k);
  return { tokens: keep.map((k) => tokens[k]), hedged: Uint8Array.from(keep, (k) => hedged[k]) };
}

/** Prepositions that put a topic first: "For the USB, ...", "About the laptops, ...". */
const TOPIC_OPENERS = new Set(['for', 'about', 'regarding', 'concerning']);

/**
 * The second clause with the first one's topic put after its verb, when the first clause is a topic put first ("For the USB")
 * and the second opens, after "to", a modal or a subject pronoun, with a known verb that a preposition or the clause end
 * follows (no object of its own: "to block in all computers"); else undefined. Tokens keep their offsets.
 */
function withTopicAsObject({ tokens, hedged }: Scan, parts: readonly [number, number][]): Scan | undefined {
  if (parts.length < 2) return undefined;
  const [topicFrom, topicTo] = parts[0];
  const [from, to] = parts[1];
  if (!TOPIC_OPENERS.has(tokens[topicFrom].word) || topicTo - topicFrom < 2 || topicTo - topicFrom > 6 || tokens[topicTo]?.word !== ',') return undefined;
  let verb = from;
  while (verb < to && (CONNECTIVES.has(tokens[verb].word) || MODALS.has(tokens[verb].word) || PRONOUNS.has(tokens[verb].word))) verb++;
  if (verb >= to || verbClass(tokens[verb].word) === undefined || (verb + 1 < to && !PHRASE_ENDS.has(tokens[verb + 1].word))) return undefined;
  const order = [verb];
  for (let k = topicFrom + 1; k < topicTo; k++) order.push(k);
  for (let k = verb + 1; k < to; k++) order.push(k);
  return { tokens: order.map((k) => tokens[k]), hedged: Uint8Array.from(order, (k) => hedged[k]) };
}

/**
 * The action without the commas between a noun and a participle in "-ed" that qualifies it ("a simulation, conducted
 * twice a year"), or undefined when it has none. Tokens keep their offsets.
 */
function withoutParticipleCommas({ tokens, hedged }: Scan): Scan | undefined {
  const keep: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const qualifies = tokens[i].word === ',' && before !== undefined && !before.stop && !FUNCTION_WORDS.has(before.word) && !hedged[i - 1] &&
      after !== undefined && after.word.endsWith('ed') && isParticiple(after.word) && i + 2 < tokens.length && !tokens[i + 2].stop;
    if (!qualifies && !(tokens[i].word === ',' && inSerialList(tokens, i))) keep.push(i);
  }
  if (keep.length === tokens.length) return undefined;
  return { tokens: keep.map((k) => tokens[k]), hedged: Uint8Array.from(keep, (k) => hedged[k]) };
}

/** How many tokens an item of a serial list may have: "likelihood and impact ratings". */
const LIST_ITEM_MAX = 6;

/**
 * True when the comma at `i` separates items of a serial list that ends in ", and" or ", or" and a predicate ("the risk
 * register, likelihood and impact ratings, and remediation owners delivered to the Board"): the items share it.
 */
function inSerialList(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length - 1, i + 3 * LIST_ITEM_MAX); ) {
    if (tokens[k].word !== ',') return false;
    if (tokens[k + 1].word === 'and' || tokens[k + 1].word === 'or') return (k > i || (i > 0 && !tokens[i - 1].stop)) && hasPredicate(tokens, k + 2);
    // The next item: a few words that are no verb a clause could start with.
    let end = k + 1;
    while (end < tokens.length && !tokens[end].stop && end - k <= LIST_ITEM_MAX) {
      if (end === k + 1 && (verbClass(tokens[end].word) !== undefined || MODALS.has(tokens[end].word))) return false;
      end++;
    }
    if (end === k + 1 || end - k > LIST_ITEM_MAX) return false;
    k = end;
  }
  return false;
}

/** True when a participle, a modal or an auxiliary follows token `from` in its clause: the last item of a list has a predicate ("... delivered to the Board"). */
function hasPredicate(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !tokens[k].stop; k++) {
    const w = tokens[k].word;
    if ((w.endsWith('ed') && isParticiple(w)) || MODALS.has(w) || AUXILIARIES.has(w)) return k > from;
  }
  return false;
}

/** Where the aside opening at token `i` ends (its closing token), or `i` when none opens there. */
function asideEnd(tokens: readonly Token[], hedged: Uint8Array, i: number): number {
  const opener = tokens[i].word;
  const dash = opener === '–' || opener === '—';
  // "Socialize - and then formally ratify at the April committee - the revised AUP": between dashes, an aside opens with a
  // preposition or with "and" and what is done next; a topic's cells ("Lobby PC - encrypt - done") are no aside.
  const opens = (opener === ',' && ASIDE_OPENERS.has(tokens[i + 1]?.word ?? '')) || (dash && (ASIDE_OPENERS.has(tokens[i + 1]?.word ?? '') || DASH_ASIDE_OPENERS.has(tokens[i + 1]?.word ?? '')));
  if (i === 0 || tokens[i - 1].stop || (opener !== '(' && !opens)) return i;
  const closer = opener === '(' ? ')' : dash ? opener : ',';
  for (let j = i + 1; j < Math.min(tokens.length, i + ASIDE_MAX); j++) {
    if (isHedge(hedged[j])) return i;
    if (tokens[j].word === closer) return j + 1 < tokens.length && !tokens[j + 1].stop ? j : i;
    if (closer !== ')' && tokens[j].stop) return i;
  }
  return i;
}

/**
 * True when the clause [from, to) is in parentheses or opens with a preposition: an aside to another clause. In parentheses
 * it may follow other clauses of the same aside: the names after "e.g.," in "(e.g., Intune, Workspace ONE)" are examples.
 */
function aside(tokens: readonly Token[], from: number, to: number): boolean {
  return inParentheses(tokens, from, to) || (PHRASE_ENDS.has(tokens[from].word) && from > 0);
}

/** Words that open a parenthesis of examples: "e.g.", "for example", "such as", "like", "including". */
const PARENTHESIS_EXAMPLE_OPENERS: ReadonlySet<string> = new Set(['e.g', 'e.g.', 'eg', 'e', 'for', 'such', 'like', 'including', 'incl', 'ex']);

/** True when [from, to) lies inside one pair of parentheses. */
function inParentheses(tokens: readonly Token[], from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && tokens[open].word !== '(' && tokens[open].word !== ')') open--;
  if (open < 0 || tokens[open].word !== '(') return false;
  // Only examples ("(e.g., Intune, Workspace ONE)", "(such as ...)") are an aside whatever commas cut them; the items of
  // another list in parentheses ("alerting rules for risky activity (mass chart downloads, failed MFA prompts)") are judged.
  if (open !== from - 1 && !PARENTHESIS_EXAMPLE_OPENERS.has(tokens[open + 1]?.word ?? '')) return false;
  let close = to;
  while (close < tokens.length && tokens[close].word !== ')' && tokens[close].word !== '(') close++;
  return close < tokens.length && tokens[close].word === ')';
}

/** The first floating hedge ("as needed"), as a reason. */
function firstHedge({ tokens, hedged }: Scan): Reason | undefined {
  const i = hedged.findIndex(isHedge);
  if (i < 0) return undefined;
  let end = i;
  while (end + 1 < tokens.length && hedged[end + 1] === hedged[i]) end++;
  return { reason: 'hedge', start: tokens[i].start, end: tokens[end].end };
}
