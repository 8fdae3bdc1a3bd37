// The `rmplint` executable: dispatches subcommands, maps failures to exit statuses and
// never shows a stack trace. Sets process.exitCode rather than exiting, so piped output
// is flushed completely.
import { parseCommandLine, USAGE, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, runLint, type Output } from './lint-command';
import { runRender } from './render-command';
import { runOutline } from './outline-command';
import { packageVersion } from '../version';

const out: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function main(argv: readonly string[]): number {
  try {
    if (argv[0] === 'render') return runRender(argv.slice(1), process.cwd(), out);
    if (argv[0] === 'outline') return runOutline(argv.slice(1), process.cwd(), out);
    const command = parseCommandLine(argv, process.env);
    switch (command.kind) {
      case 'help':
        out.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        out.stdout(`${packageVersion()}\n`);
        return EXIT_OK;
      case 'lint':
        return runLint(command.options, process.cwd(), out);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`rmplint: ${error.message}\nRun "rmplint --help" for usage.\n`);
    } else {
      out.stderr(`rmplint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return EXIT_USAGE;
  }
}

process.exitCode = main(process.argv.slice(2));
