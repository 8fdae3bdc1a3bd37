// What the VS Code client and the language server share: custom request names and their
// shapes, the fix-all kind, command ids, where rule documentation lives, and which links a
// rendered plan may open. The client imports this file and nothing else of the server.

/** Where each rule's documentation lives; shown as the diagnostic's code link and in hovers. */
export const RULE_DOCS_BASE = 'https://github.com/rmplint/rmplint/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

/** The code action kind of "fix all safe rmplint problems" (also run on save). */
export const FIX_ALL_KIND = 'source.fixAll.rmplint';

/** The command a diagnostic's "Show documentation" action runs. */
export const SHOW_DOCUMENTATION_COMMAND = 'rmplint.showDocumentation';

/** Records a review of the plan whose URI is its argument: the review dates, and the change summary in the review log. */
export const RECORD_REVIEW_COMMAND = 'rmplint.recordReview';
/** The source action that runs RECORD_REVIEW_COMMAND. */
export const RECORD_REVIEW_KIND = 'source.recordReview.rmplint';

/** The status bar's request: the counts of one plan (null when the document is not a plan). */
export const SUMMARY_REQUEST = 'rmplint/summary';

export interface SummaryParams {
  readonly uri: string;
}

export interface PlanSummary {
  readonly risks: number;
  readonly open: number;
  /** Risks treated by acceptance with nothing left to do: neither open nor done. */
  readonly accepted: number;
  readonly overdue: number;
  readonly findings: number;
  readonly errors: number;
  /** Days until the next review (negative when past); undefined when the plan records none. */
  readonly daysToNextReview?: number;
}

/**
 * The preview's and the export's request: the plan rendered from the server's own analysis,
 * so the preview shows exactly what the Problems panel shows, with the same settings and the
 * same answer to "is this a plan".
 */
export const RENDER_PLAN_REQUEST = 'rmplint/renderPlan';

/** What a webview page links to: created by the client, which owns the webview. */
export interface WebviewResources {
  readonly cspSource: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  readonly nonce: string;
  /** Restored by the webview's script (and by VS Code after a reload). */
  readonly state: unknown;
}

export interface RenderPlanParams {
  readonly uri: string;
  /** Also return the whole webview page linking these resources. */
  readonly webview?: WebviewResources;
  /** Also return the self-contained HTML export. */
  readonly export?: boolean;
  /**
   * The preview's update: the keys of the blocks its page has. The answer is the page as
   * blocks (`blocks`), with HTML only for the blocks not among these, and no `html`.
   */
  readonly have?: readonly string[];
}

/**
 * One block of the rendered page (its header, summary, a Markdown section, a risk card):
 * its key, the document line its `data-line` numbers count from when not 0, its HTML when
 * the client does not have that key, and a container's blocks (its HTML holds the two
 * comments `<!--(-->` and `<!--)-->` where they go).
 */
export interface PreviewBlock {
  readonly key: string;
  readonly line?: number;
  readonly html?: string;
  readonly children?: readonly PreviewBlock[];
}

export type RenderPlanResult =
  | { readonly plan: false }
  | {
      readonly plan: true;
      readonly title: string;
      /** The plan's HTML fragment (one `<main>`), unless blocks were asked for. */
      readonly html?: string;
      /** The whole page, when a webview or an export was asked for. */
      readonly page?: string;
      /** The page as blocks, when `have` was given. */
      readonly blocks?: PreviewBlock;
      /** Every block key of the webview page, in order (an update's are its blocks' keys). */
      readonly keys?: readonly string[];
    };

// Which link targets a rendered plan may carry: http(s), mailto and relative paths.
// Anything else (javascript:, data:, vbscript:, file:, protocol-relative) stays text.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (compact.startsWith('//') || compact.startsWith('\\\\') || compact.startsWith('/\\') || compact.startsWith('\\/')) return false;
  const scheme = SCHEME.exec(compact);
  return !scheme || ALLOWED_SCHEMES.has(scheme[1].toLowerCase());
}

/**
 * What "Fix All" says when it has nothing safe to apply, so the command never does nothing
 * in silence. `findings` counts rmplint's findings on the document.
 */
export function nothingSafeToFixMessage(findings: number): string {
  if (findings === 0) return 'rmplint: nothing to fix, this plan has no findings.';
  const them = findings === 1 ? 'The 1 finding needs' : `The ${findings} findings need`;
  return `rmplint: nothing is safe to fix automatically. ${them} your words or judgement: use the quick fixes (Ctrl+.) on each.`;
}

/**
 * Whether a plan's line, typed up to the cursor, is where a field label or value is being
 * written, so the editor opens completion without Ctrl+Space (VS Code does not suggest as
 * you type in Markdown, and turning that on would do it for every Markdown file).
 */
export function wantsCompletion(linePrefix: string, yaml: boolean): boolean {
  // "rmp" or "rmp-" alone on a line: a snippet prefix (rmp-risk, rmp-accept, rmp-table).
  if (/^\s*(?:-\s+)?rmp-?$/.test(linePrefix)) return true;
  if (yaml) return /^\s*(?:-\s+)?[A-Za-z]{1,2}$/.test(linePrefix) || /^\s*(?:-\s+)?(?:treatment|status|priority|tier|owner|due):\s$/.test(linePrefix);
  // "- " or "- **O": a label starts; "- **Owner:** ": its value starts.
  return /^\s*[-*+]\s(?:\*\*|__)?[A-Za-z]?$/.test(linePrefix) || /^\s*[-*+]\s+(?:\*\*|__)[A-Za-z ]+:(?:\*\*|__)\s$/.test(linePrefix);
}

