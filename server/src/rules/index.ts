// The explicit registry of rules, in the order of the spec's table. Adding a rule
// means adding its module here; the meta-tests keep README, schema and settings in step.
import type { RuleModule } from '../engine/rule';
import vagueAction from './vague-action';
import missingOwner from './missing-owner';
import missingDueDate from './missing-due-date';
import invalidDate from './invalid-date';
import overdueAction from './overdue-action';
import staleReview from './stale-review';
import missingRiskAnalysis from './missing-risk-analysis';
import staleRiskAnalysis from './stale-risk-analysis';
import missingApproval from './missing-approval';
import missingPriority from './missing-priority';
import invalidTreatment from './invalid-treatment';
import incompleteAcceptance from './incomplete-acceptance';
import missingValidation from './missing-validation';
import duplicateRiskId from './duplicate-risk-id';
import missingAction from './missing-action';
import noRisksRead from './no-risks-read';
import schema from './schema';
import syntax from './syntax';
import unfilledPlaceholder from './unfilled-placeholder';
import expiredAcceptance from './expired-acceptance';
import untreatedRisk from './untreated-risk';
import unknownRisk from './unknown-risk';
import unreadRisk from './unread-risk';

export const RULES: readonly RuleModule[] = [
  vagueAction,
  missingOwner,
  missingDueDate,
  invalidDate,
  overdueAction,
  staleReview,
  missingRiskAnalysis,
  staleRiskAnalysis,
  missingApproval,
  missingPriority,
  invalidTreatment,
  incompleteAcceptance,
  missingValidation,
  duplicateRiskId,
  missingAction,
  noRisksRead,
  schema,
  syntax,
  // Beyond the spec's table.
  unfilledPlaceholder,
  expiredAcceptance,
  untreatedRisk,
  unknownRisk,
  unreadRisk,
];

export function ruleById(id: string): RuleModule | undefined {
  return RULES.find((r) => r.id === id);
}
