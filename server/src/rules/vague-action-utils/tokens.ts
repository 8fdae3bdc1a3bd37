// The action's text as tokens: tokenising (inline code, dashes, ticket keys, titles, phrasal verbs), the token predicates
// every later stage asks (identifier, name, acronym, subject, party), the word sets they read and the phrase sets.
import {
  OUTCOME_PHRASES, INTENTION_PHRASES, LEADING_HEDGES, CONNECTIVES, FLOATING_HEDGES, FUNCTION_WORDS, PHRASE_ENDS, GENERIC_CAPITALS,
  DATE_WORDS, PARTICLES, MODALS, STATUS_PHRASES, POINTER_STARTS, CONFORMITY_PHRASES, CONDITION_OPENERS, PARTY_NOUNS, HEDGE_ADJECTIVES,
  WEAK_HEDGES, FINAL_STATUS_PHRASES, FRAME_NOUNS, FEATURE_FRAME_NOUNS, STANDARD_NAMES, FOLDED_INTO,
} from './lexicon';
import { isWordNetAbstract } from './wordnet';
import { verbClass, abstractWords, Abstraction, abstractionOf } from './words';

export interface Token {
  /** Lower-cased text. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation that ends a clause. */
  readonly stop: boolean;
  /** A capitalised word that is not the first of a sentence: a product or party name candidate. */
  readonly name: boolean;
  readonly numeric: boolean;
  /** A control, clause or ticket identifier ("AC-2", "164.312", "A.5.15", "SEC-118"): a reference, neither a quantity nor a thing. */
  readonly id: boolean;
  /** Written in capitals ("EHR", "MFA", "VPN"): an acronym names a kind of system or thing. */
  readonly acronym: boolean;
  /** A capitalised word before a number that labels a numbered part ("Level 3", "Control 6", "Phase 2"). */
  readonly label: boolean;
  /** Starts with a capital letter, wherever it stands. */
  readonly capital: boolean;
  /** A percent sign follows it: "70%". */
  readonly percent: boolean;
}

const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’&+_/.-]*[A-Za-z0-9]|[A-Za-z0-9]|[,;:()!?.…–—]/g;
/** Acronyms of the field (GENERIC_CAPITALS) that are no English word, so that written in lower case they are still acronyms. */
const LOWER_CASE_ACRONYMS = new Set([...GENERIC_CAPITALS].filter((w) => w.length >= 3 && !['staff', 'rev', 'iso', 'cis', 'wifi', 'wi-fi'].includes(w)));

/** A dash between digits joins a range ("2012–2018"); elsewhere it separates clauses. */
const NUMBER_RANGE = /(?<=\d)[–—](?=\d)/g;
const SPACED_HYPHEN = /(?<=\s)-(?=\s)|(?<=\s)-(?=-\s)/g;
const SPACED_SLASH = / \/ /g;
const SPACED_BAR = / \| /g;
/** An arrow from a topic to what is done about it: "risk 4 (lost phones) -> enroll ...", "Phishing → train staff". */
const ARROW = /-+>|=>|→/g;
const BULLET = /[•▪◦‣●]/;
const BULLETS = /[•▪◦‣●]/g;
const STOPS = ',;:()!?.…–—';
/** Letters glued before "#" and a number: a ticket key's prefix ("T#55901", "INC#4411"). */
const TICKET_PREFIX = /(?<![A-Za-z0-9])[A-Za-z]{1,5}(?=#\d)/g;
/** Stops after which a short clause is a topic label: "Audit logs: ...", "Remote access - ...". */
export const LABEL_ENDS = new Set([':', '–', '—']);
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'approx', 'dept', 'e.g', 'i.e', 'no', 'rev', 'st']);
const SENTENCE_ENDS = '.!?:;';

/**
 * Identifier shapes: NIST 800-53 controls, ISO Annex A, dotted clause numbers, CFR sections, ticket keys, finding and risk
 * numbers ("W-14", "R-3"). A ticket key may be glued to its prefix when the number is padded to a fixed width ("RITM0049122",
 * "INC0012345"): five digits or more after the letters number a record; a model's designation is shorter ("MX68", "T350").
 */
