// `rmplint changes` (issue 15, point 2): each test builds its own git repository in a temporary
// folder, with commits dated through GIT_AUTHOR_DATE and GIT_COMMITTER_DATE, and reads the report
// the built CLI prints. The same history is written in each plan form (Markdown headings, a
// Markdown table, YAML), so every line of the report is checked on all three.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monthsBetween, pairActions } from '../../server/out/history/change-report';
import { parsePlan } from '../../server/out/engine/lint';
import { rmplint, tempDir } from './cli-run';
import { commitFile, git, newRepo } from './git-repo';

interface RiskSpec {
  readonly id: string;
  readonly title: string;
  readonly treatment: 'Mitigate' | 'Transfer' | 'Accept';
  readonly action?: string;
  readonly owner?: string;
  readonly due?: string;
  readonly status?: 'Open' | 'Done';
}

type Form = 'heading' | 'table' | 'yaml';

const HEADER_MD = (reviewed: string) => `---
type: risk-management-plan
title: HIPAA Risk Management Plan
organization: Test Clinic
lastReviewed: ${reviewed}
---

# Test Clinic Risk Management Plan
`;

function headingRisk(r: RiskSpec): string {
  const lines = [`### ${r.id}: ${r.title}`, '- **Priority:** High', `- **Treatment:** ${r.treatment}`];
  if (r.treatment === 'Accept') {
    lines.push('- **Rationale:** The unit is offline.', '- **Approved by:** Dr. Lee', '- **Approved on:** 2026-03-01', '- **Review by:** 2027-03-01');
  } else {
    lines.push(`- **Action:** ${r.action}`, `- **Owner:** ${r.owner}`, `- **Due:** ${r.due}`, `- **Status:** ${r.status}`);
  }
  return `${lines.join('\n')}\n`;
}

function tableRow(r: RiskSpec): string {
  const accepted = r.treatment === 'Accept';
  return `| ${r.id} | ${r.title} | ${r.treatment} | ${accepted ? '' : r.action} | ${accepted ? 'Dr. Lee' : r.owner} | ${accepted ? '' : r.due} | ${accepted ? 'Accepted' : r.status} |`;
}

function yamlRisk(r: RiskSpec): string {
  const lines = [`  - id: ${r.id}`, `    title: ${r.title}`, '    priority: high', `    treatment: ${r.treatment.toLowerCase()}`];
  if (r.treatment === 'Accept') {
    lines.push('    acceptance:', '      rationale: The unit is offline.', '      approvedBy: Dr. Lee', '      approvedOn: 2026-03-01', '      reviewBy: 2027-03-01');
  } else {
    lines.push('    actions:', `      - action: ${r.action}`, `        owner: ${r.owner}`, `        due: ${r.due}`, `        status: ${r.status?.toLowerCase()}`);
  }
  return lines.join('\n');
}

function planText(form: Form, risks: readonly RiskSpec[], reviewed = '2026-01-15'): string {
  if (form === 'heading') return `${HEADER_MD(reviewed)}\n${risks.map(headingRisk).join('\n')}`;
  if (form === 'table') {
    return `${HEADER_MD(reviewed)}\n| ID | Risk | Treatment | Action | Owner | Due | Status |\n|----|------|-----------|--------|-------|-----|--------|\n${risks.map(tableRow).join('\n')}\n`;
  }
  return `plan:\n  title: HIPAA Risk Management Plan\n  organization: Test Clinic\n  lastReviewed: ${reviewed}\n\nrisks:\n${risks.map(yamlRisk).join('\n\n')}\n`;
}

const FILE: Readonly<Record<Form, string>> = { heading: 'plan.rmp.md', table: 'plan.rmp.md', yaml: 'plan.rmp.yaml' };

const R1: RiskSpec = { id: 'R-1', title: 'Shared logins', treatment: 'Mitigate', action: 'Create named accounts', owner: 'Ann Park', due: '2026-03-01', status: 'Open' };
const R2: RiskSpec = { id: 'R-2', title: 'Old PCs', treatment: 'Mitigate', action: 'Replace the front-desk PCs', owner: 'Bob Diaz', due: '2026-04-01', status: 'Open' };
const R3: RiskSpec = { id: 'R-3', title: 'Laptops unencrypted', treatment: 'Mitigate', action: 'Encrypt the laptops', owner: 'Ann Park', due: '2026-06-30', status: 'Open' };
const R4: RiskSpec = { id: 'R-4', title: 'Paper records in the hall', treatment: 'Mitigate', action: 'Move the records to a locked room', owner: 'Bob Diaz', due: '2026-05-01', status: 'Open' };
const R5: RiskSpec = { id: 'R-5', title: 'X-ray PC on Windows 7', treatment: 'Accept' };

