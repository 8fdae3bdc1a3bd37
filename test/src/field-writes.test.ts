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
