// A priority from likelihood × impact: 3×3 word scales, 5×5 word and number scales.
import * as assert from 'node:assert/strict';
import { priorityFromRating } from '../../server/out/model/risk-rating';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';

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

describe('a priority heading over risks rated by likelihood and impact', () => {
  // `### HIGH PRIORITY` over `- **Likelihood:** Low` / `- **Impact:** High`: the heading is the writer's ranking; the product only an input.
  const plan = parseMarkdownPlan(
    ['# Register', '', '## Active Risks', '', '### HIGH PRIORITY', '', '#### R-001: Grant lost', '- **Impact:** High', '- **Likelihood:** Low', '- **Mitigation:** File the renewal early', '',
      '#### R-002: Board delay', '- **Priority:** Medium', '- **Impact:** High', '- **Likelihood:** Low', '- **Mitigation:** Table the item at the March meeting', ''].join('\n'),
  );
  it('takes the heading over likelihood × impact', () => assert.equal(plan.risks[0].priority?.value, 'HIGH'));
  it('keeps a priority the risk writes itself', () => assert.equal(plan.risks[1].priority?.value, 'Medium'));
});
