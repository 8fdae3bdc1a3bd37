// Clause readings of an object and the phrases around it: things acted on, grants withdrawn, records, standards,
// documents, parties and systems by name; where place, party, purpose, time and means phrases start; qualities,
// degrees and outcomes left to judgement.
import {
  FUNCTION_WORDS, PHRASE_ENDS, NUMBER_WORDS, DEPARTMENT_ACRONYMS, MEANS, OUTCOME_ADJECTIVES, COMMUNICATION_NOUNS, SUFFIX_EXCEPTIONS,
  HEDGE_ADJECTIVES, STANDARD_NAMES,
} from './lexicon';
import { isModifier, isWordNetAbstract, isWordNetThing } from './wordnet';
import { verbClass, RECORDING, hasVerbFact, baseForms, ABSTRACT_SUFFIX, isActNoun } from './words';
import { DETERMINERS, isParticiple, isFrameNoun } from './tokens';
import { isDatePart, isQuantity } from './measures';
import { CITED, isNamed, RELATIVES, isPartyNoun, isAbstractToken, LOCATIVE } from './scan';
import {
  participleBeforeNoun, isGerund, ADVERB, NEGATIONS, DIRECTIONS, GIVING_LIGHT_VERBS, baseOf, isVerbNoun, TEMPORAL, COMING, addReadings,
} from './clause';

// The readings this file adds to every clause (addReadings, clause.ts), declared so that any reading may call them.
declare module './clause' {
  interface Clause {
    objectAfterPlace(at: number): number | undefined;
    actsOnThing(objectFrom: number, objectEnd: number, verb: string): boolean;
    withdrawsGrant(verb: string, objectFrom: number): boolean;
    afterOwner(at: number, grant?: boolean): number;
    cites(from: number): boolean;
    putOnThings(at: number): boolean;
    inNamedSystem(at: number): boolean;
    recordsInto(verb: string, objectFrom: number, phraseEnd: number): boolean;
    namesStandard(from: number, to: number): boolean;
    namesDocument(from: number, to: number): boolean;
    namesParty(from: number, to: number): boolean;
    isDepartment(from: number, to: number): boolean;
    isPartyPhrase(from: number, to: number): boolean;
    namesSystem(from: number, to: number): boolean;
    isParty(from: number, to: number): boolean;
    changedHowFrom(at: number): number;
    placeFrom(from: number): number;
    partyFrom(at: number): number;
    purposeFrom(from: number): number;
    temporalFrom(from: number): number;
    opensCause(i: number): boolean;
    opensComingTime(i: number): boolean;
    meansNamesThing(at: number): boolean;
    hasMeans(from: number): boolean;
    hasComparative(from: number): boolean;
    negatedAt(i: number): boolean;
    resultsInState(from: number, end: number): boolean;
    leftToJudgement(from: number, to: number): boolean;
    qualityOf(from: number, to: number): boolean;
    soldByQualities(from: number, to: number): boolean;
    endsInDegree(from: number): boolean;
    endsInOutcome(from: number): boolean;
  }
}

/** Adjectives that leave what they qualify to someone's judgement: "appropriate channels", "suitable locks". */
const JUDGEMENT_WORDS = new Set(['appropriate', 'suitable', 'adequate', 'reasonable', 'relevant', 'proper', 'sufficient', 'applicable', 'necessary', 'acceptable', 'commensurate']);

/** Comparative adjectives: before a noun they say only that it will be more so ("a better lock", "stronger passwords"). */
const COMPARATIVE_ADJECTIVES = new Set(['better', 'stronger', 'safer', 'tighter', 'newer', 'greater', 'improved', 'enhanced', 'more-secure']);

/** Comparatives that close a clause as adverbs: a change of degree, like "improve". */
const DEGREE_ADVERBS = new Set(['better', 'more', 'less', 'further', 'worse', 'harder', 'tighter', 'stronger']);

/** Prepositions after which a phrase says where or with what: "add training with a signed acknowledgment". */
const PLACE_OR_MEANS = new Set(['with', 'using', 'through', 'via', 'by', 'to', 'into', 'onto', 'from', 'behind', 'of']);

/** Documents that a concrete verb delivers when their kind is named: "the incident response plan", "a sanctions policy". */
const WRITTEN_RULES = new Set(['plan', 'plans', 'policy', 'policies', 'procedure', 'procedures']);

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

/** Prepositions that say where a change happens, not how much. */
const PLACE_PREPOSITIONS = new Set(['within', 'in', 'across', 'throughout', 'at', 'around']);

/** Prepositions that give the topic of an abstract object, not a thing acted on: "a conversation around ...". */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'around', 'regarding', 're', 'concerning', 'for', 'into', 'across', 'between', 'within']);

