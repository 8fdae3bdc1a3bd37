// What every subcommand (render, outline, export, init, changes) does with its arguments before its
// own work: node's parseArgs with its complaints as usage errors, the usage printed with a
// usage error (exit 2) or for --help (exit 0).
import { parseArgs, type ParseArgsConfig } from 'util';
import { UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';

/** parseArgs with an unknown or malformed option as a UsageError. */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs `run` on what `parse` read, or prints `usage` for --help ('help') or after a usage error. */
export function withCommand<C, R extends number | Promise<number>>(out: Output, usage: string, parse: () => C | 'help', run: (command: C) => R): R | number {
  let command: C | 'help';
  try {
    command = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.stderr(`rmplint: ${error.message}\n${usage}`);
    return EXIT_USAGE;
  }
  if (command === 'help') {
    out.stdout(usage);
    return EXIT_OK;
  }
  return run(command);
}