const IDENTIFIER =
  /^(?:(?:ac|at|au|ca|cm|cp|ia|ir|ma|mp|pe|pl|pm|ps|pt|ra|sa|sc|si|sr)-\d{1,2}(?:\(\d+\))?|a\.\d+(?:\.\d+)*|\d+\.\d+\.[\dx]+|\d{3}\.\d{3}.*|[a-z]{2,6}-\d{2,}(?:-\d+)*|[a-z]{2,5}\d{5,}|[a-z]-\d{1,4}|#\d+|\d{3}-\d{2,3})$/;
/** A number with its unit written on: "24h", "90-day", "15-character", "1yr", "95%", "x4". */
const UNIT_NUMBER = /^(?:x\d+|\d[\d,.]*-?(?:[a-z]{1,3}|[a-z]+s?)?)$/;

/** A lettered subsection written right after a section number: "(d)" of "405(d)", "(iv)" of "164(iv)". */
const SUBSECTION = /^\((?:[a-z]|[ivx]{1,4})\)/i;

/** Inline code between backticks, on one line (linear: each match runs to the next backtick). */
const CODE_SPAN = /`[^`\n]+`/g;
/** What may stand between spans of inline code in an action of code alone. */
const BETWEEN_CODE = /^[\s,;.]*$/;
/** The word of an inline code token: no lexicon holds it, and it is a name (a particular thing to find). */
export const CODE_WORD = '`code`';

/** Where each span of inline code that holds more than spaces starts. */
function codeSpans(text: string): Set<number> | undefined {
  let starts: Set<number> | undefined;
  CODE_SPAN.lastIndex = 0;
  for (let m = CODE_SPAN.exec(text); m; m = CODE_SPAN.exec(text)) if (m[0].trim().length > 2) (starts ??= new Set()).add(m.index);
  return starts;
}

/** Cheap test before the file-name scan: a dot or a slash inside a word, or a dot opening one. */
const FILE_HINT = /\w[./]\w|(?:^|[\s(])\.[a-z]/i;
/**
 * A file named in prose: a dot file (".env", ".dockerignore"), a file with an extension people keep documents, code or
 * settings in ("ACCESS_CONTROL.md", "nginx.conf"), or a path to one ("infra/dspm/dashboard.py"). Extensions are listed, so
 * "e.g." or "v1.2" name no file. A bare key ("audit_logging") is no file: a list of them is a list of controls.
 */
const FILE_LIKE =
  /(?<![\w`./-])(?:(?:[\w.-]+\/)*[\w-]+\.(?:md|markdown|txt|py|ts|js|mjs|cjs|json|ya?ml|toml|ini|conf|cfg|sh|ps1|tf|env|sql|xml|html?|pdf|docx?|xlsx?|csv|log|pem|key|crt|service|rules)|\.[a-z][\w-]+)(?![\w`]|\.\w)/gi;

/** True when the text names a file or a path ("ACCESS_CONTROL.md", "infra/dspm/dashboard.py", ".env"). */
export function namesFile(text: string): boolean {
  if (!FILE_HINT.test(text)) return false;
  FILE_LIKE.lastIndex = 0;
  return FILE_LIKE.test(text);
}

/** True when a text is inline code alone ("`chmod 600 /etc/app.conf`"), one span or several between separators. */
export function onlyCode(text: string): boolean {
  return text.startsWith('`') && codeSpans(text) !== undefined && BETWEEN_CODE.test(text.replace(CODE_SPAN, ''));
}

function isIdentifier(word: string): boolean {
  return IDENTIFIER.test(word);
}

export function tokenise(text: string): Token[] {
  // Inline code ("`chmod 600 /etc/app.conf`", "`PasswordAuthentication no`") is one token: a command, a key or a path
  // to check, whatever words it holds. Replaced by letters of the same length, so offsets still point into `text`.
  const code = text.includes('`') ? codeSpans(text) : undefined;
  let source = code === undefined ? text : text.replace(CODE_SPAN, (m: string, at: number) => (code.has(at) ? 'c'.repeat(m.length) : m));
  // A file or a path written without backticks (".dockerignore", "ACCESS_CONTROL.md", "infra/dspm/dashboard.py") is as
  // particular a thing as one written with them.
  // Each is replaced as inline code is, and where it starts noted, in one pass.
  let files: Set<number> | undefined;
  if (FILE_HINT.test(source)) {
    source = source.replace(FILE_LIKE, (m: string, at: number) => {
      (files ??= new Set()).add(at);
      return 'c'.repeat(m.length);
    });
  }
  const codeAt = files === undefined ? code : new Set([...(code ?? []), ...files]);
  // A hyphen between spaces is a dash: "Remote access - revisit next yr".
  // So is a double hyphen: "SI-4 -- continue monitoring" (its second hyphen is dropped as punctuation).
  if (source.includes(' - ') || source.includes(' -- ')) source = source.replace(SPACED_HYPHEN, '–');
  // "T#55901", "INC#4411": the letters before "#" belong to the ticket number, which labels the clause.
  if (source.includes('#')) source = source.replace(TICKET_PREFIX, (m) => ' '.repeat(m.length));
  if (source.includes('–') || source.includes('—')) source = source.replace(NUMBER_RANGE, '-');
  // A slash or a bar between spaces separates items like a comma: "MFA / EDR / SIEM" is a list, not one name,
  // and "IA-5(1) | Password requirements | ..." are table cells.
  // A cell starts afresh, so a capital after a bar is no name.
  if (source.includes(' / ')) source = source.replace(SPACED_SLASH, ' , ');
  if (source.includes(' | ')) source = source.replace(SPACED_BAR, ' ; ');
  // An arrow ends a label as a colon does: the topic before it, then the action ("Phishing risk -> train all staff").
  if (source.includes('>') || source.includes('→')) source = source.replace(ARROW, (m: string) => ' '.repeat(m.length - 1) + ':');
  // A bullet inside the text ("• Access control • Audit logs") starts an item afresh, as a cell does.
  if (BULLET.test(source)) source = source.replace(BULLETS, ';');
  // Lower-case once; per token only when case mapping changes the length (rare non-ASCII text).
  const folded = source.toLowerCase().replace(/’/g, "'");
  const sameLength = folded.length === text.length;
  const titleCase = isTitleCase(text);
  const titleCaseAll = text.length > 12 && text === text.toUpperCase();
  const tokens: Token[] = [];
  let sentenceStart = true;
  // Ranges are read as one word; the replacement keeps offsets, so spans still point into `text`.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = sameLength ? folded.slice(start, end) : m[0].toLowerCase().replace(/’/g, "'");
    // The colon of a drive letter ("the S: drive") ends no clause.
    if (word === ':' && tokens.length > 0 && tokens[tokens.length - 1].end === start && /^[a-z]$/.test(tokens[tokens.length - 1].word)) continue;
    // Nor does the colon of "re:": what follows is the topic of the clause before it ("call back re: audit logs").
    if (word === ':' && tokens.length > 0 && tokens[tokens.length - 1].word === 're') continue;
    // The dot of "Dr." or "vs." ends no sentence.
    if (word === '.' && tokens.length > 0 && ABBREVIATIONS.has(tokens[tokens.length - 1].word) && tokens[tokens.length - 1].end === start) continue;
    if (codeAt?.has(start)) {
      // Written out in full, in the token's order: every token keeps one shape.
      tokens.push({ word: CODE_WORD, start, end, stop: false, name: true, numeric: false, id: false, acronym: false, label: false, capital: false, percent: false });
      sentenceStart = false;
      continue;
    }
    const stop = word.length === 1 && STOPS.includes(word);
    const numeric = hasCode(text, start, end, 48, 57);
    // "405(d)", "13(b)": a number with a lettered subsection glued on cites a section of a law or a standard; it counts nothing.
    const id = numeric && (isIdentifier(word) || (start > 0 && text[start - 1] === '#') || (/^\d+$/.test(word) && SUBSECTION.test(text.slice(end, end + 8))));
    // A model or product designation ("40F", "KnowBe4", "Win11") names a particular thing, wherever it stands.
    const model = numeric && !id && /[a-z]/.test(word) && !UNIT_NUMBER.test(word);
    // "AI-driven", "HIPAA-compliant": a compound that ends in a lower-case word is an adjective, not a name.
    const dash = m[0].lastIndexOf('-');
    const adjective = dash > 0 && !hasCapital(text, start + dash, end) && !hasCode(text, start + dash, end, 48, 57);
    const name =
      !stop && !id && !adjective && (model || (hasCapital(text, start, end) && !titleCase && !sentenceStart)) &&
      !GENERIC_CAPITALS.has(word) && !DATE_WORDS.has(word) && !PARTY_NOUNS.has(word) && !isPossessiveOfParty(word);
    // "SIT-40290 Backup health check": a ticket key opening the action labels it; the capital after it starts the sentence.
    if (!stop) sentenceStart = id && tokens.length === 0;
    else if (SENTENCE_ENDS.includes(word)) sentenceStart = true;
    // "SI-4 - Risk accepted ...": a dash after a lone control or ticket number ends a label, as a colon does; what follows starts afresh.
    else if ((word === '–' || word === '—') && tokens.length > 0 && tokens[tokens.length - 1].id && (tokens.length === 1 || tokens[tokens.length - 2].stop)) sentenceStart = true;
    // "sign baa w/ kareo": a known acronym written in lower case is still one (WordNet's "baa" is a sheep's cry).
    const acronym = !stop && ((!titleCaseAll && end - start >= 2 && hasCapital(text, start, end) && !hasCode(text, start, end, 97, 122)) || (LOWER_CASE_ACRONYMS.has(word) && hasCode(text, start, end, 97, 122)));
    // "CIS Control 6", "Level 3", "Phase 2": a capitalised common abstraction before a number labels it; it names no product.
    const previous = tokens[tokens.length - 1];
    if (numeric && previous !== undefined && !previous.stop && previous.end + 1 === start && hasCapital(text, previous.start, previous.start + 1) &&
      isLabelWord(previous.word) && verbClass(previous.word) === undefined) {
      // Written out in full, in the same order: every token keeps one shape.
      const { word: w, start: s, end: e, stop: st, numeric: nu, id: i, acronym: a, capital: c, percent: p } = previous;
      tokens[tokens.length - 1] = { word: w, start: s, end: e, stop: st, name: false, numeric: nu, id: i, acronym: a, label: true, capital: c, percent: p };
    }
    // "the Medical Executive Committee", "the Security Steering Team": capitalised words before a body's noun title the body;
    // they name a party to talk to, not a product to act on.
    if (!stop && hasCapital(text, start, start + 1) && BODY_TITLES.has(word)) untitle(tokens);
    if (stop) untitleHeading(tokens);
    tokens.push({ word, start, end, stop, name, numeric, id, acronym, label: false, capital: hasCapital(text, start, start + 1), percent: text.charCodeAt(end) === 37 });
  }
  untitleHeading(tokens);
  return tokens;
}

