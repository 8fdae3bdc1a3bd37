// The Markdown parser against spec §3: each construct becomes the plan model with exact
// values and ranges (checked as the source text a range covers), in LF and CRLF, with
// and without front matter; junk never throws; the shared corpus parses to its risk counts.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';
import type { Field, PlanModel, Risk, Span } from '../../server/out/model/plan-model';
import { CORPUS, FIXTURES } from './plan-files';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'markdown', name), 'utf8');

const at = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);
/** 1-based line of an offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const riskById = (plan: PlanModel, id: string) => plan.risks.filter((r) => r.id?.value === id);

/** A field as the source shows it: its value, the text its range covers, and its line. */
function shown(plan: PlanModel, field: Field | undefined) {
  if (!field) return undefined;
  return { value: field.value, text: at(plan.text, field.valueRange), line: lineOf(plan.text, field.valueRange.start) };
}

function* fieldsOf(plan: PlanModel): Generator<Field> {
  const m = plan.meta;
  const ra = m.riskAnalysis;
  for (const f of [m.title, m.organization, m.version, m.owner, m.approvedBy, m.approvedOn, m.lastReviewed, m.nextReview, ra?.date, ra?.conductedBy, ra?.combined]) if (f) yield f;
  for (const r of plan.risks) {
    const a = r.acceptance;
    for (const f of [r.id, r.title, r.tier, r.priority, r.treatment, r.validation, r.evidence, a.rationale, a.approvedBy, a.approvedOn, a.compensatingControls, a.reviewBy]) if (f) yield f;
    for (const x of r.actions) for (const f of [x.action, x.owner, x.due, x.status, x.completed, x.validation, x.evidence]) if (f) yield f;
  }
}

function spansOf(plan: PlanModel): Span[] {
  const spans: Span[] = [];
  for (const f of fieldsOf(plan)) spans.push(f.valueRange, ...(f.keyRange ? [f.keyRange] : []));
  for (const r of plan.risks) spans.push(r.firstLine, ...r.actions.map((a) => a.firstLine));
  if (plan.syntaxError) spans.push(plan.syntaxError.range);
  return spans;
}

