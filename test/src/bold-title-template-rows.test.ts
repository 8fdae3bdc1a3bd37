// A register exported from a word processor (session 26, set 65's ISO 27001 register): its title a bold first line over
// numbered section headings, its one table of risks under `### 4. Risk Register Template`, filled in. Fixtures invented.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse } from './lint-with-registry';

const REGISTER = [
  '**Northwind Clinic Risk Register & Mitigation Plan (GOV-RR-002)**',
  '',
  '### 1. Purpose',
  'To record and manage the risks to the clinic\'s ePHI.',
  '',
  '### 2. Risk Register Template',
  '',
  '| ID | Risk Description | Owner | Mitigation Plan | Status |',
  '|----|------------------|-------|-----------------|--------|',
  '| NR-001 | Lost laptop exposes ePHI | IT Lead | Encrypt the six clinic laptops with BitLocker | In progress |',
  '| NR-002 | Shared front-desk login | Office Manager | Issue named accounts to the three front-desk staff | Planned |',
  '',
].join('\n');

describe('a register with a bold title and its rows under a template heading (session 26)', () => {
  it('takes a bold first line that names a plan as the title', () => {
    assert.deepEqual(recognisePlan('risk-register.md', REGISTER), { kind: 'markdown' });
  });

  it('does not take a bold first line that names no plan: the first heading says what the document is', () => {
    const draft = ['**DRAFT - internal**', '', '### 1. Purpose', 'To record the clinic\'s risks.', ''].join('\n');
    const recognised = recognisePlan('risk-register.md', draft);
    assert.ok('reason' in recognised && recognised.reason.startsWith('its first heading "1. Purpose" does not name a plan'), JSON.stringify(recognised));
  });

  it('reads the rows under the template heading when nothing else in the plan reads as a risk', () => {
    const { plan } = analyse(REGISTER, 'markdown', { today: '2026-06-15' });
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].action?.value, r.actions[0].owner?.value]), [
      ['NR-001', 'Encrypt the six clinic laptops with BitLocker', 'IT Lead'],
      ['NR-002', 'Issue named accounts to the three front-desk staff', 'Office Manager'],
    ]);
  });

  it('still sets a template section aside beside risks read elsewhere', () => {
    const withRisk = REGISTER.replace('### 1. Purpose', '### NR-000: Unlocked server closet\n- **Action:** Fit a keyed lock to the server closet door\n\n### 1. Purpose');
    const { plan } = analyse(withRisk, 'markdown', { today: '2026-06-15' });
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['NR-000']);
  });
});
