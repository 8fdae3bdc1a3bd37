// `rmplint init` (a new plan from the editor's template, never over a file) and `rmplint
// export` (actions as CSV and ICS, read back with papaparse and ical.js, independent parsers).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { runInit } from '../../server/out/cli/init-command';
import { CLI, EXPORT_FIXTURES, ROOT, rmplint, tempDir, type Run } from './cli-run';

const ICAL = require('ical.js') as {
  parse(text: string): unknown;
  Component: new (jcal: unknown) => { getAllSubcomponents(name: string): unknown[]; getFirstPropertyValue(name: string): unknown };
  Event: new (component: unknown) => {
    uid: string;
    summary: string;
    description: string;
    startDate: { isDate: boolean; toString(): string };
    endDate: { isDate: boolean; toString(): string };
  };
};

const TODAY = '2026-06-15';

before(function () {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
});

interface JsonFinding { rule: string; severity: string; line: number }

function snippetBody(file: string): string[] {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', file), 'utf8')) as Record<string, { prefix: string | string[]; body: string[] }>;
  return Object.values(snippets).find((s) => [s.prefix].flat().includes('rmp-plan'))!.body;
}

/** A snippet line as a pattern: each tab stop or variable may become any text. */
function linePattern(line: string): RegExp {
  const parts = line.split(/\$\{\d+(?::(?:[^{}]|\$\w+)*|\|[^|]*\|)\}|\$\d+|\$[A-Z_]+/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

describe('cli: init', () => {
  function init(args: readonly string[], cwd: string): Run {
    return rmplint(['init', '--today', TODAY, ...args], { cwd });
  }

  it('writes a Markdown plan made from the editor template, the three tiers and a .rmplintrc.json', () => {
    const dir = tempDir();
    const run = init(['--name', 'Harbor Street Dental', '--owner', 'Dana Whitfield, Security Officer'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Created risk-management-plan\.rmp\.md and \.rmplintrc\.json/);
    const lines = fs.readFileSync(path.join(dir, 'risk-management-plan.rmp.md'), 'utf8').trimEnd().split('\n');
    const body = snippetBody('markdown.json').filter((l) => l !== '$0');
    assert.equal(lines.length, body.length);
    lines.forEach((line, i) => assert.match(line, linePattern(body[i]), `line ${i + 1}`));
    assert.ok(lines.includes('organization: Harbor Street Dental'));
    assert.ok(lines.includes('owner: Dana Whitfield, Security Officer'));
    assert.ok(lines.includes(`approvedOn: ${TODAY}`));
    for (const tier of ['## This week', '## Vendor conversations', '## Budget decisions']) assert.ok(lines.includes(tier), tier);

    const rc = JSON.parse(fs.readFileSync(path.join(dir, '.rmplintrc.json'), 'utf8')) as { defaultOwner?: string };
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'rmplintrc.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate(rc), JSON.stringify(validate.errors));
    assert.equal(rc.defaultOwner, 'Dana Whitfield, Security Officer');
  });

  it('gives a plan rmplint reads, whose findings are the placeholders left to fill in', () => {
    for (const format of ['md', 'yaml']) {
      const dir = tempDir();
      assert.equal(init(['--format', format], dir).status, 0);
      const findings = JSON.parse(rmplint(['--format', 'json', '--today', TODAY, '.'], { cwd: dir }).stdout) as JsonFinding[];
      assert.ok(findings.length > 0, format);
      const rules = new Set(findings.map((f) => f.rule));
      for (const never of ['syntax', 'schema', 'no-risks-read', 'missing-action', 'invalid-treatment']) assert.ok(!rules.has(never), `${format}: ${never}`);
      assert.ok(rules.has('unfilled-placeholder') && rules.has('missing-owner'), format);
    }
  });

  it('quotes a name YAML would misread, and the plan reads it back as given', () => {
    const dir = tempDir();
    const name = 'Smith & Jones: Family Dental #2';
    assert.equal(init(['--format', 'yaml', '--name', name], dir).status, 0);
    const data = parseYaml(fs.readFileSync(path.join(dir, 'risk-management-plan.rmp.yaml'), 'utf8'));
    assert.equal(data.plan.organization, name);
  });

  it('never overwrites: with either file there it writes nothing and exits 2', () => {
    for (const existing of ['.rmplintrc.json', 'risk-management-plan.rmp.md', 'risk-management-plan.rmp.yaml']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, existing), 'mine\n');
      const run = init(['--name', 'Harbor Street Dental'], dir);
      assert.equal(run.status, 2, existing);
      assert.match(run.stderr, /already exists; rmplint init never overwrites a file/);
      assert.deepEqual(fs.readdirSync(dir), [existing]);
      assert.equal(fs.readFileSync(path.join(dir, existing), 'utf8'), 'mine\n');
    }
  });

  it('writes into --dir, making it', () => {
    const dir = tempDir();
    assert.equal(init(['--dir', 'compliance/plans', '--format', 'yaml'], dir).status, 0);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'compliance', 'plans')).sort(), ['.rmplintrc.json', 'risk-management-plan.rmp.yaml']);
  });

  it('asks on a terminal for what the flags did not give', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const answers: Record<string, string> = { Organization: 'Cedar Hill Pediatrics', 'Plan owner (name and role)': 'Priya Nair, Security Officer', 'Format, md or yaml': 'yaml' };
    const out = { text: '', stdout(t: string) { this.text += t; }, stderr(t: string) { this.text += t; } };
    const status = await runInit(['--today', TODAY], dir, out, async (question) => {
      asked.push(question);
      return answers[question];
    });
    assert.equal(status, 0, out.text);
    assert.deepEqual(asked, Object.keys(answers));
    const data = parseYaml(fs.readFileSync(path.join(dir, 'risk-management-plan.rmp.yaml'), 'utf8'));
    assert.equal(data.plan.organization, 'Cedar Hill Pediatrics');
    assert.equal(data.plan.owner, 'Priya Nair, Security Officer');
    const flagged = await runInit(['--today', TODAY, '--name', 'X', '--owner', 'Y', '--format', 'md', '--dir', 'b'], dir, out, async (q) => assert.fail(`asked ${q}`));
    assert.equal(flagged, 0);
  });

  it('exits 2 for an unknown format or flag, and prints its help', () => {
    const dir = tempDir();
    assert.equal(init(['--format', 'pdf'], dir).status, 2);
    assert.equal(init(['--force'], dir).status, 2);
    assert.deepEqual(fs.readdirSync(dir), []);
    const help = rmplint(['init', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: rmplint init/);
  });
});

