// Clause readings of phrases without a leading verb: noun phrases (measured or long enough), acts named by a noun,
// sub-clauses and reorderings, passives, a verb later in the clause, subjunctives and "is to" clauses.
import {
  CONNECTIVES, ABSTRACT_NOUNS, FUNCTION_WORDS, PHRASE_ENDS, FREQUENCY_WORDS, DEPARTMENT_ACRONYMS, TIME_UNITS, MODALS, COMMUNICATION_NOUNS,
  STANDARD_NAMES, EXPECTING_VERBS, ROLE_HOLDING_MODIFIERS, GROUP_NOUNS, WORK_HOLDERS,
} from './lexicon';
import { isModifier, isWordNetAbstract, isWordNetEnglish } from './wordnet';
import { verbClass, DECIDING, hasVerbFact, isEmptyVerb, baseForms, ABSTRACT_SUFFIX, isActNoun, concreteVerbOfNoun } from './words';
import { Token, INTENTIONS, OUTCOMES, LEADING, DETERMINERS, AUXILIARIES, PARTICIPLES, isParticiple, PRONOUNS, isFrameNoun } from './tokens';
import { inRelativeTime, isQuantity } from './measures';
import {
  Reason, QUESTION, ACT_CONDITIONS, ADJECTIVE_ENDING, isNamed, gotDone, phrasalVerbAt, isBaseVerb, RELATIVES, isVerbAfterPronoun,
  isPartyNoun, isAbstractToken, PLACED,
} from './scan';
import {
  ClauseVerdict, DELIVERABLE, NAMED_ONLY, INSERTED, participleBeforeNoun, WHOLE_GROUP, MAX_DEPTH, CAUSATIVES, INTENTION_VERBS, reportsThat,
  startsParty, Clause, ADVERB, LY_NOUNS, GIVING_LIGHT_VERBS, baseOf, isVerbNoun, COMPLETION, ENDING_VERBS, addReadings,
} from './clause';

// The readings this file adds to every clause (addReadings, clause.ts), declared so that any reading may call them.
declare module './clause' {
  interface Clause {
    nounPhrase(i: number, measured: boolean, hedge: Reason | undefined): ClauseVerdict;
    filledRole(i: number): boolean;
    actOnModifiers(i: number): ClauseVerdict | undefined;
    nominalAct(i: number): ClauseVerdict | undefined;
    actConditionFrom(from: number): number;
    systemFunction(from: number, to: number): boolean;
    isBareNumber(t: Token | undefined): boolean;
    questionEnd(k: number): number;
    subFrom(at: number): ClauseVerdict;
    reordered(order: readonly number[]): ClauseVerdict;
    frontedObject(i: number, verb: number): boolean;
    frontedCadence(i: number, limit: number): number;
    sub(at: number, hedge: Reason | undefined, verbFirst?: boolean): ClauseVerdict;
    passive(subjectFrom: number, auxAt: number, at: number, hedge: Reason | undefined): ClauseVerdict;
    continuesNamedAct(i: number): boolean;
    deniesAct(from: number, to: number): boolean;
    laterVerb(from: number): { at: number; auxAt: number; passive: boolean } | undefined;
    subjunctiveAt(m: number): boolean;
    copulaBeforeTo(i: number): number;
    onlyConnectivesBefore(i: number): boolean;
    pluralBeforeVerb(m: number): boolean;
  }
}

/** The articles before a noun made of a bare verb: "the monitor of", "a check of". */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Forms of "get" in the present, that a subject receives a thing with: "the bags get a seal". */
const RECEIVING = new Set(['get', 'gets']);

const COPULAS = new Set(['be', 'become', 'stay', 'remain']);

const HAVE_FORMS = new Set(['has', 'have', 'had']);

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

