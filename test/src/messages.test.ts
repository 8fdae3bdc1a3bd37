// Messages that read well (issue 14, point 7): no empty value in quotes, no "none" for a
// value that is not written, singular for one.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyse } from './lint-with-registry';
import { CORPUS, EXAMPLES, FIXTURES, planFilesIn } from './plan-files';
import { mdPlan, TODAY, yamlPlan } from './rule-tester';

const BADLY_WORDED: readonly [RegExp, string][] = [
  [/""/, 'quotes an empty value'],
  [/"none"/i, 'calls a missing value "none"'],
  [/(?<!\d)1 (days|risks|findings|errors|items)\b/, 'plural after 1'],
  [/Record them(?! so)/, 'plural for one'],
];

function wordingProblems(messages: readonly string[]): string[] {
  return messages.flatMap((m) => BADLY_WORDED.filter(([re]) => re.test(m)).map(([, what]) => `${what}: ${m}`));
}

describe('messages read well', () => {
  const crafted: [string, 'markdown' | 'yaml', string][] = [
    ['empty owner and due (Markdown)', 'markdown', mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:**\n- **Due:**\n')],
    ['empty owner and due (YAML)', 'yaml', yamlPlan('  - id: R-001\n    priority: high\n    action: Encrypt the four laptops with BitLocker\n    owner: ""\n    due: ""\n')],
    ['overdue without status, one day', 'markdown', mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:** Dana\n- **Due:** 2026-06-14\n')],
    ['acceptance lacking one part', 'markdown', mdPlan('### R-015: Windows 7 PC\n- **Priority:** Medium\n- **Treatment:** Accept\n- **Rationale:** Certified only on Windows 7\n- **Approved by:** Dr. Ferrante\n- **Approved on:** 2026-02-27\n- **Compensating controls:** Offline\n')],
    ['review a day late', 'markdown', mdPlan('', { nextReview: '2026-06-14' })],
  ];
  for (const [name, kind, text] of crafted) {
    it(name, () => {
      const messages = analyse(text, kind, { today: TODAY }).findings.map((f) => f.message);
      assert.ok(messages.length > 0);
      assert.deepEqual(wordingProblems(messages), []);
    });
  }

  it('the examples, fixtures and corpus plans', () => {
    const files = [...planFilesIn(EXAMPLES), ...planFilesIn(join(FIXTURES, 'plans')), ...planFilesIn(CORPUS)];
    const problems = files.flatMap((f) => wordingProblems(analyse(f.text, f.kind, { today: TODAY }).findings.map((x) => `${f.name}: ${x.message}`)));
    assert.deepEqual(problems, []);
  });

  it('one day is one day, and a missing status is said in words', () => {
    const text = crafted[2][2];
    const overdue = analyse(text, 'markdown', { today: TODAY }).findings.find((f) => f.rule === 'overdue-action')!;
    assert.equal(overdue.message, 'Due 2026-06-14 is 1 day past and no status is recorded. Mark it done with validation, or set a new due date and record why it slipped.');
  });
});

describe('Fix All with nothing safe to fix', () => {
  // The client shows this when the fix-all action has no edits, instead of doing nothing in silence.
  const { nothingSafeToFixMessage } = require('../../server/out/protocol') as { nothingSafeToFixMessage(n: number): string };
  it('says so, and what to do instead', () => {
    assert.equal(nothingSafeToFixMessage(0), 'rmplint: nothing to fix, this plan has no findings.');
    assert.match(nothingSafeToFixMessage(1), /nothing is safe to fix automatically\. The 1 finding needs your words or judgement/);
    assert.match(nothingSafeToFixMessage(3), /The 3 findings need/);
  });
});

describe('completion as you type in a plan', () => {
  const { wantsCompletion } = require('../../server/out/protocol') as { wantsCompletion(prefix: string, yaml: boolean): boolean };
  const cases: [string, boolean, boolean][] = [
    ['- ', false, true],
    ['- **O', false, true],
    ['  * **', false, true],
    ['- **Owner:** ', false, true],
    ['- **Treatment:** ', false, true],
    ['Some prose ', false, false],
    ['- a list item in prose ', false, false],
    ['- **Owner:** Dana ', false, false],
    ['    ow', true, true],
    ['  - id: R-1', true, false],
    ['    treatment: ', true, true],
    ['    title: ', true, false],
    ['rmp', false, true],
    ['  - rmp-', true, true],
    ['The rmp', false, false],
  ];
  for (const [prefix, yaml, wanted] of cases) {
    it(`${JSON.stringify(prefix)} (${yaml ? 'YAML' : 'Markdown'}): ${wanted ? 'suggest' : 'stay quiet'}`, () => assert.equal(wantsCompletion(prefix, yaml), wanted));
  }
});
