import * as assert from 'node:assert/strict';
import { lintWithRule, mdPlan, ruleTests, yamlPlan } from '../rule-tester';

const risk = '  - id: R-001\n    priority: low\n    action: Enable MFA\n    owner: Office Manager\n    due: 2026-07-01\n';
const meta = (review: string) => `  title: Plan\n  owner: Dana Whitfield\n${review}`;

ruleTests('stale-review', {
  valid: [
    { name: 'next review equal to today', kind: 'markdown', text: mdPlan('', { nextReview: '2026-06-15', lastReviewed: '2025-07-01' }) },
    { name: 'last review exactly one interval ago', kind: 'yaml', text: yamlPlan(risk, meta('  lastReviewed: 2025-06-15\n')) },
    { name: 'a custom interval', kind: 'yaml', text: yamlPlan(risk, meta('  lastReviewed: 2024-06-15\n')), settings: { reviewIntervalDays: 800 } },
    { name: 'a next review within the interval of the last one', kind: 'markdown', text: mdPlan('', { lastReviewed: '2026-05-01', nextReview: '2026-10-01' }), settings: { reviewIntervalDays: 180 } },
    { name: 'a quarterly review cycle, last review within the quarter', kind: 'yaml', text: yamlPlan(risk, meta('  lastReviewed: 2026-04-01\n  reviewCycle: quarterly\n')) },
    {
      name: 'a review cycle longer than the interval does not lengthen it: reviewed 200 days ago, every two years',
      kind: 'yaml',
      text: yamlPlan(risk, meta('  lastReviewed: 2025-11-27\n  review_cycle: every two years\n')),
    },
  ],
  invalid: [
    {
      name: 'a next review that is no date, with no last review: on its value',
      kind: 'markdown',
      text: mdPlan('', { nextReview: 'After Phase 3 completion', lastReviewed: '' }),
      findings: [{ messageId: 'undatedNextReview', line: 10, text: 'After Phase 3 completion' }],
    },
    {
      name: 'next review in the past: on its value',
      kind: 'markdown',
      text: mdPlan('', { nextReview: '2026-03-01' }),
      findings: [{ messageId: 'nextReviewPast', line: 11, text: '2026-03-01' }],
    },
    {
      name: 'next review in the past, in front matter closed by "...": the fix writes YAML keys, not Markdown labels',
      kind: 'markdown',
      text: '---\ntype: risk-management-plan\nowner: Dana Whitfield\nlastReviewed: 2025-12-10\nnextReview: 2026-01-10\n...\n\n# Risk Management Plan\n',
      findings: [
        {
          messageId: 'nextReviewPast',
          line: 5,
          text: '2026-01-10',
          fix: {
            title: 'Mark plan reviewed today (last review 2026-06-15, next review 2027-06-15)',
            output: '---\ntype: risk-management-plan\nowner: Dana Whitfield\nlastReviewed: 2026-06-15\nnextReview: 2027-06-15\n...\n\n# Risk Management Plan\n',
          },
        },
      ],
    },
    {
      name: 'no next review in front matter closed by "...": the fix adds the YAML key inside it',
      kind: 'markdown',
      text: '---\ntype: risk-management-plan\nowner: Dana Whitfield\nlastReviewed: 2025-01-10\n...\n\n# Risk Management Plan\n',
      findings: [
        {
          messageId: 'lastReviewOld',
          line: 4,
          text: '2025-01-10',
          fix: {
            title: 'Mark plan reviewed today (last review 2026-06-15, next review 2027-06-15)',
            output: '---\ntype: risk-management-plan\nowner: Dana Whitfield\nlastReviewed: 2026-06-15\nnextReview: 2027-06-15\n...\n\n# Risk Management Plan\n',
          },
        },
      ],
    },
    {
      name: 'only the plan\'s own date, among labelled parts of one line: the fix writes lines of their own, not the parts before it',
      kind: 'markdown',
      text: '# Security Risk Assessment\n\n**Date:** 2026-02-02 | **Version:** 1.0\n\n### R-01: Shared login\n- **Action:** Give each receptionist a named login\n',
      findings: [
        {
          messageId: 'noReviewDateOnlyDated',
          line: 1,
          text: '# Security Risk Assessment',
          fix: {
            title: 'Mark plan reviewed today (last review 2026-06-15, next review 2027-06-15)',
            output: '# Security Risk Assessment\n\n**Date:** 2026-02-02 | **Version:** 1.0\n**Last reviewed:** 2026-06-15\n**Next review:** 2027-06-15\n\n### R-01: Shared login\n- **Action:** Give each receptionist a named login\n',
          },
        },
      ],
    },
    {
      name: 'last review 366 days ago',
      kind: 'yaml',
      text: yamlPlan(risk, meta('  lastReviewed: 2025-06-14\n')),
      findings: [{ messageId: 'lastReviewOld', line: 4, text: '2025-06-14' }],
    },
    {
      name: 'a next review in the future is never overdue, even past the interval: planned too late is its own warning',
      kind: 'markdown',
      text: mdPlan('', { lastReviewed: '2026-04-16', nextReview: '2026-06-25' }),
      settings: { reviewIntervalDays: 30 },
      findings: [{ messageId: 'nextReviewTooFar', line: 11, text: '2026-06-25' }],
    },
    {
      name: 'a next review further out than the interval',
      kind: 'markdown',
      text: mdPlan('', { lastReviewed: '2026-03-15', nextReview: '2027-03-15' }),
      settings: { reviewIntervalDays: 180 },
      findings: [{ messageId: 'nextReviewTooFar', line: 11, text: '2027-03-15' }],
    },
    {
      name: 'a plan reviewed quarterly by its own word, last reviewed 136 days ago: held to its cycle, and the fix plans the next review a quarter out',
      kind: 'yaml',
      text: yamlPlan(risk, meta('  lastReviewed: 2026-01-30\n  review_cycle: Quarterly\n')),
      findings: [
        {
          messageId: 'lastReviewOld',
          line: 4,
          text: '2026-01-30',
          message: /136 days ago \(interval 91 days, the plan's own review cycle \("Quarterly"\)\)/,
          fix: {
            title: 'Mark plan reviewed today (last review 2026-06-15, next review 2026-09-14)',
            output: yamlPlan(risk, meta('  lastReviewed: 2026-06-15\n  nextReview: 2026-09-14\n  review_cycle: Quarterly\n')),
          },
        },
      ],
    },
    {
      name: 'a review cycle in the plan\'s Markdown details (`Review frequency: Every 6 months`), last reviewed 200 days ago',
      kind: 'markdown',
      text: mdPlan('- **Review frequency:** Every 6 months, or after a significant change\n', { lastReviewed: '2025-11-27', nextReview: '' }),
      findings: [{ messageId: 'lastReviewOld', line: 10, text: '2025-11-27', message: /interval 182 days, the plan's own review cycle/ }],
    },
    {
      name: 'a next review further out than the plan\'s own cycle: says to change the cycle, not the setting',
      kind: 'markdown',
      text: mdPlan('', { lastReviewed: '2026-05-01', nextReview: '2027-05-01', reviewCycle: 'semi-annually' }),
      findings: [{ messageId: 'nextReviewTooFarForCycle', line: 11, text: '2027-05-01', message: /longer than 182 days, the plan's own review cycle \("semi-annually"\)/ }],
    },
    {
      name: 'one overdue review is one finding: a past next review and an old last review',
      kind: 'markdown',
      text: mdPlan('', { lastReviewed: '2025-01-10', nextReview: '2026-01-10' }),
      findings: [{ messageId: 'nextReviewPast', line: 11, text: '2026-01-10' }],
    },
    {
      name: 'a placeholder next review: fill in',
      kind: 'markdown',
      text: mdPlan('', { lastReviewed: '2026-06-01', nextReview: 'YYYY-MM-DD' }),
      findings: [{ messageId: 'placeholder', line: 11, text: 'YYYY-MM-DD' }],
    },
    {
      name: 'no review date at all: line 1',
      kind: 'yaml',
      text: yamlPlan(risk, meta('')),
      findings: [{ messageId: 'noReviewDate', line: 1, text: 'plan:' }],
    },
    {
      name: 'no review date, only the date the plan was last updated: the message says which date it gives',
      kind: 'markdown',
      text: '# Risk Register\n\n**Last updated:** 2026-02-01\n\n| ID | Risk | Action | Owner | Due |\n|---|---|---|---|---|\n| R-1 | Lost laptop | Encrypt the two laptops | IT Lead | 2026-09-01 |\n',
      findings: [{ messageId: 'noReviewDateOnlyDated', line: 1, text: '# Risk Register', message: /only its own \("Last updated: 2026-02-01", 134 days ago\)/ }],
    },
    {
      name: 'a review word under a risk (`**Review Date**: Quarterly`), then the document control\'s dated next review: the date is the plan\'s',
      kind: 'markdown',
      text:
        '# Risk Mitigation Plan\n\n## Accepted risks\n\n### Admin panel exposure\n**Decision**: Accept risk with compensating controls\n**Review Date**: Quarterly\n\n' +
        '## Document Control\n\n- **Last Updated**: 2026-01-10\n- **Next Review**: 2026-03-10\n',
      findings: [{ messageId: 'nextReviewPast', line: 12, text: '2026-03-10' }],
    },
    {
      name: 'a plan date still to come is no date it gives itself for this',
      kind: 'markdown',
      text: '# Risk Register\n\n**Date:** 2026-09-01\n\n| ID | Risk | Action | Owner | Due |\n|---|---|---|---|---|\n| R-1 | Lost laptop | Encrypt the two laptops | IT Lead | 2026-09-01 |\n',
      findings: [{ messageId: 'noReviewDate', line: 1, text: '# Risk Register' }],
    },
  ],
});

describe('rule stale-review: the fixes a placeholder offers', () => {
  it('a last-review placeholder offers only marking the plan reviewed (setting the next review would leave it); a next-review placeholder offers both', () => {
    const { findings } = lintWithRule('stale-review', { name: 'both placeholders', kind: 'markdown', text: mdPlan('', { lastReviewed: 'YYYY-MM-DD', nextReview: 'YYYY-MM-DD' }) });
    assert.deepEqual(
      findings.map((f) => [f.message.replace(/^.*Fill in the /, ''), f.fixes.map((x) => x.title)]),
      [
        ['last-review date (YYYY-MM-DD).', ['Mark plan reviewed today (last review 2026-06-15, next review 2027-06-15)']],
        ['next-review date (YYYY-MM-DD).', ['Mark plan reviewed today (last review 2026-06-15, next review 2027-06-15)', 'Set next review to 2027-06-15']],
      ],
    );
  });
});
