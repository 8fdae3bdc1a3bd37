// Per-risk findings kept and reused across edits (engine/risk-findings.ts) must equal a fresh
// lint of the whole plan: the same findings (rule, message, severity, range) and the same
// fixes, after every edit of seeded random edit sequences on finding-heavy plans, in YAML and
// Markdown, and when what the rules read besides the risk (today, settings) changes.
import * as assert from 'node:assert/strict';
import { analyse, type Finding } from './lint-with-registry';
import { resetCaches } from '../../server/out/caches';
import { DEFAULT_SETTINGS } from '../../server/out/config/settings';
import type { PlanKind } from '../../server/out/parse/detect';
import { planFilesIn, EXAMPLES, FIXTURES } from './plan-files';
import { join } from 'node:path';
import { seededRandom as random } from './seeded-random';
import { parsePlan } from '../../server/out/engine/lint';
import { riskKey } from '../../server/out/parse/place';
import { RULES } from '../../server/out/rules';


const STATUSES = ['Open', 'In progress', 'Done', 'Blocked', 'open'];
const PRIORITIES = ['High', 'Medium', 'Low', 'high'];
const TREATMENTS = ['Mitigate', 'Mitigate', 'Accept', 'Transfer', 'Avoid'];
const ACTIONS = ['Enable MFA on the EHR portal for all staff accounts', 'Improve security as needed', 'TBD', 'Replace the fax server', 'We will address this'];
const OWNERS = ['Office Manager', 'TBD', '', 'Privacy Officer'];
const DUES = ['2026-03-15', '2026-09-01', 'ASAP', '2026-02-30', '2025-12-01'];

/** A plan written as legacy plans are: enum values as people write them, many findings. */
function plan(form: 'yaml' | 'markdown' | 'table', risks: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const items = Array.from({ length: risks }, (_, i) => ({
    id: `R-${String(i + 1).padStart(3, '0')}`,
    title: `Risk number ${i + 1} of the billing system`,
    priority: pick(PRIORITIES),
    treatment: pick(TREATMENTS),
    actions: Array.from({ length: 1 + Math.floor(next() * 2) }, () => ({ action: pick(ACTIONS), owner: pick(OWNERS), due: pick(DUES), status: pick(STATUSES) })),
    validation: next() < 0.5 ? 'Screenshot of the admin console in the compliance folder' : undefined,
  }));
  if (form === 'yaml') {
    const lines = ['plan:', '  title: Security Risk Management Plan', '  organization: Riverside Clinic', '  lastReviewed: 2026-02-01', '  nextReview: 2027-02-01', 'risks:'];
    for (const r of items) {
      lines.push(`  - id: ${r.id}`, `    title: ${r.title}`, `    priority: ${r.priority}`, `    treatment: ${r.treatment}`, '    scope: [billing system]', '    actions:');
      for (const a of r.actions) lines.push(`      - action: ${a.action}`, ...(a.owner ? [`        owner: ${a.owner}`] : []), `        due: ${a.due}`, `        status: ${a.status}`);
      if (r.validation) lines.push(`    validation: ${r.validation}`);
    }
    return lines.join('\n') + '\n';
  }
  if (form === 'table') {
    // A keystroke in a row moves the rows below it away from the header, where each cell's column label is.
    const lines = ['---', 'title: Security Risk Management Plan', 'organization: Riverside Clinic', 'lastReviewed: 2026-02-01', 'nextReview: 2027-02-01', '---', '', '# Security Risk Management Plan', '', '## Risks', ''];
    lines.push('| ID | Risk | Priority | Treatment | Action | Owner | Due | Status | Validation |', '|---|---|---|---|---|---|---|---|---|');
    for (const r of items) {
      const a = r.actions[0];
      lines.push(`| ${r.id} | ${r.title} | ${r.priority} | ${r.treatment} | ${a.action} | ${a.owner} | ${a.due} | ${a.status} | ${r.validation ?? ''} |`);
    }
    return lines.join('\n') + '\n';
  }
  const lines = ['---', 'title: Security Risk Management Plan', 'organization: Riverside Clinic', 'lastReviewed: 2026-02-01', 'nextReview: 2027-02-01', '---', '', '# Security Risk Management Plan', '', '## This week', ''];
  items.forEach((r, i) => {
    if (i === Math.floor(risks / 2)) lines.push('## Vendor conversations', '');
    lines.push(`### ${r.id}: ${r.title}`, '');
    for (const a of r.actions) lines.push(`- **Action:** ${a.action}`, ...(a.owner ? [`- **Owner:** ${a.owner}`] : []), `- **Due:** ${a.due}`, `- **Status:** ${a.status}`);
    lines.push(`- **Priority:** ${r.priority}`, `- **Treatment:** ${r.treatment}`, ...(r.validation ? [`- **Validation:** ${r.validation}`] : []), '');
  });
  return lines.join('\n');
}

