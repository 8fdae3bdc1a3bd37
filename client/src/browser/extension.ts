// The extension in the browser editor (vscode.dev, github.dev, code-server's web extension
// host): the same client as on the desktop, with the same language server bundle
// (dist/rmplint.js) in a web worker instead of a Node process.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { startExtension, stopExtension } from '../start-extension';

/** The web worker constructor of the extension host's global scope (the client is built without the DOM library). */
declare const Worker: new (scriptUrl: string, options: { name: string }) => ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * A URL the worker can load the server from. An extension served over http(s) (vscode.dev's
 * CDN) gives its own; one in a remote workspace (vscode-remote:, as code-server installs it)
 * cannot start a worker from its URI ("Creating workers from remote extensions is currently
 * not supported", VS Code's web extension host), so the script is read through the workspace
 * file system and started from a blob.
 */
async function serverScriptUrl(extensionUri: vscode.Uri): Promise<string> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'rmplint.js');
  if (/^https?$/.test(script.scheme)) return script.toString(true);
  const code = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

/**
 * The worker's message channel. Made here rather than by handing the client the worker: VS Code's
 * extension host replaces `Worker` with a function, so the client's `instanceof Worker` fails.
 */
async function startServer(extensionUri: vscode.Uri): Promise<MessageTransports> {
  // Named, so the worker can be told apart (developer tools, the workbench check).
  const worker = new Worker(await serverScriptUrl(extensionUri), { name: 'rmplint-language-server' });
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export function activate(context: vscode.ExtensionContext): void {
  startExtension(context, (clientOptions) => new LanguageClient('rmplint', 'rmplint', () => startServer(context.extensionUri), clientOptions));
}

export const deactivate = stopExtension;
