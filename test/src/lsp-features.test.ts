// Protocol tests for hover, completion, document and workspace symbols, and code lenses,
// asserting content and exact ranges on small plans written for the purpose.
import * as assert from 'node:assert/strict';
import { LspHarness, type Range } from './lsp-harness';

const TODAY = '2026-06-15';

const MARKDOWN_URI = 'file:///tmp/features/pine-hill.rmp.md';
const MARKDOWN = [
  '# Risk Management Plan', //                                              0
  '',
  '- **Organization:** Pine Hill Clinic', //                                2
  '- **Risk analysis:** 2026-01-10, conducted by Lena Ortiz',
  '- **Approved by:** Dr. Sam Lee',
  '- **Approved on:** 2026-01-20',
  '- **Last reviewed:** 2026-01-20',
  '- **Next review:** 2027-01-20', //                                       7
  '',
  '## This week', //                                                        9
  '',
  '### R-001: Shared front-desk login', //                                  11
  '- **Priority:** High',
  '- **Treatment:** Mitigate',
  '- **Action:** Create individual EHR accounts for the three front-desk staff',
  '- **Owner:** Office Manager', //                                         15
  '- **Due:** 2026-07-01',
  '- **Status:** Open',
  '',
  '### R-002: No screen locks', //                                          19
  '- **Priority:** Medium',
  '- **Treatment:** Mitigate',
  '- **Action:** Set a 5-minute screen lock on all front-desk PCs by group policy',
  '- **Owner:** Office Manager',
  '- **Due:** 2026-05-01', //                                               24
  '- **Status:** In progress',
  '',
  '## Budget decisions', //                                                 27
  '',
  '### R-003: Old server', //                                               29
  '- **Priority:** Low',
  '- **Treatment:** Mitigate',
  '- **Action:** Replace the 2015 file server with an encrypted NAS',
  '- **Owner:** Lena Ortiz',
  '- **Due:** 2026-11-30',
  '- **Status:** Done',
  '- **Validation:** Decommissioning record filed', //                      36
  '',
].join('\n');

const YAML_URI = 'file:///tmp/features/tidewater.rmp.yaml';
const YAML = [
  'plan:',
  '  title: Tidewater Billing Plan',
  'risks:',
  '  - id: T-001',
  '    title: Email without MFA',
  '    treatment: ',
  '',
].join('\n');

/** Half-typed lines, where completion is asked (a half-typed YAML key does not parse). */
const SCRATCH_MD_URI = 'file:///tmp/features/scratch.rmp.md';
const SCRATCH_MD = '# Risk Management Plan\n\n### R-009: Visitors\n- **Owner:** \n';
const GLUED_MD_URI = 'file:///tmp/features/glued.rmp.md';
const GLUED_MD = '# Risk Management Plan\n\n### R-010: Badges\n- **Owner:**\n';
const SCRATCH_YAML_URI = 'file:///tmp/features/scratch.rmp.yaml';
const SCRATCH_YAML = 'plan:\n  title: Scratch\nrisks:\n  - id: S-1\n    ow\n';

function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

interface Hover { contents: { kind: string; value: string }; range: Range }
interface CompletionItem { label: string; detail?: string; textEdit?: { range: Range; newText: string } }
interface DocumentSymbol { name: string; detail?: string; range: Range; selectionRange: Range; children?: DocumentSymbol[] }
interface CodeLens { range: Range; command?: { title: string } }