addReadings({
  /**
   * Where a noun phrase that opens with a determiner starts right after a place phrase at `at` ("in all computers | the
   * antivirus"), or undefined: the object put after the place.
   */
  objectAfterPlace(at: number): number | undefined {
    let k = at + 1;
    if (k < this.to && DETERMINERS.has(this.tokens[k].word)) k++;
    const placeFrom = k;
    while (k < this.to && !this.tokens[k].stop && !this.s.hedged[k] && !PHRASE_ENDS.has(this.tokens[k].word)) {
      if (k > placeFrom && (this.tokens[k].word === 'the' || this.tokens[k].word === 'a' || this.tokens[k].word === 'an')) return k;
      k++;
    }
    return undefined;
  },

  /**
   * True when a concrete verb acts on a thing: its object names one, or a phrase after an
   * abstract object does ("add security training with a signed acknowledgment"), unless that
   * phrase is only the topic of a message or an abstraction ("an update on laptop encryption").
   */
  actsOnThing(objectFrom: number, objectEnd: number, verb: string): boolean {
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
  },

  /**
   * True when the verb `verb` takes a grant away ("revoke", "remove", "disable") and its object, headed by a grant ("access",
   * "privileges", "permissions"), says in which system (an acronym, a name or a thing: "EHR access", "the access of EHR",
   * "access to the billing portal"), whose by name ("Jenny's access"), or that all of it goes ("all access"), or bounds the
   * taking by a measure ("within 24h of termination"). "Remove unnecessary access" says none of these.
   */
  withdrawsGrant(verb: string, objectFrom: number): boolean {
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
  },

  /**
   * Where the object's phrases go on after an owner: past "of" and a party ("access of the students", "the text messages of
   * doctors"), and past a relative clause on the party up to a phrase that names a system ("... that finish their rotation in
   * May from the EHR system"). `at` itself when no party owns the object.
   */
  afterOwner(at: number, grant = false): number {
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
  },

  /** True when tokens from `from` to the clause end cite a rule ("with CIS Control 6" after "alignment"). */
  cites(from: number): boolean {
    for (let i = from; i < this.to; i++) if (this.s.hedged[i] === CITED) return true;
    return false;
  },

  /** True when "to", "onto" or "across" at `at` opens a phrase that names things, not a party: "to all workstations" ("an update on the firewall" is its topic). */
  putOnThings(at: number): boolean {
    if (at >= this.to || !DELIVERED_ONTO.has(this.tokens[at].word)) return false;
    const end = this.phraseEnd(at + 1);
    const head = this.head(at + 1, end);
    // "given to the adoption of ...": a noun of an act receives nothing.
    return head !== undefined && !isPartyNoun(head.word) && !isVerbNoun(head.word) && !this.isNameOnly(at + 1, end) && this.thingWords(at + 1, end) > 0;
  },

  /** True when one of the phrases from `at` to the clause end (or a purpose) is "in", "within" or "on" a named system. */
  inNamedSystem(at: number): boolean {
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
  },

  /** "Record the serial in the asset register", "log each release in the disclosure log": where a record is written is a thing to check. */
  recordsInto(verb: string, objectFrom: number, phraseEnd: number): boolean {
    const prep = this.tokens[phraseEnd]?.word;
    if (phraseEnd === objectFrom || (prep !== 'in' && prep !== 'into' && prep !== 'on') || !hasVerbFact(verb, RECORDING)) return false;
    const end = this.phraseEnd(phraseEnd + 1);
    return this.namesThing(phraseEnd + 1, end) && this.concreteWords(phraseEnd + 1, end) > 0;
  },

  /**
   * True when the noun phrase [from, to) names a standard or a law: its head is a standard's name or the number or edition
   * after one ("ISO 27001", "the NIST CSF", "CSF 2.0"), or a titled noun of rule-making ("the HIPAA Security Rule", "the
   * NIST Cybersecurity Framework", "the Privacy Act").
   */
  namesStandard(from: number, to: number): boolean {
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
  },

  /** "Create the incident response plan": a plan or policy of a named kind is a document one can ask to see. */
  namesDocument(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && WRITTEN_RULES.has(head.word) && this.namesThing(from, to);
  },

  /** True when the phrase [from, to) is a party: its head is a person or body, or it is only names ("the CSP", "Apex IT"). */
  /**
   * True when the phrase [from, to) is a party by its head, a person or a body ("the vendor", "the Privacy Officer"), or a
   * name before a department's acronym ("County IT", "Apex IT", "Corporate HR"): the department of that organisation.
   */
  namesParty(from: number, to: number): boolean {
    const head = this.head(from, to);
    return this.isDepartment(from, to) || (head !== undefined && isPartyNoun(head.word));
  },

  /** True when [from, to) ends in a department's acronym after another word: "County IT", "county IT", "Apex IT", "Corporate HR". */
  isDepartment(from: number, to: number): boolean {
    const last = this.tokens[to - 1];
    return to > from + 1 && last.acronym && DEPARTMENT_ACRONYMS.has(last.word) && !this.tokens[to - 2].stop;
  },

  isPartyPhrase(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && (isPartyNoun(head.word) || this.isNameOnly(from, to) || this.isDepartment(from, to));
  },

  /** True when the phrase [from, to) names a product or system by name, not a party: "Entra ID", "Dentrix admin settings". */
  namesSystem(from: number, to: number): boolean {
    const head = this.head(from, to);
    if (head === undefined || isPartyNoun(head.word)) return false;
    // "the FY27 budget submission": a fiscal year is a date, not a product.
    for (let i = from; i < to; i++) if (!this.s.hedged[i] && isNamed(this.tokens[i]) && !isPartyNoun(this.tokens[i].word) && !isDatePart(this.tokens, i)) return true;
    return false;
  },

  /** True when the noun phrase [from, to) is a person or body: "ask the billing vendor for a signed BAA" acts on what follows. */
  isParty(from: number, to: number): boolean {
    const head = this.head(from, to);
    return head !== undefined && to < this.to && this.tokens[to].word === 'for' && isPartyNoun(head.word);
  },

  /**
   * Where the phrases after a changed object start to say how it is changed: at `at` unless it opens a phrase of whom or
   * what for ("for the EHR vendor", "of the billing team"), then at the first means after it ("... with Okta"), or the clause end.
   */
  changedHowFrom(at: number): number {
    if (at >= this.to) return at;
    // "strengthen the relationship with County IT", "improve coordination with the vendor": "with" or "to" and a party says
    // with whom, as "for" says for whom; a means may still follow ("... via a shared Teams channel").
    const w = this.tokens[at].word;
    if (!BENEFICIARIES.has(w) && !((w === 'with' || w === 'to') && this.namesParty(at + 1, this.phraseEnd(at + 1)))) return at;
    for (let i = at + 1; i < this.to; i++) if (MEANS.has(this.tokens[i].word)) return i;
    return this.to;
  },

  /** Where a phrase of place starts ("within Epic", "across the enterprise"), or the clause end. */
  placeFrom(from: number): number {
    for (let i = from; i < this.to; i++) if (PLACE_PREPOSITIONS.has(this.tokens[i].word)) return i;
    return this.to;
  },

  /** Where "with" or "to" and a party start at `at` ("with the Practice Administrator", "to Legal"), or the clause end. */
  partyFrom(at: number): number {
    const w = this.tokens[at]?.word;
    return at < this.to && (w === 'with' || w === 'to') && this.isPartyPhrase(at + 1, this.phraseEnd(at + 1)) ? at : this.to;
  },

  /** Where a purpose starts ("to" and a verb: "to optimise value"), or the clause end. */
  purposeFrom(from: number): number {
    // "moved to locked office": a participle after "to" qualifies the noun of a place; a purpose opens with a base form.
    for (let i = from; i + 1 < this.to; i++) if (this.tokens[i].word === 'to' && verbClass(this.tokens[i + 1].word) !== undefined && !participleBeforeNoun(this.tokens, i + 1, this.to)) return i;
    return this.to;
  },

  /** Where a time or cause phrase starts ("during the next cycle", "until ...", "due to ..."), or the clause end. */
  temporalFrom(from: number): number {
    for (let i = from; i < this.to; i++) if (TEMPORAL.has(this.tokens[i].word) || this.opensComingTime(i) || this.opensCause(i)) return i;
    return this.to;
  },

  /** "due to resource constraints", "because of the merger", "owing to staffing": why, not what is acted on. */
  opensCause(i: number): boolean {
    const w = this.tokens[i].word;
    const next = this.tokens[i + 1]?.word;
    return w === 'because' || ((w === 'due' || w === 'owing') && next === 'to') || (w === 'as' && next === 'a' && this.tokens[i + 2]?.word === 'result');
  },

  /** "in the next budget cycle", "at the upcoming meeting": a preposition before a time still to come says when, not what. */
  opensComingTime(i: number): boolean {
    if (!PHRASE_ENDS.has(this.tokens[i].word)) return false;
    const k = this.tokens[i + 1]?.word === 'the' || this.tokens[i + 1]?.word === 'a' ? i + 2 : i + 1;
    return k < this.to && COMING.has(this.tokens[k].word);
  },

  /** True when a means ("through a tabletop exercise", "via Intune") right after the object names a thing of two words at least. */
  meansNamesThing(at: number): boolean {
    // "Embed security into the SDLC via Semgrep gates": where the abstraction goes comes first, then the means.
    for (let hops = 0; hops < 2 && at < this.to && (PLACE_PREPOSITIONS.has(this.tokens[at].word) || this.tokens[at].word === 'into'); hops++) at = this.phraseEnd(at + 1);
    if (at >= this.to || !MEANS.has(this.tokens[at].word) || this.tokens[at].word === 'by' || this.hasConditionHedge()) return false;
    const end = this.phraseEnd(at + 1);
    return this.namesThing(at + 1, end) && (this.concreteWords(at + 1, end) >= 2 || this.hasName(at + 1, end));
  },

  /** A means after the object: "with a keypad lock", "using Intune", "by installing a firewall". */
  hasMeans(from: number): boolean {
    for (let i = from; i < this.to; i++) if (MEANS.has(this.tokens[i].word)) return this.concreteWords(i + 1) > 0;
    return false;
  },

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
  },

  /** True when a negation stands in the three words before token `i`, or "any": "no more", "not work more here", "any more". */
  negatedAt(i: number): boolean {
    if (i > this.from && this.tokens[i - 1].word === 'any') return true;
    for (let k = Math.max(this.from, i - 3); k < i; k++) if (NEGATIONS.has(this.tokens[k].word)) return true;
    return false;
  },

  /**
   * True when the object [from, end) is followed by the state it is brought to: it ends in an outcome, or a
   * quality of people, before what it is of ("staff aware of the risks", "PHI safe from loss"), or "into" an abstraction
   * follows it ("into conformity with ...", "into alignment"). A state reached is an outcome, not a deliverable.
   */
  resultsInState(from: number, end: number): boolean {
    // "Make the records room secure with a keyed lock": a means after the state says how it is reached.
    if (end <= from || end >= this.to || MEANS.has(this.tokens[end].word)) return false;
    const last = this.tokens[end - 1];
    // A quality of a thing may be checkable ("make the signed policy available to staff"); one of people is a state of mind.
    const people = end - 2 >= from && isPartyNoun(this.tokens[end - 2].word);
    if (end - 1 > from && !last.name && !last.acronym && (OUTCOME_ADJECTIVES.has(last.word) || (people && isModifier(last.word) && !isParticiple(last.word) && !isQuantity(this.tokens, end - 1)))) return true;
    if (this.tokens[end].word !== 'into') return false;
    const result = this.head(end + 1, this.phraseEnd(end + 1));
    return result !== undefined && !isNamed(result) && isAbstractToken(result) && !isPartyNoun(result.word);
  },

  /** True when a word of [from, to) leaves the thing to judgement ("appropriate channels", "suitable locks") and no name, system or count fixes it. */
  leftToJudgement(from: number, to: number): boolean {
    if (this.hasName(from, to) || this.hasAcronym(from, to) || this.hasQuantity(from, to)) return false;
    for (let i = from; i < to; i++) if (JUDGEMENT_WORDS.has(this.tokens[i].word)) return true;
    return false;
  },

  /**
   * True when the noun phrase [from, to) is a quality or state of what its modifiers name, with no count: "CAD integration
   * security", "dispatch network resilience".
   */
  qualityOf(from: number, to: number): boolean {
    const head = this.head(from, to);
    if (head === undefined || isNamed(head) || head === this.tokens[from] || !isAbstractToken(head) || isActNoun(head.word) || this.hasQuantity(from, to)) return false;
    // A quality by its suffix ("security", "compliance", "resilience") or by WordNet ("posture"); a noun the lexicon calls
    // abstract only until qualified ("rules", "systems", "access") is a thing once its modifiers say which.
    return (ABSTRACT_SUFFIX.test(head.word) && !SUFFIX_EXCEPTIONS.has(head.word) && !isWordNetThing(head.word)) || isWordNetAbstract(head.word);
  },

  /** True when a word of [from, to) qualifies a thing by a quality no one can check ("best-in-class", "robust", "holistic") and no product or system is named. */
  soldByQualities(from: number, to: number): boolean {
    if (this.hasName(from, to) || this.hasAcronym(from, to)) return false;
    for (let i = from; i < to; i++) if (HEDGE_ADJECTIVES.has(this.tokens[i].word)) return true;
    return false;
  },

  /** True when the clause ends in a comparative adverb with no measure: "... locked down better", "... more closely". */
  endsInDegree(from: number): boolean {
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
  },

  /** True when the phrase from `from` to the clause end ends in an outcome adjective ("... more secure"). */
  endsInOutcome(from: number): boolean {
    const last = this.head(from, this.to);
    const beforeLast = this.to - 2 >= from ? this.tokens[this.to - 2].word : undefined;
    return last !== undefined && (OUTCOME_ADJECTIVES.has(last.word) || beforeLast === 'more' || beforeLast === 'less');
  },
});
