import type { RuleModule } from '../engine/rule';
import { acceptanceFields, hasValue } from '../model/plan-queries';
import { replaceFix } from '../fixes/field-edits';
import { TREATMENTS, treatmentOf } from '../model/vocabulary';
import { editDistance } from '../model/edit-distance';

const rule: RuleModule = {
  id: 'invalid-treatment',
  defaultSeverity: 'error',
  scope: 'risk',
  description: 'A treatment is one of mitigate, transfer, avoid or accept.',
  reference: '45 CFR § 164.308(a)(1)(ii)(B); § 164.306(b) (flexibility of approach)',
  rationale:
    'Each risk needs a recorded decision. "Monitor" or "fix" are not decisions an auditor recognises; accepting a risk in particular needs to be explicit.',
  examples: { bad: 'Treatment: Monitor', good: 'Treatment: Mitigate' },
  messages: {
    invalid: '"{value}" is not a treatment. Write mitigate, transfer, avoid or accept (acceptance also needs a rationale and approver).',
  },
  check({ plan, report }) {
    for (const risk of plan.risks) {
      const t = risk.treatment;
      if (!hasValue(t) || treatmentOf(t.value, risk.form)) continue;
      const written = t.value.replace(/[*_`]/g, '').trim().toLowerCase();
      // Accepting a risk is a management decision with its own record; a quick fix offers it
      // only when that record is already complete.
      const candidates = TREATMENTS.filter((name) => name !== 'accept' || acceptanceFields(risk).every(hasValue));
      const ranked = candidates.map((name) => ({ name, d: editDistance(written, name) })).sort((a, b) => a.d - b.d);
      const capital = risk.form !== 'yaml' && /^[A-Z]/.test(t.value.trim());
      const fixes = () => ranked.map(({ name, d }, i) => {
        const value = capital ? name[0].toUpperCase() + name.slice(1) : name;
        // A near-miss spelling (at most two letters off, and closest by a clear margin) is unambiguous.
        const safe = i === 0 && d <= 2 && (ranked.length < 2 || ranked[1].d > d);
        return replaceFix(`Change treatment to ${value}`, t.valueRange, value, safe);
      });
      report({ messageId: 'invalid', data: { value: t.value }, range: t.valueRange, fixes });
    }
  },
};

export default rule;
