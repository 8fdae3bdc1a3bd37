// Scores the vague-action judgement on the labelled action sets in test/eval/vague-actions/
// (written by writers who never saw the rule's code, frozen before any scoring, each set split
// once by a hash of each id: scripts/split-vague-actions.mjs). `tune` scores the halves to tune on
// (tune.jsonl + tune-2.jsonl as one table, tune-3.jsonl to tune-19.jsonl one each); `report` scores
// the held-out halves (report.jsonl, report-2.jsonl) and report-7.jsonl to report-16.jsonl, report-19.jsonl and report-21.jsonl to report-25.jsonl (sixteen
// more writers' 200 actions each, held out whole), one table each, never to tune on. A held-out set
// becomes tuning material once scored: tune-4.jsonl was report-3.jsonl (writer 7, P 0.935, R 0.878),
// tune-5.jsonl report-4.jsonl (writer 8, P 0.931, R 0.964), tune-6.jsonl report-5.jsonl (writer 9,
// P 0.981, R 0.920) and tune-7.jsonl report-6.jsonl (writer 10, P 0.981, R 0.938); tune-8.jsonl
// (writer 14, P 0.959, R 0.940), tune-9.jsonl (writer 16, P 0.990, R 0.951) tune-10.jsonl
// (writer 19, P 0.961, R 0.951) and tune-11.jsonl (writer 22, P 1.000, R 0.961) tune-12.jsonl
// (writer 23, P 0.970, R 0.960) and tune-13.jsonl (writer 25, P 0.981, R 0.972) were scored once before they were tuned on;
// tune-15.jsonl was report-17.jsonl (writer 28, P 0.971, R 0.952); tune-16.jsonl was report-18.jsonl
// (writer 29, P 0.952, R 0.980); tune-17.jsonl was report-20.jsonl (writer 31, P 0.970, R 0.932 held out at the
// fifteenth session's start; P 0.970, R 0.942 after its first round); tune-18.jsonl (writer 35, P 0.991,
// R 0.955) and tune-19.jsonl (writer 38, P 0.929, R 0.975) were scored once before they were tuned on.
// A set whose file is absent is left out. --misses lists the tune halves' misses only.
// Usage: node scripts/eval-vague-actions.mjs tune|report [--misses]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { classifyAction } = require(join(REPO, 'server/out/rules/vague-action-utils/classify.js'));

const SETS = join(REPO, 'test/eval/vague-actions');
/** A set's file may not be there yet: a new writer's set arrives once its writer is done. */
const present = (file) => existsSync(join(SETS, file));

