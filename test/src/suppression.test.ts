import * as assert from 'node:assert/strict';
import { Suppressions } from '../../server/out/engine/suppression';
import { LineIndex } from '../../server/out/model/positions';

function suppressions(text: string): Suppressions {
  return new Suppressions(text, new LineIndex(text));
}

describe('suppression comments (spec §6)', () => {
  it('disable-next-line names rules, comma or space separated (Markdown)', () => {
    const s = suppressions('a\n<!-- rmplint-disable-next-line vague-action, missing-owner -->\nb\nc');
    assert.equal(s.isSuppressed('vague-action', 2), true);
    assert.equal(s.isSuppressed('missing-owner', 2), true);
    assert.equal(s.isSuppressed('missing-due-date', 2), false);
    assert.equal(s.isSuppressed('vague-action', 3), false);
  });

  it('YAML comments, and no rule list means every rule', () => {
    const s = suppressions('# rmplint-disable-next-line\nowner: TBD\n');
    assert.equal(s.isSuppressed('missing-owner', 1), true);
    assert.equal(s.isSuppressed('schema', 1), true);
  });

  it('disable / enable blocks', () => {
    const s = suppressions('a\n<!-- rmplint-disable overdue-action -->\nb\nc\n<!-- rmplint-enable overdue-action -->\nd');
    assert.deepEqual([0, 2, 3, 5].map((l) => s.isSuppressed('overdue-action', l)), [false, true, true, false]);
    assert.equal(s.isSuppressed('missing-owner', 2), false);
  });

  it('an unclosed block runs to the end of the file', () => {
    const s = suppressions('# rmplint-disable schema\na\nb');
    assert.equal(s.isSuppressed('schema', 2), true);
  });
});