/**
 * "Zero Trust journey - phase 1": capitalised words that open a clause before a way of working that ends it title it, a
 * heading's words; they name no product. Inside a sentence ("adopt the Purview Insider Risk strategy"), or with more after
 * the noun ("Microsoft Purview strategy for the billing team"), they may.
 */
function untitleHeading(tokens: Token[]): void {
  const last = tokens.length - 1;
  if (last < 1 || tokens[last].stop || !FRAME_NOUNS.has(tokens[last].word) || FEATURE_FRAME_NOUNS.has(tokens[last].word)) return;
  if (opensTitle(tokens, last)) untitle(tokens, last);
}

/** Nouns of a body that capitalised words before them title ("Medical Executive Committee"); not "office", "group" or "teams", which name products too. */
const BODY_TITLES = new Set(['committee', 'subcommittee', 'council', 'board', 'team', 'taskforce', 'workgroup', 'forum', 'department']);

/** True when the capitalised words before token `end` open a clause: "Zero Trust" in "Zero Trust journey", not in "the Zero Trust journey". */
function opensTitle(tokens: readonly Token[], end: number): boolean {
  let k = end - 1;
  while (k >= 0 && tokens[k].capital && !tokens[k].stop && !tokens[k].numeric) k--;
  // A ticket key opening the action only labels it: "SIT-40290 Zero Trust journey".
  return k < end - 1 && (k < 0 || tokens[k].stop || (k === 0 && tokens[k].id));
}

