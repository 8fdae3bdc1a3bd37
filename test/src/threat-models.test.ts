// Threat models kept as YAML or JSON (invented ones: test/fixtures/styles): the threats are the
// risks, and their mitigations, or the controls they reference by ID, are the actions. A JSON
// file that is neither OSCAL nor a register is skipped with a reason that says what it lacks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognisePlan } from '../../server/out/parse/detect';
import type { PlanModel } from '../../server/out/model/plan-model';
import { analyse, parsePlan } from './lint-with-registry';
import { FIXTURES } from './plan-files';

const STYLES = join(FIXTURES, 'styles');
const MARROWFIELD = readFileSync(join(STYLES, 'marrowfield-threat-model.rmp.yaml'), 'utf8');
const QUILLFEATHER = readFileSync(join(STYLES, 'quillfeather-threat-dragon.json'), 'utf8');

/** Each risk as [id, title, priority, its actions' wording]. */
const read = (plan: PlanModel) => plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions.map((a) => a.action?.value ?? null)]);

describe('threat models in YAML and JSON', () => {
  it('takes a YAML threat model by its content: threats beside a catalogue of controls', () => {
    assert.deepEqual(recognisePlan('portal-threat-model.yaml', MARROWFIELD), { kind: 'yaml' });
  });

  it('reads the threats as the risks and the controls they name by ID as their actions, never the controls as risks', () => {
    assert.deepEqual(read(parsePlan(MARROWFIELD, 'yaml')), [
      ['T-01', 'Credential stuffing against the patient login', 'High', ['Rate-limit login attempts per account and per source address', 'Require a second factor for every portal account']],
      ['T-02', "Insecure direct object reference exposes other patients' records", 'high (likelihood Medium × impact High)', ['Check record ownership on every API request', 'Page the on-call engineer when one account exports more than 500 records in an hour']],
      ['T-03', 'Unencrypted backups of the portal database in object storage', 'Medium', ['Turn on server-side encryption with a customer-managed key for the backup bucket']],
    ]);
  });

  it("gives a referenced control's action its owner, due date, status and evidence, where the control writes them", () => {
    const [first] = parsePlan(MARROWFIELD, 'yaml').risks;
    assert.deepEqual(
      first.actions.map((a) => [a.owner?.value, a.due?.value, a.status?.value, a.evidence?.value]),
      [
        ['Platform team', undefined, 'Implemented', 'Load test report LT-2026-07'],
        ['Identity team', '2026-09-30', 'Planned', undefined],
      ],
    );
  });

  it('reads the threats of a short list named for them before a longer list of controls written first', () => {
    const text = [
      'controls:',
      '  - {id: K-1, name: Lock the admin console to the office VPN, status: Implemented}',
      '  - {id: K-2, name: Rotate the API signing key every 90 days, status: Planned}',
      '  - {id: K-3, name: Keep 35 days of audit logs in a separate account, status: Planned}',
      'threats:',
      '  - {id: TH-1, description: Stolen admin session used from outside the office, severity: High, countermeasures: K-1}',
      '',
    ].join('\n');
    assert.deepEqual(read(parsePlan(text, 'yaml')), [['TH-1', 'Stolen admin session used from outside the office', 'High', ['Lock the admin console to the office VPN']]]);
  });

  it('reads one threat applied to two components, worded alike under two IDs, as two threats, each with its own mitigation', () => {
    // An Open Threat Model lists a catalogue threat once for each component it applies to; the
    // blind audit of held-out sets found 16 such threats of 43 dropped when alike wording was read as a revision.
    const text = [
      'threats:',
      '  - id: T-1',
      '    name: An adversary may read session tokens from the browser cache of the portal',
      '  - id: T-2',
      '    name: An adversary may read session tokens from the browser cache of the portal',
      'mitigations:',
      '  - id: M-1',
      '    name: Set Cache-Control no-store on the patient portal',
      '  - id: M-2',
      '    name: Set Cache-Control no-store on the staff portal',
      'components:',
      '  - id: patient-portal',
      '    threats: [{ threat: T-1, mitigations: [{ mitigation: M-1 }] }]',
      '  - id: staff-portal',
      '    threats: [{ threat: T-2, mitigations: [{ mitigation: M-2 }] }]',
      '',
    ].join('\n');
    assert.deepEqual(parsePlan(text, 'yaml').risks.map((r) => [r.id?.value, r.actions.map((a) => a.action?.value)]), [
      ['T-1', ['Set Cache-Control no-store on the patient portal']],
      ['T-2', ['Set Cache-Control no-store on the staff portal']],
    ]);
  });

  it('keeps a mitigation that names an ID no control has as written', () => {
    const text = 'controls:\n  - {id: K-1, name: Lock the admin console to the office VPN}\nthreats:\n  - {id: TH-1, title: Stolen admin session, severity: High, mitigations: [K-1, K-9]}\n';
    assert.deepEqual(read(parsePlan(text, 'yaml')), [['TH-1', 'Stolen admin session', 'High', ['Lock the admin console to the office VPN', 'K-9']]]);
  });

  it("reads a threat's own list of mitigations, each an action with its owner and date, the threat's status where it has none", () => {
    const text = [
      'threats:',
      '  - id: TM-1',
      '    title: Imaging share exposed to the internet',
      '    severity: High',
      '    status: open',
      '    mitigations:',
      '      - description: Close port 445 on the office firewall',
      '        owner: IT contractor',
      '        due: 2027-01-15',
      '        status: planned',
      '      - description: Move the imaging share behind the VPN',
      '        owner: IT contractor',
      '  - id: TM-2',
      '    title: X-ray workstation runs an unsupported OS',
      '    severity: High',
      '    status: mitigated',
      '    countermeasures: [Replace the workstation with a supported one, Take the old workstation off the network]',
      '  - id: TM-3',
      '    title: Shared imaging login',
      '    severity: Medium',
      '    status: open',
      '    mitigation: Give each radiographer a named login',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'yaml');
    assert.deepEqual(
      plan.risks.map((r) => r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value])),
      [
        [['Close port 445 on the office firewall', 'IT contractor', '2027-01-15', 'planned'], ['Move the imaging share behind the VPN', 'IT contractor', undefined, 'open']],
        [['Replace the workstation with a supported one', undefined, undefined, 'mitigated'], ['Take the old workstation off the network', undefined, undefined, 'mitigated']],
        [['Give each radiographer a named login', undefined, undefined, 'open']],
      ],
    );
  });

  it("keeps a threat's list of bare control names one action, judged once as a list of controls, not once for each name", () => {
    const text = 'risks:\n  - id: R-1\n    title: Tool calls without approval\n    severity: High\n    status: open\n    mitigations:\n      - approval_required_for_critical_tools\n      - audit_logging\n      - MFA\n  - id: R-2\n    title: Unlabelled simulation output\n    severity: Medium\n    status: open\n    mitigations: [decision_policy, recommendation_labeling]\n  - id: R-3\n    title: Stale exports\n    severity: Low\n    status: open\n    mitigations: [data_classification]\n';
    const { plan, findings } = analyse(text, 'yaml', { today: '2026-12-03' });
    assert.deepEqual(plan.risks.map((r) => r.actions.length), [1, 1, 1]);
    assert.deepEqual(findings.filter((f) => f.rule === 'vague-action').length, 3);
  });

  it("takes an OWASP Threat Dragon model and reads the threats kept on its diagram's elements", () => {
    assert.deepEqual(recognisePlan('refill-app.json', QUILLFEATHER), { kind: 'json' });
    const plan = parsePlan(QUILLFEATHER, 'json');
    assert.deepEqual(
      plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions[0].action?.value ?? null, r.actions[0].status?.value]),
      [
        ["Refill requests replayed to order another patient's medication", 'High', 'Add a nonce and a 5-minute expiry to every refill request and reject repeats at the gateway', 'Open'],
        ['API logs hold prescription details', 'Medium', "Mask drug names and dosages in the API's request log", 'Mitigated'],
        ['Database snapshots copied to an unmanaged account', 'Low', '', 'Open'],
      ],
    );
    // `Refill records altered through the reporting replica`, NotApplicable with no mitigation: its author says it is no threat there.
    assert.equal(plan.risks.some((r) => r.title?.value === 'Refill records altered through the reporting replica'), false);
  });

  it("does not read the tool's default threat, added and never written ('New STRIDE threat', 'Provide remediation for this threat …'), as a risk", () => {
    const added =
      '{ "id": "0f0f0f0f-1111-4222-8333-444455556666", "title": "New STRIDE threat", "status": "Open", "severity": "TBD", "type": "Spoofing", "description": "Provide a description for this threat", "mitigation": "Provide remediation for this threat or a reason if status is N/A", "modelType": "STRIDE", "new": true, "number": 5, "score": "" },';
    const model = QUILLFEATHER.replace(/(\n\s*)(\{ "id": "9c1d2e3f)/, `$1${added}$1$2`);
    assert.notEqual(model, QUILLFEATHER);
    assert.deepEqual(parsePlan(model, 'json').risks.map((r) => r.title?.value), parsePlan(QUILLFEATHER, 'json').risks.map((r) => r.title?.value));
    // A threat the author titled keeps its place, whatever its texts.
    const titled = model.replace('"title": "New STRIDE threat"', '"title": "Refill tokens guessed"');
    assert.equal(parsePlan(titled, 'json').risks.length, 4);
  });

  it("skips a model whose threats are drawn but not worked: all open, none with a mitigation, an owner or a due date (a diagram, not a plan)", () => {
    const unworked = QUILLFEATHER.replace(/"mitigation": "[^"]*"/g, '"mitigation": ""').replace('"status": "Mitigated"', '"status": "Open"');
    assert.notEqual(unworked, QUILLFEATHER);
    assert.deepEqual(recognisePlan('refill-app.json', unworked), {
      reason: 'all 3 threats read in it are open with no mitigation, owner or due date: nothing is planned in it yet',
    });
    // One threat with its mitigation written is something planned: the model is linted, its other threats' gaps reported.
    const one = unworked.replace('"mitigation": ""', '"mitigation": "Add a nonce to every refill request"');
    assert.deepEqual(recognisePlan('refill-app.json', one), { kind: 'json' });
    // So is one marked Mitigated, its mitigation left blank.
    const mitigated = unworked.replace('"status": "Open"', '"status": "Mitigated"');
    assert.deepEqual(recognisePlan('refill-app.json', mitigated), { kind: 'json' });
  });

  it("reads the model's summary owner as the plan's owner, and a threat's ruleId (the rule template it came from) as no ID of it", () => {
    assert.deepEqual([parsePlan(QUILLFEATHER, 'json').meta.title?.value, parsePlan(QUILLFEATHER, 'json').meta.owner?.value], ['Quillfeather Pharmacy Refill App', 'Appsec guild']);
    // Threat Dragon v1 writes no threat `id`, only the `ruleId` of the generic rule each threat was made from: two threats may share it.
    const rule = '"ruleId": "c1377855-ea20-4c97-8861-f95c364fb8d2"';
    const v1 = QUILLFEATHER.replace(/"id": "[0-9a-f-]{36}"/g, rule);
    assert.notEqual(v1, QUILLFEATHER);
    const { plan, findings } = analyse(v1, 'json', { today: '2026-12-03' });
    assert.deepEqual(plan.risks.map((r) => r.id?.value), [undefined, undefined, undefined]);
    assert.deepEqual(findings.filter((f) => f.rule === 'duplicate-risk-id'), []);
  });

  it('asks an action of an open threat with no mitigation, not of one judged not applicable', () => {
    const { findings, lines } = analyse(QUILLFEATHER, 'json', { today: '2026-12-03' });
    const missing = findings.filter((f) => f.rule === 'missing-action').map((f) => lines.positionAt(f.range.start).line + 1);
    assert.deepEqual(missing, [28]);
  });

  it('skips JSON that is neither OSCAL nor a register with a reason that says so, and names the OSCAL model it is', () => {
    assert.deepEqual(recognisePlan('package.json', '{"name": "refill-app", "version": "1.0.0", "dependencies": {}}\n'), {
      reason: 'it is neither an OSCAL plan of action and milestones nor a register of risks rmplint reads (entries that give an ID, a risk and its rating, owner, treatment or status, listed at its root or under a top-level key, or under keys naming risks wherever they are when every such key lists risks; or three or more entries that word a risk under a risk key)',
    });
    assert.deepEqual(recognisePlan('ssp.json', '{"system-security-plan": {"uuid": "0b6e"}}\n'), { reason: 'it is an OSCAL system security plan, not a plan of action and milestones' });
    assert.deepEqual(recognisePlan('broken.json', '{"threats": [\n'), { reason: 'it is not valid JSON' });
  });

  it('does not take a model whose one list named for threats holds other things', () => {
    const text = '{"detail": {"threats": ["spoofing", "tampering"], "cells": [{"data": {"threats": [{"title": "Replay", "severity": "High"}]}}]}}\n';
    assert.equal(recognisePlan('model.json', text).kind, undefined);
  });
});
