// Whether a pattern occurs anywhere in a plan's text, asked again on every keystroke by the
// reader's passes and the detector (`does this plan say "signature" at all?`): answered from
// the answer for the text before, looking again only around what the edit changed.
//
// The texts asked about in a row are mostly one document, each a keystroke from the last; what
// changed is the span between their common start and common end. A match the last text had
// outside that span (with a margin of lines) is still there; a text that had none can only
// gain one inside it. Only patterns whose matches and lookarounds stay within a few lines
// can be asked this way (LINE_MARGIN), and none anchored to the start of the text (`^`
// without the `m` flag): `anywhere` refuses a pattern it cannot answer for. test/src/text-scan.test.ts
// holds every scanner made to the pattern's own answer on random edits of the fixture plans.
//
// everyMatch does the same for every match of a pattern (`text.matchAll`): the matches the edit did not reach are
// kept, moved by what it inserted or removed, and the text is searched again from the changed lines only until
// its matches are those of the text before.
import { ownCache } from '../caches';

/** Lines of unchanged text looked at on each side of an edit: a match may span this many lines more than the one it starts on (a `\s+` between two words over more blank lines than this is not seen across an edit). */
export const LINE_MARGIN = 8;

/** A test of one pattern on whole texts: true when it occurs anywhere. */
export type Scanner = ((text: string) => boolean) & { readonly pattern: RegExp };

/** Where the last answered match was, for one pattern; `start < 0`: none. */
interface Answer {
  readonly version: number;
  readonly start: number;
  readonly end: number;
}

/** The last text asked about, and what changed from the one before it. */
class ScanState {
  text: string | undefined;
  version = 0;
  /** The changed span in the text before (`oldStart`–`oldEnd`) and now (`oldStart`–`newEnd`), widened to whole lines and the margin. */
  oldStart = 0;
  oldEnd = 0;
  newEnd = 0;
  readonly answers = new Map<RegExp, Answer>();
  /** everyMatch's lists, by pattern. */
  readonly matches = new Map<RegExp, Matches>();

  clear(): void {
    this.text = undefined;
    this.version++;
    this.answers.clear();
    this.matches.clear();
  }

  /** How long a start and an end `text` shares with this state's text; undefined when there is none yet. */
  shared(text: string): Shared | undefined {
    const before = this.text;
    if (before === undefined) return undefined;
    const shortest = Math.min(before.length, text.length);
    const prefix = commonPrefix(before, text, shortest);
    return { prefix, suffix: commonSuffix(before, text, shortest - prefix) };
  }

  /** Makes `text` the current text: the same one, the next keystroke (its changed span found), or another document. */
  moveTo(text: string, known?: Shared): void {
    if (text === this.text) return;
    const before = this.text;
    const shared = known ?? this.shared(text);
    this.text = text;
    this.version++;
    if (before === undefined || shared === undefined) return;
    const { prefix, suffix } = shared;
    // Widened to the start of the line LINE_MARGIN lines above the change, and the end of the line LINE_MARGIN lines below it.
    let start = lineStartAt(text, prefix);
    for (let n = 0; n < LINE_MARGIN && start > 0; n++) start = lineStartAt(text, start - 1);
    let end = lineEndAt(text, text.length - suffix);
    for (let n = 0; n < LINE_MARGIN && end < text.length; n++) end = lineEndAt(text, end + 1);
    this.oldStart = start;
    // With the last line's break: a pattern looking past a line's end (`\r(?!\n)`) sees its `\n`, not the window's end.
    this.newEnd = end < text.length ? end + 1 : end;
    this.oldEnd = this.newEnd + (before.length - text.length);
  }
}

/** What two texts share: how long a start, and how long an end after it. */
interface Shared {
  readonly prefix: number;
  readonly suffix: number;
}

/**
 * Two lines of texts, each answered from its own last text: a keystroke's text is asked about as written (the rules,
 * `plan.text`) and as read (with no-break spaces as spaces, or without its byte order mark, by the reader and the
 * detector), and each way follows the same way's text before. A text goes to the line whose last text it shares
 * more with; the other line keeps its answers for its next text.
 */
