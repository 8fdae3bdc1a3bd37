// The line scan of plain Markdown sections must give exactly the structure markdown-it's
// block parse gives (headings, tables, code and HTML lines, an open block at the end) for
// every section it accepts, and leave every other section to markdown-it: checked on
// tables of cases, on every section of the Markdown plans here and in the corpus, and on
// random edits of them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { plainStructure } from '../../server/out/parse/markdown/line-scan';
import { parsedStructure } from '../../server/out/parse/markdown/block-structure';
import { sectionBounds } from '../../server/out/parse/markdown/sections';
import { LineIndex } from '../../server/out/model/positions';
import { CORPUS, REPO } from './plan-files';
import { checkUnderRandomEdits } from './random-edits';

function markdownFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && !f.endsWith('MANIFEST.md')).map((f) => path.join(dir, f));
}

const PLANS = [...['test/fixtures', 'examples'].flatMap((d) => markdownFilesIn(path.join(REPO, d))), ...markdownFilesIn(CORPUS)].map((file) => ({
  name: path.relative(REPO, file),
  text: fs.readFileSync(file, 'utf8'),
}));

/** The sections a plan is read in, as the Markdown parser cuts it. */
function sectionsOf(text: string): string[] {
  const bounds = sectionBounds(text, 0, new LineIndex(text));
  return bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
}

/** Whether the line scan read `text`; when it did, its structure must be markdown-it's. */
function assertSameWhenRead(text: string): boolean {
  const lineCount = new LineIndex(text).lineCount;
  const plain = plainStructure(text, 3, lineCount + 3);
  if (!plain) return false;
  assert.deepStrictEqual(plain, parsedStructure(text, 3, lineCount + 3), JSON.stringify(text));
  return true;
}

const READ = [
  ['a risk heading with bulleted fields', '### R-0001: The EHR is not patched\n- **Priority:** Low\n- **Owner:** Security Officer\n- **Due:** 2027-02-23\n\n'],
  ['a heading with a closing sequence', '## This week ##\n\nText.\n'],
  ['a heading whose hashes belong to its text', '### R-1: Room #4\n'],
  ['an empty heading', '#\n'],
  ['fields without bullets, ordered items and nested bullets', '### R-2\nOwner: Dana\n1. **Action:** Enable MFA\n   - Due: 2026-08-01\n  * _Status:_ open\n'],
  ['CRLF line breaks', '### R-3: CRLF\r\n- Owner: Dana\r\n'],
  ['a paragraph of plain text', 'The plan covers the clinic.\n[Policy](policy.md) and "quotes", (asides), \\*escapes\\* and — dashes.\n'],
  ['blank lines of spaces and tabs', '## Notes\n   \n\t\n \t \nLast line'],
  ['numbers that open no list', '2026 budget\n1.5 FTE\n10)x\n'],
  ['a risk table under a heading', '## This week\n\n| ID | Action | Owner |\n|---|:---:|--:|\n| R-1 | Enable MFA | Dana |\n| R-2 | Buy a UPS |  |\n\nNotes after it.\n'],
  ['a table right below the heading, to the end of the section', '## Vendor\n| ID | Action |\n| --- | --- |\n| R-3 | Sign the BAA |'],
  ['two tables, escaped pipes and a header without outer pipes', '| a \\| b | c |\n|---|---|\n| 1 | 2 |\n\n|x|y\n-|-\n|1|2\n'],
  ['a field table under a risk heading', '### R-4: Backups\n\n| Field | Value |\n|---|---|\n| Owner | Dana |\n| Due | 2026-09-01 |\n'],
  ['a table with a header only', '| ID | Action |\n|---|---|\n\n'],
  ['disable comments on lines of their own', '### R-5: Fax\n<!-- rmplint-disable-next-line missing-owner -->\n- **Action:** Retire the fax\nText\n<!-- a --> after\n| a |\n|---|\n| 1 |\n<!-- b -->\n'],
] as const;

