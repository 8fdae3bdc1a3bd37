// `.rmplintrc` loading (spec §6): the nearest file above a plan applies, JSON and YAML
// read alike, and an invalid file is refused with a message naming the file and the key.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, findConfigFile, loadConfigFile, parseConfig } from '../../server/out/config/rc-file';
import { RULES } from '../../server/out/rules';

const SCHEMA = path.join(__dirname, '..', '..', 'schemas', 'rmplintrc.schema.json');

describe('config: finding the nearest .rmplintrc', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-config-'));
    fs.mkdirSync(path.join(root, 'a', 'b', 'c'), { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (rel: string, text = '{}') => fs.writeFileSync(path.join(root, rel), text);

  it('walks up from the plan folder to the nearest config', () => {
    write('.rmplintrc.json');
    write('a/b/.rmplintrc.yaml', '');
    assert.equal(findConfigFile(path.join(root, 'a', 'b', 'c')), path.join(root, 'a', 'b', '.rmplintrc.yaml'));
    assert.equal(findConfigFile(path.join(root, 'a')), path.join(root, '.rmplintrc.json'));
  });

  it('prefers .json, then .yaml, then .yml within one folder', () => {
    write('a/.rmplintrc.yml');
    assert.equal(findConfigFile(path.join(root, 'a')), path.join(root, 'a', '.rmplintrc.yml'));
    write('a/.rmplintrc.yaml');
    assert.equal(findConfigFile(path.join(root, 'a')), path.join(root, 'a', '.rmplintrc.yaml'));
    write('a/.rmplintrc.json');
    assert.equal(findConfigFile(path.join(root, 'a')), path.join(root, 'a', '.rmplintrc.json'));
  });

  it('ignores a folder named like a config file', () => {
    fs.mkdirSync(path.join(root, 'a', '.rmplintrc.json'));
    write('.rmplintrc.yaml', '');
    assert.equal(findConfigFile(path.join(root, 'a', 'b')), path.join(root, '.rmplintrc.yaml'));
  });

  it('remembers every folder it walked through in the cache', () => {
    write('a/.rmplintrc.json');
    const cache = new Map<string, string | undefined>();
    const expected = path.join(root, 'a', '.rmplintrc.json');
    assert.equal(findConfigFile(path.join(root, 'a', 'b', 'c'), cache), expected);
    assert.equal(cache.get(path.join(root, 'a', 'b')), expected);
    fs.rmSync(expected);
    // The walk is answered from the cache, as a CLI run sees one state of the disk.
    assert.equal(findConfigFile(path.join(root, 'a', 'b'), cache), expected);
  });

  it('reads the file it finds', () => {
    write('.rmplintrc.yaml', 'reviewIntervalDays: 180\nrules:\n  vague-action: "off"\n');
    assert.deepEqual(loadConfigFile(path.join(root, '.rmplintrc.yaml')), {
      settings: { reviewIntervalDays: 180, rules: { 'vague-action': 'off' } },
      problems: [],
    });
  });

  it('names the file it cannot read', () => {
    const missing = path.join(root, '.rmplintrc.json');
    assert.throws(() => loadConfigFile(missing), (e: unknown) => e instanceof ConfigError && e.message.startsWith(`${missing}: `));
  });
});

describe('config: valid files', () => {
  const cases: { name: string; file: string; text: string; settings: object }[] = [
    { name: 'an empty JSON file', file: '.rmplintrc.json', text: '', settings: {} },
    { name: 'an empty YAML file', file: '.rmplintrc.yaml', text: '# nothing yet\n', settings: {} },
    {
      name: 'every setting, in JSON',
      file: '.rmplintrc.json',
      text: JSON.stringify({
        $schema: './schemas/rmplintrc.schema.json',
        rules: { 'vague-action': 'error', 'missing-priority': 'off', schema: 'info', syntax: 'hint' },
        reviewIntervalDays: 180,
        vaguePhrases: ['circle back'],
        include: ['plans/*.md'],
        defaultOwner: 'Office Manager',
      }),
      settings: {
        rules: { 'vague-action': 'error', 'missing-priority': 'off', schema: 'info', syntax: 'hint' },
        reviewIntervalDays: 180,
        vaguePhrases: ['circle back'],
        include: ['plans/*.md'],
        defaultOwner: 'Office Manager',
      },
    },
    {
      name: 'YAML with off unquoted as a string',
      file: '.rmplintrc.yml',
      text: 'rules:\n  stale-review: warning\n  missing-approval: "off"\ndefaultOwner: Practice Manager\n',
      settings: { rules: { 'stale-review': 'warning', 'missing-approval': 'off' }, defaultOwner: 'Practice Manager' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(parseConfig(c.text, c.file), { settings: c.settings, problems: [] }));
  }
});

describe('config: an invalid key or value is named, left out, and the rest applies', () => {
  const cases: { name: string; file: string; text: string; message: string; line?: number; settings?: object }[] = [
    { name: 'unknown top-level key', file: '.rmplintrc.json', text: '{"reviewInterval": 30}', message: 'unknown key "reviewInterval" (did you mean "reviewIntervalDays"?)', line: 1, settings: {} },
    {
      name: 'one unknown key beside valid rules and phrases',
      file: '.rmplintrc.json',
      text: '{\n  "rule": {"vague-action": "off"},\n  "rules": {"missing-owner": "warning"},\n  "vaguePhrases": ["as needed"]\n}',
      message: 'unknown key "rule" (did you mean "rules"?)',
      line: 2,
      settings: { rules: { 'missing-owner': 'warning' }, vaguePhrases: ['as needed'] },
    },
    {
      name: 'misspelt rule ID',
      file: '.rmplintrc.yaml',
      text: 'rules:\n  vauge-action: warning\n  stale-review: "off"\n',
      message: 'unknown key "rules.vauge-action" (did you mean "vague-action"?)',
      line: 2,
      settings: { rules: { 'stale-review': 'off' } },
    },
    { name: 'a rule ID nothing is near', file: '.rmplintrc.yaml', text: 'rules:\n  frobnicate: warning\n', message: 'unknown key "rules.frobnicate" (not a rule ID)', settings: { rules: {} } },
    {
      name: 'unknown severity',
      file: '.rmplintrc.json',
      text: '{"rules": {"missing-owner": "warn", "vague-action": "off"}}',
      message: '"rules.missing-owner" must be one of error, warning, info, hint, off, not "warn" (did you mean "warning"?)',
      settings: { rules: { 'vague-action': 'off' } },
    },
    {
      name: 'YAML false where "off" was meant',
      file: '.rmplintrc.yaml',
      text: 'rules:\n  missing-owner: false\n',
      message: '"rules.missing-owner" must be one of error, warning, info, hint, off, not false (did you mean "off"?)',
    },
    { name: 'review interval as text', file: '.rmplintrc.json', text: '{"reviewIntervalDays": "365", "defaultOwner": "Dana"}', message: '"reviewIntervalDays" must be integer', settings: { defaultOwner: 'Dana' } },
    { name: 'review interval zero', file: '.rmplintrc.json', text: '{"reviewIntervalDays": 0}', message: '"reviewIntervalDays" must be >= 1' },
    { name: 'include not a list', file: '.rmplintrc.json', text: '{"include": "*.md"}', message: '"include" must be array' },
    { name: 'vague phrase not text: the list is left out', file: '.rmplintrc.json', text: '{"vaguePhrases": ["as needed", 3]}', message: '"vaguePhrases.1" must be string', settings: {} },
    { name: 'empty default owner', file: '.rmplintrc.json', text: '{"defaultOwner": ""}', message: '"defaultOwner" must NOT have fewer than 1 characters' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { settings, problems } = parseConfig(c.text, path.join('/project', c.file));
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].message, c.message);
      if (c.line !== undefined) assert.equal(problems[0].line, c.line);
      if (c.settings) assert.deepEqual(settings, c.settings);
    });
  }
});

describe('config: a file that does not parse names the file, and none of it applies', () => {
  const cases: { name: string; file: string; text: string; message: string }[] = [
    { name: 'not a mapping', file: '.rmplintrc.yaml', text: '- error\n', message: 'the configuration must be object' },
    { name: 'broken JSON', file: '.rmplintrc.json', text: '{"rules": {', message: 'is not valid JSON' },
    { name: 'broken YAML', file: '.rmplintrc.yaml', text: 'rules:\n  a: [b\n', message: 'is not valid YAML' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const file = path.join('/project', c.file);
      assert.throws(
        () => parseConfig(c.text, file),
        (e: unknown) => {
          assert.ok(e instanceof ConfigError, `expected ConfigError, got ${String(e)}`);
          assert.equal(e.file, file);
          assert.ok(e.message.startsWith(`${file}: `), e.message);
          assert.ok(e.message.includes(c.message), `"${e.message}" should contain "${c.message}"`);
          return true;
        },
      );
    });
  }
});

describe('config: schema', () => {
  it('lists exactly the registered rules', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((r) => r.id).sort());
  });
});
