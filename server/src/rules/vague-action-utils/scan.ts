// One scan of an action: its tokens with hedges and citations marked, and where its clauses start and end
// (conditions, manners, modal and subject clauses, infinitives, verbs beside a sentence).
import {
  APPRAISAL_VERBS, CONNECTIVES, FUNCTION_WORDS, PHRASE_ENDS, OBJECT_STARTERS, NUMBER_WORDS, FREQUENCY_WORDS, DATE_WORDS, TIME_UNITS,
  PARTICLES, MODALS, CONFORMITY_PHRASES, CONDITION_WORDS, PARTY_NOUNS, HEDGE_ADJECTIVES, FRAME_NOUNS, STANDARD_NAMES, SHARE_NOUNS,
} from './lexicon';
import { isModifier, isWordNetParty, isWordNetVerb } from './wordnet';
import { VagueReason } from './reasons';
import { verbClass, abstractWords, baseForms, Abstraction, abstractionOf } from './words';
import {
  Token, tokenise, withPhrasalVerbsApart, INTENTIONS, OUTCOMES, LEADING, FLOATING, CONFORMITY, CONDITION, WEAK, VERB_PARTICLES, DETERMINERS,
  AUXILIARIES, isParticiple, PRONOUNS,
} from './tokens';

export interface Reason {
  readonly reason: VagueReason;
  readonly start: number;
  readonly end: number;
}

/**
 * The tokens of an action. `hedged` marks tokens inside floating hedges and conditions
 * ("as needed", "as bandwidth allows": HEDGE) and inside citations of a rule the action
 * conforms to ("consistent with 164.312(b)": CITED); neither counts as object or measure.
 */
export interface Scan {
  readonly tokens: readonly Token[];
  readonly hedged: Uint8Array;
  /** A word was read as a phrasal verb's two words ("Setup" as "set up"): the text may be read again as written. */
  readonly apart?: boolean;
}

export const HEDGE = 1;
export const CITED = 2;
/** A hedge of likelihood, timing or manner ("probably", "going forward"): see WEAK_HEDGES. */
const WEAK_HEDGE = 3;
/** An open question ("whether upgrades are warranted"): what it asks about is not done. */
export const QUESTION = 4;

export function scan(text: string, apart = true): Scan {
  const written = withoutQualityCommas(tokenise(text));
  const tokens = apart ? withPhrasalVerbsApart(written) : written;
  const hedged = new Uint8Array(tokens.length);
  const n = tokens.length;
  const conforming = conformedTo(tokens);
  for (let i = 0; i < n; ) {
    if (tokens[i].stop) {
      i++;
      continue;
    }
    // "per CAP", "per the SOW", "per CISO direction" cite what the action follows; "per month", "per user" measure.
    const next = tokens[i + 1];
    const perCitation = tokens[i].word === 'per' && i > 0 && next !== undefined && !next.stop && !next.numeric &&
      !TIME_UNITS.has(next.word) && !NUMBER_WORDS.has(next.word) && (next.acronym || next.name || next.word === 'the' || isAbstractToken(next));
    const cited = perCitation || conforming?.has(i) ? 1 : CONFORMITY.matchAt(tokens, i, n);
    if (cited > 0) {
      // The citation runs to the end of its noun phrase: a stop, a verb that starts a clause, or a condition or hedge after
      // it ("consistent with CIS Benchmarks where feasible": the condition is the action's, not part of what is cited).
      let end = i + cited;
      while (end < n && !tokens[end].stop && !((tokens[end].word === 'and' || tokens[end].word === 'to') && end + 1 < n && startsClause(tokens, end + 1)) &&
        !opensHedge(tokens, end)) end++;
      hedged.fill(CITED, i, end);
      i = end;
      continue;
    }
    // "Assess whether upgrades are warranted", "a decision on whether to replace ...": the question runs to the
    // end of its clause, and nothing in it is acted on. So does "if" after a verb of asking ("check the backups if they work"),
    // unless it opens a hedge of need ("check the logs if needed").
    if (tokens[i].word === 'whether' || (tokens[i].word === 'if' && asksBefore(tokens, i) && FLOATING.matchAt(tokens, i, n) === 0 && conditionLength(tokens, i) === 0 && emptyConditionLength(tokens, i) === 0)) {
      let end = i + 1;
      while (end < n && !tokens[end].stop) end++;
      hedged.fill(QUESTION, i, end);
      i = end;
      continue;
    }
    // "closed on our side", "fixed from the vendor's end": whose share of shared work it was says who, not on what.
    const share = shareLength(tokens, i);
    if (share > 0) {
      hedged.fill(CITED, i, i + share);
      i += share;
      continue;
    }
    // "no later than" is a deadline, not a hedge.
    if ((tokens[i].word === 'no' || tokens[i].word === 'not') && tokens[i + 1]?.word === 'later' && tokens[i + 2]?.word === 'than') {
      i += 3;
      continue;
    }
    // "in a secure way", "at an appropriate frequency", "on a suitable schedule": a manner or a frequency left to judgement.
    const manner = mannerLength(tokens, i);
    if (manner > 0) {
      hedged.fill(HEDGE, i, i + manner);
      i += manner;
      continue;
    }
    // "at some stage", "at some juncture", "some weeks": a time left open is a hedge, whatever its noun.
    const someTime = tokens[i].word === 'some' && i + 1 < n && !tokens[i + 1].stop && (TIME_UNITS.has(tokens[i + 1].word) || (i > 0 && tokens[i - 1].word === 'at')) ? 2 : 0;
    if (someTime > 0) {
      const from = i > 0 && tokens[i - 1].word === 'at' ? i - 1 : i;
      hedged.fill(HEDGE, from, i + someTime);
      i += someTime;
      continue;
    }
    const matched = FLOATING.matchAt(tokens, i, n);
    const floating = matched > 0 && isHedgeInName(tokens, i, matched) ? 0 : matched;
    const condition = floating > 0 ? 0 : conditionLength(tokens, i) || emptyConditionLength(tokens, i);
    const len = floating || condition;
    if (len > 0) {
      const phrase = floating > 0 ? tokens.slice(i, i + floating).map((t) => t.word).join(' ') : '';
      hedged.fill(WEAK.has(phrase) ? WEAK_HEDGE : HEDGE, i, i + len);
    }
    i += Math.max(len, 1);
  }
  return { tokens, hedged, apart: tokens !== written };
}

