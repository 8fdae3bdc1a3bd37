// A HIPAA action checklist: priority buckets (`## 🔴 CRITICAL (Do Immediately)`, `## 🟡 HIGH PRIORITY (This Week)`) over numbered headings, each followed at once
// by its checklist (`- [ ] Log all PHI access`), with no label (session 20). Each heading is an item with the checklist as its
// actions; before, only an item with a `**Status:**` line was read, and the checklist was skipped as not a plan. A playbook's
// headings over checklists, under no bucket, stay steps, and a risk's own sub-heading over a checklist reads as before.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';
import { recognisePlan } from '../../server/out/parse/detect';

const CHECKLIST = [
  '# HIPAA Compliance Action Checklist', '',
  '**Last Updated:** 2026-11-03', '',
  '## 🔴 CRITICAL (Do Immediately)', '',
  '### 1. Sign the transcription vendor BAA',
  '- [ ] Send the BAA request to the vendor',
  '- [ ] File the signed BAA in the contracts folder', '',
  '## 🟡 HIGH PRIORITY (This Week)', '',
  '### 2. Implement Audit Logging',
  '- [ ] Log every PHI read with user, record and time',
  '- [x] Ship the logs to the SIEM', '',
  '### 3. Create Privacy Notice',
  '- [ ] Draft the patient-facing privacy notice', '',
].join('\n');

describe('checklists under numbered headings in priority buckets (session 20)', () => {
  it('reads each heading as an item of its bucket, its checklist as its actions with their boxes', () => {
    const { risks } = parsePlan(CHECKLIST, 'markdown');
    assert.deepEqual(risks.map((r) => [r.title?.value, r.priority?.value, r.actions.map((a) => [a.action?.value, a.status?.value])]), [
      ['Sign the transcription vendor BAA', 'CRITICAL', [['Send the BAA request to the vendor', '[ ]'], ['File the signed BAA in the contracts folder', '[ ]']]],
      ['Implement Audit Logging', 'HIGH', [['Log every PHI read with user, record and time', '[ ]'], ['Ship the logs to the SIEM', '[x]']]],
      ['Create Privacy Notice', 'HIGH', [['Draft the patient-facing privacy notice', '[ ]']]],
    ]);
    assert.deepEqual(recognisePlan('checklist.md', CHECKLIST), { kind: 'markdown' });
  });

  it('takes a level with its window in brackets as a bucket (`CRITICAL (Do Immediately)`), not a level with other words there', () => {
    const other = parsePlan(CHECKLIST.replace('## 🔴 CRITICAL (Do Immediately)', '## 🔴 CRITICAL (see the appendix)'), 'markdown').risks;
    assert.deepEqual(other.map((r) => r.title?.value), ['Implement Audit Logging', 'Create Privacy Notice']);
  });

  it("reads no item from a playbook's headings over checklists with no bucket above them", () => {
    const playbook = CHECKLIST.replace('## 🔴 CRITICAL (Do Immediately)', '## Containment').replace('## 🟡 HIGH PRIORITY (This Week)', '## Recovery');
    assert.equal(parsePlan(playbook, 'markdown').risks.length, 0);
  });

  it("reads a risk's own sub-heading over a checklist by its label, not as an item of a bucket", () => {
    // Session 33: `Additional Recommendations` labels the hazard's open work (83/04's audit), each box its step's status.
    const hazard = '# Hazard Log\n\n## H-001: Wrong patient record displayed\n\n**Status:** ✅ MITIGATED\n**Severity:** 5\n\n### Additional Recommendations\n- [ ] Add session fingerprinting\n';
    const { risks } = parsePlan(hazard, 'markdown');
    assert.deepEqual(risks.map((r) => r.actions.map((a) => [a.action?.value, a.status?.value])), [[['Add session fingerprinting', '[ ]']]]);
  });
});
