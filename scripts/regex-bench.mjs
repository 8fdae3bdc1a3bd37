// Adversarial strings against every regular expression in server/src: proves that none
// backtracks super-linearly. Run after a build: `node scripts/regex-bench.mjs [--json FILE]`.
//
// 1. Registry: every regex literal (and every `new RegExp` whose argument is made of
//    literals) is found in the TypeScript source with the compiler's parser, so a new
//    regex is covered without anyone listing it.
// 2. Screening: each regex runs against a few hundred attack strings (runs of one or two
//    characters, of the words in the regex itself, after prefixes that start a match, with
//    and without a character that makes the match fail at the end) at 2,000 characters, in
//    a worker that is killed after a time limit (exponential backtracking never returns).
// 3. Measurement: each regex's three slowest attacks run at 10,000 and 100,000 characters.
//    Linear matching takes about 10x longer for 10x the input; quadratic takes 100x.
// 4. End to end: the same runs of characters, 50,000 and 100,000 long, are put into every
//    slot of a Markdown and a YAML plan (title, heading, field values, table cells, front
//    matter, comments) and linted, which covers the regexes built at run time from settings.
// Exit status 1 when any regex or slot is super-linear.
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SCREEN_LENGTH = 2_000;
const LENGTHS = [10_000, 100_000];
/** A single regex run at 2,000 characters slower than this is catastrophic. */
const SCREEN_TIMEOUT_MS = 3_000;
/** Super-linear: 10x the input costs more than this many times the time (linear is ~10x). */
const MAX_GROWTH = 25;
/** Times below this are timer noise; growth is judged from at least this base. */
const NOISE_MS = 0.2;
/** End to end, whole lints at half and full length: linear doubles, quadratic quadruples. */
const ENGINE_LENGTHS = [50_000, 100_000];
const ENGINE_MAX_GROWTH = 3.2;

const ALPHABET = [' ', '\t', 'a', 'A', 'z', '0', '9', '-', ':', '*', '_', '|', '#', '.', ',', '/', '\n', '\r', '"', "'", '`',
  '<', '>', '[', ']', '(', ')', '!', '=', '~', '+', '\\', '&', '@', 'é', '\u00a0', '\u200f', '\ufeff'];
const PAIRS = ['a ', ' a', 'a-', '0-', '1/', '- ', '* ', '**', '__', '| ', ': ', 'a:', '\r\n', ' \n', ' \t', 'a.', 'aA',
  '1 ', '<!', '--', '# ', 'R-', 'a,', '0.', ' -', '-\n', '|\n', ':\n', '**a', 'R1 ', '---\n', '- a\n', '\t\n'];
const PREFIXES = ['', '---\n', '---\r\n', '# ', '- **Action:** ', '| R-1 | ', 'R-1: ', '<!-- ', 'risks:\n  - '];
const SUFFIXES = ['', '\u0000'];

// ---------- 1. registry ----------

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** The value of an expression made only of string literals, arrays of them, `+` and `.join(...)`; else undefined. */
function fold(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return fold(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [l, r] = [fold(node.left), fold(node.right)];
    return typeof l === 'string' && typeof r === 'string' ? l + r : undefined;
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map(fold);
    return items.every((i) => typeof i === 'string') ? items : undefined;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const items = fold(node.expression.expression);
    const sep = node.arguments.length ? fold(node.arguments[0]) : ',';
    return Array.isArray(items) && typeof sep === 'string' ? items.join(sep) : undefined;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isRegularExpressionLiteral(node.expression)) {
    return literalParts(node.expression.text).source;
  }
  return undefined;
}

