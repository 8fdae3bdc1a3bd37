// A register whose rows go on after a stray blank line, round 38: `| R-32 | … |`, a blank line, then `| R-33 | … |` and more
// with no header again. Markdown ends the table at the blank line; the rows after it were neither read nor flagged. Lines
// with the header's number of cells after one blank line are the table's rows; a table of its own (a header over its
// delimiter row) and a line with another number of cells are not.
import * as assert from 'node:assert/strict';
import { parsePlan } from './lint-with-registry';

const HEAD = '# Register\n\n| ID | Risk | Owner | Action |\n|---|---|---|---|\n| R-1 | Shared login | Ana | Named accounts |\n| R-2 | No backups | Ben | Nightly backup |\n';

describe('a register whose rows go on after a blank line (round 38)', () => {
  it('reads the rows after one blank line as the table\'s', () => {
    const plan = parsePlan(`${HEAD}\n| R-3 | Open Wi-Fi | Cy | Separate guest network |\n| R-4 | Old router | Cy | Replace the router |\n\nClosing words.\n`, 'markdown');
    assert.deepEqual(plan.risks.map((r) => r.id?.value), ['R-1', 'R-2', 'R-3', 'R-4']);
  });

  it('leaves a second table with its own header, and lines of another width, as they are', () => {
    const second = parsePlan(`${HEAD}\n| ID | Vendor | Owner | Action |\n|---|---|---|---|\n| V-1 | Fax service | Di | Sign the BAA |\n`, 'markdown');
    assert.deepEqual(second.risks.map((r) => r.id?.value), ['R-1', 'R-2', 'V-1']);
    const narrow = parsePlan(`${HEAD}\n| R-3 | Open Wi-Fi |\n`, 'markdown');
    assert.deepEqual(narrow.risks.map((r) => r.id?.value), ['R-1', 'R-2']);
  });

  it('reads rows after two blank lines as no part of the table', () => {
    const apart = parsePlan(`${HEAD}\n\n| R-3 | Open Wi-Fi | Cy | Separate guest network |\n`, 'markdown');
    assert.deepEqual(apart.risks.map((r) => r.id?.value), ['R-1', 'R-2']);
  });
});
