// YAML front matter of a Markdown plan: `---` on the very first line (after an optional
// BOM) up to the next `---` or `...` line. Its keys are those of a YAML plan's `plan:`
// mapping; a front matter that does not parse yields its first error and no metadata.
import { fieldForLabel, isReportDateLabel } from '../../model/vocabulary';
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Field, PlanMeta, RiskAnalysisRef, Span, SyntaxProblem } from '../../model/plan-model';
import { splitRiskAnalysis } from './risk-analysis-ref';
import { yamlNestingProblem } from '../yaml/syntax-problems';
import { LastTextMemo, ownCache } from '../../caches';
import { detached } from '../piece-cache';

export interface FrontMatter {
  /** Offset of the first line after the closing fence: where the Markdown body starts. */
  readonly bodyStart: number;
  /** Offset of the start of the closing fence line: where new keys are inserted. */
  readonly closingFence: number;
  /** The metadata it holds (empty when it does not parse). */
  readonly meta: PlanMeta;
  readonly syntaxError?: SyntaxProblem;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

const SCALAR_KEYS = ['title', 'organization', 'version', 'owner', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview', 'reviewCycle', 'documentDate'] as const;

/** Reads the front matter at the top of `text`, if there is one. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineEnd = endOfLine(text, open);
  if (!FENCE.test(text.slice(open, lineEnd))) return undefined;
  const contentStart = nextLine(text, lineEnd);
  for (let start = contentStart; start < text.length; start = nextLine(text, lineEnd)) {
    lineEnd = endOfLine(text, start);
    if (!CLOSING_FENCE.test(text.slice(start, lineEnd))) continue;
    const bodyStart = nextLine(text, lineEnd);
    const read = lastFrontMatter.of(detachedHead(text, bodyStart), (head) => readMeta(head, head.slice(contentStart, start), contentStart));
    return { bodyStart, closingFence: start, ...read };
  }
  return undefined;
}

/**
 * The metadata of the last front matter read, by its text (fences included, so its offsets are the same): a keystroke in the
 * body leaves it as it was, and parsing it again with the YAML library was half a millisecond of every keystroke. Read only.
 */
const lastFrontMatter = ownCache('last front matter read', new LastTextMemo<{ meta: PlanMeta; syntaxError?: SyntaxProblem }>());

/** The document's text up to `end`, sharing no memory with it (the memo must not keep a whole old document alive). */
function detachedHead(text: string, end: number): string {
  return end === text.length ? text : detached(text.slice(0, end));
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function nextLine(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return Math.min(lineEnd + 1, text.length);
}

function readMeta(text: string, content: string, offset: number): { meta: PlanMeta; syntaxError?: SyntaxProblem } {
  const tooDeep = yamlNestingProblem(content, offset);
  if (tooDeep) return { meta: {}, syntaxError: tooDeep };
  const doc = parseDocument(content, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    let start = offset + error.pos[0];
    let end = offset + error.pos[1];
    // An error at a point is shown on the rest of its line, so it can be seen.
    if (end <= start) end = Math.max(endOfLine(text, start), start);
    if (end === start && start > offset) start--;
    return { meta: {}, syntaxError: { message: error.message, range: { start, end } } };
  }
  let root: unknown = doc.contents;
  const plan = isMap(root) ? root.get('plan', true) : undefined;
  if (isMap(plan)) root = plan; // front matter written like a YAML plan's `plan:` mapping
  if (!isMap(root)) return { meta: {} };
  const meta: Record<string, Field | RiskAnalysisRef> = {};
  /** An audit report's own keys (`auditor:`, `audit_date:`, its `date:`): its risk analysis when it names none. */
  const audit: { conductedBy?: Field; date?: Field; reportDate?: Field } = {};
  /** `Review-Date:` beside `Reviewers:` (an OpenSSF security review's front matter): the date the review was made, not one to come. */
  let reviewed: { by?: Field; on?: Field } | undefined;
  const reviewers = (root.items as Pair[]).some((p) => isScalar(p.key) && typeof p.key.value === 'string' && REVIEWERS_KEY.test(p.key.value.replace(/[_-]/g, ' ')));
  for (const pair of root.items as Pair[]) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const key = frontMatterKey(pair.key.value);
    const keyRange = shifted(pair.key.range, offset);
    const words = pair.key.value.replace(/[_-]/g, ' ');
    if (REVIEWERS_KEY.test(words)) (reviewed ??= {}).by = reviewersOf(pair.value as Node | null, keyRange, offset);
    if (reviewers && /^review date$/i.test(words)) {
      (reviewed ??= {}).on = fieldOf(pair.value as Node | null, keyRange, offset);
      continue;
    }
    const labelled = fieldForLabel(words);
    const name = labelled === 'riskAnalysisBy' ? 'conductedBy' : labelled === 'riskAnalysisDate' ? 'date' : key === 'documentDate' && isReportDateLabel(words) ? 'reportDate' : undefined;
    if (name !== undefined && !(name in audit)) audit[name] = fieldOf(pair.value as Node | null, keyRange, offset);
    if (key === 'riskAnalysis') {
      const ref = riskAnalysisOf(text, pair.value as Node | null, keyRange, offset);
      if (ref) meta.riskAnalysis = ref;
    } else if ((SCALAR_KEYS as readonly string[]).includes(key) && !(key in meta)) {
      const field = fieldOf(pair.value as Node | null, keyRange, offset);
      if (field) meta[key] = field;
    }
  }
  if (reviewed?.by && reviewed.on) {
    audit.conductedBy ??= reviewed.by;
    audit.date ??= reviewed.on;
  } else if (reviewed?.on && !meta.nextReview) meta.nextReview = reviewed.on; // no reviewer named after all: the label's usual sense
  // The front matter is the header area: a report's date there dates its auditor's audit.
  if (!meta.riskAnalysis && audit.conductedBy) meta.riskAnalysis = { conductedBy: audit.conductedBy, date: audit.date ?? audit.reportDate };
  return { meta: meta as PlanMeta };
}

/**
 * A key as the schema names it: `last_reviewed`, `next-review` and `approved_on` are the
 * schema's `lastReviewed`, `nextReview`, `approvedOn` written in another case convention.
 */
function frontMatterKey(key: string): string {
  // `date:` (Jekyll, Hugo, Pandoc) and `lastUpdated:` are the date the document bears.
  if (/^(?:date|updated|lastUpdated|last_modified_at)$/.test(key)) return 'documentDate';
  // A one-word key the label table knows for a plan detail (`approver:`, `organisation:`), as a docs-as-code page's front matter names it.
  if (/^[a-z]+$/.test(key) && !(SCALAR_KEYS as readonly string[]).includes(key)) {
    const labelled = fieldForLabel(key);
    return labelled !== undefined && (SCALAR_KEYS as readonly string[]).includes(labelled) ? labelled : key;
  }
  if (!/^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(key)) return key;
  return fieldForLabel(key.replace(/[_-]/g, ' ')) ?? key;
}

const REVIEWERS_KEY = /^(?:reviewers|reviewer|reviewed by)$/i;

/** Who made a review: a name, names, or a list of entries each naming its organisation (`- Organization: Cure53`). */
function reviewersOf(node: Node | null, keyRange: Span | undefined, offset: number): Field | undefined {
  if (!isSeq(node)) {
    const field = fieldOf(node, keyRange, offset);
    return field && field.value !== '' ? field : undefined;
  }
  const names = node.items.map((item) => {
    if (isScalar(item)) return String(item.value ?? '');
    if (!isMap(item)) return '';
    const named = (item.items as Pair[]).find((p) => isScalar(p.key) && /^(?:organi[sz]ation|name|reviewer)$/i.test(String(p.key.value)));
    return named && isScalar(named.value) ? String(named.value.value ?? '') : '';
  }).filter((v) => v !== '');
  return names.length > 0 && node.range ? { value: names.join(', '), valueRange: shifted(node.range, offset)!, keyRange, items: names } : undefined;
}

function shifted(range: readonly [number, number, number] | null | undefined, offset: number): Span | undefined {
  return range ? { start: offset + range[0], end: offset + range[1] } : undefined;
}

/** A scalar (or a sequence, joined) as a Field; its range is the scalar's source range. */
function fieldOf(node: Node | null, keyRange: Span | undefined, offset: number): Field | undefined {
  const at = keyRange?.end ?? offset;
  if (node === null || (isScalar(node) && node.value === null)) {
    const r = node?.range ? shifted(node.range, offset)! : { start: at, end: at };
    return { value: '', valueRange: r, keyRange };
  }
  if (isScalar(node)) {
    const value = node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : String(node.value);
    return { value, valueRange: shifted(node.range, offset)!, keyRange };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => (isScalar(item) ? String(item.value ?? '') : '')).filter((v) => v !== '');
    return { value: items.join(', '), valueRange: shifted(node.range, offset)!, keyRange, items };
  }
  return undefined;
}

function riskAnalysisOf(text: string, node: Node | null, keyRange: Span | undefined, offset: number): RiskAnalysisRef | undefined {
  if (isMap(node)) {
    const ref: { date?: Field; conductedBy?: Field; document?: Field } = {};
    for (const pair of node.items as Pair[]) {
      if (!isScalar(pair.key)) continue;
      const key = pair.key.value;
      if (key !== 'date' && key !== 'conductedBy' && key !== 'document') continue;
      ref[key] = fieldOf(pair.value as Node | null, shifted(pair.key.range, offset), offset);
    }
    return ref;
  }
  const field = fieldOf(node, keyRange, offset);
  if (!field || field.value === '') return field && { combined: field };
  // A one-line reference is split like the Markdown field; the parts get ranges where
  // the value reads the same in the source (plain or simply quoted scalars).
  const source = text.slice(field.valueRange.start, field.valueRange.end);
  const at = source.indexOf(field.value);
  return at < 0 ? { combined: field } : splitRiskAnalysis(field.value, field.valueRange.start + at, keyRange);
}
