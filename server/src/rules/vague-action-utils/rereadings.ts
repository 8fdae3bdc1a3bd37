// An action read again another way when its first reading is vague: without asides, with bare passives as verbs, with
// the scope after a dash, a verb before a colon, a topic as the object, participle commas dropped; and counts in parentheses.
import { CONNECTIVES, FUNCTION_WORDS, PHRASE_ENDS, MODALS, WAITING_STATUSES, ITEM_NOUNS } from './lexicon';
import { isModifier } from './wordnet';
import { Verdict } from './reasons';
import { verbClass, isActNoun } from './words';
import { Token, PARTICIPLES, isParticiple, PRONOUNS, isFrameNoun } from './tokens';
import { isQuantity } from './measures';
import { Scan, isHedge, isBaseVerb, isBarePassive, isPartyNoun, isAbstractToken } from './scan';
import { WHOLE_GROUP, hasPredicate } from './clause';

/** A verdict on a text's tail, its span moved to where the tail starts in the whole text. */
export function shifted(verdict: Verdict, by: number): Verdict {
  if (!verdict.vague) return verdict;
  return { vague: true, reason: verdict.reason, phrase: verdict.phrase, span: { start: verdict.span.start + by, end: verdict.span.end + by } };
}

/** Statuses that say how far the work is, not that something else stands in its place. */
const PROGRESS = new Set(['in progress', 'wip', 'underway', 'under way', 'in flight', 'in the works']);
/** True when a status says how far the work is: "in progress", "70% complete". */
export function isProgress(status: string): boolean {
  return PROGRESS.has(status) || /^\d+%(?:\s+(?:complete|completed|done|finished))?$/.test(status);
}

/** True when a status says the work waits on someone: "awaiting response", "still waiting", "no reply yet". */
export function isWait(status: string): boolean {
  return WAITING_STATUSES.some((w) => status === w || status.startsWith(`${w} `)) || /^no\s/.test(status);
}

/** A pointer ("see ticket", "per INC-4411", "ref #123"): in parentheses beside a named deliverable it refers to a record of it. */
export const POINTER_WORDS = /^(?:see|per|ref|cf|refer to|reference|as per)\b/;

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
export function withoutAsides({ tokens, hedged }: Scan, opener: '(' | ',' | '–'): Scan | undefined {
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
export function withBarePassives({ tokens, hedged }: Scan): Scan | undefined {
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
export function withScopeAfterDash(text: string, { tokens, hedged }: Scan): Scan | undefined {
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
export function countedInParentheses(text: string, { tokens, hedged }: Scan): boolean {
  let open = 0;
  while (open < tokens.length && !tokens[open].stop) open++;
  if (open === 0 || open > COUNTED_THING_MAX || tokens[open]?.word !== '(' || hedged[open + 1] || !isQuantity(tokens, open + 1)) return false;
  // A count, not a share done ("(40% complete)": the tokens leave the sign out) nor a year or a date ("(2026)"). A share of
  // a whole ("(10% of total budget)") is how much, as "(10 percent of ...)" is.
  const share = text.slice(tokens[open + 1].end).trimStart().startsWith('%');
  if (!/^\d+$/.test(tokens[open + 1].word) || (share && tokens[open + 2]?.word !== 'of')) return false;
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
export function withVerbBeforeColon(text: string, { tokens, hedged }: Scan, parts: readonly (readonly [number, number])[]): Scan | undefined {
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
export function withTopicAsObject({ tokens, hedged }: Scan, parts: readonly [number, number][]): Scan | undefined {
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
export function withoutParticipleCommas({ tokens, hedged }: Scan): Scan | undefined {
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
export function aside(tokens: readonly Token[], from: number, to: number): boolean {
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
