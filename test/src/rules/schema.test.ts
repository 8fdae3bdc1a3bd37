// The schema rule: unknown keys (a warning, on the key), bad tier/priority/status values
// and wrong types (an error, on the value); never a second finding for a value another
// rule judges, never a finding for a field that is only missing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TODAY, lintWithRule, mdPlan, ruleTests, yamlPlan } from '../rule-tester';
import { analyse } from '../lint-with-registry';
import { ruleById } from '../../../server/out/rules';
import { CORPUS } from '../plan-files';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'yaml');

/** One risk with a complete single action, plus extra lines; its lines start at 13. */
function risk(...lines: string[]): string {
  return yamlPlan(
    ['  - id: R-001', '    title: No MFA on the EHR portal', '    tier: this-week', '    priority: high', '    treatment: mitigate', ...lines.map((l) => `    ${l}`)].join('\n') + '\n',
  );
}

/** One risk with an actions list whose one item has the given lines; the item starts at line 19. */
function listedAction(...lines: string[]): string {
  return risk('actions:', `  - action: Enable MFA on the EHR portal`, ...lines.map((l) => `    ${l}`));
}

ruleTests('schema', {
  valid: [
    { name: 'the spec example plan', kind: 'yaml', text: fs.readFileSync(path.join(FIXTURES, 'spec-example.rmp.yaml'), 'utf8') },
    {
      name: 'a register of another tool keeps its own top-level keys beside its risks (metadata, version, system)',
      kind: 'yaml',
      text: 'metadata:\n  version: "1.0"\n  next_review: "2027-02-16"\nsystem: Portal\nrisks:\n  - id: R-1\n    title: Stolen laptop\n    mitigation: Encrypt the laptop disks\n',
    },
    {
      name: 'a register of another tool (risks only, no plan mapping) keeps its own tier and status words and its own keys',
      kind: 'yaml',
      text: '# Tiers: blocker | watch | minor\nrisks:\n  - id: K-1\n    title: Build cache poisoning\n    domain: ci\n    tier: blocker\n    mitigation:\n      - Sign cache entries with the CI key\n    owner: Build Lead\n    status: watching\n',
    },
    { name: 'a single action written on the risk', kind: 'yaml', text: risk('action: Enable MFA', 'owner: Office Manager', 'due: 2026-07-01', 'status: in-progress') },
    {
      name: 'snake and kebab case keys and label synonyms of other tools are read, not flagged (issue 12)',
      kind: 'yaml',
      text: risk('description: Staff phished', 'category: People', 'probability: 4', 'impact: High', 'inherent_risk: 16', 'residual_risk: Low', 'mitigation: Enable MFA', 'risk_owner: Office Manager', 'target_date: 2026-07-01', 'acceptance:', '  approver: Dr. Patel', '  approved-on: 2026-03-15'),
    },
    { name: 'status and priority in any case, as in Markdown', kind: 'yaml', text: risk('action: Fix', 'status: Open').replace('priority: high', 'priority: High') },
    { name: 'lists and text where either is allowed', kind: 'yaml', text: risk('scope: EHR portal', 'evidence: [a.pdf, b.png]', 'thirdParty: Acme EHR Inc.', 'residualRisk: Low.') },
    { name: 'a numeric version and id', kind: 'yaml', text: yamlPlan('  - id: 12\n    title: Fax\n', '  version: 3\n') },
    // Values other rules judge (spec "One problem, one finding"):
    { name: 'a bad treatment is invalid-treatment only', kind: 'yaml', text: risk('action: Fix').replace('treatment: mitigate', 'treatment: monitor') },
    { name: 'a treatment in its noun form', kind: 'yaml', text: risk().replace('treatment: mitigate', 'treatment: Mitigation') },
    { name: 'an impossible or free-text due date is for the date rules', kind: 'yaml', text: listedAction('due: 2026-02-30', 'completed: soon') },
    { name: 'a due date written as a number is for the date rules', kind: 'yaml', text: listedAction('due: 20260701') },
    { name: 'an empty or placeholder owner is missing-owner only', kind: 'yaml', text: listedAction('owner: ""', 'due: 2026-07-01') },
    { name: 'an owner written as a number is not a schema finding', kind: 'yaml', text: listedAction('owner: 42') },
    { name: 'plan dates and approval are for their rules', kind: 'yaml', text: yamlPlan('', '  approvedBy: 7\n  approvedOn: 2026-13-01\n  lastReviewed: [2026-01-01]\n  nextReview: 2027\n') },
    { name: 'a risk analysis written as one value is for missing-risk-analysis', kind: 'yaml', text: yamlPlan('', '  riskAnalysis: 2026-03-02 by J. Rivera\n') },
    { name: 'acceptance values are for incomplete-acceptance', kind: 'yaml', text: risk('acceptance:', '  rationale: 5', '  approvedOn: 2026', '  compensatingControls: 3', '  reviewBy: never') },
    // A field that is only missing or empty is another rule's finding:
    { name: 'no id, no title, no action text', kind: 'yaml', text: yamlPlan('  - treatment: mitigate\n    actions:\n      - owner: Office Manager\n') },
    { name: 'empty priority and tier', kind: 'yaml', text: yamlPlan('  - id: R-1\n    priority:\n    tier: ""\n') },
    { name: 'an empty status', kind: 'yaml', text: listedAction('status: ~') },
    { name: 'an empty file', kind: 'yaml', text: '' },
    { name: 'YAML that does not parse is the syntax rule’s', kind: 'yaml', text: risk('residualRisk: Low: phishing remains', 'status: blocked') },
    { name: 'Markdown plans are not schema-checked', kind: 'markdown', text: mdPlan('### R-001: No MFA\n- **Status:** Blocked\n', { dueDate: '2026-01-01' }) },
  ],
  invalid: [
    { name: 'a status outside the list, on the value', kind: 'yaml', text: listedAction('status: blocked'), findings: [{ messageId: 'notAllowed', line: 20, text: 'blocked' }] },
    { name: 'a status on the risk itself', kind: 'yaml', text: risk('action: Fix', 'status: on-hold'), findings: [{ messageId: 'notAllowed', line: 19, text: 'on-hold' }] },
    { name: 'a tier written as the Markdown heading', kind: 'yaml', text: risk().replace('tier: this-week', 'tier: Vendor conversations'), findings: [{ messageId: 'notAllowed', line: 15, text: 'Vendor conversations' }] },
    { name: 'a priority that is no priority', kind: 'yaml', text: risk().replace('priority: high', 'priority: p1'), findings: [{ messageId: 'notAllowed', line: 16, text: 'p1' }] },
    { name: 'a tier is written exactly', kind: 'yaml', text: risk().replace('tier: this-week', 'tier: This-week'), findings: [{ messageId: 'notAllowed', line: 15, text: 'This-week' }] },
    { name: 'a number as priority', kind: 'yaml', text: risk().replace('priority: high', 'priority: 1'), findings: [{ messageId: 'notAllowed', line: 16, text: '1' }] },
    { name: 'a quoted bad value is marked with its quotes', kind: 'yaml', text: listedAction('status: "paused"'), findings: [{ messageId: 'notAllowed', line: 20, text: '"paused"' }] },
    { name: 'an unknown key in an action, on the key', kind: 'yaml', text: listedAction('dueDate: 2026-08-01'), findings: [{ messageId: 'unknownKey', line: 20, text: 'dueDate' }] },
    { name: 'keys are case-sensitive', kind: 'yaml', text: risk('action: Fix', 'Owner: Office Manager'), findings: [{ messageId: 'unknownKey', line: 19, text: 'Owner' }] },
    { name: 'a misspelt key on a risk', kind: 'yaml', text: risk('validaton: Export of the policy'), findings: [{ messageId: 'unknownKey', line: 18, text: 'validaton' }] },
    { name: 'an unknown key in the plan', kind: 'yaml', text: yamlPlan('', '  reviewed: 2026-01-01\n'), findings: [{ messageId: 'unknownKey', line: 2, text: 'reviewed' }] },
    { name: 'an unknown key in the risk analysis', kind: 'yaml', text: yamlPlan('', '  riskAnalysis:\n    date: 2026-03-02\n    by: J. Rivera\n'), findings: [{ messageId: 'unknownKey', line: 4, text: 'by' }] },
    { name: 'an unknown key in an acceptance', kind: 'yaml', text: risk('acceptance:', '  witness: Dr. Patel'), findings: [{ messageId: 'unknownKey', line: 19, text: 'witness' }] },
    {
      name: 'a key written in another tool\'s style is an unknown key in the plan\'s own camelCase style only',
      kind: 'yaml',
      text: risk('risk_owner: Office Manager', 'assignedTo: Office Manager'),
      findings: [{ messageId: 'unknownKey', line: 19, text: 'assignedTo' }],
    },
    { name: 'an unknown top-level key', kind: 'yaml', text: `${yamlPlan('')}notes: none\n`, findings: [{ messageId: 'unknownKey', line: 13, text: 'notes' }] },
    { name: 'text where a list or text is allowed is fine, a number is not', kind: 'yaml', text: risk('validation: 42'), findings: [{ messageId: 'wrongType', line: 18, text: '42' }] },
    { name: 'a list where text is expected is marked on its key', kind: 'yaml', text: risk().replace('title: No MFA on the EHR portal', 'title: [No MFA, EHR]'), findings: [{ messageId: 'wrongType', line: 14, text: 'title' }] },
    { name: 'a list item of the wrong kind', kind: 'yaml', text: risk('evidence:', '  - a.pdf', '  - 42'), findings: [{ messageId: 'wrongType', line: 20, text: '42' }] },
    { name: 'an action item that is only text', kind: 'yaml', text: risk('actions:', '  - Enable MFA on the portal'), findings: [{ messageId: 'wrongType', line: 19, text: 'Enable MFA on the portal' }] },
    { name: 'risks that are not a list', kind: 'yaml', text: 'plan:\n  title: Plan\nrisks: none yet\n', findings: [{ messageId: 'wrongType', line: 3, text: 'none yet' }] },
    { name: 'a document that is a list', kind: 'yaml', text: '- id: R-1\n  title: Fax\n', findings: [{ messageId: 'notAPlan', line: 1, text: '- id: R-1' }] },
    {
      name: 'one finding per problem, each where it is',
      kind: 'yaml',
      text: listedAction('status: blocked', 'assignedTo: Office Manager').replace('priority: high', 'priority: urgent'),
      findings: [
        { messageId: 'notAllowed', line: 16, text: 'urgent' },
        { messageId: 'notAllowed', line: 20, text: 'blocked' },
        { messageId: 'unknownKey', line: 21, text: 'assignedTo' },
      ],
    },
  ],
});