const SNIPPETS = {
  yaml: ['x', ' ', '\n', 'Done', 'Accept', '2025-01-01', '    owner: Dana\n', '  - id: R-900\n    title: New\n', '#', ': ', 'TBD', '-'],
  markdown: ['x', ' ', '\n', 'Done', 'Accept', '2025-01-01', '- **Owner:** Dana\n', '### R-900: New\n\n', '## Budget decisions\n\n', '<!-- rmplint-disable-next-line -->\n', 'TBD', '|'],
  table: ['x', ' ', '|', 'Done', 'Accept', '2025-01-01', '| R-900 | New | High | Mitigate | Replace the fax server | Dana | 2026-09-01 | Open | |\n', 'TBD', ' | ', '\n'],
};

/** A finding as plain data: what the editor shows and what its fixes would do. */
function shown(findings: readonly Finding[]): unknown[] {
  return findings.map((f) => ({ rule: f.rule, messageId: f.messageId, severity: f.severity, message: f.message, range: f.range, fixes: f.fixes }));
}

function assertSameAsFresh(text: string, kind: PlanKind, options: { today: string; settings?: typeof DEFAULT_SETTINGS }, what: string): void {
  const reused = analyse(text, kind, { ...options, reuse: true }).findings;
  const fresh = analyse(text, kind, options).findings;
  assert.deepStrictEqual(shown(reused), shown(fresh), what);
}

