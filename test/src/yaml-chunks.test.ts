// A YAML plan read piece by piece (an edit re-parses one piece) must give exactly the
// model and the findings a parse of the whole document gives: on every YAML plan the
// tests, examples and corpus hold, and on random edits of them (keys, items, quotes,
// indentation, anchors, document markers and tabs typed anywhere).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseWholeYamlPlan, parseYamlPlan } from '../../server/out/parse/yaml/read-plan';
import { yamlChunks } from '../../server/out/parse/yaml/pieces';
import { lintPlan } from './lint-with-registry';
import { LineIndex } from '../../server/out/model/positions';
import type { PlanModel } from '../../server/out/model/plan-model';
import { checkUnderRandomEdits } from './random-edits';
import { CORPUS } from './plan-files';

const ROOT = path.join(__dirname, '..', '..');

function yamlFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));
}

const PLANS = [
  ...['test/fixtures', 'examples'].flatMap((d) => yamlFilesIn(path.join(ROOT, d))),
  ...yamlFilesIn(CORPUS),
].map((file) => ({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));

/** The model, schema violations in document order (the whole document's come in the schema's order). */
function modelOf(plan: PlanModel): unknown {
  const violations = plan.schemaViolations && [...plan.schemaViolations].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { ...plan, schemaViolations: violations };
}

function findingsOf(plan: PlanModel): unknown {
  return lintPlan(plan, new LineIndex(plan.text), { today: '2026-06-15' });
}

function assertSame(text: string): void {
  const whole = parseWholeYamlPlan(text);
  const chunked = parseYamlPlan(text);
  assert.deepStrictEqual(modelOf(chunked), modelOf(whole));
  assert.deepStrictEqual(findingsOf(chunked), findingsOf(whole));
}

/** What an author might type: structure, quoting, anchors, markers and plain text. */
const SNIPPETS = ['\n', '- ', '  - id: R-9\n', '  ', 'x', ':', ': ', '#', ' # note', '"', "'", '&a ', '*a', '---\n', '...\n', '\t', '[', ']', '{', '|\n', '>-\n', 'risks:\n', 'plan:\n', '    status: blocked\n', 'owner:\n', '\r\n', '%YAML 1.2\n'];

describe('YAML plans read piece by piece', () => {
  it('the plans here and in the corpus split into pieces (so the comparison below means something)', function () {
    const split = PLANS.filter((p) => yamlChunks(p.text) !== undefined);
    assert.ok(split.length >= PLANS.length / 2, `${split.length} of ${PLANS.length} split`);
  });

  for (const plan of PLANS) {
    it(`reads ${plan.name} as the whole document does`, () => assertSame(plan.text));
  }

  it('reads every random edit of them as the whole document does', () => {
    checkUnderRandomEdits(PLANS.map((p) => p.text), SNIPPETS, assertSame, { numRuns: 100, seed: 6 });
  });

  it('parses an edited piece again and reuses the others', () => {
    const text = ['plan:', '  title: T', 'risks:', '  - id: R-1', '    action: Enable MFA', '  - id: R-2', '    action: Encrypt laptops', '    status: blocked', ''].join('\n');
    const before = parseYamlPlan(text);
    const after = parseYamlPlan(text.replace('R-1', 'R-10'));
    assert.equal(after.risks[0].id?.value, 'R-10');
    assert.deepStrictEqual(after.risks[1].id?.valueRange, { start: before.risks[1].id!.valueRange.start + 1, end: before.risks[1].id!.valueRange.end + 1 });
    // The second risk's schema violation is its piece's, placed with it.
    const moved = (plan: PlanModel) => plan.schemaViolations!.map((v) => [v.path.join('/'), v.range.start]);
    assert.deepStrictEqual(moved(before), [['risks/1/status', text.indexOf('blocked')]]);
    assert.deepStrictEqual(moved(after), [['risks/1/status', text.indexOf('blocked') + 1]]);
  });

  it('gives an unmoved piece\'s violations their paths again, and new paths when its item number changes', () => {
    // One item above replaced by two of the same length: the last piece neither moves nor changes, but is now item 2.
    const two = '  - id: R-1\n    title: Lost\n  - id: R-4\n    title: X\n';
    const one = `  - id: R-1\n    title: Lost laptops${'s'.repeat(two.length - 36)}\n`;
    assert.equal(one.length, two.length);
    const tail = '  - id: R-2\n    action: Encrypt laptops\n    status: blocked\n';
    const text = (items: string) => `plan:\n  title: T\nrisks:\n${items}${tail}`;
    const paths = (plan: PlanModel) => plan.schemaViolations!.map((v) => v.path.join('/'));
    const before = parseYamlPlan(text(one));
    assert.equal(parseYamlPlan(text(one)).schemaViolations![0], before.schemaViolations![0], 'the same piece at the same item: the same violation');
    assert.deepStrictEqual(paths(before), ['risks/1/status']);
    const after = parseYamlPlan(text(two));
    assert.deepStrictEqual(paths(after), ['risks/2/status']);
    assertSame(text(two));
    assertSame(text(one));
  });
});
