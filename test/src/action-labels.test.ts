// Labels an assessment writes a finding's action under (reader round 9): an italic
// `_Improvement:_`, `**Required Remediation:**`, and `**Required Remediation**` alone on its line
// with its paragraph below (right under it or after one blank line). From the vocabulary table.
import * as assert from 'node:assert/strict';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import { fieldForLabel } from '../../server/out/model/vocabulary';

const HEAD = '# Plan\n\n## Risks\n\n### R-1: Shared login\n\n**Owner:** Office manager\n\n';

describe('an assessment\'s action labels (reader round 9)', () => {
  for (const label of ['Improvement', '_Improvement:_', '**Required Remediation**', 'Required Remediation:', 'Recommended improvements']) {
    it(`"${label}" labels the action`, () => assert.equal(fieldForLabel(label), 'action'));
  }

  const cases: [string, string][] = [
    ['_Improvement:_ Give each receptionist a named account.\n', 'Give each receptionist a named account.'],
    ['**Required Remediation:** Turn on BitLocker.\n', 'Turn on BitLocker.'],
    ['**Required Remediation**\nTurn on BitLocker\non the laptop.\n', 'Turn on BitLocker\non the laptop.'],
    ['**Required Remediation**\n\nTurn on BitLocker.\n', 'Turn on BitLocker.'],
  ];
  for (const [body, action] of cases) {
    it(`reads ${JSON.stringify(body.split('\n')[0])} as the action, its range the text`, () => {
      const plan = parseMarkdownPlan(HEAD + body);
      const field = plan.risks[0].actions[0].action!;
      assert.equal(plan.text.slice(field.valueRange.start, field.valueRange.end), action);
    });
  }

  it('reads no action from a label line followed by two blank lines and a paragraph', () => {
    const plan = parseMarkdownPlan(HEAD + '**Required Remediation**\n\n\nSome later prose.\n');
    assert.equal(plan.risks[0].actions[0].action?.value ?? '', '');
  });

  it('reads "**Resolution:**" ending its line, a blank, then a paragraph, as the action (an audit finding)', () => {
    const plan = parseMarkdownPlan(HEAD + '**Resolution:**\n\nMoved the balance update before the transfer.\n');
    const field = plan.risks[0].actions[0].action!;
    assert.equal(plan.text.slice(field.valueRange.start, field.valueRange.end), 'Moved the balance update before the transfer.');
  });

  it('reads a status worded before a colon in an action item as its status, not its words (`⏳ Pending: …`, `Done: …`)', () => {
    const plan = parseMarkdownPlan(HEAD + '**Mitigation:**\n1. ✅ Named accounts for every receptionist\n2. ⏳ Pending: Validation testing with the vendor\n3. Done: Rotate the shared password\n4. Note: keep the old laptop\n');
    const actions = plan.risks[0].actions.map((a) => [a.action?.value, a.status?.value]);
    assert.deepEqual(actions, [
      ['Named accounts for every receptionist', '✅'],
      ['Validation testing with the vendor', '⏳'],
      ['Rotate the shared password', 'Done'],
      ['Note: keep the old laptop', undefined],
    ]);
  });

  it('reads no priority from a `Current:` line that is no rating (a finding\'s trade-offs); its severity heading rates it', () => {
    const plan = parseMarkdownPlan('# Audit\n\n## Informational Findings\n\n### [I-5] Delegatecall could be simplified\n\n**Recommendation:** Inline the deployer into the factory.\n\n**Trade-offs:**\n\n- Current: Keeps factory bytecode small\n- Alternative: Simpler but larger\n');
    assert.equal(plan.risks[0].priority?.value, 'Informational');
  });

  it('reads a list restating risks by ID under a priority heading as no more risks', () => {
    const plan = parseMarkdownPlan(HEAD + '**Action:** Give each receptionist a named account.\n\n## High Priority Risks Requiring Immediate Attention\n\n1. **R-1: Shared login** - This is the worst case and must be fixed before the audit.\n');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['R-1']);
  });
});