/** Prepositions that put work on a party's share: "on our side", "from their end". */
const SHARE_PREPOSITIONS = new Set(['on', 'from', 'at']);
/** Who a share is whose: "our", "their", "your". */
const SHARE_OWNERS = new Set(['our', 'their', 'your', 'my', 'his', 'her']);

/**
 * How many tokens from `i` say whose share of shared work an act is ("on our side", "from the vendor's end", "on the County
 * IT side"): a preposition, a possessive, a party or a name, and "side", "end" or "part". A thing's side ("on the server
 * side") is a place, not this. 0 when none starts there.
 */
function shareLength(tokens: readonly Token[], i: number): number {
  if (!SHARE_PREPOSITIONS.has(tokens[i].word)) return 0;
  for (let k = i + 2; k <= i + 4 && k < tokens.length && !tokens[k].stop; k++) {
    if (!SHARE_NOUNS.has(tokens[k].word)) continue;
    const owner = tokens[k - 1];
    const ownerWord = owner.word.replace(/['’]s$/, '');
    const owned = SHARE_OWNERS.has(owner.word) || (owner.word !== ownerWord && (owner.name || owner.acronym || isPartyNoun(ownerWord))) ||
      isPartyNoun(owner.word) || (k - 1 > i + 1 && (owner.name || owner.acronym) && tokens[i + 1].word === 'the');
    return owned ? k + 1 - i : 0;
  }
  return 0;
}

/** True when a condition or a floating hedge starts at token `i`: "where feasible", "as needed", "when possible". */
function opensHedge(tokens: readonly Token[], i: number): boolean {
  return FLOATING.matchAt(tokens, i, tokens.length) > 0 || conditionLength(tokens, i) > 0 || emptyConditionLength(tokens, i) > 0;
}

/** How many words the object of a verb of conforming may have before its preposition: "align the security program with". */
const CONFORMED_OBJECT_MAX = 6;

/**
 * "Align the security program with the NIST CSF 2.0": after a verb of conforming and its object, the preposition of the
 * conformity phrase ("align with", "comply with", "adhere to") opens the rule conformed to, when it names one, cited like
 * "in line with ...": a standard to meet, no thing acted on. The positions of those prepositions, or undefined when there are none.
 */
function conformedTo(tokens: readonly Token[]): Set<number> | undefined {
  let at: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const preposition = baseForms(tokens[i].word).map((b) => CONFORMING_PREPOSITIONS.get(b)).find((p) => p !== undefined);
    if (preposition === undefined) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 2 + CONFORMED_OBJECT_MAX) && !tokens[k].stop; k++) {
      if (!PHRASE_ENDS.has(tokens[k].word)) continue;
      if (k > i + 1 && preposition.has(tokens[k].word) && namesRule(tokens, k + 1)) (at ??= new Set()).add(k);
      break;
    }
  }
  return at;
}

/**
 * True when the phrase at `from` names a rule: a standard ("the NIST CSF 2.0", "HITRUST"), a framework or baseline, or a
 * control or clause number. Two things brought into line ("user access with HR records") are a reconciliation, not this.
 */
function namesRule(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !tokens[k].stop; k++) if (STANDARD_NAMES.has(tokens[k].word) || FRAME_NOUNS.has(tokens[k].word) || tokens[k].id) return true;
  return false;
}

