// Splits labelled action files (JSON lines with an `id`) into a tune half and a report half, once,
// by a hash of each id: an action is in the tune half when the first byte of the SHA-256 of its id
// is even. This is the rule the first set (tune.jsonl / report.jsonl) was split by; `--check`
// verifies that every action of tune.jsonl still falls in the tune half (it reads no report file).
// Usage: node scripts/split-vague-actions.mjs TUNE_OUT REPORT_OUT FILE...   |   --check
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

export const inTuneHalf = (id) => createHash('sha256').update(id).digest()[0] % 2 === 0;

const linesOf = (file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');

if (process.argv[2] === '--check') {
  const ids = linesOf(join(REPO, 'test/eval/vague-actions/tune.jsonl')).map((line) => JSON.parse(line).id);
  const wrong = ids.filter((id) => !inTuneHalf(id));
  console.log(`${ids.length - wrong.length} of ${ids.length} tune ids fall in the tune half`);
  process.exit(wrong.length === 0 ? 0 : 1);
}

const [tuneOut, reportOut, ...inputs] = process.argv.slice(2);
if (!tuneOut || !reportOut || inputs.length === 0) {
  console.error('usage: node scripts/split-vague-actions.mjs TUNE_OUT REPORT_OUT FILE... | --check');
  process.exit(2);
}
// Split once: never overwrite a half that exists.
for (const out of [tuneOut, reportOut]) if (existsSync(out)) throw new Error(`${out} exists: a set is split once`);
const tune = [], report = [], seen = new Set();
for (const file of inputs) {
  for (const line of linesOf(file)) {
    const { id } = JSON.parse(line);
    if (seen.has(id)) throw new Error(`duplicate id ${id} in ${file}`);
    seen.add(id);
    (inTuneHalf(id) ? tune : report).push(line);
  }
}
writeFileSync(tuneOut, `${tune.join('\n')}\n`);
writeFileSync(reportOut, `${report.join('\n')}\n`);
console.log(`${tune.length} actions to ${tuneOut}, ${report.length} to ${reportOut}`);
