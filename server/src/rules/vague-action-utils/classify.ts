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
import { BoundedCache } from '../../parse/piece-cache';
import {
  CONCRETE_VERBS, COMPARATIVE_VERBS, GENERIC_VERBS, APPRAISAL_VERBS, OUTCOME_PHRASES, INTENTION_PHRASES,
  LEADING_HEDGES, CONNECTIVES, FLOATING_HEDGES, ABSTRACT_NOUNS, DOCUMENT_NOUNS, FUNCTION_WORDS, PHRASE_ENDS,
  OBJECT_STARTERS, GENERIC_CAPITALS, NUMBER_WORDS, FREQUENCY_WORDS, DATE_WORDS, FREQUENCY_MARKERS,
  OUTCOME_VERBS, MEANS, OUTCOME_ADJECTIVES, TIME_UNITS, PARTICLES, MODALS,
} from './lexicon';

export type VagueReason =
  /** TBD, N/A, `...`, `?`, `-`, empty. */
  | 'placeholder'
  /** Contains a phrase from the `vaguePhrases` setting. */
  | 'configured'
  /** An intention without a deliverable: "look into", "consider", "discuss". */
  | 'intention'
  /** A hedge ("as needed", "ensure", "to be updated") with nothing measurable behind it. */
  | 'hedge'
  /** A verb on an abstract object: "improve security", "follow best practices". */
  | 'abstract'
  /** A verb with nothing to act on: "patch as needed". */
  | 'no-object'
  /** Too few words to say what is done to what. */
  | 'fragment';

export type Verdict =
  | { readonly vague: false }
  | {
      readonly vague: true;
      readonly reason: VagueReason;
      /** The words that make the action vague, as written (the whole text for placeholders). */
      readonly phrase: string;
      /** Where `phrase` is, as offsets into the classified text. */
      readonly span: Span;
    };

const SPECIFIC: Verdict = { vague: false };

// ---------------------------------------------------------------- tokens

interface Token {
  /** Lower-cased text. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation that ends a clause. */
  readonly stop: boolean;
  /** A capitalised word that is not the first of a sentence: a product or party name candidate. */
  readonly name: boolean;
  readonly numeric: boolean;
}

const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’&+_/.-]*[A-Za-z0-9]|[A-Za-z0-9]|[,;:()!?.…–—]/g;
/** A dash between digits joins a range ("2012–2018"); elsewhere it separates clauses. */
const NUMBER_RANGE = /(?<=\d)[–—](?=\d)/g;
const STOPS = ',;:()!?.…–—';
const SENTENCE_ENDS = '.!?:;';

function tokenise(text: string): Token[] {
  // Lower-case once; per token only when case mapping changes the length (rare non-ASCII text).
  const folded = text.toLowerCase().replace(/’/g, "'");
  const sameLength = folded.length === text.length;
  const titleCase = isTitleCase(text);
  const tokens: Token[] = [];
  let sentenceStart = true;
  // Ranges are read as one word; the replacement keeps offsets, so spans still point into `text`.
  const source = text.includes('–') || text.includes('—') ? text.replace(NUMBER_RANGE, '-') : text;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = sameLength ? folded.slice(start, end) : m[0].toLowerCase().replace(/’/g, "'");
    const stop = word.length === 1 && STOPS.includes(word);
    const name = !stop && hasCapital(text, start, end) && !titleCase && !sentenceStart && !GENERIC_CAPITALS.has(word) && !DATE_WORDS.has(word);
    if (!stop) sentenceStart = false;
    else if (SENTENCE_ENDS.includes(word)) sentenceStart = true;
    tokens.push({ word, start, end, stop, name, numeric: hasCode(text, start, end, 48, 57) });
  }
  return tokens;
}

/** True when text[start, end) has a character code in [low, high]. */
function hasCode(text: string, start: number, end: number, low: number, high: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= low && c <= high) return true;
  }
  return false;
}

function hasCapital(text: string, start: number, end: number): boolean {
  return hasCode(text, start, end, 65, 90);
}

/** In Title Case Text capitals say nothing about names. */
function isTitleCase(text: string): boolean {
  const long = text.match(/\b[A-Za-z]{4,}/g);
  if (!long || long.length < 3) return false;
  let capitals = 0;
  for (const w of long) if (w.charCodeAt(0) <= 90) capitals++;
  return capitals / long.length > 0.6;
}

