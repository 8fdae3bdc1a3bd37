// The syntax rule: one finding at the first place the YAML (a YAML plan, or a Markdown
// plan's front matter) does not parse, and nothing plan-level derived from it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TODAY, lintWithRule, mdPlan, ruleTests, yamlPlan } from '../rule-tester';
import { analyse } from '../lint-with-registry';
import { ruleById } from '../../../server/out/rules';
import { CORPUS } from '../plan-files';


ruleTests('syntax', {
  valid: [
    { name: 'a YAML plan that parses', kind: 'yaml', text: yamlPlan('  - id: R-1\n    title: "Backups: never restored"\n') },
    { name: 'comments and a $schema line', kind: 'yaml', text: `# yaml-language-server: $schema=../schemas/risk-management-plan.schema.json\n# Owner: Dana\n${yamlPlan('')}` },
    { name: 'an anchor used twice', kind: 'yaml', text: yamlPlan('  - id: R-1\n    owner: &o Dana\n  - id: R-2\n    owner: *o\n') },
    { name: 'a Markdown plan whose front matter parses', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Action:** Enable MFA\n') },
  ],
  invalid: [
    {
      name: 'an unquoted ": " in a value, from the value to the end of its line',
      kind: 'yaml',
      text: yamlPlan('  - id: R-1\n    title: Backups: never restored\n    priority: high\n'),
      findings: [{ messageId: 'unquotedColon', line: 14, text: 'Backups: never restored' }],
    },
    {
      name: 'a key set twice in one mapping',
      kind: 'yaml',
      text: yamlPlan('  - id: R-1\n    owner: Dana\n    owner: Sam\n'),
      findings: [{ messageId: 'invalid', line: 15, text: 'owner: Sam' }],
    },
    {
      name: 'only the first of several problems',
      kind: 'yaml',
      text: yamlPlan('  - id: R-1\n    title: A: B\n    note: C: D\n'),
      findings: [{ messageId: 'unquotedColon', line: 14, text: 'A: B' }],
    },
    {
      name: 'an alias bomb',
      kind: 'yaml',
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n${yamlPlan('')}`,
      findings: [{ messageId: 'invalid', line: 2, text: '*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]' }],
    },
  ],
});

describe('rule syntax: message and what is left unchecked', () => {
  it('says what is wrong in the user\'s terms and what to write, with a fix that quotes the value', () => {
    const text = yamlPlan('  - id: R-1\n    title: Backups: never restored\n');
    const { findings } = lintWithRule('syntax', { name: '', kind: 'yaml', text });
    assert.equal(
      findings[0].message,
      'The value of "title" contains ": ", which YAML reads as the start of another key. Put the value in quotes: title: "Backups: never restored". Until this YAML parses, nothing in it is checked.',
    );
    const edit = findings[0].fixes[0].edits[0];
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.ok(fixed.includes('    title: "Backups: never restored"\n'));
    assert.deepEqual(analyse(fixed, 'yaml', { today: TODAY }).findings.filter((f) => f.rule === 'syntax'), []);
  });

  it('the same for Markdown front matter: the parser\'s own words are not shown', () => {
    const text = '---\ntype: risk-management-plan\ntitle: Westbrook Clinic: Risk Management Plan\n---\n\n# Risk Management Plan\n';
    const syntax = analyse(text, 'markdown', { today: TODAY }).findings.find((f) => f.rule === 'syntax')!;
    assert.match(syntax.message, /^The value of "title" contains ": ".*title: "Westbrook Clinic: Risk Management Plan"/);
    assert.doesNotMatch(syntax.message, /compact mappings/);
  });

  it('a YAML plan that does not parse has no other finding', () => {
    const text = yamlPlan('  - id: R-1\n    title: Backups: never restored\n    owner: TBD\n    status: blocked\n', '  approvedBy: Dana\n');
    const { findings } = analyse(text, 'yaml', { today: TODAY });
    assert.deepEqual(findings.map((f) => f.rule), ['syntax']);
  });

  it('Markdown front matter that does not parse is a syntax finding on its line', () => {
    const text = '---\ntype: risk-management-plan\ntitle: Plan: 2026\n---\n\n# Risk Management Plan\n';
    const { findings, lines } = analyse(text, 'markdown', { today: TODAY });
    const syntax = findings.filter((f) => f.rule === 'syntax');
    assert.deepEqual(syntax.map((f) => lines.lineAt(f.range.start) + 1), [3]);
  });

  describe('on the DEV corpus', () => {
    before(function () {
      if (!fs.existsSync(CORPUS)) this.skip();
    });

    it('every plan has syntax findings exactly on the expected lines', () => {
      const files = fs.readdirSync(CORPUS).filter((f) => /\.rmp\.(ya?ml|md)$/.test(f));
      assert.ok(files.length > 0);
      for (const file of files) {
        const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
        const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, file.replace(/\.rmp\.\w+$/, '.expected.json')), 'utf8')) as {
          findings: { line: number; rule: string }[];
        };
        const kind = file.endsWith('.md') ? 'markdown' : 'yaml';
        const { findings, lines } = analyse(text, kind, { today: TODAY, rules: [ruleById('syntax')!] });
        assert.deepEqual(
          findings.map((f) => lines.lineAt(f.range.start) + 1),
          expected.findings.filter((f) => f.rule === 'syntax').map((f) => f.line),
          file,
        );
      }
    });
  });
});

