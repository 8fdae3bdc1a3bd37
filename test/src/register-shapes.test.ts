// Registers other tools keep in YAML or JSON, in the shapes people write them (issue 12, round 9):
// a mapping keyed by risk ID, a list of one-line "risk → countermeasure" entries, a register key
// holding its own `risks`, an array of objects that word each risk under "Risk" with no ID, and
// `risks:` whose controls to add are listed with their own owner and deadline.
import * as assert from 'node:assert/strict';
import { detectPlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';
import { statusOf } from '../../server/out/model/vocabulary';

const KEYED =
  '# Named risks of the clinic network (synthetic)\n\n' +
  'CR-PORTAL-TAKEOVER:\n  title: Patient portal accounts taken over with reused passwords\n  owner: portal-lead@clinic.example\n  last_reviewed: 2026-05-02\n\n' +
  'CR-FAX-MISROUTE:\n  title: Lab results faxed to the wrong practice\n  owner: lab-manager@clinic.example\n  last_reviewed: 2026-04-11\n\n' +
  'CR-BACKUP-GAP:\n  title: Imaging archive not in the nightly backup\n  owner: it-lead@clinic.example\n  mitigation: Add the imaging archive to the nightly backup job and test a restore\n  last_reviewed: 2026-03-20\n';

const ARROWS =
  '- text: Courier loses a box of paper charts → Scan charts before transport and ship sealed boxes only\n' +
  '- text: Reception PC left unlocked → Set a five-minute screen lock by group policy\n' +
  '- text: 夜間のバックアップ失敗 → 失敗時に担当者へ自動通知\n';

const NESTED_JSON = JSON.stringify({
  risk_register: {
    version: 2,
    risks: [
      { risk_id: 'K-1', summary: 'Dictation app stores audio on phones', severity: 'HIGH', mitigation: 'Move dictation to the managed app with remote wipe', owner_role: 'IT', status: 'open' },
      { risk_id: 'K-2', summary: 'Shared login on the lab analyser', severity: 'MEDIUM', mitigation: 'Give each technician an analyser account', owner_role: 'Lab', status: 'mitigated_by_vendor_patch' },
      { risk_id: 'K-3', summary: 'Old EHR export left on a file share', severity: 'LOW', mitigation: 'Delete the export and log the deletion', owner_role: 'IT', status: 'open_until_review' },
    ],
  },
}, null, 2);

const NO_ID_JSON = JSON.stringify([
  { Risk: 'Staff paste patient notes into a public chatbot', Likelihood: 'High', Mitigations: 'Block the public chatbot domains and offer the approved assistant', Ownership: 'Privacy Officer' },
  { Risk: 'Transcription vendor trains on our audio', Likelihood: 'Medium', Mitigations: 'Add a no-training clause to the BAA renewal', Ownership: 'Practice Manager' },
  { Risk: 'Testing a new field', Likelihood: '', Mitigations: '', Ownership: '' },
], null, 2);

const ADDITIONAL_CONTROLS =
  'metadata:\n  assessment_date: "2026-01-15"\n  assessor: "Security Team"\n  review_date: "2026-07-15"\n' +
  'risks:\n' +
  '  - id: "C1"\n    title: "Stolen laptop exposes cached records"\n    impact: "critical"\n    probability: "possible"\n    existing_controls:\n      - "Screen lock"\n' +
  '    additional_controls:\n      - control: "Turn on full-disk encryption on all laptops"\n        responsible: "IT team"\n        deadline: "2026-04-01"\n        status: "in_progress"\n' +
  '  - id: "C2"\n    title: "Former staff keep EHR access"\n    impact: "major"\n    probability: "likely"\n' +
  '    additional_controls:\n      - control: "Disable EHR accounts on the last working day from the HR checklist"\n        responsible: "Practice manager"\n        deadline: "2027-02-01"\n        status: "planned"\n' +
  '  - id: "C3"\n    title: "Backups never restored"\n    impact: "major"\n    probability: "possible"\n' +
  '    additional_controls:\n      - control: "Restore one backup a quarter to a test machine"\n        responsible: "IT team"\n        deadline: "2027-01-15"\n        status: "planned"\n';

describe('registers in the shapes other tools keep them (issue 12, round 9)', () => {
  const detection: [string, string, string | undefined][] = [
    ['named_risks.yaml', KEYED, 'yaml'],
    ['risks.yaml', ARROWS, 'yaml'],
    ['risk_register.json', NESTED_JSON, 'json'],
    ['risks.json', NO_ID_JSON, 'json'],
    ['model/risks.yaml', ADDITIONAL_CONTROLS, 'yaml'],
    // Not registers: a mapping of settings keyed in capitals, a changelog of arrows, a JSON list of people.
    ['env.yaml', 'APP_PORT:\n  value: 8080\nLOG_LEVEL:\n  value: info\nDB_HOST:\n  value: db\n', undefined],
    ['renames.yaml', '- old.md → new.md\n- a.md → b.md\n', undefined],
    ['people.json', '[{"name": "Ann", "role": "nurse"}, {"name": "Bo", "role": "doctor"}, {"name": "Cy", "role": "clerk"}]', undefined],
  ];
  for (const [name, text, expected] of detection) {
    it(`${name} → ${expected ?? 'not a plan'}`, () => assert.equal(detectPlan(name, text), expected));
  }

  it('reads a mapping keyed by risk ID: the key is the ID, comment lines are not entries', () => {
    const plan = parsePlan(KEYED, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0]?.action?.value]), [
      ['CR-PORTAL-TAKEOVER', 'Patient portal accounts taken over with reused passwords', undefined],
      ['CR-FAX-MISROUTE', 'Lab results faxed to the wrong practice', undefined],
      ['CR-BACKUP-GAP', 'Imaging archive not in the nightly backup', 'Add the imaging archive to the nightly backup job and test a restore'],
    ]);
    assert.equal(plan.meta.lastReviewed?.value, '2026-05-02');
  });

  it('reports each keyed risk without a treatment on its key line', () => {
    const { findings, lines } = analyse(KEYED, 'yaml', { today: '2026-12-03' });
    const at = findings.filter((f) => f.rule === 'missing-action').map((f) => lines.positionAt(f.range.start).line + 1);
    assert.deepEqual(at, [3, 8]);
  });

  it('reads "risk → countermeasure" entries as the risk and its action; an action in another script is not judged vague', () => {
    const plan = parsePlan(ARROWS, 'yaml');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0].action?.value]), [
      ['Courier loses a box of paper charts', 'Scan charts before transport and ship sealed boxes only'],
      ['Reception PC left unlocked', 'Set a five-minute screen lock by group policy'],
      ['夜間のバックアップ失敗', '失敗時に担当者へ自動通知'],
    ]);
    const action = plan.risks[1].actions[0].action!;
    assert.equal(ARROWS.slice(action.valueRange.start, action.valueRange.end), 'Set a five-minute screen lock by group policy');
    const { findings } = analyse(ARROWS, 'yaml', { today: '2026-12-03' });
    assert.deepEqual(findings.filter((f) => f.rule === 'vague-action'), []);
    assert.equal(findings.filter((f) => f.rule === 'missing-owner').length, 3);
  });

  it('reads the risks a register key holds beside its own details, snake_case statuses by their words', () => {
    const plan = parsePlan(NESTED_JSON, 'json');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].owner?.value, statusOf(r.actions[0].status?.value)]), [
      ['K-1', 'Dictation app stores audio on phones', 'IT', 'open'],
      ['K-2', 'Shared login on the lab analyser', 'Lab', 'done'],
      ['K-3', 'Old EHR export left on a file share', 'IT', 'open'],
    ]);
  });

  it('reads an ID-less array whose entries word a risk under "Risk"; an entry with no mitigation is missing its action', () => {
    const plan = parsePlan(NO_ID_JSON, 'json');
    assert.deepEqual(plan.risks.map((r) => [r.title?.value, r.actions[0]?.action?.value ?? '', r.actions[0]?.owner?.value ?? '']), [
      ['Staff paste patient notes into a public chatbot', 'Block the public chatbot domains and offer the approved assistant', 'Privacy Officer'],
      ['Transcription vendor trains on our audio', 'Add a no-training clause to the BAA renewal', 'Practice Manager'],
      ['Testing a new field', '', ''],
    ]);
    const { findings } = analyse(NO_ID_JSON, 'json', { today: '2026-12-03' });
    assert.equal(findings.filter((f) => f.rule === 'missing-action').length, 1);
  });

  it('reads additional controls as the actions, existing controls not, and the assessment as the risk analysis', () => {
    const plan = parsePlan(ADDITIONAL_CONTROLS, 'yaml');
    assert.deepEqual(plan.risks.map((r) => r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value])), [
      [['Turn on full-disk encryption on all laptops', 'IT team', '2026-04-01', 'in_progress']],
      [['Disable EHR accounts on the last working day from the HR checklist', 'Practice manager', '2027-02-01', 'planned']],
      [['Restore one backup a quarter to a test machine', 'IT team', '2027-01-15', 'planned']],
    ]);
    assert.equal(plan.meta.riskAnalysis?.date?.value, '2026-01-15');
    assert.equal(plan.meta.riskAnalysis?.conductedBy?.value, 'Security Team');
    const { findings } = analyse(ADDITIONAL_CONTROLS, 'yaml', { today: '2026-12-03' });
    assert.deepEqual(findings.map((f) => f.rule).sort(), ['missing-approval', 'overdue-action', 'stale-review']);
  });

  it('reads a status kept as a snake_case identifier by its words', () => {
    assert.equal(statusOf('in_progress'), 'in-progress');
    assert.equal(statusOf('not_started'), 'open');
    assert.equal(statusOf('mitigated_by_design'), 'done');
  });

  // Round 28: a register that groups its risks by category, with a summary that lists the top ones by ID.
  const GROUPED_JSON = JSON.stringify({
    version: '1.2',
    risk_categories: [
      { category: 'Clinical data', risks: [
        { id: 'RSK-01', name: 'Referral letters emailed unencrypted', likelihood: 'Medium', impact: 'High', mitigation: ['Send referrals through the secure portal only'], status: 'partially_mitigated' },
        { id: 'RSK-02', name: 'Scanner stores copies on its disk', likelihood: 'Low', impact: 'High', mitigation: ['Turn off scan-to-disk and wipe the scanner'], status: 'mitigated' },
      ] },
      { category: 'Operations', risks: [
        { id: 'RSK-03', name: 'One person knows the backup password', likelihood: 'Medium', impact: 'Medium', mitigation: ['Keep the password in the shared vault'], status: 'partially_mitigated' },
      ] },
    ],
    risk_summary: { total_risks: 3, highest_priority_risks: ['RSK-01: Referral letters emailed unencrypted', 'RSK-02: Scanner stores copies on its disk'] },
  }, null, 2);

  it('reads risks grouped by category (`risk_categories[].risks`), and not a summary that lists them by ID as more risks', () => {
    assert.equal(detectPlan('register.json', GROUPED_JSON), 'json');
    const plan = parsePlan(GROUPED_JSON, 'json');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value]), [
      ['RSK-01', 'Referral letters emailed unencrypted'],
      ['RSK-02', 'Scanner stores copies on its disk'],
      ['RSK-03', 'One person knows the backup password'],
    ]);
  });

  // Round 28: an ISO 27001 implementation tracker exported as JSON, its controls keyed by their Annex A number.
  const TRACKER = (second: string) => JSON.stringify({
    companyName: 'Birchwood Clinic',
    controls: {
      'A.5.1': { status: 'implemented', evidenceRef: 'POL-001 Security policy', notes: 'Approved by the board.' },
      'A.5.15': { status: second, evidenceRef: 'PRJ-IAM-02 Role review', notes: 'Role matrix drafted; access review scheduled March 2027.' },
      'A.8.13': { status: 'implemented', evidenceRef: 'OPS-BKP-01 Backup runbook', notes: 'Restores tested quarterly.' },
    },
  }, null, 2);

  it('reads a control tracker keyed by control number: the controls not in place are its gaps, those implemented are not read', () => {
    assert.equal(detectPlan('tracker.json', TRACKER('in_progress')), 'json');
    const plan = parsePlan(TRACKER('in_progress'), 'json');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].action?.value, r.actions[0].due?.value, statusOf(r.actions[0].status?.value)]), [
      ['A.5.15', 'Role matrix drafted; access review scheduled March 2027.', 'PRJ-IAM-02 Role review', 'March 2027', 'in-progress'],
    ]);
    // Every control in place: a record of what is done, no plan.
    assert.equal(detectPlan('tracker.json', TRACKER('implemented')), undefined);
  });
});
