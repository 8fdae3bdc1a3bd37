// Every committed version of a plan, read once, for the preview's and the export's "Since the
// last review" section: the change report since the last review and the open and done actions
// at each commit (the chart). The CLI reads it in one go; the language server reads it without
// blocking (git runs asynchronously, and it pauses between versions), once per HEAD.
import { parsePlan } from '../engine/lint';
import { compareVersions } from '../history/change-report';
import { actionCounts, type ProgressPoint, type SinceLastReview } from '../history/since-last-review';
import { isoOf } from '../model/dates';
import type { PlanModel } from '../model/plan-model';
import type { PlanKind } from '../parse/detect';
import { kindAt, sinceCommit } from './changes-since';
import { GitProblem, PlanHistory } from './plan-history';

/** Parsed versions kept for the change report (it reads the base and a few later ones, again on each render). */
const KEPT_MODELS = 32;

export class PlanVersions {
  private readonly models = new Map<number, PlanModel>();

  private constructor(
    private readonly history: PlanHistory,
    /** The plan's text at each of history.commits (newest first). */
    private readonly texts: readonly string[],
    /** The counts at each of history.commits. */
    private readonly counts: readonly { open: number; done: number }[],
    private readonly kind: PlanKind,
  ) {}

  /** Reads the history of the plan at `file` at once (the CLI). Throws GitProblem. */
  static read(file: string, kind: PlanKind): PlanVersions {
    const history = PlanHistory.of(file);
    const texts = history.textsAt(history.commits);
    const counts = texts.map((text, i) => actionCounts(parsePlan(text, kindAt(history.commits[i].path, text, kind))));
    return new PlanVersions(history, texts, counts, kind);
  }

  /** The same without blocking: `pause` is awaited between versions, so other requests run. Throws GitProblem. */
  static async load(file: string, kind: PlanKind, pause: () => Promise<void>): Promise<{ versions: PlanVersions; head: string }> {
    const { history, head } = await PlanHistory.load(file);
    const texts = await history.textsAtAsync(history.commits);
    const counts: { open: number; done: number }[] = [];
    for (const [i, text] of texts.entries()) {
      await pause();
      counts.push(actionCounts(parsePlan(text, kindAt(history.commits[i].path, text, kind))));
    }
    return { versions: new PlanVersions(history, texts, counts, kind), head };
  }

  private plan(i: number): PlanModel {
    let model = this.models.get(i);
    if (!model) {
      const text = this.texts[i];
      model = parsePlan(text, kindAt(this.history.commits[i].path, text, this.kind));
      if (this.models.size >= KEPT_MODELS) this.models.delete(this.models.keys().next().value!);
      this.models.set(i, model);
    }
    return model;
  }

  /** The section for the plan now (the editor's text or the file), compared with its version at the last review. */
  sinceLastReview(now: PlanModel, today: string): SinceLastReview {
    const commits = this.history.commits;
    const series: ProgressPoint[] = commits.map((c, i) => ({ commit: c.commit, date: c.date, ...this.counts[i] })).reverse();
    if (now.text !== this.texts[0]) series.push({ commit: '', date: today, ...actionCounts(now) });
    if (!isoOf(now.meta.lastReviewed)) return { shown: true, reportNote: 'The plan has no last-reviewed date to compare with.', series };
    let base;
    try {
      base = sinceCommit(this.history, undefined, now);
    } catch (error) {
      if (error instanceof GitProblem) return { shown: true, reportNote: `The plan ${error.message}.`, series };
      throw error;
    }
    const at = commits.indexOf(base);
    // Later versions oldest first; "when was it done" is found by a binary search over them (no blame: the editor's text is not the file's).
    const later = commits.slice(0, at).map((c, i) => ({ commit: c.commit, date: c.date, plan: () => this.plan(i) })).reverse();
    const report = compareVersions({ before: this.plan(at), since: { commit: base.commit, date: base.date }, now, today, later });
    return { shown: true, report, series };
  }
}

/** The section when there is no history to read: the one-line note. */
export function noHistory(error: GitProblem): SinceLastReview {
  return { shown: false, note: `Since the last review: not shown, as the plan ${error.message}.` };
}
