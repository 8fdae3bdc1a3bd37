// A table of controls as threat models write them (`| Control | Implementation | Location |`):
// which column says what is done, and when a Control(s) column of a register is its action.
import * as assert from 'node:assert/strict';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import { controlColumns, isControlWording } from '../../server/out/parse/markdown/control-table';

describe('tables of controls (control-table)', () => {
  it('takes the description column after the name column, and the column of where it lives', () => {
    assert.deepEqual(controlColumns(['Control', 'Implementation', 'Location']), { describedAt: 1, locatedAt: 2 });
    assert.deepEqual(controlColumns(['Control', 'Description', 'Owner', 'Due']), { describedAt: 1 });
    assert.equal(controlColumns(['Control', 'Type', 'Effectiveness']), undefined);
    assert.equal(controlColumns(['Description', 'Owner']), undefined, 'a first column is what the row describes, not a description of a named control');
  });

  it('tells a Control(s) column that says what is done from one of framework references', () => {
    assert.ok(isControlWording(['Configure VLAN-based DNS via ER605.', 'Enable Syslog forwarding to local collector.', 'Network segmentation']));
    assert.ok(!isControlWording(['AIC-3, AC-6', 'AU-6, §164.312(b)', 'IA-5']));
    assert.ok(!isControlWording(['', '']));
  });

  it('reads a control in place with its description as the action, its location as evidence, done', () => {
    const text = [
      '## T1 — Account takeover',
      '',
      '**Mitigations**:',
      '',
      '| Control | Implementation | Location |',
      '|---|---|---|',
      '| Lockout | Ten failed sign-ins lock the account for fifteen minutes | `LoginThrottle` |',
      '',
    ].join('\n');
    const plan = parseMarkdownPlan(text);
    const action = plan.risks[0].actions[0];
    const slice = (span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);
    assert.equal(action.action?.value, 'Ten failed sign-ins lock the account for fifteen minutes');
    assert.equal(plan.risks[0].evidence?.value ?? action.evidence?.value, 'LoginThrottle');
    assert.equal(action.status?.value, 'implemented');
    // The status stands where the location is written: a finding on it points at the cell that shows it.
    assert.match(slice(action.status?.valueRange) ?? '', /LoginThrottle/);
  });
});
