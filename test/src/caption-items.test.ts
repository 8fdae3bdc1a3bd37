// A caption item of an action list (reader round 9): `- Access control:` (a few words and a
// colon) with nested points is worded by its points, joined, not by the caption, so the action
// is judged on what it says will be done. A point of a point is detail; a caption without points
// is its own words.
import * as assert from 'node:assert/strict';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';

const HEAD = '# Plan\n\n## Risks\n\n### R-1: Imaging server access\n\n**Owner:** IT\n\n**Actions:**\n';
const actionsOf = (list: string) => {
  const plan = parseMarkdownPlan(HEAD + list);
  return plan.risks[0].actions.map((a) => (a.action ? [a.action.value, plan.text.slice(a.action.valueRange.start, a.action.valueRange.end)] : null));
};

describe('a caption item worded by its points (reader round 9)', () => {
  it('joins the caption\'s points into its action, its range from the first point to the last', () => {
    assert.deepEqual(actionsOf('- Access control:\n  - Give each user a named account\n  - Lock after five failures\n- Patch the server monthly\n'), [
      ['Give each user a named account; Lock after five failures', 'Give each user a named account\n  - Lock after five failures'],
      ['Patch the server monthly', 'Patch the server monthly'],
    ]);
  });

  it('leaves a point of a point out of the words', () => {
    assert.deepEqual(actionsOf('- **Logging:**\n  - Send the sign-in log to the log service\n    - Keep it a year\n')[0]?.[0], 'Send the sign-in log to the log service');
  });

  it('reads points that mark their own progress as steps of their own, each with its status', () => {
    const plan = parseMarkdownPlan(HEAD + '- Access control:\n  - [x] Give each user a named account\n  - [ ] Lock after five failures\n');
    assert.deepEqual(plan.risks[0].actions.map((a) => [a.action?.value, a.status?.value]), [
      ['Give each user a named account', '[x]'],
      ['Lock after five failures', '[ ]'],
    ]);
  });

  it('reads a caption marked with its own progress as one step, with that progress, its points what it is done to', () => {
    const plan = parseMarkdownPlan(HEAD + '- [x] Create the BAA template\n- [ ] Send BAA requests to all vendors:\n  - [ ] Imaging vendor (X-ray storage)\n  - [x] Answering service\n');
    assert.deepEqual(plan.risks[0].actions.map((a) => [a.action?.value, a.status?.value]), [
      ['Create the BAA template', '[x]'],
      ['Send BAA requests to all vendors: Imaging vendor (X-ray storage); Answering service', '[ ]'],
    ]);
    const unmarked = parseMarkdownPlan(HEAD + '- [ ] Enrol all workforce members:\n  - Front desk (3)\n  - Hygienists (4)\n');
    assert.deepEqual(unmarked.risks[0].actions.map((a) => a.action?.value), ['Enrol all workforce members: Front desk (3); Hygienists (4)']);
  });

  it('keeps a caption with no points as written', () => {
    assert.deepEqual(actionsOf('- Monitoring:\n- Patch the server monthly\n').map((a) => a?.[0]), ['Monitoring:', 'Patch the server monthly']);
  });

  it('gives a field nested under the caption to its action', () => {
    const plan = parseMarkdownPlan(HEAD + '- Access control:\n  - Owner: Office manager\n  - Give each user a named account\n- Patch the server monthly\n');
    assert.deepEqual(plan.risks[0].actions.map((a) => [a.action?.value, a.owner?.value]), [
      ['Access control:', 'Office manager'],
      ['Patch the server monthly', 'IT'],
    ]);
  });

  it('does not take an item with a sentence before its colon for a caption', () => {
    assert.deepEqual(actionsOf('- Enable MFA on the EHR. Then review:\n  - the admin accounts\n').map((a) => a?.[0]), ['Enable MFA on the EHR. Then review:']);
  });

  it('keeps a caption worded as an instruction as the lead of its points (session 27: `1. Create 2 separate SSIDs:`)', () => {
    assert.deepEqual(actionsOf('1. Create 2 separate SSIDs:\n   - WiFi-Staff (WPA3-Enterprise)\n   - WiFi-Guests (captive portal, isolated)\n2. Patch the server monthly\n'), [
      ['Create 2 separate SSIDs: WiFi-Staff (WPA3-Enterprise); WiFi-Guests (captive portal, isolated)',
        'Create 2 separate SSIDs:\n   - WiFi-Staff (WPA3-Enterprise)\n   - WiFi-Guests (captive portal, isolated)'],
      ['Patch the server monthly', 'Patch the server monthly'],
    ]);
  });
});