function literalParts(text) {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

export function collectRegexes() {
  const found = [];
  const dynamic = [];
  for (const file of sourceFiles(path.join(root, 'server/src'))) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node) => `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ where: where(node), ...literalParts(node.text) });
      if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.length) {
        const source = fold(node.arguments[0]);
        const flags = node.arguments[1] ? fold(node.arguments[1]) : '';
        if (typeof source === 'string' && typeof flags === 'string') found.push({ where: where(node), source, flags });
        else dynamic.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

// ---------- 2 and 3. each regex in a worker ----------

const WORKER = `
const { parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const build = (p, n) => { const body = n - p.prefix.length - p.suffix.length; return p.prefix + p.unit.repeat(Math.ceil(body / p.unit.length)).slice(0, body) + p.suffix; };
parentPort.on('message', ({ id, source, flags, attacks, length, repeat }) => {
  const re = new RegExp(source, flags);
  const times = attacks.map((attack) => {
    const text = build(attack, length);
    let best = Infinity;
    for (let i = 0; i < repeat; i++) {
      re.lastIndex = 0;
      const t0 = performance.now();
      if (re.global) text.replace(re, ''); else re.exec(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  });
  parentPort.postMessage({ id, times });
});`;

class Runner {
  constructor() {
    this.next = 0;
    this.spawn();
  }
  spawn() {
    this.worker = new Worker(WORKER, { eval: true });
    this.worker.unref();
  }
  /** Milliseconds for each attack of a batch (best of `repeat`), or undefined when the batch exceeds the time limit. */
  run(task, timeoutMs) {
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.removeListener('message', onMessage);
        void this.worker.terminate();
        this.spawn();
        resolve(undefined);
      }, timeoutMs);
      const onMessage = (m) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        this.worker.removeListener('message', onMessage);
        resolve(m.times);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({ id, ...task });
    });
  }
}

function attacksFor(source) {
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 12);
  const units = [...ALPHABET, ...PAIRS, ...words.flatMap((w) => [`${w} `, `${w}\n`, `${w}:`])];
  const attacks = [];
  for (const prefix of PREFIXES) for (const unit of units) for (const suffix of SUFFIXES) attacks.push({ prefix, unit, suffix });
  return attacks;
}

const show = (s) => JSON.stringify(s).slice(1, -1);
const describe = (a) => `${show(a.prefix)}(${show(a.unit)})*${show(a.suffix)}`;

async function benchRegex(runner, regex) {
  const attacks = attacksFor(regex.source);
  const task = (list, length, repeat) => ({ source: regex.source, flags: regex.flags, attacks: list, length, repeat });
  let times = await runner.run(task(attacks, SCREEN_LENGTH, 1), SCREEN_TIMEOUT_MS * 10);
  if (!times) {
    // Some attack never finished: find it, one at a time.
    for (const attack of attacks) {
      if (!(await runner.run(task([attack], SCREEN_LENGTH, 1), SCREEN_TIMEOUT_MS))) {
        return { ...regex, attack: describe(attack), times: [Infinity, Infinity], superLinear: true };
      }
    }
    times = await runner.run(task(attacks, SCREEN_LENGTH, 1), 600_000);
  }
  const slowest = attacks.map((attack, i) => ({ attack, ms: times[i] })).sort((a, b) => b.ms - a.ms).slice(0, 3);
  let worst;
  for (const { attack } of slowest) {
    const measured = [];
    for (const length of LENGTHS) measured.push((await runner.run(task([attack], length, 3), 120_000))?.[0] ?? Infinity);
    if (!worst || measured[1] > worst.times[1]) worst = { attack: describe(attack), times: measured };
    if (measured[1] === Infinity) break;
  }
  return { ...regex, ...worst, superLinear: isSuperLinear(worst.times) };
}

function isSuperLinear([small, large]) {
  return large > MAX_GROWTH * Math.max(small, NOISE_MS);
}

// ---------- 4. end to end through the engine ----------

const SLOTS = {
  markdown: {
    'H1 title': (s) => `# Risk management plan ${s}\n`,
    'heading': (s) => `# Risk management plan\n\n### R-001: ${s}\n- **Action:** Enable MFA\n`,
    'action value': (s) => `# Risk management plan\n\n### R-001: Risk\n- **Action:** ${s}\n- **Owner:** Office Manager\n`,
    'owner value': (s) => `# Risk management plan\n\n### R-001: Risk\n- **Action:** Enable MFA\n- **Owner:** ${s}\n`,
    'due value': (s) => `# Risk management plan\n\n### R-001: Risk\n- **Due:** ${s}\n`,
    'field label': (s) => `# Risk management plan\n\n### R-001: Risk\n- **${s}:** x\n`,
    'table cell': (s) => `# Risk management plan\n\n| ID | Action | Owner | Due |\n|---|---|---|---|\n| R-001 | ${s} | x | 2026-01-01 |\n`,
    'table header': (s) => `# Risk management plan\n\n| ID | Action ${s} |\n|---|---|\n| R-001 | x |\n`,
    'front matter': (s) => `---\ntype: risk-management-plan\ntitle: ${s}\n---\n# Plan\n`,
    'open front matter': (s) => `---\n${s}`,
    'risk analysis': (s) => `# Risk management plan\n\n- **Risk analysis:** ${s}\n`,
    'comment': (s) => `# Risk management plan\n<!-- rmplint-disable-next-line ${s} -->\n`,
    'body': (s) => `# Risk management plan\n\n${s}`,
  },
  yaml: {
    'title': (s) => `plan:\n  title: ${JSON.stringify(s)}\nrisks: []\n`,
    'action value': (s) => `plan:\n  title: x\nrisks:\n  - id: R-1\n    action: ${JSON.stringify(s)}\n`,
    'plain action': (s) => `plan:\n  title: x\nrisks:\n  - id: R-1\n    action: x ${s.replace(/[\r\n]/g, ' ')}\n`,
    'due value': (s) => `plan:\n  title: x\nrisks:\n  - id: R-1\n    due: ${JSON.stringify(s)}\n`,
    'comment': (s) => `# ${s.replace(/[\r\n]/g, ' ')}\nplan:\n  title: x\nrisks: []\n`,
    'whole text': (s) => s,
  },
};

async function benchEngine() {
  const { analyse } = require(path.join(root, 'server/out/engine/lint.js'));
  const { RULES: rules } = require(path.join(root, 'server/out/rules/index.js'));
  const { mergeSettings, DEFAULT_SETTINGS } = require(path.join(root, 'server/out/config/settings.js'));
  const settings = mergeSettings(DEFAULT_SETTINGS, { vaguePhrases: ['a a a', 'look  into'], maxFileSizeBytes: 10_000_000 });
  const results = [];
  for (const [kind, slots] of Object.entries(SLOTS)) {
    for (const [slot, make] of Object.entries(slots)) {
      let worst;
      for (const unit of [...ALPHABET, ...PAIRS]) {
        const times = ENGINE_LENGTHS.map((n) => {
          const text = make(unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
          // Best of three, each text a little different: the parsers cache by text, and a
          // repeat of the same text would measure the cache.
          let best = Infinity;
          for (let i = 1; i <= 3; i++) {
            const variant = `${text}${'\n'.repeat(i)}`;
            const t0 = performance.now();
            analyse(variant, kind, { today: '2026-06-15', settings, rules });
            best = Math.min(best, performance.now() - t0);
          }
          return best;
        });
        if (!worst || times[1] > worst.times[1]) worst = { unit: show(unit), times };
      }
      // Twice the input: linear is about 2x, quadratic 4x. The engine has fixed costs per run
      // and warms up its JIT as it goes; judge growth above a 5 ms floor.
      results.push({ kind, slot, ...worst, superLinear: worst.times[1] > ENGINE_MAX_GROWTH * Math.max(worst.times[0], 5) });
    }
  }
  return results;
}

// ---------- report ----------

const ms = (t) => (t === Infinity ? 'timeout' : `${t.toFixed(2)} ms`);

async function main() {
  const started = performance.now();
  const { found, dynamic } = collectRegexes();
  const unique = [...new Map(found.map((r) => [`/${r.source}/${r.flags}`, r])).values()];
  console.log(`${found.length} regular expressions in server/src (${unique.length} distinct)${dynamic.length ? `; built at run time (covered end to end): ${dynamic.join(', ')}` : ''}`);
  const runner = new Runner();
  const regexResults = [];
  for (const regex of unique) {
    const result = await benchRegex(runner, regex);
    regexResults.push(result);
    if (result.superLinear) console.log(`SUPER-LINEAR ${result.where} /${result.source}/${result.flags} on ${result.attack}: ${result.times.map(ms).join(' → ')}`);
  }
  await runner.worker.terminate();
  regexResults.sort((a, b) => b.times[1] - a.times[1]);
  console.log(`\nSlowest regexes (worst attack; ${LENGTHS.join(' → ')} characters):`);
  for (const r of regexResults.slice(0, 10)) {
    console.log(`  ${ms(r.times[0]).padStart(10)} → ${ms(r.times[1]).padStart(10)}  ${r.where}  /${r.source.length > 60 ? `${r.source.slice(0, 57)}...` : r.source}/${r.flags}  on ${r.attack.slice(0, 40)}`);
  }
  const engineResults = await benchEngine();
  engineResults.sort((a, b) => b.times[1] - a.times[1]);
  console.log(`\nEnd to end, slowest slots (whole lint of a plan with a run of ${ENGINE_LENGTHS.map((n) => n.toLocaleString('en')).join(' → ')} characters):`);
  for (const r of engineResults.slice(0, 10)) {
    console.log(`  ${ms(r.times[0]).padStart(10)} → ${ms(r.times[1]).padStart(10)}  ${r.kind} ${r.slot}  ("${r.unit}" repeated)${r.superLinear ? '  SUPER-LINEAR' : ''}`);
  }
  const bad = [...regexResults, ...engineResults].filter((r) => r.superLinear);
  const maxRegex = Math.max(...regexResults.map((r) => r.times[1]));
  const maxEngine = Math.max(...engineResults.map((r) => r.times[1]));
  console.log(`\n${unique.length} regexes, ${regexResults.length * attacksFor('').length}+ attacks screened; worst regex at 100,000 characters: ${ms(maxRegex)}; worst whole lint: ${ms(maxEngine)}; ${bad.length} super-linear; ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ regexes: regexResults, engine: engineResults }, null, 1));
  process.exitCode = bad.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