/** Prepositions that open a phrase of manner or frequency. */
const MANNER_PREPOSITIONS = new Set(['in', 'on', 'at', 'within', 'using', 'with', 'via', 'by', 'to']);
/** Nouns of manner, pace and frequency: "way", "schedule", "timeframe". */
/** Qualities that leave who is meant to judgement: "the right people", "appropriate staff". */
const CHOSEN_QUALITIES = new Set(['appropriate', 'suitable', 'right', 'relevant', 'proper', 'necessary', 'applicable']);
const MANNER_NOUNS = new Set(['way', 'manner', 'fashion', 'frequency', 'schedule', 'timeframe', 'timeline', 'basis', 'interval', 'intervals', 'cadence', 'method', 'pace', 'time', 'times', 'level', 'means']);
/** Qualities left to judgement in a phrase of manner: "a secure way", "an appropriate frequency". */
const MANNER_QUALITIES = new Set(['appropriate', 'suitable', 'adequate', 'reasonable', 'proper', 'sufficient', 'acceptable', 'secure', 'safe', 'timely', 'approved', 'good', 'right', 'regular', 'periodic', 'occasional', 'sensible', 'prudent', 'effective', 'efficient']);

/**
 * Length of a phrase of manner or frequency at token `i` whose quality is left to judgement ("in a secure way",
 * "at an appropriate frequency", "using an approved method"), or 0. A number in it measures it ("at 30-day intervals").
 */
function mannerLength(tokens: readonly Token[], i: number): number {
  if (!MANNER_PREPOSITIONS.has(tokens[i].word)) return 0;
  let k = i + 1;
  if (k < tokens.length && DETERMINERS.has(tokens[k].word)) k++;
  let quality = false;
  for (let n = 0; n < 2 && k < tokens.length && !tokens[k].stop; n++, k++) {
    if (tokens[k].numeric || tokens[k].name || tokens[k].acronym) return 0;
    if (MANNER_QUALITIES.has(tokens[k].word)) quality = true;
    else break;
  }
  // "to the right people", "with relevant staff": a party left to judgement is no one in particular.
  if (k < tokens.length && isPartyNoun(tokens[k].word) && k > i + 1 && CHOSEN_QUALITIES.has(tokens[k - 1].word) && tokens[i].word !== 'by') return k + 1 - i;
  if (!quality || k >= tokens.length || !MANNER_NOUNS.has(tokens[k].word)) return 0;
  // "with an approved method (BitLocker)": a name in parentheses after it says which.
  const named = tokens[k + 1]?.word === '(' && tokens[k + 2] !== undefined && (tokens[k + 2].name || tokens[k + 2].acronym);
  return named ? 0 : k + 1 - i;
}

/** Verbs of finding something out: "if" after one asks a question ("check if ...", "see if ..."), it sets no condition. */
const ASKING_VERBS = new Set([...APPRAISAL_VERBS, 'check', 'verify', 'confirm', 'see', 'ask', 'determine', 'investigate', 'review', 'know', 'find']);

/** True when a verb of asking stands in the few words before token `i`, in the same clause. */
function asksBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8) && !tokens[k].stop; k--) {
    if (baseForms(tokens[k].word).some((base) => ASKING_VERBS.has(base))) return true;
  }
  return false;
}

/** Length of a condition on resources or need at token `i` ("as bandwidth allows", "where deemed necessary"), or 0. */
export function isHedge(mark: number): boolean {
  return mark === HEDGE || mark === WEAK_HEDGE;
}

/** Subordinators that open a condition on when an act happens: "if the issue recurs", "when it hangs", "unless the vendor objects". */
export const ACT_CONDITIONS = new Set(['if', 'when', 'whenever', 'once', 'unless', 'until']);
/** Openers of a condition that may say no more than "when it suits": "if it becomes an issue", "when it makes sense". */
export const EMPTY_CONDITION_OPENERS = new Set(['if', 'when', 'whenever', 'once', 'where', 'wherever']);

/**
 * Length of a condition at token `i` that names nothing and no one, running to the end of its clause:
 * "when it makes sense", "if it becomes an issue", "when we get a chance". One that names a thing, a
 * party, a date or a count is an event ("when the warranty ends in June", "when a staff member leaves").
 */
function emptyConditionLength(tokens: readonly Token[], i: number): number {
  if (!EMPTY_CONDITION_OPENERS.has(tokens[i].word)) return 0;
  let j = i + 1;
  for (; j < tokens.length && !tokens[j].stop; j++) {
    const t = tokens[j];
    if (j - i > 8 || t.name || t.acronym || t.numeric || DATE_WORDS.has(t.word) || TIME_UNITS.has(t.word)) return 0;
    const w = t.word;
    if (FUNCTION_WORDS.has(w) || PRONOUNS.has(w) || MODALS.has(w) || LIGHT_VERBS.has(w) || isParticiple(w)) continue;
    // "when we remember", "once we pick one": after a subject pronoun the word is its verb, known or not; "one" stands for a thing unnamed.
    if ((PRONOUNS.has(tokens[j - 1].word) && isVerbAfterPronoun(t)) || (w === 'one' && j + 1 === tokens.length)) continue;
    if (isPartyNoun(w) || !(isAbstractToken(t) || verbClass(w) !== undefined)) return 0;
  }
  return j > i + 1 ? j - i : 0;
}

