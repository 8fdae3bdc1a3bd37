// A fix that adds a field to a table-form risk whose table has no column for it adds the
// column to the whole table (issue 12, point 6), written in the table's own shape.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';
import type { Fix } from '../../server/out/engine/rule';

const TODAY = '2026-06-15';

function applyEdits(text: string, edits: Fix['edits']): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function fixed(text: string, rule: string, title: RegExp): string {
  const finding = analyse(text, 'markdown', { today: TODAY }).findings.find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding`);
  const fix = finding.fixes.find((f) => title.test(f.title));
  assert.ok(fix, `no fix ${title} among ${finding.fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(text, fix.edits);
}

describe('fixes on a table without the column', () => {
  it('adds a Due column with the date in the risk\'s row and empty cells in the others', () => {
    const text = '# Plan\n\n| POA&M ID | Weakness | Action | POC |\n|---|---|---|---|\n| P-1 | No MFA | Enable MFA on the VPN | IT Lead |\n| P-2 | No backups | Back up the file server nightly | IT Lead |\n';
    assert.equal(
      fixed(text, 'missing-due-date', /today \+ 30 days/),
      '# Plan\n\n| POA&M ID | Weakness | Action | POC | Due |\n|---|---|---|---|---|\n| P-1 | No MFA | Enable MFA on the VPN | IT Lead | 2026-07-15 |\n| P-2 | No backups | Back up the file server nightly | IT Lead |  |\n',
    );
  });

  it('writes a cell after a row without a closing pipe, and keeps CRLF line ends', () => {
    const text = '# Plan\r\n\r\n| ID | Risk | Action | Owner\r\n|---|---|---|---\r\n| R-1 | Fax | Move the fax | Ana\r\n';
    assert.equal(
      fixed(text, 'missing-due-date', /today \+ 30 days/),
      '# Plan\r\n\r\n| ID | Risk | Action | Owner | Due\r\n|---|---|---|---|---\r\n| R-1 | Fax | Move the fax | Ana | 2026-07-15\r\n',
    );
  });
});
