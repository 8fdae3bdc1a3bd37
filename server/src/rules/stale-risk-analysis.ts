import type { RuleModule } from '../engine/rule';
import { daysBetween, parseDate } from '../model/dates';
import { days as dayCount } from './shared-utils/wording';

const rule: RuleModule = {
  id: 'stale-risk-analysis',
  defaultSeverity: 'warning',
  description: 'The referenced risk analysis is no older than the review interval.',
  reference: '45 CFR § 164.308(a)(1)(ii)(A) (accurate and thorough, current risk analysis); § 164.308(a)(8)',
  rationale:
    'A plan built on an old analysis manages yesterday’s risks. Investigators expect the analysis to be updated regularly and when the environment changes.',
  examples: { bad: 'Risk analysis: 2024-11-02 (today 2026-06-15)', good: 'Risk analysis: 2026-02-09, conducted by Kessler Tech Partners' },
  messages: {
    stale: 'The risk analysis is dated {date}, {days} ago (interval {interval}). Update the risk analysis and reference the new one.',
  },
  check({ plan, today, options, report }) {
    if (!plan.metaAvailable) return;
    const field = plan.meta.riskAnalysis?.date;
    if (!field) return;
    const parsed = parseDate(field.value);
    if (parsed.kind !== 'date') return;
    const days = daysBetween(parsed.iso, today);
    if (days > options.reviewIntervalDays) {
      report({ messageId: 'stale', data: { date: field.value, days: dayCount(days), interval: dayCount(options.reviewIntervalDays) }, range: field.valueRange });
    }
  },
};

export default rule;
