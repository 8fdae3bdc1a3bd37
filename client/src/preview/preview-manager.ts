// The preview panels: at most one per document, plus one dynamic panel that follows the
// active plan editor (like the built-in Markdown preview). Routes edits, editor scrolls
// and window reloads (the webview serializer) to the right panel.
import * as vscode from 'vscode';
import { PlanPreview, PREVIEW_VIEW_TYPE, type PreviewState } from './plan-preview';
import type { PlanServer } from './plan-server';

/** Languages the language server reads plans in (its document selector). */
const PLAN_LANGUAGES = new Set(['markdown', 'yaml']);

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly previews = new Set<PlanPreview>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PlanServer,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.activeEditorChanged(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => this.forDocument(event.document.uri, (p) => p.scheduleUpdate())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('rmplint')) this.previews.forEach((p) => void p.refresh());
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const top = event.visibleRanges[0]?.start.line;
        if (top !== undefined) this.forDocument(event.textEditor.document.uri, (p) => p.editorScrolled(event.textEditor, top));
      }),
    );
  }

  /** Opens (or reveals) the preview of a document. `toSide` makes the dynamic, following panel. */
  open(uri: vscode.Uri, toSide: boolean): void {
    const existing = [...this.previews].find((p) => p.uri.toString() === uri.toString() && p.locked === !toSide);
    if (existing) {
      existing.panel.reveal(undefined, toSide);
      return;
    }
    const dynamic = toSide ? [...this.previews].find((p) => !p.locked) : undefined;
    if (dynamic) {
      dynamic.showDocument(uri);
      dynamic.panel.reveal(undefined, true);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: toSide }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    const line = vscode.window.activeTextEditor?.visibleRanges[0]?.start.line ?? 0;
    this.track(new PlanPreview(panel, uri, !toSide, this.extensionUri, this.server, line));
  }

  /** The document shown by the active preview panel, if a preview is focused. */
  activePreviewUri(): vscode.Uri | undefined {
    return [...this.previews].find((p) => p.panel.active)?.uri;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = state as Partial<PreviewState> | undefined;
    if (!saved || typeof saved.uri !== 'string') {
      panel.dispose();
      return;
    }
    this.track(new PlanPreview(panel, vscode.Uri.parse(saved.uri), saved.locked !== false, this.extensionUri, this.server, Math.floor(saved.line ?? 0)));
  }

  private track(preview: PlanPreview): void {
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
  }

  private forDocument(uri: vscode.Uri, action: (preview: PlanPreview) => void): void {
    for (const preview of this.previews) if (preview.uri.toString() === uri.toString()) action(preview);
  }

  private async activeEditorChanged(editor: vscode.TextEditor | undefined): Promise<void> {
    const isPlan = !!editor && PLAN_LANGUAGES.has(editor.document.languageId) && (await this.server.isPlan(editor.document.uri.toString()).catch(() => false));
    if (editor !== vscode.window.activeTextEditor) return; // another editor became active meanwhile
    void vscode.commands.executeCommand('setContext', 'rmplint.activeEditorIsPlan', isPlan);
    if (!editor || !isPlan) return;
    const uri = editor.document.uri;
    if ([...this.previews].some((p) => p.uri.toString() === uri.toString())) return;
    [...this.previews].find((p) => !p.locked)?.showDocument(uri, editor.visibleRanges[0]?.start.line ?? 0);
  }

  /** Sets the context key for the editor that is active at start-up. */
  start(): void {
    void this.activeEditorChanged(vscode.window.activeTextEditor);
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