/** A phrase lexicon indexed by first word, longest phrase first, matched on token words. */
class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const ws = p.split(' ');
      const list = this.byFirst.get(ws[0]) ?? [];
      list.push(ws);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(ws[0], list);
    }
  }
  /** Length in tokens of the longest phrase starting at token `i` (ending before `end`), or 0. */
  matchAt(tokens: readonly Token[], i: number, end: number): number {
    const candidates = i < end ? this.byFirst.get(tokens[i].word) : undefined;
    if (!candidates) return 0;
    for (const ws of candidates) {
      if (i + ws.length > end) continue;
      let k = 1;
      while (k < ws.length && tokens[i + k].word === ws[k]) k++;
      if (k === ws.length) return ws.length;
    }
    return 0;
  }
}

const INTENTIONS = new PhraseSet(INTENTION_PHRASES);
const OUTCOMES = new PhraseSet(OUTCOME_PHRASES);
const LEADING = new PhraseSet(LEADING_HEDGES);
const FLOATING = new PhraseSet(FLOATING_HEDGES);

type VerbClass = 'concrete' | 'comparative' | 'generic';

/** The class of a word used as a verb, trying its inflections (installs, installed, installing, stopped). */
function verbClass(word: string): VerbClass | undefined {
  // "re-evaluate", "re-enable": the verb after the prefix.
  const verb = word.startsWith('re-') ? word.slice(3) : word;
  for (const base of baseForms(verb)) {
    if (CONCRETE_VERBS.has(base)) return 'concrete';
    if (COMPARATIVE_VERBS.has(base)) return 'comparative';
    if (GENERIC_VERBS.has(base)) return 'generic';
  }
  return undefined;
}

function isAppraisal(word: string): boolean {
  return baseForms(word.startsWith('re-') ? word.slice(3) : word).some((base) => APPRAISAL_VERBS.has(base));
}

const SUFFIXES: readonly [string, string][] = [['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['d', ''], ['ied', 'y'], ['ing', ''], ['ing', 'e']];

function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, add] of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + add);
  }
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(word); // stopped → stop, setting → set
  if (doubled) forms.push(doubled[1]);
  return forms;
}

// ---------------------------------------------------------------- measures

/** A number that is part of a date or deadline (2026-07-01, Q3, "July 31", 2027) rather than a quantity. */
function isDatePart(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].word;
  if (/^\d{4}-\d{1,2}(-\d{1,2})?$|^\d{1,2}\/\d{1,2}(\/\d{2,4})?$|^(19|20)\d\d$|^q[1-4]$|^(fy|cy)?\d{2,4}$|^h[12]$/.test(w)) {
    return !/^\d{2,3}$/.test(w); // 14, 180 are quantities
  }
  return /^\d{1,2}(st|nd|rd|th)?$/.test(w) && i > 0 && DATE_WORDS.has(tokens[i - 1].word);
}

/** A quantity or frequency: "14 characters", "six years", "every quarter", "monthly". */
function isQuantity(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.stop) return false;
  if (t.numeric) return !isDatePart(tokens, i);
  const next = tokens[i + 1];
  // "once a year" is a frequency; "once the new system is live" is a condition.
  if (t.word === 'once' || t.word === 'twice') return next !== undefined && (FREQUENCY_MARKERS.has(next.word) || TIME_UNITS.has(next.word) || FREQUENCY_WORDS.has(next.word));
  if (NUMBER_WORDS.has(t.word) || FREQUENCY_WORDS.has(t.word)) return true;
  return (t.word === 'every' || t.word === 'each' || t.word === 'per') && next !== undefined && (TIME_UNITS.has(next.word) || DATE_WORDS.has(next.word));
}

// ---------------------------------------------------------------- clauses

interface Reason {
  readonly reason: VagueReason;
  readonly start: number;
  readonly end: number;
}

/** The tokens of an action, with the ones inside floating hedges marked. */
interface Scan {
  readonly tokens: readonly Token[];
  readonly hedged: Uint8Array;
}

function scan(text: string): Scan {
  const tokens = tokenise(text);
  const hedged = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; ) {
    const n = tokens[i].stop ? 0 : FLOATING.matchAt(tokens, i, tokens.length);
    for (let k = i; k < i + n; k++) hedged[k] = 1;
    i += Math.max(n, 1);
  }
  return { tokens, hedged };
}

