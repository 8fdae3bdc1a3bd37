// What changed in a plan since a version in its git history (`rmplint changes`, and the editor's
// "Record this review"): finds the since-version, reads it and the later versions through the
// plan reader, and hands them to history/ to compare with the plan now.
import { parsePlan } from '../engine/lint';
import { compareVersions, type ChangeReport, type LaterVersion } from '../history/change-report';
import { isoOf } from '../model/dates';
import type { PlanModel } from '../model/plan-model';
import { LineIndex } from '../model/positions';
import { formatOf, recognisePlan, type PlanKind } from '../parse/detect';
import { GitProblem, PlanHistory, type PlanCommit } from './plan-history';

/** The format to read a version in: by its name then, as a renamed plan may have changed form. */
export function kindAt(file: string, text: string, fallback: PlanKind): PlanKind {
  return recognisePlan(file, text).kind ?? formatOf(file) ?? fallback;
}

/**
 * The plan at `absolute` (its text now and format) against its version at `since` (a revision,
 * or YYYY-MM-DD: the last commit on or before it; default its last-reviewed date). Throws
 * GitProblem when there is no history to compare with.
 */
export function changesSince(absolute: string, text: string, kind: PlanKind, since: string | undefined, today: string): ChangeReport {
  const now = parsePlan(text, kind);
  const history = PlanHistory.of(absolute);
  const base = sinceCommit(history, since, now);
  const newer = history.commits.slice(0, history.commits.indexOf(base)).reverse();
  const read = (c: PlanCommit): PlanModel => {
    const [version] = history.textsAt([c]);
    return parsePlan(version, kindAt(c.path, version, kind));
  };
  const later: LaterVersion[] = newer.map((c) => {
    let plan: PlanModel | undefined;
    return { commit: c.commit, date: c.date, plan: () => (plan ??= read(c)) };
  });
  let lineCommits: string[] | undefined;
  const lines = new LineIndex(now.text);
  const lastChange = (offset: number) => (lineCommits ??= history.lineCommits(absolute))[lines.lineAt(offset) + 1];
  return compareVersions({ before: read(base), since: { commit: base.commit, date: base.date }, now, today, later, lastChange });
}

export function sinceCommit(history: PlanHistory, since: string | undefined, now: PlanModel): PlanCommit {
  if (since === undefined) {
    const reviewed = isoOf(now.meta.lastReviewed);
    if (!reviewed) throw new GitProblem('has no last-reviewed date to start from; give --since REVISION or --since YYYY-MM-DD');
    const commit = history.onOrBefore(reviewed);
    if (!commit) throw new GitProblem(`has no commit on or before its last-reviewed date ${reviewed}`);
    return commit;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    const commit = history.onOrBefore(since);
    if (!commit) throw new GitProblem(`has no commit on or before ${since}`);
    return commit;
  }
  const commit = history.atRevision(since);
  if (!commit) throw new GitProblem(`has no commit at or before revision "${since}"`);
  return commit;
}
