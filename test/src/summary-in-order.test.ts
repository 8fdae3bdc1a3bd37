// A risk assessment that heads each risk (`### Risk 1: …`) and then tabulates them all in a summary,
// one row each in their order, under shortened or reworded names; and a risk whose `**Current Status:**`
// label only captions a list, its Status written below. Synthetic text, written for these tests.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

function assessment(rows: readonly string[]): string {
  return [
    '# Pharmacy Systems Risk Assessment',
    '',
    '## Identified Risks',
    '',
    '### Risk 1: Dispensing Robot Firmware Unpatched',
    '',
    '**Risk Level:** High',
    '**Action Item:** Apply the vendor firmware update to the dispensing robot',
    '**Owner:** Pharmacy IT',
    '**Status:** Open',
    '',
    '### Risk 2: Prescription Fax Misrouting',
    '',
    '**Risk Level:** Medium',
    '**Current Status:**',
    '- ✅ Fax numbers verified against the prescriber directory',
    '',
    '**Residual Risk:** Low',
    '',
    '**Status:** ✅ ACCEPTABLE',
    '',
    '## Risk Summary',
    '',
    '| Risk | Likelihood | Impact | Risk Level | Status | Residual Risk |',
    '|------|------------|--------|------------|--------|---------------|',
    ...rows,
    '',
  ].join('\n');
}

describe('a summary table that rewords the headed risks in their order', () => {
  it('reads its rows as those risks, each sharing a telling word with the risk in its place', () => {
    const plan = parsePlan(assessment(['| Robot Firmware Outdated | Medium | High | High | Open | Medium |', '| Misrouted Prescription Faxes | Low | Medium | Medium | ✅ Acceptable | Low |']), 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.title?.value), ['Dispensing Robot Firmware Unpatched', 'Prescription Fax Misrouting']);
  });

  it('keeps rows that share no telling word with the risk in their place (another list, not a summary)', () => {
    const plan = parsePlan(assessment(['| Courier Van Theft | Low | High | High | Open | Medium |', '| Ransomware on the Till | Medium | High | Medium | Open | Low |']), 'markdown');
    assert.equal(plan.risks.length, 4);
  });

  it('keeps rows when the table lists more risks than were headed (not one row for each)', () => {
    const rows = ['| Robot Firmware Outdated | Medium | High | High | Open | Medium |', '| Misrouted Prescription Faxes | Low | Medium | Medium | ✅ Acceptable | Low |', '| Courier Van Theft | Low | High | High | Open | Medium |'];
    assert.equal(parsePlan(assessment(rows), 'markdown').risks.length, 5);
  });

  it('reads the Status written below a `**Current Status:**` caption of a list as the risk\'s status', () => {
    const plan = parsePlan(assessment(['| Robot Firmware Outdated | Medium | High | High | Open | Medium |', '| Misrouted Prescription Faxes | Low | Medium | Medium | ✅ Acceptable | Low |']), 'markdown');
    assert.equal(plan.risks[1].actions[0]?.status?.value, '✅ ACCEPTABLE');
  });
});
