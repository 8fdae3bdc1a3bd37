// The `rmplint` executable: dispatches subcommands, maps failures to exit statuses and
// never shows a stack trace. Sets process.exitCode rather than exiting, so piped output
// is flushed completely.
import { parseCommandLine, USAGE, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { isLintWorker, runLintOnWorkers, serveLintWorker } from './lint-pool';
import { listRules, printConfig } from './info-commands';
// The other subcommands are loaded when asked for: a lint loads no renderer, exporter or git.
const render = () => require('./render-command') as typeof import('./render-command');
const outline = () => require('./outline-command') as typeof import('./outline-command');
const exporter = () => require('./export-command') as typeof import('./export-command');
const changes = () => require('./changes-command') as typeof import('./changes-command');
const initCommand = () => require('./init-command') as typeof import('./init-command');
import { packageVersion } from '../version';

const out: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
};

function internalError(error: unknown): number {
  out.stderr(`rmplint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT_USAGE;
}

/** `init` asks on a terminal (both ends of it), so it is the one command that waits for input. */
async function init(args: readonly string[]): Promise<number> {
  const { runInit, terminalAsk } = initCommand();
  const terminal = process.stdin.isTTY && process.stdout.isTTY ? terminalAsk() : undefined;
  try {
    return await runInit(args, process.cwd(), out, terminal?.ask);
  } finally {
    terminal?.close();
  }
}

function main(argv: readonly string[]): number | Promise<number> {
  try {
    if (argv[0] === 'render') return render().runRender(argv.slice(1), process.cwd(), out);
    if (argv[0] === 'outline') return outline().runOutline(argv.slice(1), process.cwd(), out);
    if (argv[0] === 'changes') return changes().runChanges(argv.slice(1), process.cwd(), out);
    if (argv[0] === 'export') return exporter().runExport(argv.slice(1), process.cwd(), out);
    if (argv[0] === 'init') return init(argv.slice(1)).catch(internalError);
    const command = parseCommandLine(argv, process.env);
    switch (command.kind) {
      case 'help':
        out.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        out.stdout(`${packageVersion()}\n`);
        return EXIT_OK;
      case 'list-rules':
        return listRules(command.format, command.color, out);
      case 'print-config':
        return printConfig(command.file, command.config, process.cwd(), out);
      case 'lint':
        // This file is also each lint worker's script (one bundle, one copy of the engine).
        return runLintOnWorkers(command.options, process.cwd(), out, command.options.concurrency ?? 'auto', __filename).catch(internalError);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`rmplint: ${error.message}\nRun "rmplint --help" for usage.\n`);
      return EXIT_USAGE;
    }
    return internalError(error);
  }
}

if (isLintWorker()) {
  serveLintWorker();
} else {
  // A reader that stops early (`rmplint … | head`) closes the pipe: the rest of the report has
  // no one to read it, which is no error of the plan's or of rmplint's (no stack trace).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  void Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
