// Status and treatment values as plans write them (spec §3 and §5): the synonyms, any
// case, and a note or date after the value; other words name no status or treatment.
import * as assert from 'node:assert/strict';
import { fieldForLabel, statusOf, treatmentOf } from '../../server/out/model/vocabulary';

const STATUSES: readonly [string, string | undefined][] = [
  ['Done', 'done'],
  ['completed', 'done'],
  ['Resolved (March 19, 2026)', 'done'],
  ['Completed June 11, 2026', 'done'],
  ['Closed 10/09/2025', 'done'],
  ['Done (2026-03-05)', 'done'],
  ['Not started', 'open'],
  ['Planned for Q3', 'open'],
  ['In progress - vendor ticket 88213', 'in-progress'],
  ['in-progress', 'in-progress'],
  ['Underway', 'in-progress'],
  ['Deferred to 2027', 'deferred'],
  ['Accepted', 'accepted'],
  ['not done', undefined],
  ['Opened', undefined],
  ['Blocked', undefined],
  ['On hold (budget)', undefined],
  ['✅ Done', 'done'],
  ['🟡 In progress', 'in-progress'],
  ['❌ Blocked', undefined],
];

const TREATMENTS: readonly [string, string | undefined][] = [
  ['Mitigate', 'mitigate'],
  ['Mitigation', 'mitigate'],
  ['Accepted.', 'accept'],
  ['Avoidance', 'avoid'],
  ['Mitigate (reduce likelihood)', 'mitigate'],
  ['Transfer - cyber insurance', 'transfer'],
  ['Monitor (accept for now)', undefined],
  ['Share', undefined],
  ['Retain', undefined],
  ['Fix', undefined],
  ['Risk acceptance', 'accept'],
  ['Risk transfer (cyber insurance)', 'transfer'],
  ['Risk retained', undefined],
  ['Risk', undefined],
];

/** Table headers and labels with the hints people add after the field's name. */
const LABELS: readonly [string, string | undefined][] = [
  ['**Due date:**', 'due'],
  ['Risk ID', 'id'],
  ['Action(s)', 'action'],
  ['Owner(s)', 'owner'],
  ['Due Date (YYYY-MM-DD)', 'due'],
  ['Status / Notes', 'status'],
  ['Description', undefined],
  ['Notes (internal)', undefined],
];

describe('vocabulary', () => {
  describe('fieldForLabel', () => {
    for (const [label, field] of LABELS) it(`"${label}" → ${field}`, () => assert.equal(fieldForLabel(label), field));
  });

  describe('statusOf', () => {
    for (const [value, status] of STATUSES) it(`"${value}" → ${status}`, () => assert.equal(statusOf(value), status));
  });

  describe('treatmentOf', () => {
    for (const [value, treatment] of TREATMENTS) it(`"${value}" → ${treatment}`, () => assert.equal(treatmentOf(value), treatment));
  });
});
