// The "rmplint" view in the Explorer: every open action of every plan in the workspace,
// grouped by when it is due, asked of the server (`rmplint/openActions`) so it shares the
// server's analyses. "Only my actions" keeps the actions whose owner names `rmplint.actions.me`.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ACTION_GROUPS, actionDetail, actionGroupOf, OPEN_ACTIONS_REQUEST, ownedBy, type ActionGroup, type OpenAction } from '../../server/src/protocol';

const ONLY_MINE = 'rmplint.actions.onlyMine';

type Node = { readonly group: ActionGroup; readonly label: string; readonly actions: readonly OpenAction[] } | { readonly action: OpenAction };

class ActionsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  groups: { group: ActionGroup; label: string; actions: OpenAction[] }[] = [];

  set(actions: readonly OpenAction[]): void {
    this.groups = ACTION_GROUPS.map(({ key, label }) => ({ group: key, label, actions: actions.filter((a) => actionGroupOf(a.daysLeft) === key) }))
      .filter((g) => g.actions.length > 0)
      .map((g) => ({ ...g, actions: g.actions.sort((a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity)) }));
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups;
    return 'actions' in node ? node.actions.map((action) => ({ action })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('actions' in node) {
      const item = new vscode.TreeItem(node.label, node.group === 'overdue' || node.group === 'week' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.actions.length);
      item.id = `group:${node.group}`;
      return item;
    }
    const a = node.action;
    const item = new vscode.TreeItem(`${a.riskId ? `${a.riskId}: ` : ''}${a.action || a.riskTitle || '(no action written)'}`);
    item.description = actionDetail(a);
    item.tooltip = new vscode.MarkdownString().appendText(`${a.plan} — ${a.riskId} ${a.riskTitle}\n\n${a.action}\n\n${actionDetail(a)}`);
    item.iconPath = new vscode.ThemeIcon(a.daysLeft !== undefined && a.daysLeft < 0 ? 'warning' : 'circle-large-outline');
    item.command = { title: 'Go to the action', command: 'vscode.open', arguments: [vscode.Uri.parse(a.uri), { selection: new vscode.Range(a.line, 0, a.line, 0) }] };
    return item;
  }
}

/** How long the diagnostics must have been quiet (typing paused) before the view asks again. */
const TYPING_PAUSE_MS = 1500;
/** A refresh for anything else (settings, the view shown, the server started). */
const SOON_MS = 300;

export function registerActionsView(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const tree = new ActionsTree();
  const view = vscode.window.createTreeView('rmplint.actions', { treeDataProvider: tree, showCollapseAll: true });
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onlyMine = () => context.workspaceState.get<boolean>(ONLY_MINE, false);
  const me = () => vscode.workspace.getConfiguration('rmplint').get<string>('actions.me', '').trim();

  const refresh = async () => {
    if (!client.isRunning()) return;
    const all = await client.sendRequest<OpenAction[]>(OPEN_ACTIONS_REQUEST, {});
    const shown = onlyMine() && me() ? all.filter((a) => ownedBy(a.owner, me())) : all;
    tree.set(shown);
    const overdue = shown.filter((a) => actionGroupOf(a.daysLeft) === 'overdue').length;
    view.badge = overdue > 0 ? { value: overdue, tooltip: `${overdue} overdue ${overdue === 1 ? 'action' : 'actions'}` } : undefined;
    view.message = onlyMine() && me() ? `Only actions owned by ${me()}` : shown.length === 0 ? 'No open actions in the workspace’s plans.' : undefined;
  };
  // Diagnostics arrive whenever a plan changes, on every keystroke while the user types; one
  // request once typing pauses is enough. Each request walks every plan of the workspace and
  // answers with all their open actions (about 5,000 in a workspace of 40 plans beside a
  // 1,000-risk one): asked 300 ms after each burst, it ran between keystrokes as soon as the
  // machine slowed typing's pace, and held up the next keystroke's diagnostics and preview.
  const refreshSoon = (delay = TYPING_PAUSE_MS) => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void refresh().catch(() => undefined), delay);
  };
  const setOnlyMine = async (value: boolean) => {
    if (value && !me()) {
      const name = await vscode.window.showInputBox({ prompt: 'Your name or role as plans write it in the Owner field (saved as rmplint.actions.me)' });
      if (!name?.trim()) return;
      await vscode.workspace.getConfiguration('rmplint').update('actions.me', name.trim(), vscode.ConfigurationTarget.Global);
    }
    await context.workspaceState.update(ONLY_MINE, value);
    await vscode.commands.executeCommand('setContext', ONLY_MINE, value);
    await refresh();
  };
  void vscode.commands.executeCommand('setContext', ONLY_MINE, onlyMine());
  context.subscriptions.push(
    view,
    { dispose: () => pending && clearTimeout(pending) },
    vscode.languages.onDidChangeDiagnostics(() => refreshSoon()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('rmplint') && refreshSoon(SOON_MS)),
    view.onDidChangeVisibility((e) => e.visible && refreshSoon(SOON_MS)),
    vscode.commands.registerCommand('rmplint.actions.refresh', refresh),
    vscode.commands.registerCommand('rmplint.actions.onlyMine', () => setOnlyMine(true)),
    vscode.commands.registerCommand('rmplint.actions.showAll', () => setOnlyMine(false)),
  );
  client.onDidChangeState(() => refreshSoon(SOON_MS));
}