function conditionLength(tokens: readonly Token[], i: number): number {
  const opener = CONDITION.matchAt(tokens, i, tokens.length);
  if (opener === 0) return 0;
  const limit = Math.min(tokens.length, i + opener + 4);
  for (let j = i + opener; j < limit && !tokens[j].stop; j++) {
    if (!CONDITION_WORDS.has(tokens[j].word)) continue;
    // "as a required status check", "as an available option": after an article the word qualifies the noun that follows, no condition.
    if (DETERMINERS.has(tokens[j - 1].word) && j + 1 < tokens.length && !tokens[j + 1].stop && !FUNCTION_WORDS.has(tokens[j + 1].word)) return 0;
    return j + 1 - i;
  }
  return 0;
}

/** Whether a floating hedge at `i` of `len` tokens is not one where it stands: "in future vendor contracts" (a kind of contract), "until the BAAs are in place" (the end of an act). */
function isHedgeInName(tokens: readonly Token[], i: number, len: number): boolean {
  const phrase = tokens.slice(i, i + len).map((t) => t.word).join(' ');
  const next = tokens[i + len];
  if ((phrase === 'in future' || phrase === 'in the future') && next !== undefined && !next.stop && !FUNCTION_WORDS.has(next.word)) return true;
  if (phrase === 'in place' && i >= 2 && STATE_VERBS.has(tokens[i - 1].word)) {
    for (let k = i - 2; k >= 0 && !tokens[k].stop; k--) if (tokens[k].word === 'until' || tokens[k].word === 'till') return true;
  }
  // "Vendor SOC 2 Type II + DPA in place": the whole entry names the controls that stand (a register's control column), not a
  // hedge; "appropriate safeguards in place" names none.
  if (phrase === 'in place' && i + len === tokens.length && namesControlsThatStand(tokens.slice(0, STATE_VERBS.has(tokens[i - 1]?.word) ? i - 1 : i))) return true;
  return false;
}
/** Whether words name particular controls: an acronym, a name or a number among them, and no word of judgement (`appropriate`). */
function namesControlsThatStand(subject: readonly Token[]): boolean {
  return subject.length > 0 && subject.some((t) => t.acronym || t.name || t.numeric) && subject.every((t) => !t.stop && !JUDGED_WORDS.has(t.word));
}
const JUDGED_WORDS = new Set(['appropriate', 'adequate', 'robust', 'proper', 'necessary', 'reasonable', 'sufficient', 'suitable', 'relevant', 'required', 'needed', 'all', 'any', 'ensure', 'verify', 'confirm', 'make', 'sure', 'check']);
const STATE_VERBS = new Set(['is', 'are', 'be', 'been']);

/**
 * Splits the tokens into clauses [from, to): at punctuation, at "then", before "by"/"through"
 * + gerund ("improve X by installing Y"), and at "and"/"or" followed by a verb that clearly
 * starts a clause ("and disable the ..."). "the EHR and email accounts" stays one clause.
 */
/**
 * The action's clauses. `joinPredicates`: a comma before an auxiliary keeps the predicate after it with the subject before
 * it ("All devices that store ePHI, including pumps, are to be inventoried"); without it the comma cuts, for the reading in
 * which the words before it are a clause with a verb of its own ("Audit log keep for 6 years, is set in Snowflake").
 */
export function clauses({ tokens, hedged }: Scan, joinPredicates = true): [number, number][] {
  const result: [number, number][] = [];
  let start = 0;
  const cut = (at: number) => {
    if (at > start) result.push([start, at]);
    start = at + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // ", as needed" at the end hedges the clause before it: it stays part of it.
    if (t.word === ',' && isHedge(hedged[i + 1]) && trailingHedge(tokens, hedged, i + 1)) continue;
    // "All devices that store ePHI, including pumps, are to be inventoried": the predicate after a
    // comma belongs to the subject before it.
    if (joinPredicates && t.word === ',' && next && AUXILIARIES.has(next.word) && i + 2 < tokens.length && !tokens[i + 2].stop) continue;
    // "between IT, Compliance and Clinical Operations": a comma between names keeps a list in its clause.
    if (t.word === ',' && next && i > 0 && isNamed(tokens[i - 1]) && isNamed(next)) continue;
    if (t.stop || t.word === 'then') cut(i);
    else if ((t.word === 'by' || t.word === 'through' || t.word === 'via') && next?.word.endsWith('ing') && (verbClass(next.word) || isVerbBefore(tokens[i + 2]) || gerundBeforeName(tokens, i + 1))) cut(i);
    else if ((t.word === 'and' || t.word === 'or' || t.word === 'plus') && next && !afterBareVerb(tokens, start, i) && (startsClause(tokens, i + 1) || startsModalClause(tokens, i + 1) || startsSubjectClause(tokens, i + 1) || startsInfinitive(tokens, i + 1))) cut(i);
    // "Not sure it helps but we'll set the screens to lock": "but" opens a clause of its own.
    else if (t.word === 'but' && next && (PRONOUNS.has(next.word) || startsClause(tokens, i + 1) || LEADING.matchAt(tokens, i + 1, tokens.length) > 0)) cut(i);
  }
  if (tokens.length > start) result.push([start, tokens.length]);
  return result;
}

