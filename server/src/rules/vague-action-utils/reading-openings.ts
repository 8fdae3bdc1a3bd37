// Clause readings, entry: judge() reads how a clause opens (a status, a pointer or hand-off, a party holding it, an
// intention, a fronted phrase or cadence, a passed-on item) and hands a verb to reading-verbs.ts.
import {
  CONNECTIVES, FUNCTION_WORDS, PHRASE_ENDS, OBJECT_STARTERS, DATE_WORDS, TIME_UNITS, PARTICLES, MODALS, COMMUNICATION_NOUNS, ITEM_NOUNS,
} from './lexicon';
import { isWordNetThing, isWordNetVerb } from './wordnet';
import { verbClass, STAFFING, DECIDING, hasVerbFact, baseForms, isActNoun } from './words';
import {
  INTENTIONS, OUTCOMES, LEADING, STATUS, POINTERS, FINAL_STATUS, DETERMINERS, AUXILIARIES, PARTICIPLES, isParticiple, PRONOUNS,
} from './tokens';
import { isTimePoint } from './measures';
import {
  Reason, CITED, isNamed, gotDone, isBaseVerb, isUnknownWordBeforeUnplacingPreposition, RELATIVES, isVerbAfterPronoun, isPartyNoun,
  isAbstractToken,
} from './scan';
import {
  ClauseVerdict, DELIVERABLE, NAMED_ONLY, INSERTED, WHOLE_GROUP, MAX_DEPTH, reportsThat, clauseVerbClass, startsParty, ADVERB, LY_NOUNS,
  NEGATIONS, CARRYING_PARTICLES, CARRIED_TO, TEMPORAL, COMING, COMPLETION, addReadings,
} from './clause';

// The readings this file adds to every clause (addReadings, clause.ts), declared so that any reading may call them.
declare module './clause' {
  interface Clause {
    status(from: number): Reason | undefined;
    holder(from: number): Reason | undefined;
    sessionWithParty(i: number): boolean;
    mannerBeforeVerb(i: number): boolean;
    judge(): ClauseVerdict;
    spreadOnly(from: number): boolean;
    carriesItemOn(from: number): boolean;
    frontedVerbAt(i: number): number;
    coordinatedVerbAt(i: number): number;
    measuredDeliverable(at: number): ClauseVerdict | undefined;
    hasTimePoint(from: number): boolean;
    baseVerbWithObject(at: number): boolean;
    boundedDeliverable(at: number): ClauseVerdict | undefined;
    forAnAct(at: number): boolean;
    actAfter(at: number): number;
    onlyIdentifiers(from: number, to: number): boolean;
    intentionAt(i: number): number;
    titled(i: number): boolean;
    passedOn(from: number): boolean;
    isCapitalsOnly(from: number, to: number): boolean;
    isNameOnly(from: number, to: number): boolean;
    opensSubject(i: number): boolean;
  }
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'your', 'my']);

/** Verbs of staying as one is, in the present or past: after a subject they report a state ("remains open"). */
const PERSISTING = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/** Verbs of lying somewhere: before "with" and a party they say who holds the work ("sits with IT", "rests with Karen"). */
const HELD_WITH = new Set(['sit', 'sits', 'sat', 'rest', 'rests', 'rested', 'lie', 'lies', 'lay']);

/** Words that open a clause that goes on as before: "continue to review", "keep monitoring". */
const CONTINUING = new Set(['continue', 'keep']);

/** Adverbs of possibility: at the start of a clause, nothing is committed. */
const POSSIBILITIES = new Set(['maybe', 'perhaps', 'possibly', 'potentially']);
/** Verbs of attempting ("try to", "endeavour to"): the attempt is promised, not the result. */
const ATTEMPTS = new Set(['try', 'tries', 'trying', 'attempt', 'attempts', 'attempting', 'endeavour', 'endeavor', 'strive', 'seek']);

/** Prepositions that open the topic of a session held with a party: "on", "about", "regarding", "concerning", "into". */
const SESSION_TOPICS = new Set(['on', 'about', 'regarding', 'concerning', 're', 'into']);
/** Adverbs of frequency made of a time unit ("daily", "quarterly", "biannually"): a measure, not a manner. */
const FREQUENCY_ADVERB = /^(?:bi|semi|tri)?-?(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)$/;

