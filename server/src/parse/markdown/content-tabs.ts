// MkDocs-Material content tabs (`=== "Quick"`) and admonitions (`!!! note`, `??? info`): their
// content is indented by four spaces under the marker line, which plain Markdown reads as one
// code block. The reader reads such a document dedented, with the same lines, and places what it
// read back in the text as written. Tabs are views of one content: a risk shown in several tabs
// (a quick, an essential and a full register) is one risk, read from its fullest copy.
import type { InsertionPoint, PlanModel, Risk, Span } from '../../model/plan-model';
import { hasValue } from '../../model/plan-queries';

/** A marker line at the left margin that opens an indented block: a content tab or an admonition. */
const MARKER = /^(?:===|!!!|\?\?\?\+?)[ \t]+\S/m;
const MARKER_LINE = /^(?:(===)|!!!|\?\?\?\+?)[ \t]+\S/;

/** A document read dedented: where each dedented line starts and how much indentation it lost. */
interface Dedented {
  readonly text: string;
  /** Per line: start offset in the dedented text, start offset in the original, characters removed at its start. */
  readonly starts: readonly number[];
  readonly originalStarts: readonly number[];
  readonly removed: readonly number[];
  /** Per line: the content tab it is in, by its place in its set of tabs (0 for the first), or -1. */
  readonly tab: readonly number[];
  /** The most tabs in one set. */
  readonly tabs: number;
}

/** Whether a document has blocks indented under MkDocs markers (a cheap test before any work). */
export function hasIndentedBlocks(text: string): boolean {
  return (text.includes('===') || text.includes('!!!') || text.includes('???')) && MARKER.test(text);
}

/** The document with each marked block's content moved to the margin, line for line; undefined when nothing is indented. */
function dedent(text: string): Dedented | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  const originalStarts: number[] = [];
  const removed: number[] = [];
  const tab: number[] = [];
  let out = '';
  let original = 0;
  let inBlock = false;
  /** The place of the current tab in its set: a tab marker right after a tab's content is the next tab of the set. */
  let tabIndex = -1;
  let tabs = 0;
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const marker = MARKER_LINE.exec(line);
    let cut = 0;
    if (marker) {
      tabIndex = marker[1] ? (inBlock && tabIndex >= 0 ? tabIndex + 1 : 0) : -1;
      tabs = Math.max(tabs, tabIndex + 1);
      inBlock = true;
    } else if (inBlock && line.trim() !== '') {
      cut = line.startsWith('    ') ? 4 : line.startsWith('\t') ? 1 : 0;
      if (cut === 0) {
        inBlock = false;
        tabIndex = -1;
      }
    }
    any ||= cut > 0;
    starts.push(out.length);
    originalStarts.push(original);
    removed.push(cut);
    tab.push(inBlock && !marker ? tabIndex : -1);
    out += line.slice(cut) + (i < lines.length - 1 ? '\n' : '');
    original += line.length + 1;
  }
  return any ? { text: out, starts, originalStarts, removed, tab, tabs } : undefined;
}

/** The dedented text with only the `k`-th tab of each set of tabs left, the others blanked (same offsets). */
function onlyTab(d: Dedented, k: number): string {
  const lines = d.text.split('\n');
  return lines.map((line, i) => (d.tab[i] >= 0 && d.tab[i] !== k ? line.replace(/[^\r]/g, ' ') : line)).join('\n');
}

/** The line of a dedented offset (binary search over line starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Every span and insertion point of a value read from the dedented text, placed in the original. */
function placeBack<T>(value: T, d: Dedented): T {
  const at = (offset: number) => {
    const line = lineOf(d.starts, offset);
    return d.originalStarts[line] + d.removed[line] + (offset - d.starts[line]);
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    if (typeof object.start === 'number' && typeof object.end === 'number' && Object.keys(object).length === 2) {
      const span = object as unknown as Span;
      return { start: at(span.start), end: at(span.end) };
    }
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) copy[key] = key === 'text' && typeof child === 'string' ? child : walk(child);
    if (typeof object.offset === 'number' && typeof object.prefix === 'string') {
      const point = object as unknown as InsertionPoint;
      const line = lineOf(d.starts, point.offset);
      // A new line inside an indented block keeps the block's indentation.
      const indent = d.removed[line] > 0 || (line > 0 && d.removed[line - 1] > 0 && d.tab[line - 1] === d.tab[line]) ? '    ' : '';
      copy.offset = at(point.offset);
      copy.prefix = indent + point.prefix;
    }
    return copy;
  };
  return walk(value) as T;
}

/** How much a risk records: the fields read of it and of its actions. */
function fullness(risk: Risk): number {
  let count = 0;
  for (const field of [risk.id, risk.title, risk.priority, risk.treatment, risk.validation, risk.evidence]) if (field && hasValue(field)) count++;
  for (const action of risk.actions) for (const field of [action.action, action.owner, action.due, action.status, action.completed]) if (field) count++;
  return count;
}

/** How many plan details a reading found. */
function metaFields(model: PlanModel): number {
  return Object.values(model.meta).filter((value) => value !== undefined).length;
}

/**
 * Reads a document with indented MkDocs blocks through `read` on its dedented text; undefined when it
 * has none. Tabs are views of one content: each tab of a set is read alone (with the text around the
 * set), and a risk found in several tabs is taken from the reading whose copy of it records the most.
 */
export function readDedented(text: string, read: (dedented: string) => PlanModel): PlanModel | undefined {
  const d = dedent(text);
  if (!d) return undefined;
  const readPlaced = (body: string) => placeBack({ ...read(body), text: '' }, d);
  if (d.tabs < 2) return { ...readPlaced(d.text), text };
  const readings = Array.from({ length: d.tabs }, (_, k) => readPlaced(onlyTab(d, k)));
  const chosen = new Map<string, Risk>();
  for (const reading of readings) {
    for (const risk of reading.risks) {
      const key = risk.id?.value ? `id ${risk.id.value.toUpperCase()}` : `at ${risk.firstLine.start}`;
      const kept = chosen.get(key);
      if (!kept || fullness(risk) > fullness(kept)) chosen.set(key, risk);
    }
  }
  const risks = [...chosen.values()].sort((a, b) => a.firstLine.start - b.firstLine.start);
  const fullest = readings.reduce((best, reading) => (metaFields(reading) > metaFields(best) ? reading : best));
  return { ...readings[0], meta: fullest.meta, text, risks };
}