/** Marks the capitalised words before token `end` ("Medical Executive") as the title of a body or way of working that follows: no names. */
function untitle(tokens: Token[], end = tokens.length): void {
  for (let k = end - 1; k >= 0 && tokens[k].capital && !tokens[k].stop && !tokens[k].numeric; k--) {
    if (!tokens[k].name) continue;
    // Written out in full, in the token's order: every token keeps one shape.
    const { word: w, start: s, end: e, stop: st, numeric: nu, id: i, acronym: a, label: l, capital: c, percent: p } = tokens[k];
    tokens[k] = { word: w, start: s, end: e, stop: st, name: false, numeric: nu, id: i, acronym: a, label: l, capital: c, percent: p };
  }
}

/**
 * The particles a phrasal verb may be written with as one word: the verb particles the classifier knows (PARTICLES), and
 * "in", a particle after a verb that takes no object ("log in", "check in").
 */
const JOINED_PARTICLES = [...PARTICLES, 'in'];
/** A word that may be a verb and its particle written as one ("setup", "sign-off", "login"): the verb, then the particle. */
const JOINED_PARTICLE_WORD = new RegExp(`^([a-z]{3,})-?(${JOINED_PARTICLES.join('|')})$`);

/**
 * "Setup MFA on the VPN", "Backup the EHR database nightly", "Rollout", "Signoff": a phrasal verb written as one word, where
 * a verb stands, is read as the two words it joins ("set up", "back up"), which the classifier knows as a verb and its particle.
 * The first part must be a verb the lexicon knows (then any of JOINED_PARTICLES: "set up", "log in", "check in"), or a
 * particle of VERB_PARTICLES must join it and an object follow, as for a two-word phrasal verb whose verb is unknown
 * ("Rollout the new laptops", "Rollout MFA"). In a noun's place ("the backup server", "a login banner") it stays one word.
 */
