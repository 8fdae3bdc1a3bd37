// The YAML parser against spec §2: exact keys, values as written with their spans, the
// three shapes of actions, insertion points for fixes, and nothing derived from YAML
// that does not parse.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseWholeYamlPlan, parseYamlPlan } from '../../server/out/parse/yaml/read-plan';
import type { Action, Field, PlanModel, Risk, Span } from '../../server/out/model/plan-model';
import { CORPUS } from './plan-files';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'yaml');

function slice(plan: PlanModel, span: Span): string {
  return plan.text.slice(span.start, span.end);
}

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A plan with one risk whose body lines (indented under `- id: R-1`) are given. */
function oneRisk(...lines: string[]): string {
  return `plan:\n  title: Plan\nrisks:\n  - id: R-1\n${lines.map((l) => `    ${l}\n`).join('')}`;
}

function onlyRisk(plan: PlanModel): Risk {
  assert.equal(plan.syntaxError, undefined, plan.syntaxError?.message);
  assert.equal(plan.risks.length, 1);
  return plan.risks[0];
}

describe('parseYamlPlan', () => {
  describe('values are read as written, with the span of what was written', () => {
    const cases: { name: string; line: string; pick: (r: Risk) => Field | undefined; value: string; range: string; items?: string[] }[] = [
      { name: 'an impossible date stays the string written', line: 'due: 2026-02-30', pick: (r) => r.actions[0].due, value: '2026-02-30', range: '2026-02-30' },
      { name: 'a number keeps its digits', line: 'due: 20260401', pick: (r) => r.actions[0].due, value: '20260401', range: '20260401' },
      { name: 'an empty quoted owner is empty, its range the quotes', line: 'owner: ""', pick: (r) => r.actions[0].owner, value: '', range: '""' },
      { name: 'a single-quoted value loses its quotes', line: "owner: 'Office Manager'", pick: (r) => r.actions[0].owner, value: 'Office Manager', range: "'Office Manager'" },
      { name: 'a trailing comment is not part of the value', line: 'due: 2026-07-01   # end of quarter', pick: (r) => r.actions[0].due, value: '2026-07-01', range: '2026-07-01' },
      { name: 'an explicit null is empty but keeps its span', line: 'owner: ~', pick: (r) => r.actions[0].owner, value: '', range: '~' },
      { name: 'a value with a comma and spaces', line: 'due: July 1, 2026', pick: (r) => r.actions[0].due, value: 'July 1, 2026', range: 'July 1, 2026' },
      { name: 'evidence as a flow list', line: 'evidence: [a.pdf, b.png]', pick: (r) => r.evidence, value: 'a.pdf, b.png', range: '[a.pdf, b.png]', items: ['a.pdf', 'b.png'] },
      { name: 'an empty evidence list has no value', line: 'evidence: []', pick: (r) => r.evidence, value: '', range: '[]', items: [] },
      { name: 'a priority', line: 'priority: high', pick: (r) => r.priority, value: 'high', range: 'high' },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const plan = parseYamlPlan(oneRisk(c.line, 'treatment: mitigate'));
        const field = c.pick(onlyRisk(plan));
        assert.ok(field, 'field is read');
        assert.equal(field.value, c.value);
        assert.equal(slice(plan, field.valueRange), c.range);
        if (c.items) assert.deepEqual(field.items, c.items);
      });
    }

    it('an empty value is an empty span right after the colon', () => {
      const plan = parseYamlPlan(oneRisk('action: Enable MFA', 'owner:', 'due: 2026-07-01'));
      const owner = onlyRisk(plan).actions[0].owner!;
      assert.equal(owner.value, '');
      assert.equal(owner.valueRange.start, owner.valueRange.end);
      assert.equal(plan.text[owner.valueRange.start - 1], ':');
      assert.equal(slice(plan, owner.keyRange!), 'owner');
    });

    it('an empty value followed by a comment is still right after the colon', () => {
      const plan = parseYamlPlan(oneRisk('action: Enable MFA', 'owner:    # who?'));
      const owner = onlyRisk(plan).actions[0].owner!;
      assert.equal(owner.value, '');
      assert.equal(plan.text[owner.valueRange.start - 1], ':');
    });

    it('a block list gives its items', () => {
      const plan = parseYamlPlan(oneRisk('treatment: accept', 'acceptance:', '  compensatingControls:', '    - Isolated VLAN', '    - USB ports disabled'));
      const controls = onlyRisk(plan).acceptance.compensatingControls!;
      assert.deepEqual(controls.items, ['Isolated VLAN', 'USB ports disabled']);
      assert.equal(controls.value, 'Isolated VLAN, USB ports disabled');
      assert.equal(slice(plan, controls.valueRange), '- Isolated VLAN\n        - USB ports disabled');
    });

    it('a block scalar is its text', () => {
      const plan = parseYamlPlan(oneRisk('action: |', '  Enable MFA on the EHR portal', 'owner: Office Manager'));
      assert.equal(onlyRisk(plan).actions[0].action!.value, 'Enable MFA on the EHR portal');
    });

    it('an alias reads the anchored value and is marked where it is written', () => {
      const plan = parseYamlPlan(
        'plan:\n  owner: &lead Dana Whitfield\nrisks:\n  - id: R-1\n    action: Enable MFA\n    owner: *lead\n',
      );
      const owner = onlyRisk(plan).actions[0].owner!;
      assert.equal(owner.value, 'Dana Whitfield');
      assert.equal(slice(plan, owner.valueRange), '*lead');
    });
  });

  it('reads the keys of other tools\' registers: snake and kebab case, and label synonyms (issue 12)', () => {
    const plan = parseYamlPlan(
      'plan:\n  last_reviewed: 2026-03-01\n  next-review: 2027-03-01\nrisks:\n  - risk_id: R-1\n    risk: Shared front-desk login\n    mitigation: Issue named EHR accounts\n    risk_owner: Office Manager\n    target_date: 2026-07-01\n    status: Open\n',
    );
    assert.equal(plan.meta.lastReviewed?.value, '2026-03-01');
    assert.equal(plan.meta.nextReview?.value, '2027-03-01');
    const risk = onlyRisk(plan);
    assert.equal(risk.id?.value, 'R-1');
    assert.equal(risk.title?.value, 'Shared front-desk login');
    const [action] = risk.actions;
    assert.deepEqual([action.action?.value, action.owner?.value, action.due?.value, action.status?.value], ['Issue named EHR accounts', 'Office Manager', '2026-07-01', 'Open']);
  });

  it('reads a register\'s risks under its own top-level name, chunked or whole', () => {
    const text = 'risk_register:\n  - risk_id: R-1\n    risk: Shared login\n    mitigation: Issue named accounts\n  - risk_id: R-2\n    risk: Untested backups\n';
    for (const plan of [parseYamlPlan(text), parseWholeYamlPlan(text)]) {
      assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value]), [['R-1', 'Shared login'], ['R-2', 'Untested backups']]);
    }
    const both = 'risks:\n  - id: A\nrisk_register:\n  - id: B\n';
    assert.deepEqual(parseYamlPlan(both).risks.map((r) => r.id?.value), ['A'], 'risks: itself wins');
  });

  it('a register\'s likelihood × impact is the risk\'s priority when it writes none', () => {
    const rated = parseYamlPlan('plan:\n  title: P\nrisks:\n  - id: R-1\n    likelihood: 4\n    impact: 5\n    action: Fix\n');
    assert.equal(onlyRisk(rated).priority?.value, 'critical (likelihood 4 × impact 5)');
    const both = parseYamlPlan('plan:\n  title: P\nrisks:\n  - id: R-1\n    priority: low\n    likelihood: 4\n    impact: 5\n    action: Fix\n');
    assert.equal(onlyRisk(both).priority?.value, 'low', 'a written priority wins');
  });

  it('a register\'s description titles an untitled risk, and probability is its likelihood', () => {
    const plan = parseYamlPlan('plan:\n  title: P\nrisks:\n  - id: R-1\n    description: Phishing of front-desk staff\n    probability: High\n    impact: Low\n    action: Train staff\n');
    assert.equal(onlyRisk(plan).title?.value, 'Phishing of front-desk staff');
    assert.equal(onlyRisk(plan).priority?.value, 'medium (likelihood High × impact Low)');
  });

  it('the exact key wins over another spelling of it', () => {
    const plan = parseYamlPlan('plan:\n  title: P\nrisks:\n  - id: R-1\n    action: Fix\n    owner: Kim\n    risk_owner: Dana\n');
    assert.equal(onlyRisk(plan).actions[0].owner?.value, 'Kim');
  });

  describe('keys are exact', () => {
    const misspelt = ['Owner: Office Manager', 'assignedTo: Office Manager', 'dueDate: 2026-07-01', 'Due: 2026-07-01'];
    for (const line of misspelt) {
      it(`"${line}" is not an owner or due date`, () => {
        const action = onlyRisk(parseYamlPlan(oneRisk('action: Enable MFA', line))).actions[0];
        assert.equal(action.owner, undefined);
        assert.equal(action.due, undefined);
      });
    }
  });

  describe('actions', () => {
    it('an actions list gives one action per item, each starting at its "- action:" line', () => {
      const plan = parseYamlPlan(
        oneRisk('treatment: mitigate', 'actions:', '  - action: Enable MFA', '    owner: Office Manager', '  - action: Disable the shared login', '    due: 2026-07-01'),
      );
      const actions = onlyRisk(plan).actions;
      assert.deepEqual(actions.map((a) => slice(plan, a.firstLine)), ['- action: Enable MFA', '- action: Disable the shared login']);
      assert.deepEqual(actions.map((a) => lineOf(plan.text, a.firstLine.start)), [7, 9]);
      assert.equal(actions[0].owner!.value, 'Office Manager');
      assert.equal(actions[1].due!.value, '2026-07-01');
    });

    it('an action written on the risk is one action starting at the "- id:" line', () => {
      const plan = parseYamlPlan(oneRisk('treatment: mitigate', 'action: Enable MFA', 'owner: Office Manager', 'due: 2026-07-01', 'status: open'));
      const risk = onlyRisk(plan);
      assert.equal(risk.actions.length, 1);
      assert.deepEqual(risk.actions[0].firstLine, risk.firstLine);
      assert.equal(slice(plan, risk.firstLine), '- id: R-1');
      assert.deepEqual(
        [risk.actions[0].action?.value, risk.actions[0].owner?.value, risk.actions[0].due?.value, risk.actions[0].status?.value],
        ['Enable MFA', 'Office Manager', '2026-07-01', 'open'],
      );
    });

    it('an owner alone on the risk still makes the single action', () => {
      const risk = onlyRisk(parseYamlPlan(oneRisk('treatment: mitigate', 'owner: Office Manager')));
      assert.equal(risk.actions.length, 1);
      assert.equal(risk.actions[0].action, undefined);
      assert.equal(risk.actions[0].owner!.value, 'Office Manager');
    });

    const noActionCases: { name: string; lines: string[]; actions: number }[] = [
      { name: 'an accepted risk without action keys has no action', lines: ['treatment: accept'], actions: 0 },
      { name: 'acceptance in its past form counts', lines: ['treatment: Accepted'], actions: 0 },
      { name: 'a mitigated risk without action keys has one empty action', lines: ['treatment: mitigate'], actions: 1 },
      { name: 'a risk without a treatment has one empty action', lines: ['title: No MFA'], actions: 1 },
      { name: 'an empty actions list is no action at all', lines: ['treatment: mitigate', 'actions: []'], actions: 1 },
    ];
    for (const c of noActionCases) {
      it(c.name, () => {
        const plan = parseYamlPlan(oneRisk(...c.lines));
        const risk = onlyRisk(plan);
        assert.equal(risk.actions.length, c.actions);
        for (const action of risk.actions) {
          assert.deepEqual(action.firstLine, risk.firstLine);
          const written: (keyof Action)[] = ['action', 'owner', 'due', 'status', 'completed', 'validation', 'evidence'];
          assert.deepEqual(written.filter((k) => action[k] !== undefined), []);
        }
      });
    }

    it('an actions item written as bare text is an action with that text', () => {
      const plan = parseYamlPlan(oneRisk('actions:', '  - Enable MFA on the portal'));
      const action = onlyRisk(plan).actions[0];
      assert.equal(action.action!.value, 'Enable MFA on the portal');
      assert.equal(slice(plan, action.firstLine), '- Enable MFA on the portal');
    });

    it('validation and evidence on an action item belong to the action', () => {
      const plan = parseYamlPlan(oneRisk('actions:', '  - action: Enable MFA', '    status: done', '    validation: Login refused', '    evidence: [mfa.pdf]'));
      const risk = onlyRisk(plan);
      assert.equal(risk.actions[0].validation!.value, 'Login refused');
      assert.deepEqual(risk.actions[0].evidence!.items, ['mfa.pdf']);
      assert.equal(risk.validation, undefined);
    });
  });

  describe('risks and plan metadata', () => {
    it('reads the spec example: metadata, risk analysis, tiers and acceptance', () => {
      const plan = parseYamlPlan(fs.readFileSync(path.join(FIXTURES, 'spec-example.rmp.yaml'), 'utf8'));
      assert.equal(plan.syntaxError, undefined);
      assert.equal(plan.metaAvailable, true);
      assert.deepEqual(plan.schemaViolations, [], 'checked against the plan schema, which it follows');
      const m = plan.meta;
      assert.deepEqual(
        [m.title?.value, m.organization?.value, m.version?.value, m.owner?.value, m.approvedBy?.value, m.approvedOn?.value, m.lastReviewed?.value, m.nextReview?.value],
        ['Risk Management Plan', 'Lakeside Family Medicine', '3', 'Dana Whitfield, Security Officer', 'Dr. Amir Patel, Practice Owner', '2026-03-15', '2026-03-15', '2027-03-15'],
      );
      assert.equal(m.riskAnalysis?.date?.value, '2026-03-02');
      assert.equal(m.riskAnalysis?.conductedBy?.value, 'J. Rivera, Rivera IT Consulting');
      assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.tierValue, r.priority?.value, r.treatment?.value, r.actions.length]), [
        ['R-001', 'this-week', 'high', 'mitigate', 1],
        ['R-007', 'budget', 'medium', 'accept', 0],
      ]);
      assert.deepEqual(plan.risks.map((r) => lineOf(plan.text, r.firstLine.start)), [16, 32]);
      const acceptance = plan.risks[1].acceptance;
      assert.deepEqual(
        [acceptance.rationale?.value.slice(0, 6), acceptance.approvedBy?.value, acceptance.approvedOn?.value, acceptance.compensatingControls?.items?.length, acceptance.reviewBy?.value],
        ['Vendor', 'Dr. Amir Patel, Practice Owner', '2026-03-15', 3, '2026-09-15'],
      );
      assert.equal(plan.risks[0].validation?.value.startsWith('Export of the MFA policy'), true);
      assert.equal(plan.risks[0].actions[0].completed?.value, '2026-03-28');
    });

    it('tier is read as written, and its canonical value when it names one', () => {
      const plan = parseYamlPlan(`plan: {}\nrisks:\n  - id: A\n    tier: vendor\n  - id: B\n    tier: Vendor conversations\n  - id: C\n    tier: someday\n`);
      assert.deepEqual(plan.risks.map((r) => [r.tier?.value, r.tierValue]), [['vendor', 'vendor'], ['Vendor conversations', 'vendor'], ['someday', undefined]]);
    });

    it('a risk analysis written as one value is kept whole', () => {
      const plan = parseYamlPlan('plan:\n  riskAnalysis: 2026-03-02 by J. Rivera\nrisks: []\n');
      assert.equal(plan.meta.riskAnalysis?.combined?.value, '2026-03-02 by J. Rivera');
      assert.equal(plan.meta.riskAnalysis?.date, undefined);
    });

    it('a risk item that is not a mapping is not a risk', () => {
      const plan = parseYamlPlan('plan: {}\nrisks:\n  - R-1\n  -\n  - id: R-2\n');
      assert.deepEqual(plan.risks.map((r) => r.id?.value), ['R-2']);
    });

    const notPlans: { name: string; text: string }[] = [
      { name: 'an empty file', text: '' },
      { name: 'only comments', text: '# nothing yet\n' },
      { name: 'a list', text: '- a\n- b\n' },
      { name: 'a scalar', text: 'just some text\n' },
      { name: 'plan and risks of the wrong kind', text: 'plan: yes\nrisks: none\n' },
    ];
    for (const c of notPlans) {
      it(`${c.name} parses to an empty plan`, () => {
        const plan = parseYamlPlan(c.text);
        assert.equal(plan.syntaxError, undefined);
        assert.equal(plan.metaAvailable, true);
        assert.deepEqual(plan.risks, []);
      });
    }

    it('keeps the dominant line ending, and ranges never include a carriage return', () => {
      const text = oneRisk('action: Enable MFA', 'owner: Office Manager').replace(/\n/g, '\r\n');
      const plan = parseYamlPlan(text);
      assert.equal(plan.eol, '\r\n');
      assert.equal(parseYamlPlan(oneRisk('owner: X')).eol, '\n');
      const risk = onlyRisk(plan);
      assert.equal(slice(plan, risk.firstLine), '- id: R-1');
      assert.equal(slice(plan, risk.actions[0].owner!.valueRange), 'Office Manager');
    });
  });

  describe('insertion points', () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/risk-management-plan.schema.json', // 1
      'plan:', //                                   2
      '  title: Plan', //                           3
      '  approvedBy: Dana', //                      4
      '', //                                        5
      'risks:', //                                  6
      '  - id: R-1', //                             7
      '    treatment: mitigate', //                 8
      '    actions:', //                            9
      '      - action: Enable MFA', //              10
      '        due: 2026-07-01   # quarter end', // 11
      '', //                                        12
      '      - action: Remove the shared login', // 13
      '', //                                        14
      '  # --- next section ---', //                15
      '  - id: R-2', //                             16
      '    treatment: accept', //                   17
      '    acceptance:', //                         18
      '      rationale: Vendor certifies only this OS', // 19
    ].join('\n'); // no trailing newline
    const plan = parseYamlPlan(text);

    function at(point: { offset: number; prefix: string; needsLeadingNewline?: boolean } | undefined): [number, string, boolean] {
      assert.ok(point, 'has an insertion point');
      return [lineOf(text, point.offset), point.prefix, point.needsLeadingNewline ?? false];
    }

    it('plan metadata: after its last line, indented like its keys', () => {
      assert.deepEqual(at(plan.meta.insertAt), [5, '  ', false]);
    });
    it('an action item: after its last line, indented like its keys', () => {
      assert.deepEqual(at(plan.risks[0].actions[0].insertAt), [12, '        ', false]);
    });
    it('a risk: after its last line (its last action), indented like its keys', () => {
      assert.deepEqual(at(plan.risks[0].insertAt), [14, '    ', false]);
    });
    it('at the end of a text without a final newline, a new line is needed first', () => {
      assert.deepEqual(at(plan.risks[1].insertAt), [19, '    ', true]);
      assert.equal(plan.risks[1].insertAt!.offset, text.length);
      assert.deepEqual(at(plan.risks[1].acceptance.insertAt), [19, '      ', true]);
    });
    it('an empty plan: mapping takes new keys on the next line, indented one level', () => {
      const empty = parseYamlPlan('plan:\nrisks: []\n');
      assert.deepEqual([lineOf(empty.text, empty.meta.insertAt!.offset), empty.meta.insertAt!.prefix], [2, '  ']);
    });
  });

  describe('YAML that does not parse yields only its syntax problem', () => {
    const cases: { name: string; text: string; line: number; range: string; says: RegExp }[] = [
      {
        name: 'an unquoted ": " in a value',
        text: oneRisk('title: Mailing list: kept at home', 'treatment: mitigate'),
        line: 5,
        range: 'Mailing list: kept at home',
        says: /must be quoted/,
      },
      { name: 'a key set twice', text: oneRisk('owner: A', 'owner: B'), line: 6, range: 'owner: B', says: /already set/ },
      { name: 'a tab as indentation', text: 'plan:\n\ttitle: Plan\nrisks: []\n', line: 2, range: '\ttitle: Plan', says: /spaces, not tabs/ },
      { name: 'an unclosed flow list at the end is shown on the last line written', text: 'plan:\n  title: Plan\nrisks: [a, b\n', line: 3, range: 'risks: [a, b', says: /end with a \]/ },
      { name: 'two documents', text: 'plan: {}\nrisks: []\n---\nplan: {}\n', line: 3, range: '---', says: /one YAML document/ },
      { name: 'an alias with no anchor', text: oneRisk('owner: *lead'), line: 5, range: '*lead', says: /\*lead names no anchor/ },
      {
        name: 'an alias bomb is refused, not expanded',
        text: [
          'a: &a ["x","x","x","x","x","x","x","x","x"]',
          'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
          'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
          'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
          'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
          'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
          'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
          'plan: *g',
          'risks: []',
        ].join('\n'),
        line: 2,
        range: '*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        says: /expand to more than/,
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const plan = parseYamlPlan(c.text);
        assert.ok(plan.syntaxError, 'reports a syntax problem');
        assert.equal(lineOf(c.text, plan.syntaxError.range.start), c.line);
        assert.equal(slice(plan, plan.syntaxError.range), c.range);
        assert.match(plan.syntaxError.message, c.says);
        assert.equal(plan.metaAvailable, false);
        assert.deepEqual(plan.meta, {});
        assert.deepEqual(plan.risks, []);
        assert.equal(plan.schemaViolations, undefined);
      });
    }

    it('never throws, even on nesting deeper than the stack', () => {
      const deep = `plan: ${'['.repeat(20000)}${']'.repeat(20000)}\nrisks: []\n`;
      const plan = parseYamlPlan(deep);
      assert.equal(plan.risks.length, 0);
    });
  });

  describe('the DEV corpus', () => {
    before(function () {
      if (!fs.existsSync(path.join(CORPUS, 'MANIFEST.md'))) this.skip();
    });

    it('every YAML plan parses with the risk count the MANIFEST gives, or fails where its syntax finding is', () => {
      const manifest = fs.readFileSync(path.join(CORPUS, 'MANIFEST.md'), 'utf8');
      const rows = [...manifest.matchAll(/^\| `([\w-]+\.rmp\.ya?ml)` \| YAML \| (\d+) \|/gm)];
      assert.ok(rows.length > 0, 'the MANIFEST lists YAML plans');
      for (const [, file, count] of rows) {
        const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
        const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, file.replace(/\.rmp\.ya?ml$/, '.expected.json')), 'utf8')) as {
          findings: { line: number; rule: string }[];
        };
        const syntax = expected.findings.find((f) => f.rule === 'syntax');
        const plan = parseYamlPlan(text);
        if (syntax) {
          assert.equal(plan.syntaxError && lineOf(text, plan.syntaxError.range.start), syntax.line, file);
          assert.equal(plan.risks.length, 0, file);
        } else {
          assert.equal(plan.syntaxError, undefined, `${file}: ${plan.syntaxError?.message}`);
          assert.equal(plan.risks.length, Number(count), file);
        }
      }
    });
  });

  it('reads a 1,000-risk plan (speed is measured by npm run bench)', () => {
    let text = 'plan:\n  title: Plan\nrisks:\n';
    for (let i = 0; i < 1000; i++) {
      text += `  - id: R-${i}\n    title: Risk ${i}\n    tier: this-week\n    priority: high\n    treatment: mitigate\n    actions:\n      - action: Enable MFA for all EHR portal accounts\n        owner: Office Manager\n        due: 2026-04-01\n        status: open\n`;
    }
    const plan = parseYamlPlan(text);
    assert.equal(plan.risks.length, 1000);
    assert.equal(plan.risks[999].id?.value, 'R-999');
  });
});

