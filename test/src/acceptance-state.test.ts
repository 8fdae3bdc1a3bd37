// Acceptance is its own state (issue 14, point 3): the preview's summary, the export, the
// status bar and the code lens count an accepted risk as accepted, never as done.
import * as assert from 'node:assert/strict';
import { analyse } from './lint-with-registry';
import { DEFAULT_SETTINGS } from '../../server/out/config/settings';
import { renderPlan } from '../../server/out/render/render-plan';
import { codeLenses } from '../../server/out/server/code-lens';
import { summaryOf } from '../../server/out/server/summary';
import { summaryText } from '../../server/out/protocol';
import { LineIndex } from '../../server/out/model/positions';
import { mdPlan, TODAY, yamlPlan } from './rule-tester';

const markdown = mdPlan(
  '## This week\n\n### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:** Dana\n- **Due:** 2026-06-01\n- **Status:** Done\n- **Validation:** BitLocker report\n\n' +
    '### R-002: X-ray PC\n- **Priority:** Low\n- **Treatment:** Accept\n- **Rationale:** Vendor certifies only Windows 7\n- **Approved by:** Dr. Brooks\n- **Approved on:** 2026-02-20\n- **Compensating controls:** Offline\n- **Review by:** 2026-12-31\n',
);

function analysisOf(text: string, kind: 'markdown' | 'yaml') {
  const analysis = analyse(text, kind, { today: TODAY });
  return { ...analysis, lines: new LineIndex(text), settings: { today: TODAY, lint: DEFAULT_SETTINGS } } as never;
}

describe('acceptance as its own state', () => {
  it('the preview summary and the export count it as accepted, not done', () => {
    const html = renderPlan(analyse(markdown, 'markdown', { today: TODAY }), { today: TODAY }).html;
    assert.match(html, /<li class="figure figure-accepted"><b>1<\/b> Accepted<\/li>/);
    assert.match(html, /<li class="figure figure-done"><b>1<\/b> Done<\/li>/);
    assert.match(html, /Risks by state: Open 0, Overdue 0, Accepted 1, Done 1/);
  });

  it('a YAML risk card shows the accepted state', () => {
    const text = yamlPlan('  - id: R-007\n    priority: medium\n    treatment: accept\n    acceptance:\n      rationale: Vendor certifies only this OS\n      approvedBy: Dr. Patel\n      approvedOn: 2026-03-15\n      compensatingControls: [Isolated VLAN]\n      reviewBy: 2026-09-15\n');
    const html = renderPlan(analyse(text, 'yaml', { today: TODAY }), { today: TODAY }).html;
    assert.match(html, /<span class="state state-accepted">accepted<\/span>/);
    assert.doesNotMatch(html, /state-done/);
  });

  it('the status bar summary and the code lens say accepted, with the review date', () => {
    const analysis = analysisOf(markdown, 'markdown');
    const summary = summaryOf(analysis);
    assert.equal(summary.accepted, 1);
    assert.match(summaryText(summary), /^2 risks · 0 open · 1 accepted · 0 overdue · /);
    const titles = codeLenses(analysis).map((l) => l.command?.title);
    assert.ok(titles.includes('accepted · review by 2026-12-31'), titles.join(' | '));
  });

  it('one risk, one finding: singular words', () => {
    const one = mdPlan('### R-001: Laptops\n- **Priority:** High\n- **Action:** Encrypt the four laptops with BitLocker\n- **Owner:** Dana\n- **Due:** 2026-07-01\n');
    assert.match(summaryText(summaryOf(analysisOf(one, 'markdown'))), /^1 risk · 1 open · 0 overdue · 0 findings · next review in 273 days$/);
  });
});

describe('hover on the Review by label', () => {
  it('explains the rule about that date (expired-acceptance), with its example', () => {
    const { planFields } = require('../../server/out/server/plan-fields') as typeof import('../../server/out/server/plan-fields');
    const plan = analyse(markdown, 'markdown', { today: TODAY }).plan;
    assert.deepEqual(planFields(plan).filter((f) => f.name === 'reviewBy').map((f) => f.rule), ['expired-acceptance']);
  });
});
