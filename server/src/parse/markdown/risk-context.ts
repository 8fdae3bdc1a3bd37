// What the headings above a risk give it where it writes none: the tier of its H2, a section's
// priority, due date and treatment; memoised per risk so an edit elsewhere gives the same copy.
import type { Field, Risk } from '../../model/plan-model';
import type { TierContext } from './risk-table';
import { fieldKey, noteRiskOrigin } from '../place';
import { PerObjectMemo, ownCache } from '../../caches';

/** A risk with the tier of the H2 above it, unless it names its own. */
function withTier(risk: Risk, context: TierContext): Risk {
  return risk.tier !== undefined || context.tier === undefined ? risk : { ...risk, tier: context.tier, tierValue: context.tierValue };
}

/** What section headings above a risk give it: `## Priority 1 Items (Complete by: December 29, 2025)`. */
export interface SectionContext {
  readonly due?: Field;
  readonly priority?: Field;
  readonly treatment?: Field;
  /** A roadmap period's date: only for the tasks under it that name a risk (Assembly.rank), never every risk under it. */
  readonly period?: Field;
  /** A section of closed items (`## Closed`): the status of the actions under it that give none. */
  readonly status?: Field;
}

/** What a risk was last given in context, and the copy that made: the same risk in the same context (a section an edit did not touch, under headings it did not move) is that copy again. */
interface RiskInContext {
  readonly tier: TierContext['tier'];
  readonly tierValue: TierContext['tierValue'];
  readonly due: Field | undefined;
  readonly priority: Field | undefined;
  readonly treatment: Field | undefined;
  readonly status: Field | undefined;
  readonly risk: Risk;
}
const inContextCopies = ownCache('risks in context', new PerObjectMemo<Risk, RiskInContext>());

/**
 * A risk with the tier above it, and the section's priority and due date where it writes none.
 * Pieces and their placed events are kept objects, so a risk above a keystroke and the headings
 * over it come back as the same objects: it is given its context once, not on every keystroke.
 */
export function inContext(risk: Risk, tier: TierContext, section: SectionContext): Risk {
  const last = inContextCopies.get(risk);
  if (last && last.tier === tier.tier && last.tierValue === tier.tierValue && last.due === section.due && last.priority === section.priority && last.treatment === section.treatment && last.status === section.status) return last.risk;
  const placed = riskInContext(risk, tier, section);
  inContextCopies.set(risk, { tier: tier.tier, tierValue: tier.tierValue, due: section.due, priority: section.priority, treatment: section.treatment, status: section.status, risk: placed });
  return placed;
}

/** Whether a risk's priority is only its likelihood × impact as ratedPriority joins them, with no priority or score written. */
function isProductOnly(risk: Risk): boolean {
  return risk.likelihood !== undefined && risk.impact !== undefined && risk.inherentRisk === undefined && risk.priority?.value === `${risk.likelihood.value} × ${risk.impact.value}`;
}

/**
 * Whether a risk's priority is only its risk level, read from a Risk, Residual or Inherent Risk column (`| … | Risk |` over
 * `Medium`): the level the risk is rated, not the order its work is ranked in.
 */
function isRiskLevelOnly(risk: Risk): boolean {
  const at = risk.priority?.valueRange.start;
  return at !== undefined && (risk.residualRisk?.valueRange.start === at || risk.inherentRisk?.valueRange.start === at);
}

function riskInContext(risk: Risk, tier: TierContext, section: SectionContext): Risk {
  let placed = withTier(risk, tier);
  // The section's priority (`### 🔴 HIGH PRIORITY`) is the writer's own ranking: it stands over a priority only worked out
  // from the risk's likelihood × impact (R-004 `Low × High` under HIGH PRIORITY is ranked high), or only read from its risk
  // level (POAM-003 rated `Medium` in the Risk column under `### High Priority`, set 92), never over one written.
  if (section.priority && (!placed.priority?.value.trim() || isProductOnly(placed) || isRiskLevelOnly(placed))) placed = { ...placed, priority: section.priority };
  if (section.treatment && !placed.treatment?.value.trim()) placed = { ...placed, treatment: section.treatment };
  const due = section.due;
  // A closed item is due no longer: the section's status comes before its deadline. A row that gives its closing date
  // (`| Closed | 2026-05-12 |`) already says it is closed, as it says it.
  const status = section.status;
  const unstated = (a: Risk['actions'][number]) => a.status === undefined && a.completed === undefined;
  if (status && placed.actions.some(unstated)) placed = { ...placed, actions: placed.actions.map((a) => (unstated(a) ? { ...a, status } : a)) };
  if (due && placed.actions.some((a) => a.due === undefined)) placed = { ...placed, actions: placed.actions.map((a) => (a.due === undefined ? { ...a, due } : a)) };
  // What the context added, counted from the risk's first line: the risk's key is its own and
  // this (place.ts riskKey). The tier of the heading above by its value alone: per-risk rules
  // never report at it (rule.ts), and a keystroke between the heading and the risk moves it.
  if (placed !== risk) {
    const at = risk.firstLine.start;
    const tier = placed.tier === risk.tier ? '' : `${JSON.stringify(placed.tier?.value)}${placed.tierValue ?? ''}`;
    noteRiskOrigin(placed, risk, `\u0001${tier}\u0001${fieldKey(placed.priority, at)}\u0001${fieldKey(placed.treatment, at)}\u0001${fieldKey(due, at)}\u0001${fieldKey(status, at)}`);
  }
  return placed;
}
