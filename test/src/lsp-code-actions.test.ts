// Protocol round-trip of quick fixes: for every diagnostic of every plan, each offered
// code action is applied and the file re-linted: the finding is gone, no new finding
// appears, and bytes outside the edited ranges are unchanged. Same for fix-all.
import { keyAfter } from '../../server/out/fixes/fix-all';
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyse, type Finding } from './lint-with-registry';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/out/config/settings';
import { analysisBeside } from './analysis-beside';
import { CORPUS, EXAMPLES, FIXTURES, planFilesIn, type PlanFile } from './plan-files';
import { applyTextEdits, fileUri, LspHarness, offsetAt, type Diagnostic, type TextEdit } from './lsp-harness';

const TODAY = '2026-06-15';
const DEFAULT_OWNER = 'Security Officer';
/** What the server lints with, given the settings the harness sends. */
const LINT = { today: TODAY, settings: mergeSettings(DEFAULT_SETTINGS, { defaultOwner: DEFAULT_OWNER }) };
const PLANS = [...planFilesIn(CORPUS), ...planFilesIn(EXAMPLES), ...planFilesIn(join(FIXTURES, 'lsp'))];

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[] };
  command?: { command: string; arguments?: unknown[] };
}

interface OffsetEdit { start: number; end: number; newText: string }

function offsetEdits(text: string, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
}


function unchangedOutside(before: string, after: string, edits: readonly OffsetEdit[], label: string): void {
  let at = 0;
  let atAfter = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    assert.equal(after.slice(atAfter, atAfter + e.start - at), before.slice(at, e.start), `${label}: text before an edit changed`);
    atAfter += e.start - at + e.newText.length;
    at = e.end;
  }
  assert.equal(after.slice(atAfter), before.slice(at), `${label}: text after the edits changed`);
}

/**
 * Applies an action's edits and checks the re-lint: `fixed` gone, nothing new. An action that
 * writes placeholders for the user's words (`writesPlaceholders`) leaves their rule reporting them.
 */
function checkRoundTrip(plan: PlanFile, text: string, before: readonly Finding[], fixed: readonly Finding[], edits: TextEdit[], label: string, writesPlaceholders = false): void {
  const offsets = offsetEdits(text, edits);
  const after = applyTextEdits(text, edits);
  unchangedOutside(text, after, offsets, label);
  if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), `${label}: an edit wrote a bare LF into a CRLF file`);
  const awaitsUser = (f: Finding) => writesPlaceholders && fixed.some((x) => x.rule === f.rule);
  const afterFindings = analyse(after, plan.kind, { ...LINT, analysis: analysisBeside(plan.path) }).findings.filter((f) => !awaitsUser(f));
  const afterKeys = new Set(afterFindings.map((f) => keyAfter(f, [])));
  for (const f of fixed) assert.ok(!afterKeys.has(keyAfter(f, offsets)), `${label}: ${f.rule} is still reported`);
  const expected = new Set(before.filter((f) => !fixed.includes(f)).map((f) => keyAfter(f, offsets)));
  // Fixing a syntax error lets the plan's metadata be read: what it then says is news, not damage.
  // So with the analysis's risks added as stubs: their action, owner and due date are left to write.
  const added = fixed.some((f) => f.rule === 'syntax' || f.rule === 'untreated-risk') ? [] : afterFindings.filter((f) => !expected.has(keyAfter(f, [])));
  assert.deepEqual(added.map((f) => `${f.rule}: ${f.message}`), [], `${label}: new findings`);
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && JSON.stringify(a.range) === JSON.stringify(b.range);
}

describe('lsp code actions round-trip', function () {
  let server: LspHarness;
  before(async () => {
    server = await LspHarness.start({ settings: { today: TODAY, defaultOwner: DEFAULT_OWNER } });
  });
  after(() => server?.stop());

  for (const plan of PLANS) {
    it(`${plan.name}: every quick fix removes its finding and nothing else changes`, async () => {
      const uri = fileUri(plan.path);
      await server.open(uri, /\.ya?ml$/.test(plan.path) ? 'yaml' : 'markdown', plan.text);
      const diagnostics = await server.diagnosticsFor(uri, 1);
      const findings = analyse(plan.text, plan.kind, { ...LINT, analysis: analysisBeside(plan.path) }).findings;
      let applied = 0;
      for (const d of diagnostics) {
        const finding = findings.find((f) => f.rule === d.code && f.message === d.message && f.range.start === offsetAt(plan.text, d.range.start));
        assert.ok(finding, `no engine finding for ${d.code} ${d.message}`);
        const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d], only: ['quickfix'] },
        });
        const mine = actions.filter((a) => a.diagnostics?.some((x) => sameDiagnostic(x, d)));
        assert.ok(mine.some((a) => a.title === `Show documentation for ${d.code}` && a.command?.command === 'rmplint.showDocumentation'));
        assert.ok(mine.filter((a) => a.isPreferred).length <= 1, 'at most one preferred fix');
        for (const action of mine) {
          assert.equal(action.kind, 'quickfix');
          if (!action.edit) continue;
          const change = action.edit.documentChanges![0];
          assert.deepEqual(change.textDocument, { uri, version: 1 });
          const placeholders = (finding.fixes.find((f) => f.title === action.title)?.placeholders?.length ?? 0) > 0;
          checkRoundTrip(plan, plan.text, findings, [finding], change.edits, `${plan.name} ${d.code} "${action.title}"`, placeholders);
          applied++;
        }
      }
      if (diagnostics.length > 0) assert.ok(applied > 0, 'some fix was offered');
      await server.close(uri);
    });

    it(`${plan.name}: source.fixAll.rmplint applies every safe fix at once`, async () => {
      const uri = fileUri(plan.path);
      await server.open(uri, /\.ya?ml$/.test(plan.path) ? 'yaml' : 'markdown', plan.text);
      const findings = analyse(plan.text, plan.kind, { ...LINT, analysis: analysisBeside(plan.path) }).findings;
      const lastLine = plan.text.split('\n').length;
      const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const safe = findings.filter((f) => f.fixes.some((x) => x.safe));
      if (safe.length === 0) {
        assert.deepEqual(actions, []);
      } else {
        assert.equal(actions.length, 1);
        assert.equal(actions[0].kind, 'source.fixAll.rmplint');
        const edits = actions[0].edit!.documentChanges![0].edits;
        // Fix-all may leave out a fix that would clash with another; the ones it applies must work.
        const applied = new Set(offsetEdits(plan.text, edits).map((e) => `${e.start}:${e.end}:${e.newText}`));
        const fixed = safe.filter((f) => f.fixes.find((x) => x.safe)!.edits.every((e) => applied.has(`${e.start}:${e.end}:${e.newText}`)));
        assert.ok(fixed.length > 0, 'fix-all applies some fix');
        checkRoundTrip(plan, plan.text, findings, fixed, edits, `${plan.name} fix all`);
      }
      await server.close(uri);
    });
  }
});

