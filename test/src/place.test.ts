// Placing a piece's model where the piece sits (parse/place.ts) moves every offset the model
// holds and nothing else: a plan read with blank lines before it reads as the plan read
// alone and then placed after those lines. The plans below hold every key the placement
// tables place, so a table that says a new span holds no offset fails here.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { parsePlan } from '../../server/out/engine/lint';
import { PLACEMENTS, placeMeta, placeRisks, placeSchemaViolations } from '../../server/out/parse/place';
import type { PlanModel } from '../../server/out/model/plan-model';
import { EXAMPLES, FIXTURES, planFilesIn } from './plan-files';

/** A register entry with the ratings no fixture writes. */
const RATED = {
  name: 'a rated register entry',
  kind: 'markdown' as const,
  text: ['# Risk Register', '', '## R-001: Shared logins', '', '- **Inherent Risk:** High', '- **Residual Risk:** Low', '- **Action:** Enable MFA', '- **Owner:** Dana', ''].join('\n'),
};

/** An OSCAL risk whose one remediation is only recommended (a scanner's POA&M), kept as its recommendation. */
const RECOMMENDED = {
  name: 'an OSCAL risk with a recommended remediation',
  kind: 'yaml' as const,
  text: [
    'plan-of-action-and-milestones:', '  uuid: 5d0c6f64-0000-4000-8000-000000000001', '  metadata:', '    title: Tenant POA&M',
    '    last-modified: 2026-05-01T00:00:00Z', '    version: 0.1.0', '    oscal-version: 1.1.2', '  risks:',
    '    - uuid: 5d0c6f64-0000-4000-8000-000000000002', '      title: Consent to applications not restricted', '      statement: A user may grant an application access.',
    '      status: open', '      remediations:', '        - uuid: 5d0c6f64-0000-4000-8000-000000000003', '          lifecycle: recommendation',
    '          title: Remediation for AAD.5.2', '          description: Allow user consent only for verified publishers', '',
  ].join('\n'),
};

const PLANS = [
  ...[EXAMPLES, join(FIXTURES, 'plans'), join(FIXTURES, 'styles'), join(FIXTURES, 'unseen')].flatMap(planFilesIn),
  RATED,
  RECOMMENDED,
  // Front matter is only front matter at the very start.
].filter((p) => !p.text.startsWith('---') && !p.text.startsWith('\uFEFF'));

/** Blank lines written before a plan: they move every offset and change nothing else. */
const PADDING = '\n'.repeat(7);

/** The keys a placement table places (not the ones it says hold no offset), by table. */
function placedKeys(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const [table, placement] of Object.entries(PLACEMENTS)) {
    keys.set(table, new Set(Object.entries(placement as Record<string, unknown>).filter(([, how]) => how !== null).map(([key]) => key)));
  }
  return keys;
}

/** Which placed keys hold a value somewhere in a plan's model: Field and Span keys wherever they occur, the others on their own objects. */
function keysWritten(plan: PlanModel, seen: Set<string>): void {
  const visit = (value: unknown, table: string | undefined): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, table));
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (table) seen.add(`${table}.${key}`);
      visit(v, TABLE_OF_KEY[`${table}.${key}`]);
    }
  };
  visit(plan.meta, 'PLAN_META');
  visit(plan.risks, 'RISK');
  visit(plan.schemaViolations, 'SCHEMA_VIOLATION');
}

/** The table of the object a key of a table holds. */
const TABLE_OF_KEY: Record<string, string> = {
  'RISK.acceptance': 'ACCEPTANCE', 'RISK.actions': 'ACTION', 'RISK.insertAt': 'INSERTION_POINT', 'RISK.firstLine': 'SPAN',
  'ACTION.insertAt': 'INSERTION_POINT', 'ACTION.firstLine': 'SPAN', 'ACTION.table': 'TABLE_ROW_CELLS',
  'ACCEPTANCE.insertAt': 'INSERTION_POINT', 'PLAN_META.insertAt': 'INSERTION_POINT', 'PLAN_META.riskAnalysis': 'RISK_ANALYSIS_REF',
};
for (const table of ['RISK', 'ACTION', 'ACCEPTANCE', 'PLAN_META', 'RISK_ANALYSIS_REF']) {
  for (const key of placedKeys().get(table)!) TABLE_OF_KEY[`${table}.${key}`] ??= 'FIELD';
}
TABLE_OF_KEY['FIELD.valueRange'] = TABLE_OF_KEY['FIELD.keyRange'] = TABLE_OF_KEY['SCHEMA_VIOLATION.range'] = 'SPAN';

describe('placing a piece where it sits', () => {
  it('has plans to check', () => assert.ok(PLANS.length >= 15, `${PLANS.length} plans`));

  for (const plan of PLANS) {
    it(`${plan.name} read after blank lines is ${plan.name} read alone, placed after them`, () => {
      const alone = parsePlan(plan.text, plan.kind);
      const padded = parsePlan(PADDING + plan.text, plan.kind);
      assert.deepStrictEqual(padded.risks, placeRisks(alone.risks, PADDING.length));
      assert.deepStrictEqual(padded.meta, placeMeta(alone.meta, PADDING.length));
      assert.deepStrictEqual(padded.schemaViolations, alone.schemaViolations && placeSchemaViolations(alone.schemaViolations, PADDING.length));
    });
  }

  it('the plans hold every key the tables place, so each placement is checked above', () => {
    const seen = new Set<string>();
    for (const plan of PLANS) keysWritten(parsePlan(plan.text, plan.kind), seen);
    const missing = [...placedKeys()]
      .filter(([table]) => table !== 'TABLE_ROW_CELLS')
      .flatMap(([table, keys]) => [...keys].map((key) => `${table}.${key}`))
      .filter((key) => !seen.has(key));
    assert.deepEqual(missing, []);
  });
});
