// Keeps the rule registry, the rule files, the README rules table, the rule docs, the
// config schema, the editor settings and the snippets in step with each other.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/out/rules';
import { analyse } from './lint-with-registry';
import { detectPlan } from '../../server/out/parse/detect';
import { REPO } from './plan-files';
import { PRIORITIES, STATUSES, TIERS, TREATMENTS } from '../../server/out/model/vocabulary';
import { UNTREATED_RISK_RATINGS } from '../../server/out/config/settings';
import { RULE_DEFINITIONS } from '../../server/out/rules/rule-definitions';

// The rule IDs of the contract (shared/spec/plan-format.md §5), in its order.
const SPEC_RULES = ['vague-action', 'missing-owner', 'missing-due-date', 'invalid-date', 'overdue-action',
  'stale-review', 'missing-risk-analysis', 'stale-risk-analysis', 'missing-approval', 'missing-priority',
  'invalid-treatment', 'incomplete-acceptance', 'missing-validation', 'duplicate-risk-id',
  // Issue 12: never silent about what was not read (not yet in the shared spec's table).
  'missing-action', 'no-risks-read',
  'schema', 'syntax',
  // Issue 14: beyond the spec's table.
  'unfilled-placeholder', 'expired-acceptance',
  // Issue 15: the plan checked against its risk analysis document.
  'untreated-risk', 'unknown-risk',
  // Issue 12: an item written as a risk that was not read is named.
  'unread-risk'];

const ruleDocs = require(join(REPO, 'scripts', 'rule-docs.js')) as {
  ruleDoc(rule: unknown): string;
  readmeWithTable(readme: string, rules: unknown): string;
};
const readJson = (path: string) => JSON.parse(readFileSync(join(REPO, path), 'utf8'));

