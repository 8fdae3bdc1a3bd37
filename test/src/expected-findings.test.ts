// The example plans with their expected findings (rule and line), written by hand in
// test/fixtures/expected/: the engine must report exactly those, no more, no fewer.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../server/out/engine/lint';
import { RULES } from '../../server/out/rules';
import { EXAMPLES, FIXTURES, planFilesIn } from './plan-files';

describe('example plans: exact expected findings', () => {
  const files = planFilesIn(EXAMPLES);
  it('every example has an expectation file', () => {
    assert.ok(files.length >= 4);
    for (const f of files) assert.ok(existsSync(join(FIXTURES, 'expected', f.name.replace(/\.rmp\.(md|ya?ml)$/, '.expected.json'))), f.name);
  });
  for (const file of files) {
    it(file.name, () => {
      const sidecar = join(FIXTURES, 'expected', file.name.replace(/\.rmp\.(md|ya?ml)$/, '.expected.json'));
      const expected = JSON.parse(readFileSync(sidecar, 'utf8')) as { today: string; findings: { line: number; rule: string }[] };
      const { findings, lines } = analyse(file.text, file.kind, { today: expected.today });
      const actual = findings.map((f) => `${lines.positionAt(f.range.start).line + 1} ${f.rule}`).sort();
      assert.deepEqual(actual, expected.findings.map((f) => `${f.line} ${f.rule}`).sort());
    });
  }

  it('every rule fires somewhere in the examples', () => {
    const fired = new Set(files.flatMap((f) => analyse(f.text, f.kind, { today: '2026-06-15' }).findings.map((x) => x.rule)));
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !fired.has(id)), []);
  });
});