/**
 * The tokens without the commas between qualities of one noun after its determiner ("a holistic, risk-based approach",
 * "the old, unused laptops"): the noun phrase is one, not two clauses. The same array when there are none.
 */
function withoutQualityCommas(tokens: Token[]): Token[] {
  const comma = (i: number) => {
    if (tokens[i].word !== ',' || i < 2 || i + 2 >= tokens.length || !isQuality(tokens[i + 1])) return false;
    // On over the qualities after it to the noun they qualify: "..., scalable, best-in-class platform".
    let n = i + 1;
    while (n < tokens.length && (isQuality(tokens[n]) || tokens[n].word === ',')) n++;
    if (n >= tokens.length || tokens[n].stop) return false;
    // Back over the qualities before it ("a seamless, scalable, ...") to the determiner.
    let k = i - 1;
    while (k > 0 && (isQuality(tokens[k]) || (tokens[k].word === ',' && k < i))) k--;
    return k < i - 1 && DETERMINERS.has(tokens[k].word);
  };
  let kept: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (comma(i)) kept ??= tokens.slice(0, i);
    else kept?.push(tokens[i]);
  }
  return kept ?? tokens;
}

/** A word that qualifies a noun: an adjective ("holistic") or a compound ending in a participle or an adjective ("risk-based", "enterprise-wide"). */
function isQuality(t: Token): boolean {
  if (t.stop || t.name || t.numeric || DETERMINERS.has(t.word) || PHRASE_ENDS.has(t.word) || MODALS.has(t.word)) return false;
  const last = t.word.slice(t.word.lastIndexOf('-') + 1);
  return isModifier(t.word) || HEDGE_ADJECTIVES.has(t.word) || (last.length > 3 && (ADJECTIVE_ENDING.test(last) || isParticiple(last) || isModifier(last)));
}

/** Endings of adjectives: "holistic", "scalable", "proactive", "seamless", "risk-based". */
export const ADJECTIVE_ENDING = /(?:ic|ive|ous|able|ible|ful|less|ed)$/;

/**
 * True when "and" at `i` follows a verb with nothing after it in its clause ("Document and enforce the password policy",
 * "we will identify and patch ..."): the two verbs share the object after the second; "and" joins verbs, not clauses.
 */
function afterBareVerb(tokens: readonly Token[], start: number, i: number): boolean {
  const verb = tokens[i - 1];
  // An intention or an outcome after "and" opens a clause of its own: "Document and consider the options".
  const second = tokens[i + 1];
  if (i - 1 < start || verb.name || verb.id || verbClass(verb.word) === undefined || verbClass(second.word) === undefined ||
    INTENTIONS.matchAt(tokens, i + 1, tokens.length) > 0 || OUTCOMES.matchAt(tokens, i + 1, tokens.length) > 0) return false;
  if (i - 1 === start) return true;
  const before = tokens[i - 2].word;
  return MODALS.has(before) || PRONOUNS.has(before) || CONNECTIVES.has(before);
}

/** How many verbs a relative clause may list before the comma at hand: "that create, receive, maintain or transmit". */
const RELATIVE_VERBS_MAX = 6;

/** True when the comma at `i` separates verbs of a relative clause: "that" (or "which", "who"), then verbs between commas, then a verb. */
export function inRelativeVerbList(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.name || verbClass(next.word) === undefined) return false;
  for (let k = i - 1, verbs = 0; k > 0 && verbs < RELATIVE_VERBS_MAX; k -= 2, verbs++) {
    if (tokens[k].name || verbClass(tokens[k].word) === undefined) return false;
    if (RELATIVES.has(tokens[k - 1].word)) return true;
    if (tokens[k - 1].word !== ',') return false;
  }
  return false;
}

/** True when the token after a word ending in -ing makes it a verb: a particle or a determiner ("standing up a ...", "moving the ..."). */
/**
 * "by wiring Brivo badge events into ...", "by piping Okta logs to ...": after "by", a word in "-ing" is a gerund, a verb the
 * lexicon may not know; right before a product or system name it acts on it: the means, as "by enabling MFA" is. (A time in
 * "-ing", "by morning", names no act.)
 */
