// The preview's "Since the last review" section in the language server: a plan's committed
// versions are read once per HEAD (git run without blocking, a pause between versions), never
// on the diagnostics path; only the preview and the export ask. Each render compares the
// editor's text with the versions kept, so the section follows edits without running git again,
// except one `git rev-parse HEAD` to notice a commit, a checkout or a pull. One `git blame` of
// the plan at HEAD, carried over to each text (carryBlame), dates the actions done.
import { noHistory, PlanVersions } from '../git/plan-versions';
import { GitProblem, PlanHistory } from '../git/plan-history';
import type { SinceLastReview } from '../history/since-last-review';
import type { PlanAnalysis } from './analysis';
import { filePathOf } from './uris';
import { carryBlame } from '../git/carry-blame';

interface Entry {
  /** The HEAD the versions were read at ('' outside a repository or without git). */
  readonly head: string;
  readonly versions: Promise<PlanVersions | GitProblem>;
  /** git blame of the plan at HEAD, carried over to each text rendered: it dates the actions done without reading many versions. */
  headBlame?: Promise<string[] | undefined>;
}

/** Lets other requests (diagnostics on the next keystroke) run between two versions. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class HistoryCache {
  private readonly entries = new Map<string, Entry>();

  async sinceLastReview(analysis: PlanAnalysis): Promise<SinceLastReview> {
    const file = filePathOf(analysis.uri);
    if (!file) return { shown: false, note: 'Since the last review: not shown, as the plan is not a file on disk, so it has no git history.' };
    const head = (await PlanHistory.headOf(file)) ?? '';
    let entry = this.entries.get(file);
    if (!entry || entry.head !== head) {
      entry = { head, versions: this.load(file, analysis) };
      this.entries.set(file, entry);
    }
    const versions = await entry.versions;
    if (versions instanceof GitProblem) return noHistory(versions);
    entry.headBlame ??= versions.planHistory.lineCommitsAtHead(file).catch(() => undefined);
    const headBlame = await entry.headBlame;
    const lineCommits = headBlame && carryBlame(versions.headText, headBlame, analysis.plan.text);
    return versions.sinceLastReview(analysis.plan, analysis.settings.today, lineCommits);
  }

  /** A closed plan's history is let go (its versions' texts are the bulk). */
  forget(uri: string): void {
    const file = filePathOf(uri);
    if (file) this.entries.delete(file);
  }

  private async load(file: string, analysis: PlanAnalysis): Promise<PlanVersions | GitProblem> {
    try {
      return (await PlanVersions.load(file, analysis.kind, pause)).versions;
    } catch (error) {
      if (error instanceof GitProblem) return error;
      this.entries.delete(file);
      throw error;
    }
  }
}