describe('lsp hover, completion, symbols, code lens', function () {
  let server: LspHarness;
  before(async () => {
    server = await LspHarness.start({ settings: { today: TODAY } });
    await server.open(MARKDOWN_URI, 'markdown', MARKDOWN);
    await server.open(YAML_URI, 'yaml', YAML);
    await server.open(SCRATCH_MD_URI, 'markdown', SCRATCH_MD);
    await server.open(SCRATCH_YAML_URI, 'yaml', SCRATCH_YAML);
    await server.open(GLUED_MD_URI, 'markdown', GLUED_MD);
    await server.diagnosticsFor(MARKDOWN_URI, 1);
  });
  after(() => server?.stop());

  const hover = (uri: string, line: number, character: number) =>
    server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const complete = (uri: string, line: number, character: number) =>
    server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

  describe('hover', () => {
    it('explains a field label: what the rule asks, why, the citation and an example', async () => {
      const h = await hover(MARKDOWN_URI, 15, 5); // on "Owner"
      assert.ok(h);
      assert.match(h.contents.value, /\*\*missing-owner\*\*/);
      assert.match(h.contents.value, /Why an auditor cares/);
      assert.match(h.contents.value, /45 CFR § 164\.308/);
      assert.match(h.contents.value, /Instead of/);
      assert.equal(h.range.start.line, 15);
      assert.equal(h.range.end.line, 15);
      const label = MARKDOWN.split('\n')[15].slice(h.range.start.character, h.range.end.character);
      assert.match(label, /^\**Owner:?\**:?$/);
    });

    it('shows the finding and its rule on a finding', async () => {
      const h = await hover(MARKDOWN_URI, 24, 12); // on the overdue date
      assert.ok(h);
      assert.match(h.contents.value, /overdue-action/);
      // The editor shows the diagnostic's message in the same hover: saying it again doubles it.
      const diagnostic = (await server.diagnosticsFor(MARKDOWN_URI, 1)).find((d) => d.code === 'overdue-action')!;
      assert.ok(!h.contents.value.includes(diagnostic.message), h.contents.value);
      assert.deepEqual(h.range, range(24, 11, 24, 21));
    });

    it('on a deadline relative to the plan, says the date it is counted to and from what', async () => {
      const uri = 'file:///tmp/features/relative-due.rmp.md';
      const text = '# Risk Management Plan\n\n**Date:** 2026-06-01\n\n### R-1: Laptops\n- **Action:** Encrypt the four clinic laptops\n- **Owner:** Office Manager\n- **Due:** 60 days\n';
      await server.open(uri, 'markdown', text);
      await server.diagnosticsFor(uri, 1);
      const h = await hover(uri, 7, 11); // on "60 days"
      assert.ok(h);
      assert.match(h.contents.value, /"60 days" is due \*\*2026-07-31\*\*, counted from the plan's date \(2026-06-01\)/);
      assert.deepEqual(h.range, range(7, 11, 7, 18));
    });

    it('is silent on blank lines and prose', async () => {
      assert.equal(await hover(MARKDOWN_URI, 1, 0), null);
      assert.equal(await hover(MARKDOWN_URI, 9, 4), null);
    });
  });

  describe('completion', () => {
    it('offers treatment values after a YAML key, replacing what is typed', async () => {
      const items = await complete(YAML_URI, 5, 15);
      assert.deepEqual(items.map((i) => i.label), ['mitigate', 'transfer', 'avoid', 'accept']);
      assert.deepEqual(items[0].textEdit?.range, range(5, 15, 5, 15));
    });

    it('offers YAML keys where a key is being typed', async () => {
      const items = await complete(SCRATCH_YAML_URI, 4, 6);
      const owner = items.find((i) => i.label === 'owner');
      assert.deepEqual(owner?.textEdit, { range: range(4, 4, 4, 6), newText: 'owner: ' });
    });

    it('offers today, +7, +30 and +90 days after a Markdown date label', async () => {
      const items = await complete(MARKDOWN_URI, 24, 15); // "- **Due:** 2026|-05-01"
      assert.deepEqual(items.map((i) => i.label), ['2026-06-15', '2026-06-22', '2026-07-15', '2026-09-13']);
      assert.deepEqual(items[1].textEdit?.range, range(24, 11, 24, 15));
    });

    it('offers owners already used in the workspace, most used first', async () => {
      const items = await complete(SCRATCH_MD_URI, 3, 13);
      assert.deepEqual(items.map((i) => i.label), ['Office Manager', 'Lena Ortiz']);
    });

    it('puts a space between a label and the value it completes (`- **Owner:**` → `- **Owner:** Name`)', async () => {
      const items = await complete(GLUED_MD_URI, 3, 12);
      const owner = items.find((i) => i.label === 'Office Manager');
      assert.deepEqual(owner?.textEdit, { range: range(3, 12, 3, 12), newText: ' Office Manager' });
    });

    it('offers field labels at the start of a field line', async () => {
      const items = await complete(SCRATCH_MD_URI, 3, 5); // "- **O|wner:** "
      const owner = items.find((i) => i.label === 'Owner');
      assert.deepEqual(owner?.textEdit?.range, range(3, 2, 3, 5));
      assert.equal(owner?.textEdit?.newText, '**Owner:** ');
    });
  });

  describe('rule documentation', () => {
    it('"Show documentation" opens the page bundled with the server, in the editor (offline), not a web address', async () => {
      await server.request('workspace/executeCommand', { command: 'rmplint.showDocumentation', arguments: ['missing-owner'] });
      const shown = server.serverRequestParams.filter((r) => r.method === 'window/showDocument').pop();
      assert.ok(shown, server.serverRequests.join(', '));
      const params = shown.params as { uri: string; external?: boolean };
      assert.match(params.uri, /^file:\/\/.*\/docs\/rules\/missing-owner\.md$/);
      assert.notEqual(params.external, true);
    });
  });

  describe('symbols', () => {
    it('outlines plan → tier → risk with owner and due as detail', async () => {
      const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: MARKDOWN_URI } });
      assert.equal(symbols.length, 1);
      const plan = symbols[0];
      assert.deepEqual(plan.children!.map((t) => [t.name, t.children!.map((r) => r.name)]), [
        ['This week', ['R-001: Shared front-desk login', 'R-002: No screen locks']],
        ['Budget decisions', ['R-003: Old server']],
      ]);
      const r1 = plan.children![0].children![0];
      assert.equal(r1.detail, 'Office Manager · due 2026-07-01');
      assert.equal(r1.range.start.line, 11);
      assert.equal(r1.range.end.line, 17);
      assert.equal(r1.selectionRange.start.line, 11);
      assert.equal(plan.children![1].children![0].range.end.line, 36);
    });

    it('finds risks across the workspace by ID or title', async () => {
      const found = await server.request<{ name: string; location: { uri: string; range: Range } }[]>('workspace/symbol', { query: 'screen' });
      assert.deepEqual(found.map((s) => [s.name, s.location.uri, s.location.range.start.line]), [['R-002: No screen locks', MARKDOWN_URI, 19]]);
      const byId = await server.request<{ name: string }[]>('workspace/symbol', { query: 't-001' });
      assert.deepEqual(byId.map((s) => s.name), ['T-001: Email without MFA']);
    });
  });

  describe('code lens', () => {
    it('summarises the plan on line 1 and shows days left or overdue on open risks', async () => {
      const diagnostics = await server.diagnosticsFor(MARKDOWN_URI, 1);
      const lenses = await server.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: MARKDOWN_URI } });
      assert.deepEqual(
        lenses.map((l) => [l.range.start.line, l.command?.title]),
        [
          [0, `3 risks · 2 open · 1 overdue · ${diagnostics.length} finding${diagnostics.length === 1 ? '' : 's'} · next review in 219 days`],
          [11, '16 days left'],
          [19, 'overdue by 45 days'],
        ],
      );
      assert.deepEqual(lenses[2].range, range(19, 0, 19, 26));
    });
  });
});
