// A gap analysis that assesses each area under a heading, then sums the areas up in one table with each area's priority
// and remediation (issue 12, session 24): a gap that plans nothing of its own takes its area's remediation and priority.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaName } from '../../server/out/parse/markdown/area-summary';
import { analyse, parsePlan } from './lint-with-registry';

const PLAN = readFileSync(join(__dirname, '..', 'fixtures', 'markdown', 'lakeside-gap-summary.md'), 'utf8');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe("a summary of the areas giving each area's remediation (issue 12)", () => {
  it("gives each gap under a summed-up area that area's remediation and priority; a gap of no such area none", () => {
    const plan = parsePlan(PLAN, 'markdown');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions[0].action?.value]), [
      ['Sanction Policy', 'HIGH', 'Write and adopt a sanction policy; give yearly security training to all staff.'],
      ['Security Awareness Training', 'HIGH', 'Write and adopt a sanction policy; give yearly security training to all staff.'],
      ['Automatic Logoff', 'MEDIUM', 'Set the EHR and the billing system to log users off after 15 minutes of inactivity.'],
      ['Encryption in Transit', undefined, undefined],
    ]);
    const { findings } = analyse(PLAN, 'markdown', { today: '2026-06-15' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action' || f.rule === 'missing-priority').map((f) => [f.rule, lineOf(PLAN, f.range.start)]), [
      ['missing-action', 24],
      ['missing-priority', 24],
    ]);
  });

  it("the innermost area's row wins: a subsection's before its section's", () => {
    const both = PLAN.replace('| Access Control |', '| Technical Safeguards | ⚠️ Partial | LOW | Turn off TLS 1.0 on the fax gateway. |\n| Access Control |');
    assert.deepEqual(parsePlan(both, 'markdown').risks.slice(2).map((r) => [r.title?.value, r.priority?.value]), [
      ['Automatic Logoff', 'MEDIUM'],
      ['Encryption in Transit', 'LOW'],
    ]);
  });

  it('one row naming an area is no summary of the areas', () => {
    const one = PLAN.replace(/^\| Access Control \|.*\n/m, '');
    assert.ok(parsePlan(one, 'markdown').risks.every((r) => r.actions[0].action === undefined));
  });

  it('a vague remediation shared by the gaps of an area is reported once', () => {
    const vague = PLAN.replace('Write and adopt a sanction policy; give yearly security training to all staff.', 'Improve policies.');
    const { findings } = analyse(vague, 'markdown', { today: '2026-06-15' });
    assert.equal(findings.filter((f) => f.rule === 'vague-action').length, 1);
  });

  it('names an area without its numbering, its citation in brackets or its case', () => {
    assert.equal(areaName('2.1 Access Control (§164.312(a)(1))'), 'access control');
    assert.equal(areaName('**1. Administrative Safeguards (§164.308)**'), 'administrative safeguards');
    assert.equal(areaName('Patient Rights:'), 'patient rights');
  });
});
