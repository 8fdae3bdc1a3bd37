// A register kept as a spreadsheet's export, a `.csv` or `.tsv` file (issue 12: risk registers are plans, and a CSV
// named on the command line was skipped as "not a Markdown, YAML or JSON file"). Fixtures: test/fixtures/csv, invented.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse, parsePlan } from './lint-with-registry';
import { rmplint, ROOT, tempDir } from './cli-run';

const DIR = path.join(ROOT, 'test', 'fixtures', 'csv');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

describe('a register kept as CSV or TSV (issue 12)', () => {
  describe('which delimited files are registers', () => {
    const cases: [string, string | undefined][] = [
      // A header naming a risk column (`Risk Title`, `Weakness`, `Hazard`) and two columns of work.
      ['clinic-risk-register.csv', 'csv'],
      ['poam-export.csv', 'csv'],
      ['hazard-log.tsv', 'csv'],
      // IDs and work with no risk column: a register only when its name says so.
      ['remediation-tracker.csv', 'csv'],
      ['tasks.csv', undefined],
      // Data with no register's header.
      ['visits.csv', undefined],
      // A tracker's template: its every record an example by its ID.
      ['poam-template.csv', undefined],
    ];
    for (const [name, kind] of cases) {
      it(`${name} → ${kind ?? 'skipped'}`, () => assert.equal(recognisePlan(name, read(name)).kind, kind));
    }

    it('says why one is not', () => {
      assert.deepEqual(recognisePlan('tasks.csv', read('tasks.csv')), {
        reason: 'its columns name no risk, finding or weakness, and its name no register, though 2 records with an ID and work were read',
      });
      assert.deepEqual(recognisePlan('poam-template.csv', read('poam-template.csv')), {
        reason: 'every record read in it (2) is an example by its ID (such as "EXAMPLE-001"): a template to fill in, not a plan',
      });
      // One real record among the examples makes it a register in use.
      const inUse = read('poam-template.csv') + 'POAM-003,3.13.11,Backups not encrypted,M1: turn on backup encryption,2027-03-01,IT Lead,Open,\n';
      assert.equal(recognisePlan('poam-tracker.csv', inUse).kind, 'csv');
      assert.deepEqual(recognisePlan('visits.csv', read('visits.csv')), {
        reason: "its first 25 lines hold no register's header over records: a header naming an ID or a risk, finding or weakness column and two of action, owner, due date, status, treatment or a rating",
      });
    });

    it('a roadmap of actions naming the risks each treats (`linked_risks`) is a plan; the same tasks naming none are not (set 86)', () => {
      const roadmap = [
        'action_id,action,linked_risks,owner,priority,target_date',
        'A01,Require MFA on the EHR portal and the VPN,"R01;R03",IT,Critical,2026-03-31',
        'A02,Move nightly backups to an immutable copy with a monthly restore test,R04,IT,High,2026-04-30',
        'A03,Sign BAAs with the billing and transcription vendors,"R09;R12",Practice Manager,High,2026-05-31',
        '',
      ].join('\n');
      assert.deepEqual(recognisePlan('roadmap.csv', roadmap), { kind: 'csv' });
      const plan = parsePlan(roadmap, 'csv');
      assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.actions[0].action?.value, r.actions[0].due?.value]), [
        ['A01', 'Require MFA on the EHR portal and the VPN', '2026-03-31'],
        ['A02', 'Move nightly backups to an immutable copy with a monthly restore test', '2026-04-30'],
        ['A03', 'Sign BAAs with the billing and transcription vendors', '2026-05-31'],
      ]);
      for (const header of ['related_risks', 'Risk IDs', 'Risks addressed', 'Mitigates']) {
        assert.equal(recognisePlan('roadmap.csv', roadmap.replace('linked_risks', header)).kind, 'csv', header);
      }
      assert.equal(recognisePlan('roadmap.csv', roadmap.replace('linked_risks', 'dependencies')).kind, undefined);
    });

    it('looks for the header in the first 25 lines only (a form\'s preamble before it): a data file\'s rows are not each tried as one', () => {
      const header = 'Risk ID,Risk,Action,Owner,Due\nR-1,Stolen laptop,Encrypt the two clinic laptops,IT Lead,2027-01-31\n';
      assert.equal(recognisePlan('risk-log.csv', 'Clinic register,,,,\n' + 'System Name,,Date,,\n,,,,\n'.repeat(11) + header).kind, 'csv');
      assert.equal(recognisePlan('risk-log.csv', 'x,1\n'.repeat(25) + header).kind, undefined);
    });
  });

  it('reads each record as a risk: its rating as the priority, existing controls, a month as the end of it, a quoted cell over two lines', () => {
    const plan = parsePlan(read('clinic-risk-register.csv'), 'csv');
    assert.equal(plan.format, 'csv');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.residualRisk?.value, r.acceptance.compensatingControls?.value, r.actions[0].action?.value, r.actions[0].owner?.value, r.actions[0].due?.value]),
      [
        ['RR-01', 'Shared front-desk login on the scheduling PCs', '16', 'Low', 'Screen lock after 15 minutes', 'Give each receptionist a named login on the four scheduling PCs', 'Practice Manager', '2026-09-30'],
        ['RR-02', 'Unencrypted backup drive taken home nightly', '15', 'Low', 'Drive kept in a locked bag', 'Replace the drive with an encrypted one; keep the key in the practice safe', 'Office Lead', 'Jan 2027'],
        ['RR-03', 'Fax machine in the hallway prints lab results', '9', 'Medium', 'None', 'Move the fax to the locked records room\nand log its keys', 'Practice Manager', ''],
        ['RR-04', 'Old X-ray workstation runs an unsupported OS', '8', 'Medium', 'Isolated VLAN', 'Accept until the 2027 replacement; review each quarter', 'Dr. Osei', '2027-03-31'],
      ],
    );
  });

  it('reads a POA&M form\'s export: a header cell over two lines, IDs in a column named for them whatever their scheme, the source of a weakness no risk', () => {
    const text = [
      ',,Plan of Action and Milestones (POA&M),,,,',
      ',System Name,,Date of this POA&M,,,',
      ',,,,,,',
      'Item Identifier,Weakness or Deficiency,POC,Scheduled Completion Date,Milestones with Completion Dates,Weakness/ Deficiency Identified by,"Risk Level',
      '(Low/Med/High)",Status',
      '27-W-0004,Print server runs an end-of-life OS,"K. Amadi, ISSO",3/15/2026,"1. Order replacement: 2/01/2026',
      '2. Migrate queues: 3/01/2026",Quarterly scan,High,Ongoing',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'csv');
    assert.deepEqual(
      plan.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.actions[0].action?.value, r.actions[0].owner?.value, r.actions[0].due?.value, r.actions[0].status?.value]),
      [['27-W-0004', 'Print server runs an end-of-life OS', 'High', '1. Order replacement: 2/01/2026\n2. Migrate queues: 3/01/2026', 'K. Amadi, ISSO', '3/15/2026', 'Ongoing']],
    );
    const { findings } = analyse(text, 'csv', { today: '2026-12-05' });
    assert.ok(findings.some((f) => f.rule === 'overdue-action'), findings.map((f) => f.rule).join(', '));
  });

  it('reads an `Item` column of IDs as the IDs, before a control column; an `Item` column of words is no ID', () => {
    const keyed = 'item,control_ref,family,weakness,planned_fix,target_date,status\nPA-101,3.5.3,Identification,Staff log in with passwords alone,Turn on MFA for the billing portal,2027-02-01,Open\nPA-102,3.8.9,Media Protection,Backups stored unencrypted,Encrypt the nightly backup set,2027-03-01,Open\n';
    const ids = (text: string) => parsePlan(text, 'csv').risks.map((r) => r.id?.value);
    assert.deepEqual(ids(keyed), ['PA-101', 'PA-102']);
    assert.deepEqual(ids(keyed.replace('control_ref', 'control_id')), ['PA-101', 'PA-102']);
    // A checklist's `Item` names the thing checked, not an ID: the control column stays the ID.
    const worded = keyed.replace('PA-101', 'Billing portal').replace('control_ref', 'control_id');
    assert.deepEqual(ids(worded), ['3.5.3', '3.8.9']);
  });

  it('reads a column of day-first dates day first throughout, once one of them has a first number over 12 (18/10/2026)', () => {
    const plan = parsePlan(read('dayfirst-register.csv'), 'csv');
    // 02/11/2026 is 2 November, as its column writes 18/10/2026: not 11 February.
    assert.deepEqual(plan.risks.map((r) => r.actions[0].due?.value), ['2026-10-18', '2026-11-02', '2027-01-07']);
    const { findings } = analyse(read('dayfirst-register.csv'), 'csv', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'invalid-date'), []);
    // (RK-01 is accepted, its option `Deferred: … (not selected …)` no work: its date is late for nothing planned; session 35.)
    assert.deepEqual(findings.filter((f) => f.rule === 'overdue-action').map((f) => f.message.slice(0, 30)), ['Due 2026-11-02 is 33 days past']);
    // A second number over 12 anywhere (10/25/2026) says the column is month first: 01/09/2026 stays 9 January.
    const monthFirst = read('dayfirst-register.csv').replace('18/10/2026', '10/25/2026').replace('02/11/2026', '01/09/2026');
    assert.deepEqual(parsePlan(monthFirst, 'csv').risks.map((r) => r.actions[0].due?.value), ['10/25/2026', '01/09/2026', '07/01/2027']);
  });

  it('reads a treatment column that says what is done as the action, and a later decision column as the treatment', () => {
    const plan = parsePlan(read('dayfirst-register.csv'), 'csv');
    assert.deepEqual(
      plan.risks.map((r) => [r.actions[0].action?.value.slice(0, 24), r.treatment?.value]),
      [
        // An accepted record's option weighed and not taken is no action (session 35, set 91).
        [undefined, 'accept (not funded this year)'],
        ['enrol tablets in device ', 'treat (funded this year)'],
        ['correct the routing tabl', 'treat (funded this year)'],
      ],
    );
    const { findings } = analyse(read('dayfirst-register.csv'), 'csv', { today: '2026-12-05' });
    assert.deepEqual(findings.filter((f) => f.rule === 'missing-action' || f.rule === 'invalid-treatment'), []);
    // `Recommended Treatment` holding what is done is the action too; one holding Mitigate or Accept stays the treatment.
    const recommended = 'Risk ID,Risk Title,Risk Owner,Recommended Treatment,Target Date,Status\nR-1,Unlocked server closet,Office Lead,Fit a badge lock to the closet door,Q3 2027,Open\n';
    assert.equal(parsePlan(recommended, 'csv').risks[0].actions[0].action?.value, 'Fit a badge lock to the closet door');
    assert.equal(parsePlan(recommended.replace('Fit a badge lock to the closet door', 'Mitigate'), 'csv').risks[0].treatment?.value, 'Mitigate');
  });

  it('reads a column of controls that says what is done (`Control Name`) as the action, when no column is the action', () => {
    const register = 'ID,Threat,Likelihood,Impact,Control Name,Control Effectiveness,Owner,Status\nR-001,Public bucket exposes PII,5,4,S3 Block Public Access + bucket policy review,0.95,Cloud Lead,Open\nR-002,No MFA on admin accounts,4,5,,0,IT Lead,Open\n';
    assert.deepEqual(parsePlan(register, 'csv').risks.map((r) => r.actions[0]?.action?.value), ['S3 Block Public Access + bucket policy review', '']);
    // With an action column, the controls are not the action.
    const both = register.replace('Control Name,', 'Control Name,Action,').replace('review,', 'review,Enable block public access,').replace(',,0,', ',,,0,');
    assert.equal(parsePlan(both, 'csv').risks[0].actions[0].action?.value, 'Enable block public access');
  });

  it('reads a findings export that grades each finding and gives its fix, and names each record it could not read', () => {
    const text = [
      'id,source_file,severity,safeguard,remediation',
      '1,api/visits.js,Critical,No PHI in logs,Replace the request logger with one that masks patient fields',
      '2,api/export.js,High,Access control,Require the export role on the bulk export route, and log each export',
      '3,web/login.js,Medium,Session timeout,Sign users out after 15 idle minutes',
      '',
    ].join('\n');
    const plan = parsePlan(text, 'csv');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.priority?.value, r.actions[0].action?.value]), [
      ['1', 'Critical', 'Replace the request logger with one that masks patient fields'],
      ['3', 'Medium', 'Sign users out after 15 idle minutes'],
    ]);
    // Record 2's fix has a comma and no quotes: six cells under five columns. Read past, and said so on its line.
    const { findings, lines } = analyse(text, 'csv', { today: '2026-12-05' });
    const unread = findings.filter((f) => f.rule === 'unread-risk');
    assert.deepEqual(unread.map((f) => [lines.lineAt(f.range.start) + 1, f.message.slice(0, 47)]), [[3, 'This record has 6 cells where the header has 5 ']]);
    assert.equal(recognisePlan('findings.csv', text).kind, 'csv');
  });

  it('reads a window to fix in (`Remediation Timeframe`) as the due date', () => {
    const plan = parsePlan('ID,Finding,Severity,Remediation Timeframe\nF-1,Stored XSS in the notes page,High,1 week\n', 'csv');
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].due?.value]), [['F-1', 'Stored XSS in the notes page', '1 week']]);
  });

  it('takes a status recording the risk as accepted as its treatment, as a table row does', () => {
    const plan = parsePlan(read('clinic-risk-register.csv'), 'csv');
    assert.deepEqual(plan.risks.map((r) => r.treatment?.value), [undefined, undefined, undefined, 'Risk Accepted']);
  });

  it('lints it as a plan with no plan details, and offers no fix into another tool\'s file', () => {
    const { findings, lines } = analyse(read('clinic-risk-register.csv'), 'csv', { today: '2026-12-05' });
    assert.deepEqual(
      findings.map((f) => [f.rule, lines.lineAt(f.range.start) + 1]),
      [['missing-approval', 1], ['missing-risk-analysis', 1], ['stale-review', 1], ['overdue-action', 2], ['missing-due-date', 5], ['incomplete-acceptance', 6]],
    );
    assert.ok(findings.every((f) => f.fixes.length === 0));
    // A POA&M export without a point of contact: each item lacks an owner.
    const poam = analyse(read('poam-export.csv'), 'csv', { today: '2026-12-05' });
    assert.deepEqual(poam.findings.filter((f) => f.rule === 'missing-owner').map((f) => poam.lines.lineAt(f.range.start) + 1), [2, 3]);
  });

  it('says so when no risk could be read from a register named on the command line', () => {
    const { findings } = analyse('Risk ID,Risk,Owner,Due\n', 'csv', { today: '2026-12-05' });
    assert.ok(findings.some((f) => f.rule === 'no-risks-read' && /first line names the columns/.test(f.message)), findings.map((f) => f.message).join('\n'));
  });

  describe('on the command line', () => {
    it('a folder walk lints the registers named as such and passes over other delimited files', () => {
      const run = rmplint(['--today', '2026-12-05', '--format', 'json', '.'], { cwd: DIR });
      const files = [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file))].sort();
      assert.deepEqual(files, ['clinic-risk-register.csv', 'hazard-log.tsv', 'poam-export.csv', 'remediation-tracker.csv']);
      assert.equal(run.stderr, '');
    });

    it('a delimited file named on the command line that is no register is reported skipped, with the reason', () => {
      const run = rmplint(['--today', '2026-12-05', 'visits.csv'], { cwd: DIR });
      assert.equal(run.status, 0);
      assert.match(run.stderr, /visits\.csv: skipped, not read as a plan: its first 25 lines hold no register's header.*List it in "include" to lint it\./);
    });

    it('--fix leaves a CSV register as it is', () => {
      const dir = tempDir();
      const file = path.join(dir, 'clinic-risk-register.csv');
      fs.copyFileSync(path.join(DIR, 'clinic-risk-register.csv'), file);
      rmplint(['--today', '2026-12-05', '--fix', file]);
      assert.equal(fs.readFileSync(file, 'utf8'), read('clinic-risk-register.csv'));
    });

    it('outline names the format and each risk a row', () => {
      const run = rmplint(['outline', 'hazard-log.tsv'], { cwd: DIR });
      assert.equal(
        run.stdout,
        'hazard-log.tsv: csv, 1 risk read\n  plan details: none read\n  risk HZ-1: Drug-dose field accepts negative numbers  (line 2, row)\n    - Reject values below zero in the dosing form  (line 2)\n      owner: Lead developer | due: 2027-01-15 | status: Open\n',
      );
    });
  });
});
