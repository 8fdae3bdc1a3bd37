// An ID label is read as the risk's ID only when its value is an ID: a template's list of an entry's fields says
// what the ID is, in words, and that is no risk's ID.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const entry = (id: string) =>
  ['# Heron Labs Risk Management Plan', '', '## Risks', '', '### Retention of scanned referrals', '', `**CAPA ID:** ${id}`, '', '**Action:** Purge the expired referrals from the shared drive', '', '**Owner:** Records Lead', ''].join('\n');

describe('an ID label', () => {
  it('gives the risk its ID when its value is one', () => {
    assert.equal(parsePlan(entry('CAPA-2026-014'), 'markdown').risks[0].id?.value, 'CAPA-2026-014');
  });
  it('gives no ID when its value describes what the ID is', () => {
    assert.equal(parsePlan(entry('Unique identifier (CAPA-001, CAPA-002, etc.)'), 'markdown').risks[0].id, undefined);
  });
});
