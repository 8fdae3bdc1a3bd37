// A findings list whose entry says, in its own remediation, that it is a false positive
// (`"remediation": "None (FALSE POSITIVE)."`) ruled the entry out: it is no risk to plan, as an
// entry flagged `false_positive: true` is not. A status of `false-positive` is the risk's status, and it stays.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const FINDINGS_JSON = JSON.stringify([
  { id: 'APP-01', title: 'Session cookie lacks Secure flag', severity: 'Medium', remediation: 'Set Secure and HttpOnly on the session cookie.' },
  { id: 'APP-02', title: 'Git history scan: one match, a documentation placeholder', severity: 'Informational', remediation: 'None (FALSE POSITIVE).' },
  { id: 'APP-03', title: 'Verbose stack traces on 500 pages', severity: 'Low', remediation: 'False positive' },
  { id: 'APP-04', title: 'Outdated image library', severity: 'Low', remediation: 'Update the library; re-run the false positive triage after.' },
], null, 2);

describe('a findings list entry that declares itself a false positive', () => {
  it('is left out; an entry that only mentions false positives stays', () => {
    const plan = parsePlan(FINDINGS_JSON, 'json');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['APP-01', 'APP-04']);
  });
});
