// A remediation strategy that lists what its scans found, then under `## Remediation Plan` heads each group of problems
// (`### 1. Committed Secret Issues`, `### 2. Container Image Vulnerabilities`), grades it on a bold line of its own
// (`**Critical Priority - Start Today**`) and lists its `#### Action Items:` (round 40). Before, the plan's sub-headings were taken
// for phases of its work, none was read, and the document, titled a strategy, was skipped. Each is now a finding with its grade and actions.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';
import { recognisePlan } from '../../server/out/parse/detect';

const STRATEGY = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'osier-remediation-issues.md'), 'utf8');

describe('a remediation plan heading each group of problems it answers (round 40)', () => {
  it('reads each problem heading as a finding, graded by its bold line, with its action items', () => {
    const plan = parsePlan(STRATEGY, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions.length]), [
      ['Committed Secret Issues', 'Critical', 2],
      ['Container Image Vulnerabilities', 'High', 1],
      ['Debug Log Exposures', 'Medium', 1],
    ]);
    // The timeline's weeks are the plan's phases, not findings.
    assert.ok(plan.risks.every((r) => !/week/i.test(r.title?.value ?? '')));
  });

  it('is linted as the plan its "Remediation Plan" section makes it, each finding asked for its owner and due date', () => {
    assert.deepEqual(recognisePlan('strategy.md', STRATEGY), { kind: 'markdown' });
    const { findings } = analyse(STRATEGY, 'markdown', { today: '2026-09-20' });
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => STRATEGY.slice(0, f.range.start).split('\n').length);
    assert.deepEqual(at('missing-owner'), [15, 31, 41]);
    // The timeline's `Week 1: Secrets` item (`Rotate keys and rewrite history`) names the first finding by its steps' words
    // (session 35): its week counts from a date the plan does not give, said where the week is written.
    assert.deepEqual(at('missing-due-date'), [31, 41, 53]);
    assert.match(findings.find((f) => f.rule === 'missing-due-date' && STRATEGY.slice(0, f.range.start).split('\n').length === 53)!.message, /^"Week 1" counts from a date the plan does not give/);
  });

  it('a phase of the plan named otherwise (`### 1. Quick wins`) stays a phase: only a heading naming problems is a finding', () => {
    const phases = STRATEGY.replace('### 1. Committed Secret Issues', '### 1. Quick wins').replace('### 2. Container Image Vulnerabilities', '### 2. Next steps').replace('### 3. Debug Log Exposures', '### 3. Later work');
    assert.equal(parsePlan(phases, 'markdown').risks.length, 0);
  });

  it('a bold line grades only with a grade word: `**Low Priority Items**` or `**Top Priority**` state no priority', () => {
    const plan = parsePlan(STRATEGY.replace('**High Priority - Within 3 Weeks**', '**Top Priority - Within 3 Weeks**'), 'markdown');
    assert.equal(plan.risks.find((r) => r.title?.value === 'Container Image Vulnerabilities')?.priority, undefined);
  });
});
