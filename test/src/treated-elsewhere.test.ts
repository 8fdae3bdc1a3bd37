// A register that keeps every risk's treatment in a companion document, and says so: missing-action
// says it once, where the register says so; a register that promises nothing keeps a finding per risk.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';

const REGISTER = (statement: string) =>
  ['# Risk Register', '', statement, '', '| ID | Risk | Rating | Owner |', '|----|------|--------|-------|', '| R-1 | Shared logins | High | Dana |', '| R-2 | Unencrypted laptops | High | Lee |', ''].join('\n');

const missingActions = (statement: string) => analyse(REGISTER(statement), 'markdown', { today: '2026-12-03' }).findings.filter((f) => f.rule === 'missing-action');

describe('a register whose treatment lives in a companion document', () => {
  for (const statement of [
    'Mitigation actions for all risks are tracked in the [POA&M](poam.md).',
    'Treatment plans for each of these risks are documented in the Risk Management Plan.',
    'Remediation for every finding is recorded in the separate remediation tracker.',
  ]) {
    it(`"${statement}": one warning for the register, none per risk`, () => {
      const found = missingActions(statement);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /The 2 risks here carry no action of their own/);
      // A traceability check: the actions may well be in the other document.
      assert.equal(found[0].severity, 'warning');
    });
  }

  for (const statement of [
    // A requirement, or a pointer to this document: nothing says the actions are kept elsewhere.
    'Treatment plans for all risks must be documented in the Risk Management Plan.',
    'Mitigation actions for each risk are listed below in this plan.',
    // No other document named.
    'Treatment decisions for every entry are pending.',
  ]) {
    it(`"${statement}": an error for each risk`, () => assert.deepEqual(missingActions(statement).map((f) => f.severity), ['error', 'error']));
  }
});
