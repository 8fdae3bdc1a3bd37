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
// This file holds the entry points and the verdict on a whole action; below it, one job each:
// rereadings.ts (an action read again another way), reading-*.ts (the readings of one clause),
// clause.ts (a clause and what every reading counts), scan.ts (hedges and clause bounds),
// measures.ts, tokens.ts, words.ts (verb classes, base forms) and reasons.ts (the verdict's shape).
import type { Span } from '../../model/plan-model';
import { BoundedCache, ownCache } from '../../caches';
import { CONNECTIVES, FUNCTION_WORDS, PHRASE_ENDS, MODALS, ITEM_NOUNS, ITEM_POINTERS } from './lexicon';
import { isNotEnglish } from './language';
import { parseDate } from '../../model/dates';
import { isModifier } from './wordnet';
import { VagueReason, Verdict, SPECIFIC } from './reasons';
import { verbClass, baseForms, DECIDING_VERBS } from './words';
import {
  Token, LABEL_ENDS, onlyCode, tokenise, SUBJECT_MAX, PhraseSet, INTENTIONS, STATUS, POINTERS, FINAL_STATUS, DETERMINERS, AUXILIARIES,
  isParticiple, PRONOUNS, namesFile,
} from './tokens';
import {
  Reason, Scan, CITED, QUESTION, scan, isHedge, ACT_CONDITIONS, EMPTY_CONDITION_OPENERS, clauses, inRelativeVerbList, isNamed,
  STATING_AUXILIARIES, imperativeBeside, sentenceBesideOpensWithVerb, isBaseVerb, isVerbAfterPronoun, isPartyNoun, CONFORMING_VERBS,
} from './scan';
import { ClauseVerdict, INTENTION_VERBS, clauseVerbClass, startsParty, Clause, ADVERB, COMPLETION } from './clause';
import {
  shifted, isProgress, isWait, POINTER_WORDS, withoutAsides, withBarePassives, withScopeAfterDash, countedInParentheses, withVerbBeforeColon,
  withTopicAsObject, withoutParticipleCommas, aside,
} from './rereadings';
import './reading-openings';
import './reading-phrases';
import './reading-verbs';
import './reading-objects';

export type { VagueReason, Verdict };

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
    // `Insider threat training for managers (Q2 2026)`: a date in brackets closing the action says when, not what; the
    // words before it are judged (the phrase quoted stays within them).
    const dated = DATE_TAIL.exec(text);
    verdict = judgeAction(dated && parseDate(dated[1].trim()).kind === 'date' ? text.slice(0, dated.index) : text, extraPhrases);
    // The lexicon is English: an action in another language ("Zugänge ausgeschiedener Mitarbeiter sperren", "CloudflareAI
    // Workersへ切替") is not judged, neither vague nor specific: the rule says nothing of it. Asked only of what the English
    // reading finds vague, the one verdict it changes. A placeholder or a configured phrase is vague in any language.
    if (verdict.vague && verdict.reason !== 'placeholder' && verdict.reason !== 'configured' && isNotEnglish(text.trim())) verdict = SPECIFIC;
    if (verdict.vague && verdict.reason === 'fragment' && isListOfControls(text, extraPhrases)) verdict = SPECIFIC;
    // "Continuous access monitoring (infra/dspm/dashboard.py)", "Define in ACCESS_CONTROL.md: inactivity period (90 days), …":
    // a file, a path or a key named says where the work goes, wherever it stands: what it acts on is found there.
    if (verdict.vague && NAMED_PLACE_ANSWERS.has(verdict.reason) && namesFile(text)) verdict = SPECIFIC;
    // `AO records applicability decision + boundary (likely N/A internal corporate, but the memo is required)`: a status word in a
    // bracket closing the action is a note on how it may turn out; the words before the bracket say what is done.
    const aside = verdict.vague && verdict.reason === 'status' ? CLOSING_ASIDE.exec(text) : null;
    if (aside && aside.index > 0 && !judgeAction(text.slice(0, aside.index), extraPhrases).vague) verdict = SPECIFIC;
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** Reasons a named file answers: the action's object or deliverable was not found; an intention or a status stays. */
const NAMED_PLACE_ANSWERS: ReadonlySet<VagueReason> = new Set(['abstract', 'no-object', 'fragment']);

/** A bracket closing an action, perhaps led by "by" or "due" (`(Q2 2026)`, `(by 2026-06-30)`): the date in it, if it is one. */
const DATE_TAIL = /\s*\((?:by |due |target:? )?([^()]{4,24})\)\s*$/i;

/** A bracket closing an action, its note: `(likely N/A internal corporate, but the memo is required)`. */
const CLOSING_ASIDE = /\s*\([^()]{2,160}\)[\s.;]*$/;

/** How many items make a list of controls, and how many words an item of one may have. */
const LIST_ITEMS = 3;
const LIST_ITEM_WORDS = 6;

/**
 * Whether an action is a list of controls named as short noun phrases, most of which name a deliverable alone ("EDR
 * deployment, network segmentation, offline backups, phishing awareness training, incident response playbook"): not too
 * short, whatever its first item is judged alone. Each item is judged as an action of its own.
 */
function isListOfControls(text: string, extraPhrases: readonly string[]): boolean {
  const items = text.split(/\s*[,;]\s*(?:and\s+)?/).map((item) => item.trim()).filter((item) => item !== '');
  if (items.length < LIST_ITEMS || items.some((item) => item.split(/\s+/).length > LIST_ITEM_WORDS)) return false;
  const specific = items.filter((item) => !judgeAction(item, extraPhrases).vague).length;
  return specific * 2 > items.length;
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
/** A bold label opening an action ("**Training:** Staff training on …", "**Reduction**: …"): the kind of measure, which labels it. */
const BOLD_LABEL_LEAD = /^\s*(?:\*\*|__)[^*_\n]{1,40}?:?(?:\*\*|__):?\s+(?=\S)/;
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
  const tag = TAG_LEAD.exec(text) ?? CODE_LEAD.exec(text) ?? BOLD_LABEL_LEAD.exec(text);
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

/** The first floating hedge ("as needed"), as a reason. */
function firstHedge({ tokens, hedged }: Scan): Reason | undefined {
  const i = hedged.findIndex(isHedge);
  if (i < 0) return undefined;
  let end = i;
  while (end + 1 < tokens.length && hedged[end + 1] === hedged[i]) end++;
  return { reason: 'hedge', start: tokens[i].start, end: tokens[end].end };
}
