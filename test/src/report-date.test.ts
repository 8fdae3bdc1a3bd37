// A report's own date beside its auditor dates the analysis (reader round 9): `**Auditor:** …` and
// `**Date:**` (or `Report date`, `Date of issue`) in the plan's header area, or signed together in
// one block, give the risk analysis its date; a date elsewhere in the document does not.
import * as assert from 'node:assert/strict';
import { parseMarkdownPlan } from '../../server/out/parse/markdown/read-plan';

const RISK = '## Findings\n\n### F-01: Shared login\n\n**Action:** Give each user a named account\n**Owner:** IT\n**Due:** 2027-01-31\n';
const analysis = (text: string) => {
  const ref = parseMarkdownPlan(text).meta.riskAnalysis;
  return [ref?.conductedBy?.value ?? null, ref?.date?.value ?? null];
};

describe('a report\'s date beside its auditor (reader round 9)', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['a Date under the Auditor in the header', '# Audit\n\n**Auditor:** Jane Roe\n**Date:** 2026-03-01\n\n' + RISK, ['Jane Roe', '2026-03-01']],
    ['a Report date in the header', '# Audit\n\nAuditor: Jane Roe\n\nVersion: 2\n\nSummary text.\n\nReport date: 2026-03-01\n\n' + RISK, ['Jane Roe', '2026-03-01']],
    ['one header line parted by a bar', '# Audit\n\n**Auditor:** Jane Roe | **Date:** 2026-03-01\n\n' + RISK, ['Jane Roe', '2026-03-01']],
    ['an Audit date, a label of the analysis date itself', '# Audit\n\n**Auditor:** Jane Roe\n**Audit date:** 2026-03-01\n\n' + RISK, ['Jane Roe', '2026-03-01']],
    ['a closing signature of auditor and date', '# Audit\n\n' + RISK + '\n## Sign-off\n\n**Auditor:** Jane Roe\n**Date:** 2026-03-01\n', ['Jane Roe', '2026-03-01']],
    // The report's own date in its header dates the audit signed at its foot (thirteenth session: a blind auditor judged a held-out
    // audit report, dated in its header and signed 'Audit performed by' at its end, wrongly told its analysis had no date).
    ['a header date with the auditor only at the end', '# Audit\n\n**Date:** 2026-03-01\n\n' + RISK + '\n## Sign-off\n\nSome closing words.\n\nMore words here.\n\n**Auditor:** Jane Roe\n', ['Jane Roe', '2026-03-01']],
    ['front matter naming the auditor and the report\'s date', '---\nauditor: Jane Roe\ndate: 2026-03-01\n---\n# Audit\n\n' + RISK, ['Jane Roe', '2026-03-01']],
    ['front matter with an audit date of its own', '---\nassessor: Jane Roe\ndate: 2026-03-09\naudit_date: 2026-03-01\n---\n# Audit\n\n' + RISK, ['Jane Roe', '2026-03-01']],
    ['a date of revision', '# Audit\n\n**Auditor:** Jane Roe\n**Last updated:** 2026-03-01\n\n' + RISK, ['Jane Roe', null]],
    ['a Date far below the risks', '# Audit\n\n**Auditor:** Jane Roe\n\n' + RISK + '\n## Appendix\n\n**Date:** 2026-11-20\n', ['Jane Roe', null]],
  ];
  for (const [name, text, expected] of cases) it(`reads ${name}`, () => assert.deepEqual(analysis(text), expected));
});
