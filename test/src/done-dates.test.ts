// A deadline's place that records when the work was done: `**Target Date:** Completed February 22, 2026`.
import * as assert from 'node:assert/strict';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';

describe('a due field that says when the work was done', () => {
  const plan = parseMarkdownPlan(
    ['# Register', '', '## Risks', '', '### R-1: TLS to the database', '- **Mitigation:** Added sslmode=require to the connection string', '- **Status:** CLOSED', '- **Target Date:** Completed February 22, 2026', '',
      '### R-2: Backups', '- **Mitigation:** Encrypt the backup bucket', '- **Status:** OPEN', '- **Target Date:** April 30, 2026', ''].join('\n'),
  );
  it('reads "Completed <date>" as the completion date, not a due date', () => {
    assert.equal(plan.risks[0].actions[0].completed?.value, 'February 22, 2026');
    assert.equal(plan.risks[0].actions[0].due, undefined);
    assert.equal(plan.text.slice(plan.risks[0].actions[0].completed!.valueRange.start, plan.risks[0].actions[0].completed!.valueRange.end), 'February 22, 2026');
  });
  it('keeps a plain date a due date', () => assert.equal(plan.risks[1].actions[0].due?.value, 'April 30, 2026'));
});