/** "1 risk", "2 risks". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function reviewText(days: number | undefined): string {
  if (days === undefined) return 'no review date';
  if (days === 0) return 'review due today';
  return days > 0 ? `next review in ${counted(days, 'day')}` : `review overdue by ${counted(-days, 'day')}`;
}

/** One line of a plan's summary, as the status bar and the code lens say it. */
export function summaryText(s: PlanSummary): string {
  const accepted = s.accepted > 0 ? ` · ${s.accepted} accepted` : '';
  return `${counted(s.risks, 'risk')} · ${s.open} open${accepted} · ${s.overdue} overdue · ${counted(s.findings, 'finding')} · ${reviewText(s.daysToNextReview)}`;
}

/** The actions view's request: every open action of every plan the server knows, open or on disk. */
export const OPEN_ACTIONS_REQUEST = 'rmplint/openActions';

export interface OpenAction {
  readonly uri: string;
  /** 0-based line where the action is written (its text, else its risk's first line). */
  readonly line: number;
  /** The plan's organisation or title, else its file name. */
  readonly plan: string;
  readonly riskId: string;
  readonly riskTitle: string;
  readonly action: string;
  readonly owner: string;
  /** ISO when the due date reads as one, else as written, else ''. */
  readonly due: string;
  /** Days from today to the due date (negative: overdue); undefined without a date. */
  readonly daysLeft?: number;
}

export type ActionGroup = 'overdue' | 'week' | 'month' | 'later' | 'none';

/** The view's groups, in the order they are shown. */
export const ACTION_GROUPS: readonly { readonly key: ActionGroup; readonly label: string }[] = [
  { key: 'overdue', label: 'Overdue' },
  { key: 'week', label: 'Due in 7 days' },
  { key: 'month', label: 'Due in 30 days' },
  { key: 'later', label: 'Later' },
  { key: 'none', label: 'No date' },
];

export function actionGroupOf(daysLeft: number | undefined): ActionGroup {
  if (daysLeft === undefined) return 'none';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 7) return 'week';
  return daysLeft <= 30 ? 'month' : 'later';
}

/** Whether `owner` (as written in the plan) names `me` (the rmplint.actions.me setting): case and spacing aside, a whole-word match. */
export function ownedBy(owner: string, me: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const who = norm(me);
  if (!who) return true;
  const text = norm(owner);
  const at = text.indexOf(who);
  return at >= 0 && !/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + who.length] ?? '');
}

/** Days left before a due date, as the code lens and the actions view say it. */
export function daysLeftText(days: number): string {
  if (days === 0) return 'due today';
  if (days > 0) return `${counted(days, 'day')} left`;
  return `overdue by ${counted(-days, 'day')}`;
}

/** What an action's row says after its text: owner and days. */
export function actionDetail(a: OpenAction): string {
  const days = a.daysLeft !== undefined ? daysLeftText(a.daysLeft) : a.due ? `due ${a.due}` : 'no due date';
  return [a.owner || 'no owner', days].join(' · ');
}

/** The export commands' request: the open plan's (or every plan's) actions as a sheet or a calendar. */
export const EXPORT_ACTIONS_REQUEST = 'rmplint/exportActions';

export interface ExportActionsParams {
  /** One plan; every plan the server knows when absent. */
  readonly uri?: string;
  readonly format: 'csv' | 'ics';
}

export interface ExportActionsResult {
  readonly text: string;
  /** Rows (CSV) or events (ICS) written. */
  readonly count: number;
}

/**
 * The server's requests to the client for a plan's git history, answered in VS Code through the
 * built-in Git extension's API (the server falls back to the git command when the answer to
 * GIT_REPOSITORY_REQUEST is null). Sent only when the client said, in its initialization
 * options, that it answers them.
 */
export const GIT_REPOSITORY_REQUEST = 'rmplint/git/repository';
export const GIT_COMMITS_REQUEST = 'rmplint/git/commits';
export const GIT_TEXTS_REQUEST = 'rmplint/git/texts';
export const GIT_BLAME_REQUEST = 'rmplint/git/blame';

/** The client's initialization options. */
export interface ClientOptions {
  /** The client answers the GIT_* requests (VS Code with the Git extension installed). */
  readonly gitExtension?: boolean;
}

/** GIT_REPOSITORY_REQUEST: the repository holding a file (an absolute path); null when the Git extension cannot say. */
export interface GitRepositoryParams {
  readonly file: string;
}
export interface GitRepositoryResult {
  readonly root: string;
  /** '' before the first commit. */
  readonly head: string;
}

/** One commit that touched the plan: its hash, committer date (ISO 8601) and the plan's path then (relative to the root, forward slashes). */
export interface GitPlanCommit {
  readonly commit: string;
  readonly date: string;
  readonly path: string;
}

/** GIT_COMMITS_REQUEST: the commits that touched `relative`, newest first, across renames. */
export interface GitCommitsParams {
  readonly root: string;
  readonly relative: string;
}
export interface GitCommitsResult {
  readonly commits: readonly GitPlanCommit[];
}

/** GIT_TEXTS_REQUEST: the file's text at each commit, at the path it had then. */
export interface GitTextsParams {
  readonly root: string;
  readonly commits: readonly GitPlanCommit[];
}
export interface GitTextsResult {
  readonly texts: readonly string[];
}

/** GIT_BLAME_REQUEST: `git blame` of the file on disk, one (possibly abbreviated) commit a line, '' when not committed; null when the extension cannot blame it. */
export interface GitBlameParams {
  readonly root: string;
  readonly relative: string;
}
export interface GitBlameResult {
  readonly commits: readonly string[];
}