export function withPhrasalVerbsApart(tokens: Token[]): Token[] {
  let result: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Where a verb stands first: the test is cheap, and most words stand elsewhere.
    const parts = !t.stop && !t.numeric && standsAsVerb(tokens, i) ? JOINED_PARTICLE_WORD.exec(t.word) : null;
    let split = false;
    if (parts && verbClass(t.word) === undefined && !FUNCTION_WORDS.has(parts[1]) && !headsSubject(tokens, i)) {
      const [, verb, particle] = parts;
      const next = tokens[i + 1];
      // "in", "on" and "over" are prepositions too: before a bare noun they open a phrase ("a login banner", "an add-on licence").
      const particleOnly = VERB_PARTICLES.has(particle) || next === undefined || next.stop || PHRASE_ENDS.has(next.word) || DETERMINERS.has(next.word);
      const known = verbClass(verb) !== undefined && particleOnly;
      // A verb the lexicon does not know, as in "roll out a ...": what follows the particle is its object.
      split = known || (VERB_PARTICLES.has(particle) && next !== undefined && !next.stop && (DETERMINERS.has(next.word) || !FUNCTION_WORDS.has(next.word)));
    }
    if (!split) {
      result?.push(t);
      continue;
    }
    result ??= tokens.slice(0, i);
    const verbEnd = t.start + parts![1].length;
    const particleStart = t.end - parts![2].length;
    // Written out in full, in the token's order: every token keeps one shape.
    result.push({ word: parts![1], start: t.start, end: verbEnd, stop: false, name: false, numeric: false, id: false, acronym: false, label: false, capital: t.capital, percent: false });
    result.push({ word: parts![2], start: particleStart, end: t.end, stop: false, name: false, numeric: false, id: false, acronym: false, label: false, capital: false, percent: t.percent });
  }
  return result ?? tokens;
}

/** How many words after a noun its predicate may come: "Backup policy updated", "Rollout plan for clinics drafted". */
export const SUBJECT_MAX = 3;

/** True when the word at `i` opens a subject, a short noun phrase and its predicate after it ("Backup policy updated"), not a determiner. */
function headsSubject(tokens: readonly Token[], i: number): boolean {
  if (DETERMINERS.has(tokens[i + 1]?.word ?? '')) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + SUBJECT_MAX) && !tokens[k].stop; k++) {
    const w = tokens[k].word;
    if ((w.endsWith('ed') && isParticiple(w)) || MODALS.has(w) || AUXILIARIES.has(w)) return true;
  }
  return false;
}

