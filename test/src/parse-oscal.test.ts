// OSCAL plans of action and milestones (YAML and JSON) read into the plan model: risks,
// their remediations as actions, deadlines, statuses, priorities and acceptance, and no
// fix ever offered into a document of another schema.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from './lint-with-registry';
import { detectPlan, recognisePlan } from '../../server/out/parse/detect';
import { FIXTURES } from './plan-files';

const read = (name: string) => {
  const text = readFileSync(join(FIXTURES, 'oscal', name), 'utf8');
  return analyse(text, detectPlan(name, text)!, { today: '2026-06-15' });
};

describe('OSCAL POA&M reader', () => {
  it('recognises both fixtures by their root key, as JSON and as YAML', () => {
    assert.equal(detectPlan('clinic-poam.json', readFileSync(join(FIXTURES, 'oscal', 'clinic-poam.json'), 'utf8')), 'json');
    assert.equal(detectPlan('vendor-poam.yaml', readFileSync(join(FIXTURES, 'oscal', 'vendor-poam.yaml'), 'utf8')), 'yaml');
  });

  it('reads risks, POA&M IDs, remediations, owners, deadlines, statuses and priority from likelihood × impact (JSON)', () => {
    const { plan } = read('clinic-poam.json');
    assert.equal(plan.meta.title?.value, 'Maple Clinic EHR Plan of Action and Milestones');
    assert.equal(plan.meta.organization?.value, 'Maple Clinic');
    assert.equal(plan.meta.lastReviewed?.value, '2026-05-01');
    assert.equal(plan.meta.riskAnalysis?.date?.value, '2026-03-10');
    assert.equal(plan.meta.riskAnalysis?.conductedBy?.value, 'Northline Assessors');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['V-101', 'MAPLE-RISK-2', '5a0c2d1e-0001-4c6a-9e1f-0000000000f2']);
    const [mfa, backups, fax] = plan.risks;
    assert.equal(mfa.title?.value, 'Remote EHR access without a second factor');
    assert.equal(mfa.priority?.value, 'high (likelihood high × impact high)');
    assert.equal(mfa.treatment?.value, 'mitigate');
    assert.equal(mfa.actions.length, 1);
    const [action] = mfa.actions;
    assert.equal(action.action?.value, "Turn on the EHR vendor's multi-factor authentication for all remote logins");
    assert.equal(action.owner?.value, 'R. Alvarez, IT Lead');
    assert.equal(action.due?.value, '2026-04-30');
    assert.equal(action.status?.value, 'in-progress (remediating)');
    assert.equal(backups.actions.length, 0);
    assert.equal(fax.title?.value, 'Fax machine in the hallway');
  });

  it('reads an accepted risk with its approval from the risk log, and a completed remediation as done (YAML)', () => {
    const { plan } = read('vendor-poam.yaml');
    const [baa, accounts] = plan.risks;
    assert.equal(baa.id?.value, 'HB-7');
    assert.equal(baa.treatment?.value, 'accept');
    assert.equal(baa.actions[0].status?.value, 'accepted (deviation-approved)');
    assert.equal(baa.acceptance.approvedOn?.value, '2026-05-15');
    assert.equal(baa.acceptance.reviewBy?.value, '2026-09-30');
    assert.equal(baa.acceptance.compensatingControls?.value, "Claims are sent through the clearinghouse's encrypted portal only.");
    assert.equal(accounts.actions[0].status?.value, 'done (completed)');
    assert.equal(accounts.actions.length, 1, 'a recommendation is not a planned action');
  });

  it('every rule applies: the findings an auditor would make', () => {
    const { findings, lines } = read('clinic-poam.json');
    assert.deepEqual(findings.map((f) => `${lines.lineAt(f.range.start) + 1} ${f.rule}`), [
      '1 missing-approval',
      '50 overdue-action',
      '58 missing-action',
      '58 missing-priority',
      '74 missing-action',
      '74 missing-priority',
    ]);
  });

  it("a risk with no remediation of its own is planned by its POA&M item: the item's milestones date it, its props grade it", () => {
    const { plan, findings, lines } = read('harbor-poam.json');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['HI-01', 'HI-02', 'HI-03'], 'the poam-item-id prop names the item');
    const [shared, archive, fax] = plan.risks;
    assert.equal(shared.priority?.value, 'P1');
    assert.equal(archive.priority?.value, 'moderate', "the risk's own facet stands over the item's risk-level");
    assert.deepEqual(shared.actions.map((a) => [a.action?.value, a.due?.value, a.status?.value]), [['Give each radiologist a personal viewer login', '2026-05-31', 'open']]);
    assert.equal(archive.actions[0].status?.value, 'in-progress (remediating)');
    // An item that answers no risk is a risk of its own, planned by its milestones all the same.
    assert.deepEqual([fax.priority?.value, fax.actions[0]?.action?.value, fax.actions[0]?.due?.value], ['low', 'Move the fax server off the imaging network', '2027-03-31']);
    assert.deepEqual(findings.map((f) => `${lines.lineAt(f.range.start) + 1} ${f.rule}`), [
      '1 missing-approval',
      '1 missing-risk-analysis',
      '29 missing-owner',
      '40 overdue-action',
      '43 missing-owner',
      '55 missing-owner',
    ]);
  });

  it('a date span points at the date itself, and no finding carries a fix', () => {
    const { plan, findings } = read('clinic-poam.json');
    const due = plan.risks[0].actions[0].due!;
    assert.equal(plan.text.slice(due.valueRange.start, due.valueRange.end), '2026-04-30');
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.fixes.length === 0));
  });

  it('a template is no plan: a placeholder title ([System Name] …) and [EXAMPLE] items (FedRAMP\'s official POA&M template)', () => {
    const template = JSON.stringify({
      'plan-of-action-and-milestones': {
        uuid: '00000000-0000-4000-8000-000000000001',
        metadata: { title: '[System Name] FedRAMP Plan of Action and Milestones (POA&M)', 'last-modified': '2024-09-24T00:00:00Z', version: '1.0', 'oscal-version': '1.1.2' },
        risks: [{ uuid: '00000000-0000-4000-8000-000000000002', title: 'Weakness Name', description: 'Weakness Description', statement: 'Describe the risk', status: 'open', deadline: '2023-07-30T00:00:00Z' }],
        'poam-items': [{ uuid: '00000000-0000-4000-8000-000000000003', title: '[EXAMPLE]POA&M Item', description: 'Describe the item', 'related-risks': [{ 'risk-uuid': '00000000-0000-4000-8000-000000000002' }] }],
      },
    }, null, 2);
    assert.deepEqual(recognisePlan('poam-template.json', template), { reason: 'it is an OSCAL plan of action and milestones template: its title is a placeholder ("[System Name] …") and its items are marked [EXAMPLE]' });
    assert.equal(analyse(template, 'json', { today: '2026-06-15' }).plan.risks.length, 0);
    // A filled-in plan that still has an [EXAMPLE] item, under its own system's name, is a plan.
    const filled = template.replace('[System Name] FedRAMP', 'Harbor Clinic EHR FedRAMP');
    assert.deepEqual(recognisePlan('poam.json', filled), { kind: 'json' });
    assert.equal(analyse(filled, 'json', { today: '2026-06-15' }).plan.risks.length, 1);
  });
});

