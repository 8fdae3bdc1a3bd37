// A report's index of findings (`| ID | Title | Severity | Status |`) then a section per finding
// (`### F-03 SNMP default community`) with its description and remediation (reader round 9): the
// section is the detail of the row with its ID, however it words the title, so one risk with the
// row's level and status (no duplicate-risk-id, no missing-priority, nothing open for a Closed row).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from './lint-with-registry';
import { statusOf } from '../../server/out/model/vocabulary';
import { FIXTURES } from './plan-files';

describe('an index of findings by ID above their detail sections (reader round 9)', () => {
  const text = readFileSync(join(FIXTURES, 'styles', 'shrike-findings-index.rmp.md'), 'utf8');
  const plan = parsePlan(text, 'markdown');

  it('reads each finding once, with the level and status of its index row and the action of its section', () => {
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.priority?.value, r.actions.map((a) => statusOf(a.status?.value) ?? null), r.actions.map((a) => a.action?.value.split(' ')[0] ?? null)]),
      [
        ['F-01', 'High', ['open'], ['Give']],
        ['F-02', 'Medium', ['in-progress'], ['Restore']],
        ['F-03', 'Low', ['done'], ['Change']],
        ['F-04', 'Medium', ['done'], ['Move']],
      ],
    );
  });

  it('keeps a section\'s own status over its row\'s', () => {
    const own = text.replace('**Owner:** IT lead', '**Owner:** IT lead\n**Status:** Done\n**Evidence:** Account list, 2026-11-02');
    assert.deepEqual(parsePlan(own, 'markdown').risks[0].actions.map((a) => statusOf(a.status?.value)), ['done']);
  });
});
