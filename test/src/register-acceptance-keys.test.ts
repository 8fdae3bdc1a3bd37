// A register records a risk's acceptance in keys of its own (reader round 9): a `risk_acceptance:`
// mapping, an `acceptance:` mapping with a bare `date`, or fields on the risk itself
// (`accepted_by`, `acceptance_rationale`). With no treatment written, such a record is the
// treatment: the risk is accepted (no missing-action) and the acceptance rules judge the record.
// The spellings are the key-spelling table's (snake, camel, kebab), not the reader's.
import * as assert from 'node:assert/strict';
import { analyse, parsePlan } from './lint-with-registry';
import { treatmentOf } from '../../server/out/model/vocabulary';
import { flatAcceptanceKey, spelledKey } from '../../server/out/parse/yaml/key-spellings';

const ACCEPTANCE = ['rationale', 'approvedBy', 'approvedOn', 'compensatingControls', 'reviewBy'];

describe('a register\'s acceptance keys (reader round 9)', () => {
  const flat: [string, string | undefined][] = [
    ['accepted_by', 'approvedBy'], ['acceptedBy', 'approvedBy'], ['accepted-by', 'approvedBy'],
    ['acceptance_rationale', 'rationale'], ['acceptanceRationale', 'rationale'], ['acceptance_date', 'approvedOn'], ['accepted_on', 'approvedOn'],
    ['acceptance_approved_by', 'approvedBy'], ['acceptance_expires', 'reviewBy'], ['risk_acceptance_review_by', 'reviewBy'],
    // Not a field of the acceptance: the criteria a fix is checked by, a status, a key that only begins alike.
    ['acceptance_criteria', undefined], ['acceptance_status', undefined], ['acceptable_level', undefined], ['owner', undefined],
  ];
  for (const [key, expected] of flat) {
    it(`a risk's own ${key} → acceptance ${expected ?? '(none)'}`, () => assert.equal(flatAcceptanceKey(key, ACCEPTANCE), expected));
  }

  const inside: [string, string | undefined][] = [['date', 'approvedOn'], ['approved_by', 'approvedBy'], ['accepted_by', 'approvedBy'], ['expires', 'reviewBy'], ['review_date', 'reviewBy']];
  for (const [key, expected] of inside) {
    it(`${key} inside an acceptance record → ${expected}`, () => assert.equal(spelledKey(key, ACCEPTANCE), expected));
  }

  it('reads a bare date as the approval date only inside an acceptance record, not in the plan\'s details', () => {
    assert.equal(spelledKey('date', ['title', 'approvedBy', 'approvedOn', 'lastReviewed']), undefined);
  });

  it('reads risk_acceptance as the acceptance mapping', () => assert.equal(spelledKey('risk_acceptance', ['id', 'title', 'acceptance']), 'acceptance'));

  const REGISTER =
    'risk_register:\n' +
    '  - risk_id: R-1\n    title: Fax line unencrypted\n    priority: medium\n    risk_acceptance:\n      approved_by: Ana Ruiz\n      date: 2026-05-20\n      rationale: Retired next spring\n' +
    '  - risk_id: R-2\n    title: Kiosk shares a login\n    priority: low\n    accepted_by: Ana Ruiz\n    acceptance_rationale: Shows no ePHI\n' +
    '  - risk_id: R-3\n    title: Laptop unencrypted\n    priority: high\n    treatment: mitigate\n    accepted_by: Ana Ruiz\n' +
    '  - risk_id: R-4\n    title: Sign-in sheet\n    priority: low\n    risk_acceptance: no\n';

  it('takes the record as the treatment where none is written, and fills the acceptance from it', () => {
    const plan = parsePlan(REGISTER, 'yaml');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, treatmentOf(r.treatment?.value, r.form) ?? null, r.acceptance.approvedBy?.value ?? null, r.acceptance.approvedOn?.value ?? null, r.acceptance.rationale?.value ?? null]),
      [
        ['R-1', 'accept', 'Ana Ruiz', '2026-05-20', 'Retired next spring'],
        ['R-2', 'accept', 'Ana Ruiz', null, 'Shows no ePHI'],
        // A treatment written wins; a record that says no is none.
        ['R-3', 'mitigate', 'Ana Ruiz', null, null],
        ['R-4', null, null, null, null],
      ],
    );
    // The treatment stands where the record's key is written.
    const r1 = plan.risks[0].treatment!;
    assert.equal(REGISTER.slice(r1.valueRange.start, r1.valueRange.end), 'risk_acceptance');
  });

  it('asks an action of no accepted risk, and judges the acceptance records instead', () => {
    const { findings } = analyse(REGISTER, 'yaml', { today: '2026-12-03' });
    const of = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => /Risk (\S+)/.exec(f.message)?.[1]);
    assert.deepEqual(of('missing-action'), ['R-3', 'R-4']);
    assert.deepEqual(of('incomplete-acceptance'), ['R-1', 'R-2']);
  });

  it('reads a JSON register\'s acceptance keys alike', () => {
    const json = JSON.stringify({ risks: [{ 'Risk ID': 'J-1', Title: 'Old fax', Severity: 'Low', 'Accepted By': 'Ana Ruiz', 'Acceptance Rationale': 'Retired soon' }] });
    const plan = parsePlan(json, 'json');
    assert.equal(treatmentOf(plan.risks[0].treatment?.value, plan.risks[0].form), 'accept');
    assert.equal(plan.risks[0].acceptance.rationale?.value, 'Retired soon');
  });
});
