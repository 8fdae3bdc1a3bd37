// The lint command's flags (spec §7), parsed into one options object. Any problem is a
// UsageError: the caller prints it with the usage line and exits 2.
import type { RuleModule } from '../engine/rule';
import { parseArgs } from 'util';
import { isIsoDate, localToday } from '../model/dates';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface LintCommandOptions {
  readonly format: OutputFormat;
  /** ISO date every rule compares against. */
  readonly today: string;
  /** Explicit config file; otherwise each plan's nearest `.rmplintrc.*` applies. */
  readonly config?: string;
  readonly fix: boolean;
  /** Report errors only. */
  readonly quiet: boolean;
  /** Overrides the config's size limit: larger plans get one informational finding. */
  readonly maxFileSizeBytes?: number;
  /** Exit 1 when more warnings than this are found (ESLint's --max-warnings). */
  readonly maxWarnings?: number;
  /** Write the report to this file instead of stdout. */
  readonly outputFile?: string;
  /** The name a plan read from stdin (`-`) goes by: its format, its settings and the path reported. */
  readonly stdinFilename?: string;
  /** Colour the text report: true/false from --color/--no-color, else decided by the terminal and the environment. */
  readonly color?: boolean;
  /** Files, folders and globs, as given; `-` is stdin. */
  readonly targets: readonly string[];
  /** Worker threads: at most this many, as many as the cores and files warrant ("auto"), or none ("off"). */
  readonly concurrency?: number | 'auto' | 'off';
  /** The rules to run instead of the registry (embedders and tests; no flag sets it). */
  readonly rules?: readonly RuleModule[];
}

export type ParsedCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'list-rules'; readonly format: 'text' | 'json'; readonly color?: boolean }
  | { readonly kind: 'print-config'; readonly file: string; readonly config?: string }
  | { readonly kind: 'lint'; readonly options: LintCommandOptions };

export class UsageError extends Error {}

export const USAGE = `Usage: rmplint [options] <files, folders or globs...>
       rmplint [options] - [--stdin-filename NAME]
       rmplint init [--name ORG] [--owner NAME] [--format md|yaml] [--dir FOLDER]
       rmplint export <plans...> --format csv|ics [-o FILE] [--today YYYY-MM-DD]
       rmplint render <plan> [-o out.html]
       rmplint outline <files...> [--format text|json]
       rmplint changes <plan> [--since REVISION|YYYY-MM-DD] [--format text|json|markdown]
       rmplint --list-rules | --print-config <file>

Lints HIPAA risk management plans: *.rmp.md and *.rmp.yaml, Markdown or YAML files
whose title or keys name a plan (risk management or treatment plan, remediation
plan or tracker, corrective action plan, POA&M, risk register, hazard log, threat
model), OSCAL plans of action and milestones (YAML or JSON), and registers kept as
CSV or TSV (risk_register.csv, poam.csv); other tools' JSON registers (OWASP
Threat Dragon's, say) when named here or in "include". Folders
are searched recursively. A file named here that is not read as a plan is
reported as skipped, with the reason.
"init" starts a new plan, "export" writes the actions as a sheet or a calendar,
"outline" shows a plan as rmplint read it, "changes" what changed since the last
review (from git). Each has its own --help.

Options:
  --format FORMAT           text (default), json, sarif (code scanning), github
                            (workflow annotations), junit (XML), gitlab (Code
                            Quality JSON)
  -o, --output-file FILE    write the report to FILE instead of stdout
  --today YYYY-MM-DD        the date rules treat as today (default: $RMPLINT_TODAY,
                            else the local date)
  --config FILE             use this config file instead of the nearest .rmplintrc.*
  --fix                     apply every safe fix and write the files
  --quiet                   report errors only
  --max-warnings N          exit 1 when more than N warnings are found
  --max-file-size BYTES     do not lint plans larger than this (default: the
                            config's maxFileSizeBytes, else 2000000)
  --concurrency N|auto|off  lint on up to N worker threads; auto (default, or
                            $RMPLINT_CONCURRENCY): one per core when there are
                            150 plans or more per core; off: one thread
  --stdin-filename NAME     the name of the plan read from "-": its format, its
                            .rmplintrc and the path reported (default: <stdin>,
                            read as Markdown)
  --color, --no-color       force colour on or off (default: on a terminal, unless
                            NO_COLOR is set; FORCE_COLOR forces it)
  --list-rules              list the rules: id, default severity, what each checks
  --print-config FILE       print the settings that apply to FILE, as JSON
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage error or unreadable file.
`;

