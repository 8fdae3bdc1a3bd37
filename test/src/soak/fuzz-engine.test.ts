// Property tests of the engine over generated plans and over mutations of every example,
// fixture and corpus plan: it never throws, every finding lies inside the document, the
// same text lints the same way twice, and every fix leaves the bytes outside its edits
// alone and keeps a plan that parsed parsing. A fixed seed makes failures reproducible;
// RMPLINT_FUZZ_RUNS (set by `npm run fuzz`) makes the run longer.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyse, type Finding } from '../lint-with-registry';
import { applyEdits, safeFixEdits } from '../../../server/out/fixes/fix-all';
import type { PlanKind } from '../../../server/out/parse/detect';
import { CORPUS, EXAMPLES, FIXTURES, planFilesIn } from '../plan-files';
import { join } from 'node:path';

const RUNS = Number(process.env.RMPLINT_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.RMPLINT_FUZZ_SEED ?? 20260615);
const TODAY = '2026-06-15';

const SEEDS = [EXAMPLES, join(FIXTURES, 'hostile'), join(FIXTURES, 'plans'), CORPUS].flatMap(planFilesIn);

/** Markup, whitespace and code points that parsers treat specially. */
const HOSTILE_PIECES = [
  '**', '__', '*', '|', '| --- |', '---\n', '---\r\n', '# ', '## ', '### R-001: ', '- ', '  - ', '> ', '```\n', '<!-- ', ' -->',
  '\t', '\r\n', '\r', '\n', '\uFEFF', '\u202E', '\u200F', 'שלום עולם', 'مرحبا', '😀', '\u0000', '\u0001', '\uFFFD', '\uD800',
  '&a ', '*a', '!!binary ', '{', '}', '[', ']', '"', "'", ': ', 'key: value\n', '? ', '%YAML 1.2\n', '- action: ',
  'Owner: TBD', 'Due: 2026-02-30', 'Status: done', '__proto__: x\n', 'constructor: x\n', 'R-001', '2026-13-45', '\\',
];

/** One mutation, as data so a failing case prints readably. */
type Mutation =
  | { readonly flip: number; readonly code: number }
  | { readonly truncate: number }
  | { readonly swap: readonly [number, number] }
  | { readonly insert: number; readonly piece: string }
  | { readonly whole: 'crlf' | 'bom' | 'tabs' };

const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ flip: at, code: fc.integer({ min: 0, max: 0xffff }) }),
  fc.record({ truncate: at }),
  fc.record({ swap: fc.tuple(fc.nat(), fc.nat()) }),
  fc.record({ insert: at, piece: fc.constantFrom(...HOSTILE_PIECES) }),
  fc.record({ whole: fc.constantFrom('crlf' as const, 'bom' as const, 'tabs' as const) }),
);

const offsetIn = (text: string, fraction: number) => Math.floor(fraction * (text.length + 1));

function mutate(text: string, m: Mutation): string {
  if ('flip' in m) {
    // A character replaced by any UTF-16 unit (a "byte flip" of the decoded text).
    const i = Math.min(offsetIn(text, m.flip), Math.max(0, text.length - 1));
    return text.slice(0, i) + String.fromCharCode(m.code) + text.slice(i + 1);
  }
  if ('truncate' in m) return text.slice(0, offsetIn(text, m.truncate));
  if ('swap' in m) {
    const lines = text.split('\n');
    const [i, j] = [m.swap[0] % lines.length, m.swap[1] % lines.length];
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  }
  if ('insert' in m) {
    const i = offsetIn(text, m.insert);
    return text.slice(0, i) + m.piece + text.slice(i);
  }
  if (m.whole === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  if (m.whole === 'bom') return `\uFEFF${text}`;
  return text.replace(/^ {2}/gm, '\t');
}

/** Every property the engine owes any text. */
function checkText(text: string, kind: PlanKind): void {
  const first = analyse(text, kind, { today: TODAY });
  const again = analyse(text, kind, { today: TODAY });
  assert.deepEqual(again.findings, first.findings, 'linting is deterministic');
  const parsed = !first.findings.some((f) => f.rule === 'syntax');
  for (const finding of first.findings) {
    const { start, end } = finding.range;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `${finding.rule} range ${start}-${end} outside 0-${text.length}`);
    for (const fix of finding.fixes) checkFix(text, kind, finding, fix.edits, parsed);
  }
  const all = safeFixEdits(first.findings);
  if (all.length > 0) checkFix(text, kind, undefined, all, parsed);
}

