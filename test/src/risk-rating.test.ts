// A priority from likelihood × impact: 3×3 word scales, 5×5 word and number scales.
import * as assert from 'node:assert/strict';
import { priorityFromRating } from '../../server/out/model/risk-rating';

describe('priority from a likelihood × impact rating', () => {
  const table: [string, string, string | undefined][] = [
    ['High', 'High', 'high'],
    ['low', 'high', 'medium'],
    ['Moderate', 'Low', 'low'],
    ['low', 'low', 'low'],
    ['5', '4', 'critical'],
    ['4', '3', 'high'],
    ['2', '3', 'medium'],
    ['1', '4', 'low'],
    ['Very High', 'Major', 'critical'],
    ['Unlikely', 'Moderate', 'medium'],
    ['often', 'high', undefined],
    ['6', '2', undefined],
  ];
  for (const [likelihood, impact, expected] of table) {
    it(`${likelihood} × ${impact} → ${expected ?? 'not a rating'}`, () => assert.equal(priorityFromRating(likelihood, impact), expected));
  }
});
