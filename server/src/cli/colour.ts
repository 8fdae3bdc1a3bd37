// Colour for reports read on a terminal. The conventions of Node and of most linters:
// FORCE_COLOR forces it (0 or false turn it off), else NO_COLOR turns it off, else a
// terminal that is not "dumb" gets it; a pipe or a file never does. Raw ANSI codes: no
// dependency, and Node 20's util.styleText does not look at the stream.

export type Paint = (text: string) => string;

export interface Palette {
  readonly red: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly dim: Paint;
  readonly bold: Paint;
  readonly underline: Paint;
}

const plain: Paint = (text) => text;
const sgr = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;

export const NO_COLOUR: Palette = { red: plain, yellow: plain, cyan: plain, dim: plain, bold: plain, underline: plain };
export const COLOUR: Palette = { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };

/** Whether to colour output going to a stream: `flag` is --color (true) or --no-color (false). */
export function wantsColour(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

export function paletteFor(colour: boolean): Palette {
  return colour ? COLOUR : NO_COLOUR;
}