function checkFix(text: string, kind: PlanKind, finding: Finding | undefined, edits: readonly { start: number; end: number; newText: string }[], parsed: boolean): void {
  const what = finding ? `fix of ${finding.rule}` : 'fix-all';
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  sorted.forEach((e, i) => {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${what}: edit ${e.start}-${e.end} outside the text`);
    if (i > 0) assert.ok(sorted[i - 1].end <= e.start, `${what}: overlapping edits`);
  });
  const fixed = applyEdits(text, edits);
  // Bytes outside the edits are unchanged: walk the text, skipping each edited span.
  let inText = 0;
  let inFixed = 0;
  for (const e of sorted) {
    assert.equal(fixed.slice(inFixed, inFixed + (e.start - inText)), text.slice(inText, e.start), `${what}: text before an edit changed`);
    inFixed += e.start - inText + e.newText.length;
    inText = e.end;
  }
  assert.equal(fixed.slice(inFixed), text.slice(inText), `${what}: text after the edits changed`);
  if (parsed) {
    const after = analyse(fixed, kind, { today: TODAY });
    assert.ok(!after.findings.some((f) => f.rule === 'syntax'), `${what} broke parsing: ${after.findings.find((f) => f.rule === 'syntax')?.message}`);
  }
}

// ---------- generated plans ----------

const valueArb = fc.oneof(
  fc.constantFrom('Enable MFA for all EHR portal accounts', 'TBD', 'Look into options', '', 'Office Manager', 'N/A', '2026-04-01', '2026-02-30',
    '04/01/2026', 'March 3, 2026', 'ASAP', 'done', 'Open', 'accept', 'share', 'high', 'this-week', 'R-001', '?'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE_PIECES), maxLength: 4 }),
);
const FIELDS = ['Action', 'Owner', 'Due', 'Status', 'Priority', 'Treatment', 'Validation', 'Rationale', 'Approved by', 'Approved on', 'Compensating controls', 'Review by', 'Completed'];
const KEYS = ['action', 'owner', 'due', 'status', 'priority', 'treatment', 'validation', 'tier', 'completed', 'evidence', 'acceptance', 'Owner', '__proto__'];
const META = ['Organization', 'Owner', 'Approved by', 'Approved on', 'Last reviewed', 'Next review', 'Risk analysis'];

const riskArb = fc.record({
  id: fc.constantFrom('R-001', 'R-002', 'RISK-12', 'R7', 'R-001'),
  title: valueArb,
  fields: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), valueArb), { maxLength: 7 }),
  table: fc.boolean(),
});

const markdownPlanArb = fc.record({
  frontMatter: fc.boolean(),
  meta: fc.array(fc.tuple(fc.integer({ min: 0, max: META.length - 1 }), valueArb), { maxLength: 6 }),
  tier: fc.constantFrom('This week', 'Vendor conversations', 'Budget decisions', 'Other'),
  risks: fc.array(riskArb, { maxLength: 5 }),
  eol: fc.constantFrom('\n', '\r\n'),
}).map(({ frontMatter, meta, tier, risks, eol }) => {
  const lines: string[] = [];
  if (frontMatter) lines.push('---', 'type: risk-management-plan', ...meta.map(([k, v]) => `${META[k].replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}: ${v}`), '---');
  lines.push('# Risk Management Plan', '');
  if (!frontMatter) lines.push(...meta.map(([k, v]) => `- **${META[k]}:** ${v}`), '');
  lines.push(`## ${tier}`, '');
  for (const r of risks) {
    if (r.table) {
      lines.push('| ID | Risk | Action | Owner | Due | Status |', '|---|---|---|---|---|---|');
      lines.push(`| ${r.id} | ${r.title} | ${r.fields.map(([, v]) => v).slice(0, 4).join(' | ')} |`, '');
    } else {
      lines.push(`### ${r.id}: ${r.title}`, ...r.fields.map(([k, v]) => `- **${FIELDS[k]}:** ${v}`), '');
    }
  }
  return lines.join(eol);
});

const yamlScalar = (v: string) => (/^[\w .-]*$/.test(v) ? v : JSON.stringify(v));
const yamlPlanArb = fc.record({
  meta: fc.array(fc.tuple(fc.constantFrom('title', 'owner', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview', '__proto__', 'constructor'), valueArb), { maxLength: 6 }),
  risks: fc.array(fc.record({ id: riskArb.map((r) => r.id), fields: fc.array(fc.tuple(fc.integer({ min: 0, max: KEYS.length - 1 }), valueArb), { maxLength: 6 }), listed: fc.boolean() }), { maxLength: 5 }),
  raw: fc.boolean(),
}).map(({ meta, risks, raw }) => {
  const scalar = raw ? (v: string) => v : yamlScalar;
  const lines = ['plan:', ...meta.map(([k, v]) => `  ${k}: ${scalar(v)}`), 'risks:'];
  for (const r of risks) {
    lines.push(`  - id: ${r.id}`);
    if (r.listed) lines.push('    actions:', ...r.fields.map(([k, v], i) => `      ${i === 0 ? '- ' : '  '}${KEYS[k]}: ${scalar(v)}`));
    else lines.push(...r.fields.map(([k, v]) => `    ${KEYS[k]}: ${scalar(v)}`));
  }
  return `${lines.join('\n')}\n`;
});

describe('fuzz: the engine over generated and mutated plans', function () {
  this.timeout(Math.max(120_000, RUNS * 3_000));

  it(`mutated example, fixture and corpus plans (${SEEDS.length} plans, seed ${SEED})`, () => {
    assert.ok(SEEDS.length >= 4, 'the examples are there');
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 5 }), (index, mutations) => {
        const file = SEEDS[index];
        checkText(mutations.reduce(mutate, file.text), file.kind);
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });

  it(`generated Markdown plans (seed ${SEED})`, () => {
    fc.assert(fc.property(markdownPlanArb, (text) => checkText(text, 'markdown')), { seed: SEED, numRuns: RUNS * 2 });
  });

  it(`generated YAML plans (seed ${SEED})`, () => {
    fc.assert(fc.property(yamlPlanArb, (text) => checkText(text, 'yaml')), { seed: SEED, numRuns: RUNS * 2 });
  });

  it('any text at all, linted as either kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 1, unit: 'binary' })), maxLength: 60 }), fc.constantFrom<PlanKind>('markdown', 'yaml'), checkText),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });

  it('no key in a plan reaches Object.prototype', () => {
    const text = 'plan:\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\nrisks:\n  - __proto__: {polluted: yes}\n    id: R-1\n';
    analyse(text, 'yaml', { today: TODAY });
    analyse(`---\n__proto__:\n  polluted: yes\ntype: risk-management-plan\n---\n# Risk management plan\n- **__proto__:** x\n`, 'markdown', { today: TODAY });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