function gerundBeforeName(tokens: readonly Token[], i: number): boolean {
  const object = tokens[i + 1];
  const w = tokens[i].word;
  return object !== undefined && isNamed(object) && w.length > 5 && !DATE_WORDS.has(w) && !TIME_UNITS.has(w) && !FREQUENCY_WORDS.has(w);
}

export function isVerbBefore(t: Token | undefined): boolean {
  return t !== undefined && (VERB_PARTICLES.has(t.word) || DETERMINERS.has(t.word));
}

export function isNamed(t: Token): boolean {
  return (t.name || t.acronym) && !t.id;
}

/** True when the hedge at `i` runs to the end of its sentence. */
function trailingHedge(tokens: readonly Token[], hedged: Uint8Array, i: number): boolean {
  let j = i;
  while (j < tokens.length && hedged[j] !== 0) j++;
  return j === tokens.length || (tokens[j].stop && tokens[j].word !== ',');
}

/** True when a modal and a verb start at token `i`: "... and will keep it under observation", "and shall report ...". */
function startsModalClause(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 1];
  return MODALS.has(tokens[i].word) && tokens[i].word !== 'to' && verb !== undefined && !verb.stop &&
    (verbClass(verb.word) !== undefined || INTENTIONS.matchAt(tokens, i + 1, tokens.length) > 0 || LEADING.matchAt(tokens, i + 1, tokens.length) > 0);
}

/**
 * True when a subject and its modal start at token `i`: "... and the system will force this", "and we will ...".
 * The subject is a pronoun, or a determiner and at most three words.
 */
function startsSubjectClause(tokens: readonly Token[], i: number): boolean {
  // "... and only the front-desk staff have access": "only" narrows the subject after it.
  let k = tokens[i].word === 'only' && i + 1 < tokens.length ? i + 1 : i;
  const opened = k;
  if (PRONOUNS.has(tokens[k].word)) k++;
  else if (DETERMINERS.has(tokens[k].word)) {
    k++;
    const end = Math.min(tokens.length, k + 3);
    // An acronym is a word of the subject though it spells a function word ("the IT staff").
    while (k < end && !tokens[k].stop && (tokens[k].acronym || !FUNCTION_WORDS.has(tokens[k].word)) && !MODALS.has(tokens[k].word)) k++;
    if (k === opened + 1) return false;
  } else return false;
  // After a subject and a modal, the next word is a verb, known or not. So is it after an auxiliary of a present or past
  // that states what is so ("and the three IT staff have access", "and the logs are kept 6 years"): a clause of its own.
  const verb = tokens[k + 1];
  const finite = MODALS.has(tokens[k]?.word) ? tokens[k].word !== 'to' : STATING_AUXILIARIES.has(tokens[k]?.word);
  return k < tokens.length && finite && verb !== undefined && !verb.stop && !FUNCTION_WORDS.has(verb.word);
}

/**
 * True when "to" and a known verb start at token `i`: after "and", an infinitive joined to another ("to install Defender and to
 * take off the admin rights", "to assess and to remediate"), a clause of its own, not the purpose of the object before it.
 */
function startsInfinitive(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 1];
  return tokens[i].word === 'to' && verb !== undefined && !verb.stop && !verb.name && !verb.acronym && !DETERMINERS.has(verb.word) && verbClass(verb.word) !== undefined &&
    tokens[i + 2] !== undefined && !tokens[i + 2].stop;
}

/**
 * True when "get" at `i` is the verb of getting a thing done, put somewhere or obtained, not an auxiliary: an object follows,
 * then a participle, a place or a source ("(agreed to) get the copier wiped", "(is necessary to) get a BAA signed", "get new
 * locks on the door", "get a signed BAA from Apex Billing").
 */
export function gotDone(tokens: readonly Token[], i: number, to: number): boolean {
  if (tokens[i]?.word !== 'get' || i + 2 >= to) return false;
  const object = tokens[i + 1];
  // A participle before a noun qualifies it ("get signed BAAs from ..."); right after "get" with nothing after it, it is the state.
  const qualifier = isParticiple(object.word) && !tokens[i + 2].stop && !FUNCTION_WORDS.has(tokens[i + 2].word) && !PHRASE_ENDS.has(tokens[i + 2].word);
  if (object.stop || (isParticiple(object.word) && !qualifier) || PHRASE_ENDS.has(object.word) || PARTICLES.has(object.word)) return false;
  // Then a participle or a place ("get the copier wiped", "get new locks on the door"), or the party it comes from ("get a
  // signed BAA from Apex Billing").
  for (let k = i + 2; k < Math.min(to, i + 7); k++) {
    if (tokens[k].stop) return false;
    if ((isParticiple(tokens[k].word) && !FUNCTION_WORDS.has(tokens[k - 1].word)) || LOCATIVE.has(tokens[k].word)) return true;
    if (tokens[k].word === 'from' && k + 1 < to && (tokens[k + 1].name || isPartyNoun(tokens[k + 1].word) || DETERMINERS.has(tokens[k + 1].word))) return true;
  }
  return false;
}