describe('meta: registry, docs, schema, settings and snippets in step', () => {
  it('the registry lists exactly the spec rules, in its order', () => {
    assert.deepEqual(RULES.map((r) => r.id), SPEC_RULES);
  });

  it('one file per rule, named by its id, each in the registry (rule-private helpers in *-utils folders; what the rules flag, for their docs, in rule-definitions.ts)', () => {
    const entries = readdirSync(join(REPO, 'server', 'src', 'rules')).filter((f) => f !== 'index.ts' && f !== 'rule-definitions.ts' && !f.endsWith('-utils'));
    const files = entries.map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), [...SPEC_RULES].sort());
  });

  it('every rule has a description, a 45 CFR reference, a rationale, examples and messages', () => {
    for (const rule of RULES) {
      assert.ok(rule.description.length > 20, rule.id);
      assert.match(rule.reference, /45 CFR §/, rule.id);
      assert.ok(rule.rationale.length > 40, rule.id);
      assert.ok(rule.examples.bad && rule.examples.good, rule.id);
      assert.ok(Object.keys(rule.messages).length > 0, rule.id);
    }
  });

  it('what the rules flag is written for rules of the registry only', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const id of Object.keys(RULE_DEFINITIONS)) assert.ok(ids.has(id), `${id} is no rule of the registry`);
  });

  it('the engine\'s bundle does not carry what the rules flag (docs/rules/ has it)', function () {
    const bundle = join(REPO, 'dist', 'rmplint.js');
    if (!existsSync(bundle)) this.skip(); // `npm test` builds it first
    assert.ok(!readFileSync(bundle, 'utf8').includes(RULE_DEFINITIONS['vague-action'][0].slice(0, 60)), 'dist/rmplint.js holds the definitions');
  });

  it('README rules table and docs/rules are what scripts/rule-docs.js renders (run it after changing a rule)', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    assert.equal(readme, ruleDocs.readmeWithTable(readme, RULES));
    for (const rule of RULES) {
      assert.equal(readFileSync(join(REPO, 'docs', 'rules', `${rule.id}.md`), 'utf8'), ruleDocs.ruleDoc(rule), rule.id);
    }
  });

  it('the .rmplintrc schema names every rule', () => {
    const schema = readJson('schemas/rmplintrc.schema.json');
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...SPEC_RULES].sort());
  });

  it('the rmplint.rules setting names every rule, and every setting has a description', () => {
    const config = readJson('package.json').contributes.configuration;
    type Setting = { properties?: Record<string, unknown>; description?: string; markdownDescription?: string };
    const properties: Record<string, Setting> = (Array.isArray(config) ? config : [config]).reduce((all: Record<string, Setting>, c: { properties: Record<string, Setting> }) => ({ ...all, ...c.properties }), {});
    assert.deepEqual(Object.keys(properties['rmplint.rules'].properties ?? {}).sort(), [...SPEC_RULES].sort());
    for (const [key, value] of Object.entries(properties)) {
      assert.ok(value.description || value.markdownDescription, `${key} has a description`);
    }
    for (const key of ['rmplint.today', 'rmplint.reviewIntervalDays', 'rmplint.include', 'rmplint.defaultOwner', 'rmplint.lintWorkspace']) {
      assert.ok(properties[key], `${key} is contributed`);
    }
  });

  it('every .rmplintrc setting is an editor setting too, allowing the same values (the editor adds "" for not set)', () => {
    const config = readJson('package.json').contributes.configuration;
    const properties: Record<string, { enum?: string[] }> = config.properties;
    const rc: Record<string, { enum?: string[] }> = readJson('schemas/rmplintrc.schema.json').properties;
    for (const key of Object.keys(rc).filter((k) => k !== '$schema')) {
      assert.ok(properties[`rmplint.${key}`], `rmplint.${key} is contributed`);
    }
    assert.deepEqual(rc.untreatedRiskRating.enum, [...UNTREATED_RISK_RATINGS]);
    assert.deepEqual(properties['rmplint.untreatedRiskRating'].enum, ['', ...UNTREATED_RISK_RATINGS]);
  });

  it('the VS Code engine declared in package.json is one the language client runs in', () => {
    // vscode-languageclient throws at construction in an older VS Code than it requires.
    const client = readFileSync(join(REPO, 'node_modules', 'vscode-languageclient', 'lib', 'node', 'main.js'), 'utf8');
    const required = /REQUIRED_VSCODE_VERSION = '\^(\d+)\.(\d+)\.(\d+)'/.exec(client);
    const declared = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(readJson('package.json').engines.vscode);
    assert.ok(required && declared, 'both are caret ranges');
    const [a, b] = [required, declared].map((m) => m.slice(1).map(Number));
    assert.ok(b[0] === a[0] && (b[1] > a[1] || (b[1] === a[1] && b[2] >= a[2])), `engines.vscode ${declared[0]} allows versions before the client's ^${a.join('.')}`);
  });

  it('snippets are contributed for Markdown and YAML, and the plan skeletons parse cleanly', () => {
    const contributed = readJson('package.json').contributes.snippets as { language: string; path: string }[];
    assert.deepEqual(contributed.map((s) => s.language).sort(), ['markdown', 'yaml']);
    for (const { language, path } of contributed) {
      assert.ok(existsSync(join(REPO, path)), path);
      const snippets = readJson(path) as Record<string, { prefix: string; body: string[] | string }>;
      const skeleton = Object.values(snippets).find((s) => /plan/i.test(String(s.prefix)) && /risk/i.test([s.body].flat().join('\n')));
      assert.ok(skeleton, `${language} has a new-plan snippet`);
      // Resolve snippet syntax: ${1:default} → default, $1 / $0 → nothing, \$ → $.
      const text = [skeleton!.body].flat().join('\n')
        .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{?(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\}?/g, (m) => ({ CURRENT_YEAR: '2026', CURRENT_MONTH: '06', CURRENT_DATE: '15' })[m.replace(/[${}]/g, '') as 'CURRENT_YEAR'])
        .replace(/\$\d+/g, '');
      const kind = detectPlan(language === 'markdown' ? 'new.rmp.md' : 'new.rmp.yaml', text)!;
      const rules = analyse(text, kind, { today: '2026-06-15' }).findings.map((f) => f.rule);
      assert.ok(!rules.includes('syntax') && !rules.includes('schema'), `${language} skeleton: ${rules.join(', ')}`);
    }
  });
});

