// Every fix the engine offers, applied alone: the finding it fixes is gone, no new
// finding appears, and every byte outside the edit is unchanged.
import * as assert from 'node:assert/strict';
import { analyse, type Finding } from '../../server/out/engine/lint';
import type { Fix } from '../../server/out/engine/rule';
import { CORPUS, EXAMPLES, FIXTURES, planFilesIn, type PlanFile } from './plan-files';
import { join } from 'node:path';

const TODAY = '2026-06-15';

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: Fix['edits']): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A finding's identity after the edits: rule and start offset mapped through them. */
function keyAfter(f: Finding, edits: Fix['edits']): string {
  let start = f.range.start;
  for (const e of edits) if (e.end <= f.range.start) start += e.newText.length - (e.end - e.start);
  return `${f.rule}@${start}`;
}

function roundTrip(file: PlanFile): void {
  const before = analyse(file.text, file.kind, { today: TODAY }).findings;
  const withFixes = before.filter((f) => f.fixes.length > 0);
  for (const finding of withFixes) {
    for (const fix of finding.fixes) {
      const label = `${file.name}: ${finding.rule} "${fix.title}"`;
      const after = applyEdits(file.text, fix.edits);
      // Bytes outside the edits are unchanged.
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
      let cursorBefore = 0;
      let cursorAfter = 0;
      for (const e of sorted) {
        assert.equal(after.slice(cursorAfter, cursorAfter + (e.start - cursorBefore)), file.text.slice(cursorBefore, e.start), label);
        cursorAfter += e.start - cursorBefore + e.newText.length;
        cursorBefore = e.end;
      }
      assert.equal(after.slice(cursorAfter), file.text.slice(cursorBefore), label);

      const expected = new Set(before.filter((f) => f !== finding).map((f) => keyAfter(f, fix.edits)));
      const fixedKey = keyAfter(finding, fix.edits);
      const afterFindings = analyse(after, file.kind, { today: TODAY }).findings;
      const stillThere = afterFindings.filter((f) => f.rule === finding.rule && keyAfter(f, []) === fixedKey);
      assert.deepEqual(stillThere.map((f) => f.message), [], `${label}: the finding is still there`);
      const added = afterFindings.filter((f) => !expected.has(`${f.rule}@${f.range.start}`));
      assert.deepEqual(added.map((f) => `${f.rule}: ${f.message} @${f.range.start}`), [], `${label}: new findings`);
    }
  }
}

describe('fix round-trip: apply, re-lint, gone, nothing else changed', () => {
  for (const file of [...planFilesIn(EXAMPLES), ...planFilesIn(join(FIXTURES, 'plans')), ...planFilesIn(join(FIXTURES, 'styles'))]) {
    it(file.name, () => roundTrip(file));
  }
  describe('shared corpus', () => {
    const corpus = planFilesIn(CORPUS);
    if (corpus.length === 0) {
      it('corpus plans (../shared/corpus/dev is absent)', function () {
        this.skip();
      });
    }
    for (const file of corpus) it(file.name, () => roundTrip(file));
  });
});