export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        today: { type: 'string' },
        config: { type: 'string' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        'max-warnings': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        'stdin-filename': { type: 'string' },
        concurrency: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        'print-config': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const color = values['no-color'] ? false : values.color ? true : undefined;
  if (values['list-rules']) {
    const listFormat = values.format ?? 'text';
    if (listFormat !== 'text' && listFormat !== 'json') throw new UsageError(`--list-rules prints text or json, not "${listFormat}"`);
    return { kind: 'list-rules', format: listFormat, color };
  }
  if (values['print-config'] !== undefined) {
    if (values['print-config'] === '') throw new UsageError('--print-config needs a file name');
    return { kind: 'print-config', file: values['print-config'], config: values.config };
  }

  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const maxFileSize = values['max-file-size'];
  if (maxFileSize !== undefined && !/^[1-9]\d*$/.test(maxFileSize)) {
    throw new UsageError(`--max-file-size must be a whole number of bytes, not "${maxFileSize}"`);
  }
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError(`--max-warnings must be a whole number, not "${maxWarnings}"`);
  }
  if (values['output-file'] === '') throw new UsageError('--output-file needs a file name');
  const concurrency = concurrencyFrom(values.concurrency, env.RMPLINT_CONCURRENCY);
  if (positionals.length === 0) throw new UsageError('give at least one file, folder or glob to lint');
  const stdin = positionals.filter((p) => p === '-').length;
  if (stdin > 1) throw new UsageError('"-" (stdin) can be given once');
  if (stdin > 0 && values.fix) throw new UsageError('--fix writes files and cannot fix a plan read from stdin');
  if (values['stdin-filename'] !== undefined && stdin === 0) throw new UsageError('--stdin-filename names the plan read from "-": give "-" too');
  if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a file name');
  return {
    kind: 'lint',
    options: {
      format: format as OutputFormat,
      today: todayFrom(values.today, env.RMPLINT_TODAY),
      config: values.config,
      fix: values.fix ?? false,
      quiet: values.quiet ?? false,
      maxFileSizeBytes: maxFileSize === undefined ? undefined : Number(maxFileSize),
      maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
      outputFile: values['output-file'],
      stdinFilename: values['stdin-filename'],
      color,
      concurrency,
      targets: positionals,
    },
  };
}

/** --concurrency, else RMPLINT_CONCURRENCY: a number of worker threads (1 or "off": this thread only), or "auto". */
export function concurrencyFrom(flag: string | undefined, variable: string | undefined): number | 'auto' | 'off' {
  const [value, name] = flag !== undefined ? [flag, '--concurrency'] : [variable?.trim() || 'auto', 'RMPLINT_CONCURRENCY'];
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`${name} must be a number of threads, "auto" or "off", not "${value}"`);
  return Number(value) === 1 ? 'off' : Number(value);
}

export function todayFrom(flag: string | undefined, variable: string | undefined): string {
  if (flag !== undefined) {
    if (!isIsoDate(flag)) throw new UsageError(`--today must be a real date written YYYY-MM-DD, not "${flag}"`);
    return flag.trim();
  }
  if (variable) {
    if (!isIsoDate(variable)) throw new UsageError(`RMPLINT_TODAY must be a real date written YYYY-MM-DD, not "${variable}"`);
    return variable.trim();
  }
  return localToday();
}
