// Work items written out under IDs of their own and cited by a risk's steps: a summary of
// mitigation work lists `### WI-1: Status documentation ✅` with its deliverables, and a risk's
// section below says `1. Document what is real and what is mocked (WI-1)`. The heading is the
// record of that step (what was delivered), not a risk: its evidence, validation and status go to
// the steps that cite it, and the first such record evidences the risk's treatment.
import type { Action, Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { idKey } from '../../model/plan-queries';
import { CITED_ID } from './whole-plan-passes';

/** The letters an ID's series is named by (`WI` of `WI-1`, `R` of `R3`): work items are numbered apart from the risks. */
function seriesOf(id: string): string {
  return id.replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** A heading with an ID that plans nothing and rates nothing: a candidate for a work item. */
function isUnplannedHeading(risk: Risk): boolean {
  return risk.form === 'heading' && hasRealValue(risk.id) && !hasRealValue(risk.priority) && !risk.actions.some((a) => hasRealValue(a.action));
}

/** A step with what its work item records and it does not: evidence, validation, status. */
function withRecord(step: Action, item: Risk): Action {
  const own = item.actions.find((a) => a.status || a.evidence || a.validation);
  return {
    ...step,
    evidence: step.evidence ?? own?.evidence ?? item.evidence,
    validation: step.validation ?? own?.validation ?? item.validation,
    status: step.status ?? own?.status,
  };
}

/**
 * The risks without the work items their steps cite: a heading with an ID of another series than
 * the citing risk's, planning and rating nothing, whose ID a step of another risk names.
 */
export function withCitedWorkItems(risks: Risk[]): Risk[] {
  const candidates = new Map<string, Risk>();
  for (const risk of risks) if (isUnplannedHeading(risk)) candidates.set(idKey(risk.id!.value), risk);
  if (candidates.size === 0) return risks;
  const cited = new Set<Risk>();
  const changed = new Map<Risk, Risk>();
  for (const risk of risks) {
    if (candidates.size === 0 || !risk.id || !risk.actions.some((a) => hasRealValue(a.action))) continue;
    const series = seriesOf(risk.id.value);
    let first: Risk | undefined;
    const actions = risk.actions.map((step) => {
      const item = [...(step.action?.value ?? '').matchAll(CITED_ID)].map((m) => candidates.get(idKey(m[0]))).find((r) => r !== undefined && r !== risk && seriesOf(r.id!.value) !== series);
      if (!item) return step;
      cited.add(item);
      first ??= item;
      return withRecord(step, item);
    });
    // What the first work item delivered evidences the risk's treatment as a whole (its other steps are how that work was done).
    if (first) changed.set(risk, { ...risk, actions, evidence: risk.evidence ?? first.evidence, validation: risk.validation ?? first.validation });
  }
  if (cited.size === 0) return risks;
  return risks.filter((r) => !cited.has(r)).map((r) => changed.get(r) ?? r);
}