/**
 * Splits the tokens into clauses [from, to): at punctuation, at "then", before "by"/"through"
 * + gerund ("improve X by installing Y"), and at "and"/"or" followed by a verb that clearly
 * starts a clause ("and disable the ..."). "the EHR and email accounts" stays one clause.
 */
function clauses({ tokens }: Scan): [number, number][] {
  const result: [number, number][] = [];
  let start = 0;
  const cut = (at: number) => {
    if (at > start) result.push([start, at]);
    start = at + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.stop || t.word === 'then') cut(i);
    else if ((t.word === 'by' || t.word === 'through' || t.word === 'via') && next?.word.endsWith('ing') && verbClass(next.word)) cut(i);
    else if ((t.word === 'and' || t.word === 'or' || t.word === 'plus') && next && startsClause(tokens, i + 1)) cut(i);
  }
  if (tokens.length > start) result.push([start, tokens.length]);
  return result;
}

/** True when token `i` starts a clause: an intention, or a verb followed by the start of an object. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  if (INTENTIONS.matchAt(tokens, i, tokens.length) > 0 || OUTCOMES.matchAt(tokens, i, tokens.length) > 0) return true;
  if (!verbClass(tokens[i].word)) return false;
  const after = tokens[i + 1];
  return after === undefined || after.stop || OBJECT_STARTERS.has(after.word) || after.name || after.numeric;
}

/** What one clause says: a deliverable, or why not. */
type ClauseVerdict = { readonly deliverable: true } | { readonly deliverable: false; readonly why?: Reason };

const DELIVERABLE: ClauseVerdict = { deliverable: true };

class Clause {
  constructor(
    private readonly s: Scan,
    readonly from: number,
    readonly to: number,
  ) {}

  private get tokens(): readonly Token[] {
    return this.s.tokens;
  }

  span(from: number, to: number, reason: VagueReason): Reason {
    return { reason, start: this.tokens[from].start, end: this.tokens[Math.max(from, to - 1)].end };
  }

  /** Content words in [from, this.to) outside hedges that name a thing (not abstract, not a number or time). */
  concreteWords(from: number): number {
    let n = 0;
    for (let i = from; i < this.to; i++) if (this.isConcrete(i)) n++;
    return n;
  }

  isConcrete(i: number): boolean {
    const t = this.tokens[i];
    return (
      !this.s.hedged[i] && !t.stop && !t.numeric && !FUNCTION_WORDS.has(t.word) && !ABSTRACT_NOUNS.has(t.word) &&
      !NUMBER_WORDS.has(t.word) && !FREQUENCY_WORDS.has(t.word) && !DATE_WORDS.has(t.word) && !TIME_UNITS.has(t.word) &&
      !PARTICLES.has(t.word)
    );
  }

