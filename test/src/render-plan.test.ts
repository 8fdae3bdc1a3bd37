// The renderer (spec: issue 4): every plan of the examples and the shared corpus renders
// with each finding shown exactly once, nothing from a plan becomes markup, links keep
// only safe targets, findings sit where they were reported, and big plans render fast.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { analyse } from './lint-with-registry';
import type { PlanKind } from '../../server/out/parse/detect';
import { renderPlan } from '../../server/out/render/render-plan';
import { exportDocument, webviewDocument } from '../../server/out/render/documents';
import { isSafeLink } from '../../server/out/protocol';
import { dueFacts, reviewFacts } from '../../server/out/render/plan-facts';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import { readStylesheet } from '../../server/out/render/stylesheet';
import { readRegister } from '../../server/out/engine/analysis-register';
import { CORPUS, EXAMPLES, FIXTURES, planFilesIn, type PlanFile } from './plan-files';

const TODAY = '2026-06-15';

function render(text: string, kind: PlanKind) {
  const analysis = analyse(text, kind, { today: TODAY });
  return { analysis, rendered: renderPlan(analysis, { today: TODAY, fileName: 'plan' }) };
}

/** Every `<tag` the HTML opens, lower-cased. */
function tagsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
}

/** Attribute names used anywhere in the HTML. */
function attributeNamesOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s([a-zA-Z-:]+)="/g)].map((m) => m[1].toLowerCase()));
}

/** Markup the renderer itself writes; anything else came from a plan. */
const RENDERER_TAGS = new Set([
  'main', 'header', 'footer', 'section', 'article', 'div', 'p', 'span', 'b', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'svg', 'rect', 'title',
  'a', 'strong', 'em', 'code', 'pre', 'br', 'hr', 'blockquote', 's', 'wbr',
]);
const RENDERER_ATTRIBUTES = new Set([
  'class', 'data-line', 'data-rule', 'data-label', 'title', 'role', 'tabindex', 'href', 'viewbox', 'preserveaspectratio',
  'aria-label', 'aria-hidden', 'x', 'y', 'width', 'height', 'scope', 'start', 'style',
]);

