// One preview panel: shows one plan document (a locked panel keeps it; the dynamic one
// follows the active plan editor), re-renders on edits after a short pause, and passes
// reveal, scroll and link messages between the webview and the editor.
import * as vscode from 'vscode';
import { isSafeLink, type PreviewBlock } from '../../../server/src/protocol';
import type { PlanServer } from './plan-server';

/** The keys of an update's blocks, in order: what the webview's page has once it is applied. */
function keysOf(block: PreviewBlock, into: string[] = []): string[] {
  into.push(block.key);
  block.children?.forEach((child) => keysOf(child, into));
  return into;
}

/** A fresh script nonce, from Web Crypto: the extension also runs where Node's crypto does not (the browser). */
function randomNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export const PREVIEW_VIEW_TYPE = 'rmplint.preview';

/**
 * Pause after a change before re-rendering: none beyond the current turn of the extension
 * host, which delivers one keystroke's burst of changes (an auto-closed bracket) together, so
 * they make one update. An update carries only the blocks that changed, and one is in flight
 * at a time (keystrokes meanwhile make one more), so typing needs no pause: the 15 ms this was
 * came on top of every keystroke's update.
 */
const UPDATE_DELAY_MS = 0;
/** Editor scrolls caused by the preview are not sent back to it for this long. */
const ECHO_GUARD_MS = 250;
/** How long the editor's scroll after a reveal the preview asked for counts as that reveal landing. */
const LANDING_MS = 1000;
/** The most lines a reveal "at top" can stop short by (sticky scroll shows up to five by default). */
const MAX_STICKY_LINES = 8;
/** The editor has landed once it has not scrolled for this long. */
const LANDING_QUIET_MS = 120;

/** What the webview saves (vscode.setState) and the serializer restores. */
export interface PreviewState {
  readonly uri: string;
  readonly locked: boolean;
  readonly line?: number;
}

type WebviewMessage =
  | { type: 'ready'; keys?: unknown }
  | { type: 'resync' }
  | { type: 'reveal'; line: number }
  | { type: 'scroll'; line: number }
  | { type: 'openLink'; href: string };

