// `rmplint render <plan> [-o out.html]` (spec §7): HTML to stdout or written atomically
// to a file, exit 2 for usage errors and files that cannot be rendered.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runRender } from '../../server/out/cli/render-command';
import { EXAMPLES } from './plan-files';

function run(args: string[], cwd = EXAMPLES) {
  let stdout = '';
  let stderr = '';
  const status = runRender(args, cwd, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, {});
  return { status, stdout, stderr };
}

describe('rmplint render', function () {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplint-render-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the page to stdout without -o', () => {
    const r = run(['--today', '2026-06-15', 'harbor-billing-services.rmp.yaml']);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^<!DOCTYPE html>/);
    assert.match(r.stdout, /<title>Security Risk Management Plan<\/title>/);
    assert.match(r.stdout, /Review overdue by 14 days/);
  });

  it('writes the file given with -o, leaving no temp file', () => {
    const out = path.join(dir, 'plan.html');
    const r = run(['lakeside-family-medicine.rmp.md', '-o', out, '--today', '2026-06-15']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.match(fs.readFileSync(out, 'utf8'), /Lakeside Family Medicine/);
    assert.deepEqual(fs.readdirSync(dir), ['plan.html']);
  });

  it('counts days from --today', () => {
    const early = run(['--today', '2026-03-01', 'harbor-billing-services.rmp.yaml']).stdout;
    assert.match(early, /Next review in 92 days/);
  });

  const failures: [string, string[], RegExp][] = [
    ['no plan', [], /exactly one plan/],
    ['two plans', ['a.rmp.md', 'b.rmp.md'], /exactly one plan/],
    ['an unknown flag', ['--bogus', 'harbor-billing-services.rmp.yaml'], /bogus/],
    ['a bad --today', ['--today', '2026-02-30', 'harbor-billing-services.rmp.yaml'], /--today/],
    ['a missing file', ['nope.rmp.md'], /nope\.rmp\.md: no such file/],
    ['a file that is not a plan', [path.join('..', 'package.json')], /not a risk management plan/],
  ];
  for (const [what, args, message] of failures) {
    it(`exits 2 for ${what}`, () => {
      const r = run(args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('exits 2 when the output folder does not exist', () => {
    const r = run(['harbor-billing-services.rmp.yaml', '-o', path.join(dir, 'missing', 'x.html')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot be written \(no such file or folder\)/);
  });
});
