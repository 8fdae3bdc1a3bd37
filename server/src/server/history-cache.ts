// The preview's "Since the last review" section in the language server: a plan's committed
// versions are read once per HEAD (without blocking, a pause between versions), never on the
// diagnostics path; only the preview, the export and "Record this review" ask. Each render
// compares the editor's text with the versions kept, so the section follows edits without
// reading git again, except one look at HEAD to notice a commit, a checkout or a pull. One blame
// of the plan, carried over to each text (carryBlame), dates the actions done.
//
// The history is read by the first reader that can read the plan's repository: in VS Code the
// built-in Git extension (through the client), else the git command.
import * as fs from 'fs';
import { carryBlame } from '../git/carry-blame';
import { commandGitReader, type GitReader, type PlanBlame, type PlanRepository } from '../git/git-reader';
import { GitProblem, relativeTo } from '../git/plan-history';
import { noHistory, PlanVersions } from '../git/plan-versions';
import type { SinceLastReview } from '../history/since-last-review';
import type { PlanAnalysis } from './analysis';
import { filePathOf } from './uris';

interface Entry {
  /** The HEAD the versions were read at ('' outside a repository or without git). */
  readonly head: string;
  readonly reader: GitReader;
  /** Where the versions were read; undefined when there is no history (`versions` says why). */
  readonly repository?: PlanRepository;
  readonly versions: Promise<PlanVersions | GitProblem>;
  /** The blame and the text it describes, read once per HEAD. */
  blame?: Promise<{ text: string; commits: readonly string[] } | undefined>;
  /** When the repository was last looked at (Date.now()), and whether a look is under way. */
  lookedAt: number;
  looking?: boolean;
}

/** Lets other requests (diagnostics on the next keystroke) run between two versions. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * While the user types, how often the repository is looked at again (in the background): each
 * look is a request to the editor and a git command, which cost a keystroke's update 5-25 ms
 * (more on a busy machine) and found HEAD moved only after a commit, a checkout or a pull.
 */
const TYPING_LOOK_MS = 2000;

export class HistoryCache {
  private readonly entries = new Map<string, Entry>();

  /** `readers`: tried in order for each plan; the git command last, as the fallback. */
  constructor(private readonly readers: readonly GitReader[] = [commandGitReader]) {}

  /**
   * The section for the plan as analysed. `typing` (the preview's update after an edit): the
   * versions already read are used as they are, and the repository is looked at again in the
   * background, at most every TYPING_LOOK_MS, so a commit shows from a later update on.
   */
  async sinceLastReview(analysis: PlanAnalysis, typing = false): Promise<SinceLastReview> {
    const file = filePathOf(analysis.uri);
    if (!file) return { shown: false, note: 'Since the last review: not shown, as the plan is not a file on disk, so it has no git history.' };
    let entry = this.entries.get(file);
    if (!entry || !typing) entry = this.entryFor(file, analysis, await this.repositoryOf(file));
    else if (!entry.looking && Date.now() - entry.lookedAt >= TYPING_LOOK_MS) this.lookInBackground(file, analysis, entry);
    const versions = await entry.versions;
    if (versions instanceof GitProblem) return noHistory(versions);
    if (entry.repository) entry.blame ??= blameOf(entry.reader, entry.repository, file, versions).catch(() => undefined);
    const blame = await entry.blame;
    await versions.readyFor(analysis.plan);
    const lineCommits = blame && carryBlame(blame.text, blame.commits, analysis.plan.text);
    return { ...versions.sinceLastReview(analysis.plan, analysis.settings.today, lineCommits), source: entry.reader.source };
  }

  /** The file's entry after a look at its repository: the one kept while HEAD and the reader are the same, else a new one reading the versions. */
  private entryFor(file: string, analysis: PlanAnalysis, found: { reader: GitReader; repository: PlanRepository } | GitProblem): Entry {
    const head = found instanceof GitProblem ? '' : found.repository.head;
    const kept = this.entries.get(file);
    if (kept && kept.head === head && (found instanceof GitProblem || kept.reader === found.reader)) {
      kept.lookedAt = Date.now();
      return kept;
    }
    const entry: Entry = found instanceof GitProblem
      ? { head, reader: commandGitReader, versions: this.load(file, analysis, found), lookedAt: Date.now() }
      : { head, reader: found.reader, repository: found.repository, versions: this.load(file, analysis, found), lookedAt: Date.now() };
    this.entries.set(file, entry);
    return entry;
  }

  private lookInBackground(file: string, analysis: PlanAnalysis, entry: Entry): void {
    // Counted from its start, so a look that fails is not tried again on every keystroke.
    entry.lookedAt = Date.now();
    entry.looking = true;
    void this.repositoryOf(file)
      .then((found) => {
        // Forgotten (the plan was closed) or replaced meanwhile: this look is out of date.
        if (this.entries.get(file) === entry) this.entryFor(file, analysis, found);
      })
      .catch(() => undefined)
      .finally(() => (entry.looking = false));
  }

  /** A closed plan's history is let go (its versions' texts are the bulk). */
  forget(uri: string): void {
    const file = filePathOf(uri);
    if (file) this.entries.delete(file);
  }

  /** The first reader that can read the plan's repository, or why there is no history. */
  private async repositoryOf(file: string): Promise<{ reader: GitReader; repository: PlanRepository } | GitProblem> {
    let problem: GitProblem | undefined;
    for (const reader of this.readers) {
      try {
        const repository = await reader.repositoryOf(file);
        if (repository) return { reader, repository };
      } catch (error) {
        if (!(error instanceof GitProblem)) throw error;
        problem ??= error;
      }
    }
    return problem ?? new GitProblem('is not in a git repository');
  }

  private async load(file: string, analysis: PlanAnalysis, found: { reader: GitReader; repository: PlanRepository } | GitProblem): Promise<PlanVersions | GitProblem> {
    if (found instanceof GitProblem) return found;
    try {
      return await PlanVersions.load(file, analysis.kind, pause, found.reader, found.repository);
    } catch (error) {
      if (error instanceof GitProblem) return error;
      this.entries.delete(file);
      throw error;
    }
  }
}

/** The blame a reader gives, with the text it describes: the plan at HEAD, or the file on disk. */
async function blameOf(reader: GitReader, repository: PlanRepository, file: string, versions: PlanVersions): Promise<{ text: string; commits: readonly string[] } | undefined> {
  const blame: PlanBlame | undefined = await reader.blame(repository.root, relativeTo(repository.root, file));
  if (!blame) return undefined;
  const text = blame.of === 'head' ? versions.headText : fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return { text, commits: blame.commits };
}