/** The history every form is written with: drafted, reviewed, one action done, then the rest. */
const HISTORY: readonly { readonly date: string; readonly risks: readonly RiskSpec[] }[] = [
  { date: '2025-12-01T09:00:00Z', risks: [R1, R2] },
  { date: '2026-01-15T09:00:00Z', risks: [R1, R2, R3, R4] },
  { date: '2026-02-10T09:00:00Z', risks: [{ ...R1, status: 'Done' }, R2, R3, R4] },
  {
    date: '2026-03-05T09:00:00Z',
    risks: [{ ...R1, status: 'Done' }, { ...R2, due: '2026-05-01', owner: 'Carol Ng' }, { ...R3, due: '2026-06-20', treatment: 'Transfer' }, R5],
  },
];

function repoWithHistory(form: Form): string {
  const dir = newRepo();
  for (const step of HISTORY) commitFile(dir, FILE[form], planText(form, step.risks), step.date);
  return dir;
}

interface Report {
  since: { commit: string; date: string };
  risksAdded: { id: string }[];
  risksRemoved: { id: string }[];
  risksClosed: { id: string }[];
  actionsDone: { id: string; action: string; when?: string; commit?: string }[];
  dueDatesMoved: { id: string; from: string; to: string; days: number }[];
  ownersChanged: { id: string; from: string; to: string }[];
  treatmentsChanged: { id: string; from: string; to: string }[];
  acceptedRisksAdded: { id: string }[];
  progress: { openAtReview: number; addressed: number; months: number };
}

