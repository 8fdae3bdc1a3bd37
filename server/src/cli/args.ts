// The lint command's flags (spec §7), parsed into one options object. Any problem is a
// UsageError: the caller prints it with the usage line and exits 2.
import type { RuleModule } from '../engine/rule';
import { parseArgs } from 'util';
import { isIsoDate, localToday } from '../model/dates';

export const FORMATS = ['text', 'json', 'sarif'] as const;
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
  /** Files, folders and globs, as given. */
  readonly targets: readonly string[];
  /** The rules to run instead of the registry (embedders and tests; no flag sets it). */
  readonly rules?: readonly RuleModule[];
}

export type ParsedCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'lint'; readonly options: LintCommandOptions };

export class UsageError extends Error {}

export const USAGE = `Usage: rmplint [options] <files, folders or globs...>
       rmplint render <plan> [-o out.html]
       rmplint outline <files...> [--format text|json]

Lints HIPAA risk management plans: *.rmp.md and *.rmp.yaml, Markdown or YAML files
whose title or keys name a plan (risk management or treatment plan, remediation
plan or tracker, corrective action plan, POA&M, risk register), and OSCAL plans of
action and milestones (YAML or JSON). Folders are searched recursively. A file
named here that is not read as a plan is reported as skipped, with the reason.
"outline" shows a plan as rmplint read it.

Options:
  --format text|json|sarif  output format (default: text)
  --today YYYY-MM-DD        the date rules treat as today (default: $RMPLINT_TODAY,
                            else the local date)
  --config FILE             use this config file instead of the nearest .rmplintrc.*
  --fix                     apply every safe fix and write the files
  --quiet                   report errors only
  --max-file-size BYTES     do not lint plans larger than this (default: the
                            config's maxFileSizeBytes, else 2000000)
  --help                    show this help
  --version                 show the version

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.
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

  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const maxFileSize = values['max-file-size'];
  if (maxFileSize !== undefined && !/^[1-9]\d*$/.test(maxFileSize)) {
    throw new UsageError(`--max-file-size must be a whole number of bytes, not "${maxFileSize}"`);
  }
  if (positionals.length === 0) throw new UsageError('give at least one file, folder or glob to lint');
  return {
    kind: 'lint',
    options: {
      format: format as OutputFormat,
      today: todayFrom(values.today, env.RMPLINT_TODAY),
      config: values.config,
      fix: values.fix ?? false,
      quiet: values.quiet ?? false,
      maxFileSizeBytes: maxFileSize === undefined ? undefined : Number(maxFileSize),
      targets: positionals,
    },
  };
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