/**
 * True when a word the lexicon does not know as a verb, its particle and the start of an object stand at `i`: a phrasal verb
 * ("(Practice Manager to) back up the screening log", "to roll out the new laptops"), as clauseVerbClass reads one opening a clause.
 */
export function phrasalVerbAt(tokens: readonly Token[], i: number, to: number): boolean {
  const object = tokens[i + 2];
  return i + 2 < to && !tokens[i].stop && !tokens[i].name && !tokens[i].word.endsWith('s') && VERB_PARTICLES.has(tokens[i + 1].word) &&
    (DETERMINERS.has(object.word) || object.name || object.acronym);
}

/** Auxiliaries that make a clause with the subject before them: a present or a past, not "be" or "get". */
export const STATING_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** True when token `i` starts a clause: an intention, or a verb followed by the start of an object. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  if (INTENTIONS.matchAt(tokens, i, tokens.length) > 0 || OUTCOMES.matchAt(tokens, i, tokens.length) > 0) return true;
  const after = tokens[i + 1];
  // "... and iterate.": a lone word closing the clause that WordNet knows only as a verb is one, though the lexicon does not
  // know it; a noun there would be one more item of a list ("against peer hospitals and clinics").
  if (!verbClass(tokens[i].word)) return (after === undefined || after.stop) && !tokens[i].name && !tokens[i].acronym && isWordNetVerb(tokens[i].word);
  // "... and collect signed acknowledgements": a participle and a noun after a verb are its object.
  const participleObject = after !== undefined && isParticiple(after.word) && verbClass(tokens[i].word) === 'concrete' &&
    tokens[i + 2] !== undefined && !tokens[i + 2].stop && !FUNCTION_WORDS.has(tokens[i + 2].word) && !PHRASE_ENDS.has(tokens[i + 2].word);
  // "... and obtain board approval": a word WordNet knows only as a verb is one before a bare noun too; a word that may
  // also be a noun ("and patch levels", "and monitor screens") could be one more item of the object before it.
  const bareObject = after !== undefined && !FUNCTION_WORDS.has(after.word) && isWordNetVerb(tokens[i].word);
  return after === undefined || after.stop || OBJECT_STARTERS.has(after.word) || after.name || after.acronym || after.numeric || participleObject || bareObject;
}

/**
 * True when the clause [from, to) opens with a word the lexicon knows as no verb, right before a preposition that places
 * nothing, and "and" or "or" joins it to a clause that opens with a verb: "Benchmark against peer institutions, and identify gaps".
 */
export function imperativeBeside(tokens: readonly Token[], from: number, to: number): boolean {
  const joiner = tokens[to]?.word === ',' ? to + 1 : to;
  // The verb after "and" may be one the lexicon does not know: WordNet's verbs ("and iterate", "and collaborate") count.
  const next = tokens[joiner + 1];
  if ((tokens[joiner]?.word !== 'and' && tokens[joiner]?.word !== 'or') || next === undefined ||
    !(isBaseVerb(next.word) || (!next.name && !next.acronym && isWordNetVerb(next.word)))) return false;
  return from + 1 < to && isUnknownWordBeforeUnplacingPreposition(tokens, from) && !tokens[from + 2]?.stop;
}

/**
 * True when the clause [from, to) opens with a word the lexicon does not know (no verb, function word, name, acronym or
 * number) before a bare object, and the clause joined to it, `next`, opens with a verb, so clauses that share their form
 * make it one: after "and" a verb in its base form ("Pull last month's log and give it to ..."); after a semicolon a subject
 * pronoun, then a verb, an intention or an opening hedge ("Mask SSN columns; we'll keep looking at ..."). A sentence after a
 * semicolon that has no subject may be a checklist's next cell ("Lobby PC; look into kiosk mode" names a topic first).
 */
