// The actions view's request (issue 16): every open action of every plan, open or on disk,
// with the line it is written on and its days left; and the view's grouping and owner filter.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, LspHarness } from './lsp-harness';
import Papa from 'papaparse';
import { actionDetail, actionGroupOf, EXPORT_ACTIONS_REQUEST, OPEN_ACTIONS_REQUEST, ownedBy, type ExportActionsResult, type OpenAction } from '../../server/out/protocol';

const ICAL = require('ical.js') as {
  parse(text: string): unknown;
  Component: new (jcal: unknown) => { getAllSubcomponents(name: string): unknown[] };
  Event: new (component: unknown) => { uid: string; summary: string; startDate: { toString(): string } };
};

const TODAY = '2026-06-15';
const CLINIC = `# Risk Management Plan
- **Organization:** Cedar Clinic

### R-001: Reception PC has no screen lock
- **Action:** Set the reception PC to lock after 5 minutes
- **Owner:** Dana Ruiz, Office Manager
- **Due:** 2026-06-10

### R-002: Backups never restored
- **Action:** Restore last night's backup to the spare server
- **Owner:** Lee Chen
- **Due:** 2026-06-20

### R-003: Laptops unencrypted
- **Action:** Encrypt the four laptops with BitLocker
- **Owner:** Dana Ruiz
- **Due:** 2026-06-01
- **Status:** Done
`;
const PHARMACY = `plan:
  organization: Harbor Pharmacy
risks:
  - id: H-001
    title: Shared login
    action: Create a named login for each technician
    owner: Lee Chen
`;

describe('lsp rmplint/openActions', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-actions-'));
    writeFileSync(join(folder, 'cedar.rmp.md'), CLINIC);
    writeFileSync(join(folder, 'harbor.rmp.yaml'), PHARMACY);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('lists the open actions of every plan in the workspace, with their line and days left; done ones are left out', async () => {
    const server = await LspHarness.start({ settings: { today: TODAY }, workspaceFolder: folder });
    try {
      await server.until('the workspace scan', () => server.published.size >= 2);
      const actions = await server.request<OpenAction[]>(OPEN_ACTIONS_REQUEST, {});
      const rows = actions.map((a) => [a.plan, a.riskId, a.line, a.owner, a.daysLeft ?? null, a.uri]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
      assert.deepEqual(rows, [
        ['Harbor Pharmacy', 'H-001', 5, 'Lee Chen', null, fileUri(join(folder, 'harbor.rmp.yaml'))],
        ['Cedar Clinic', 'R-001', 4, 'Dana Ruiz, Office Manager', -5, fileUri(join(folder, 'cedar.rmp.md'))],
        ['Cedar Clinic', 'R-002', 9, 'Lee Chen', 5, fileUri(join(folder, 'cedar.rmp.md'))],
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe('lsp rmplint/exportActions (the VS Code export commands)', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rmplint-export-'));
    writeFileSync(join(folder, 'cedar.rmp.md'), CLINIC);
    writeFileSync(join(folder, 'harbor.rmp.yaml'), PHARMACY);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the same sheet and calendar as rmplint export, for one plan or every plan, read back by papaparse and ical.js', async () => {
    const server = await LspHarness.start({ settings: { today: TODAY }, workspaceFolder: folder });
    try {
      await server.until('the workspace scan', () => server.published.size >= 2);
      const sheet = await server.request<ExportActionsResult>(EXPORT_ACTIONS_REQUEST, { format: 'csv' });
      const rows = Papa.parse<Record<string, string>>(sheet.text, { header: true, skipEmptyLines: true }).data;
      assert.equal(sheet.count, 4);
      assert.deepEqual(rows.map((r) => [r['Plan'], r['Risk ID'], r['Days left']]), [
        ['cedar.rmp.md', 'R-001', '-5'],
        ['cedar.rmp.md', 'R-002', '5'],
        ['cedar.rmp.md', 'R-003', ''],
        ['harbor.rmp.yaml', 'H-001', ''],
      ]);
      const calendar = await server.request<ExportActionsResult>(EXPORT_ACTIONS_REQUEST, { format: 'ics', uri: fileUri(join(folder, 'cedar.rmp.md')) });
      const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      assert.equal(calendar.count, 2);
      assert.deepEqual(events.map((e) => [e.summary, e.startDate.toString()]), [
        ['R-001: Set the reception PC to lock after 5 minutes', '2026-06-10'],
        ["R-002: Restore last night's backup to the spare server", '2026-06-20'],
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe('the actions view: groups, owner filter, row text', function () {
  it('groups by days left: overdue, 7 days, 30 days, later, no date', () => {
    assert.deepEqual([-1, 0, 7, 8, 30, 31, undefined].map(actionGroupOf), ['overdue', 'week', 'week', 'month', 'month', 'later', 'none']);
  });

  it('"me" matches an owner by whole words, any case', () => {
    const cases: [string, string, boolean][] = [
      ['Dana Ruiz, Office Manager', 'dana ruiz', true],
      ['Dana Ruiz, Office Manager', 'Office  Manager', true],
      ['Danae Ruizova', 'Dana Ruiz', false],
      ['Lee Chen', 'Dana Ruiz', false],
      ['anyone', '', true],
    ];
    for (const [owner, me, want] of cases) assert.equal(ownedBy(owner, me), want, `${owner} / ${me}`);
  });

  it('says who owns the action and how many days are left, in words', () => {
    const base = { uri: 'file:///p', line: 0, plan: 'P', riskId: 'R-1', riskTitle: 'T', action: 'A', owner: 'Lee Chen', due: '2026-06-20' };
    assert.equal(actionDetail({ ...base, daysLeft: -1 }), 'Lee Chen · overdue by 1 day');
    assert.equal(actionDetail({ ...base, daysLeft: 0 }), 'Lee Chen · due today');
    assert.equal(actionDetail({ ...base, daysLeft: 5 }), 'Lee Chen · 5 days left');
    assert.equal(actionDetail({ ...base, owner: '', due: '', daysLeft: undefined }), 'no owner · no due date');
    assert.equal(actionDetail({ ...base, due: 'Q3', daysLeft: undefined }), 'Lee Chen · due Q3');
  });
});
