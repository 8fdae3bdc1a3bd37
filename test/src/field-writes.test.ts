// Every path that writes a field leaves a space after its label (issue 14, point 2): a quick
// fix and `--fix` filling an empty `- **Owner:**` write `- **Owner:** Name`, never
// `**Owner:**Name`, which GitHub, the preview and the export show with its asterisks.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/out/config/settings';
import { applyEdits, checkedSafeFixEdits } from '../../server/out/fixes/fix-all';
import { mdPlan, TODAY, yamlPlan } from './rule-tester';
import { RULES } from '../../server/out/rules';

const settings = mergeSettings(DEFAULT_SETTINGS, { defaultOwner: 'Dana Whitfield' });
const markdown = mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:**\n- **Due:** 2026-07-01\n');
const yaml = yamlPlan('  - id: R-001\n    priority: high\n    action: Encrypt the four laptops with BitLocker\n    owner:\n    due: 2026-07-01\n');

describe('fields written with a space after the label', () => {
  for (const [kind, text, expected] of [['markdown', markdown, '- **Owner:** Dana Whitfield\n'], ['yaml', yaml, '    owner: Dana Whitfield\n']] as const) {
    it(`the owner quick fix fills an empty owner (${kind})`, () => {
      const finding = analyse(text, kind, { today: TODAY, settings }).findings.find((f) => f.rule === 'missing-owner')!;
      const fixed = applyEdits(text, finding.fixes.find((f) => f.title === 'Set owner to Dana Whitfield')!.edits);
      assert.ok(fixed.includes(expected), fixed);
    });

    it(`--fix with defaultOwner fills an empty owner (${kind})`, () => {
      const { findings } = analyse(text, kind, { today: TODAY, settings });
      const fixed = applyEdits(text, checkedSafeFixEdits(text, kind, findings, { today: TODAY, settings, rules: RULES }));
      assert.ok(fixed.includes(expected), fixed);
    });
  }
});

describe('a register table with no Owner column', () => {
  const register = mdPlan(
    '| ID | Risk | Action | Due | Status | Priority |\n|---|---|---|---|---|---|\n' +
      '| R-1 | Laptops unencrypted | Encrypt the four laptops with BitLocker | 2026-09-01 | Open | High |\n' +
      '| R-2 | No MFA on the EHR | Enable MFA on all EHR accounts | 2026-09-01 | Open | High |\n',
  );

  it('fix all with defaultOwner gives the table the column, its delimiter cell written tight as the others', () => {
    const { findings } = analyse(register, 'markdown', { today: TODAY, settings });
    assert.equal(findings.filter((f) => f.rule === 'missing-owner').length, 2);
    // The first row's fix adds the column; the second row's finding moves to its new empty cell, which is no new finding.
    const fixed = applyEdits(register, checkedSafeFixEdits(register, 'markdown', findings, { today: TODAY, settings, rules: RULES }));
    assert.ok(fixed.includes('| Priority | Owner |\n|---|---|---|---|---|---|---|\n'), fixed);
    assert.ok(fixed.includes('| Open | High | Dana Whitfield |\n| R-2 '), fixed);
  });

  it('fix all run again fills the other row', () => {
    const options = { today: TODAY, settings, rules: RULES };
    let text = register;
    for (let pass = 0; pass < 3; pass++) text = applyEdits(text, checkedSafeFixEdits(text, 'markdown', analyse(text, 'markdown', options).findings, options));
    assert.deepEqual(analyse(text, 'markdown', options).findings.filter((f) => f.rule === 'missing-owner'), []);
  });
});
