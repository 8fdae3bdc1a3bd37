// The CLI checks a plan against the risk analysis document it names (issue 15, point 1):
// resolved from the plan's folder, read once, in each register form; an unreadable document is
// said on stderr and the plan is linted without it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rmplint, tempDir } from './cli-run';

const PLAN = (document: string) => `---
type: risk-management-plan
riskAnalysis:
  date: 2026-01-01
  conductedBy: J. Rivera
  document: ${document}
---
# Plan

### RA-01: Shared logins
- **Priority:** High
- **Action:** Create named accounts
- **Owner:** Ann Park
- **Due:** 2026-09-01

### RA-09: Other
- **Priority:** Low
- **Action:** Create named accounts
- **Owner:** Ann Park
- **Due:** 2026-09-01
`;

const REGISTERS: Readonly<Record<string, string>> = {
  'analysis/register.csv': 'ID,Risk,Likelihood,Impact,Rating\nRA-01,Shared logins,High,High,High\nRA-02,No backups,High,High,Critical\nRA-03,Printer,Low,Low,Low\n',
  'analysis/register.md': '# Risk Register\n\n| ID | Risk | Rating |\n|----|------|--------|\n| RA-01 | Shared logins | High |\n| RA-02 | No backups | Critical |\n| RA-03 | Printer | Low |\n',
  'analysis/register.yaml': 'risks:\n  - id: RA-01\n    priority: high\n  - id: RA-02\n    priority: critical\n  - id: RA-03\n    priority: low\n',
};

interface JsonFinding { rule: string; line: number }

function lintJson(dir: string, files: readonly string[]): { findings: [string, number][]; stderr: string; status: number | null } {
  const run = rmplint([...files, '--format', 'json', '--today', '2026-06-01'], { cwd: dir });
  const all = JSON.parse(run.stdout) as JsonFinding[];
  const findings = all.filter((f) => f.rule === 'untreated-risk' || f.rule === 'unknown-risk').map((f): [string, number] => [f.rule, f.line]);
  return { findings, stderr: run.stderr, status: run.status };
}

describe('CLI: a plan checked against its risk analysis document', function () {
  this.timeout(30000);
  for (const [register, text] of Object.entries(REGISTERS)) {
    it(`${path.extname(register)} register: untreated-risk on the reference, unknown-risk on the ID`, () => {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, 'analysis'));
      fs.writeFileSync(path.join(dir, register), text);
      fs.writeFileSync(path.join(dir, 'plan.rmp.md'), PLAN(register));
      const { findings, stderr } = lintJson(dir, ['plan.rmp.md']);
      assert.equal(stderr, '');
      assert.deepEqual(findings, [['untreated-risk', 6], ['unknown-risk', 16]]);
    });
  }

  it('two plans naming one register, from different folders: each resolves it from its own folder', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'analysis'));
    fs.mkdirSync(path.join(dir, 'plans'));
    fs.writeFileSync(path.join(dir, 'analysis/register.csv'), REGISTERS['analysis/register.csv']);
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), PLAN('analysis/register.csv'));
    fs.writeFileSync(path.join(dir, 'plans/other.rmp.md'), PLAN('../analysis/register.csv'));
    const { findings } = lintJson(dir, ['.']);
    assert.deepEqual(findings, [['untreated-risk', 6], ['unknown-risk', 16], ['untreated-risk', 6], ['unknown-risk', 16]]);
  });

  it('a document that is missing: said once on stderr, the plan linted without it, not exit 2', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), PLAN('missing.csv'));
    const { findings, stderr, status } = lintJson(dir, ['plan.rmp.md']);
    assert.deepEqual(findings, []);
    assert.equal(status, 1, 'the plan\'s own errors (stale-review), not 2: a missing analysis is no usage problem');
    assert.equal(stderr, 'rmplint: missing.csv: no such file or folder; the plan is not checked against its risk analysis\n');
  });

  it('a document that is not a register: said, and nothing checked', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.csv'), 'Name,Value\nx,1\n');
    fs.writeFileSync(path.join(dir, 'plan.rmp.md'), PLAN('notes.csv'));
    const { findings, stderr } = lintJson(dir, ['plan.rmp.md']);
    assert.deepEqual(findings, []);
    assert.match(stderr, /^rmplint: notes\.csv: the risk analysis document is not a register rmplint reads/);
  });
});