function jsonReport(dir: string, file: string, extra: readonly string[] = []): Report {
  const run = rmplint(['changes', file, '--format', 'json', '--today', '2026-07-20', ...extra], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Report;
}

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('rmplint changes', function () {
  this.timeout(60000);

  for (const form of ['heading', 'table', 'yaml'] as const) {
    describe(`a plan written with ${form === 'yaml' ? 'YAML' : form === 'table' ? 'a Markdown table' : 'Markdown headings'}`, () => {
      let dir: string;
      let report: Report;
      before(() => {
        dir = repoWithHistory(form);
        report = jsonReport(dir, FILE[form]);
      });

      it('compares with the commit on or before the last-reviewed date', () => {
        assert.equal(report.since.date.slice(0, 10), '2026-01-15');
        assert.equal(report.since.commit, git(dir, ['rev-parse', 'HEAD~2']).trim());
      });
      it('lists risks added, removed and closed', () => {
        assert.deepEqual(ids(report.risksAdded), ['R-5']);
        assert.deepEqual(ids(report.risksRemoved), ['R-4']);
        assert.deepEqual(ids(report.risksClosed), ['R-1']);
      });
      it('lists actions marked done with the commit that recorded it', () => {
        assert.deepEqual(report.actionsDone.map((a) => [a.id, a.action, a.when?.slice(0, 10)]), [['R-1', 'Create named accounts', '2026-02-10']]);
        assert.equal(report.actionsDone[0].commit, git(dir, ['rev-parse', 'HEAD~1']).trim());
      });
      it('lists due dates moved, later and earlier, by days', () => {
        assert.deepEqual(report.dueDatesMoved.map((d) => [d.id, d.from, d.to, d.days]), [
          ['R-2', '2026-04-01', '2026-05-01', 30],
          ['R-3', '2026-06-30', '2026-06-20', -10],
        ]);
      });
      it('lists owners and treatments changed', () => {
        assert.deepEqual(report.ownersChanged.map((o) => [o.id, o.from, o.to]), [['R-2', 'Bob Diaz', 'Carol Ng']]);
        assert.deepEqual(report.treatmentsChanged.map((t) => [t.id, t.from, t.to]), [['R-3', 'mitigate', 'transfer']]);
      });
      it('lists accepted risks added', () => {
        assert.deepEqual(ids(report.acceptedRisksAdded), ['R-5']);
      });
      it('counts the risks addressed of those open at the review, over the months since', () => {
        assert.deepEqual(report.progress, { openAtReview: 4, addressed: 2, months: 6 });
      });
    });
  }

  describe('the text and Markdown reports', () => {
    let dir: string;
    before(() => {
      dir = repoWithHistory('heading');
    });

    it('text: one line per section, one per change', () => {
      const run = rmplint(['changes', 'plan.rmp.md', '--today', '2026-07-20'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const done = git(dir, ['rev-parse', '--short=7', 'HEAD~1']).trim();
      const base = git(dir, ['rev-parse', '--short=7', 'HEAD~2']).trim();
      assert.equal(
        run.stdout,
        [
          `plan.rmp.md: changes since 2026-01-15 (commit ${base}) to 2026-07-20`,
          'Progress: 2 of 4 risks open at the last review addressed over 6 months',
          'Risks added: 1',
          '  - R-5 (X-ray PC on Windows 7)',
          'Risks removed: 1',
          '  - R-4 (Paper records in the hall)',
          'Risks closed: 1',
          '  - R-1 (Shared logins)',
          'Actions marked done: 1',
          `  - R-1: Create named accounts, done 2026-02-10 (${done})`,
          'Due dates moved: 2',
          '  - R-2: Replace the front-desk PCs: 2026-04-01 -> 2026-05-01 (30 days later)',
          '  - R-3: Encrypt the laptops: 2026-06-30 -> 2026-06-20 (10 days earlier)',
          'Owners changed: 1',
          '  - R-2: Replace the front-desk PCs: Bob Diaz -> Carol Ng',
          'Treatments changed: 1',
          '  - R-3 (Laptops unencrypted): mitigate -> transfer',
          'Accepted risks added: 1',
          '  - R-5 (X-ray PC on Windows 7)',
          '',
        ].join('\n'),
      );
    });

    it('markdown: a heading, the progress in bold and a list per section, ready to paste', () => {
      const run = rmplint(['changes', 'plan.rmp.md', '--today', '2026-07-20', '--format', 'markdown'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^### Changes since 2026-01-15 \(commit [0-9a-f]{7}\) to 2026-07-20\n/);
      assert.match(run.stdout, /\n\*\*Progress:\*\* 2 of 4 risks open at the last review addressed over 6 months\.\n/);
      assert.match(run.stdout, /\n\*\*Risks removed:\*\*\n\n- R-4 \(Paper records in the hall\)\n/);
      assert.match(run.stdout, /\n- R-2: Replace the front-desk PCs: 2026-04-01 -> 2026-05-01 \(30 days later\)\n/);
    });

    it('an uncommitted edit counts, and an action done in it is "not yet committed"', () => {
      const edited = planText('heading', [{ ...R1, status: 'Done' }, { ...R2, due: '2026-05-01', owner: 'Carol Ng', status: 'Done' }, { ...R3, due: '2026-06-20', treatment: 'Transfer' }, R5]);
      const copy = tempDir('rmplint-changes-');
      fs.cpSync(dir, copy, { recursive: true });
      fs.writeFileSync(path.join(copy, 'plan.rmp.md'), edited);
      const report = jsonReport(copy, 'plan.rmp.md');
      assert.deepEqual(report.actionsDone.map((a) => [a.id, a.when?.slice(0, 10)]), [['R-1', '2026-02-10'], ['R-2', undefined]]);
      assert.deepEqual(report.progress, { openAtReview: 4, addressed: 3, months: 6 });
    });
  });

  describe('--since', () => {
    let dir: string;
    before(() => {
      dir = repoWithHistory('yaml');
    });

    it('a date: the last commit on or before it', () => {
      const report = jsonReport(dir, 'plan.rmp.yaml', ['--since', '2026-02-20']);
      assert.equal(report.since.date.slice(0, 10), '2026-02-10');
      assert.deepEqual(report.actionsDone, []);
      assert.deepEqual(report.progress, { openAtReview: 3, addressed: 1, months: 5 });
    });
    it('a revision', () => {
      const report = jsonReport(dir, 'plan.rmp.yaml', ['--since', 'HEAD~3']);
      assert.equal(report.since.date.slice(0, 10), '2025-12-01');
      assert.deepEqual(ids(report.risksAdded), ['R-3', 'R-5']);
    });
    it('a revision that did not touch the plan: the last commit that did before it', () => {
      fs.writeFileSync(path.join(dir, 'other.txt'), 'x');
      git(dir, ['add', 'other.txt']);
      git(dir, ['commit', '-q', '-m', 'other'], '2026-04-01T09:00:00Z');
      git(dir, ['tag', 'unrelated']);
      const report = jsonReport(dir, 'plan.rmp.yaml', ['--since', 'unrelated']);
      assert.equal(report.since.date.slice(0, 10), '2026-03-05');
      assert.deepEqual(report.dueDatesMoved, []);
    });
  });

  it('follows the plan across a rename, and a change of form on the way', () => {
    const dir = newRepo();
    commitFile(dir, 'plan.rmp.md', planText('heading', HISTORY[1].risks), '2026-01-15T09:00:00Z');
    commitFile(dir, 'plan.rmp.md', planText('heading', HISTORY[2].risks), '2026-02-10T09:00:00Z');
    fs.mkdirSync(path.join(dir, 'compliance'));
    git(dir, ['mv', 'plan.rmp.md', 'compliance/risk-plan.rmp.md']);
    git(dir, ['commit', '-q', '-m', 'move'], '2026-02-20T09:00:00Z');
    commitFile(dir, 'compliance/risk-plan.rmp.md', planText('table', HISTORY[3].risks), '2026-03-05T09:00:00Z');
    const report = jsonReport(path.join(dir, 'compliance'), 'risk-plan.rmp.md');
    assert.equal(report.since.date.slice(0, 10), '2026-01-15');
    assert.deepEqual(report.actionsDone.map((a) => [a.id, a.when?.slice(0, 10)]), [['R-1', '2026-02-10']]);
    assert.deepEqual(ids(report.risksRemoved), ['R-4']);
    assert.deepEqual(report.progress, { openAtReview: 4, addressed: 2, months: 6 });
  });

  describe('no history to compare with: said on stderr, exit 2', () => {
    it('outside a git repository', () => {
      const dir = tempDir('rmplint-changes-');
      fs.writeFileSync(path.join(dir, 'plan.rmp.md'), planText('heading', [R1]));
      const run = rmplint(['changes', 'plan.rmp.md'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
      assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', 'rmplint: plan.rmp.md: is not in a git repository\n']);
    });
    it('a plan never committed', () => {
      const dir = newRepo();
      commitFile(dir, 'README.md', 'x\n', '2026-01-01T09:00:00Z');
      fs.writeFileSync(path.join(dir, 'plan.rmp.md'), planText('heading', [R1]));
      const run = rmplint(['changes', 'plan.rmp.md'], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [2, 'rmplint: plan.rmp.md: has no history in git (it was never committed)\n']);
    });
    it('a repository with no commits at all', () => {
      const dir = newRepo();
      fs.writeFileSync(path.join(dir, 'plan.rmp.md'), planText('heading', [R1]));
      const run = rmplint(['changes', 'plan.rmp.md'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^rmplint: plan\.rmp\.md: has no (commits|history)/);
    });
    it('no commit on or before the last-reviewed date', () => {
      const dir = newRepo();
      commitFile(dir, 'plan.rmp.md', planText('heading', [R1], '2026-01-15'), '2026-02-01T09:00:00Z');
      const run = rmplint(['changes', 'plan.rmp.md'], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [2, 'rmplint: plan.rmp.md: has no commit on or before its last-reviewed date 2026-01-15\n']);
    });
    it('no commit on or before --since', () => {
      const dir = repoWithHistory('table');
      const run = rmplint(['changes', 'plan.rmp.md', '--since', '2025-01-01'], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [2, 'rmplint: plan.rmp.md: has no commit on or before 2025-01-01\n']);
    });
    it('an unknown revision', () => {
      const dir = repoWithHistory('table');
      const run = rmplint(['changes', 'plan.rmp.md', '--since', 'no-such-tag'], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [2, 'rmplint: plan.rmp.md: has no revision "no-such-tag" in its repository\n']);
    });
    it('no last-reviewed date and no --since', () => {
      const dir = newRepo();
      commitFile(dir, 'plan.rmp.yaml', planText('yaml', [R1]).replace(/ {2}lastReviewed:.*\n/, ''), '2026-02-01T09:00:00Z');
      const run = rmplint(['changes', 'plan.rmp.yaml'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /has no last-reviewed date to start from; give --since/);
    });
    it('a usage mistake', () => {
      const run = rmplint(['changes', 'a.rmp.md', 'b.rmp.md']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^rmplint: changes takes one plan file\nUsage: rmplint changes/);
      assert.match(rmplint(['changes', 'a.rmp.md', '--format', 'sarif']).stderr, /--format must be text, json or markdown/);
    });
  });

  describe('pieces of the comparison', () => {
    it('months are whole months, counted once the day of the month is reached', () => {
      assert.deepEqual([monthsBetween('2026-01-15', '2026-07-14'), monthsBetween('2026-01-15', '2026-07-15'), monthsBetween('2026-03-01', '2026-02-01')], [5, 6, 0]);
    });
    it('actions pair by text first, then by position among the rest', () => {
      const before = parsePlan(planText('yaml', [R1]).replace('      - action: Create named accounts', '      - action: First\n        owner: A\n      - action: Second'), 'yaml');
      const now = parsePlan(planText('yaml', [R1]).replace('      - action: Create named accounts', '      - action: Second\n        owner: A\n      - action: First, reworded'), 'yaml');
      const pairs = pairActions(before.risks[0].actions, now.risks[0].actions);
      assert.deepEqual(pairs.map((a) => a?.action?.value), ['Second', 'First']);
    });
  });
});
