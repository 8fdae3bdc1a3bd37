// Each rule that offers fixes, pinned by one fix's whole output: the plan text after the
// fix, written as the plan with the lines the fix changes. Rules without fixes
// (missing-action, no-risks-read, overdue-action, stale-risk-analysis, unfilled-placeholder)
// say what to write instead; their messages are pinned in their own tables.
import * as assert from 'node:assert/strict';
import { analyse } from '../lint-with-registry';
import { applyEdits } from '../../../server/out/fixes/fix-all';
import { ruleById } from '../../../server/out/rules';
import type { PlanKind } from '../../../server/out/parse/detect';
import { mdPlan, TODAY, yamlPlan } from '../rule-tester';

interface FixCase {
  readonly rule: string;
  readonly kind: PlanKind;
  readonly text: string;
  readonly title: string;
  /** The text after the fix: `text` with these replacements. */
  readonly changes: readonly (readonly [before: string, after: string])[];
}

const risk = (fields: string) => `## This week\n\n### R-001: Laptops\n- **Priority:** High\n${fields}`;
const ACTION = '- **Action:** Encrypt the four laptops with BitLocker\n';
const accepted = (fields: string) => `## Budget decisions\n\n### R-009: Old X-ray workstation\n- **Priority:** Low\n- **Treatment:** Accept\n- **Rationale:** The vendor no longer sells a supported model\n${fields}`;

