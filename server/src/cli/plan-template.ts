// A new plan's text, from the same template the editor inserts: the `rmp-plan` snippet of
// snippets/markdown.json or snippets/yaml.json (one source for the editor's "New Risk
// Management Plan", the snippets and `rmplint init`). The snippet is expanded as VS Code
// would with every tab stop left at its default, except the values given.
interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
}

export type TemplateFormat = 'md' | 'yaml';

/** Plan-level keys `init` fills, as the template writes them. */
export interface TemplateValues {
  readonly organization?: string;
  readonly owner?: string;
}

function snippets(format: TemplateFormat): Readonly<Record<string, Snippet>> {
  // Plain requires, so tsc's output and the esbuild bundle both find the files at the repo root.
  return format === 'md' ? require('../../../snippets/markdown.json') : require('../../../snippets/yaml.json');
}

/** The body of the snippet whose prefixes include `rmp-plan`, as one string. */
export function planSnippet(format: TemplateFormat): string {
  const plan = Object.values(snippets(format)).find((s) => [s.prefix].flat().includes('rmp-plan'));
  if (!plan) throw new Error(`no rmp-plan snippet for ${format}`);
  return [plan.body].flat().join('\n');
}

/** A value as a YAML scalar: plain when it reads back as itself, else double-quoted. */
function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,'()&/-]*$/u.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Expands a snippet body: tab stops take the given value, else their default or first choice; date variables are `today`. */
export function expandSnippet(body: string, values: ReadonlyMap<number, string>, today: string): string {
  const [year, month, day] = today.split('-');
  const variables: Record<string, string> = { CURRENT_YEAR: year, CURRENT_MONTH: month, CURRENT_DATE: day };
  return body
    .replace(/\$(?:\{(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\}|(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\b)/g, (_m, braced?: string, bare?: string) => variables[(braced ?? bare)!])
    .replace(/\$\{(\d+)\|([^|}]*)\|\}/g, (_m, n: string, choices: string) => values.get(Number(n)) ?? choices.split(',')[0])
    .replace(/\$\{(\d+):([^{}]*)\}/g, (_m, n: string, fallback: string) => values.get(Number(n)) ?? fallback)
    .replace(/\$(?:\{(\d+)\}|(\d+))/g, (_m, braced?: string, bare?: string) => values.get(Number(braced ?? bare)) ?? '');
}

/** The new plan's text: the template with the organization and owner filled in when given. */
export function newPlanText(format: TemplateFormat, given: TemplateValues, today: string): string {
  const body = planSnippet(format);
  const values = new Map<number, string>();
  for (const [key, value] of Object.entries(given)) {
    if (!value) continue;
    const stop = new RegExp(`^\\s*${key}:\\s*\\$\\{(\\d+)`, 'm').exec(body);
    if (stop) values.set(Number(stop[1]), yamlScalar(value));
  }
  const text = expandSnippet(body, values, today);
  return text.endsWith('\n') ? text : `${text}\n`;
}
