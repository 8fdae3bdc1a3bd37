// The information mark before a finding's ID (`### ℹ️ LOW-012: …`) is a mark like 🚨 or ⚠️, though
// Unicode files ℹ (U+2139) as a letter: the heading's ID is read, not lost into its title.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const REPORT = [
  '# Plover Patient Portal: Security Audit',
  '',
  '## Low Priority & Informational Findings',
  '',
  '### ⚠️ MEDIUM-03: Verbose error pages',
  '',
  '**Recommendation:** Return a generic error page in production',
  '',
  '### ℹ️ LOW-04: X-XSS-Protection Header is Deprecated',
  '',
  '**Recommendation:** Remove the X-XSS-Protection header and rely on the Content-Security-Policy',
  '',
].join('\n');

describe('a finding heading led by the information mark ℹ️', () => {
  it('keeps its ID and its title apart', () => {
    const plan = parsePlan(REPORT, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value]), [
      ['MEDIUM-03', 'Verbose error pages'],
      ['LOW-04', 'X-XSS-Protection Header is Deprecated'],
    ]);
  });
});