const CASES: readonly FixCase[] = [
  {
    rule: 'missing-owner', kind: 'markdown', text: mdPlan(risk(`${ACTION}- **Due:** 2026-07-01\n`)),
    title: 'Set owner to Dana Whitfield, Security Officer',
    changes: [['- **Due:** 2026-07-01\n', '- **Due:** 2026-07-01\n- **Owner:** Dana Whitfield, Security Officer\n']],
  },
  {
    rule: 'missing-due-date', kind: 'markdown', text: mdPlan(risk(`${ACTION}- **Owner:** Office Manager\n`)),
    title: 'Set due date to 2026-06-22 (today + 7 days)',
    changes: [['- **Owner:** Office Manager\n', '- **Owner:** Office Manager\n- **Due:** 2026-06-22\n']],
  },
  {
    rule: 'missing-priority', kind: 'yaml', text: yamlPlan('  - id: R-001\n    action: Encrypt the four laptops with BitLocker\n    owner: Office Manager\n    due: 2026-07-01\n'),
    title: 'Set priority to critical',
    changes: [['  - id: R-001\n', '  - id: R-001\n    priority: critical\n']],
  },
  {
    rule: 'invalid-date', kind: 'markdown', text: mdPlan(risk(`${ACTION}- **Owner:** Office Manager\n- **Due:** 2026-7-1\n`)),
    title: 'Write the date as 2026-07-01',
    changes: [['- **Due:** 2026-7-1', '- **Due:** 2026-07-01']],
  },
  {
    rule: 'invalid-treatment', kind: 'yaml', text: yamlPlan('  - id: R-001\n    priority: high\n    treatment: mitgate\n    action: Encrypt the four laptops with BitLocker\n    owner: Office Manager\n    due: 2026-07-01\n'),
    title: 'Change treatment to mitigate',
    changes: [['treatment: mitgate', 'treatment: mitigate']],
  },
  {
    rule: 'vague-action', kind: 'markdown', text: mdPlan(risk('- **Action:** Look into options\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n')).replace('Laptops', 'Laptops are not encrypted'),
    title: 'Replace with "Encrypt every laptop and workstation disk with BitLocker or FileVault and escrow the recovery keys"',
    changes: [['- **Action:** Look into options', '- **Action:** Encrypt every laptop and workstation disk with BitLocker or FileVault and escrow the recovery keys']],
  },
  {
    rule: 'duplicate-risk-id', kind: 'markdown',
    text: mdPlan(`${risk(`${ACTION}- **Owner:** Office Manager\n- **Due:** 2026-07-01\n`)}\n### R-001: Backups\n- **Priority:** High\n- **Action:** Restore last week's backup to the spare laptop and record the result\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n`),
    title: 'Renumber to R-002',
    changes: [['### R-001: Backups', '### R-002: Backups']],
  },
  {
    rule: 'missing-validation', kind: 'markdown', text: mdPlan(risk(`${ACTION}- **Owner:** Office Manager\n- **Due:** 2026-06-01\n- **Status:** Done\n`)),
    title: 'Add a validation entry',
    changes: [['- **Status:** Done\n', '- **Status:** Done\n- **Validation:** What shows it works, and where the evidence is filed\n']],
  },
  {
    rule: 'schema', kind: 'yaml', text: yamlPlan('  - id: R-001\n    priority: high\n    action: Encrypt the four laptops with BitLocker\n    ownr: Office Manager\n    due: 2026-07-01\n'),
    title: "Rename 'ownr' to 'owner'",
    changes: [['    ownr: Office Manager', '    owner: Office Manager']],
  },
  {
    rule: 'syntax', kind: 'yaml', text: yamlPlan('  - id: R-001\n    title: Backups: never restored\n    priority: high\n    action: Restore last week\'s backup and record the result\n    owner: Office Manager\n    due: 2026-07-01\n'),
    title: 'Put the value in quotes',
    changes: [['title: Backups: never restored', 'title: "Backups: never restored"']],
  },
  {
    rule: 'missing-approval', kind: 'markdown', text: mdPlan('', { approvedBy: '', approvedOn: '' }),
    title: 'Add the approval (approver and date)',
    changes: [['nextReview: 2027-03-15\n---', 'nextReview: 2027-03-15\napprovedBy: Name, Title\napprovedOn: YYYY-MM-DD\n---']],
  },
  {
    rule: 'missing-risk-analysis', kind: 'markdown', text: mdPlan('', { riskAnalysis: '' }),
    title: 'Add the risk analysis reference',
    changes: [['nextReview: 2027-03-15\n---', 'nextReview: 2027-03-15\nriskAnalysis:\n  date: YYYY-MM-DD\n  conductedBy: Name, Firm\n---']],
  },
  {
    rule: 'incomplete-acceptance', kind: 'markdown', text: mdPlan(accepted('')),
    title: 'Add the missing acceptance fields',
    changes: [[
      '- **Rationale:** The vendor no longer sells a supported model\n',
      '- **Rationale:** The vendor no longer sells a supported model\n- **Approved by:** Name, Title\n- **Approved on:** YYYY-MM-DD\n- **Compensating controls:** Controls that reduce the risk\n- **Review by:** YYYY-MM-DD\n',
    ]],
  },
  {
    rule: 'expired-acceptance', kind: 'markdown',
    text: mdPlan(accepted('- **Approved by:** Dr. Amir Patel\n- **Approved on:** 2026-01-10\n- **Compensating controls:** Isolated VLAN, no internet\n- **Review by:** 2026-05-01\n')),
    title: 'Record the acceptance reviewed today: review by 2026-12-12 (today + 180 days)',
    changes: [['- **Review by:** 2026-05-01', '- **Review by:** 2026-12-12']],
  },
];

describe('fix outputs: one pinned fix per rule that offers fixes', () => {
  it('covers every rule with fixes in the registry', () => {
    assert.deepEqual([...new Set(CASES.map((c) => c.rule))].length, CASES.length);
    for (const c of CASES) assert.ok(ruleById(c.rule), c.rule);
  });
  for (const c of CASES) {
    it(`${c.rule}: "${c.title}"`, () => {
      const { findings } = analyse(c.text, c.kind, { today: TODAY, rules: [ruleById(c.rule)!] });
      const fix = findings.flatMap((f) => f.fixes).find((f) => f.title === c.title);
      assert.ok(fix, `no fix "${c.title}" among ${JSON.stringify(findings.flatMap((f) => f.fixes.map((x) => x.title)))}`);
      let expected = c.text;
      for (const [before, after] of c.changes) {
        assert.ok(expected.includes(before), `the plan holds ${JSON.stringify(before)}`);
        expected = expected.replace(before, after);
      }
      assert.equal(applyEdits(c.text, fix.edits), expected);
    });
  }
});