describe('parseMarkdownPlan', () => {
  describe('front matter', () => {
    const text = [
      '---',
      'type: risk-management-plan',
      'title: "Risk Management Plan"',
      'organization: Lakeside Family Medicine',
      'version: 3.10',
      'owner: Dana Whitfield, Security Officer',
      'riskAnalysis:',
      '  date: 2026-03-02',
      '  conductedBy: J. Rivera, Rivera IT Consulting',
      'approvedBy:',
      'approvedOn: 2026-03-15',
      'nextReview: 2027-03-15',
      '---',
      '# Lakeside — Risk Management Plan',
      '',
      '- **Last reviewed:** 2026-03-15',
      '- **Approved by:** Someone in the body',
      '',
    ].join('\n');
    const plan = parseMarkdownPlan(text);

    it('reads the plan keys with their source ranges', () => {
      assert.deepEqual(shown(plan, plan.meta.title), { value: 'Risk Management Plan', text: '"Risk Management Plan"', line: 3 });
      assert.deepEqual(shown(plan, plan.meta.organization), { value: 'Lakeside Family Medicine', text: 'Lakeside Family Medicine', line: 4 });
      assert.deepEqual(shown(plan, plan.meta.version), { value: '3.10', text: '3.10', line: 5 });
      assert.deepEqual(shown(plan, plan.meta.riskAnalysis?.date), { value: '2026-03-02', text: '2026-03-02', line: 8 });
      assert.deepEqual(shown(plan, plan.meta.riskAnalysis?.conductedBy), { value: 'J. Rivera, Rivera IT Consulting', text: 'J. Rivera, Rivera IT Consulting', line: 9 });
      assert.deepEqual(shown(plan, plan.meta.nextReview), { value: '2027-03-15', text: '2027-03-15', line: 12 });
      assert.equal(at(text, plan.meta.nextReview?.keyRange), 'nextReview');
      assert.equal(plan.metaAvailable, true);
      assert.equal(plan.syntaxError, undefined);
    });

    it('keeps a key without a value as an empty field at the key', () => {
      assert.equal(plan.meta.approvedBy?.value, '');
      assert.equal(lineOf(text, plan.meta.approvedBy!.valueRange.start), 10);
    });

    it('takes fields the front matter lacks from the body field list', () => {
      assert.deepEqual(shown(plan, plan.meta.lastReviewed), { value: '2026-03-15', text: '2026-03-15', line: 16 });
    });

    it('inserts new plan fields before the closing fence', () => {
      assert.deepEqual(plan.meta.insertAt, { offset: text.indexOf('---\n# Lakeside'), prefix: '' });
    });

    it('tolerates a BOM and CRLF line ends', () => {
      const crlf = '\uFEFF' + text.replace(/\n/g, '\r\n');
      const p = parseMarkdownPlan(crlf);
      assert.deepEqual(shown(p, p.meta.owner), { value: 'Dana Whitfield, Security Officer', text: 'Dana Whitfield, Security Officer', line: 6 });
      assert.equal(p.eol, '\r\n');
    });

    it("reads a docs-as-code page's one-word keys the label table knows (`approver:`, `organisation:`) as the plan's details", () => {
      const p = parseMarkdownPlan('---\nowner: Dana\nreviewer: Lee\napprover: Sam Ortiz\norganisation: Lakeside Clinic\n---\n# Plan\n');
      assert.deepEqual([p.meta.owner?.value, p.meta.approvedBy?.value, p.meta.organization?.value], ['Dana', 'Sam Ortiz', 'Lakeside Clinic']);
    });

    it('reads a one-line riskAnalysis value as a combined reference', () => {
      const p = parseMarkdownPlan('---\nriskAnalysis: "2026-01-22 by Acme IT"\n---\n');
      assert.equal(at(p.text, p.meta.riskAnalysis?.date?.valueRange), '2026-01-22');
      assert.equal(at(p.text, p.meta.riskAnalysis?.conductedBy?.valueRange), 'Acme IT');
    });

    it('reports the first parse error, keeps no metadata from it, and still reads the body', () => {
      const broken = fixture('broken-front-matter.rmp.md');
      const p = parseMarkdownPlan(broken);
      assert.equal(p.metaAvailable, false);
      assert.ok(p.syntaxError && p.syntaxError.message.length > 0);
      assert.equal(lineOf(broken, p.syntaxError!.range.start), 3);
      assert.ok(p.syntaxError!.range.end > p.syntaxError!.range.start);
      assert.equal(p.meta.approvedBy, undefined);
      assert.deepEqual(p.risks.map((r) => r.id?.value), ['PW-1']);
      assert.equal(p.risks[0].tierValue, 'this-week');
    });

    it('is not front matter unless it closes', () => {
      const p = parseMarkdownPlan('---\nriskAnalysis:\n  date: 2026-01-01\n\n### R-1: Open fence\n- Owner: Ana\n');
      assert.equal(p.meta.riskAnalysis?.date, undefined);
      assert.equal(p.syntaxError, undefined);
      assert.equal(p.risks.length, 1);
    });
  });

  describe('top field list', () => {
    const text = fixture('mixed-forms.rmp.md');
    const plan = parseMarkdownPlan(text);

    const cases: [string, Field | undefined, string, number][] = [
      ['bold label, bullet', plan.meta.organization, 'Harbor Dental Group', 3],
      ['italic label outside the colon, * bullet', plan.meta.owner, 'Ana Ruiz, Office Manager', 4],
      ['no bullet', plan.meta.approvedBy, 'Dr. Lee Park', 6],
      ['US date', plan.meta.approvedOn, '03/02/2026', 7],
      ['bold value', plan.meta.lastReviewed, '2026-03-02', 8],
      ['trailing HTML comment', plan.meta.nextReview, '2027-03-02', 9],
    ];
    for (const [name, field, value, line] of cases) {
      it(`reads ${name}`, () => assert.deepEqual(shown(plan, field), { value, text: value, line }));
    }

    it('splits a combined risk analysis reference into date and who', () => {
      const ra = plan.meta.riskAnalysis!;
      assert.equal(ra.combined?.value, '2026-01-22, conducted by Brightwater Security (T. Nguyen)');
      assert.deepEqual(shown(plan, ra.date), { value: '2026-01-22', text: '2026-01-22', line: 5 });
      assert.deepEqual(shown(plan, ra.conductedBy), { value: 'Brightwater Security (T. Nguyen)', text: 'Brightwater Security (T. Nguyen)', line: 5 });
      assert.equal(at(text, ra.date?.keyRange), 'Risk analysis');
    });

    it('reads a next review written with the event that brings it sooner by its date (`July 2026 (quarterly) or when …`)', () => {
      const review = '**Next Review:** July 2026 (quarterly) or when any vendor assessment is completed.';
      const p = parseMarkdownPlan(`# Vendor Register\n\n${review}\n\n### R-1: Unassessed vendor\n- **Action:** Send the vendor questionnaire\n`);
      assert.equal(p.meta.nextReview?.value, 'July 2026 (quarterly)');
    });

    it('inserts new plan fields after the last one, in its style', () => {
      const nextReviewLine = text.indexOf('- **Next review:**');
      assert.deepEqual(plan.meta.insertAt, { offset: text.indexOf('\n', nextReviewLine) + 1, prefix: '- **', needsLeadingNewline: undefined });
    });

    const references: [string, string | undefined, string | undefined][] = [
      ['2026-01-15', '2026-01-15', undefined],
      ['Rivera IT Consulting', undefined, 'Rivera IT Consulting'],
      ['Rivera IT Consulting, 2026-01-15', '2026-01-15', 'Rivera IT Consulting'],
      ['Performed by J. Rivera on March 2, 2026', 'March 2, 2026', 'J. Rivera'],
      ['2026-01-15 (conducted by Acme IT)', '2026-01-15', 'Acme IT'],
      ['Annual security risk assessment, 2026-01-15', '2026-01-15', undefined],
      ['2026-1-5, by Acme', '2026-1-5', 'Acme'],
    ];
    for (const [value, date, by] of references) {
      it(`splits the reference "${value}"`, () => {
        const p = parseMarkdownPlan(`# Plan\n\n- **Risk analysis:** ${value}\n`);
        const ra = p.meta.riskAnalysis!;
        assert.deepEqual([at(p.text, ra.date?.valueRange), at(p.text, ra.conductedBy?.valueRange)], [date, by]);
        assert.equal(ra.date?.value, date);
        assert.equal(ra.conductedBy?.value, by);
      });
    }

    it('reads separate risk analysis date and conducted-by lines', () => {
      const p = parseMarkdownPlan('Risk analysis date: 2026-01-15\nConducted by: Acme IT\n');
      assert.equal(p.meta.riskAnalysis?.date?.value, '2026-01-15');
      assert.equal(p.meta.riskAnalysis?.conductedBy?.value, 'Acme IT');
      assert.equal(p.meta.riskAnalysis?.combined, undefined);
    });

    it('ignores prose with a colon and unknown labels', () => {
      assert.ok(![...fieldsOf(plan)].some((f) => f.value.startsWith('both clinics')));
    });
  });

  describe('heading form', () => {
    const text = fixture('mixed-forms.rmp.md');
    const plan = parseMarkdownPlan(text);
    const [r1] = riskById(plan, 'R-001');

    it('reads ID, title and the first line from the heading', () => {
      assert.equal(r1.form, 'heading');
      assert.equal(at(text, r1.id!.valueRange), 'R-001');
      assert.equal(at(text, r1.title!.valueRange), 'Shared login on the imaging PC');
      assert.equal(at(text, r1.firstLine), '### R-001: Shared login on the imaging PC');
      assert.equal(at(text, r1.actions[0].firstLine), '### R-001: Shared login on the imaging PC');
    });

    it('reads the field lines into risk and action, markup stripped', () => {
      const a = r1.actions[0];
      assert.deepEqual(shown(plan, r1.priority), { value: 'High', text: 'High', line: 16 });
      assert.deepEqual(shown(plan, a.owner), { value: 'Ana Ruiz', text: 'Ana Ruiz', line: 19 });
      assert.deepEqual(shown(plan, a.status), { value: 'Done', text: 'Done', line: 21 });
      assert.equal(at(text, a.owner!.keyRange), 'Owner');
      assert.equal(r1.evidence?.value, 'evidence/R-001-accounts.png');
      assert.equal(r1.actions.length, 1);
    });

    it('an action label holding one treatment word decides the treatment and plans no action', () => {
      for (const label of ['Response', 'Mitigation Strategy', 'Treatment Plan']) {
        const t = `# Plan\n\n### R-001: Shared login\n- **${label}:** Mitigate\n- **Action:** Issue named accounts to the three front-desk staff\n`;
        const [risk] = parseMarkdownPlan(t).risks;
        assert.equal(risk.treatment?.value, 'Mitigate', label);
        assert.deepEqual(risk.actions.map((a) => a.action?.value), ['Issue named accounts to the three front-desk staff'], label);
      }
    });

    it('keeps field lines under a deeper non-risk heading in the risk', () => {
      assert.deepEqual(shown(plan, r1.validation), { value: 'Local user list dated 2026-03-30', text: 'Local user list dated 2026-03-30', line: 25 });
    });

    it('never reads risks or fields from code blocks or HTML comments', () => {
      assert.deepEqual(riskById(plan, 'R-900'), []);
      assert.deepEqual(riskById(plan, 'R-901'), []);
      assert.ok(![...fieldsOf(plan)].some((f) => f.value === 'Nobody'));
    });

    it('accepts an em dash separator and plain labels', () => {
      const [r2] = riskById(plan, 'R-002');
      assert.equal(r2.title?.value, 'Fax prints in the hallway');
      assert.equal(r2.actions[0].action, undefined);
      assert.deepEqual(shown(plan, r2.actions[0].due), { value: '2026-06-19', text: '2026-06-19', line: 39 });
    });

    it('inserts new fields after the last field line, in its style', () => {
      const [r2] = riskById(plan, 'R-002');
      const statusLine = text.indexOf('Status: Planned');
      assert.deepEqual(r2.insertAt, { offset: text.indexOf('\n', statusLine) + 1, prefix: '', needsLeadingNewline: undefined });
      assert.equal(r1.insertAt?.prefix, '- **');
    });

    it('does not take a heading with an ID-like word and no fields for a risk', () => {
      assert.ok(!plan.risks.some((r) => r.id?.value === 'Q3'));
      const p = parseMarkdownPlan('## This week\n\n### R7 Laptop theft\n- Owner: Ana\n\n### R-8\n');
      assert.deepEqual(p.risks.map((r) => [r.id?.value, r.title?.value]), [['R7', 'Laptop theft'], ['R-8', undefined]]);
    });

    it('reads register IDs with more numbered parts whole, in headings and table cells', () => {
      const p = parseMarkdownPlan(
        '## Technical\n\n### SEC-2026-04 · PACS on the guest network\n- Owner: Ana\n\n### R-3.1. Shared login\n- Owner: Ana\n\n' +
          '### R-001. Fax\n- Owner: Ana\n\n| Risk | Action |\n|---|---|\n| SEC-2026-05 | Sign the BAA |\n',
      );
      assert.deepEqual(p.risks.map((r) => [r.id?.value, r.title?.value]), [
        ['SEC-2026-04', 'PACS on the guest network'],
        ['R-3.1', 'Shared login'],
        ['R-001', 'Fax'],
        ['SEC-2026-05', undefined],
      ]);
    });

    it('gives an accepted risk without action fields no action, and reads its acceptance', () => {
      const [r5] = riskById(plan, 'R-005');
      assert.deepEqual(r5.actions, []);
      assert.equal(r5.treatment?.value, 'Accepted');
      const acc = r5.acceptance;
      assert.deepEqual(
        [acc.rationale, acc.approvedBy, acc.approvedOn, acc.compensatingControls, acc.reviewBy].map((f) => f && at(text, f.valueRange)),
        ['The sensor software is certified only on Windows 7.', 'Dr. Lee Park', '2026-03-02', 'No network connection; USB storage blocked', '2026-12-31'],
      );
    });

    it('gives a risk without action fields that is not accepted one empty action on its heading', () => {
      const p = parseMarkdownPlan('### R-1: Nothing planned yet\n- **Priority:** Low\n');
      assert.equal(p.risks[0].actions.length, 1);
      assert.deepEqual(p.risks[0].actions[0].firstLine, p.risks[0].firstLine);
      assert.equal(p.risks[0].actions[0].owner, undefined);
    });

    it('starts a second action at a repeated Action label', () => {
      const [r6] = riskById(plan, 'R-006');
      assert.deepEqual(r6.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, lineOf(text, a.firstLine.start)]), [
        ['Buy a second backup drive', 'Ana Ruiz', '2026-09-30', 72],
        ['Test a full restore every quarter', 'IT provider', '2026-10-31', 76],
      ]);
    });

    it('writes an empty value as an empty span at the end of its line', () => {
      const t = '### R-1: x\n- **Owner:**\n- **Due:** 2026-01-01\n';
      const owner = parseMarkdownPlan(t).risks[0].actions[0].owner!;
      assert.equal(owner.value, '');
      assert.deepEqual(owner.valueRange, { start: t.indexOf('\n- **Due'), end: t.indexOf('\n- **Due') });
    });

    it('continues a list item value on the indented lines below it', () => {
      const t = '### R-1: x\n- **Action:** Replace the laptops\n  and enable BitLocker\n- **Owner:** Ana\n    - **Due:** 2026-01-01\n';
      const a = parseMarkdownPlan(t).risks[0].actions[0];
      assert.equal(at(t, a.action!.valueRange), 'Replace the laptops\n  and enable BitLocker');
      assert.equal(a.owner?.value, 'Ana');
      assert.equal(a.due?.value, '2026-01-01');
    });

    it('reads a value wrapped in emphasis together with its label', () => {
      const t = '### R-1: x\n**Owner: Maria Chen**\n';
      assert.equal(at(t, parseMarkdownPlan(t).risks[0].actions[0].owner!.valueRange), 'Maria Chen');
    });
  });

  describe('tiers', () => {
    const text = fixture('mixed-forms.rmp.md');
    const plan = parseMarkdownPlan(text);
    const tiers: [string, string | undefined, string | undefined][] = [
      ['R-001', 'this-week', 'This week'],
      ['R-002', 'this-week', 'This week'],
      ['R-004', 'vendor', 'Vendor conversations'],
      ['R-005', undefined, 'Administrative safeguards'],
      ['R-006', undefined, undefined],
    ];
    for (const [id, tierValue, heading] of tiers) {
      it(`${id} is in tier ${tierValue} (H2 "${heading}")`, () => {
        const [risk] = riskById(plan, id);
        assert.equal(risk.tierValue, tierValue);
        assert.equal(risk.tier && at(text, risk.tier.valueRange), heading);
      });
    }

    const headings: [string, string | undefined][] = [
      ['THIS WEEK', 'this-week'],
      ['1. This week', 'this-week'],
      ['Tier 2: Vendor conversations', 'vendor'],
      ['Budget decisions (needs capital)', 'budget'],
      ['**Vendor conversations**', 'vendor'],
      ['Budget', 'budget'],
      ['Weekly tasks', undefined],
    ];
    for (const [heading, tier] of headings) {
      it(`reads the H2 "${heading}" as ${tier}`, () => {
        assert.equal(parseMarkdownPlan(`## ${heading}\n\n### R-1: x\n- Owner: Ana\n`).risks[0].tierValue, tier);
      });
    }
  });

  describe('table form', () => {
    const text = fixture('mixed-forms.rmp.md');
    const plan = parseMarkdownPlan(text);

    it('reads each cell with the header as its key', () => {
      const [r3] = riskById(plan, 'R-003');
      const a = r3.actions[0];
      assert.equal(r3.form, 'table');
      assert.equal(at(text, r3.firstLine), text.split('\n')[48]);
      assert.deepEqual(a.firstLine, r3.firstLine);
      assert.deepEqual(shown(plan, r3.title), { value: 'No BAA with the answering service', text: 'No BAA with the answering service', line: 49 });
      assert.deepEqual(shown(plan, a.action), { value: 'Execute a BAA with NightCall', text: 'Execute a BAA with NightCall', line: 49 });
      assert.equal(at(text, a.action!.keyRange), 'Remediation');
      assert.equal(at(text, a.owner!.keyRange), 'Responsible');
      assert.equal(at(text, a.due!.keyRange), 'Deadline');
      assert.equal(a.validation?.value, 'Signed BAA on file');
      assert.equal(r3.validation, undefined);
      assert.equal(r3.priority, undefined);
    });

    it('makes consecutive rows with one ID, and a blank ID below them, one risk', () => {
      const [r4] = riskById(plan, 'R-004');
      assert.deepEqual(r4.actions.map((a) => [a.action?.value, lineOf(text, a.firstLine.start)]), [
        ['Agree a patch SLA with the IT provider', 50],
        ['Add the patch report to the staff agenda', 51],
        ['Review the patch report every month', 52],
      ]);
    });

    it('keeps a non-consecutive repeat of an ID a separate risk', () => {
      assert.deepEqual(riskById(plan, 'R-003').map((r) => lineOf(text, r.firstLine.start)), [49, 53]);
    });

    it('reads a blank cell as an empty value after the pipe and a space', () => {
      const [r4] = riskById(plan, 'R-004');
      const owner = r4.actions[0].owner!;
      const row = r4.actions[0].firstLine.start;
      const cellStart = text.indexOf('|  |', row) + 1;
      assert.equal(owner.value, '');
      assert.deepEqual(owner.valueRange, { start: cellStart + 1, end: cellStart + 1 });
      assert.deepEqual(r4.actions[0].table?.cells.owner, owner.valueRange);
      assert.equal(r4.actions[1].validation?.value, '');
    });

    it('maps each known column to its cell span', () => {
      const cells = riskById(plan, 'R-003')[0].actions[0].table!.cells;
      assert.deepEqual(Object.keys(cells).sort(), ['action', 'due', 'id', 'owner', 'risk', 'status', 'validation']);
      assert.equal(at(text, cells.due), '2026-04-15');
    });

    it('reads a cell the row lacks as an empty value at the end of the row', () => {
      const [, second] = riskById(plan, 'R-003');
      const v = second.actions[0].validation!;
      assert.equal(v.value, '');
      assert.equal(v.valueRange.start, second.firstLine.end);
    });

    it('ignores tables without an ID or Risk column and an Action column', () => {
      assert.ok(!plan.risks.some((r) => r.id?.value === '1.0'));
    });

    it('counts the risks of every form in source order', () => {
      assert.deepEqual(plan.risks.map((r) => r.id?.value), ['R-001', 'R-002', 'R-003', 'R-004', 'R-003', 'R-005', 'R-006']);
    });

    it('reads risk-level columns from the first row and the Risk column as the ID when there is no ID column', () => {
      const t = [
        '| Risk | Priority | Treatment | Action | Owner |',
        '|---|---|---|---|---|',
        '| Laptops unencrypted | High | Mitigate | Encrypt the laptops | Ana |',
        '| Laptops unencrypted | Low | Accept | Buy new laptops | Ben |',
        '| R-9 | Medium | Mitigate | Escaped \\| pipe | Cy |',
      ].join('\n');
      const p = parseMarkdownPlan(t);
      assert.deepEqual(p.risks.map((r) => [r.id?.value, r.title?.value, r.priority?.value, r.treatment?.value, r.actions.length]), [
        [undefined, 'Laptops unencrypted', 'High', 'Mitigate', 2],
        ['R-9', undefined, 'Medium', 'Mitigate', 1],
      ]);
      assert.equal(p.risks[1].actions[0].action?.value, 'Escaped \\| pipe');
    });
  });

  describe('field table (a two-column Field | Value table under a risk heading)', () => {
    const text = [
      '## This week', //                                          1
      '',
      '### R-2: Front desk shares one login', //                  3
      '| Field    | Value                 |',
      '|----------|-----------------------|',
      '| Priority | High                  |', //                  6
      '| Action   | *Look into options*   |', //                  7
      '| Owner    |                       |', //                  8
      '| Due date | 2026-05-01            |', //                  9
      '| Likelihood | Medium              |', //                 10
      '| Status   | Open                  |', //                 11
      '| Action   | Issue personal logins |', //                 12
      '',
    ].join('\n');
    const plan = parseMarkdownPlan(text);
    const [risk] = plan.risks;

    it('reads each row whose first cell is a field label as a field of the risk, markup stripped', () => {
      assert.equal(plan.risks.length, 1);
      assert.equal(risk.form, 'heading');
      const [a] = risk.actions;
      assert.deepEqual(shown(plan, risk.priority), { value: 'High', text: 'High', line: 6 });
      assert.deepEqual(shown(plan, a.action), { value: 'Look into options', text: 'Look into options', line: 7 });
      assert.deepEqual(shown(plan, a.due), { value: '2026-05-01', text: '2026-05-01', line: 9 });
      assert.deepEqual(shown(plan, a.status), { value: 'Open', text: 'Open', line: 11 });
      assert.equal(at(text, a.due!.keyRange), 'Due date');
      assert.equal(at(text, a.firstLine), '### R-2: Front desk shares one login');
    });

    it('reads a blank value cell as an empty value after the pipe and a space', () => {
      const owner = risk.actions[0].owner!;
      const afterPipe = text.indexOf('|', text.indexOf('| Owner') + 1) + 2;
      assert.equal(owner.value, '');
      assert.deepEqual(owner.valueRange, { start: afterPipe, end: afterPipe });
    });

    it('starts a second action at a repeated Action row', () => {
      assert.deepEqual(risk.actions.map((a) => [a.action?.value, lineOf(text, a.firstLine.start)]), [
        ['Look into options', 3],
        ['Issue personal logins', 12],
      ]);
    });

    it('inserts new fields after the last row, with its prefix', () => {
      assert.deepEqual(risk.insertAt, { offset: text.length, prefix: '| ', needsLeadingNewline: undefined });
    });

    const notFieldTables: [string, string][] = [
      ['a header that names a field', '| Control | Status |\n|---|---|\n| Owner | Ana |\n'],
      ['three columns', '| Field | Value | Note |\n|---|---|---|\n| Owner | Ana | x |\n'],
      ['no row with a field label', '| System | Backup |\n|---|---|\n| EHR | Nightly |\n'],
      // A glossary defines the labels a plan uses; its rows name fields but give no risk's values.
      ['a glossary\'s header (Term | Definition)', '| Term | Definition |\n|---|---|\n| Owner | The person answerable for the work |\n| Status | Planned, In progress, Done |\n'],
      ['a legend\'s header (Status | Meaning)', '| Status | Meaning |\n|---|---|\n| Owner | Who signs off |\n'],
    ];
    for (const [name, table] of notFieldTables) {
      it(`does not read a table with ${name} as fields`, () => {
        const p = parseMarkdownPlan(`### R-1: x\n- **Action:** Encrypt the laptops\n\n${table}`);
        assert.deepEqual(p.risks.map((r) => r.actions.map((a) => [a.action?.value, a.owner?.value])), [[['Encrypt the laptops', undefined]]]);
      });
    }

    it('keeps a two-column ID | Action table a table-form risk', () => {
      const p = parseMarkdownPlan('### R-1: x\n- **Owner:** Ana\n\n| ID | Action |\n|---|---|\n| R-2 | Sign the BAA |\n');
      assert.deepEqual(p.risks.map((r) => [r.form, r.id?.value, r.actions[0].action?.value, r.actions[0].owner?.value]), [
        ['heading', 'R-1', undefined, 'Ana'],
        ['table', 'R-2', 'Sign the BAA', undefined],
      ]);
    });

    it('reads plan details, and no risk, from a field table in the plan\'s header area', () => {
      const p = parseMarkdownPlan('# Plan\n\n| Field | Value |\n|---|---|\n| Owner | Ana |\n| Next review | 2027-01-01 |\n');
      assert.deepEqual([p.risks.length, p.meta.owner?.value, p.meta.nextReview?.value], [0, 'Ana', '2027-01-01']);
    });

    it('reads no plan details from a field table after the first risk, outside a section of plan details', () => {
      const p = parseMarkdownPlan('# Plan\n\n## R-1: Fax\n- **Action:** Retire the fax\n\n## Notes\n\n| Field | Value |\n|---|---|\n| Owner | Ana |\n');
      assert.deepEqual([p.risks.length, p.meta.owner], [1, undefined]);
    });
  });

  describe('line endings and junk', () => {
    it('gives the same model for CRLF text, with ranges that exclude the CR', () => {
      const lf = fixture('mixed-forms.rmp.md');
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = parseMarkdownPlan(lf);
      const b = parseMarkdownPlan(crlf);
      assert.equal(a.eol, '\n');
      assert.equal(b.eol, '\r\n');
      const summary = (p: PlanModel) => [...fieldsOf(p)].map((f) => [f.value, p.text.slice(0, f.valueRange.start).split('\n').length]);
      assert.deepEqual(summary(b), summary(a));
      for (const r of b.risks) assert.ok(!at(crlf, r.firstLine)!.includes('\r'));
      assert.equal(b.risks.length, a.risks.length);
    });

    it('covers each Markdown value exactly with its range', () => {
      const plan = parseMarkdownPlan(fixture('mixed-forms.rmp.md'));
      for (const f of fieldsOf(plan)) assert.equal(at(plan.text, f.valueRange), f.value);
    });

    it('inserts at the end of a text without a final newline with a leading newline', () => {
      const t = '### R-1: x\n- **Owner:** Ana';
      assert.deepEqual(parseMarkdownPlan(t).risks[0].insertAt, { offset: t.length, prefix: '- **', needsLeadingNewline: true });
    });

    const junk: [string, string][] = [
      ['empty', ''],
      ['a BOM only', '\uFEFF'],
      ['a lone fence', '---'],
      ['an empty front matter', '---\n---\n'],
      ['NULs and control characters', '\u0000\u0001### R-1:\u0000\n- **Owner:**\u0000 x\r\r\n|a|\n'],
      ['a table header only', '| ID | Action |\n|---|---|\n'],
    ];
    for (const [name, text] of junk) {
      it(`does not throw on ${name}`, () => {
        const plan = parseMarkdownPlan(text);
        for (const s of spansOf(plan)) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length);
      });
    }

    it('does not throw on random mixes of plan syntax, and keeps ranges inside the text', () => {
      const pieces = ['### R-1: t', '## This week', '# H', '---', '- **Owner:** ', 'Due: 2026-01-01', '| ID | Action | Owner |', '|---|---|---|',
        '| R-2 | do | |', '```', '<!--', '-->', '\r\n', '\n', '\r', '\uFEFF', '\u0000', '**', '`', ':', ' ', '    ', '> ', '1. ', 'Risk analysis: by', 'title: "x'];
      let seed = 42;
      const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      for (let n = 0; n < 500; n++) {
        let text = '';
        const count = Math.floor(random() * 40);
        for (let i = 0; i < count; i++) text += pieces[Math.floor(random() * pieces.length)];
        const plan = parseMarkdownPlan(text);
        for (const s of spansOf(plan)) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, JSON.stringify(text));
      }
    });
  });

  describe('scale (speed is measured by npm run bench)', () => {
    it('parses a 1,000-risk plan in both forms', () => {
      let text = '# Risk Management Plan\n\n## This week\n\n';
      for (let i = 0; i < 500; i++) {
        text += `### R-${i}: Risk ${i}\n- **Priority:** High\n- **Action:** Enable MFA on account ${i}\n- **Owner:** Ana\n- **Due:** 2026-04-01\n- **Status:** Open\n\n`;
      }
      text += '| ID | Risk | Action | Owner | Due | Status |\n|---|---|---|---|---|---|\n';
      for (let i = 0; i < 500; i++) text += `| T-${i} | Risk ${i} | Execute a BAA with vendor ${i} | Ana | 2026-05-01 | Open |\n`;
      const plan = parseMarkdownPlan(text);
      assert.equal(plan.risks.length, 1000);
      assert.deepEqual([plan.risks[0].form, plan.risks[999].form], ['heading', 'table']);
    });
  });

  describe('shared corpus (../shared/corpus/dev)', () => {
    /** Risk counts per Markdown plan, from the MANIFEST table. */
    function manifestCounts(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const m of readFileSync(join(CORPUS, 'MANIFEST.md'), 'utf8').matchAll(/^\| `([^`]+\.rmp\.md)` \| Markdown \| (\d+) \|/gm)) {
        counts.set(m[1], Number(m[2]));
      }
      return counts;
    }
    const read = (name: string) => parseMarkdownPlan(readFileSync(join(CORPUS, name), 'utf8'));

    it('finds as many risks in each Markdown plan as the manifest lists', function () {
      if (!existsSync(join(CORPUS, 'MANIFEST.md'))) this.skip();
      const counts = manifestCounts();
      assert.ok(counts.size >= 6);
      for (const [name, risks] of counts) assert.equal(read(name).risks.length, risks, name);
    });

    it('reads the multi-row, duplicate and accepted risks of the plans', function () {
      if (!existsSync(CORPUS)) this.skip();
      const cedar = read('cedar-ridge-pediatrics.rmp.md');
      assert.deepEqual(riskById(cedar, 'R-011').map((r) => r.actions.length), [2]);
      assert.deepEqual(riskById(cedar, 'R-015').map((r) => r.actions.length), [0]);
      const northgate = read('northgate-orthopedics.rmp.md');
      assert.deepEqual(riskById(northgate, 'T-04').map((r) => r.form), ['table', 'heading']);
      assert.deepEqual(['A-02', 'A-03', 'T-05'].map((id) => riskById(northgate, id)[0].actions.length), [2, 2, 2]);
      assert.equal(riskById(northgate, 'P-04')[0].priority?.value, '');
      assert.equal(northgate.meta.riskAnalysis?.conductedBy?.value, 'Brightwater Security Advisors (T. Nguyen)');
      assert.equal(northgate.meta.approvedBy, undefined);
      const eastside = read('eastside-dermatology.rmp.md');
      assert.equal(eastside.meta.riskAnalysis?.date?.value, '2026-01-15');
      assert.equal(eastside.meta.riskAnalysis?.conductedBy, undefined);
      const pinecrest = read('pinecrest-urgent-care.rmp.md');
      assert.equal(pinecrest.metaAvailable, false);
      assert.equal(lineOf(pinecrest.text, pinecrest.syntaxError!.range.start), 3);
      const valley = read('valley-home-health.rmp.md');
      assert.ok(valley.risks.every((r: Risk) => r.tier !== undefined && r.tierValue === undefined));
    });
  });
});

describe('parseMarkdownPlan: a summary table of risks written out under headings', () => {
  const detailed = [
    '# Plan of Action and Milestones',
    '',
    '### POAM-001: Shared admin account',
    '- **Action:** Give each administrator a named account and disable the shared one',
    '- **Due:** 2026-08-01',
    '',
    '### POAM-002: No log review',
    '- **Action:** Review the firewall log every Monday and record the review in the log book',
    '- **Due:** 2026-09-01',
    '',
  ];
  const ids = (text: string) => parseMarkdownPlan(text).risks.map((r) => `${r.form} ${r.id?.value}`);

  it('a table whose every row is a risk written under its own heading is an index: its rows are not read again', () => {
    const summary = ['## Summary', '', '| ID | Weakness | Status |', '|---|---|---|', '| POAM-001 | Shared admin account | Open |', '| POAM-002 | No log review | Open |', ''];
    assert.deepEqual(ids([...detailed, ...summary].join('\n')), ['heading POAM-001', 'heading POAM-002']);
  });

  it('a table that shares only some IDs with headings keeps its rows (a reused ID is a duplicate to report)', () => {
    const table = ['## More', '', '| ID | Risk | Action |', '|---|---|---|', '| POAM-002 | No log review | Turn on log forwarding |', '| POAM-003 | Paper records | Lock the cabinet |', ''];
    assert.deepEqual(ids([...detailed, ...table].join('\n')), ['heading POAM-001', 'heading POAM-002', 'table POAM-002', 'table POAM-003']);
  });

  it('a register that lists risks headed above beside others of its own gives the headed ones what they lack, and keeps the others', () => {
    const register = ['## Risk Register', '', '| ID | Risk Name | Priority | Owner |', '|---|---|---|---|', '| POAM-001 | Shared admin | Critical | IT Lead |', '| POAM-002 | Log review | High | SOC |', '| POAM-003 | Paper records | Low | Office Manager |', ''];
    const plan = parseMarkdownPlan([...detailed, ...register].join('\n'));
    assert.deepEqual(plan.risks.map((r) => [`${r.form} ${r.id?.value}`, r.actions[0].owner?.value]), [['heading POAM-001', 'IT Lead'], ['heading POAM-002', 'SOC'], ['table POAM-003', 'Office Manager']]);
  });

  it('a row naming its risk by ID alone, then the same ID named in a later table, is one risk: the later row gives it its name and what it lacks', () => {
    const text = [
      '# Risk Register', '', '### Risks Exceeding Appetite', '', '| Risk | Category | Residual Score | Action |', '|---|---|---|---|',
      '| R-004 | OPERATIONAL | 9 | Escalate to the Steering Committee |', '', '### Top Risks', '',
      '| Rank | ID | Title | Owner | Response |', '|---|---|---|---|---|', '| 1 | R-004 | Engineering capacity | CTO | TREAT |', '| 2 | R-001 | Scope creep | Sponsor | TREAT |', '',
    ].join('\n');
    const plan = parseMarkdownPlan(text);
    assert.deepEqual(plan.risks.map((r) => [r.id?.value, r.title?.value, r.actions[0].owner?.value]), [['R-004', 'Engineering capacity', 'CTO'], ['R-001', 'Scope creep', 'Sponsor']]);
  });

  it('an appendix register restating risks written above gives them the owner, due date and priority they lack', () => {
    const risks = [
      '# Security Risk Assessment Report',
      '',
      '#### Risk ID: RA-7 - Lost backup tapes',
      '- **Treatment Strategy:** Move the backup tapes to an encrypted cloud vault',
      '',
      '#### Risk ID: RA-9 - Unpatched print server',
      '- **Treatment Strategy:** Retire the print server and move printing to the managed service',
      '',
      '## Appendix: Risk Register',
      '',
      '### High',
      '| Risk ID | Description | Score | Owner | Due Date |',
      '|---|---|---|---|---|',
      '| RA-7 | Lost backup tapes | 12 | Backup Lead | 2027-02-28 |',
      '',
      '### Medium',
      '| Risk ID | Description | Score | Owner | Due Date |',
      '|---|---|---|---|---|',
      '| RA-9 | Unpatched print server | 6 | Facilities | 2027-04-30 |',
      '',
    ].join('\n');
    const plan = parseMarkdownPlan(risks);
    assert.deepEqual(plan.risks.map((r) => `${r.form} ${r.id?.value}`), ['heading RA-7', 'heading RA-9']);
    assert.deepEqual(
      plan.risks.map((r) => r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value])),
      [
        [['Move the backup tapes to an encrypted cloud vault', 'Backup Lead', '2027-02-28']],
        [['Retire the print server and move printing to the managed service', 'Facilities', '2027-04-30']],
      ],
    );
  });
});
