// Offsets in, positions out: the one place that turns character offsets into
// zero-based line/character positions (and back). Everything else speaks offsets.
import { LastTextMemo, ownCache } from '../caches';

export interface Position {
  /** Zero-based line. */
  readonly line: number;
  /** Zero-based UTF-16 code unit offset within the line. */
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Line starts of a text without carriage returns, by the engine's fast search rather than character by character. */
function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/** Line starts of a text where \r\n, \r and \n all end a line. */
function lineStartsWithCarriageReturns(text: string): Uint32Array {
  const endsLine = (i: number) => {
    const c = text.charCodeAt(i);
    return c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10);
  };
  let count = 1;
  for (let i = 0; i < text.length; i++) if (endsLine(i)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = 0; i < text.length; i++) if (endsLine(i)) starts[line++] = i + 1;
  return starts;
}

/** Line start offsets of a text, computed once, with binary search lookups. */
export class LineIndex {
  /** Counted, then filled: an array of the exact size (one pushed to grows by copies; this is made on every edit). */
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    this.starts = text.includes('\r') ? lineStartsWithCarriageReturns(text) : lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a zero-based line (clamped). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset just past the last character of a line, before its line break. */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Zero-based line containing an offset (clamped to the text). */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    if (offset <= 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line] };
  }

  offsetAt(position: Position): number {
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The text of a zero-based line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

const lastLineIndex = ownCache('line index of the last text', new LastTextMemo<LineIndex>());

/**
 * The LineIndex of a text, kept for the last text asked about. Helpers that have only the
 * text (fix builders, the YAML reader) ask once per field; scanning a long line for each
 * field made a plan with thousands of fields on one line quadratic.
 */
export function lineIndexOf(text: string): LineIndex {
  return lastLineIndex.of(text, newLineIndex);
}

const newLineIndex = (text: string) => new LineIndex(text);

/**
 * Texts shorter than this have their lines found by scanning: a LineIndex (a typed array)
 * for each of a YAML plan's pieces, asked once or twice per piece, cost more than the scans
 * (about a tenth of a 1,000-risk plan's first read).
 */
const SCANNED_BELOW = 2048;

/** Offset of the start of the line that contains `offset`. */
export function lineStartAt(text: string, offset: number): number {
  if (text.length < SCANNED_BELOW) {
    let at = Math.max(0, Math.min(offset, text.length));
    for (; at > 0; at--) {
      const c = text.charCodeAt(at - 1);
      if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(at) !== 10)) break;
    }
    return at;
  }
  const lines = lineIndexOf(text);
  return lines.lineStart(lines.lineAt(offset));
}

/** Offset just past the last character of the line that contains `offset`, before its line break. */
export function lineEndAt(text: string, offset: number): number {
  if (text.length < SCANNED_BELOW) {
    let at = lineStartAt(text, offset);
    while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
    return at;
  }
  const lines = lineIndexOf(text);
  return lines.lineEnd(lines.lineAt(offset));
}