/** The tables each half prints, and the files each table reads. */
const TABLES = {
  tune: [
    ['tune halves: tune.jsonl + tune-2.jsonl', ['tune.jsonl', 'tune-2.jsonl']],
    ['tune half: tune-3.jsonl (third set)', ['tune-3.jsonl']],
    ['tune half: tune-4.jsonl (writer 7, once report-3.jsonl)', ['tune-4.jsonl']],
    ['tune set: tune-5.jsonl (writer 8, once report-4.jsonl; held out it scored P 0.931 R 0.964)', ['tune-5.jsonl']],
    ['tune set: tune-6.jsonl (writer 9, once report-5.jsonl; held out it scored P 0.981 R 0.920)', ['tune-6.jsonl']],
    ['tune set: tune-7.jsonl (writer 10, once report-6.jsonl; held out it scored P 0.981 R 0.938)', ['tune-7.jsonl']],
    ['tune set: tune-8.jsonl (writer 14, scored once before tuning)', ['tune-8.jsonl']],
    ['tune set: tune-9.jsonl (writer 16, scored once before tuning)', ['tune-9.jsonl']],
    ['tune set: tune-10.jsonl (writer 19, scored once before tuning)', ['tune-10.jsonl']],
    ['tune set: tune-11.jsonl (writer 22, scored once before tuning)', ['tune-11.jsonl']],
    ['tune set: tune-12.jsonl (writer 23, scored once before tuning)', ['tune-12.jsonl']],
    ['tune set: tune-13.jsonl (writer 25, scored once before tuning)', ['tune-13.jsonl']],
    ['tune set: tune-14.jsonl (writer 27, scored once before tuning)', ['tune-14.jsonl']],
    ['tune set: tune-15.jsonl (writer 28, once report-17.jsonl; held out it scored P 0.971 R 0.952)', ['tune-15.jsonl']],
    ['tune set: tune-16.jsonl (writer 29, once report-18.jsonl; held out it scored P 0.952 R 0.980)', ['tune-16.jsonl']],
    ['tune set: tune-17.jsonl (writer 31, once report-20.jsonl; held out it scored P 0.970 R 0.932, then R 0.942)', ['tune-17.jsonl']],
    ['tune set: tune-18.jsonl (writer 35, scored once before tuning: P 0.991 R 0.955)', ['tune-18.jsonl']],
    ['tune set: tune-19.jsonl (writer 38, scored once before tuning: P 0.929 R 0.975)', ['tune-19.jsonl']],
    ['tune half: tune-20.jsonl (writers 41-42, terse register cells and report bullets; its report half is report-26)', ['tune-20.jsonl']],
  ],
  report: [
    ['report half: report.jsonl (writers 1-4)', ['report.jsonl']],
    ['report half: report-2.jsonl (writers 5-6)', ['report-2.jsonl']],
    ['report set: report-7.jsonl (writer 11, whole, frozen before this round)', ['report-7.jsonl']],
    ['report set: report-8.jsonl (writer 12, whole, frozen before this round)', ['report-8.jsonl']],
    ['report set: report-9.jsonl (writer 13, whole, frozen before the tenth session\'s round)', ['report-9.jsonl']],
    ['report set: report-10.jsonl (writer 15, whole, frozen before the tenth session\'s round)', ['report-10.jsonl']],
    ['report set: report-11.jsonl (writer 17, whole, frozen before the eleventh session\'s round)', ['report-11.jsonl']],
    ['report set: report-12.jsonl (writer 18, whole, frozen after the eleventh session\'s round, never tuned on)', ['report-12.jsonl']],
    ['report set: report-13.jsonl (writer 20, whole, frozen before the twelfth session\'s round)', ['report-13.jsonl']],
    ['report set: report-14.jsonl (writer 21, whole, frozen before the twelfth session\'s round was merged)', ['report-14.jsonl']],
    ['report set: report-15.jsonl (writer 24, whole, frozen before the thirteenth session\'s round)', ['report-15.jsonl']],
    ['report set: report-16.jsonl (writer 26, whole, frozen before the thirteenth session\'s second round)', ['report-16.jsonl']],
    ['report set: report-19.jsonl (writer 30, whole, frozen before the fourteenth session\'s second round)', ['report-19.jsonl']],
    ['report set: report-21.jsonl (writer 32, whole, frozen before the fifteenth session\'s first round)', ['report-21.jsonl']],
    ['report set: report-22.jsonl (writer 33, whole, frozen before the fifteenth session\'s second round)', ['report-22.jsonl']],
    ['report set: report-23.jsonl (writer 34, whole, frozen before the fifteenth session\'s second round)', ['report-23.jsonl']],
    ['report set: report-24.jsonl (writer 36, whole, frozen before the sixteenth session\'s round)', ['report-24.jsonl']],
    ['report set: report-25.jsonl (writer 37, whole, frozen before the sixteenth session\'s round)', ['report-25.jsonl']],
    ['report half: report-26.jsonl (writers 41-42, terse register cells and report bullets, frozen before the twenty-first session\'s round)', ['report-26.jsonl']],
  ],
};
for (const tables of Object.values(TABLES)) {
  for (let i = tables.length - 1; i >= 0; i--) if (!tables[i][1].every(present)) tables.splice(i, 1);
}

const half = process.argv[2];
if (!(half in TABLES)) {
  console.error('usage: node scripts/eval-vague-actions.mjs tune|report [--misses]');
  process.exit(2);
}
const showMisses = process.argv.includes('--misses');
if (showMisses && half !== 'tune') {
  console.error('--misses is for the tune halves only: the report halves are held out');
  process.exit(2);
}
const read = (file) => readFileSync(join(SETS, file), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));

const score = (set) => {
  let tp = 0, fp = 0, fn = 0;
  for (const item of set) {
    const vague = classifyAction(item.text).vague;
    if (vague && item.label === 'vague') tp++;
    else if (vague) fp++;
    else if (item.label === 'vague') fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { n: set.length, tp, fp, fn, precision: p.toFixed(3), recall: r.toFixed(3) };
};

for (const [title, files] of TABLES[half]) {
  const items = files.flatMap(read);
  const voices = [...new Set(items.map((i) => i.voice))].sort();
  const rows = [['all', score(items)], ...voices.map((v) => [v, score(items.filter((i) => i.voice === v))])];
  console.log(`vague-action on the ${title} (${items.length} actions)`);
  console.log('| voice | n | vague caught | missed | false alarms | precision | recall |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [voice, s] of rows) console.log(`| ${voice} | ${s.n} | ${s.tp} | ${s.fn} | ${s.fp} | ${s.precision} | ${s.recall} |`);
  console.log('');
  if (showMisses) {
    for (const item of items) {
      const verdict = classifyAction(item.text);
      if (verdict.vague !== (item.label === 'vague')) console.log(`${verdict.vague ? 'FALSE ALARM' : 'MISSED'} [${item.voice}] ${item.text}  — ${item.reason}`);
    }
  }
}
