// What changed in a plan between two versions (issue 15, point 2): the plan as it stood at the
// last review against the plan now, both read by the same reader into the plan model. Risks are
// matched by ID (by title when a risk has none), actions within a risk by their text, then by
// position. Where the versions come from (git, a file) is the host's business.
import type { Action, PlanModel, Risk } from '../model/plan-model';
import { daysBetween, isoOf } from '../model/dates';
import { riskState } from '../model/risk-state';
import { isAccepted, isClosed } from '../model/plan-queries';
import { treatmentOf } from '../model/vocabulary';

/** A risk as the report names it. */
export interface RiskRef {
  readonly id: string;
  readonly title?: string;
}

/** An action as the report names it: its risk and its text. */
export interface ActionRef extends RiskRef {
  readonly action: string;
}

export interface ActionDone extends ActionRef {
  /** When it was recorded done: the date of the first version that shows it done (undefined: not yet committed). */
  readonly when?: string;
  readonly commit?: string;
}

export interface DueMoved extends ActionRef {
  readonly from: string;
  readonly to: string;
  /** Days the due date moved; positive when later. */
  readonly days: number;
}

export interface ValueChanged extends ActionRef {
  readonly from: string;
  readonly to: string;
}

export interface TreatmentChanged extends RiskRef {
  readonly from: string;
  readonly to: string;
}

export interface Progress {
  /** Risks open (not done, not accepted) at the last review. */
  readonly openAtReview: number;
  /** Of those, the ones now done, accepted or removed. */
  readonly addressed: number;
  /** Whole months from the last review's version to now. */
  readonly months: number;
}

export interface ChangeReport {
  /** The version compared against: its commit and date. */
  readonly since: { readonly commit: string; readonly date: string };
  readonly until: string;
  readonly risksAdded: readonly RiskRef[];
  readonly risksRemoved: readonly RiskRef[];
  readonly risksClosed: readonly RiskRef[];
  readonly actionsDone: readonly ActionDone[];
  readonly dueDatesMoved: readonly DueMoved[];
  readonly ownersChanged: readonly ValueChanged[];
  readonly treatmentsChanged: readonly TreatmentChanged[];
  readonly acceptedRisksAdded: readonly RiskRef[];
  readonly progress: Progress;
}

/** A version of the plan after the base, oldest first, read lazily (only some are ever read). */
export interface LaterVersion {
  readonly commit: string;
  readonly date: string;
  plan(): PlanModel;
}

export interface CompareInput {
  readonly before: PlanModel;
  readonly since: { readonly commit: string; readonly date: string };
  readonly now: PlanModel;
  /** Today, ISO: the end of the period and the date risk states are judged on. */
  readonly today: string;
  /** The committed versions after `since`, oldest first: where "when was it done" is looked up. */
  readonly later: readonly LaterVersion[];
  /**
   * The commit that last changed the line holding an offset of the plan now ('' when that line is
   * not committed yet), as `git blame` tells it: the first answer to "when was it done", as reading
   * every version is too slow on a long history. Without it, or when it names no later commit,
   * the versions are searched.
   */
  lastChange?(offset: number): string | undefined;
}

function riskKey(risk: Risk): string | undefined {
  const id = risk.id?.value.trim();
  if (id) return `id:${id.toLowerCase()}`;
  const title = risk.title?.value.trim();
  return title ? `title:${title.toLowerCase()}` : undefined;
}

function riskRef(risk: Risk): RiskRef {
  const id = risk.id?.value.trim() || '(no id)';
  const title = risk.title?.value.trim();
  return title ? { id, title } : { id };
}

function byKey(plan: PlanModel): Map<string, Risk> {
  const map = new Map<string, Risk>();
  for (const risk of plan.risks) {
    const key = riskKey(risk);
    if (key !== undefined && !map.has(key)) map.set(key, risk);
  }
  return map;
}

function actionText(action: Action): string {
  return (action.action?.value ?? '').replace(/\s+/g, ' ').trim();
}

/** Pairs each action now with the action it was: same text first, then the same position among the rest. */
export function pairActions(before: readonly Action[], now: readonly Action[]): (Action | undefined)[] {
  const taken = new Set<number>();
  const pairs: (Action | undefined)[] = now.map((a) => {
    const text = actionText(a).toLowerCase();
    const i = before.findIndex((b, j) => !taken.has(j) && actionText(b).toLowerCase() === text);
    if (i < 0) return undefined;
    taken.add(i);
    return before[i];
  });
  const rest = before.filter((_, j) => !taken.has(j));
  return pairs.map((pair) => pair ?? rest.shift());
}

function isOpen(risk: Risk, today: string): boolean {
  const state = riskState(risk, today);
  return state === 'open' || state === 'overdue';
}

function treatmentName(risk: Risk): string {
  return treatmentOf(risk.treatment?.value, risk.form) ?? (risk.treatment?.value.trim() || '(none)');
}