export class PlanPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pageShown = false;
  /** Renders asked for so far: an answer to an older one is not shown over a newer one. */
  private renders = 0;
  /** An update is being rendered; `again`: the document changed meanwhile, render once more after it. */
  private updating = false;
  private again = false;
  /**
   * The keys of the blocks the webview's page has (the last page or update sent to it, or what
   * it reported when it loaded): the server sends HTML only for the others.
   */
  private have: readonly string[] = [];
  private editorScrolledByPreviewAt = 0;
  /** The top line the preview last asked the editors for, until their scroll confirms it. */
  private requestedTop: number | undefined;
  private landingTimer: NodeJS.Timeout | undefined;
  /**
   * Lines VS Code leaves above a line revealed "at top" (room for sticky scroll), learnt
   * from the editors' scrolls, so the preview's line ends up the editor's top line.
   */
  private revealPadding = 0;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    readonly locked: boolean,
    private readonly extensionUri: vscode.Uri,
    private readonly server: PlanServer,
    private line = 0,
  ) {
    panel.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
    );
    void this.refresh();
  }

  get uri(): vscode.Uri {
    return this.resource;
  }

  /** Shows another document (the dynamic preview following the active editor). */
  showDocument(uri: vscode.Uri, line = 0): void {
    if (uri.toString() === this.resource.toString()) return;
    this.resource = uri;
    this.line = line;
    this.pageShown = false;
    this.have = [];
    void this.refresh();
  }

  /** Re-renders after the typing pause, or after the update in flight. */
  scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    if (this.updating) {
      this.again = true;
      return;
    }
    this.updating = true;
    try {
      do {
        this.again = false;
        await this.refresh();
      } while (this.again);
    } finally {
      this.updating = false;
    }
  }

  /** Scrolls the preview to a source line, unless the editor is only following the preview. */
  editorScrolled(editor: vscode.TextEditor, line: number): void {
    const sinceReveal = Date.now() - this.editorScrolledByPreviewAt;
    if (this.requestedTop !== undefined && sinceReveal < LANDING_MS) {
      // Where the editor lands is read once it has stopped moving, not from each event: on a
      // busy machine an earlier reveal's event can arrive after a later reveal was asked for.
      clearTimeout(this.landingTimer);
      this.landingTimer = setTimeout(() => this.landOnRequestedTop(editor, editor.visibleRanges[0]?.start.line ?? line), LANDING_QUIET_MS);
      return;
    }
    if (sinceReveal < ECHO_GUARD_MS) return;
    this.line = line;
    void this.panel.webview.postMessage({ type: 'scrollTo', line });
  }

  /** When the editor stopped short of the line the preview asked for, learns the padding and scrolls once more. */
  private landOnRequestedTop(editor: vscode.TextEditor, top: number): void {
    const wanted = this.requestedTop;
    this.requestedTop = undefined;
    if (wanted === undefined || top === wanted) return;
    // Far from the line asked for: the user scrolled the editor meanwhile, which teaches nothing.
    const short = wanted - top;
    if (Math.abs(short) > MAX_STICKY_LINES) return;
    // At either end of the document the editor cannot scroll as asked, which teaches nothing.
    if (top === 0 || wanted + this.revealPadding >= editor.document.lineCount) return;
    this.revealPadding = Math.max(0, this.revealPadding + short);
    this.editorScrolledByPreviewAt = Date.now();
    this.revealAtTop(editor, wanted);
  }

  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(this.resource);
    } catch {
      this.panel.webview.html = this.messagePage(`Cannot open ${this.resource.fsPath}.`);
      return;
    }
    const name = this.resource.path.split('/').pop() ?? '';
    this.panel.title = this.locked ? `[Preview] ${name}` : `Preview ${name}`;
    const webview = this.panel.webview;
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    const state: PreviewState = { uri: this.resource.toString(), locked: this.locked, line: this.line };
    const update = this.pageShown;
    const render = ++this.renders;
    let rendered;
    try {
      rendered = await this.server.render({
        uri: document.uri.toString(),
        ...(update
          ? { have: this.have }
          : {
              webview: {
                cspSource: webview.cspSource,
                styleUri: media('preview.css'),
                scriptUri: media('preview.js'),
                nonce: randomNonce(),
                state: { ...state },
              },
            }),
      });
    } catch (error) {
      if (render !== this.renders) return;
      webview.html = this.messagePage(`The rmplint server could not render this plan: ${error instanceof Error ? error.message : String(error)}`);
      this.pageShown = false;
      return;
    }
    if (render !== this.renders) return; // a newer render was asked for meanwhile
    if (!rendered.plan) {
      webview.html = this.messagePage('This file is not a risk management plan.');
      this.pageShown = false;
      return;
    }
    this.have = rendered.blocks ? keysOf(rendered.blocks) : rendered.keys ?? [];
    if (update) {
      // Only the blocks that changed carry HTML; the webview patches its page in place.
      void webview.postMessage({ type: 'patch', blocks: rendered.blocks, title: rendered.title });
      return;
    }
    webview.html = rendered.page!;
    this.pageShown = true;
  }

  private messagePage(text: string): string {
    const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escaped}</p></body></html>`;
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A page (re)loaded, perhaps from the first page set after the panel was hidden: it says what it has.
        if (!Array.isArray(message.keys) || !message.keys.every((k) => typeof k === 'string')) return;
        if (message.keys.length !== this.have.length || message.keys.some((k, i) => k !== this.have[i])) {
          // An older page than the last one sent (updates posted while it was hidden were lost): bring it up to date.
          this.have = message.keys as string[];
          if (this.pageShown) await this.refresh();
        }
        return;
      case 'resync':
        this.have = [];
        await this.refresh();
        return;
      case 'reveal':
        if (Number.isInteger(message.line)) await this.revealLine(message.line);
        return;
      case 'scroll':
        if (Number.isInteger(message.line)) this.scrollEditors(message.line);
        return;
      case 'openLink':
        if (typeof message.href === 'string') await this.openLink(message.href);
        return;
    }
  }

  private editorsOfDocument(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === this.resource.toString());
  }

  private async revealLine(line: number): Promise<void> {
    const position = new vscode.Position(line, 0);
    const existing = this.editorsOfDocument()[0];
    const column = existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.resource, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private scrollEditors(line: number): void {
    this.line = line;
    this.editorScrolledByPreviewAt = Date.now();
    this.requestedTop = line;
    for (const editor of this.editorsOfDocument()) this.revealAtTop(editor, line);
  }

  private revealAtTop(editor: vscode.TextEditor, line: number): void {
    const target = Math.min(line + this.revealPadding, editor.document.lineCount - 1);
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
  }

  private async openLink(href: string): Promise<void> {
    if (!isSafeLink(href) || href.trim() === '') return;
    if (/^(https?|mailto):/i.test(href.trim())) {
      await vscode.env.openExternal(vscode.Uri.parse(href.trim(), true));
      return;
    }
    if (href.startsWith('#')) return;
    const target = vscode.Uri.joinPath(this.resource, '..', decodeURIComponent(href.split('#')[0]));
    await vscode.commands.executeCommand('vscode.open', target);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.landingTimer);
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