addReadings({
  /** A noun phrase: a deliverable only when measured, or long and concrete enough. */
  nounPhrase(i: number, measured: boolean, hedge: Reason | undefined): ClauseVerdict {
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
    // "Key rotation", "MFA enforcement", "Artifact signing": a noun made from a concrete verb names that act done to the words
    // before it, a deliverable when the verb put first is one ("rotate keys"); what is not is judged as a noun phrase below.
    const nominal = measured || act !== undefined ? undefined : this.nominalAct(i);
    if (nominal?.deliverable && !this.hasFloatingHedge()) return NAMED_ONLY;
    // "Dedicated HIPAA compliance officer", "Legal/compliance advisor on retainer": a role held, as "Appoint a ..." puts it.
    if (this.filledRole(i) && !this.hasFloatingHedge()) return NAMED_ONLY;
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
  },

  /**
   * True when the noun phrase at `i` is a role one person fills, said to be held: a word before it that says so ("Dedicated
   * HIPAA compliance officer", "Designated privacy officer") or a retainer that holds it, ending the clause ("Legal/compliance
   * advisor on retainer"). A designation letter or a retainer agreement is there to check, as for "Appoint a Privacy Officer".
   * A body ("a dedicated team"), whoever holds an item's work ("a designated owner") or a service ("IT support on standby",
   * "Dedicated support") is no role filled.
   */
  filledRole(i: number): boolean {
    const end = this.phraseEnd(i);
    const role = this.head(i, end);
    if (role === undefined || !isPartyNoun(role.word) || GROUP_NOUNS.has(role.word) || WORK_HOLDERS.has(role.word)) return false;
    if (ROLE_HOLDING_MODIFIERS.has(this.tokens[i].word) && this.tokens[i + 1] !== role) return true;
    return end + 2 === this.to && this.tokens[end].word === 'on' && this.tokens[end + 1].word === 'retainer';
  },

  /**
   * The noun phrase at `i` read as its head's verb acting on the words before the head ("Backup health check" as "check backup
   * health"), when the head is a general verb in its base form ("check", "review") after words that are no name;
   * else undefined. A concrete verb's noun ("Backup restore test", "screen lock") names the thing made.
   */
  actOnModifiers(i: number): ClauseVerdict | undefined {
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
  },

  /** The noun phrase at `i` read as its head's concrete verb acting on the words before it ("Key rotation" as "rotate key"); else undefined. */
  nominalAct(i: number): ClauseVerdict | undefined {
    const end = this.phraseEnd(i);
    const head = end - 1;
    if (head <= i || this.depth >= MAX_DEPTH || this.head(i, end) !== this.tokens[head]) return undefined;
    // Only a title-like item that is the whole action ("MFA enforcement", "TKT-12: Key rotation"): beside a clause of its own
    // ("network segmentation - scoping w/ Dale next wk") the noun is that clause's topic; after a determiner ("Some training
    // for …") it is a thing, not an act.
    const all = this.s.tokens;
    let last = all.length;
    while (last > 0 && all[last - 1].stop) last--;
    if (this.to < last) return undefined;
    for (let k = 0; k < i; k++) if (!(all[k].id || all[k].stop || all[k].word === ':' || all[k].label || all[k].numeric)) return undefined;
    for (let k = i; k < head; k++) if (FUNCTION_WORDS.has(this.tokens[k].word) || DETERMINERS.has(this.tokens[k].word)) return undefined;
    // What it acts on is named by a noun: qualities alone before the act say how it is done ("Phased implementation with pilots").
    const adjectival = (w: Token) => !w.acronym && (isParticiple(w.word) || ADJECTIVE_ENDING.test(w.word) || isModifier(w.word));
    if (this.tokens.slice(i, head).every(adjectival)) return undefined;
    const t = this.tokens[head];
    const verb = t.name || t.acronym || this.hasName(i, head) ? undefined : concreteVerbOfNoun(t.word);
    if (verb === undefined) return undefined;
    // "Artifact signing and verification": two such nouns joined name two acts done to the same words ("sign and verify artifacts").
    const joined = this.tokens[end]?.word === 'and' && end + 2 <= this.to ? concreteVerbOfNoun(this.tokens[end + 1].word) : undefined;
    const acts = joined === undefined ? [head] : [head, end, end + 1];
    const order = [...acts];
    for (let k = i; k < head; k++) order.push(k);
    for (let k = joined === undefined ? end : end + 2; k < this.to; k++) order.push(k);
    const tokens = order.map((k) => (k === head ? { ...t, word: verb } : k === end + 1 && joined !== undefined ? { ...this.tokens[k], word: joined } : this.tokens[k]));
    return new Clause({ tokens, hedged: Uint8Array.from(order, (k) => this.s.hedged[k]) }, 0, tokens.length, false, true, this.depth + 1).judge();
  },

  /** Where a condition on when an act happens opens in the clause ("if the issue recurs"), or the clause end. */
  actConditionFrom(from: number): number {
    for (let k = from; k < this.to; k++) if (ACT_CONDITIONS.has(this.tokens[k].word) && !this.s.hedged[k] && !isQuantity(this.tokens, k)) return k;
    return this.to;
  },

  /** True when the phrase [from, to) is a function of a system its acronym names: "EHR remote access", not "HIPAA compliance" or "security awareness". */
  systemFunction(from: number, to: number): boolean {
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
  },

  /** A number that is no product's designation: "2026" is a year to put nothing on; "M365", "Win11" are systems. */
  isBareNumber(t: Token | undefined): boolean {
    return t !== undefined && t.numeric && !t.name;
  },

  /** The end of the question that starts at `k`. */
  questionEnd(k: number): number {
    let end = k;
    while (end < this.to && this.s.hedged[end] === QUESTION) end++;
    return end;
  },

  /** The clause from token `at` on, judged on its own, as a verb-first clause. */
  subFrom(at: number): ClauseVerdict {
    return this.sub(at, undefined);
  },

  /** The clause from token `at` on, judged on its own, keeping an opening hedge already found. */
  /** The clause read with its tokens in the order given, a verb first. */
  reordered(order: readonly number[]): ClauseVerdict {
    const tokens = order.map((k) => this.tokens[k]);
    return new Clause({ tokens, hedged: Uint8Array.from(order, (k) => this.s.hedged[k]) }, 0, tokens.length, this.question, true, this.depth + 1).judge();
  },

  /**
   * True when the clause opens at `i` with a determiner and a noun phrase of up to six words, then a subject pronoun and, at
   * `verb`, a verb the lexicon knows with no object after it: "The shredder we buy next month".
   */
  frontedObject(i: number, verb: number): boolean {
    const { tokens } = this;
    if (!DETERMINERS.has(tokens[i].word) || verb - 1 - i < 2 || verb - 1 - i > 7 || !PRONOUNS.has(tokens[verb - 1].word) || verbClass(tokens[verb].word) === undefined) return false;
    for (let k = i + 1; k < verb - 1; k++) if (tokens[k].stop || MODALS.has(tokens[k].word) || AUXILIARIES.has(tokens[k].word)) return false;
    const next = tokens[verb + 1];
    return verb + 1 >= this.to || next.stop || PHRASE_ENDS.has(next.word) || inRelativeTime(tokens, verb + 1);
  },

  /**
   * The end of a cadence that opens the clause at `i`, before `limit`: "every month", "each Friday", "weekly", "once a
   * quarter"; `i` when there is none. A number is no cadence here: before a subject it counts the subject.
   */
  frontedCadence(i: number, limit: number): number {
    const { tokens } = this;
    const w = tokens[i]?.word;
    if (w === undefined || this.s.hedged[i] || tokens[i].numeric || !isQuantity(tokens, i)) return i;
    const end = w === 'every' || w === 'each' || w === 'per' ? i + 2 : w === 'once' || w === 'twice' ? (FREQUENCY_WORDS.has(tokens[i + 1]?.word ?? '') || TIME_UNITS.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 3) : FREQUENCY_WORDS.has(w) ? i + 1 : i;
    return end < limit ? end : i;
  },

  sub(at: number, hedge: Reason | undefined, verbFirst = true): ClauseVerdict {
    if (at >= this.to || this.depth >= MAX_DEPTH) return { deliverable: false, why: hedge ?? this.span(this.from, this.to, 'fragment') };
    const verdict = new Clause(this.s, at, this.to, this.question, verbFirst, this.depth + 1).judge();
    return verdict.deliverable ? verdict : { deliverable: false, why: hedge ?? verdict.why };
  },

  /**
   * A passive ("privacy filters will be affixed to the monitors", "BAA signed") is judged as
   * its active reading: the participle acting on the subject, then the rest of the clause.
   */
  passive(subjectFrom: number, auxAt: number, at: number, hedge: Reason | undefined): ClauseVerdict {
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
  },

  /**
   * True when a form of "continue" at `i` is followed by "the" (or "a") and a bare verb the lexicon knows, then "of": the verb
   * names the activity continued ("continue the monitor of the logs"), not a thing of that name (a display). "Keep" is left out: what is
   * kept ("keep the log of visitors", "keep a copy of the BAA") is a record.
   */
  continuesNamedAct(i: number): boolean {
    const { tokens } = this;
    if (i + 3 >= this.to || !baseForms(tokens[i].word).includes('continue') || !ARTICLES.has(tokens[i + 1].word) || tokens[i + 3].word !== 'of') return false;
    const act = tokens[i + 2];
    // A noun already read as an act or an abstraction ("the use of", "the review of") is judged as it was.
    return !act.name && !act.acronym && !ADJECTIVE_ENDING.test(act.word) && !act.word.endsWith('s') && verbClass(act.word) !== undefined && !isAbstractToken(act);
  },

  /** True when the subject [from, to) is "no" and an act ("no change", "no further action") or "nothing": it denies that anything is done. */
  deniesAct(from: number, to: number): boolean {
    const first = this.tokens[from]?.word;
    if (from >= to || (first !== 'no' && first !== 'nothing')) return false;
    if (first === 'nothing') return true;
    const head = this.head(from + 1, Math.min(to, this.phraseEnd(from + 1)));
    return head !== undefined && !head.name && !head.acronym && (isActNoun(head.word) || isVerbNoun(head.word) || verbClass(head.word) !== undefined || ABSTRACT_NOUNS.has(head.word));
  },

  /**
   * The verb after a short subject: a modal or auxiliary and the verb ("the vendor will enable",
   * "Responsibility is hereby assigned"), a bare participle ("Ticket opened w/ Okta"), or a past
   * tense with an object ("Dr. Nguyen approved the budget").
   */
  /**
   * Whether the word at `m`, ending in -s, is a plural noun right before its clause's verb in the plural, not a verb itself:
   * "notes" in "release notes call out CVE fixes" (a phrasal verb after it) or "release notes list every CVE" (a known verb
   * before a determiner).
   */
  pluralBeforeVerb(m: number): boolean {
    const { tokens } = this;
    const next = tokens[m + 1];
    if (!tokens[m].word.endsWith('s') || next === undefined || m + 1 >= this.to || next.word.endsWith('s') || next.stop) return false;
    return phrasalVerbAt(tokens, m + 1, this.to) || (verbClass(next.word) !== undefined && m + 2 < this.to && DETERMINERS.has(tokens[m + 2].word));
  },

  laterVerb(from: number): { at: number; auxAt: number; passive: boolean } | undefined {
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
      // A stance after its subject: "Vendor says it's encrypted", "the Committee acknowledges ...". Not a plural noun before the
      // verb of its own clause: "release notes call out CVE fixes", "release notes list every CVE" (the subject is the notes).
      // Nor a plural noun after a participle that qualifies it: "GPG signed commits", "approved notes" are things, not a stance.
      if (m > this.from && verbClass(w) === 'position' && !this.pluralBeforeVerb(m) && !(w.endsWith('s') && isParticiple(tokens[m - 1].word))) return { at: m, auxAt: m, passive: false };
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
  },

  /**
   * True when token `m` is the verb of a clause after "that" in its base form, after a short subject: a party ("that
   * the vendor tighten up ..."), or a determiner and one noun ("that the practice foster ..."), or a known verb or an
   * intention after a determiner and up to three words ("that the billing office staff review ...").
   */
  subjunctiveAt(m: number): boolean {
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
  },

  /**
   * Where "is" (or "was") stands after a short subject opened by a determiner at `i`, right before "to" and a verb the lexicon
   * knows, "get" with a thing done, an intention, an outcome or an opening hedge, else -1: "The plan is to move ...", "Our next
   * step is to sign ...", "The goal is to ensure ...".
   */
  copulaBeforeTo(i: number): number {
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
  },

  /** True when only connectives ("and", "also") stand between the clause's start and token `i`. */
  onlyConnectivesBefore(i: number): boolean {
    for (let k = this.from; k < i; k++) if (!CONNECTIVES.has(this.tokens[k].word)) return false;
    return true;
  },
});