/** Words after which a verb stands: a clause's start, a modal or "to", "and" or "then", a subject pronoun, an auxiliary ("will be setup"). */
function standsAsVerb(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const before = tokens[i - 1];
  return before.stop || MODALS.has(before.word) || CONNECTIVES.has(before.word) || PRONOUNS.has(before.word) || AUXILIARIES.has(before.word);
}

/** "the AO's guidance", "the CISO's team": a possessive of a role or a generic acronym names no product. */
function isPossessiveOfParty(word: string): boolean {
  if (!word.endsWith("'s")) return false;
  const base = word.slice(0, -2);
  return GENERIC_CAPITALS.has(base) || PARTY_NOUNS.has(base);
}

/** A word that labels a numbered part rather than naming a product: an abstraction or a way of working ("Control", "Tier", "Level"). */
function isLabelWord(word: string): boolean {
  return abstractWords.of(word, abstractionOf) === Abstraction.Lexicon || isFrameNoun(word) || isWordNetAbstract(word);
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
export class PhraseSet {
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
  matchAt(tokens: readonly Token[], i: number, end: number, first = i < end ? tokens[i].word : ''): number {
    const candidates = i < end ? this.byFirst.get(first) : undefined;
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

export const INTENTIONS = new PhraseSet(INTENTION_PHRASES);
export const OUTCOMES = new PhraseSet(OUTCOME_PHRASES);
export const LEADING = new PhraseSet(LEADING_HEDGES);
export const FLOATING = new PhraseSet(FLOATING_HEDGES);
export const CONFORMITY = new PhraseSet(CONFORMITY_PHRASES);
export const CONDITION = new PhraseSet(CONDITION_OPENERS);
export const STATUS = new PhraseSet(STATUS_PHRASES);
export const POINTERS = new PhraseSet(POINTER_STARTS);
export const FINAL_STATUS = new PhraseSet(FINAL_STATUS_PHRASES);
export const WEAK = new Set(WEAK_HEDGES);
export const FOLDED = new PhraseSet(FOLDED_INTO);

/** Particles that make a phrasal verb of the word before them ("roll out", "stand up"); "on" and "over" also place things ("Duo on VPN"). */
export const VERB_PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'forward', 'over']);

/** Words that start an object right after a verb not in the lexicon: "harmonize the ...", "empower our ...". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'all', 'every', 'each', 'this', 'these', 'those', 'your', 'my']);

/** Auxiliaries before a participle: "will be changed", "has been referred", "is hereby assigned". */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets', 'got']);

/** Irregular participles, by base form. */
export const PARTICIPLES = new Map([
  ['set', 'set'], ['put', 'put'], ['run', 'run'], ['sent', 'send'], ['taken', 'take'], ['made', 'make'], ['done', 'do'],
  ['held', 'hold'], ['kept', 'keep'], ['built', 'build'], ['given', 'give'], ['written', 'write'], ['shut', 'shut'],
  ['bought', 'buy'], ['brought', 'bring'], ['told', 'tell'], ['found', 'find'], ['shown', 'show'], ['undertaken', 'undertake'],
  ['rewritten', 'rewrite'], ['sought', 'seek'], ['met', 'meet'], ['lost', 'lose'], ['spent', 'spend'], ['begun', 'begin'],
  ['overseen', 'oversee'], ['undergone', 'undergo'], ['won', 'win'], ['led', 'lead'], ['left', 'leave'], ['withdrawn', 'withdraw'], ['drawn', 'draw'], ['chosen', 'choose'], ['taught', 'teach'], ['paid', 'pay'],
]);

export function isParticiple(word: string): boolean {
  return PARTICIPLES.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PARTICIPLES.has(word));
}

/** Words ending in -ed that are no participles. */
const NOT_PARTICIPLES = new Set(['shred', 'speed', 'seed', 'need', 'feed', 'breed', 'embed', 'hundred', 'sacred', 'kindred', 'naked', 'wicked']);

export const PRONOUNS = new Set(['we', 'they', 'i', 'he', 'she', 'you']);

/** A way of working or a body of ideas ("approach", "strategy", "roadmap", "initiative"): what a concrete verb delivers only with a product or a count. */
export function isFrameNoun(word: string): boolean {
  return FRAME_NOUNS.has(word) || HEDGE_ADJECTIVES.has(word) || STANDARD_NAMES.has(word);
}
