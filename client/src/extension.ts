// The VS Code extension: a thin client that starts the bundled language server over IPC,
// restarts it when it crashes, and shows the active plan's counts in the status bar.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { startExtension, stopExtension } from './start-extension';

/**
 * Node flags for the server process: a small young generation and slower heap growth keep a
 * 1,000-risk plan under 100 MB while it is edited, and a background thread pool sized to
 * the machine (Node's default is four threads, which on two cores compete with the editor
 * for the CPU) answers sooner. docs/benchmarks.md has the figures.
 */
const SERVER_NODE_FLAGS: string[] = require('../../server/node-flags.json');

/** The server's bin keeps its V8 code cache here (server/src/bins/code-cache.ts): in VS Code's storage for the extension, gone with it. */
const CODE_CACHE_DIR = 'RMPLINT_CODE_CACHE_DIR';

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  const env = { ...process.env, [CODE_CACHE_DIR]: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS, env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  startExtension(context, (clientOptions) => new LanguageClient('rmplint', 'rmplint', serverOptions, clientOptions));
}

export const deactivate = stopExtension;
