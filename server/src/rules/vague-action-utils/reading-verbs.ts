// Clause readings of a verb by what it acts on: judgeVerb and judgeObject (concrete, generic, comparative, monitoring,
// hand-off and position verbs; intentions, talk and staffing verbs; conformity; light verbs).
import {
  FUNCTION_WORDS, PHRASE_ENDS, OBJECT_STARTERS, OUTCOME_VERBS, OUTCOME_ADJECTIVES, PARTICLES, COMMUNICATION_NOUNS, GROUP_NOUNS, WORK_HOLDERS,
} from './lexicon';
import { isModifier, isWordNetAbstract } from './wordnet';
import { VerbClass, verbClass, TALK, STAFFING, hasVerbFact, isEmptyVerb, isAppraisal, baseForms } from './words';
import { INTENTIONS, FOLDED, DETERMINERS, isParticiple, isFrameNoun } from './tokens';
import { isQuantity } from './measures';
import { Reason, QUESTION, ACT_CONDITIONS, isNamed, isPartyNoun, isAbstractToken } from './scan';
import {
  ClauseVerdict, DELIVERABLE, CAUSATIVES, changeTarget, Clause, CARRYING_PARTICLES, CARRIED_TO, GIVING_LIGHT_VERBS, baseOf, STANCE_TOPICS,
  addReadings,
} from './clause';

// The readings this file adds to every clause (addReadings, clause.ts), declared so that any reading may call them.
declare module './clause' {
  interface Clause {
    judgeVerb(at: number, cls: VerbClass, hedge: Reason | undefined): ClauseVerdict;
    judgeObject(at: number, cls: VerbClass, hedge: Reason | undefined, word: string): ClauseVerdict;
  }
}

const ANAPHORS = new Set(['it', 'them', 'this', 'these', 'those']);

/** Existential pronouns of things: what is looked "for" when nothing in particular is ("anything unusual", "something odd"). */
const ANY_THING = new Set(['anything', 'something', 'whatever']);

/** Light verbs that, with a noun of stance, state that stance: "take note of", "made note of". */
const STANCE_LIGHT_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking', 'make', 'makes', 'made', 'making']);

/**
 * True when a verdict says outright that nothing is committed (an intention, a hedge, a status), not only that
 * the words name too little: what someone is told to do makes the telling vague only then ("told the front desk to
 * be careful"), since "ask the answering service to stop recording calls" may name too little to the classifier
 * and still be a request an auditor can check.
 */
function committedToNothing(verdict: ClauseVerdict): boolean {
  return !verdict.deliverable && verdict.why !== undefined && (verdict.why.reason === 'intention' || verdict.why.reason === 'hedge' || verdict.why.reason === 'status');
}

/** Nouns of regard: what a light verb gives them ("pay attention to", "give priority to") is only regarded. */
const REGARD_NOUNS = new Set(['attention', 'focus', 'emphasis', 'weight', 'heed', 'thought', 'priority', 'precedence', 'credence', 'regard']);

/** Verbs of putting something forward: their object is what is put forward, not a person talked to. */
const PROPOSING_VERBS = new Set(['recommend', 'propose', 'suggest']);

/** Prepositions after a person talked to: what about, where, with whom. */
/** Words that open a question put to someone: "ask the vendor what they recommend", "... whether the EHR logs reads". */
const QUESTION_WORDS = new Set(['what', 'whether', 'how', 'which', 'who', 'why']);
const TALK_TOPICS = new Set(['about', 're', 'regarding', 'concerning', 'on', 'at', 'with', 'around']);

addReadings({
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
  },

  /** Judges what the verb at `at` (of class `cls`, read as `word`) acts on: the words after it to the clause end. */
  judgeObject(at: number, cls: VerbClass, hedge: Reason | undefined, word: string): ClauseVerdict {
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
  },
});
