// Fixes are built only when someone reads them (code actions, --fix, fix-all), never for
// diagnostics: a rule may report them as a function, which the engine calls at most once.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';
import type { Fix, RuleModule } from '../../server/out/engine/rule';

const TEXT = '# Risk management plan\n\n### R-1: No MFA\n- Action: Look into options\n';
const FIX: Fix = { title: 'Replace', safe: true, edits: [{ start: 0, end: 1, newText: '#' }] };

function reporting(fixes: () => readonly Fix[]): RuleModule {
  return {
    id: 'reporter',
    defaultSeverity: 'warning',
    description: 'test rule',
    reference: '45 CFR § 164.308',
    rationale: 'test',
    examples: { bad: 'x', good: 'y' },
    messages: { at: 'found' },
    check: ({ report }) => report({ messageId: 'at', range: { start: 0, end: 1 }, fixes }),
  };
}

describe('lazy fixes', () => {
  it('builds a finding\'s fixes on first read only, and once', () => {
    let built = 0;
    const [finding] = analyse(TEXT, 'markdown', { rules: [reporting(() => (built++, [FIX]))] }).findings;
    assert.equal(built, 0, 'linting alone builds no fix');
    assert.deepEqual(finding.fixes, [FIX]);
    assert.equal(finding.fixes, finding.fixes);
    assert.equal(built, 1);
  });

  it('gives no fixes, and reports the rule, when building them throws', () => {
    const errors: string[] = [];
    const [finding] = analyse(TEXT, 'markdown', {
      rules: [reporting(() => { throw new Error('broken'); })],
      onRuleError: (rule) => errors.push(rule),
    }).findings;
    assert.deepEqual(finding.fixes, []);
    assert.deepEqual(errors, ['reporter']);
  });

  it('keeps the fixes of the real rules readable, as before', () => {
    const vague = analyse(TEXT, 'markdown', { today: '2026-06-15' }).findings.find((f) => f.rule === 'vague-action');
    assert.ok(vague && vague.fixes.length > 0 && vague.fixes.every((f) => f.edits.length > 0));
    assert.ok(Object.keys(vague).includes('fixes'), 'fixes stay an own enumerable property, as readers expect');
  });
});
