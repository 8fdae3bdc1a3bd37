import type { Fix, RuleModule } from '../engine/rule';
import type { Action, PlanModel, Risk, Tier } from '../model/plan-model';
import { actionsOf, hasValue, isAccepted, isClosed, valueSpan } from '../model/plan-queries';
import { reportsForRisk } from './shared-utils/one-per-risk';
import { addDays } from '../model/dates';
import { readDue } from '../model/relative-dues';
import { isPlaceholder } from '../model/placeholders';
import { isMilestoneName } from '../model/vocabulary';
import { afterLine, fieldAnchor, fixPerValue, setFieldFix } from '../fixes/field-edits';

/** Due-date choices, the one that fits the risk's tier first (this week → 7 days, vendor → 30, budget → 90). */
const OFFSETS: Record<Tier | 'none', number[]> = {
  'this-week': [7, 30, 90],
  vendor: [30, 7, 90],
  budget: [90, 30, 7],
  none: [30, 7, 90],
};

/** `also`: the risk's other actions whose written due dates are not dates, set with it (one finding stands for them all). */
function fixesFor(plan: PlanModel, risk: Risk, action: Action, today: string, also: readonly Action[] = []): Fix[] {
  const anchor = fieldAnchor(plan, risk, action);
  const fallback = afterLine(plan, action.firstLine);
  return fixPerValue(OFFSETS[risk.tierValue ?? 'none'], (days) => {
    const date = addDays(today, days);
    const fix = setFieldFix(plan, action.due, { name: 'due', value: date }, { title: `Set due date to ${date} (today + ${days} days)`, after: anchor, fallback });
    const others = also.map((a) => setFieldFix(plan, a.due, { name: 'due', value: date }, { title: '', after: fieldAnchor(plan, risk, a), fallback: afterLine(plan, a.firstLine) }));
    return fix && others.every((f) => f !== undefined) ? { ...fix, edits: [...fix.edits, ...others.flatMap((f) => f!.edits)] } : fix;
  });
}

const rule: RuleModule = {
  id: 'missing-due-date',
  defaultSeverity: 'error',
  scope: 'risk',
  description: 'Every action has a due date written as a date.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management: a timeline for each measure)',
  rationale:
    'Investigators look for a timeline for every remediation item. "ASAP" or "ongoing" cannot be tracked or shown to have been met.',
  examples: { bad: 'Due: ASAP', good: 'Due: 2026-07-31' },
  messages: {
    missing: 'This action has no due date. Add a Due date (YYYY-MM-DD) by which it will be done.',
    notADate: '"{value}" is not a date. Write the date by which this action will be done (YYYY-MM-DD).',
    milestone: '"{value}" names a milestone, not a date. Write the date it falls on (YYYY-MM-DD), so that a missed deadline shows.',
    empty: 'The due date is empty. Fill in the date by which this action will be done (YYYY-MM-DD).',
    placeholder: '"{value}" is a placeholder. Fill in the date by which this action will be done (YYYY-MM-DD).',
    relative: '"{value}" counts from a date the plan does not give. Write the date by which this action will be done (YYYY-MM-DD), or date the plan ("Date: YYYY-MM-DD") so its deadlines can be counted.',
  },
  check({ plan, today, report }) {
    for (const { risk, action } of actionsOf(plan)) {
      // A finished action's deadline is past asking for: what is left to ask is its evidence (missing-validation).
      // An accepted risk's measures are already in place: its acceptance record is what is asked for (incomplete-acceptance).
      if (isClosed(action) || isAccepted(risk)) continue;
      // A deadline left as the template's placeholder (`| YYYY-MM-DD |`) is reported even where the action is missing (missing-action says that).
      if (!hasValue(action.action)) {
        if (action.due !== undefined && isPlaceholder(action.due.value)) report({ messageId: 'placeholder', data: { value: action.due.value }, range: valueSpan(plan, action.due), fixes: () => fixesFor(plan, risk, action, today) });
        continue;
      }
      if (action.due === undefined) {
        if (!reportsForRisk(risk, action, (a) => a.due === undefined && !isClosed(a), (a) => !isClosed(a))) continue;
        report({ messageId: 'missing', range: action.firstLine, fixes: () => fixesFor(plan, risk, action, today) });
        continue;
      }
      // A deadline relative to the plan's date ("30 days", "Week 2") is a date when the plan is dated.
      const kind = readDue(plan, action.due.value).kind;
      if (kind === 'empty' || kind === 'not-a-date' || kind === 'relative') {
        // Steps all timed relatively (`Week 2`, `Week 3`): one finding for the risk.
        const undated = (a: Action) => { const k = readDue(plan, a.due!.value).kind; return k === 'not-a-date' || k === 'empty' || k === 'relative'; };
        if (!reportsForRisk(risk, action, (a) => !isClosed(a) && (a.due === undefined || undated(a)), (a) => !isClosed(a))) continue;
        const messageId = kind === 'empty' ? 'empty' : kind === 'relative' ? 'relative' : isPlaceholder(action.due.value) ? 'placeholder' : isMilestoneName(action.due.value) ? 'milestone' : 'notADate';
        // One due field shared by several actions (a heading's `Target Completion:`) is one edit: compared by where it is written, not as an
        // object (a plan read section by section gives each action its own copy).
        const also = () => risk.actions.filter((a) => a !== action && a.due !== undefined && a.due.valueRange.start !== action.due!.valueRange.start && hasValue(a.action) && !isClosed(a) && readDue(plan, a.due.value).kind !== 'date');
        report({ messageId, data: { value: action.due.value }, range: valueSpan(plan, action.due), fixes: () => fixesFor(plan, risk, action, today, risk.form === 'table' ? [] : also()) });
      }
    }
  },
};

export default rule;
