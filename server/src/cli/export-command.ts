// `rmplint export <plans...> --format csv|ics [-o FILE] [--today YYYY-MM-DD] [--config FILE]`:
// every action of the plans as a spreadsheet (CSV, one row per action) or a calendar (ICS,
// one all-day event per open action on its due date). To stdout without -o. Exit 0 when
// written, 2 on a usage or file problem; findings play no part (export is not lint).
import * as path from 'path';
import { parsePlan } from '../engine/lint';
import { actionRows, type ExportedAction } from '../export/action-rows';
import { actionsCsv } from '../export/csv';
import { actionsIcs } from '../export/ics';
import { todayFrom, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { parseOptions, withCommand } from './subcommand';
import { PlanSettingsResolver } from './plan-settings';
import { forEachPlan } from './plan-files';
import { FileProblem } from './read-text';
import { writeReport } from './write-file';

export const EXPORT_USAGE = `Usage: rmplint export <plans, folders or globs...> --format csv|ics [-o FILE]
                      [--today YYYY-MM-DD] [--config FILE]

Writes the plans' actions for a spreadsheet or a calendar (to stdout without -o):
  csv  one row per action: plan, risk ID and title, tier, priority, action, owner,
       due, status, and days left (negative: overdue by that many days, counted
       from --today; empty for a closed or undated action)
  ics  one all-day event per open action on its due date, with its owner and plan;
       each event keeps its UID across exports, so importing again updates it
`;

const EXPORT_FORMATS = ['csv', 'ics'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportCommand {
  readonly targets: readonly string[];
  readonly format: ExportFormat;
  readonly output?: string;
  readonly today: string;
  readonly config?: string;
}

function parseExportArgs(args: readonly string[], env: NodeJS.ProcessEnv): ExportCommand | 'help' {
  const parsed = parseOptions({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'output-file': { type: 'string' },
      today: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const format = values.format ?? (values.output?.toLowerCase().endsWith('.ics') ? 'ics' : 'csv');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be csv or ics, not "${format}"`);
  const output = values.output ?? values['output-file'];
  if (output === '') throw new UsageError('-o needs a file name');
  if (positionals.length === 0) throw new UsageError('export takes at least one plan, folder or glob');
  return { targets: positionals, format: format as ExportFormat, output, today: todayFrom(values.today, env.RMPLINT_TODAY), config: values.config };
}

export function runExport(args: readonly string[], cwd: string, out: Output, env: NodeJS.ProcessEnv = process.env): number {
  return withCommand(out, EXPORT_USAGE, () => parseExportArgs(args, env), (command) => {
    const resolver = new PlanSettingsResolver(command.config && path.resolve(cwd, command.config));
    const rows: ExportedAction[] = [];
    const today = command.today;
    const problems = forEachPlan(command.targets, cwd, resolver, out, (plan) => {
      rows.push(...actionRows(parsePlan(plan.text, plan.kind), plan.display, today));
    });
    if (problems > 0) return EXIT_USAGE;
    const text = command.format === 'ics' ? actionsIcs(rows) : actionsCsv(rows);
    if (command.output === undefined) {
      out.stdout(text);
      return EXIT_OK;
    }
    try {
      writeReport(path.resolve(cwd, command.output), command.output, text);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      out.stderr(`rmplint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    return EXIT_OK;
  });
}
