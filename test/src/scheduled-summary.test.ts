// A report that writes its findings out, then schedules the fixes by period in a summary naming no finding
// (`### Immediate Actions Required (Week 1)` over `1. **Encrypt Prescription Images**`), round 36: a finding with no due
// date takes the period of the scheduled item naming it by a telling word of its title; items' titles first, then steps.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, parsePlan } from './lint-with-registry';

const REPORT = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'kestrel-audit-week-schedule.md'), 'utf8');

describe('a summary scheduling the fixes by period (round 36)', () => {
  it('gives each finding the period of the item that names it; one named nowhere keeps no due date', () => {
    const plan = parsePlan(REPORT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0].due?.value]), [
      ['Prescription Images Stored Unencrypted', 'Week 1'],
      ['Refill Endpoint Lacks Rate Limits', 'Week 3'],
      ['Pharmacist Sessions Never Time Out', 'Week 1'],
      ['Vendor Contract Unsigned', undefined],
    ]);
  });

  it('words a fix given only as code by the scheduled step that names it; a fix in words stays as written', () => {
    const plan = parsePlan(REPORT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.actions[0].action?.value), [
      'Turn on bucket encryption with the managed key.',
      "Put the refill route behind the gateway's limiter.",
      'Expire idle pharmacist sessions after 15 minutes',
      'Sign the business associate agreement.',
    ]);
  });

  it('asks only the unscheduled finding for its due date, and counts the periods from the report date', () => {
    const { findings } = analyse(REPORT, 'markdown', { today: '2026-03-20' });
    const line = (f: { range: { start: number } }) => REPORT.slice(0, f.range.start).split('\n').length;
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-due-date').map(line), [22]);
    assert.equal(findings.filter((f) => f.rule === 'overdue-action').length, 1);
  });

  it('a finding named in two periods is left as written', () => {
    const twice = REPORT.replace('   - Add rate limits to the refill endpoint', '   - Add rate limits to the refill endpoint\n   - Re-key the prescription images');
    const risk = parsePlan(twice, 'markdown').risks[0];
    // The title match (Week 1) wins over a step's (Week 3): titles are matched first.
    assert.equal(risk.actions[0].due?.value, 'Week 1');
    const both = REPORT.replace('2. **Harden the Gateway**', '2. **Harden the Gateway and Prescription Images**');
    assert.equal(parsePlan(both, 'markdown').risks[0].actions[0].due, undefined);
  });
});

// Session 30 (sets 75, 79): a phase given by a window in brackets (`### Short-term (Within 30 days)`) or opening the heading
// (`### Week 1 (Immediate Action Required)`); a hyphenated compound both sides write is one word shared.
const WINDOWS = [
  '# Patient App HIPAA Risk Assessment',
  '',
  '**Assessment Date:** 2026-01-10',
  '',
  '## Identified Risks and Mitigation Strategies',
  '',
  '### 1. Third-Party Service Providers Without BAAs',
  '**Risk Score:** 9 (CRITICAL)',
  '**Mitigation:**',
  '- Obtain signed BAAs from the SMS and email providers',
  '',
  '### 2. Lack of Field-Level Encryption for Sensitive PHI',
  '**Risk Score:** 6 (HIGH)',
  '**Mitigation:**',
  '- Encrypt phone numbers and messages in the application before storage',
  '',
  '## Recommended Action Plan',
  '',
  '### Immediate (Within 7 days)',
  '1. Obtain BAAs from all vendors handling PHI',
  '',
  '### Short-term (Within 30 days)',
  '1. Implement field-level encryption',
  '',
  '### Week 12 (Long-term)',
  '1. Obtain third-party certification',
  '',
].join('\n');

describe('a schedule by windows: `(Within 30 days)` in brackets, `Week 12` opening the heading (session 30)', () => {
  it('dates the finding a window\'s item names by two words; a shared compound counts once, so a lone word names nothing', () => {
    const plan = parsePlan(WINDOWS, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0].due?.value]), [
      // `third-party` alone is one word shared, as `BAAs` is: neither names the finding, which keeps no due date.
      ['Third-Party Service Providers Without BAAs', undefined],
      ['Lack of Field-Level Encryption for Sensitive PHI', 'Within 30 days'],
    ]);
    const leading = WINDOWS.replace('### Short-term (Within 30 days)', '### Week 2 (Encryption)');
    assert.equal(parsePlan(leading, 'markdown').risks[1].actions[0].due?.value, 'Week 2');
  });
});

// Set 85 (held out): `No MFA for Admin Users` in a table of current risks, `2. **Add Multi-Factor Authentication** (Week 2)` under
// `### 6.1 Immediate Actions (Next 30 Days)`: the title abbreviates the name the item spells out.
const ABBREVIATED = [
  '# Clinic Portal Security Risk Assessment',
  '',
  '**Assessment Date:** 2026-01-12',
  '',
  '## Current Risks',
  '',
  '| Risk | Risk Level | Mitigation Plan |',
  '|------|------------|-----------------|',
  '| No MFA for Admin Users | MEDIUM | Require a second factor on admin sign-in |',
  '| Unsigned Vendor Contracts | LOW | Sign agreements with the two hosting vendors |',
  '',
  '## Recommendations',
  '',
  '### Immediate Actions (Next 30 Days)',
  '',
  '1. **Add Multi-Factor Authentication** (Week 2)',
  '   - Effort: 2-3 days',
  '',
  '### Short-term Actions (Next 90 Days)',
  '',
  '1. **Sign Business Associate Agreements**',
  '',
].join('\n');

describe('a schedule\'s item spelling out the name a finding abbreviates (set 85)', () => {
  it('`MFA` is named by `Multi-Factor Authentication` as its words would be; a name abbreviated nowhere names nothing', () => {
    const plan = parsePlan(ABBREVIATED, 'markdown');
    // Without that mitigation, the title alone names nothing.
    const unworded = parsePlan(ABBREVIATED.replace('Sign agreements with the two hosting vendors', 'Review the hosting contracts'), 'markdown');
    assert.equal(unworded.risks[1].actions[0].due, undefined);
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0].due?.value]), [
      ['No MFA for Admin Users', 'Next 30 Days'],
      // `Business Associate Agreements` spells `BAA`, which this title does not write; its own mitigation (`Sign agreements with the
      // two hosting vendors`) shares `sign` and `agreement` with the item, and names it (session 35, set 88).
      ['Unsigned Vendor Contracts', 'Next 90 Days'],
    ]);
    // Written as a lone initialism nowhere spelled out, the abbreviation names no item.
    const unspelled = ABBREVIATED.replace('**Add Multi-Factor Authentication**', '**Add Second Sign-In Step**');
    assert.equal(parsePlan(unspelled, 'markdown').risks[0].actions[0].due, undefined);
  });
});
