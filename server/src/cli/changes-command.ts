// `rmplint changes <plan> [--since REV|YYYY-MM-DD] [--format text|json|markdown] [--today YYYY-MM-DD]`:
// what changed in a plan since its last review, from git history. The plan at the since-version
// and the working copy are read by the same reader; the engine's history/ compares them.
// Outside a git repository, with no history or no commit at that date: said on stderr, exit 2.
import * as path from 'path';
import { recognisePlan } from '../parse/detect';
import { reportMarkdown, reportText } from '../history/report-text';
import { todayFrom, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { FileProblem, readTextFile } from './read-text';
import { parseOptions, withCommand } from './subcommand';
import { changesSince } from '../git/changes-since';
import { GitProblem } from '../git/plan-history';

export const CHANGES_USAGE = `Usage: rmplint changes <plan> [--since REVISION|YYYY-MM-DD] [--format text|json|markdown]
                       [--today YYYY-MM-DD]

Shows what changed in a plan since its last review, from its git history: risks
added, removed and closed, actions marked done (and when), due dates moved, owners
and treatments changed, accepted risks added, and the share of the risks open at
the review that have been addressed since.

  --since REV|DATE  the version to compare with: a git revision, or a date (the
                    last commit on or before it); default: the plan's last-reviewed
                    date
  --format FORMAT   text (default), json, or markdown (to paste into the review
                    record)
  --today DATE      the end of the period (default: $RMPLINT_TODAY, else today)

Exit status: 0 on a report, 2 on a usage problem, an unreadable plan, or no git
history to compare with.
`;

const FORMATS = ['text', 'json', 'markdown'] as const;
type ChangesFormat = (typeof FORMATS)[number];

interface ChangesCommand {
  readonly plan: string;
  readonly since?: string;
  readonly format: ChangesFormat;
  readonly today: string;
}

function parseChangesArgs(args: readonly string[], env: NodeJS.ProcessEnv): ChangesCommand | 'help' {
  const { values, positionals } = parseOptions({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { since: { type: 'string' }, format: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return 'help';
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  if (positionals.length !== 1) throw new UsageError('changes takes one plan file');
  return { plan: positionals[0], since: values.since, format: format as ChangesFormat, today: todayFrom(values.today, env.RMPLINT_TODAY) };
}

export function runChanges(args: readonly string[], cwd: string, out: Output): number {
  return withCommand(out, CHANGES_USAGE, () => parseChangesArgs(args, out.env ?? process.env), (command) => reportChanges(command, cwd, out));
}

function reportChanges(command: ChangesCommand, cwd: string, out: Output): number {
  const display = command.plan;
  const absolute = path.resolve(cwd, command.plan);
  try {
    const file = readTextFile(absolute, display);
    const recognised = recognisePlan(absolute, file.text);
    if (!recognised.kind) throw new FileProblem(`${display}: not read as a plan: ${recognised.reason}`);
    const kind = recognised.kind;
    const report = changesSince(absolute, file.text, kind, command.since, command.today);
    if (command.format === 'json') out.stdout(`${JSON.stringify({ file: display, ...report }, null, 2)}\n`);
    else if (command.format === 'markdown') out.stdout(reportMarkdown(display, report));
    else out.stdout(reportText(display, report));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof GitProblem) out.stderr(`rmplint: ${display}: ${error.message}\n`);
    else if (error instanceof FileProblem) out.stderr(`rmplint: ${error.message}\n`);
    else throw error;
    return EXIT_USAGE;
  }
}
