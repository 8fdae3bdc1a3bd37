// Every committed version of a plan, read once, for the preview's and the export's "Since the
// last review" section: the change report since the last review and the open and done risks
// at each commit (the chart). The CLI reads it in one go; the language server reads it without
// blocking (through a GitReader, pausing between versions), once per HEAD.
import { parsePlan } from '../engine/lint';
import { compareVersions } from '../history/change-report';
import { riskCounts, type ProgressPoint, type SinceLastReview } from '../history/since-last-review';
import { isoOf } from '../model/dates';
import type { PlanModel } from '../model/plan-model';
import { LineIndex } from '../model/positions';
import type { PlanKind } from '../parse/detect';
import { kindAt, sinceCommit } from './changes-since';
import type { GitReader, PlanRepository } from './git-reader';
import { GitProblem, PlanHistory, relativeTo, type PlanCommit } from './plan-history';

/** Parsed versions kept for the change report: the base, read again on each render, and the few later ones a search without blame reads (a 1,000-risk model is megabytes). */
const KEPT_MODELS = 4;

/**
 * The most versions the chart shows, spread evenly over the history (the first and the last
 * always among them): a 200-commit, 1,000-risk plan takes about 33 ms a version to read, and a
 * 560-pixel chart does not need more points than this.
 */
export const CHART_POINTS = 60;

/** Which of `count` versions (newest first, as git lists them) the chart shows: all, or CHART_POINTS spread evenly. */
export function chartVersions(count: number): number[] {
  if (count <= CHART_POINTS) return [...Array(count).keys()];
  return [...new Set(Array.from({ length: CHART_POINTS }, (_, k) => Math.round((k * (count - 1)) / (CHART_POINTS - 1))))];
}

export class PlanVersions {
  private readonly models = new Map<number, PlanModel>();

  private constructor(
    private readonly history: PlanHistory,
    /**
     * The plan's text at each of history.commits (newest first); the language server reads the
     * chart's versions first and the others when a report needs them (readyFor), as the Git
     * extension reads one version a process.
     */
    private readonly texts: (string | undefined)[],
    /** The counts at the versions the chart shows, by index in history.commits. */
    private readonly counts: ReadonlyMap<number, { open: number; done: number }>,
    private readonly kind: PlanKind,
    private readonly readMore?: (commits: readonly PlanCommit[]) => Promise<string[]>,
  ) {}

  /** Reads the history of the plan at `file` at once (the CLI). Throws GitProblem. */
  static read(file: string, kind: PlanKind): PlanVersions {
    const history = PlanHistory.of(file);
    const texts = history.textsAt(history.commits);
    const counts = new Map(chartVersions(texts.length).map((i) => [i, riskCounts(parsePlan(texts[i], kindAt(history.commits[i].path, texts[i], kind)), history.commits[i].date.slice(0, 10))]));
    return new PlanVersions(history, texts, counts, kind);
  }

  /**
   * The same without blocking, through a reader (the git command, or VS Code's Git extension) and
   * the repository it found: `pause` is awaited between versions, so other requests run. Throws GitProblem.
   */
  static async load(file: string, kind: PlanKind, pause: () => Promise<void>, reader: GitReader, repository: PlanRepository): Promise<PlanVersions> {
    const commits = await reader.commitsOf(repository.root, relativeTo(repository.root, file));
    const history = new PlanHistory(repository.root, commits);
    const shown = chartVersions(commits.length);
    const texts: (string | undefined)[] = new Array(commits.length);
    (await reader.textsAt(repository.root, shown.map((i) => commits[i]))).forEach((text, k) => (texts[shown[k]] = text));
    const counts = new Map<number, { open: number; done: number }>();
    for (const i of shown) {
      await pause();
      counts.set(i, riskCounts(parsePlan(texts[i]!, kindAt(commits[i].path, texts[i]!, kind)), commits[i].date.slice(0, 10)));
    }
    return new PlanVersions(history, texts, counts, kind, (wanted) => reader.textsAt(repository.root, wanted));
  }

  /**
   * Reads the versions the report on `now` compares (its base at the last review and every later
   * one) that are not read yet; sinceLastReview() needs them.
   */
  async readyFor(now: PlanModel): Promise<void> {
    let at: number;
    try {
      at = isoOf(now.meta.lastReviewed) ? this.history.commits.indexOf(sinceCommit(this.history, undefined, now)) : -1;
    } catch (error) {
      if (error instanceof GitProblem) return;
      throw error;
    }
    const missing = [...Array(at + 1).keys()].filter((i) => this.texts[i] === undefined);
    if (missing.length === 0 || !this.readMore) return;
    (await this.readMore(missing.map((i) => this.history.commits[i]))).forEach((text, k) => (this.texts[missing[k]] = text));
  }

  private plan(i: number): PlanModel {
    let model = this.models.get(i);
    if (!model) {
      const text = this.texts[i];
      if (text === undefined) throw new Error(`version ${i} of the plan was not read (readyFor)`);
      model = parsePlan(text, kindAt(this.history.commits[i].path, text, this.kind));
      if (this.models.size >= KEPT_MODELS) this.models.delete(this.models.keys().next().value!);
      this.models.set(i, model);
    }
    return model;
  }

  /** The plan as committed last (at HEAD, unless it was deleted or renamed since). */
  get headText(): string {
    return this.texts[0]!;
  }

  /** The history these versions come from (the CLI asks it for blame). */
  get planHistory(): PlanHistory {
    return this.history;
  }

  /**
   * The section for the plan now (the editor's text or the file), compared with its version at
   * the last review. `lineCommits`, git blame of that text (the commit of each line, 1-based),
   * dates the actions done without reading many versions; without it they are searched for.
   */
  sinceLastReview(now: PlanModel, today: string, lineCommits?: readonly string[]): Extract<SinceLastReview, { shown: true }> {
    const commits = this.history.commits;
    const series: ProgressPoint[] = [...this.counts].sort(([a], [b]) => b - a).map(([i, counts]) => ({ commit: commits[i].commit, date: commits[i].date, ...counts }));
    if (now.text !== this.texts[0]) series.push({ commit: '', date: today, ...riskCounts(now, today) });
    const versions = commits.length;
    if (!isoOf(now.meta.lastReviewed)) return { shown: true, reportNote: 'The plan has no last-reviewed date to compare with.', series, versions };
    let base;
    try {
      base = sinceCommit(this.history, undefined, now);
    } catch (error) {
      if (error instanceof GitProblem) return { shown: true, reportNote: `The plan ${error.message}.`, series, versions };
      throw error;
    }
    const at = commits.indexOf(base);
    // Later versions oldest first, where "when was it done" is checked (or searched for, without blame).
    const later = commits.slice(0, at).map((c, i) => ({ commit: c.commit, date: c.date, plan: () => this.plan(i) })).reverse();
    let lines: LineIndex | undefined;
    const lastChange = lineCommits && ((offset: number) => lineCommits[(lines ??= new LineIndex(now.text)).lineAt(offset) + 1]);
    const report = compareVersions({ before: this.plan(at), since: { commit: base.commit, date: base.date }, now, today, later, lastChange });
    return { shown: true, report, series, versions };
  }
}

/** The section when there is no history to read: the one-line note. */
export function noHistory(error: GitProblem): SinceLastReview {
  return { shown: false, note: `Since the last review: not shown, as the plan ${error.message}.` };
}
