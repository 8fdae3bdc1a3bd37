// Tables that look like registers and are not (spec §1, what a plan's risks are): a checklist of
// requirements verified row by row, and a register's form left to fill in. Judged by structure:
// the same table with a column of what is done about each row is a register again.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const titles = (text: string) => parsePlan(text, 'markdown').risks.map((risk) => risk.title?.value ?? risk.id?.value);

describe('tables that are not registers', () => {
  it('a requirements checklist (Requirement, Level, Pass / Fail or Yes / No) names no risks', () => {
    const text = '# Portal Verification\n\n| ID | Requirement | Level | Verified | Owner | Notes |\n|---|---|---|---|---|---|\n| V3.3.1 | Logout invalidates the session token | L1 | No | Web team | Tokens survive logout |\n| V3.4.1 | Session cookies carry the Secure attribute | L1 | Yes | Web team | Set by the framework |\n';
    assert.deepEqual(titles(text), []);
  });

  it('a checklist with a column of what is done about each failed requirement is a register of gaps', () => {
    const text = '# Portal Verification\n\n| ID | Requirement | Status | Remediation | Owner |\n|---|---|---|---|---|\n| V3.3.1 | Logout invalidates the session token | Fail | Revoke the token on the server at logout | Web team |\n';
    assert.deepEqual(titles(text), ['V3.3.1']);
  });

  it("a register's form whose rows are prompts and instructions reads no risk, not even one row as fields", () => {
    const text = '# Risk Register\n\n| Risk ID | Risk | Mitigation | Owner | Due Date |\n|---|---|---|---|---|\n| [ID] | [Describe the risk] | [Describe the mitigation] | [Name] | [YYYY-MM-DD] |\n';
    assert.deepEqual(titles(text), []);
    const instructions = '# Risk Register\n\n| Risk ID | Risk | Mitigation | Owner | Due Date |\n|---|---|---|---|---|\n| | Enter the risk here | Enter the planned action | Enter owner | Enter date |\n';
    assert.deepEqual(titles(instructions), []);
  });

  it("a form's row whose ID says it is an example (V-1Example, EXAMPLE-01) shows how to fill a row in: no risk", () => {
    const text = '# POA&M\n\n| POAM ID | Weakness Name | Point of Contact | Scheduled Completion Date | Status |\n|---|---|---|---|---|\n| V-1Example | Open port on example firewall | John Doe | 8/3/2014 | Open |\n| EXAMPLE-02 | Old TLS on example server | Jane Doe | 9/1/2014 | Open |\n| R-7 | Exampled wording is no example | IT | 2027-01-10 | Open |\n';
    assert.deepEqual(titles(text), ['Exampled wording is no example']);
  });

  it('a filled row beside the prompts is a risk', () => {
    const text = '# Risk Register\n\n| Risk ID | Risk | Mitigation | Owner | Due Date |\n|---|---|---|---|---|\n| R-1 | Shared front-desk login | Give each clerk a named account | Office Manager | 2027-01-10 |\n| [ID] | [Describe the risk] | [Describe the mitigation] | [Name] | [YYYY-MM-DD] |\n';
    assert.deepEqual(titles(text), ['Shared front-desk login']);
  });
});
