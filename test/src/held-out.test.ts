// The project's held-out plans (test/fixtures/plans): written in styles the shared dev
// corpus does not use and labelled by hand from the spec. Each plan must give exactly its
// labelled findings — the same rules on the same lines, no more, no fewer.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyse } from '../../server/out/engine/lint';
import type { LineIndex } from '../../server/out/model/positions';
import { FIXTURES, expectedOf, planFilesIn } from './plan-files';

const PLANS = join(FIXTURES, 'plans');

/** Findings as sorted "line rule" strings, so a difference reads as a list of lines. */
const asLines = (findings: readonly { line: number; rule: string }[]) => findings.map((f) => `${f.line} ${f.rule}`).sort();

describe('held-out plans (test/fixtures/plans)', () => {
  const files = planFilesIn(PLANS);

  it('has at least ten labelled plans in Markdown and YAML', () => {
    assert.ok(files.length >= 10, `${files.length} plans`);
    assert.deepEqual(files.filter((f) => !expectedOf(f)).map((f) => f.name), []);
    assert.deepEqual([...new Set(files.map((f) => f.kind))].sort(), ['markdown', 'yaml']);
  });

  for (const file of files) {
    it(`${file.name} gives exactly its labelled findings`, () => {
      const expected = expectedOf(file)!;
      const { findings, lines } = analyse(file.text, file.kind, { today: expected.today });
      const actual = findings.map((f) => ({ line: (lines as LineIndex).positionAt(f.range.start).line + 1, rule: f.rule }));
      assert.deepEqual(asLines(actual), asLines(expected.findings));
    });
  }
});
