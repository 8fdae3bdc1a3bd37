// An assessment's catalogue of vulnerabilities beside its risk register lists what the risks are built
// from: its rows are not risks. A document whose only entries are vulnerabilities keeps them as its risks.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const VULNERABILITIES = ['| ID | Vulnerability | Severity |', '|----|---------------|----------|', '| V-1 | Shared tablet login | High |', '| V-2 | Short portal passwords | Medium |', ''];
const REGISTER = ['| ID | Risk | Action | Owner |', '|----|------|--------|-------|', '| R-1 | Unattributable note changes | Issue named tablet accounts | Jo |', ''];

describe('a catalogue of vulnerabilities beside the risks', () => {
  it('is not read as risks when the document reads risks elsewhere', () => {
    const plan = parsePlan(['# Assessment', '', ...VULNERABILITIES, '## Risks', '', ...REGISTER].join('\n'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['R-1']);
  });

  it('is kept when it is all the document lists', () => {
    const plan = parsePlan(['# Findings', '', ...VULNERABILITIES].join('\n'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['V-1', 'V-2']);
  });

  it('is kept when its rows plan, own or track anything', () => {
    const tracked = ['| ID | Vulnerability | Owner |', '|----|---------------|-------|', '| V-1 | Shared tablet login | Jo |', '| V-2 | Short portal passwords | Ada |', ''];
    const plan = parsePlan(['# Assessment', '', ...tracked, '## Risks', '', ...REGISTER].join('\n'), 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['V-1', 'V-2', 'R-1']);
  });
});
