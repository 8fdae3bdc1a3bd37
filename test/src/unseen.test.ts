// Plans written without looking at rmplint (test/fixtures/unseen) and labelled by hand from
// the spec: each must give exactly its labelled findings. Probes of styles the parsers do
// not read yet (test/fixtures/unseen-probes) are held to their labels minus the known
// misses below, so a parser fix shows up as a failure here and its entry must go.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyse } from '../../server/out/engine/lint';
import type { LineIndex } from '../../server/out/model/positions';
import { FIXTURES, expectedOf, planFilesIn, type PlanFile } from './plan-files';

interface KnownMiss {
  readonly plan: string;
  readonly line: number;
  readonly rule: string;
  /** missed: labelled but not reported; spurious: reported but not labelled. */
  readonly kind: 'missed' | 'spurious';
  readonly reason: string;
}

const knownMisses: readonly KnownMiss[] = [];

const key = (f: { line: number; rule: string }) => `${f.line} ${f.rule}`;

function reported(file: PlanFile, today: string): string[] {
  const { findings, lines } = analyse(file.text, file.kind, { today });
  return findings.map((f) => key({ line: (lines as LineIndex).positionAt(f.range.start).line + 1, rule: f.rule })).sort();
}

/** The labelled findings, less the known misses of the plan and plus its known spurious findings. */
function expectedNow(file: PlanFile, labelled: readonly { line: number; rule: string }[]): string[] {
  const known = knownMisses.filter((m) => m.plan === file.name);
  const missed = new Set(known.filter((m) => m.kind === 'missed').map(key));
  const spurious = known.filter((m) => m.kind === 'spurious').map(key);
  return [...labelled.map(key).filter((k) => !missed.has(k)), ...spurious].sort();
}

for (const [folder, title] of [['unseen', 'unseen plans'], ['unseen-probes', 'unseen probes with known parser misses']] as const) {
  describe(`${title} (test/fixtures/${folder})`, () => {
    const files = planFilesIn(join(FIXTURES, folder));

    it('every plan has a labelled sidecar', () => {
      assert.ok(files.length > 0);
      assert.deepEqual(files.filter((f) => !expectedOf(f)).map((f) => f.name), []);
    });

    for (const file of files) {
      it(`${file.name} gives exactly its labelled findings${knownMisses.some((m) => m.plan === file.name) ? ', less its known misses' : ''}`, () => {
        const expected = expectedOf(file)!;
        assert.deepEqual(reported(file, expected.today), expectedNow(file, expected.findings));
      });
    }
  });
}

describe('known misses', () => {
  it('each names a labelled finding (missed) or an unlabelled one (spurious) of a probe plan', () => {
    const probes = new Map(planFilesIn(join(FIXTURES, 'unseen-probes')).map((f) => [f.name, f]));
    for (const miss of knownMisses) {
      const file = probes.get(miss.plan);
      assert.ok(file, `${miss.plan} is not a probe plan`);
      const labelled = expectedOf(file)!.findings.map(key);
      assert.equal(labelled.includes(key(miss)), miss.kind === 'missed', `${miss.plan} ${key(miss)} (${miss.kind})`);
    }
  });
});
