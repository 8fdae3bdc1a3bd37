// A deadline written in the action's own sentence (model/written-dues.ts): read as its due date
// where the action has none, over the date's own words; a start or two deadlines are none.
import * as assert from 'node:assert/strict';
import { withDuesInActionText } from '../../server/out/model/written-dues';
import type { PlanModel } from '../../server/out/model/plan-model';

function dueOf(action: string, due?: string): { value: string; at: string } | undefined {
  const text = `- Action: ${action}\n`;
  const start = text.indexOf(action);
  const field = (value: string, at: number) => ({ value, valueRange: { start: at, end: at + value.length } });
  const plan: PlanModel = {
    format: 'markdown', text, eol: '\n', meta: {}, metaAvailable: true,
    risks: [{ form: 'heading', acceptance: {}, firstLine: { start: 0, end: text.length - 1 }, actions: [{ action: field(action, start), ...(due && { due: field(due, 0) }), firstLine: { start: 0, end: text.length - 1 } }] }],
  } as unknown as PlanModel;
  const read = withDuesInActionText(plan.risks, text)[0].actions[0].due;
  return read && { value: read.value, at: text.slice(read.valueRange.start, read.valueRange.end) };
}

describe('a deadline written in the action text', () => {
  const table: [string, string | undefined][] = [
    ['Draft and approve a cybersecurity policy by Q1 2025.', 'Q1 2025'],
    ['Recheck the distroless digest by 2026-09-02 and rebuild when patched.', '2026-09-02'],
    ['Implement a vendor security scorecard (Q2 2026)', 'Q2 2026'],
    ['Rotate the API keys (by March 31, 2026)', 'March 31, 2026'],
    ['Move backups off site before the end of June 2026', 'June 2026'],
    // When it starts is not when it is due.
    ['Report to the board quarterly starting Q2 2025.', undefined],
    // Two deadlines name none that is the action's own.
    ['Draft the calendar by Q1 2027 and run the first review by Q3 2027.', undefined],
    ['Encrypt the laptops', undefined],
    // A span to be done within counts from the plan's date; one counted from an event is a rule's time limit.
    ['Cross-train 2 additional engineers on database restores within 30 days.', 'within 30 days'],
    ['Re-key the badge readers within six weeks', 'within six weeks'],
    ['Notify affected patients within 60 days of discovery', undefined],
    ['Deploy the DR site within 60 days. Test failover within 90 days.', undefined],
    // The time a chain of steps takes, closing it in parentheses.
    ['Deploy WAF ruleset → Run DAST scanner → Retest (2 weeks)', '2 weeks'],
    ['Enable MFA on the vault → Deploy HSM (2 weeks for MFA, 2 months for HSM)', undefined],
    // How long the thing lasts, after a word naming a length of its own, is no deadline (session 24: a trial's length read as due).
    ['Free trial periods (30 days)', undefined],
    ['Keep audit log retention (90 days)', undefined],
    ['Cross-train two engineers (30 days)', '30 days'],
  ];
  for (const [action, expected] of table) {
    it(`"${action}" → ${expected ?? 'none'}`, () => {
      const due = dueOf(action);
      assert.equal(due?.value, expected);
      if (expected) assert.equal(due?.at, expected, 'the range covers the date as written');
    });
  }

  it('leaves an action that has a due date of its own', () => assert.equal(dueOf('Patch the VPN by Q1 2025', '2026-01-31')?.value, '2026-01-31'));
});
