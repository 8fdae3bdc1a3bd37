// The risk analysis a plan answers, as a register (issue 15, point 1): what a plan's reference
// names (`riskAnalysis.document`, or a link or path in the Markdown field) and what was read from
// that document. Hosts read the file; the engine turns its text into this; rules compare.
import type { Field, PlanModel, Span } from './plan-model';
import { priorityOf, type Priority } from './vocabulary';

/** A risk of the analysis, with where it is in the register (0-based line). */
export interface AnalysisRisk {
  readonly id: string;
  readonly title?: string;
  /** The rating as written (inherent risk, risk level, priority), and what it reads as. */
  readonly rating?: string;
  readonly ratingValue?: Priority;
  readonly likelihood?: string;
  readonly impact?: string;
  /** The analysis already records the risk as accepted (its treatment or status). */
  readonly accepted: boolean;
  readonly line: number;
  /** Offsets of the ID in the register's text. */
  readonly range: Span;
}

export interface AnalysisRegister {
  /** The document's path as the plan names it. */
  readonly name: string;
  readonly risks: readonly AnalysisRisk[];
}

/** Ratings from the top: a risk is at or above a threshold when its rank is at most the threshold's. */
const RANK: Readonly<Record<Priority, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export function atOrAbove(rating: Priority | undefined, threshold: Priority): boolean {
  return rating !== undefined && RANK[rating] <= RANK[threshold];
}

export { priorityOf as ratingOf };

// A Markdown link's target, or a bare relative path with a register's extension.
const LINK = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/;
const PATH = /(?:^|[\s(,;:])((?:\.{1,2}\/|[\w-]+\/)*[\w.-]+\.(?:md|markdown|ya?ml|csv|json))(?=$|[\s),;])/i;

/**
 * The analysis document a plan names, as a field whose value is the path and whose range is the
 * path's place in the text: `riskAnalysis.document` (YAML, front matter), else a link or a path
 * written in the Markdown risk-analysis field. Web addresses are not documents rmplint reads.
 */
export function analysisDocument(plan: PlanModel): Field | undefined {
  const ref = plan.meta.riskAnalysis;
  if (!ref) return undefined;
  if (ref.document && ref.document.value.trim() !== '') return isWebAddress(ref.document.value) ? undefined : ref.document;
  for (const field of [ref.combined, ref.conductedBy, ref.date]) {
    if (!field) continue;
    const span = field.valueRange;
    const text = plan.text.slice(span.start, span.end);
    const link = LINK.exec(text);
    const path = link ? undefined : PATH.exec(text);
    const match = link ?? path;
    if (!match) continue;
    const target = decoded(match[1]);
    if (isWebAddress(target)) continue;
    const at = span.start + match.index + match[0].indexOf(match[1]);
    return { value: target, valueRange: { start: at, end: at + match[1].length }, keyRange: field.keyRange };
  }
  return undefined;
}

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function isWebAddress(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value.trim());
}
