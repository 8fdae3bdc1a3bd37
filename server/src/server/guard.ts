// Every request and notification handler runs inside `guarded`, so an exception in one
// feature is logged and answered with an empty result instead of killing the server.
import type { CancellationToken, Connection } from 'vscode-languageserver';

export interface Log {
  error(context: string, error: unknown): void;
  /** A problem the user can fix (e.g. an invalid config file): shown, not just logged. */
  warn(message: string): void;
}

export function connectionLog(connection: Connection): Log {
  return {
    error(context, error) {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      connection.console.error(`rmplint: ${context} failed: ${detail}`);
    },
    warn(message) {
      connection.console.warn(`rmplint: ${message}`);
      void connection.window.showWarningMessage(`rmplint: ${message}`);
    },
  };
}

/** Wraps a handler: exceptions are logged and become `fallback`; cancelled requests get `fallback` too. */
export function guarded<P, R>(
  log: Log,
  name: string,
  fallback: R,
  handler: (params: P, token?: CancellationToken) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      if (token?.isCancellationRequested) return fallback;
      const result = await handler(params, token);
      return token?.isCancellationRequested ? fallback : result;
    } catch (error) {
      log.error(name, error);
      return fallback;
    }
  };
}