class ScanStates {
  private recent = new ScanState();
  private other = new ScanState();

  /** The state answering for `text`, moved to it. */
  moveTo(text: string): ScanState {
    if (this.recent.text === text) return this.recent;
    if (this.other.text === text) return this.swapped();
    const near = this.recent.shared(text);
    const far = this.other.shared(text);
    const kept = (s: Shared | undefined) => (s === undefined ? -1 : s.prefix + s.suffix);
    if (kept(far) > kept(near)) this.swapped().moveTo(text, far);
    else this.recent.moveTo(text, near);
    return this.recent;
  }

  clear(): void {
    this.recent.clear();
    this.other.clear();
  }

  private swapped(): ScanState {
    [this.recent, this.other] = [this.other, this.recent];
    return this.recent;
  }
}

/** The start of the line holding offset `at`. */
function lineStartAt(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/** The end of the line holding offset `at` (its line break's offset, or the text's end). */
function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** How long a start the two texts share, found by halving (each comparison the engine's own over a slice). */
function commonPrefix(a: string, b: string, most: number): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** How long an end the two texts share, at most `most` characters. */
function commonSuffix(a: string, b: string, most: number): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

const states = ownCache('text scans', new ScanStates());
/** The state of the text being answered for (set by each scan before it reads it). */
let state = new ScanState();

/** Every scanner made, for the test that holds them to their patterns. */
export const SCANNERS: Scanner[] = [];

/**
 * A scanner for `pattern`, which must be line-local: its matches and lookarounds within
 * LINE_MARGIN + 1 lines, `^` only with the `m` flag. A global or sticky pattern is asked
 * through a copy without those flags.
 */
export function anywhere(pattern: RegExp): Scanner {
  if (/(?:^|[^\\[])\^/.test(pattern.source) && !pattern.multiline) throw new Error(`rmplint: ${pattern} is anchored to the text's start; a scanner cannot answer it`);
  const own = pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
  const scan = (text: string): boolean => {
    state = states.moveTo(text);
    const last = state.answers.get(own);
    let answer: Answer | undefined;
    if (last !== undefined && last.version === state.version) return last.start >= 0;
    if (last !== undefined && last.version === state.version - 1) {
      if (last.start >= 0 && last.end <= state.oldStart) answer = { version: state.version, start: last.start, end: last.end };
      else if (last.start >= state.oldEnd) answer = { version: state.version, start: last.start + state.newEnd - state.oldEnd, end: last.end + state.newEnd - state.oldEnd };
      else if (last.start < 0) answer = found(own, text, state.oldStart, state.newEnd);
    }
    answer ??= found(own, text, 0, text.length);
    state.answers.set(own, answer);
    return answer.start >= 0;
  };
  const scanner = Object.assign(scan, { pattern });
  SCANNERS.push(scanner);
  return scanner;
}

/** The first match of `pattern` in `text` between `from` and `to` (a line start and a line end), placed in the text. */
function found(pattern: RegExp, text: string, from: number, to: number): Answer {
  const within = from === 0 && to === text.length ? text : text.slice(from, to);
  const match = pattern.exec(within);
  return match === null ? { version: state.version, start: -1, end: -1 } : { version: state.version, start: from + match.index, end: from + match.index + match[0].length };
}

/** Every match of one pattern in whole texts, as `text.matchAll` gives them (`index` in the text). */
export type MatchScanner = ((text: string) => readonly RegExpExecArray[]) & { readonly pattern: RegExp };

/** The matches last found for one pattern. */
interface Matches {
  readonly version: number;
  readonly matches: readonly RegExpExecArray[];
}

/** Every match scanner made, for the test that holds them to their patterns. */
export const MATCH_SCANNERS: MatchScanner[] = [];

/**
 * A scanner of every match of `pattern`, a global, multiline pattern whose matches start at a line start (`^`)
 * and, with their lookarounds, stay within LINE_MARGIN + 1 lines. The matches of the text before are kept where an
 * edit did not reach, moved by what it inserted or removed; the changed lines (widened as for `anywhere`) are
 * searched again. The arrays returned are shared between calls: read them, do not change them.
 */
export function everyMatch(pattern: RegExp): MatchScanner {
  if (!pattern.global || !pattern.multiline || !pattern.source.startsWith('^')) throw new Error(`rmplint: ${pattern} must be global, multiline and start at a line start`);
  const own = new RegExp(pattern.source, pattern.flags.replace('y', ''));
  const scan = (text: string): readonly RegExpExecArray[] => {
    state = states.moveTo(text);
    const last = state.matches.get(own);
    if (last !== undefined && last.version === state.version) return last.matches;
    const matches = last !== undefined && last.version === state.version - 1 ? movedMatches(own, text, last.matches) : matchesIn(own, text);
    state.matches.set(own, { version: state.version, matches });
    return matches;
  };
  const scanner = Object.assign(scan, { pattern });
  MATCH_SCANNERS.push(scanner);
  return scanner;
}

/**
 * The matches of the text before, those the edit did not reach kept (moved after it), the rest searched for again: from
 * the first match the changed lines may touch, through the text, until a match found past them is one the text before
 * had at the same place (from there on the text, and so its matches, are the same, moved).
 */
function movedMatches(pattern: RegExp, text: string, before: readonly RegExpExecArray[]): RegExpExecArray[] {
  const delta = state.newEnd - state.oldEnd;
  // Kept before the edit: matches that end before the changed lines. A match that starts before them and reaches
  // into them is searched for again from its start.
  let kept = 0;
  while (kept < before.length && before[kept].index + before[kept][0].length <= state.oldStart) kept++;
  const matches = before.slice(0, kept);
  let old = kept;
  pattern.lastIndex = kept < before.length ? Math.min(state.oldStart, before[kept].index) : state.oldStart;
  // The changed lines are searched in a prefix of the text that ends LINE_MARGIN + 1 lines past them, where a match starting
  // in them ends: a search of the whole text would run on to the next match, to the text's end for a pattern the plan never matches.
  let limit = lineEndAt(text, state.newEnd);
  for (let n = 0; n <= LINE_MARGIN && limit < text.length; n++) limit = lineEndAt(text, limit + 1);
  const changed = limit + 1 >= text.length ? text : text.slice(0, limit + 1);
  for (;;) {
    if (pattern.lastIndex < state.newEnd && changed !== text) {
      const m = pattern.exec(changed);
      if (m !== null && m.index < state.newEnd) {
        if (m[0].length === 0) pattern.lastIndex++;
        matches.push(m);
        continue;
      }
      // No match starts in the changed lines from here: past them, the text before's matches say where to look.
      pattern.lastIndex = state.newEnd;
    }
    // Past the changed lines the text is the text before, moved: its next match is the next one the text before had,
    // unless a match of the text before reached over the point searched from (it then hid matches the edit may have
    // freed). Jumped to rather than searched for: a pattern that matches rarely would otherwise search the rest of the text.
    if (pattern.lastIndex >= state.newEnd) {
      const from = pattern.lastIndex - delta;
      while (old < before.length && before[old].index < from) old++;
      const previous = old > 0 ? before[old - 1] : undefined;
      if (previous === undefined || previous.index + previous[0].length <= from) {
        if (old === before.length) return matches;
        pattern.lastIndex = before[old].index + delta;
      }
    }
    const m = pattern.exec(text);
    if (m === null) break;
    if (m[0].length === 0) pattern.lastIndex++;
    if (m.index >= state.newEnd) {
      while (old < before.length && before[old].index + delta < m.index) old++;
      const same = old < before.length ? before[old] : undefined;
      if (same !== undefined && same.index + delta === m.index && same[0] === m[0]) {
        for (; old < before.length; old++) matches.push(delta === 0 ? before[old] : movedMatch(before[old], delta));
        return matches;
      }
    }
    matches.push(m);
  }
  return matches;
}

function movedMatch(match: RegExpExecArray, delta: number): RegExpExecArray {
  const copy = [...match] as unknown as RegExpExecArray;
  copy.index = match.index + delta;
  if (match.groups) copy.groups = match.groups;
  return copy;
}

/** Every match of a global pattern in the whole text. */
function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    found.push(m);
  }
  return found;
}
