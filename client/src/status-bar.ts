// The status bar item: the active plan's risks, open and overdue items and errors, asked
// of the server (`rmplint/summary`) so it shares the server's cached analysis.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { counted, SUMMARY_REQUEST, summaryText, type PlanSummary } from '../../server/src/protocol';

export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('rmplint.summary', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = 'rmplint plan summary';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
  }

  /** Diagnostics arrive in bursts; one request after the burst is enough. */
  private refreshSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => this.refresh(), 300);
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    const uri = editor.document.uri.toString();
    this.client.sendRequest<PlanSummary | null>(SUMMARY_REQUEST, { uri }).then(
      (summary) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return;
        if (!summary) {
          this.item.hide();
          return;
        }
        const icon = summary.errors > 0 ? '$(error)' : summary.findings > 0 ? '$(warning)' : '$(pass)';
        const accepted = summary.accepted > 0 ? ` · ${summary.accepted} accepted` : '';
        this.item.text = `${icon} ${summary.open}/${summary.risks} open${accepted} · ${summary.overdue} overdue`;
        this.item.tooltip = `rmplint: ${summaryText(summary)} (${counted(summary.errors, 'error')})`;
        this.item.show();
      },
      () => this.item.hide(),
    );
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
