// A register kept in YAML by another tool (issue 12): a list of tracked entries at the root, or
// under its own top-level key beside `meta:` and `schema:`, read as risks with no fix written into it.
import * as assert from 'node:assert/strict';
import { detectPlan, recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from '../../server/out/engine/lint';
import { RULES } from '../../server/out/rules/index';
import { stringify } from 'yaml';

const ROOT_LIST =
  '- id: drift\n  title: Model answers drift from the clinic protocol\n  severity: High\n  mitigations:\n    - Review ten answers a week against the protocol\n' +
  '- id: leak\n  title: Chat transcripts hold patient names\n  severity: Moderate\n  mitigations:\n    - Strip names before transcripts are stored\n' +
  '- id: vendor\n  title: One vendor hosts the model\n  severity: Low\n  mitigations:\n    - Keep an export of the prompts and settings\n';

const TRACKER =
  'meta:\n  owner: Compliance lead\nschema:\n  action_id: string\nactions:\n' +
  '  - action_id: ACT-01\n    title: Sign the BAA with the transcription vendor\n    owner: Practice manager\n    due_date: "2026-03-31"\n    status: Open\n' +
  '  - action_id: ACT-02\n    title: Turn on disk encryption on the two reception laptops\n    owner: IT contractor\n    due_date: "2026-04-30"\n    status: Open\n' +
  '  - action_id: ACT-03\n    title: Run a restore test of the EHR backup\n    owner: IT contractor\n    due_date: "2026-05-31"\n    status: Closed\n' +
  'milestones:\n  - id: M-1\n    title: Policies approved\n    status: Done\n';

// A threat model's inventory of the system: its entries carry an owner and a description as a register's do.
const ASSETS = (key: string) =>
  `title: Clinic scheduling system\n${key}:\n` +
  '  web-portal:\n    id: web-portal\n    description: Patients book visits here\n    owner: Front desk lead\n    status: live\n' +
  '  api:\n    id: api\n    description: Booking service behind the portal\n    owner: IT contractor\n    status: live\n' +
  '  db:\n    id: db\n    description: Appointments and contact details\n    owner: IT contractor\n    status: live\n';

// A catalogue of the risks of kinds of permission: each entry named and graded among keys of its own domain.
const CATALOGUE_ENTRIES = ['exec', 'attach', 'port-forward'].map((verb, i) => ({
  id: 1000 + i,
  name: `Cluster-wide pod ${verb}`,
  description: `Allows ${verb} on any pod in the cluster.`,
  category: 'Elevation of Privilege',
  risk_level: 'RiskLevelHigh',
  api_groups: [''],
  resources: [`pods/${verb}`],
  verbs: ['create'],
  tags: ['PodAccess'],
  commands: [{ description: 'Run it', command: `kubectl ${verb} my-pod` }],
}));
const CATALOGUE = stringify(CATALOGUE_ENTRIES);

// A quantitative register keyed by its risks' names: each entry a title and loss figures, no field the vocabulary rates.
const NAMED_RISKS = ['ACCT-TAKEOVER', 'DATA-EXFIL', 'VENDOR-OUTAGE']
  .map((name) => `RISK-${name}:\n  title: ${name.toLowerCase().replace('-', ' ')} at the clinic\n  baseline:\n    loss_magnitude_90ci: [200000, 500000]\n  appetite_threshold: 400000\n`)
  .join('\n');

describe('a YAML register in another tool\'s schema (issue 12)', () => {
  const table: [string, string, string | undefined][] = [
    ['risks.yaml', ROOT_LIST, 'yaml'],
    ['tracker.yaml', TRACKER, 'yaml'],
    // Lists that track nothing: a playbook's tasks, a list of people, a short list of two.
    ['site.yml', '- name: Install nginx\n  apt: { name: nginx }\n- name: Start nginx\n  service: { name: nginx }\n- name: Open port\n  ufw: { port: 80 }\n', undefined],
    ['people.yaml', 'people:\n  - id: 1\n    name: Ann\n  - id: 2\n    name: Bo\n  - id: 3\n    name: Cy\n', undefined],
    ['two.yaml', ROOT_LIST.split('- id: vendor')[0], undefined],
    // A threat model's assets are what risks are about, not risks (a Threagile model with none identified is no plan);
    // a key that names risks of them is a register still.
    ['model.yaml', ASSETS('technical_assets'), undefined],
    ['asset-risks.yaml', ASSETS('asset_risks'), 'yaml'],
    // A catalogue names and grades the items of another domain (a kind of permission: its verbs, resources, commands) and tracks none.
    ['permissions.yaml', CATALOGUE, undefined],
    ['permissions.json', JSON.stringify(CATALOGUE_ENTRIES, null, 2), undefined],
    // The same entries, each with an owner: tracked, a register.
    ['owned-permissions.yaml', stringify(CATALOGUE_ENTRIES.map((entry) => ({ ...entry, owner: 'Platform team' }))), 'yaml'],
    // Keys that name each entry a risk, each entry worded and rated in figures of its own (a quantitative register, session 24);
    // keys that name no risk, over the same entries, are another mapping's.
    ['quantified.yaml', NAMED_RISKS, 'yaml'],
    ['services.yaml', NAMED_RISKS.replace(/RISK-/g, 'SVC-'), undefined],
  ];
  for (const [name, text, expected] of table) {
    it(`${name} → ${expected ?? 'not a plan'}`, () => assert.equal(detectPlan(name, text), expected));
  }

  it('reads a register keyed by its risks\' names: each key the ID, its title the risk, no action planned', () => {
    const plan = parsePlan(NAMED_RISKS, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value]), [
      ['RISK-ACCT-TAKEOVER', 'acct takeover at the clinic'],
      ['RISK-DATA-EXFIL', 'data exfil at the clinic'],
      ['RISK-VENDOR-OUTAGE', 'vendor outage at the clinic'],
    ]);
    assert.equal(analyse(NAMED_RISKS, 'yaml', { rules: RULES, today: '2026-06-15' }).findings.filter((f) => f.rule === 'missing-action').length, 3);
  });

  it('a risk rated by a quantitative estimate (probability and loss in figures) has its rating; in words it has none', () => {
    const estimated = NAMED_RISKS.replace(/  baseline:\n/g, '  baseline:\n    probability_of_realization_90ci: [0.01, 0.04]\n');
    const rated = parsePlan(estimated, 'yaml').risks[0];
    assert.equal(rated.priority?.value, 'quantified (probability_of_realization_90ci 0.01, 0.04; loss_magnitude_90ci 200000, 500000)');
    const findings = (text: string) => analyse(text, 'yaml', { rules: RULES, today: '2026-06-15' }).findings.filter((f) => f.rule === 'missing-priority').length;
    assert.equal(findings(estimated), 0);
    // Without a probability, or with one in words, the loss alone rates nothing.
    assert.equal(findings(NAMED_RISKS), 3);
    assert.equal(findings(NAMED_RISKS.replace(/  baseline:\n/g, '  baseline:\n    probability: likely\n')), 3);
  });

  it('says why a catalogue at the root is no register', () => {
    const recognition = recognisePlan('permissions.yaml', CATALOGUE);
    assert.equal(recognition.kind, undefined);
    assert.match('reason' in recognition ? recognition.reason : '', /a list at its root whose entries are not a register's/);
  });

  it('reads a root list\'s entries as risks, their mitigations as the action', () => {
    const plan = parsePlan(ROOT_LIST, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value, r.actions.length > 0 && r.actions[0].action?.value !== undefined]), [
      ['drift', 'High', true],
      ['leak', 'Moderate', true],
      ['vendor', 'Low', true],
    ]);
  });

  it('reads the first tracked list of a tracker, each entry\'s wording as its action, and not the milestones after it', () => {
    const plan = parsePlan(TRACKER, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0]?.action?.value, r.actions[0]?.owner?.value, r.actions[0]?.due?.value]), [
      ['ACT-01', 'Sign the BAA with the transcription vendor', 'Practice manager', '2026-03-31'],
      ['ACT-02', 'Turn on disk encryption on the two reception laptops', 'IT contractor', '2026-04-30'],
      ['ACT-03', 'Run a restore test of the EHR backup', 'IT contractor', '2026-05-31'],
    ]);
  });

  it('offers no fix: the register is another tool\'s schema', () => {
    const { findings } = analyse(ROOT_LIST, 'yaml', { today: '2026-12-03', rules: RULES });
    assert.ok(findings.some((f) => f.rule === 'missing-owner'));
    assert.deepEqual(findings.filter((f) => f.fixes.length > 0).map((f) => f.rule), []);
  });
});
