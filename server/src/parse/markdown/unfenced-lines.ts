// The lines of a Markdown text outside its fenced code blocks, each with where it starts and the ATX heading it is, if
// one: for the passes that walk a plan's sections by their headings (a roadmap's phases, a summary's schedule by week).

/** An ATX heading: its marks (the level) and its text, without a closing sequence. */
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
/** A fence's opening or closing mark. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface UnfencedLine {
  readonly line: string;
  /** Offset of the line's first character in the text. */
  readonly start: number;
  /** The heading the line is: its level and its text. */
  readonly heading?: { readonly level: number; readonly text: string };
}

/** Each line outside a fence (a fence closes at a mark of its own kind, at least as long), in order; fence lines are none. */
export function* unfencedLines(text: string): Generator<UnfencedLine> {
  let fence: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const heading = ATX.exec(line);
    yield heading ? { line, start, heading: { level: heading[1].length, text: heading[2] } } : { line, start };
  }
}