  contentWords(from: number, to = this.to): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (!this.s.hedged[i] && !t.stop && !FUNCTION_WORDS.has(t.word)) n++;
    }
    return n;
  }

  hasQuantity(from: number): boolean {
    for (let i = from; i < this.to; i++) if (!this.s.hedged[i] && isQuantity(this.tokens, i)) return true;
    return false;
  }

  hasName(from: number, to = this.to): boolean {
    for (let i = from; i < to; i++) if (!this.s.hedged[i] && this.tokens[i].name) return true;
    return false;
  }

  hasFloatingHedge(): boolean {
    for (let i = this.from; i < this.to; i++) if (this.s.hedged[i]) return true;
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
    for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has(this.tokens[i].word)) head = this.tokens[i];
    return head;
  }

  /**
   * True when the noun phrase [from, to) names a thing: its head is not abstract, it is a
   * qualified document ("the incident response plan"), or it names a product.
   */
  namesThing(from: number, to: number): boolean {
    const head = this.head(from, to);
    if (head === undefined) return false;
    if (!ABSTRACT_NOUNS.has(head.word) || this.hasName(from, to)) return true;
    return DOCUMENT_NOUNS.has(head.word) && this.contentWords(from, to) >= 2;
  }

  judge(): ClauseVerdict {
    const { tokens, s } = this;
    let i = this.from;
    let hedge: Reason | undefined;
    // Opening hedges and connectives: "we will", "continue to", "and then".
    for (;;) {
      while (i < this.to && (s.hedged[i] || CONNECTIVES.has(tokens[i].word))) i++;
      const n = LEADING.matchAt(tokens, i, this.to);
      if (n === 0) break;
      // "keep" and "continue" are verbs when a noun follows: "keep the logs", "continue nightly backups".
      if (n === 1 && (tokens[i].word === 'keep' || tokens[i].word === 'continue') && i + 1 < this.to && !tokens[i + 1].word.endsWith('ing')) break;
      hedge ??= this.span(i, i + n, 'hedge');
      i += n;
    }
    if (i >= this.to) return { deliverable: false, why: hedge };

    const intention = INTENTIONS.matchAt(tokens, i, this.to);
    if (intention > 0) return { deliverable: false, why: this.span(i, i + intention, 'intention') };

    const measured = this.hasQuantity(i) || this.hasName(i);
    const outcome = OUTCOMES.matchAt(tokens, i, this.to);
    if (outcome > 0) return measured ? DELIVERABLE : { deliverable: false, why: hedge ?? this.span(i, i + outcome, 'hedge') };

    const verb = this.findVerb(i);
    if (verb?.passive) {
      // "Device inventory to be updated": an intention in the passive; only a measure commits it.
      return measured ? DELIVERABLE : { deliverable: false, why: hedge ?? this.span(i, verb.at + 1, 'hedge') };
    }
    if (!verb) {
      // A noun phrase: a deliverable only when measured, or long and concrete enough.
      if (measured || (this.contentWords(i) >= 3 && this.namesThing(i, this.phraseEnd(i)))) return DELIVERABLE;
      return { deliverable: false, why: hedge ?? this.span(i, this.to, 'fragment') };
    }

    let objectFrom = verb.at + 1;
    if (objectFrom < this.to && PARTICLES.has(tokens[objectFrom].word)) objectFrom++;
    const verbWords = this.span(verb.at, objectFrom, 'no-object');
    const whole = this.span(verb.at, this.to, 'abstract');
    const concrete = this.concreteWords(objectFrom);
    const quantity = this.hasQuantity(objectFrom);
    if (concrete === 0 && !quantity && !this.hasName(objectFrom)) {
      return { deliverable: false, why: hedge ?? (this.contentWords(objectFrom) === 0 ? verbWords : whole) };
    }
    // A hedge next to a thin object ("patch servers as needed") commits to nothing measurable.
    const thin = this.hasFloatingHedge() && !quantity && concrete < 2;
    const phraseEnd = this.phraseEnd(objectFrom);
    // A generic verb whose object ends in an outcome ("make the front end more secure") changes a
    // degree, like "improve": only a measure says how much.
    const cls = verb.cls === 'generic' && phraseEnd === this.to && this.endsInOutcome(objectFrom) ? 'comparative' : verb.cls;
    // "Create a plan to address this": an abstract object made for a purpose is as specific as the purpose.
    const purpose = tokens[phraseEnd]?.word === 'to' && phraseEnd + 1 < this.to && verbClass(tokens[phraseEnd + 1].word);
    if (cls === 'concrete' && purpose && !this.namesThing(objectFrom, phraseEnd)) return new Clause(s, phraseEnd + 1, this.to).judge();
    let ok: boolean;
    if (cls === 'concrete') ok = concrete > 0 && !thin;
    else if (cls === 'comparative') ok = quantity || this.hasName(objectFrom);
    // "Protect PHI" states an outcome; "protect the backups with immutable storage" says how.
    else if (OUTCOME_VERBS.has(tokens[verb.at].word)) ok = quantity || this.hasName(objectFrom) || this.hasMeans(objectFrom);
    // An appraisal of a named thing still decides nothing; "assess all 40 tablets" at least bounds the work.
    else if (isAppraisal(tokens[verb.at].word)) ok = quantity && concrete > 0;
    // A generic verb needs a concrete object of two words at least: "update the router firmware", not "remind staff".
    // A frequency alone ("review annually") says how often, not what.
    else ok = (quantity && concrete > 0) || (this.namesThing(objectFrom, phraseEnd) && concrete >= 2 && !thin);
    return ok ? DELIVERABLE : { deliverable: false, why: hedge ?? whole };
  }

  /** A means after the object: "with a keypad lock", "using Intune", "by installing a firewall". */
  private hasMeans(from: number): boolean {
    for (let i = from; i < this.to; i++) if (MEANS.has(this.tokens[i].word)) return this.concreteWords(i + 1) > 0;
    return false;
  }

  /** True when the phrase from `from` to the clause end ends in an outcome adjective ("... more secure"). */
  private endsInOutcome(from: number): boolean {
    const last = this.head(from, this.to);
    const beforeLast = this.to - 2 >= from ? this.tokens[this.to - 2].word : undefined;
    return last !== undefined && (OUTCOME_ADJECTIVES.has(last.word) || beforeLast === 'more' || beforeLast === 'less');
  }

  /** The clause's verb: its first word, or the one after a short subject and a modal ("the vendor will enable"). */
  private findVerb(i: number): { at: number; cls: VerbClass; passive: boolean } | undefined {
    const { tokens } = this;
    const cls = verbClass(tokens[i].word);
    if (cls) return { at: i, cls, passive: false };
    const limit = Math.min(this.to, i + 6);
    for (let m = i + 1; m < limit; m++) {
      if (!MODALS.has(tokens[m].word)) continue;
      let j = m + 1;
      if (tokens[j]?.word === 'to') j++; // "needs to"
      const passive = tokens[j]?.word === 'be';
      if (passive) j++;
      const after = j < this.to ? verbClass(tokens[j].word) : undefined;
      if (after || passive) return { at: Math.min(j, this.to - 1), cls: after ?? 'generic', passive };
      return undefined;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------- verdict

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

const REASON_RANK: readonly VagueReason[] = ['placeholder', 'configured', 'intention', 'hedge', 'abstract', 'no-object', 'fragment'];

/** The most telling of two reasons: an intention over a hedge over the rest; the earlier on a tie. */
function moreTelling(a: Reason | undefined, b: Reason | undefined): Reason | undefined {
  if (!a || !b) return a ?? b;
  return REASON_RANK.indexOf(b.reason) < REASON_RANK.indexOf(a.reason) ? b : a;
}

/** Verdicts by phrases and text: an edit changes one action, so the others are not judged again. */
const verdicts = new BoundedCache<Verdict>(1_000_000);

/**
 * Classifies an action text. Any phrase of `extraPhrases` (the `vaguePhrases` setting) in
 * it makes it vague. Placeholders and empty text are vague: whether an absent action is
 * a finding is the caller's business.
 */
export function classifyAction(text: string, extraPhrases: readonly string[] = []): Verdict {
  const key = `${extraPhrases.join('\u0000')}\u0001${text}`;
  let verdict = verdicts.get(key);
  if (!verdict) verdicts.set(key, (verdict = judgeAction(text, extraPhrases)));
  return verdict;
}

function judgeAction(text: string, extraPhrases: readonly string[]): Verdict {
  const trimmed = text.trim();
  const lead = text.length - text.trimStart().length;
  if (isPlaceholderAction(trimmed)) {
    return { vague: true, reason: 'placeholder', phrase: trimmed, span: { start: lead, end: lead + trimmed.length } };
  }
  const configured = configuredPhrase(text, extraPhrases);
  if (configured) return { vague: true, reason: 'configured', phrase: text.slice(configured.start, configured.end), span: configured };

  const scanned = scan(text);
  let why: Reason | undefined;
  for (const [from, to] of clauses(scanned)) {
    const verdict = new Clause(scanned, from, to).judge();
    if (verdict.deliverable) return SPECIFIC;
    why = moreTelling(why, verdict.why);
  }
  why = moreTelling(why, firstHedge(scanned)) ?? { reason: 'fragment', start: lead, end: lead + trimmed.length };
  return { vague: true, reason: why.reason, phrase: text.slice(why.start, why.end), span: { start: why.start, end: why.end } };
}

/** The first floating hedge ("as needed"), as a reason. */
function firstHedge({ tokens, hedged }: Scan): Reason | undefined {
  const i = hedged.indexOf(1);
  if (i < 0) return undefined;
  let end = i;
  while (end + 1 < tokens.length && hedged[end + 1]) end++;
  return { reason: 'hedge', start: tokens[i].start, end: tokens[end].end };
}
