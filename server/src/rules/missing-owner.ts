import type { Fix, RuleModule } from '../engine/rule';
import type { Action, PlanModel, Risk } from '../model/plan-model';
import { actionsOf, hasValue, isAccepted, isClosed, valueSpan } from '../model/plan-queries';
import { reportsForRisk } from './shared-utils/one-per-risk';
import { isPlaceholderOwner, roleAwaitingHolder } from '../model/vocabulary';
import { afterLine, fieldAnchor, fixPerValue, setFieldFix } from '../fixes/field-edits';

/** Owners worth offering: the configured default, the plan's most used owners, the plan owner. */
function ownerCandidates(plan: PlanModel, defaultOwner: string | undefined): string[] {
  const counts = new Map<string, number>();
  for (const { action } of actionsOf(plan)) {
    const owner = action.owner?.value.trim();
    if (owner && !isPlaceholderOwner(owner)) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const used = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
  const planOwner = plan.meta.owner?.value.trim();
  const all = [defaultOwner, ...used.slice(0, 3), planOwner].filter((o): o is string => !!o && !isPlaceholderOwner(o));
  return [...new Set(all)].slice(0, 4);
}

function fixesFor(plan: PlanModel, risk: Risk, action: Action, candidates: readonly string[], defaultOwner: string | undefined): Fix[] {
  const anchor = fieldAnchor(plan, risk, action);
  const fallback = afterLine(plan, action.firstLine);
  const named = fixPerValue(candidates, (owner) =>
    setFieldFix(plan, action.owner, { name: 'owner', value: owner }, { title: `Set owner to ${owner}`, after: anchor, fallback, safe: owner === defaultOwner }),
  );
  // A line for the user's own words: a tab stop where the client takes snippets, a placeholder this rule still reports otherwise.
  const toFill = action.owner === undefined
    ? setFieldFix(plan, undefined, { name: 'owner', value: 'Person or role', placeholder: true }, { title: 'Add an Owner line to fill in', after: anchor, fallback })
    : undefined;
  return toFill ? [...named, toFill] : named;
}

const rule: RuleModule = {
  id: 'missing-owner',
  defaultSeverity: 'error',
  scope: 'risk',
  description: 'Every action names the person or role responsible for it.',
  reference: '45 CFR § 164.308(a)(2) (assigned security responsibility); § 164.308(a)(1)(ii)(B)',
  rationale:
    'An action nobody owns does not get done. Auditors expect each remediation item to name a responsible party, and the Security Rule requires an identified security official.',
  examples: { bad: 'Owner: TBD', good: 'Owner: Maria Chen, Practice Administrator' },
  messages: {
    missing: 'This action has no owner. Add an Owner naming the person or role responsible (e.g. "Office Manager").',
    empty: 'The owner is empty. Fill in the person or role responsible (e.g. "Office Manager").',
    placeholder: 'Owner "{value}" names nobody. Fill in the person or role responsible (e.g. "Office Manager").',
    unnamed: 'Owner "{value}" leaves the {role}\'s name to fill in. Name who it is, so the action names who is responsible.',
  },
  check({ plan, options, report }) {
    // Once per plan, not per action, and only when fixes are asked for: a plan with
    // thousands of ownerless actions stays linear.
    let ranked: string[] | undefined;
    const candidates = () => (ranked ??= ownerCandidates(plan, options.defaultOwner));
    for (const { risk, action } of actionsOf(plan)) {
      // An accepted risk's measures are already in place: its acceptance record is what is asked for (incomplete-acceptance).
      if (!hasValue(action.action) || isClosed(action) || isAccepted(risk)) continue;
      if (action.owner === undefined) {
        if (!reportsForRisk(risk, action, (a) => a.owner === undefined && !isClosed(a), (a) => !isClosed(a))) continue;
        report({ messageId: 'missing', range: action.firstLine, fixes: () => fixesFor(plan, risk, action, candidates(), options.defaultOwner) });
      } else if (isPlaceholderOwner(action.owner.value) && !plan.meta.ownerCodes?.includes(action.owner.value.replace(/[*_`]/g, '').trim())) {
        const role = roleAwaitingHolder(action.owner.value);
        report({
          messageId: action.owner.value.trim() === '' ? 'empty' : role ? 'unnamed' : 'placeholder',
          data: { value: action.owner.value, ...(role && { role }) },
          range: valueSpan(plan, action.owner),
          fixes: () => fixesFor(plan, risk, action, candidates(), options.defaultOwner),
        });
      }
    }
  },
};

export default rule;
