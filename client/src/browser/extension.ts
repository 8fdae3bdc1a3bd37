// The extension in the browser editor (vscode.dev, github.dev, code-server's web extension
// host): the same client as on the desktop, with the language server in a web worker
// (dist/browser/server.js) instead of a Node process.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startExtension, stopExtension } from '../start-extension';

/** The web worker constructor of the extension host's global scope (the client is built without the DOM library). */
declare const Worker: new (scriptUrl: string) => object;

export function activate(context: vscode.ExtensionContext): void {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  startExtension(context, (clientOptions) => new LanguageClient('rmplint', 'rmplint', new Worker(serverMain.toString(true)), clientOptions));
}

export const deactivate = stopExtension;
