// The rmplint language server: diagnostics, quick fixes, hover, completion, outline and
// code lenses for HIPAA risk management plans. Speaks LSP over stdio (`--stdio`, also the
// default), node IPC (`--node-ipc`, as the VS Code client starts it) or a socket.
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { serve } from './serve';
import { heapGovernor } from './heap-governor';

/**
 * Garbage the heap may hold past the last collection's live heap before the server collects:
 * 10 MB up to a 1,000-risk plan's live heap (about 24 MB), then three quarters of each further MB.
 * Measured at 1,000 risks: peak RSS under 100 MB; at 5,000, edit p50 as without the governor.
 */
const HEAP_SLACK = { bytes: 10 * 2 ** 20, baseBytes: 24 * 2 ** 20, share: 0.75 };

const TRANSPORT_FLAGS = /^--(stdio|node-ipc|socket=|pipe=|clientProcessId)/;

function startConnection(): Connection {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: rmplint-language-server [--stdio | --node-ipc | --socket=PORT]\nThe rmplint language server for HIPAA risk management plans (LSP over stdio by default).\n');
    process.exit(0);
  }
  if (args.some((a) => TRANSPORT_FLAGS.test(a) && !a.startsWith('--clientProcessId'))) return createConnection(ProposedFeatures.all);
  return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
}

// With --expose-gc (the flags the client and the bin start the server with), keep the heap near its live size.
const gc = (globalThis as { gc?: () => void }).gc;
serve(startConnection(), { afterWork: gc && heapGovernor(gc, HEAP_SLACK) });
