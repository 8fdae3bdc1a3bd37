// `npm run bench`: measures rmplint on deterministic synthetic plans — in-process lint,
// the language server over LSP stdio, the CLI on a folder of plans, and the extension
// bundle — then prints a table and writes bench/results/latest.json.
// Options: --sizes 10,100 and --forms md-table,yaml run a subset (for a quick look);
// --no-workbench leaves out the reload-to-diagnostics run in a real VS Code, --no-organisation
// the 1,000-plan workspace and CLI run (scripts/bench/organisation.mjs runs that part alone);
// --variant TEXT runs only the 1,000-risk variants whose name has TEXT, prints them and writes nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCli, writePlanFolder } from './cli.mjs';
import { benchExtensionLoad, benchVsix } from './extension.mjs';
import { benchInProcess, loadEngine } from './in-process.mjs';
import { benchServer } from './lsp.mjs';
import { benchPreview, loadRenderer } from './preview.mjs';
import { BENCH_TODAY, FORMS, extensionOf, generatePlan } from './plans.mjs';
import { printReport, variantsText } from './report.mjs';
import { checkTargets } from './targets.mjs';
import { VARIANTS } from './variants.mjs';
import { benchOrganisation } from './organisation.mjs';
import { benchReload } from './workbench.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = [10, 100, 1000, 5000];
/** Edits per LSP session; 5,000-risk plans get fewer to keep the whole bench near 3 minutes. */
const EDITS = { 10: 50, 100: 50, 1000: 50, 5000: 20 };
const SEED = 1;
/** The V8 flags the VS Code client starts the server with (client/src/extension.ts). */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(join(REPO, 'server', 'node-flags.json'), 'utf8'));

function listOption(name, all) {
  const at = process.argv.indexOf(name);
  if (at < 0) return all;
  const chosen = process.argv[at + 1].split(',').map((v) => (typeof all[0] === 'number' ? Number(v) : v));
  for (const value of chosen) if (!all.includes(value)) throw new Error(`${name}: ${value} is not one of ${all.join(', ')}`);
  return chosen;
}

/** Load averages over 1, 5 and 15 minutes: other work on the machine skews wall times. */
const loadNow = () => os.loadavg().map((l) => Math.round(l * 10) / 10);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

async function benchVariant(variant, work, index) {
  const text = variant.rewrite(generatePlan(variant.form, 1000, SEED));
  const file = join(work, `variant-${index}${extensionOf(variant.form)}`);
  writeFileSync(file, text);
  const files = variant.files?.(text) ?? {};
  for (const [name, content] of Object.entries(files)) writeFileSync(join(work, name), content);
  const register = variant.editRegister ? { file: join(work, variant.editRegister), text: files[variant.editRegister] } : undefined;
  const result = { name: variant.name, risks: 1000, ...(await benchServer({ serverArgs: [...SERVER_NODE_FLAGS, join(REPO, 'dist', 'server.js')], file, text, edits: EDITS[1000], register })) };
  process.stderr.write(`lsp ${variant.name}: done\n`);
  return result;
}

/** `--variant TEXT`: those variants alone, printed as the report prints them. */
async function variantsOnly(match) {
  const work = mkdtempSync(join(os.tmpdir(), 'rmplint-bench-'));
  try {
    const variants = [];
    for (const variant of VARIANTS.filter((v) => v.name.includes(match))) variants.push(await benchVariant(variant, work, variants.length));
    if (variants.length === 0) throw new Error(`--variant: no variant's name has "${match}"`);
    process.stdout.write(`Load average (1 min) ${loadNow()[0]}\n\n${variantsText(variants)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv.indexOf('--variant');
  if (only >= 0) return variantsOnly(process.argv[only + 1] ?? '');
  const sizes = listOption('--sizes', SIZES);
  const forms = listOption('--forms', FORMS);
  const work = mkdtempSync(join(os.tmpdir(), 'rmplint-bench-'));
  const started = Date.now();
  const loadBefore = loadNow();
  try {
    const engine = loadEngine(REPO);
    const renderer = loadRenderer(REPO);
    const inProcess = [];
    const preview = [];
    const lsp = [];
    for (const size of sizes) {
      for (const form of forms) {
        const text = generatePlan(form, size, SEED);
        const file = join(work, `plan-${size}-${form}${extensionOf(form)}`);
        writeFileSync(file, text);
        inProcess.push({ form, risks: size, bytes: text.length, ...benchInProcess(engine, form, size, text) });
        process.stderr.write(`in-process ${form} ${size}: done\n`);
        if (size === 1000) preview.push({ form, risks: size, ...benchPreview(engine, renderer, form, text) });
        lsp.push({ form, risks: size, edits: EDITS[size], ...(await benchServer({ serverArgs: [...SERVER_NODE_FLAGS, join(REPO, 'dist', 'server.js')], file, text, edits: EDITS[size] })) });
        process.stderr.write(`lsp ${form} ${size}: done\n`);
      }
    }
    const variants = [];
    if (sizes.includes(1000)) {
      for (const variant of VARIANTS.filter((v) => forms.includes(v.form))) variants.push(await benchVariant(variant, work, variants.length));
    }
    // Issue 17: an organisation's repository of 1,000 plans, in the server and the CLI.
    const organisation = sizes.includes(1000) && !process.argv.includes('--no-organisation') ? await benchOrganisation(REPO, work, (m) => process.stderr.write(`${m}\n`)) : undefined;
    const folder = join(work, 'plans');
    writePlanFolder(REPO, folder);
    const cli = benchCli(REPO, folder);
    const extension = benchExtensionLoad(REPO);
    const vsix = benchVsix(REPO);
    const reload = process.argv.includes('--no-workbench') ? { skipped: '--no-workbench' } : await benchReload(REPO);
    process.stderr.write('workbench reload: done\n');
    const result = {
      date: new Date().toISOString(),
      today: BENCH_TODAY,
      machine: machine(),
      load: { before: loadBefore, after: loadNow() },
      diagnostics: 'push (the client advertises no pull support); no debounce in the server',
      totalSeconds: Math.round((Date.now() - started) / 1000),
      inProcess,
      preview,
      lsp,
      variants,
      organisation,
      cli,
      extension,
      vsix,
      reload,
    };
    result.targets = checkTargets(result);
    printReport(result);
    const out = join(REPO, 'bench', 'results', 'latest.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`\nWrote ${out}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
