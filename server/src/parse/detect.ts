// Which files are plans (spec §1). The linter never lints ordinary Markdown or YAML.

export type PlanKind = 'markdown' | 'yaml';

const PLAN_NAME = /\.rmp\.(md|ya?ml)$/i;
// `[^\r\n]*\r?\n` splits a line one way only; `[^\n]*\r?\n` had two ways per CRLF line, 2^n on a long unclosed block.
const FRONT_MATTER_TYPE = /^---\r?\n(?:[^\r\n]*\r?\n)*?type:[ \t]*["']?risk-management-plan["']?[ \t]*\r?\n(?:[^\r\n]*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const H1 = /^ {0,3}#(?!#)[ \t]+(.*)$/m;
const SETEXT_H1 = /^(\S[^\n]*)\r?\n=+[ \t]*$/m;

/** The format a file name implies, if it is Markdown or YAML at all. */
export function formatOf(fileName: string): PlanKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** True when the file's name marks it as a plan without looking inside. */
export function hasPlanName(fileName: string): boolean {
  return PLAN_NAME.test(fileName);
}

/**
 * Decides whether a document is a plan: by name, by an include glob, or by its
 * content (front matter type or first H1 in Markdown; `plan` and `risks` keys in YAML).
 */
export function detectPlan(
  fileName: string,
  text: string,
  isIncluded: (path: string) => boolean = () => false,
): PlanKind | undefined {
  const format = formatOf(fileName);
  if (!format) return undefined;
  if (hasPlanName(fileName) || isIncluded(fileName)) return format;
  if (format === 'markdown') return looksLikeMarkdownPlan(text) ? format : undefined;
  return looksLikeYamlPlan(text) ? format : undefined;
}

function looksLikeMarkdownPlan(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.startsWith('---') && FRONT_MATTER_TYPE.test(body)) return true;
  const atx = H1.exec(body);
  const setext = SETEXT_H1.exec(body);
  const first = atx && setext ? (atx.index < setext.index ? atx[1] : setext[1]) : atx?.[1] ?? setext?.[1];
  // "Risk management plans" (plural) titles a document about plans, not a plan.
  return first !== undefined && /risk management plan(?![a-z])/i.test(first);
}

function looksLikeYamlPlan(text: string): boolean {
  return /^plan:/m.test(text) && /^risks:/m.test(text);
}
