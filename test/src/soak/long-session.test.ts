// A long LSP session against the real bundled server (dist/server.js --stdio): thousands of
// random incremental edits, opens and closes over several plans. The server never exits,
// its memory stays bounded, and its final diagnostics equal a fresh lint of each final text.
// RMPLINT_SESSION_EDITS (set by `npm run fuzz`) makes the session longer.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { analyse } from '../lint-with-registry';
import { LineIndex } from '../../../server/out/model/positions';
import { fileUri, LspHarness } from '../lsp-harness';
import { EXAMPLES, planFilesIn } from '../plan-files';
import { seededRandom } from '../seeded-random';

const EDITS = Number(process.env.RMPLINT_SESSION_EDITS ?? 12_000);
const SEED = Number(process.env.RMPLINT_FUZZ_SEED ?? 20260615);
const TODAY = '2026-06-15';
const PIECES = ['', 'x', ' ', '\n', '\r\n', '- **Owner:** TBD\n', '### R-009: New risk\n', '| R-1 | a | b |\n', '**', '---\n', 'Due: 2026-02-30', '\t', 'é', '😀', '  - id: R-2\n', 'owner: ', ': ', '[', '{'];

/** A seeded generator, so a failing session can be replayed. */
function seeded(seed: number): { nextInt(min: number, max: number): number } {
  const next = seededRandom(seed);
  return { nextInt: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('long LSP session: random edits, opens and closes against the real server', function () {
  this.timeout(Math.max(120_000, EDITS * 60));

  it(`${EDITS} edits: no crash, bounded memory, final diagnostics equal a fresh lint`, async () => {
    const plans = planFilesIn(EXAMPLES);
    const harness = await LspHarness.start({ settings: { today: TODAY } });
    const pid = (harness as unknown as { child: ChildProcess }).child.pid!;
    const random = seeded(SEED);
    const texts = new Map<string, string>();
    const versions = new Map<string, number>();
    const uriOf = (i: number) => fileUri(join('/tmp', 'rmplint-session', plans[i % plans.length].name.replace('.rmp.', `-${i}.rmp.`)));
    const docs = Array.from({ length: plans.length * 2 }, (_, i) => ({ uri: uriOf(i), kind: plans[i % plans.length].kind, seed: plans[i % plans.length].text }));
    const rss: number[] = [];
    try {
      for (let step = 0; step < EDITS; step++) {
        const doc = docs[random.nextInt(0, docs.length - 1)];
        const open = texts.get(doc.uri);
        const roll = random.nextInt(0, 99);
        if (open === undefined) {
          texts.set(doc.uri, doc.seed);
          versions.set(doc.uri, 1);
          await harness.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: doc.kind, version: 1, text: doc.seed } });
        } else if (roll < 2) {
          texts.delete(doc.uri);
          await harness.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
        } else {
          // An incremental edit: replace a random span with a random piece.
          const lines = new LineIndex(open);
          // An editor never puts a position between the \r and \n of a line break (LSP leaves
          // it undefined: the server's document clamps it to the line's end), so edits start
          // and end outside one.
          const outsideCrlf = (at: number) => (open[at - 1] === '\r' && open[at] === '\n' ? at - 1 : at);
          const a = outsideCrlf(random.nextInt(0, open.length));
          const b = outsideCrlf(Math.min(open.length, a + random.nextInt(0, 20)));
          const newText = PIECES[random.nextInt(0, PIECES.length - 1)];
          const version = versions.get(doc.uri)! + 1;
          versions.set(doc.uri, version);
          texts.set(doc.uri, open.slice(0, a) + newText + open.slice(b));
          await harness.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: doc.uri, version },
            contentChanges: [{ range: lines.rangeOf({ start: a, end: b }), text: newText }],
          });
          // Now and then a request in the middle of the typing, as an editor sends them.
          if (roll < 10) await harness.request('textDocument/hover', { textDocument: { uri: doc.uri }, position: lines.positionAt(a) });
        }
        if (step % 250 === 0) rss.push(rssMb(pid));
      }
      for (const [uri, text] of texts) {
        const version = versions.get(uri)!;
        const doc = docs.find((d) => d.uri === uri)!;
        const published = await harness.diagnosticsFor(uri, version);
        const fresh = analyse(text, doc.kind, { today: TODAY });
        const lines = new LineIndex(text);
        assert.deepEqual(
          published.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]),
          fresh.findings.map((f) => {
            const r = lines.rangeOf(f.range);
            return [f.rule, r.start.line, r.start.character, r.end.line, r.end.character, f.message];
          }),
          `${uri} at version ${version}`,
        );
      }
      rss.push(rssMb(pid));
      const [first, peak] = [rss[0], Math.max(...rss)];
      console.log(`      ${EDITS} steps over ${docs.length} documents: server RSS ${first.toFixed(0)} MB at start, ${peak.toFixed(0)} MB peak, ${rss[rss.length - 1].toFixed(0)} MB at the end`);
      assert.ok(peak < 400, `server memory ${peak.toFixed(0)} MB`);
      assert.ok(harness.stderr.every((line) => !/failed:/.test(line)), harness.stderr.join(''));
    } finally {
      await harness.stop();
    }
  });
});
