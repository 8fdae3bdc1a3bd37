// Every fix the engine offers, applied alone: the finding it fixes is gone, no new
// finding appears, and every byte outside the edit is unchanged. A fix that writes
// placeholders for the user's words leaves its own rule reporting them, and nothing else.
import * as assert from 'node:assert/strict';
import { analyse, type Finding } from './lint-with-registry';
import { applyEdits, findingsAdded, keyAfter } from '../../server/out/fixes/fix-all';
import { CORPUS, EXAMPLES, FIXTURES, planFilesIn, type PlanFile } from './plan-files';
import { join } from 'node:path';

const TODAY = '2026-06-15';

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

      const fixedKey = keyAfter(finding, fix.edits);
      // A placeholder is a missing value: its rule reports it until the user writes one.
      const awaitsUser = (f: Finding) => (fix.placeholders?.length ?? 0) > 0 && f.rule === finding.rule;
      const afterFindings = analyse(after, file.kind, { today: TODAY }).findings.filter((f) => !awaitsUser(f));
      const stillThere = afterFindings.filter((f) => f.rule === finding.rule && keyAfter(f, []) === fixedKey);
      assert.deepEqual(stillThere.map((f) => f.message), [], `${label}: the finding is still there`);
      // Fixing a syntax error lets the plan's metadata be read: what it then says is news, not damage.
      // A finding that moved within a line the fix wrote on (another row's cell in a column the fix added) is not new.
      const added = finding.rule === 'syntax' ? [] : findingsAdded(before.filter((f) => f !== finding), new Set(), fix.edits, after, afterFindings);
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
