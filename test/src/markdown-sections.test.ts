// A Markdown plan read section by section (an edit reads one section again) must give
// exactly the model and the findings one pass over the whole body gives: on every Markdown
// file the tests, examples and corpus hold, and on random edits of them (headings, fences,
// HTML blocks, tables, lists, setext underlines and field lines typed anywhere).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMarkdownPlan, parseWholeMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import { sectionBounds } from '../../server/out/parse/markdown/sections';
import { lintPlan } from './lint-with-registry';
import { LineIndex } from '../../server/out/model/positions';
import type { PlanModel } from '../../server/out/model/plan-model';
import { checkUnderRandomEdits } from './random-edits';
import { CORPUS } from './plan-files';

const ROOT = path.join(__dirname, '..', '..');

function markdownFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

const PLANS = [
  ...['test/fixtures', 'examples'].flatMap((d) => markdownFilesIn(path.join(ROOT, d))),
  ...markdownFilesIn(CORPUS).filter((f) => !f.endsWith('MANIFEST.md')),
].map((file) => ({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));

function findingsOf(plan: PlanModel): unknown {
  return lintPlan(plan, new LineIndex(plan.text), { today: '2026-06-15' });
}

function assertSame(text: string): void {
  const whole = parseWholeMarkdownPlan(text);
  const sectioned = parseMarkdownPlan(text);
  assert.deepStrictEqual(sectioned, whole);
  assert.deepStrictEqual(findingsOf(sectioned), findingsOf(whole));
}

/** What an author might type: headings, fences, HTML, tables, lists, underlines, fields and plain text. */
const SNIPPETS = [
  '\n', '# ', '## ', '### R-9: x\n', '## This week\n', '#### Notes\n', '```\n', '~~~\n', '    ', '<div>\n', '<!-- ', ' -->', '<pre>\n', '</pre>\n',
  '| ID | Action |\n|---|---|\n| R-8 | Enable MFA |\n', '| ', '- ', '> ', '===\n', '---\n', '- **Owner:** ', 'Due: 2026-01-01\n', 'x', ':', '\r\n', '\r', '\uFEFF', '  ',
  // The styles of issue 12: a section of risks, a Risk ID line, a label followed by a list, a register row, a plan-details section.
  '## Findings\n', '- **Risk ID:** R-7\n', '**Action Items:**\n', '  - Owner: Bo\n', '| Risk | Owner |\n|---|---|\n| R-6: Fax | Ana |\n', '## Document Control\n', '### Risk 4: y\n',
];

describe('Markdown plans read section by section', () => {
  it('the plans here and in the corpus have sections to cut (so the comparison below means something)', () => {
    const cut = PLANS.filter((p) => sectionBounds(p.text, 0, new LineIndex(p.text)).length > 3);
    assert.ok(cut.length >= PLANS.length / 2, `${cut.length} of ${PLANS.length} have sections`);
  });

  for (const plan of PLANS) {
    it(`reads ${plan.name} as the whole body does`, () => assertSame(plan.text));
  }

  it('reads every random edit of them as the whole body does', () => {
    checkUnderRandomEdits(PLANS.map((p) => p.text), SNIPPETS, assertSame, { numRuns: 150, seed: 6 });
  });

  const cases: { name: string; text: string }[] = [
    { name: 'a fence still open at a heading', text: '### R-1: a\n- Owner: Ana\n```\n### R-2: b\n- Owner: Bo\n### R-3: c\n- Owner: Cy\n' },
    { name: 'a fence closed just before a heading', text: '### R-1: a\n```\ncode\n```\n### R-2: b\n- Owner: Bo\n' },
    { name: 'an HTML block running into a heading', text: '### R-1: a\n<div>\n### R-2: b\n- Owner: Bo\n\n### R-3: c\n- Owner: Cy\n' },
    { name: 'a comment spanning headings', text: '## This week\n<!--\n### R-1: a\n-->\n### R-2: b\n- Owner: Bo\n' },
    { name: 'a deeper heading continuing a risk', text: '## Budget decisions\n### R-1: a\n- Owner: Ana\n#### Notes\n- Due: 2026-01-01\n### R-2: b\n' },
    { name: 'a tier above a table in another section', text: '## Vendor conversations\n\n| ID | Action |\n|---|---|\n| R-1 | x |\n## Budget decisions\n| ID | Action | Tier |\n|---|---|---|\n| R-2 | y | this week |\n' },
    { name: 'a tentative heading without fields', text: '### R-1 \n### R-2: b\n- Owner: Bo\n' },
    { name: 'a setext heading inside a section', text: '### R-1: a\n- Owner: Ana\nNotes\n---\n- Due: 2026-01-01\n' },
    { name: 'a byte order mark before the first heading', text: '\uFEFF# Plan\n- Owner: Ana\n### R-1: a\n- Owner: Bo\n' },
  ];
  for (const { name, text } of cases) {
    it(`reads ${name} as the whole body does`, () => assertSame(text));
  }

  it('reads an edited section again and reuses the others, moved', () => {
    const text = '## This week\n\n### R-1: a\n- Action: Enable MFA\n\n### R-2: b\n- Action: Encrypt laptops\n';
    const before = parseMarkdownPlan(text);
    const after = parseMarkdownPlan(text.replace('R-1', 'R-10'));
    assert.equal(after.risks[0].id?.value, 'R-10');
    assert.deepStrictEqual(after.risks[1].id?.valueRange, { start: before.risks[1].id!.valueRange.start + 1, end: before.risks[1].id!.valueRange.end + 1 });
    assert.equal(after.risks[1].tierValue, 'this-week');
  });

  it('gives a risk above an edit the copy it gave it before, and a risk under a retitled tier heading its new tier', () => {
    const text = '## This week\n\n### R-1: a\n- Action: Enable MFA\n\n### R-2: b\n- Action: Encrypt laptops\n';
    const before = parseMarkdownPlan(text);
    const below = parseMarkdownPlan(text + '\n### R-3: c\n- Action: Replace the fax server\n');
    assert.equal(below.risks[0], before.risks[0], 'the same risk in the same context: the same object');
    // The risks' sections are the same objects at the same offsets; only the heading above changed.
    const retitled = text.replace('## This week', '## Next week');
    const after = parseMarkdownPlan(retitled);
    assert.equal(after.risks[0].tier?.value, 'Next week');
    assert.deepStrictEqual(after, parseWholeMarkdownPlan(retitled));
    assert.deepStrictEqual(parseMarkdownPlan(text), parseWholeMarkdownPlan(text), 'and back');
  });
});