describe('meta: the extension is found without hunting', () => {
  const contributes = readJson('package.json').contributes as {
    commands: { command: string; title: string; icon?: string }[];
    keybindings: { command: string; when?: string }[];
  };
  const clientSource = () =>
    readdirSync(join(REPO, 'client', 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(REPO, 'client', 'src', f), 'utf8'))
      .join('\n');

  it('every contributed command is registered by the extension, and a new plan can be started from the palette', () => {
    const source = clientSource();
    for (const { command } of contributes.commands) assert.ok(source.includes(`'${command}'`), `${command} is registered`);
    assert.ok(contributes.commands.some((c) => c.command === 'rmplint.newPlan' && /New Risk Management Plan/.test(c.title)));
  });

  it('the preview keys work wherever a plan is the active editor, not only with the text focused', () => {
    for (const k of contributes.keybindings.filter((b) => b.command.startsWith('rmplint.openPreview'))) {
      assert.doesNotMatch(k.when ?? '', /editorTextFocus/, k.command);
      assert.match(k.when ?? '', /rmplint\.activeEditorIsPlan/, k.command);
    }
  });

  it('the preview button is not a twin of VS Code\'s own Markdown preview button', () => {
    const side = contributes.commands.find((c) => c.command === 'rmplint.openPreviewToSide')!;
    assert.notEqual(side.title, 'Open Preview to the Side');
    assert.notEqual(side.icon, '$(open-preview)');
  });
});

describe('meta: the README is the extension\'s page', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  // One allowlist for the npm package and the .vsix: package.json's files.
  const packaged: string[] = readJson('package.json').files;

  it('starts with what it does and how to use it, not with npm steps', () => {
    const start = readme.indexOf('## Getting started');
    assert.ok(start > 0);
    assert.doesNotMatch(readme.slice(0, start), /npm (ci|run|test)/);
    assert.match(readme, /"editor\.codeActionsOnSave": \{ "source\.fixAll\.rmplint": "explicit" \}/, 'fix on save is documented');
    assert.ok(existsSync(join(REPO, 'docs', 'development.md')), 'development steps have their own document');
  });

  it('every screenshot it shows is in the package, linked relatively (the package is the page)', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(packaged.includes(image) && existsSync(join(REPO, image)), `${image} is packaged`);
    assert.match(readJson('package.json').scripts.package, /--no-rewrite-relative-links/);
  });

  it('the rule documentation is packaged and opened from the package, so it opens offline', () => {
    assert.ok(packaged.includes('docs/rules/*.md'));
    const client = readFileSync(join(REPO, 'client', 'src', 'extension.ts'), 'utf8');
    assert.doesNotMatch(client, /https:\/\/github\.com\/rmplint\/rmplint\/blob\/main\/docs/);
  });
});

describe('meta: the plan schema and the vocabulary table in step', () => {
  const schema = readJson('schemas/risk-management-plan.schema.json');
  /** Every `enum` under a property of this name, anywhere in the schema. */
  const enumsOf = (name: string): string[][] => {
    const found: string[][] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === name && value && typeof value === 'object' && Array.isArray((value as { enum?: unknown }).enum)) found.push((value as { enum: string[] }).enum);
        walk(value);
      }
    };
    walk(schema);
    return found;
  };
  const table: [string, readonly string[]][] = [
    ['status', STATUSES],
    ['tier', TIERS],
    ['priority', PRIORITIES],
    ['treatment', TREATMENTS],
  ];
  for (const [name, values] of table) {
    it(`the schema's ${name} values are the vocabulary's`, () => {
      const enums = enumsOf(name);
      assert.ok(enums.length > 0, `the schema has a ${name} enum`);
      for (const e of enums) assert.deepEqual([...e].sort(), [...values].sort());
    });
  }
});
