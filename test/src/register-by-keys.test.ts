// Registers in YAML or JSON judged generically by their keys (issue 12, round 10): a list of
// objects, or a mapping of objects keyed by their IDs, whose objects carry keys of at least two
// kinds the field vocabulary knows (wording, action, owner, due date, status, rating, treatment)
// is a register, each object a risk, under whatever names the tool that wrote it chose.
import * as assert from 'node:assert/strict';
import { detectPlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';
import { statusOf } from '../../server/out/model/vocabulary';

// A scanner's output: no IDs, PascalCase keys; the failed check is the risk, its recommendation the action.
const SCAN_JSON = JSON.stringify([
  { Account: 'frontdesk-shared', Check: 'NoMFA', Severity: 'HIGH', Detail: 'Shared account signs in with a password only', Recommendation: 'Retire the shared front-desk login and give each receptionist an EHR account with MFA' },
  { Account: 'billing-export', Check: 'StaleKey', Severity: 'MEDIUM', Detail: 'API key older than 400 days', Recommendation: 'Rotate the billing export key and store it in the vault' },
  { Account: 'old-intern', Check: 'UnusedAccount', Severity: 'LOW', Detail: 'No sign-in for 200 days', Recommendation: '' },
], null, 2);

// A mapping keyed by ID whose keys are abbreviated: `desc` the description, `sec` the security requirement planned.
const ABBREVIATED_YAML =
  '# Threats to the bedside monitor gateway (synthetic)\n' +
  'GW-1:\n  summary: Firmware replaced over the service port\n  desc: >-\n    Anyone at the bedside can reach the service port.\n  sec: >-\n    Seal the service port and disable it in the shipped firmware.\n\n' +
  'GW-2:\n  summary: Readings sent unencrypted to the nurse station\n  desc: Plain UDP on the ward network.\n  sec: Send readings over TLS with the gateway certificate.\n\n' +
  'GW-3:\n  summary: Default admin password on the gateway\n  desc: Same password on every unit.\n  sec: None\n';

// A threat model: a model first (assets with a description and an owner), then the tracked risks
// keyed by the model's own lower-case IDs, with a status, who checked them and when.
const THREAT_MODEL_YAML =
  'title: Clinic portal\n' +
  'defaults: &defaults\n  owner: platform\n' +
  'assets:\n' +
  '  portal-db:\n    description: Patient records\n    <<: *defaults\n' +
  '  portal-web:\n    description: Web front end\n    owner: web\n' +
  '  portal-queue:\n    description: Message queue\n    owner: platform\n' +
  'risk_tracking:\n' +
  '  weak-tls@portal-web:\n    status: mitigated\n    justification: TLS 1.2+ only since the March release.\n    date: 2026-03-02\n    checked_by: R. Okafor\n' +
  '  sql-injection@portal-db:\n    status: false-positive\n    justification: Every query is parameterised.\n    date: 2026-03-02\n    checked_by: R. Okafor\n' +
  '  missing-audit-log@portal-queue:\n    status: in-progress\n    justification: Queue access is not yet logged.\n    date: 2026-03-03\n    checked_by: R. Okafor\n';

// A POA&M's own date key: the target resolution is when the item is due.
const TARGET_RESOLUTION_YAML =
  'findings:\n' +
  '  - id: "F-1"\n    title: Backups not encrypted\n    severity: high\n    status: open\n    assignee: it-team\n    target_resolution: "2027-02-01"\n    remediation_plan: Turn on backup encryption\n' +
  '  - id: "F-2"\n    title: No screen lock\n    severity: low\n    status: open\n    assignee: it-team\n    target_resolution: "2027-03-01"\n    remediation_plan: Set a five-minute lock by policy\n' +
  '  - id: "F-3"\n    title: Shared Wi-Fi password\n    severity: medium\n    status: in-progress\n    assignee: it-team\n    target_resolution: "2027-01-15"\n    remediation_plan: Move staff to WPA2-Enterprise\n';

// A Threagile model (its assets first) whose risk_tracking records one risk: mitigated, who checked it, the ticket.
const THREAGILE_TRACKED_YAML =
  'threagile_version: 1.0.0\n' +
  'title: Pharmacy refill portal\n' +
  'technical_assets:\n' +
  '  refill-db:\n    id: refill-db\n    description: Refill requests\n    owner: Pharmacy IT\n' +
  'risk_tracking:\n' +
  '  unencrypted-asset@refill-db:\n    status: mitigated\n    justification: Disk encryption turned on in the June release.\n    ticket: PH-204\n    date: 2026-06-12\n    checked_by: L. Ferreira\n';

describe('registers judged by their keys (issue 12, round 10)', () => {
  const detection: [string, string, string | undefined][] = [
    ['scan.json', SCAN_JSON, 'json'],
    ['threats.yaml', ABBREVIATED_YAML, 'yaml'],
    ['model.yaml', THREAT_MODEL_YAML, 'yaml'],
    ['poam.yaml', TARGET_RESOLUTION_YAML, 'yaml'],
    // A Threagile model tracking one risk: the team's decision on it is its plan; a model tracking none is no plan.
    ['threagile.yaml', THREAGILE_TRACKED_YAML, 'yaml'],
    ['untracked.yaml', THREAGILE_TRACKED_YAML.split('risk_tracking:')[0] + 'risk_tracking:\n', undefined],
    ['unstated.yaml', THREAGILE_TRACKED_YAML.replace('    status: mitigated\n', ''), undefined],
    // Not registers: objects with one kind of known key (a name and a description), a list of two.
    ['services.yaml', 'services:\n  - name: web\n    description: front end\n  - name: db\n    description: records\n  - name: queue\n    description: jobs\n', undefined],
    ['pair.json', '[{"title": "A", "severity": "high"}, {"title": "B", "severity": "low"}]', undefined],
  ];
  for (const [name, text, expected] of detection) {
    it(`${name} → ${expected ?? 'not a plan'}`, () => assert.equal(detectPlan(name, text), expected));
  }

  it('reads the one risk a Threagile model tracks, with its status', () => {
    const plan = parsePlan(THREAGILE_TRACKED_YAML, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.status?.value]), [['unencrypted-asset@refill-db', 'mitigated']]);
  });

  it('reads a scanner\'s findings: the check is the risk, the recommendation its action, the severity its priority', () => {
    const plan = parsePlan(SCAN_JSON, 'json');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.priority?.value, r.actions[0]?.action?.value ?? '']), [
      ['NoMFA', 'HIGH', 'Retire the shared front-desk login and give each receptionist an EHR account with MFA'],
      ['StaleKey', 'MEDIUM', 'Rotate the billing export key and store it in the vault'],
      ['UnusedAccount', 'LOW', ''],
    ]);
    const { findings } = analyse(SCAN_JSON, 'json', { today: '2026-12-03' });
    assert.equal(findings.filter((f) => f.rule === 'missing-action').length, 1);
  });

  it('reads abbreviated keys: desc the description, sec the action planned; "None" is no action', () => {
    const plan = parsePlan(ABBREVIATED_YAML, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0]?.action?.value]), [
      ['GW-1', 'Firmware replaced over the service port', 'Seal the service port and disable it in the shipped firmware.'],
      ['GW-2', 'Readings sent unencrypted to the nurse station', 'Send readings over TLS with the gateway certificate.'],
      ['GW-3', 'Default admin password on the gateway', 'None'],
    ]);
  });

  it('reads the tracked risks of a threat model, not its assets; who checked a risk owns it; a false positive needs no action', () => {
    const plan = parsePlan(THREAT_MODEL_YAML, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.owner?.value, statusOf(r.actions[0]?.status?.value)]), [
      ['weak-tls@portal-web', 'R. Okafor', 'done'],
      ['sql-injection@portal-db', 'R. Okafor', 'accepted'],
      ['missing-audit-log@portal-queue', 'R. Okafor', 'in-progress'],
    ]);
    const { findings, lines } = analyse(THREAT_MODEL_YAML, 'yaml', { today: '2026-12-03' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action').map((f) => lines.positionAt(f.range.start).line + 1), [25]);
  });

  it("a tracked risk's ticket is where its record is filed: a mitigated one with a ticket has its evidence, one without is asked for it", () => {
    const text = THREAT_MODEL_YAML.replace('    checked_by: R. Okafor\n  sql-injection', '    ticket: SEC-114\n    checked_by: R. Okafor\n  sql-injection');
    assert.equal(parsePlan(text, 'yaml').risks[0].actions[0]?.evidence?.value ?? parsePlan(text, 'yaml').risks[0].evidence?.value, 'SEC-114');
    const rules = (yaml: string) => analyse(yaml, 'yaml', { today: '2026-12-03' }).findings.map((f) => f.rule);
    assert.ok(rules(THREAT_MODEL_YAML).includes('missing-validation'));
    assert.ok(!rules(text).includes('missing-validation'));
  });

  it("a tracked risk in progress whose justification lists the pull requests under way has them as its action; one that states the gap has none", () => {
    const text = THREAT_MODEL_YAML.replace(
      '    justification: Queue access is not yet logged.\n',
      '    justification: >\n      Work under way:\n       * feat: log queue reads - https://git.example.org/portal/pull/212\n',
    );
    const [, , inProgress] = parsePlan(text, 'yaml').risks;
    assert.match(inProgress.actions[0]?.action?.value ?? '', /pull\/212/);
    const rules = analyse(text, 'yaml', { today: '2026-12-03' }).findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-action'));
    // The false positive's justification stays its reason: it gets no action.
    assert.equal(parsePlan(text, 'yaml').risks[1].actions[0]?.action, undefined);
  });

  it("reads a Threagile model's risks identified by hand: each under its category's risks_identified, titled by its key without markup, the category's mitigation its action", () => {
    const text =
      'individual_risk_categories:\n' +
      '  Shared kiosk login:\n    id: shared-kiosk-login\n    description: One login on the waiting-room kiosk.\n' +
      '    mitigation: Give the kiosk a locked-down account that sees no records\n    risks_identified:\n' +
      '      <b>Shared kiosk login</b> at <b>Waiting room kiosk</b>:\n        severity: high\n        exploitation_likelihood: likely\n' +
      THREAT_MODEL_YAML;
    const plan = parsePlan(text, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value ?? r.id?.value, r.priority?.value, r.actions[0]?.action?.value]).slice(0, 2), [
      ['Shared kiosk login at Waiting room kiosk', 'high', 'Give the kiosk a locked-down account that sees no records'],
      ['weak-tls@portal-web', undefined, undefined],
    ]);
  });

  it("leaves out the stub's example category a Threagile model kept (described as `Some text describing the risk category...`): its risk is the template's, not the modeller's", () => {
    const stub =
      '  Some Individual Risk Example:\n    id: something-strange\n    description: Some text describing the risk category...\n' +
      '    mitigation: Some text describing the mitigation...\n    risks_identified:\n' +
      '      <b>Example Individual Risk</b> at <b>Some Technical Asset</b>:\n        severity: medium\n';
    const text =
      'individual_risk_categories:\n' + stub +
      '  Shared kiosk login:\n    id: shared-kiosk-login\n    description: One login on the waiting-room kiosk.\n' +
      '    mitigation: Give the kiosk a locked-down account that sees no records\n    risks_identified:\n' +
      '      <b>Shared kiosk login</b> at <b>Waiting room kiosk</b>:\n        severity: high\n' +
      THREAT_MODEL_YAML;
    const titles = parsePlan(text, 'yaml').risks.map((r) => r.title?.value ?? r.id?.value);
    assert.equal(titles[0], 'Shared kiosk login at Waiting room kiosk');
    assert.ok(!titles.some((t) => /Example Individual Risk/.test(t ?? '')));
  });

  it('reads target_resolution as the due date', () => {
    const plan = parsePlan(TARGET_RESOLUTION_YAML, 'yaml');
    assert.deepEqual(plan.risks.map((r) => r.actions[0]?.due?.value), ['2027-02-01', '2027-03-01', '2027-01-15']);
  });
});