/** Every action of the export fixtures, as a reader of the plans would list them (days from 2026-06-15). */
const ACTIONS = [
  ['register.rmp.yaml', 'R-201', 'Backups: never test-restored', 'budget', 'high', 'Buy an offsite backup appliance and run a quarterly restore test, "full" restore', 'Northwind IT', '2026-09-30', 'open', '107'],
  ['register.rmp.yaml', 'R-201', 'Backups: never test-restored', 'budget', 'high', 'Document the restore procedure in the IT binder', 'Northwind IT', '2026-05-15', 'done', ''],
  ['tracker.rmp.md', 'R-101', 'Front-desk PCs share one Windows login', 'this-week', 'high', 'Create named Windows accounts for the four front-desk staff, then disable "frontdesk"', 'Sam Lee, Office Manager', '2026-06-01', 'in-progress', '-14'],
  ['tracker.rmp.md', 'R-102', 'Fax server stores received faxes unencrypted', 'this-week', 'medium', 'Turn on at-rest encryption for the fax inbox, 100% of stored pages', 'Northwind IT; on-call tech', '2026-07-15', 'open', '30'],
  ['tracker.rmp.md', 'R-103', 'Billing vendor has no BAA', 'vendor', '', 'Execute a BAA with Brightline Billing, Inc.', 'Priya Nair', '2026-06-30', 'open', '15'],
  ['tracker.rmp.md', 'R-103', 'Billing vendor has no BAA', 'vendor', '', "Confirm Brightline's breach-notice window is 10 days or less", 'Priya Nair', '2026-06-30', 'done', ''],
  ['tracker.rmp.md', 'R-104', 'Shredding vendor contract lapsed', 'vendor', '', 'Renew the shredding contract with a certificate of destruction clause', 'Sam Lee', 'TBD', 'open', ''],
];

