import type { RuleModule } from '../engine/rule';
import { addDays, daysBetween, parseDate } from '../model/dates';
import { isAccepted, riskName } from '../model/plan-queries';
import { saysAcceptanceLapsed } from '../model/vocabulary';
import { fixPerValue, setFieldFix } from '../fixes/field-edits';
import { days as dayCount } from './shared-utils/wording';

/** Review periods a fix offers for a renewed acceptance, in days. */
const RENEWALS = [180, 365];

const rule: RuleModule = {
  id: 'expired-acceptance',
  defaultSeverity: 'warning',
  scope: 'risk',
  description: 'An accepted risk is reviewed by the date its acceptance set: the acceptance has not expired.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B) (risk management); § 164.316(b)(2)(iii) (review documentation periodically)',
  rationale:
    'An acceptance holds until its review date. Past it, nobody has confirmed the risk is still acceptable: the environment, the threat or the compensating controls may have changed while the plan still reads "accepted".',
  examples: { bad: 'Treatment: Accept · Review by: 2026-01-31 (today 2026-06-15)', good: 'Treatment: Accept · Review by: 2026-12-31' },
  messages: {
    expired:
      'The acceptance of risk {id} was to be reviewed by {date} ({days} ago). Review the decision with its approver, then record the new review date.',
    lapsed:
      'The acceptance of risk {id} has lapsed, as its status says ("{status}"). Renew the decision with its approver and record a new review date, or plan the action that treats the risk.',
  },
  check({ plan, today, report }) {
    for (const risk of plan.risks) {
      // `Exception Expired`: the register says so itself, with no review date to count from.
      const lapsed = risk.actions.find((a) => saysAcceptanceLapsed(a.status?.value))?.status;
      if (lapsed) {
        report({ messageId: 'lapsed', data: { id: riskName(risk), status: lapsed.value.trim() }, range: lapsed.valueRange });
        continue;
      }
      const reviewBy = risk.acceptance.reviewBy;
      if (!isAccepted(risk) || !reviewBy) continue;
      const parsed = parseDate(reviewBy.value);
      if (parsed.kind !== 'date') continue;
      const days = daysBetween(parsed.iso, today);
      if (days <= 0) continue;
      // Renewing is a decision: offered, never applied by --fix or Fix All.
      const fixes = () =>
        fixPerValue(RENEWALS, (period) => {
          const date = addDays(today, period);
          return setFieldFix(plan, reviewBy, { name: 'reviewBy', value: date }, { title: `Record the acceptance reviewed today: review by ${date} (today + ${period} days)` });
        });
      report({
        messageId: 'expired',
        data: { id: riskName(risk), date: reviewBy.value, days: dayCount(days) },
        range: reviewBy.valueRange,
        fixes,
      });
    }
  },
};

export default rule;