describe('rule schema: messages, severities and fixes', () => {
  function only(text: string) {
    const { findings } = lintWithRule('schema', { name: '', kind: 'yaml', text });
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    return findings[0];
  }

  const messages: { name: string; text: string; message: string }[] = [
    {
      name: 'a bad status names the allowed values',
      text: listedAction('status: blocked'),
      message: "status 'blocked' is not one of open, in-progress, done, accepted, deferred.",
    },
    {
      name: 'a tier heading says which tier to write',
      text: risk().replace('tier: this-week', 'tier: Budget decisions'),
      message: "tier 'Budget decisions' is not one of this-week, vendor, budget. Write 'budget'.",
    },
    {
      name: 'a status synonym says which status to write',
      text: listedAction('status: Completed'),
      message: "status 'Completed' is not one of open, in-progress, done, accepted, deferred. Write 'done'.",
    },
    {
      name: 'an unknown key in an action names the key it stands for',
      text: listedAction('dueDate: 2026-08-01'),
      message: "Unknown key 'dueDate' in an action: write 'due' instead (keys are case-sensitive).",
    },
    {
      name: 'an unknown key on a risk names the risk',
      text: risk('assignedTo: Office Manager'),
      message: "Unknown key 'assignedTo' in risk R-001: write 'owner' instead (keys are case-sensitive).",
    },
    {
      name: 'a register\'s acceptance field written on a plan\'s risk says where it belongs (reader round 9)',
      text: risk('accepted_by: Dr. Patel'),
      message: "Unknown key 'accepted_by' in risk R-001: move it under 'acceptance:' as 'approvedBy' (keys are case-sensitive).",
    },
    {
      name: 'an unknown key with no likely meaning lists the keys allowed',
      text: yamlPlan('', '  colour: blue\n'),
      message:
        "Unknown key 'colour' in plan: remove it or use one of title, organization, version, owner, riskAnalysis, approvedBy, approvedOn, lastReviewed, nextReview, reviewCycle, scope, thirdParties (keys are case-sensitive).",
    },
    { name: 'a wrong type says what is expected', text: risk('validation: 42'), message: 'validation should be text, not the number 42.' },
    { name: 'a list item is named by its place', text: risk('scope: [EHR, 7]'), message: 'scope item 2 should be text, not the number 7.' },
  ];
  for (const c of messages) {
    it(c.name, () => assert.equal(only(c.text).message, c.message));
  }

  it('names a risk item by its place after a risk is added above it, and reports it where it now is', () => {
    // Reports are kept with each piece of the plan across edits: they must follow the piece.
    const notAMapping = '  - just some text\n';
    const before = yamlPlan(notAMapping);
    const after = yamlPlan(risk().slice(risk().indexOf('  - id:')) + notAMapping);
    for (const [text, item] of [[before, 1], [after, 2]] as const) {
      const found = analyse(text, 'yaml', { today: TODAY }).findings.filter((f) => f.rule === 'schema');
      assert.deepEqual(found.map((f) => [f.message, f.range.start]), [[`risks item ${item} should be a mapping of keys, not text.`, text.indexOf('just some text')]]);
    }
  });

  it('an unknown key is a warning, a bad value an error', () => {
    const { findings } = lintWithRule('schema', { name: '', kind: 'yaml', text: listedAction('status: blocked', 'dueDate: 2026-08-01') });
    assert.deepEqual(findings.map((f) => [f.messageId, f.severity]), [['notAllowed', 'error'], ['unknownKey', 'warning']]);
  });

  it('an unknown key stays at most a warning when the rule is raised, and follows it down', () => {
    const text = listedAction('dueDate: 2026-08-01');
    const severity = (setting: 'error' | 'info') =>
      lintWithRule('schema', { name: '', kind: 'yaml', text, settings: { rules: { schema: setting } } }).findings[0].severity;
    assert.equal(severity('error'), 'warning');
    assert.equal(severity('info'), 'info');
  });

  it('a value the vocabulary maps to an allowed one has a safe fix', () => {
    const text = listedAction('status: In Progress');
    const fix = only(text).fixes[0];
    assert.equal(fix.safe, true);
    assert.deepEqual(fix.edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['In Progress', 'in-progress']]);
  });

  it('a value with no known meaning has no fix', () => {
    assert.deepEqual(only(risk().replace('priority: high', 'priority: p1')).fixes, []);
  });

  it('an unknown key that stands for an allowed one offers a rename, as a suggestion', () => {
    const text = risk('action: Fix', 'Owner: Office Manager');
    const fix = only(text).fixes[0];
    assert.equal(fix.safe, false);
    assert.deepEqual(fix.edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['Owner', 'owner']]);
  });

  it('no rename is offered when the key it stands for is already there', () => {
    assert.deepEqual(only(risk('action: Fix', 'owner: Office Manager', 'Owner: Dana')).fixes, []);
  });

  it('a value reached through an alias is reported where the alias is written', () => {
    const text = yamlPlan('  - id: R-1\n    title: A\n    status: &s blocked\n  - id: R-2\n    title: B\n    status: *s\n');
    const { findings } = lintWithRule('schema', { name: '', kind: 'yaml', text });
    assert.deepEqual(findings.map((f) => text.slice(f.range.start, f.range.end)), ['blocked', '*s']);
  });
});

describe('rule schema on the DEV corpus', () => {
  before(function () {
    if (!fs.existsSync(CORPUS)) this.skip();
  });

  it('every YAML plan has schema findings exactly on the expected lines', () => {
    const files = fs.readdirSync(CORPUS).filter((f) => /\.rmp\.ya?ml$/.test(f));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, file.replace(/\.rmp\.ya?ml$/, '.expected.json')), 'utf8')) as {
        findings: { line: number; rule: string }[];
      };
      const { findings, lines } = analyse(text, 'yaml', { today: TODAY, rules: [ruleById('schema')!] });
      assert.deepEqual(
        findings.map((f) => lines.lineAt(f.range.start) + 1),
        expected.findings.filter((f) => f.rule === 'schema').map((f) => f.line),
        file,
      );
    }
  });
});
