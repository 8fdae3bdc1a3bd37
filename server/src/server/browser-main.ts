// The rmplint language server in a web worker (the browser editor: vscode.dev, github.dev,
// code-server's web extension host): LSP over the worker's messages, the same handlers as
// the Node entry. A worker has no file system: it lints the documents the editor opens;
// .rmplintrc files and the workspace-wide scan are the Node server's (docs/architecture.md).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { serve } from './serve';

/** The worker's global scope, which both sends and receives the client's messages. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

serve(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)));
