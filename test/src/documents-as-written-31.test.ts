// Issue 12, session 31: shapes seen in the held-out sets' remaining wrong findings (set 79), written here anew.
// A risk assessment's methodology naming its `**Assessment Team:**` in a list under the label; meeting notes whose first
// heading is a setext one (`Key Discussion Points` over dashes).
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';

const ASSESSMENT = (team: string[]) =>
  [
    '# Enterprise Risk Assessment',
    '',
    '**Organization:** Harbor Dental Group',
    '**Assessment Date:** March 3, 2027',
    '**Next Review:** June 3, 2027',
    '',
    '## Risk Register',
    '',
    '### R-01: Backups of the imaging server are never restored',
    '',
    '- **Action:** Restore the imaging server backup to a spare host each quarter',
    '- **Owner:** IT Manager',
    '- **Due:** 2027-06-30',
    '',
    '## Methodology',
    '',
    '**Assessment Team:**',
    ...team,
    '',
    '**Information Sources:**',
    '- Interviews with front-desk staff',
    '',
  ].join('\n');

describe('documents as written (issue 12, session 31)', () => {
  it('reads who made the assessment from the list under `**Assessment Team:**` (set 79)', () => {
    const text = ASSESSMENT(['- Security Officer (Lead)', '- Practice Administrator', '- External consultant']);
    const plan = parsePlan(text, 'markdown');
    assert.equal(plan.meta.riskAnalysis?.conductedBy?.value, 'Security Officer (Lead), Practice Administrator, External consultant');
    const at = plan.meta.riskAnalysis!.conductedBy!.valueRange;
    assert.equal(text.slice(at.start, at.end), 'Security Officer (Lead)\n- Practice Administrator\n- External consultant');
    assert.ok(!analyse(text, 'markdown', { today: '2027-04-01' }).findings.some((f) => f.rule === 'missing-risk-analysis'));
  });

  it('reads the list after one blank line under the label too', () => {
    const text = ASSESSMENT(['', '1. Privacy Officer', '2. IT Manager']);
    assert.equal(parsePlan(text, 'markdown').meta.riskAnalysis?.conductedBy?.value, 'Privacy Officer, IT Manager');
  });

  it('still asks who made the assessment when the label has no list under it', () => {
    const text = ASSESSMENT([]);
    assert.equal(parsePlan(text, 'markdown').meta.riskAnalysis?.conductedBy?.value ?? '', '');
    assert.ok(analyse(text, 'markdown', { today: '2027-04-01' }).findings.some((f) => f.rule === 'missing-risk-analysis'));
  });

  it('names a setext heading as the first heading when it comes before the `###` ones (set 79)', () => {
    const notes = ['Key Discussion Points', '---------------------', '', '### Regulatory Examinations', '', '- Exam closed with no findings.', ''].join('\n');
    const reason = (text: string) => { const r = recognisePlan('notes.md', text); return 'reason' in r ? r.reason : ''; };
    assert.match(reason(notes), /first heading "Key Discussion Points"/);
    // A front matter's closing dashes under its last line make no heading.
    const fronted = ['---', 'author: Compliance Office', '---', '', '### Regulatory Examinations', '', '- Exam closed.', ''].join('\n');
    assert.match(reason(fronted), /first heading "Regulatory Examinations"/);
  });

  it('takes no closing emphasis or mark into an item\'s title (`#### 1. **Rotate the portal signing key** 🚨`, set 78)', () => {
    const report = [
      '# Security Incident Corrective Actions',
      '',
      '**Date:** January 7, 2027',
      '',
      '## CRITICAL ACTIONS STILL REQUIRED',
      '',
      '### **IMMEDIATE (Within 24 Hours)**',
      '',
      '#### 1. **Rotate the portal signing key** 🚨',
      '- **Risk**: The signing key was committed to a public repository',
      '- **Action Required**: Rotate the signing key in the key vault and redeploy the portal',
      '',
      '#### 2. **Close the public storage bucket** ⚠️',
      '- **Risk**: Scanned intake forms are readable without sign-in',
      '- **Action Required**: Block public access on the intake-forms bucket',
      '',
    ].join('\n');
    assert.deepEqual(parsePlan(report, 'markdown').risks.map((r) => r.title?.value), ['Rotate the portal signing key', 'Close the public storage bucket']);
  });
});