const DECLINED = [
  ['a second heading', '## A\n### R-1\n'],
  ['a heading inside a list item', '### R-1\n- # Owner\n'],
  ['a setext underline', 'Title\n===\n'],
  ['a dash underline or thematic break', '### R-1\nText\n---\n'],
  ['a starred thematic break', '### R-1\n* * *\n'],
  ['an underscore thematic break', '### R-1\n___\n'],
  ['a table without a pipe at the margin', '### R-1\nField | Value\n--- | ---\n'],
  ['a table right after a paragraph line', '### R-1\nText\n| Field | Value |\n|---|---|\n'],
  ['a table that goes on without pipes', '### R-1\n\n| Field | Value |\n|---|---|\nOwner | Dana\n'],
  ['a table followed by text without a blank line', '| a |\n|---|\n| 1 |\n- item\n'],
  ['an indented table', '### R-1\n\n  | a | b |\n  |---|---|\n'],
  ['a line starting with a pipe that opens no table', '### R-1\n\n| a | b |\n| not a delimiter |\n'],
  ['a fence', '### R-1\n```\n# not a heading\n```\n'],
  ['a tilde fence inside a list item', '### R-1\n- ~~~\n'],
  ['an HTML comment over several lines', '### R-1\n<!-- rmplint-disable\n-->\n'],
  ['an indented HTML comment', '### R-1\n- a\n  <!-- c -->\n'],
  ['other HTML', '### R-1\n<div>x</div>\n'],
  // Found by an adversarial fuzz: markdown-it tries tables before headings and HTML blocks.
  ['a heading with a pipe above a delimiter row', '# R-1: a | b\n|---|---|\n|---|---|'],
  ['a comment line above a delimiter row', '<!-- c -->|\n|-|\n|-|'],
  ['indented code', '### R-1\n\n    code\n'],
  ['a tab before the text', '### R-1\n\t- Owner: Dana\n'],
  ['a blockquote', '### R-1\n> Owner: Dana\n'],
  ['an empty list item', '### R-1\n-\n'],
  ['a list marker and a space only', '### R-1\nText\n- \n'],
  ['a nested marker on one line', '### R-1\n- - Owner: Dana\n'],
  ['an ordered marker alone', '### R-1\n1.\n'],
  ['a heading with seven hashes', '####### R-1\n'],
  ['a heading indented on the first line', ' ## R-1\n'],
  ['a lone carriage return', '### R-1\rOwner: Dana\n'],
  ['a NUL', '### R-1\n- Owner: Da\0na\n'],
] as const;

/** What an author might type: block openers of every kind, markers, indentation and line breaks. */
const SNIPPETS = [
  '\n', '# ', '## ', '### R-9: x ###\n', '#', '```\n', '~~~', '    ', '\t', '<div>\n', '<!-- ', '| ', '|---|---|\n', '- ', '* ', '+ ', '1. ', '1) ', '> ',
  '===\n', '---\n', '***', '___', '-', '*', '_', '**Owner:** ', 'x', ':', '\r\n', '\r', '  ', '[a]: /b\n', '\0',
  '|', '\\|', '| a | b |\n|---|---|\n', '\n| a |\n| - |\n| 1 |\n', '|:-:|', ' | ', '\n\n',
  '<!-- rmplint-disable-line -->\n', '-->', '<!--',
];

describe('the line scan of plain Markdown sections', () => {
  for (const [name, text] of READ) {
    it(`reads ${name} as markdown-it does`, () => assert.ok(assertSameWhenRead(text), 'declined'));
  }
  for (const [name, text] of DECLINED) {
    it(`leaves ${name} to markdown-it`, () => assert.equal(plainStructure(text, 0, 20), undefined));
  }

  const sections = PLANS.flatMap((p) => sectionsOf(p.text));
  it('reads most sections of the plans here as markdown-it does', () => {
    const read = sections.filter(assertSameWhenRead).length;
    assert.ok(read > sections.length / 2, `read ${read} of ${sections.length}`);
  });

  it('reads random edits of those sections as markdown-it does, whenever it reads them', () => {
    checkUnderRandomEdits(sections, SNIPPETS, (text) => void assertSameWhenRead(text), { numRuns: 1000, seed: 11 });
  });
});
