// A plan pasted from a word processor or a chat answer, every space of it a no-break space (U+202F, U+00A0), reads
// as the same plan written with spaces: the same risks, fields and findings at the same offsets, the document's own
// text kept in the model. An ID written with a no-break hyphen (U+2011) keeps that spelling. Fixtures invented.
import * as assert from 'node:assert/strict';
import { recognisePlan } from '../../server/out/parse/detect';
import { analyse } from './lint-with-registry';

const PLAIN = [
  '# Clinic Risk Register',
  '',
  '| ID | Risk | Owner | Action | Due | Status |',
  '|----|------|-------|--------|-----|--------|',
  '| RR-001 | Stolen laptop exposes ePHI | IT Lead | Encrypt all laptops with BitLocker | 2026-03-01 | Open |',
  '| RR-002 | Shared front-desk login | Office Manager | Issue named accounts to front-desk staff | 2026-04-15 | In progress |',
  '',
].join('\n');
/** The same plan as pasted: every space a narrow no-break space, the first ID's hyphen a no-break hyphen, one label spaced with U+00A0. */
const PASTED = PLAIN.replace(/ /g, '\u202f').replace('RR-001', 'RR\u2011001').replace('Office\u202fManager', 'Office\u00a0Manager');

const summary = (text: string) => {
  const { plan, findings } = analyse(text, 'markdown', { today: '2026-06-15' });
  return {
    risks: plan.risks.map((r) => ({ id: r.id?.value, at: r.firstLine.start, actions: r.actions.map((a) => [a.action?.value, a.owner?.value, a.due?.value, a.status?.value]) })),
    findings: findings.map((f) => [f.rule, f.range.start, f.range.end]),
  };
};

describe('no-break spaces read as spaces', () => {
  it('reads the pasted plan as the plain one: the same risks, fields and findings at the same offsets', () => {
    assert.equal(PASTED.length, PLAIN.length);
    assert.notEqual(PASTED, PLAIN);
    const plain = summary(PLAIN);
    assert.equal(plain.risks.length, 2);
    const pasted = summary(PASTED);
    assert.equal(pasted.risks[0].id, 'RR\u2011001');
    assert.deepEqual({ ...pasted, risks: pasted.risks.map((r) => ({ ...r, id: r.id?.replace('\u2011', '-') })) }, plain);
  });

  it('keeps the document as written in the model', () => {
    assert.equal(analyse(PASTED, 'markdown', { today: '2026-06-15' }).plan.text, PASTED);
  });

  it('recognises the pasted register by its title, as the plain one', () => {
    assert.deepEqual(recognisePlan('register.md', PLAIN), { kind: 'markdown' });
    assert.deepEqual(recognisePlan('register.md', PASTED), { kind: 'markdown' });
  });
});