function checkPlan(file: PlanFile): void {
  const { analysis, rendered } = render(file.text, file.kind);
  const html = rendered.html;
  const badges = [...html.matchAll(/<span class="badge badge-(\w+)" title="([^"]*)" data-line="(\d+)" data-rule="([^"]+)"/g)];
  assert.equal(badges.length, analysis.findings.length, 'each finding is shown exactly once');
  const shown = badges.map((b) => `${b[4]}@${b[3]}`).sort();
  const expected = analysis.findings.map((f) => `${f.rule}@${analysis.lines.lineAt(f.range.start)}`).sort();
  assert.deepEqual(shown, expected, 'each badge carries its finding and line');
  for (const tag of tagsOf(html)) assert.ok(RENDERER_TAGS.has(tag), `unexpected <${tag}>`);
  for (const name of attributeNamesOf(html)) assert.ok(RENDERER_ATTRIBUTES.has(name) && name !== 'style', `unexpected attribute ${name}`);
  for (const m of html.matchAll(/data-line="(\d+)"/g)) assert.ok(+m[1] < analysis.lines.lineCount, `data-line ${m[1]} is a line of the plan`);
  for (const risk of analysis.plan.risks) {
    if (risk.id) assert.ok(html.includes(escape(risk.id.value)), `risk ${risk.id.value} is shown`);
  }
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('renderer: example and corpus plans', function () {
  for (const file of planFilesIn(EXAMPLES)) it(`renders examples/${file.name}`, () => checkPlan(file));
  const corpus = planFilesIn(CORPUS);
  if (corpus.length === 0) it('renders the shared corpus (absent)', function () { this.skip(); });
  for (const file of corpus) it(`renders corpus ${file.name}`, () => checkPlan(file));
  for (const file of planFilesIn(join(FIXTURES, 'hostile'))) it(`renders hostile ${file.name}`, () => checkPlan(file));
});

describe('renderer: hostile plan content stays text', function () {
  const files = planFilesIn(join(FIXTURES, 'hostile'));
  for (const file of files) {
    it(`${file.name}: no markup, handler or unsafe link from the plan`, () => {
      const html = exportDocument(render(file.text, file.kind).rendered, readStylesheet());
      assert.doesNotMatch(html, /<(script|iframe|img|style(?! *>\n)|object|embed|meta http-equiv="refresh"|base|link|form|svg on)/i);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      for (const href of hrefs) assert.ok(isSafeLink(href) && !/^\s*(javascript|data|vbscript):/i.test(href), `href ${href}`);
    });
  }
  it('hostile.rmp.md keeps exactly its safe links', () => {
    const file = files.find((f) => f.name === 'hostile.rmp.md')!;
    const hrefs = [...render(file.text, file.kind).rendered.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(hrefs, ['https://example.org/ok', 'mailto:security@example.org', 'evidence/R-001.pdf']);
  });
});

describe('renderer: safe links', function () {
  const cases: [string, boolean][] = [
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['mailto:a@example.org', true],
    ['evidence/R-001.pdf', true],
    ['../risk-analysis-2026.md#scope', true],
    ['#r-001', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['//evil.example/x', false],
    ['\\\\evil.example\\x', false],
  ];
  for (const [url, safe] of cases) it(`${JSON.stringify(url)} is ${safe ? 'kept' : 'dropped'}`, () => assert.equal(isSafeLink(url), safe));
});

describe('renderer: where findings and countdowns appear', function () {
  const plan = [
    '# Clinic Risk Management Plan', // 0
    '', // 1
    '- **Owner:** Dana', // 2
    '- **Last reviewed:** 2025-01-01', // 3
    '', // 4
    '## This week', // 5
    '', // 6
    '### R-001: Shared login', // 7
    '- **Priority:** High', // 8
    '- **Action:** Look into options', // 9
    '- **Owner:** Office Manager', // 10
    '- **Due:** 2026-06-10', // 11
    '- **Status:** Open', // 12
    '',
  ].join('\n');
  const { rendered, analysis } = render(plan, 'markdown');
  const html = rendered.html;

  function badgeLine(rule: string): string | undefined {
    return new RegExp(`class="badge badge-\\w+" title="[^"]*" data-line="(\\d+)" data-rule="${rule}"`).exec(html)?.[1];
  }
  /** The HTML element (by its data-line) that holds a rule's badge. */
  function holderOf(rule: string): string | undefined {
    const at = html.indexOf(`data-rule="${rule}"`);
    const before = html.slice(0, at);
    const open = [...before.matchAll(/<(li|h3|dd|td|tr|p)\b[^>]*data-line="(\d+)"/g)].pop();
    return open && `${open[1]}@${open[2]}`;
  }

  const table: [rule: string, line: string, holder: string][] = [
    ['vague-action', '9', 'li@9'],
    ['overdue-action', '11', 'li@11'],
    ['stale-review', '3', 'dd@3'],
  ];
  for (const [rule, line, holder] of table) {
    it(`${rule} is on line ${line}, in ${holder}`, () => {
      assert.equal(badgeLine(rule), line);
      assert.equal(holderOf(rule), holder);
    });
  }
  it('plan-level findings on line 1 sit in the header, not on the H1', () => {
    for (const rule of ['missing-approval', 'missing-risk-analysis']) {
      assert.equal(badgeLine(rule), '0');
      assert.ok(html.indexOf(`data-rule="${rule}"`) < html.indexOf('<h1'), `${rule} before the body`);
      assert.ok(html.indexOf(`data-rule="${rule}"`) > html.indexOf('class="plan-findings"'));
    }
  });
  it('the risk heading is marked overdue and the due date counts days', () => {
    assert.match(html, /<h3 data-line="7" class="risk risk-overdue">/);
    assert.match(html, /2026-06-10<\/span> <span class="due due-overdue">overdue by 5 days<\/span>/);
  });
  it('the review state says overdue', () => {
    assert.match(html, /class="review-state review-overdue"[^>]*>Review overdue by 165 days \(due 2026-01-01\)</);
  });
  it('the summary counts risks, open, overdue and findings', () => {
    assert.match(html, /<li class="figure figure-risks"><b>1<\/b> Risks/);
    assert.match(html, /<li class="figure figure-overdue"><b>1<\/b> Overdue/);
    assert.match(html, new RegExp(`<li class="figure figure-findings"><b>${analysis.findings.length}</b> Findings`));
  });
});

describe('renderer: badges in table rows sit in the cell they are about', function () {
  const plan = [
    '# Clinic Risk Management Plan',
    '',
    '- **Owner:** Dana',
    '',
    '## This week',
    '',
    '| ID | Risk | Action | Owner | Due | Status |',
    '|---|---|---|---|---|---|',
    '| R-1 | Laptops | Encrypt the four laptops with BitLocker | TBD | 2026-13-01 | Open |',
    '| R-2 | Backups | Run a test restore of the nightly backup | Dana |  | Open |',
    '',
  ].join('\n');
  const { html } = render(plan, 'markdown').rendered;
  /** The cells of a row, each with the rules of the badges it holds. */
  const cells = (id: string) =>
    (new RegExp(`<tr[^>]*>\\s*<td[^>]*>(?:<span class="nobr">)?${id}\\b[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '')
      .split('<td')
      .slice(1)
      .map((cell) => [...cell.matchAll(/data-rule="([\w-]+)"/g)].map((m) => m[1]).join(','));

  it('a finding on a cell value is in that cell', () => {
    const row = cells('R-1');
    assert.equal(row[3], 'missing-owner');
    assert.equal(row[4], 'invalid-date');
    assert.equal(row[5], '');
  });
  it('a row whose Due cell is empty: the finding is not put in the Status cell', () => {
    const row = cells('R-2');
    assert.ok(row.join('|').includes('missing-due-date'), row.join('|'));
    assert.equal(row[5], '', 'nothing in the Status cell');
  });
});

describe('renderer: table rows', function () {
  const plan = [
    '# Clinic Risk Management Plan',
    '',
    '## Vendor conversations',
    '',
    '| ID | Risk | Action | Owner | Due | Status |',
    '|----|------|--------|-------|-----|--------|',
    '| R-002 | No BAA with the billing firm | Execute a BAA with ClearBill Billing LLC | Kim Tran |  | Open |',
    '',
  ].join('\n');
  const html = render(plan, 'markdown').rendered.html;
  const cells = /<tr[^>]*class="risk[^>]*>([\s\S]*?)<\/tr>/.exec(html)![1].split(/<td\b/).slice(1);

  it('the badge of an empty Due cell is in the Due cell, not the Status cell', () => {
    assert.equal(cells.length, 6);
    assert.match(cells[4], /data-rule="missing-due-date"/);
    assert.doesNotMatch(cells[5], /data-rule=/);
  });

  it('the ID is kept on one line', () => {
    assert.match(cells[0], /<span class="nobr">R-002<\/span>/);
  });
});

describe('renderer: plan details shown once', function () {
  it('a Markdown plan\'s field list above the first risk is shown in the header, not again in the body', () => {
    const file = planFilesIn(EXAMPLES).find((f) => f.name === 'lakeside-family-medicine.rmp.md')!;
    const { rendered, analysis } = render(file.text, file.kind);
    const html = rendered.html;
    assert.equal(html.match(/Dana Whitfield, Security Officer/g)?.length, 1);
    const body = html.slice(html.indexOf('plan-body'));
    assert.doesNotMatch(body.slice(0, body.indexOf('<h2')), /<strong>(Organization|Owner|Version|Last reviewed):<\/strong>/);
    // Risks keep their own Owner lines, and no finding is lost with the removed lines.
    assert.match(body, /<strong>Owner:<\/strong> Office Manager/);
    assert.equal(html.match(/class="badge badge-/g)?.length, analysis.findings.length);
  });
});

describe('renderer: due dates and review state', function () {
  const undated = parseMarkdownPlan('# Risk Management Plan\n');
  const dated = parseMarkdownPlan('# Risk Management Plan\n\n**Date:** 2026-06-01\n');
  const due = (value: string, status = 'open', plan = undated) =>
    dueFacts({ due: { value, valueRange: { start: 0, end: 0 } }, status: { value: status, valueRange: { start: 0, end: 0 } }, firstLine: { start: 0, end: 0 } }, TODAY, plan);
  const cases: [string, string, string | undefined][] = [
    ['2026-06-14', 'open', 'overdue by 1 day'],
    ['2026-06-15', 'open', 'due today'],
    ['2026-06-16', 'in-progress', '1 day left'],
    ['2026-07-15', 'open', '30 days left'],
    ['2026-01-01', 'done', 'closed'],
    ['2026-01-01', 'deferred', 'overdue by 165 days'],
    ['2026-02-30', 'open', 'not a valid date'],
    ['soon', 'open', 'no date'],
    ['30 days', 'open', 'no date to count from'],
    ['', 'open', undefined],
  ];
  for (const [value, status, text] of cases) {
    it(`due ${JSON.stringify(value)} (${status}) reads ${text ?? 'nothing'}`, () => assert.equal(due(value, status)?.text, text));
  }
  it('counts a relative deadline from the date the plan bears', () => {
    assert.equal(due('Week 2', 'open', dated)?.text, 'due today'); // the end of week 2 from 2026-06-01
    assert.equal(due('within 10 days', 'open', dated)?.text, 'overdue by 4 days');
  });
  const field = (value: string) => ({ value, valueRange: { start: 0, end: 0 } });
  const reviews: [string | undefined, string | undefined, string, boolean][] = [
    ['2026-06-15', undefined, 'Review due today (2026-06-15)', false],
    ['2026-06-14', undefined, 'Review overdue by 1 day (due 2026-06-14)', true],
    [undefined, '2025-06-15', 'Review due today (2026-06-15)', false],
    [undefined, '2025-06-14', 'Review overdue by 1 day (due 2026-06-14)', true],
    // The plan's recorded next review wins, as in the code lens and stale-review (which words the long gap).
    ['2027-01-01', '2025-01-01', 'Next review in 200 days (2027-01-01)', false],
    [undefined, undefined, 'No review date recorded', true],
  ];
  for (const [next, last, text, overdue] of reviews) {
    it(`next ${next ?? '-'}, last ${last ?? '-'}: ${text}`, () => {
      const facts = reviewFacts({ nextReview: next ? field(next) : undefined, lastReviewed: last ? field(last) : undefined }, TODAY, 365);
      assert.deepEqual(facts, { text, overdue });
    });
  }
});

describe('renderer: documents', function () {
  const { rendered } = render('plan:\n  title: T\nrisks: []\n', 'yaml');
  it('the export inlines the stylesheet, allowed by its hash, and has no script', () => {
    const css = readStylesheet();
    const html = exportDocument(rendered, css);
    const hash = createHash('sha256').update(`\n${css}\n`, 'utf8').digest('base64');
    assert.ok(html.includes(`content="${escape(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`)}"`));
    assert.ok(html.includes(`<style>\n${css}\n</style>`));
    assert.doesNotMatch(html, /<script|<link/i);
  });
  it('the webview page allows styles from the extension and scripts only by nonce', () => {
    const html = webviewDocument(rendered, {
      cspSource: 'https://ext.vscode-cdn.net',
      styleUri: 'https://ext.vscode-cdn.net/media/preview.css',
      scriptUri: 'https://ext.vscode-cdn.net/media/preview.js',
      nonce: 'abc123',
      state: { uri: 'file:///p.rmp.yaml"><script>', line: 0 },
    });
    const csp = "default-src 'none'; style-src https://ext.vscode-cdn.net; img-src https://ext.vscode-cdn.net; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'";
    assert.ok(html.includes(`content="${escape(csp)}"`));
    assert.equal([...html.matchAll(/<script/g)].length, 1);
    assert.match(html, /<script nonce="abc123" src="https:\/\/ext.vscode-cdn.net\/media\/preview.js"><\/script>/);
    assert.ok(html.includes('&quot;&gt;&lt;script&gt;'), 'state is escaped');
  });
});

describe('renderer: a 1,000-risk plan', function () {
  const RISKS = 1000;
  function markdownPlan(): string {
    const out = ['# Big Risk Management Plan', '', '- **Owner:** Dana', '- **Last reviewed:** 2026-01-01', '', '## This week', ''];
    for (let i = 1; i <= RISKS; i++) {
      out.push(`### R-${i}: Risk number ${i}`, '- **Priority:** High', `- **Action:** ${i % 7 === 0 ? 'Look into options' : `Encrypt laptop ${i} with BitLocker`}`,
        `- **Owner:** ${i % 11 === 0 ? 'TBD' : 'Office Manager'}`, `- **Due:** 2026-${String((i % 12) + 1).padStart(2, '0')}-10`, '- **Status:** Open', '');
    }
    return out.join('\n');
  }
  function yamlPlan(): string {
    const out = ['plan:', '  title: Big', '  lastReviewed: 2026-01-01', 'risks:'];
    for (let i = 1; i <= RISKS; i++) {
      out.push(`  - id: R-${i}`, `    title: Risk number ${i}`, '    tier: vendor', '    priority: high', '    treatment: mitigate',
        `    action: ${i % 7 === 0 ? 'Look into options' : `Encrypt laptop ${i} with BitLocker`}`, `    owner: ${i % 11 === 0 ? 'TBD' : 'Office Manager'}`,
        `    due: 2026-${String((i % 12) + 1).padStart(2, '0')}-10`, '    status: open');
    }
    return out.join('\n') + '\n';
  }
  for (const [kind, text] of [['markdown', markdownPlan()], ['yaml', yamlPlan()]] as const) {
    it(`renders a ${RISKS}-risk ${kind} plan with one badge per finding (speed: npm run bench)`, () => {
      const analysis = analyse(text, kind, { today: TODAY });
      const { html } = renderPlan(analysis, { today: TODAY });
      assert.equal([...html.matchAll(/class="badge /g)].length, analysis.findings.length);
    });
  }
});

describe('the preview of a plan written as people write it (issue 12)', () => {
  const text = [
    '# Plan', '', '**Organization:** Acme Clinic', '**Systems in scope:**', '- EHR (cloud)', '- Billing PC', '**Third parties:** ClearBill (BAA signed)', '',
    '| Risk | Likelihood | Impact | Mitigation Strategy | Risk Owner | Deadline |', '|---|---|---|---|---|---|',
    '| R-01: Laptop theft | High | Medium | Encrypt the four laptops with BitLocker | Ana | 2026-12-31 |', '',
  ].join('\n');
  const { rendered } = render(text, 'markdown');

  it('shows the scope and third parties among the plan details', () => {
    assert.match(rendered.html, /<dt>Scope \(systems with ePHI\)<\/dt><dd[^>]*>EHR \(cloud\); Billing PC/);
    assert.match(rendered.html, /<dt>Third parties<\/dt><dd[^>]*>ClearBill \(BAA signed\)/);
  });

  it('counts a likelihood × impact rating by the priority it gives', () => {
    assert.match(rendered.html, /Risks by priority: Critical 0, High 1, Medium 0, Low 0, No priority 0/);
  });
});

describe('renderer: the plan beside its risk analysis (issue 15)', function () {
  const PLAN = `# Risk Management Plan
- **Risk analysis:** 2026-02-10, Ana Morales, [register](analysis.csv)

### T-01: Front desk PC left unlocked
- **Priority:** High
- **Action:** Set the front desk PC to lock after 5 minutes idle
`;
  const CSV = 'Risk ID,Threat,Likelihood,Impact,Risk Rating\nT-01,Front desk PC left unlocked,High,High,High\nT-02,Backups are never restored,Medium,High,High\nT-03,Paper charts visible,Low,Low,Low\nT-04,Old fax,High,High,High\n';
  const register = { ...readRegister('analysis.csv', '/tmp/analysis.csv', CSV)!, risks: readRegister('analysis.csv', '/tmp/analysis.csv', CSV)!.risks.map((r) => (r.id === 'T-04' ? { ...r, accepted: true } : r)) };

  it('lists each analysis risk with its rating, likelihood and impact, and what the plan does with it', () => {
    const html = renderPlan(analyse(PLAN, 'markdown', { today: '2026-06-15' }), { today: '2026-06-15', analysis: { register, mustTreat: 'high' } }).html;
    const section = /<section class="plan-analysis"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const rows = [...section.matchAll(/<tr(?: class="(\w+)")?><td>([^<]*)<\/td>[\s\S]*?<\/tr>/g)].map((m) => [m[2], m[1] ?? '', /class="analysis-(\w+)"/.exec(m[0])?.[1]]);
    assert.deepEqual(rows, [
      ['T-01', '', 'treated'],
      ['T-02', 'untreated', 'untreated'],
      ['T-03', '', 'below'],
      ['T-04', '', 'accepted'],
    ]);
    assert.match(section, /likelihood High × impact High/);
    assert.match(section, /4 risks in analysis\.csv; <b>1 rated high or above not treated<\/b>/);
  });

  it('shows no analysis section for a plan whose analysis document was not read', () => {
    assert.doesNotMatch(renderPlan(analyse(PLAN, 'markdown', { today: '2026-06-15' }), { today: '2026-06-15' }).html, /plan-analysis/);
  });
});

describe('render: a delimited register in a Markdown file (reader round 28)', () => {
  it('shows each record of a CSV saved as .md as a card of its own, not one paragraph marked for all', () => {
    const text = 'CAR_ID,Nonconformity_Description,Action_Plan,Owner,Due_Date,Status\nCAR-1,Visitor log not kept,Add the log to the cover checklist,Office Manager,2026-04-15,Closed\nCAR-2,Leavers keep EHR access,Add EHR removal to the leavers checklist,IT Lead,2026-10-31,In Progress\n';
    const html = renderPlan(analyse(text, 'markdown', { today: '2026-12-03' }), { today: '2026-12-03' }).html;
    assert.equal((html.match(/class="risk[ "]/g) ?? []).length, 2);
  });
});
