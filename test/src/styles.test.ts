// Plans written in the styles compliance people already use (test/fixtures/styles, our own
// text): a POA&M in status-grouped tables, an ISO 27001 risk treatment plan, a remediation
// tracker with bold-label paragraphs and headings that carry the ID anywhere, a register
// table without an ID column, and a one-risk register entry. Each reads all its risks and
// gives exactly its labelled findings; the fix round-trip runs over them too.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyse } from './lint-with-registry';
import type { LineIndex } from '../../server/out/model/positions';
import { FIXTURES, planFilesIn } from './plan-files';
import { readFileSync } from 'node:fs';

const STYLES = join(FIXTURES, 'styles');

describe('plans in the styles people write (test/fixtures/styles)', () => {
  const files = planFilesIn(STYLES);

  it('has a plan in each style', () => assert.ok(files.length >= 5, `${files.length} plans`));

  for (const file of files) {
    const expected = JSON.parse(readFileSync(file.path.replace(/\.rmp\.(md|ya?ml)$/, '.expected.json'), 'utf8')) as {
      today: string;
      risks: number;
      findings: { line: number; rule: string }[];
    };
    const { plan, findings, lines } = analyse(file.text, file.kind, { today: expected.today });

    it(`${file.name} reads its ${expected.risks} risks`, () => assert.equal(plan.risks.length, expected.risks));

    it(`${file.name} gives exactly its labelled findings`, () => {
      const actual = findings.map((f) => `${(lines as LineIndex).positionAt(f.range.start).line + 1} ${f.rule}`).sort();
      assert.deepEqual(actual, expected.findings.map((f) => `${f.line} ${f.rule}`).sort());
    });
  }
});