describe('cli: export --format csv', () => {
  it('writes one row per action, read back by papaparse: quoting, header, days left (negative: overdue)', () => {
    const run = rmplint(['export', '--format', 'csv', '--today', TODAY, '.'], { cwd: EXPORT_FIXTURES });
    assert.equal(run.status, 0, run.stderr);
    const parsed = Papa.parse<string[]>(run.stdout, { skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.data[0], ['Plan', 'Risk ID', 'Risk', 'Tier', 'Priority', 'Action', 'Owner', 'Due', 'Status', 'Days left']);
    assert.deepEqual(parsed.data.slice(1), ACTIONS);
    assert.match(run.stdout, /\r\n/, 'CRLF record ends (RFC 4180)');
  });

  it('counts days from --today, else RMPLINT_TODAY', () => {
    const daysOf = (run: Run) => Papa.parse<string[]>(run.stdout, { skipEmptyLines: true }).data[1][9];
    assert.equal(daysOf(rmplint(['export', '--today', '2026-10-01', 'register.rmp.yaml'], { cwd: EXPORT_FIXTURES })), '-1');
    assert.equal(daysOf(rmplint(['export', 'register.rmp.yaml'], { cwd: EXPORT_FIXTURES, env: { RMPLINT_TODAY: '2026-09-29' } })), '1');
  });
});

describe('cli: export --format ics', () => {
  function events(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }
  function exportIcs(cwd: string, target = '.'): string {
    const run = rmplint(['export', '--format', 'ics', '--today', TODAY, target], { cwd });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  }

  it('has one all-day event per open action with a date, on its due date, with owner and plan, read back by ical.js', () => {
    const list = events(exportIcs(EXPORT_FIXTURES));
    const open = ACTIONS.filter((a) => a[8] !== 'done' && /^\d{4}-/.test(a[7]));
    assert.deepEqual(
      list.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate, e.endDate.isDate]),
      open.map((a) => [`${a[1]}: ${a[5]}`, a[7], true, true]),
    );
    list.forEach((e, i) => {
      assert.match(e.description, new RegExp(`^Owner: ${open[i][6].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
      assert.match(e.description, new RegExp(`\nPlan: ${open[i][0].replace('.', '\\.')}\n`));
      assert.equal(Date.parse(e.endDate.toString()) - Date.parse(e.startDate.toString()), 86_400_000, 'ends the next day (one whole day)');
    });
    assert.equal(new Set(list.map((e) => e.uid)).size, list.length, 'UIDs are unique');
  });

  it('keeps each UID when the action is reworded, reassigned or moved, so a re-import updates the event', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(EXPORT_FIXTURES, 'tracker.rmp.md'), path.join(dir, 'tracker.rmp.md'));
    const before = events(exportIcs(dir, 'tracker.rmp.md'));
    const text = fs.readFileSync(path.join(dir, 'tracker.rmp.md'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'tracker.rmp.md'),
      text.replace('Turn on at-rest encryption for the fax inbox', 'Enable at-rest encryption of the fax inbox').replace('Northwind IT; on-call tech', 'Sam Lee').replace('2026-07-15', '2026-08-01'),
    );
    const after = events(exportIcs(dir, 'tracker.rmp.md'));
    assert.deepEqual(after.map((e) => e.uid), before.map((e) => e.uid));
    assert.match(after[1].summary, /^R-102: Enable at-rest encryption/);
    assert.equal(after[1].startDate.toString(), '2026-08-01');
    assert.deepEqual(events(exportIcs(dir, 'tracker.rmp.md')).map((e) => e.uid), before.map((e) => e.uid), 'the same on a second run');
    // Another plan's action of the same risk ID and place is another event.
    fs.copyFileSync(path.join(dir, 'tracker.rmp.md'), path.join(dir, 'copy.rmp.md'));
    const copy = events(exportIcs(dir, 'copy.rmp.md'));
    assert.equal(copy.filter((e) => before.some((b) => b.uid === e.uid)).length, 0);
  });

  it('writes to -o, taking the format from an .ics name; exits 2 for a missing plan', () => {
    const dir = tempDir();
    const run = rmplint(['export', '--today', TODAY, '-o', path.join(dir, 'out', 'actions.ics'), '.'], { cwd: EXPORT_FIXTURES });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(events(fs.readFileSync(path.join(dir, 'out', 'actions.ics'), 'utf8')).length, 4);
    const missing = rmplint(['export', '--format', 'ics', 'nowhere.rmp.md'], { cwd: EXPORT_FIXTURES });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere\.rmp\.md: no such file or folder/);
    assert.equal(rmplint(['export', '--format', 'xlsx', '.'], { cwd: EXPORT_FIXTURES }).status, 2);
    const help = rmplint(['export', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: rmplint export/);
  });
});
