import * as assert from 'node:assert/strict';
import { analyse, INTERNAL_ERROR_RULE } from './lint-with-registry';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/out/config/settings';
import type { RuleModule } from '../../server/out/engine/rule';
import { mdPlan } from './rule-tester';

function fakeRule(id: string, check: RuleModule['check']): RuleModule {
  return {
    id,
    defaultSeverity: 'warning',
    description: 'test rule',
    reference: '45 CFR § 164.308',
    rationale: 'test',
    examples: { bad: 'x', good: 'y' },
    messages: { at: 'found {what}' },
    check,
  };
}

const text = mdPlan('line a\n<!-- rmplint-disable-next-line reporter -->\nline b\nline c\n');
const offsetOf = (s: string) => text.indexOf(s);
const reporter = fakeRule('reporter', ({ report }) => {
  for (const what of ['line c', 'line b', 'line a']) report({ messageId: 'at', data: { what }, range: { start: offsetOf(what), end: offsetOf(what) + 6 } });
});

describe('engine: what only the engine decides', () => {
  it('fills messages, sorts by position and applies suppression comments', () => {
    const { findings } = analyse(text, 'markdown', { rules: [reporter] });
    assert.deepEqual(findings.map((f) => f.message), ['found line a', 'found line c']);
    assert.equal(findings[0].severity, 'warning');
  });

  it('applies configured severities and off', () => {
    const error = mergeSettings(DEFAULT_SETTINGS, { rules: { reporter: 'error' } });
    assert.equal(analyse(text, 'markdown', { rules: [reporter], settings: error }).findings[0].severity, 'error');
    const off = mergeSettings(DEFAULT_SETTINGS, { rules: { reporter: 'off' } });
    assert.equal(analyse(text, 'markdown', { rules: [reporter], settings: off }).findings.length, 0);
  });

  it('reports one problem once: the same message at the same range (a value several actions share) is one finding', () => {
    const twice = fakeRule('twice', ({ report }) => {
      for (const what of ['a', 'a', 'b']) report({ messageId: 'at', data: { what }, range: { start: 0, end: 1 } });
    });
    assert.deepEqual(analyse(text, 'markdown', { rules: [twice] }).findings.map((f) => f.message), ['found a', 'found b']);
  });

  it('passes every rule the same today', () => {
    const seen: string[] = [];
    const a = fakeRule('a', ({ today }) => void seen.push(today));
    const b = fakeRule('b', ({ today }) => void seen.push(today));
    analyse(text, 'markdown', { rules: [a, b], today: '2030-01-02' });
    assert.deepEqual(seen, ['2030-01-02', '2030-01-02']);
  });

  it('isolates a rule that throws: others still report, one internal-error finding, logged once', () => {
    const errors: string[] = [];
    const thrower = fakeRule('thrower', () => {
      throw new Error('boom');
    });
    const { findings } = analyse(text, 'markdown', { rules: [thrower, reporter], onRuleError: (id) => errors.push(id) });
    assert.deepEqual(errors, ['thrower']);
    assert.deepEqual(findings.map((f) => f.rule).sort(), [INTERNAL_ERROR_RULE, 'reporter', 'reporter']);
    const internal = findings.find((f) => f.rule === INTERNAL_ERROR_RULE)!;
    assert.match(internal.message, /thrower/);
    assert.equal(internal.range.start, 0);
  });
});