export function sentenceBesideOpensWithVerb(tokens: readonly Token[], from: number, to: number, next: readonly [number, number] | undefined): boolean {
  const first = tokens[from];
  const object = tokens[from + 1];
  const joiner = tokens[to]?.word;
  if ((joiner !== ';' && joiner !== 'and') || next === undefined || next[0] !== to + 1 || to - from < 2 || object === undefined || object.stop) return false;
  if (first.name || first.acronym || first.numeric || verbClass(first.word) !== undefined || FUNCTION_WORDS.has(first.word) || DETERMINERS.has(object.word) || PHRASE_ENDS.has(object.word) || CONNECTIVES.has(object.word)) return false;
  let k = next[0];
  while (k < next[1] && CONNECTIVES.has(tokens[k].word)) k++;
  if (joiner === 'and') return k < next[1] && isBaseVerb(tokens[k].word);
  if (k >= next[1] || !PRONOUNS.has(tokens[k].word.replace(/['’](?:ll|d)$/, ''))) return false;
  k++;
  while (k < next[1] && MODALS.has(tokens[k].word)) k++;
  if (k >= next[1]) return false;
  return isBaseVerb(tokens[k].word) || LEADING.matchAt(tokens, k, next[1]) > 0 || INTENTIONS.matchAt(tokens, k, next[1]) > 0;
}

/** A verb the lexicon knows, in its base form: "identify", not "identifies", "identified" or "identifying". */
export function isBaseVerb(word: string): boolean {
  return verbClass(word) !== undefined && !/(?:s|ed|ing)$/.test(word);
}

/**
 * True when a concrete verb in its base form after "be" stands for its participle: "the laptops will be encrypt with
 * BitLocker", "the door must be lock at night", as a writer new to English forms the passive. Not a word mostly an adjective
 * ("be complete", "be close"), which says a state.
 */
export function isBarePassive(word: string): boolean {
  return isBaseVerb(word) && verbClass(word) === 'concrete' && !isModifier(word);
}

/**
 * True when token `i` is a word the lexicon does not know (no verb, no function word, no name, acronym or number) right
 * before a preposition that places nothing ("Benchmark against …"); one that places ("Shredder for the front desk") makes
 * a checklist item.
 */
export function isUnknownWordBeforeUnplacingPreposition(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1]?.word ?? '';
  return !t.name && !t.acronym && !t.numeric && verbClass(t.word) === undefined && !FUNCTION_WORDS.has(t.word) && PHRASE_ENDS.has(after) && !PLACED.has(after);
}

/** Verbs that say something happens, not what: "if it becomes an issue", "when it makes sense". */
const LIGHT_VERBS = new Set([
  'make', 'makes', 'get', 'gets', 'become', 'becomes', 'come', 'comes', 'seem', 'seems', 'happen', 'happens', 'occur', 'occurs',
  'settle', 'settles', 'turn', 'turns', 'prove', 'proves', 'go', 'goes', 'have', 'has', 'find', 'finds', 'see', 'sees', 'feel', 'feels',
]);

export const RELATIVES = new Set(['that', 'which', 'who']);

/** A word after a subject pronoun that can only be its verb: no function word, modal, auxiliary, name or number. */
export function isVerbAfterPronoun(t: Token): boolean {
  return !t.stop && !t.name && !t.numeric && !FUNCTION_WORDS.has(t.word) && !MODALS.has(t.word) && !AUXILIARIES.has(t.word) && !isModifier(t.word);
}

/** A person or body, by the lexicon or by WordNet: "the vendor", "the landlord". */
export function isPartyNoun(word: string): boolean {
  return PARTY_NOUNS.has(word) || isWordNetParty(word);
}

/**
 * True when a token names no thing: an abstraction, a party, a message, jargon, or an activity
 * ("logging"). An acronym is not the word WordNet knows ("BAA" is not a
 * sheep's cry, "ACE" not a playing card): only the lexicon judges it.
 */
export function isAbstractToken(t: Token): boolean {
  const abstraction = abstractWords.of(t.word, abstractionOf);
  return abstraction === Abstraction.Lexicon || (abstraction === Abstraction.WordNet && !t.acronym);
}

/** Prepositions that put one thing on another in a checklist item. */
export const PLACED = new Set(['on', 'for', 'at', 'in', 'to']);

/** Prepositions of place: after a verb with no object ("document in the SSP") they leave the object missing. */
export const LOCATIVE = new Set(['in', 'on', 'at', 'within', 'under']);

/** Verbs of conforming, from the conformity phrases ("align with", "comply with", "adhere to"): their complement is a rule, no thing. */
/** The prepositions each verb of conforming takes in the conformity phrases: "align" → "with", "adhere" → "to". */
const CONFORMING_PREPOSITIONS = new Map<string, Set<string>>();
for (const [verb, preposition] of CONFORMITY_PHRASES.map((p) => p.split(' ')).filter((w) => w.length === 2 && !/(?:ent|ant|ed|ment|ing)$/.test(w[0]) && !FUNCTION_WORDS.has(w[0]))) {
  CONFORMING_PREPOSITIONS.set(verb, (CONFORMING_PREPOSITIONS.get(verb) ?? new Set()).add(preposition));
}
export const CONFORMING_VERBS = new Set(CONFORMITY_PHRASES.map((p) => p.split(' ')).filter((w) => w.length === 2 && !/(?:ent|ant|ed|ment|ing)$/.test(w[0]) && !FUNCTION_WORDS.has(w[0])).map((w) => w[0]));