describe("a register's own details (issue 12, round 7)", () => {
  const register = (head: string) => `${head}risks:\n  - id: R-1\n    title: Stolen laptop\n    mitigation: Encrypt the laptop disks\n`;

  it('reads a metadata: mapping as the plan details when there is no plan:, with no place to write new ones', () => {
    const text = register('metadata:\n  version: "1.0"\n  next_review: "2025-02-16"\n  owner: Core Team\n');
    for (const plan of [parseYamlPlan(text), parseWholeYamlPlan(text)]) {
      assert.equal(plan.meta.nextReview?.value, '2025-02-16');
      assert.equal(plan.meta.owner?.value, 'Core Team');
      assert.equal(plan.meta.insertAt, undefined);
    }
  });

  it('reads the details a register writes beside its risks (owner, version, its date of change) when there is neither plan: nor metadata:, on both readers', () => {
    const text = register('version: 2.3\nowner: privacy-office\nupdated_at: 2026-04-20\n');
    for (const plan of [parseYamlPlan(text), parseWholeYamlPlan(text)]) {
      assert.deepEqual([plan.meta.version?.value, plan.meta.owner?.value, plan.meta.documentDate?.value], ['2.3', 'privacy-office', '2026-04-20']);
      assert.equal(plan.meta.insertAt, undefined);
    }
    // Under plan: they are not read from the top.
    assert.equal(parseYamlPlan(register('plan:\n  title: Clinic plan\nowner: privacy-office\n')).meta.owner, undefined);
    // A top-level date that is no date does not date the plan.
    assert.equal(parseYamlPlan(register('updated_at: soon\n')).meta.documentDate, undefined);
  });

  it('keeps plan: over metadata: when both are written', () => {
    const text = register('plan:\n  nextReview: 2027-01-01\nmetadata:\n  next_review: "2025-02-16"\n');
    assert.equal(parseYamlPlan(text).meta.nextReview?.value, '2027-01-01');
  });
});