/** The plan now against the plan at `since`. */
export function compareVersions(input: CompareInput): ChangeReport {
  const { before, now, today } = input;
  const old = byKey(before);
  const current = byKey(now);
  const risksAdded: RiskRef[] = [];
  const risksRemoved: RiskRef[] = [];
  const risksClosed: RiskRef[] = [];
  const actionsDone: { ref: ActionRef; riskKey: string; index: number; statusAt: number }[] = [];
  const dueDatesMoved: DueMoved[] = [];
  const ownersChanged: ValueChanged[] = [];
  const treatmentsChanged: TreatmentChanged[] = [];
  const acceptedRisksAdded: RiskRef[] = [];
  const sinceDay = input.since.date.slice(0, 10);
  let openAtReview = 0;
  let addressed = 0;

  for (const [key, was] of old) {
    const open = isOpen(was, sinceDay);
    if (open) openAtReview++;
    const is = current.get(key);
    if (!is) {
      risksRemoved.push(riskRef(was));
      if (open) addressed++;
      continue;
    }
    if (open && !isOpen(is, today)) {
      addressed++;
      risksClosed.push(riskRef(is));
    }
  }
  for (const [key, is] of current) {
    const was = old.get(key);
    const ref = riskRef(is);
    if (!was) {
      risksAdded.push(ref);
      if (isAccepted(is)) acceptedRisksAdded.push(ref);
      continue;
    }
    if (isAccepted(is) && !isAccepted(was)) acceptedRisksAdded.push(ref);
    const fromTreatment = treatmentName(was);
    const toTreatment = treatmentName(is);
    if (fromTreatment !== toTreatment) treatmentsChanged.push({ ...ref, from: fromTreatment, to: toTreatment });
    const pairs = pairActions(was.actions, is.actions);
    is.actions.forEach((action, index) => {
      const prior = pairs[index];
      if (!prior) return;
      const aref: ActionRef = { ...ref, action: actionText(action) };
      if (isClosed(action) && !isClosed(prior)) actionsDone.push({ ref: aref, riskKey: key, index, statusAt: action.status?.valueRange.start ?? action.firstLine.start });
      const fromDue = isoOf(prior.due);
      const toDue = isoOf(action.due);
      if (fromDue && toDue && fromDue !== toDue) dueDatesMoved.push({ ...aref, from: fromDue, to: toDue, days: daysBetween(fromDue, toDue) });
      const fromOwner = prior.owner?.value.trim() ?? '';
      const toOwner = action.owner?.value.trim() ?? '';
      if (fromOwner !== toOwner) ownersChanged.push({ ...aref, from: fromOwner || '(none)', to: toOwner || '(none)' });
    });
  }

  const doneWhen = new WhenDone(input.later, input.lastChange);
  return {
    since: input.since,
    until: today,
    risksAdded,
    risksRemoved,
    risksClosed,
    actionsDone: actionsDone.map(({ ref, riskKey: key, index, statusAt }) => ({ ...ref, ...doneWhen.find(key, ref.action, index, statusAt) })),
    dueDatesMoved,
    ownersChanged,
    treatmentsChanged,
    acceptedRisksAdded,
    progress: { openAtReview, addressed, months: monthsBetween(sinceDay, today) },
  };
}

/** Whole months between two ISO dates (a month is counted once its day of the month is reached). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** How many blamed commits are checked against the version before them (each check reads a version). */
const CHECKED_BLAMES = 8;

/**
 * When an action was first recorded done. The host's blame names the commit that last changed
 * its status line: taken when the version before it shows the action not done (that check reads
 * a version, so past CHECKED_BLAMES checks the blame is taken as is: a line rewritten later, a
 * table row whose due date moved after it was done, then dates the later edit). Without a usable
 * blame, a binary search over the later versions (about log2(n) read per action, each read once),
 * taking done as lasting once recorded.
 */
class WhenDone {
  private readonly plans = new Map<number, Map<string, Risk>>();
  private readonly index = new Map<string, number>();
  private checks = 0;

  constructor(
    private readonly later: readonly LaterVersion[],
    private readonly lastChange: ((offset: number) => string | undefined) | undefined,
  ) {
    later.forEach((v, i) => this.index.set(v.commit, i));
  }

  private risksAt(i: number): Map<string, Risk> {
    let risks = this.plans.get(i);
    if (!risks) {
      risks = byKey(this.later[i].plan());
      this.plans.set(i, risks);
    }
    return risks;
  }

  private doneAt(i: number, key: string, text: string, index: number): boolean {
    const risk = this.risksAt(i).get(key);
    if (!risk) return false;
    const lower = text.toLowerCase();
    const action = risk.actions.find((a) => actionText(a).toLowerCase() === lower) ?? risk.actions[index];
    return action !== undefined && isClosed(action);
  }

  find(key: string, text: string, index: number, statusAt: number): { when?: string; commit?: string } {
    const changedIn = this.lastChange?.(statusAt);
    const last = this.later.length - 1;
    if (changedIn === '' && (last < 0 || !this.doneAt(last, key, text, index))) return {};
    const at = changedIn ? this.index.get(changedIn) : undefined;
    if (at !== undefined && (at === 0 || this.checks++ >= CHECKED_BLAMES || !this.doneAt(at - 1, key, text, index))) {
      return { when: this.later[at].date, commit: this.later[at].commit };
    }
    let lo = 0;
    let hi = this.later.length;
    // Invariant: not done before lo; done from hi on (hi = length: not done in any commit).
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doneAt(mid, key, text, index)) hi = mid;
      else lo = mid + 1;
    }
    if (hi >= this.later.length) return {};
    return { when: this.later[hi].date, commit: this.later[hi].commit };
  }
}
