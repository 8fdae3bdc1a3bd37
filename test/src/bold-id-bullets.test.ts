// A bold-ID bullet under a section of findings or risks (reader round 9): `- **R-07** Unencrypted
// backups …`, `- **F-2:** …`, `- **R-09** — …` is a risk with that ID and title, its nested field
// lines its fields. Outside such a section, or inside a risk heading's section, it cites a risk.
import * as assert from 'node:assert/strict';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';

const risksOf = (text: string) => {
  const plan = parseMarkdownPlan(text);
  return plan.risks.map((r) => [plan.text.slice(r.id!.valueRange.start, r.id!.valueRange.end), r.title?.value]);
};

describe('a bold-ID bullet is a risk (reader round 9)', () => {
  it('reads each bullet under a section of findings as a risk, its ID and title as written', () => {
    assert.deepEqual(risksOf('# Plan\n\n## Findings\n\n- **R-07** Unencrypted backups on the NAS\n- **F-2:** Front-desk PC has no screen lock\n- **R-08** — Shared Wi-Fi password\n- __R-09__: Fax in the hall\n'), [
      ['R-07', 'Unencrypted backups on the NAS'],
      ['F-2', 'Front-desk PC has no screen lock'],
      ['R-08', 'Shared Wi-Fi password'],
      ['R-09', 'Fax in the hall'],
    ]);
  });

  it('reads none outside a section of risks or findings', () => {
    assert.deepEqual(risksOf('# Plan\n\n## Notes\n\n- **R-07** Unencrypted backups on the NAS\n'), []);
  });

  it('reads none inside a risk heading\'s section: there it cites a risk', () => {
    assert.deepEqual(risksOf('# Plan\n\n## Risks\n\n### R-01: Shared login\n\n**Action:** Give each user an account\n\n- **R-07** shares the contractor\n'), [['R-01', 'Shared login']]);
  });

  it('reads a bullet that only names a risk read before as citing it', () => {
    assert.deepEqual(risksOf('# Plan\n\n## Findings\n\n### R-07: Unencrypted backups\n\n**Action:** Encrypt the NAS volume\n\n## Risks\n\n- **R-07** is the most urgent\n'), [['R-07', 'Unencrypted backups']]);
  });

  it('reads a bullet detailed by a later section under its ID as one risk, with the section\'s plan', () => {
    const plan = parseMarkdownPlan('# Plan\n\n## Findings\n\n- **R-11** Shared Wi-Fi password\n- **R-12** Fax in the hallway\n\n### R-11: Guest Wi-Fi\n\n**Priority:** Medium\n**Action:** Put patients on a guest network\n**Owner:** IT\n');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions.map((a) => a.action?.value ?? null)]), [['R-11', ['Put patients on a guest network']], ['R-12', [null]]]);
  });

  it('takes a bullet whose bold text is not only an ID for no risk', () => {
    assert.deepEqual(risksOf('# Plan\n\n## Findings\n\n- **R-07 and R-08** share a cause\n- **Note:** see below\n'), []);
  });

  it('reads the bullets under a heading of threats closed by a colon, a nested `Risk` line that is only a grade as the priority (session 27)', () => {
    const plan = parseMarkdownPlan([
      '# Threat Model - STRIDE Analysis', '', '## Spoofing', '', '#### Threats Identified:',
      '- **T-S-001**: Malicious app impersonating the scribe', '  - **Risk**: High', '  - **Impact**: Access to recordings',
      '  - **Mitigation**: Verify the app signature and package name at start-up', '',
      // A list under a heading as high as the threats' own is none of the last threat's parts.
      '#### Controls Implemented:', '- Android Keystore for the clinic key', '- App signature verification', '',
    ].join('\n'));
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value)]), [
      ['T-S-001', 'Malicious app impersonating the scribe', 'High', ['Verify the app signature and package name at start-up']],
    ]);
  });

  it('reads a `Risk` line that is only a grade as the priority under a titled heading too, wherever it stands (session 27)', () => {
    const plan = parseMarkdownPlan('# Plan\n\n## Risks\n\n### R-01: Shared front-desk login\n\n**Risk:** High\n**Action:** Give each receptionist a named account\n');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value]), [['Shared front-desk login', 'High']]);
  });
});
