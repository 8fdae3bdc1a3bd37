// `rmplint init [--name ORG] [--owner NAME] [--format md|yaml] [--dir FOLDER]`: a new plan in
// the three-tier layout (the editor's template) and a `.rmplintrc.json` beside it. On a
// terminal it asks for what the flags did not give; otherwise it takes the flags and leaves
// the template's placeholders, which lint reports until they are filled in. It never
// overwrites a file: when either file exists it writes nothing and exits 2.
import * as fs from 'fs';
import * as path from 'path';
import { createInterface } from 'node:readline/promises';
import { todayFrom, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { parseOptions, withCommand } from './subcommand';
import { newPlanText, type TemplateFormat } from './plan-template';
import { FileProblem } from './read-text';
import { writeNewFile } from './write-file';

export const INIT_USAGE = `Usage: rmplint init [--name ORG] [--owner NAME] [--format md|yaml] [--dir FOLDER]
                    [--today YYYY-MM-DD]

Starts a plan: writes risk-management-plan.rmp.md (or .rmp.yaml) in the three tiers
(This week, Vendor conversations, Budget decisions) with a first risk, and a
.rmplintrc.json beside it, in FOLDER (default: the current folder). On a terminal
it asks for the organization, the plan's owner and the format; otherwise the flags
give them, and the template's placeholders stay until you replace them (rmplint
reports each). It never overwrites a file.

Options:
  --name ORG         the organization the plan is for
  --owner NAME       who owns the plan (e.g. "Dana Whitfield, Security Officer");
                     also the owner fix-all writes into actions without one
  --format md|yaml   Markdown (default) or YAML
  --dir FOLDER       where to write the files (made if missing)
  --today DATE       the date written as the risk analysis, approval and review date
`;

export const CONFIG_FILE = '.rmplintrc.json';
const SCHEMA_URL = 'https://raw.githubusercontent.com/rmplint/rmplint/main/schemas/rmplintrc.schema.json';

interface InitCommand {
  readonly name?: string;
  readonly owner?: string;
  readonly format?: TemplateFormat;
  readonly dir: string;
  readonly today: string;
}

/** Answers to the questions a terminal is asked; tests pass their own. */
export type Ask = (question: string, fallback: string) => Promise<string>;

function parseInitArgs(args: readonly string[], env: NodeJS.ProcessEnv): InitCommand | 'help' {
  const parsed = parseOptions({
    args: [...args],
    allowPositionals: false,
    strict: true,
    options: {
      name: { type: 'string' },
      owner: { type: 'string' },
      format: { type: 'string' },
      dir: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values } = parsed;
  if (values.help) return 'help';
  const format = values.format === undefined ? undefined : formatNamed(values.format);
  if (values.format !== undefined && !format) throw new UsageError(`--format must be md or yaml, not "${values.format}"`);
  return { name: values.name?.trim() || undefined, owner: values.owner?.trim() || undefined, format, dir: values.dir ?? '.', today: todayFrom(values.today, env.RMPLINT_TODAY) };
}

function formatNamed(value: string): TemplateFormat | undefined {
  const v = value.trim().toLowerCase();
  return v === 'md' || v === 'markdown' ? 'md' : v === 'yaml' || v === 'yml' ? 'yaml' : undefined;
}

/** Questions on a terminal, through node:readline. */
export function terminalAsk(): { ask: Ask; close(): void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return {
    ask: async (question, fallback) => (await rl.question(`${question}${fallback ? ` (${fallback})` : ''}: `)).trim() || fallback,
    close: () => rl.close(),
  };
}

export async function runInit(args: readonly string[], cwd: string, out: Output, ask?: Ask, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return withCommand(out, INIT_USAGE, () => parseInitArgs(args, env), async (command) => {
    const dir = path.resolve(cwd, command.dir);
    // Refuse before asking anything: a plan already here is not replaced.
    const existing = [...planFiles(dir), path.join(dir, CONFIG_FILE)].filter((f) => fs.existsSync(f));
    if (existing.length > 0) {
      out.stderr(`rmplint: ${existing.map((f) => path.relative(cwd, f) || f).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}; rmplint init never overwrites a file\n`);
      return EXIT_USAGE;
    }
    let { name, owner, format } = command;
    if (ask) {
      name ??= (await ask('Organization', '')) || undefined;
      owner ??= (await ask("Plan owner (name and role)", '')) || undefined;
      format ??= formatNamed(await ask('Format, md or yaml', 'md')) ?? 'md';
    }
    format ??= 'md';
    const plan = path.join(dir, `risk-management-plan.rmp.${format === 'md' ? 'md' : 'yaml'}`);
    const config = path.join(dir, CONFIG_FILE);
    const rc = { $schema: SCHEMA_URL, reviewIntervalDays: 365, rules: {}, ...(owner ? { defaultOwner: owner } : {}) };
    try {
      writeNewFile(plan, path.relative(cwd, plan), newPlanText(format, { organization: name, owner }, command.today));
      writeNewFile(config, path.relative(cwd, config), `${JSON.stringify(rc, null, 2)}\n`);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      out.stderr(`rmplint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const shown = path.relative(cwd, plan) || plan;
    out.stdout(`Created ${shown} and ${path.relative(cwd, config) || config}.\nFill in what the template leaves open, then run: rmplint ${shown}\n`);
    return EXIT_OK;
  });
}

/** Both plan names init might write: one plan per folder, whichever its format. */
function planFiles(dir: string): string[] {
  return ['md', 'yaml'].map((ext) => path.join(dir, `risk-management-plan.rmp.${ext}`));
}
