// A placeholder is a missing value (issue 14, point 1): one list, fed by every text rmplint
// writes itself (snippet and quick-fix defaults), read by every rule; a template left
// untouched, or a fix accepted without typing, never reads as a finished plan.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Finding } from './lint-with-registry';
import { applyEdits } from '../../server/out/fixes/fix-all';
import { isPlaceholder } from '../../server/out/model/placeholders';
import { isPlaceholderOwner } from '../../server/out/model/vocabulary';
import { REPO } from './plan-files';
import { mdPlan, TODAY, yamlPlan } from './rule-tester';

type Snippets = Record<string, { prefix: string | string[]; body: string | string[] }>;
const snippetFiles = ['snippets/markdown.json', 'snippets/yaml.json'].map((path) => ({
  path,
  snippets: JSON.parse(readFileSync(join(REPO, path), 'utf8')) as Snippets,
}));

/** The defaults of `${n:default}` tab stops, leaving out those that are variables (today's date). */
function snippetDefaults(snippets: Snippets): string[] {
  const body = Object.values(snippets).flatMap((s) => [s.body].flat()).join('\n');
  return [...body.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]).filter((d) => !d.includes('$'));
}

/** A snippet as inserted and left untouched: each tab stop keeps its default, a choice its first option. */
function untouched(body: string | string[]): string {
  return [body].flat().join('\n')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\}?/g, (m) => ({ CURRENT_YEAR: '2026', CURRENT_MONTH: '06', CURRENT_DATE: '15' })[m.replace(/[${}]/g, '') as 'CURRENT_YEAR'])
    .replace(/\$\d+/g, '');
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('placeholders: one list, read by every rule', () => {
  it('every default a snippet writes is a placeholder', () => {
    for (const { path, snippets } of snippetFiles) {
      const defaults = snippetDefaults(snippets);
      assert.ok(defaults.length > 5, path);
      assert.deepEqual(defaults.filter((d) => !isPlaceholder(d)), [], path);
    }
  });

  it('fill-in markers are placeholders, real values are not', () => {
    for (const v of ['TBD', 'yyyy-mm-dd', 'MM/DD/YYYY', '<name>', '[owner]', '**Name, Title**', 'Person or role.', 'R-000', '?', '...', '{{ cto_name }}', '{% owner %}', '${OWNER}', '@owner', '@username', '[C-XX]', '[ID]', '[R-000]', '[C-01, C-XX]']) {
      assert.ok(isPlaceholder(v), v);
    }
    for (const v of ['', 'Dana Whitfield, Security Officer', 'Office Manager', 'R-001', '2026-06-15', 'Risk of lost laptops', 'Name badges for staff', 'Title IX officer', '{{ cto_name }} (SIRO)', '@dana-whitfield', '[C-01]', '[H-02]', '[L-5]', '[SEC.3]', '[STD-001, STD-003, STD-007]']) {
      assert.ok(!isPlaceholder(v), v);
    }
  });

  it("a template's instruction in place of a value is a placeholder; a verb with a thing to work on is a value", () => {
    for (const v of ['Enter the risk here', 'Describe the mitigation', 'Enter the planned action', 'Select owner', 'Enter date', 'Select', 'Auto', 'Choose from list']) assert.ok(isPlaceholder(v), v);
    for (const v of ['Select a backup vendor', 'Enter into a BAA with the billing company', 'Add MFA to the VPN', 'Describe the backup process in the policy manual', 'Write the incident response plan']) assert.ok(!isPlaceholder(v), v);
  });

  it("a stub's words for the text that belongs there are a placeholder; a value that describes something is not", () => {
    for (const v of ['Some text describing the risk category...', 'Some text describing the mitigation...', 'Text describing the impact']) assert.ok(isPlaceholder(v), v);
    for (const v of ['Publish text describing the breach notification steps', 'Some text in the portal discloses patient names']) assert.ok(!isPlaceholder(v), v);
  });

  it('a fill-in marker with a note on what goes there is a placeholder; a value that mentions one is not', () => {
    for (const v of ['TODO(human: risk owner)', 'TBD: vendor to confirm', 'FIXME (owner)', 'todo: name the backup contact']) assert.ok(isPlaceholder(v), v);
    for (const v of ['Resolve the TODO markers in the intake form', 'TBDX-4 rollout', 'Todoist integration review']) assert.ok(!isPlaceholder(v), v);
  });

  it('a date with its day or month left as Xs is a placeholder; a real date, a part of one or an ID is not (set 86)', () => {
    for (const v of ['2025-01-XX', '2026-XX-XX', 'XX/XX/2026', '12/xx/2026', 'XXXX-XX-XX']) assert.ok(isPlaceholder(v), v);
    for (const v of ['2025-01-15', '2025-XX', 'XX-XX', 'R-01-XX1', 'Q1-2026']) assert.ok(!isPlaceholder(v), v);
    // The document's date left so is reported: no other rule reads that date.
    const text = '# Risk Management Plan\n\n**Last Updated:** 2025-01-XX\n\n## Risks\n\n### R-1: Shared front-desk login\n\n- **Action:** Issue named accounts on the front-desk PCs\n- **Owner:** Office Manager\n- **Due:** 2026-09-30\n';
    const found = analyse(text, 'markdown', { today: TODAY }).findings.filter((f) => f.rule === 'unfilled-placeholder');
    assert.deepEqual(found.map((f) => f.message), ['The document date "2025-01-XX" is a placeholder. Fill in the real document date.']);
  });

  it('an acceptance whose fields are all placeholders says so in one sentence', () => {
    const text = yamlPlan('  - id: R-007\n    priority: medium\n    treatment: accept\n    acceptance:\n      rationale: Why the residual risk is acceptable\n      approvedBy: Name, Title\n      approvedOn: 2026-03-15\n      compensatingControls: [Control]\n      reviewBy: YYYY-MM-DD\n');
    const [finding] = stillReported(text, 'yaml', 'incomplete-acceptance');
    assert.equal(finding.message, 'Risk R-007 is accepted but its rationale, approver, compensating controls and review date are still placeholders. Fill them in so the decision is documented.');
  });

  it('an owner that is a snippet default names nobody (also for completion and owner suggestions)', () => {
    assert.ok(isPlaceholderOwner('Person or role'));
    assert.ok(isPlaceholderOwner('Name, Title'));
    // A sign-off table's bracketed blank (session 35, set 87).
    assert.ok(isPlaceholderOwner('(Pending)'));
    assert.ok(isPlaceholderOwner('(TBD)'));
    assert.ok(!isPlaceholderOwner('(ISSO)'));
    assert.ok(!isPlaceholderOwner('Maria Chen'));
  });

  for (const { path, snippets } of snippetFiles) {
    it(`an untouched rmp-plan snippet (${path}) yields a "fill in" finding on every placeholder field`, () => {
      const skeleton = Object.values(snippets).find((s) => [s.prefix].flat().includes('rmp-plan'))!;
      const text = untouched(skeleton.body);
      const { findings } = analyse(text, path.includes('yaml') ? 'yaml' : 'markdown', { today: TODAY });
      const placeholderLines = text.split('\n').flatMap((line, i) => {
        const value = /:\s*(.*)$/.exec(line)?.[1].replace(/\*\*/g, '').trim() ?? '';
        const parts = [value, ...value.split(/:\s*/)].filter((v) => v !== '');
        return parts.some((v) => isPlaceholder(v)) ? [i + 1] : [];
      });
      assert.ok(placeholderLines.length >= 8, `${placeholderLines}`);
      const fillIn = (f: Finding) => /fill in/i.test(f.message);
      for (const line of placeholderLines) {
        const here = findings.filter((f) => lineOf(text, f.range.start) === line);
        assert.ok(here.some(fillIn), `line ${line} "${text.split('\n')[line - 1]}": ${here.map((f) => `${f.rule}: ${f.message}`).join(' | ') || 'no finding'}`);
      }
    });
  }

  /** The text after applying a finding's first fix whose title matches. */
  function afterFix(text: string, kind: 'markdown' | 'yaml', rule: string, title: RegExp): string {
    const finding = analyse(text, kind, { today: TODAY }).findings.find((f) => f.rule === rule);
    assert.ok(finding, `${rule} reports`);
    const fix = finding!.fixes.find((f) => title.test(f.title));
    assert.ok(fix, `${rule} offers ${title}: ${finding!.fixes.map((f) => f.title).join(', ')}`);
    return applyEdits(text, fix!.edits);
  }

  const stillReported = (text: string, kind: 'markdown' | 'yaml', rule: string) =>
    analyse(text, kind, { today: TODAY }).findings.filter((f) => f.rule === rule);

  const cases: { name: string; kind: 'markdown' | 'yaml'; text: string; rule: string; title: RegExp }[] = [
    {
      name: 'acceptance fields added by the quick fix (Markdown)',
      kind: 'markdown',
      text: mdPlan('### R-015: Windows 7 PC\n- **Priority:** Medium\n- **Treatment:** Accept\n- **Rationale:** Vendor certifies only Windows 7\n'),
      rule: 'incomplete-acceptance',
      title: /acceptance/,
    },
    {
      name: 'acceptance block added by the quick fix (YAML)',
      kind: 'yaml',
      text: yamlPlan('  - id: R-007\n    priority: medium\n    treatment: accept\n'),
      rule: 'incomplete-acceptance',
      title: /acceptance/,
    },
    {
      name: 'approval added by the quick fix',
      kind: 'markdown',
      text: mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:** Dana\n- **Due:** 2026-07-01\n', { approvedBy: '', approvedOn: '' }),
      rule: 'missing-approval',
      title: /approval/,
    },
    {
      name: 'validation added by the quick fix',
      kind: 'markdown',
      text: mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:** Dana\n- **Due:** 2026-07-01\n- **Status:** Done\n'),
      rule: 'missing-validation',
      title: /validation/,
    },
    {
      name: 'owner line added to fill in',
      kind: 'markdown',
      text: mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Due:** 2026-07-01\n', { owner: 'TBD' }),
      rule: 'missing-owner',
      title: /fill in/,
    },
  ];
  for (const c of cases) {
    it(`no fix clears a finding without a real value: ${c.name}`, () => {
      const fixed = afterFix(c.text, c.kind, c.rule, c.title);
      assert.notEqual(fixed, c.text);
      const left = stillReported(fixed, c.kind, c.rule);
      assert.equal(left.length, 1, `after the fix:\n${fixed}`);
      assert.match(left[0].message, /fill/i);
      assert.doesNotMatch(left[0].message, /acceptance its/);
    });
  }
});

describe('a deadline left as a placeholder where the action is missing', () => {
  it('is reported as a placeholder beside the missing action (`- **Due:** YYYY-MM-DD` on a risk with no action)', () => {
    const text = '# Risk Management Plan\n\n## Risks\n\n### R-1: Shared front-desk login\n\n- **Owner:** Office manager\n- **Due:** YYYY-MM-DD\n- **Status:** Open\n\n### R-2: Unpatched scanner PC\n\n- **Owner:** IT provider\n- **Due:** YYYY-MM-DD\n- **Status:** Mitigated\n- **Evidence:** Patch report PR-12\n';
    const rules = analyse(text, 'markdown', { today: TODAY }).findings.filter((f) => f.rule === 'missing-due-date' || f.rule === 'missing-action');
    assert.deepEqual(rules.map((f) => [f.rule, text.slice(f.range.start, f.range.end).slice(0, 12)]), [
      ['missing-action', '### R-1: Sha'],
      ['missing-due-date', 'YYYY-MM-DD'],
    ]);
  });
});