describe('per-risk findings reused across edits', () => {
  beforeEach(() => resetCaches());

  for (const [form, kind] of [['yaml', 'yaml'], ['markdown', 'markdown'], ['table', 'markdown']] as const) {
    it(`equal a fresh lint after every edit of seeded random edit sequences on finding-heavy ${form} plans`, () => {
      let edits = 0;
      for (let seed = 1; seed <= 4; seed++) {
        const next = random(seed * 7919);
        let text = plan(form, 20, seed);
        const history = [text];
        const first = analyse(text, kind, { today: '2026-06-15' }).findings.length;
        assert.ok(first > 25, `a finding-heavy plan (${first} findings)`);
        for (let step = 0; step < 50; step++) {
          const roll = next();
          if (roll < 0.1 && history.length > 1) {
            history.pop(); // an undo
            text = history[history.length - 1];
          } else {
            const at = Math.floor(next() * (text.length + 1));
            const removed = roll < 0.3 ? 1 + Math.floor(next() * 6) : 0;
            const inserted = roll < 0.3 ? '' : SNIPPETS[form][Math.floor(next() * SNIPPETS[form].length)];
            text = text.slice(0, at) + inserted + text.slice(at + removed);
            history.push(text);
          }
          // Typing in one place, as an editor does, now and then.
          if (next() < 0.3) {
            const at = Math.floor(next() * text.length);
            for (let k = 0; k < 3; k++) {
              text = text.slice(0, at + k) + 'y' + text.slice(at + k);
              assertSameAsFresh(text, kind, { today: '2026-06-15' }, `seed ${seed}, step ${step}, typed ${k}`);
              edits++;
            }
          }
          assertSameAsFresh(text, kind, { today: '2026-06-15' }, `seed ${seed}, step ${step}`);
          edits++;
        }
      }
      assert.ok(edits >= 200);
    });
  }

  it('are found again for the rows below a keystroke in a table: a row\'s key does not count from the header', () => {
    const text = plan('table', 20, 5);
    const row = text.indexOf('| R-005 |');
    const edited = text.slice(0, row + 10) + 'x' + text.slice(row + 10);
    const keys = (t: string) => parsePlan(t, 'markdown').risks.map(riskKey);
    const before = keys(text);
    const after = keys(edited);
    assert.equal(before.length, 20);
    assert.deepEqual(after.map((key, i) => key === before[i]), before.map((_, i) => i !== 4), 'only the edited row reads differently');
  });

  it('are kept for the rows of a table an edit did not touch, and found afresh for a row edited later', () => {
    // Two tables under two headings: typing in the first leaves the second's section as it was.
    const first = plan('table', 12, 7);
    const second = plan('table', 12, 8).split('\n').filter((l) => l.startsWith('|')).map((l) => l.replace(/\| R-0/, '| S-0')).join('\n');
    let text = `${first}\n## Vendors\n\n${second}\n`;
    const ruleRuns = new Map<string, number>();
    const counted = RULES.map((rule) => (rule.scope === 'risk' ? { ...rule, check: (context: Parameters<typeof rule.check>[0]) => { ruleRuns.set(rule.id, (ruleRuns.get(rule.id) ?? 0) + context.plan.risks.length); rule.check(context); } } : rule));
    let vagueRuns = 0; // the risks vague-action ran on in the last lint (its fixes, built later, run it on the whole plan)
    const lint = (t: string) => {
      ruleRuns.clear();
      const findings = analyse(t, 'markdown', { today: '2026-06-15', rules: counted, reuse: true }).findings;
      vagueRuns = ruleRuns.get('vague-action') ?? 0;
      return findings;
    };
    const typeAt = (t: string, marker: string) => { const at = t.indexOf(marker) + marker.length; return t.slice(0, at) + 'y' + t.slice(at); };
    for (let k = 0; k < 4; k++) {
      text = typeAt(text, '| R-003 | Risk number 3');
      assert.deepStrictEqual(shown(lint(text)), shown(analyse(text, 'markdown', { today: '2026-06-15' }).findings), `typed ${k}`);
    }
    // The second table's rows are a group from the second lint, kept at the third, reused from the fourth: the rules run on the first table's 12 rows only.
    assert.equal(vagueRuns, 12);
    // A row of the kept table edited: its findings are its new text's, not the kept ones.
    const row = text.indexOf('| S-005 |');
    const rowEnd = text.indexOf('\n', row);
    const edited = text.slice(0, row) + '| S-005 | Risk five | High | Mitigate | TBD | TBD | ASAP | Open | |' + text.slice(rowEnd);
    const findings = lint(edited);
    assert.deepStrictEqual(shown(findings), shown(analyse(edited, 'markdown', { today: '2026-06-15' }).findings));
    const at = edited.indexOf('| S-005 |');
    assert.ok(findings.some((f) => f.rule === 'vague-action' && f.range.start > at && f.range.start < at + 60), 'the edited row\'s new vague action is reported');
  });

  it('are found again under the same settings and today, and not under others', () => {
    for (const kind of ['yaml', 'markdown'] as const) {
      const text = plan(kind, 20, 3);
      assertSameAsFresh(text, kind, { today: '2026-06-15' }, 'first');
      assertSameAsFresh(text, kind, { today: '2027-06-15' }, 'another today');
      const settings = { ...DEFAULT_SETTINGS, rules: { 'overdue-action': 'off' as const, 'vague-action': 'hint' as const }, vaguePhrases: ['billing'] };
      assertSameAsFresh(text, kind, { today: '2027-06-15', settings }, 'other settings');
      assertSameAsFresh(text, kind, { today: '2026-06-15' }, 'back to the first');
    }
  });

  it('are found again when the plan\'s risk IDs change: an action that points to another risk is judged by the IDs the plan defines', () => {
    const text = (firstId: string) =>
      ['---', 'title: Plan', '---', '', '## This week', '', `### ${firstId}: Lost laptops`, '', '- **Action:** Encrypt the clinic laptops with BitLocker', '',
        '### R-002: Stolen laptops', '', '- **Action:** See R-001', ''].join('\n');
    const pointer = (t: string) => analyse(t, 'markdown', { today: '2026-06-15', reuse: true }).findings.filter((f) => f.rule === 'vague-action');
    assert.deepStrictEqual(pointer(text('R-001')), [], 'R-001 is defined: the pointer is not reported');
    assertSameAsFresh(text('R-009'), 'markdown', { today: '2026-06-15' }, 'R-001 renamed');
    assert.equal(pointer(text('R-009')).length, 1, 'R-001 is no longer defined: the pointer is reported');
    assert.deepStrictEqual(pointer(text('R-001')), [], 'and not again once R-001 is back');
  });

  it('follow the text around an empty value that the model does not hold (a line, a table cell)', () => {
    const table = (cell: string, bullet: string) =>
      [
        '---', 'title: Plan', '---', '', '## This week', '', `${bullet} **Action:** Replace the fax server`, '',
        '| ID | Action | Due | Owner |', '|---|---|---|---|', `| R-1 | Enable MFA on the EHR portal | 2026-09-01 |${cell}|`,
        '| R-2 | Replace the fax server | 2026-09-01 | Dana |', '',
        '### R-3: Lost laptops', '', `${bullet} **Action:** Encrypt the clinic laptops`, `${bullet} **Owner:**`, `${bullet} **Due:** 2026-09-01`, '',
      ].join('\n');
    for (const [cell, bullet] of [['  ', '-'], ['    ', '-'], ['    ', '*'], [' ', '+'], ['  ', '-']]) {
      assertSameAsFresh(table(cell, bullet), 'markdown', { today: '2026-06-15' }, JSON.stringify([cell, bullet]));
    }
  });

  it('equal a fresh lint on every example and fixture plan, linted twice', () => {
    const plans = [...planFilesIn(EXAMPLES), ...planFilesIn(join(FIXTURES, 'plans')), ...planFilesIn(join(FIXTURES, 'unseen'))];
    for (const p of plans) {
      assertSameAsFresh(p.text, p.kind, { today: '2026-06-15' }, p.path);
      assertSameAsFresh(p.text, p.kind, { today: '2026-06-15' }, `${p.path}, again`);
    }
  });
});