/** Words that open a prohibition before its verb ("do not" is read as two words): "Don't share EHR logins", "Never leave laptops in cars". */
const PROHIBITING = new Set(["don't", 'don’t', 'dont', 'never']);

/** Prepositions of a place an abstraction is spread over: "across all nine clinics", "at the 4 sites". */
const SPREAD_PREPOSITIONS = new Set(['across', 'at', 'in', 'throughout', 'among', 'within']);

/** Prepositions that may open a clause with a phrase of time or addition before its verb: "in addition", "at the same time". */
const FRONTING_PREPOSITIONS = new Set(['in', 'at', 'on', 'by', 'during', 'after', 'before', 'within', 'meanwhile', 'for']);
/** How many words such a phrase may have before the verb: "in the meantime", "at the same time". */
const FRONTED_PHRASE_MAX = 3;

addReadings({
  /** A status, pointer or hand-off anywhere in [from, to): "pending IT", "in progress", "escalated to". */
  status(from: number): Reason | undefined {
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
  },

  /**
   * "Legal is on it", "the vendor has it", "IT is aware": a party and a form of "be" or "have" with no
   * verb and nothing named after it says who holds the work, not what will be done.
   */
  holder(from: number): Reason | undefined {
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
  },

  /**
   * True when token `i` opens the clause with a word that is no verb the lexicon knows, no name, acronym, number, party or
   * thing WordNet knows, right before a topic ("on", "about", "regarding", "into"), and the topic's phrase is followed by
   * "with" and a party: "Deep-dive on the gaps with the SOC partner", "Huddle about badge audits with the landlord".
   */
  sessionWithParty(i: number): boolean {
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
  },

  /**
   * True when token `i` opens the clause with an adverb of manner in "-ly" right before a verb ("Holistically re-imagine ...",
   * "Securely wipe ..."): it says how, not what; the verb after it is judged. An adverb of frequency ("quarterly", "daily")
   * is a measure and stays; so does a hedge ("periodically"), which the scan already marks.
   */
  mannerBeforeVerb(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    if (i !== this.from || next === undefined || i + 2 >= this.to || next.stop || next.name || next.acronym || t.name || this.s.hedged[i]) return false;
    if (!ADVERB.test(t.word) || LY_NOUNS.has(t.word) || FREQUENCY_ADVERB.test(t.word)) return false;
    // A verb with a prefix joined by a hyphen is that verb: "re-imagine", "co-design".
    const verb = /^(?:re|co|pre|de|un|over|under)-([a-z]+)$/.exec(next.word)?.[1] ?? next.word;
    return isBaseVerb(verb) || (!FUNCTION_WORDS.has(verb) && isWordNetVerb(verb) && !isWordNetThing(verb));
  },

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
  },

  /**
   * True when the object at `from` (with its "of" phrases) names no thing, name, acronym or count, and what follows it is only
   * a phrase of place with a count ("at all nine clinics", "across the 4 sites").
   */
  spreadOnly(from: number): boolean {
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
  },

  /**
   * True when the words from `from` are an item pointer ("item 6", "actions 3 and 5", "R-04") with a particle of carrying on
   * before or after it ("forward", "over"), then nothing, or only where it comes from or goes to ("to the next meeting").
   */
  carriesItemOn(from: number): boolean {
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
  },

  /**
   * Where the verb is when the clause opens at `i` with a preposition and a short phrase (FRONTED_PHRASE_MAX words at most)
   * right before a verb the lexicon knows, in its base form, with an object after it ("in addition remove Dropbox ...",
   * "at the same time block ..."); else -1. A word after a determiner is the phrase's noun, not the verb ("on the backup
   * server").
   */
  frontedVerbAt(i: number): number {
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
  },

  /**
   * Where the verb is, in its base form after "and" or "or", when token `i` opens the clause right before a preposition
   * that places nothing ("against", "with") and is no word the lexicon knows; else -1.
   */
  coordinatedVerbAt(i: number): number {
    const { tokens } = this;
    if (i + 2 >= this.to || !isUnknownWordBeforeUnplacingPreposition(tokens, i)) return -1;
    for (let k = i + 2; k + 1 < this.to; k++) if ((tokens[k].word === 'and' || tokens[k].word === 'or') && isBaseVerb(tokens[k + 1].word)) return k + 1;
    return -1;
  },

  /**
   * The clause from `at` on when it names a deliverable and holds a quantity or frequency ("enabling MFA for all 35 users"),
   * or a day placed by an event ("disabling leavers' accounts on their final day"), else undefined.
   */
  measuredDeliverable(at: number): ClauseVerdict | undefined {
    if (at >= this.to || !(this.hasQuantity(at) || this.hasTimePoint(at))) return undefined;
    const verdict = this.sub(at, undefined);
    return verdict.deliverable ? verdict : undefined;
  },

  /** True when a day placed by an event ("the final day", "the same day") stands in [from, clause end). */
  hasTimePoint(from: number): boolean {
    for (let i = from; i < this.to; i++) if (!this.s.hedged[i] && isTimePoint(this.tokens, i)) return true;
    return false;
  },

  /** True when token `at` is a known verb in its base form ("destroy", not "destroyed") with an object after it. */
  baseVerbWithObject(at: number): boolean {
    const { tokens } = this;
    if (at + 1 >= this.to || !isBaseVerb(tokens[at].word) || isParticiple(tokens[at].word)) return false;
    const next = tokens[at + 1];
    return !next.stop && !PHRASE_ENDS.has(next.word) && (OBJECT_STARTERS.has(next.word) || DETERMINERS.has(next.word) || !FUNCTION_WORDS.has(next.word));
  },

  /** The clause from `at` on when it names a deliverable that holds a count, a name or a system acronym, else undefined. */
  boundedDeliverable(at: number): ClauseVerdict | undefined {
    if (at >= this.to || !(this.hasQuantity(at) || this.hasName(at) || this.hasAcronym(at))) return undefined;
    const verdict = this.sub(at, undefined);
    return verdict.deliverable ? verdict : undefined;
  },

  /** True when token `at` is an act or a message ("review", "approval", "follow-up") and nothing after it names a thing, a name or a count. */
  forAnAct(at: number): boolean {
    if (at >= this.to) return false;
    const w = this.tokens[at].word;
    const act = COMMUNICATION_NOUNS.has(w) || isActNoun(w) || (!this.tokens[at].name && (verbClass(w) === 'generic' || verbClass(w) === 'monitor'));
    // "... next sprint", "... at the next meeting": when it is to happen names nothing acted on.
    let end = at + 1;
    while (end < this.to && !COMING.has(this.tokens[end].word) && !TEMPORAL.has(this.tokens[end].word) && !this.opensComingTime(end)) end++;
    return act && this.thingWords(at + 1, end) === 0 && !this.hasName(at + 1, end) && !this.hasAcronym(at + 1, end) && !this.hasQuantity(at + 1, end);
  },

  /** The first word after a determiner or possessive at `at`: "her review", "their approval" → the act. */
  actAfter(at: number): number {
    return at < this.to && (DETERMINERS.has(this.tokens[at].word) || POSSESSIVES.has(this.tokens[at].word)) ? at + 1 : at;
  },

  /** True when [from, to) holds only ticket or control numbers: a label before the clause. */
  onlyIdentifiers(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.tokens[k].id) return false;
    return true;
  },

  /** Length of an intention at `i`, its first word in any form: "look into", "talked to", "discussed". */
  intentionAt(i: number): number {
    const exact = INTENTIONS.matchAt(this.tokens, i, this.to);
    if (exact > 0 || i >= this.to || !/(?:ed|ing|s)$/.test(this.tokens[i].word)) return exact;
    for (const base of baseForms(this.tokens[i].word)) {
      const n = INTENTIONS.matchAt(this.tokens, i, this.to, base);
      if (n > 0) return n;
    }
    return 0;
  },

  /** True when token `i` is a capitalised noun of a title after another word: "System Security Plan for ...". */
  titled(i: number): boolean {
    const t = this.tokens[i];
    return i > 0 && !this.tokens[i - 1].stop && t.capital && this.tokens[i - 1].capital;
  },

  /** True when [from, clause end) is only a party: a team, a role, a name ("T2", "the vendor", "Dr. Lee"). */
  passedOn(from: number): boolean {
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
  },

  /** True when every word of [from, to) but function words is capitalised: a name, whatever the text's case says. */
  isCapitalsOnly(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has(this.tokens[i].word) && !this.tokens[i].capital) return false;
    return to > from;
  },

  isNameOnly(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has(this.tokens[i].word) && !isNamed(this.tokens[i])) return false;
    return to > from;
  },

  /** True when the first word, though it can be a verb, is the start of a subject with its own verb later. */
  opensSubject(i: number): boolean {
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
  },
});
