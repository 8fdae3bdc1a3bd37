import { mdPlan, ruleTests } from '../rule-tester';

ruleTests('stale-risk-analysis', {
  valid: [
    { name: 'analysis 365 days old', kind: 'markdown', text: mdPlan('', { riskAnalysis: '\n  date: 2025-06-15\n  conductedBy: J. Rivera' }) },
    { name: 'no date at all is missing-risk-analysis, not this rule', kind: 'markdown', text: mdPlan('', { riskAnalysis: '\n  conductedBy: J. Rivera' }) },
  ],
  invalid: [
    {
      name: 'analysis 366 days old: on its date',
      kind: 'markdown',
      text: mdPlan('', { riskAnalysis: '\n  date: 2025-06-14\n  conductedBy: J. Rivera' }),
      findings: [{ messageId: 'stale', line: 6, text: '2025-06-14' }],
    },
  ],
});