describe('lsp code actions: snippets and disable comments', function () {
  let server: LspHarness;
  before(async () => {
    server = await LspHarness.start({ settings: { today: TODAY }, snippets: true });
  });
  after(() => server?.stop());

  it('writes "Disable <rule> for this line" as a comment above the line', async () => {
    const uri = 'file:///tmp/disable.rmp.md';
    const text = '# Risk Management Plan\n\n<!-- rmplint-disable-next-line missing-owner -->\n### R-001: Laptops\n- **Action:** TBD\n- **Due:** 2026-07-01\n';
    await server.open(uri, 'markdown', text);
    const d = (await server.diagnosticsFor(uri, 1)).find((x) => x.code === 'vague-action');
    assert.ok(d);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const disable = actions.find((a) => a.title === 'Disable vague-action for this line')!;
    const edits = disable.edit!.documentChanges![0].edits;
    assert.equal(applyTextEdits(text, edits).split('\n')[4], '<!-- rmplint-disable-next-line vague-action -->');
    await server.close(uri);
  });

  it('adds the rule to the disable comment above the line when one is there', async () => {
    const uri = 'file:///tmp/disable2.rmp.yaml';
    const text = 'plan:\n  title: Risk Management Plan\nrisks:\n  - id: R-001\n    title: Laptops\n    tier: this-week\n    treatment: mitigate\n    # rmplint-disable-next-line missing-due-date\n    owner: TBD\n    action: Encrypt the four practice laptops with BitLocker\n';
    await server.open(uri, 'yaml', text);
    const d = (await server.diagnosticsFor(uri, 1)).find((x) => x.code === 'missing-owner');
    assert.ok(d, 'missing-owner on the placeholder owner');
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const edits = actions.find((a) => a.title === 'Disable missing-owner for this line')!.edit!.documentChanges![0].edits;
    assert.equal(applyTextEdits(text, edits).split('\n')[7], '    # rmplint-disable-next-line missing-due-date, missing-owner');
    await server.close(uri);
  });

  it('sends placeholders as snippet edits when the client supports them', async () => {
    const uri = 'file:///tmp/snippets.rmp.md';
    const text = '# Risk Management Plan\n\n- **Last reviewed:** 2026-03-01\n- **Next review:** 2027-03-01\n- **Risk analysis:** 2026-02-01, conducted by J. Rivera\n\n### R-001: Laptops\n- **Action:** Encrypt the four practice laptops with BitLocker\n- **Owner:** Office Manager\n- **Due:** 2026-07-01\n';
    await server.open(uri, 'markdown', text);
    const d = (await server.diagnosticsFor(uri, 1)).find((x) => x.code === 'missing-approval');
    assert.ok(d);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const snippet = actions
      .flatMap((a) => a.edit?.documentChanges?.[0].edits ?? [])
      .find((e) => 'snippet' in e) as unknown as { snippet: { kind: string; value: string } } | undefined;
    assert.ok(snippet, JSON.stringify(actions));
    assert.equal(snippet.snippet.kind, 'snippet');
    assert.match(snippet.snippet.value, /\$\{1:[^}]+\}/);
    await server.close(uri);
  });

  it('an acceptance quick fix puts a tab stop on each value the user must write, never today\'s date', async () => {
    const uri = 'file:///tmp/snippets-accept.rmp.md';
    const text = '# Risk Management Plan\n\n### R-009: X-ray PC\n- **Priority:** Low\n- **Treatment:** Accept\n- **Rationale:** Vendor certifies only Windows 7\n- **Approved by:** Dr. Brooks\n- **Approved on:** 2026-02-20\n';
    await server.open(uri, 'markdown', text);
    const d = (await server.diagnosticsFor(uri, 1)).find((x) => x.code === 'incomplete-acceptance');
    assert.ok(d);
    assert.match(d.message, /lacks compensating controls and review date\. Record them/);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const edit = actions.find((a) => a.title === 'Add the missing acceptance fields')!.edit!.documentChanges![0].edits[0] as unknown as { snippet: { value: string } };
    assert.equal(edit.snippet.value, '- **Compensating controls:** ${1:Controls that reduce the risk}\n- **Review by:** ${2:YYYY-MM-DD}\n');
    await server.close(uri);
  });
});
