import type { RuleModule } from '../engine/rule';
import type { Risk } from '../engine/model';
import { hasValue } from '../engine/plan-queries';
import { replaceFix } from '../engine/fixes';

/** The next ID of the same shape (`R-007` → the first free `R-NNN`) not used in the plan. */
function nextFreeId(id: string, used: Set<string>): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(id);
  if (!m) return undefined;
  const [, prefix, digits] = m;
  let max = 0;
  for (const other of used) {
    const o = /^(.*?)(\d+)$/.exec(other);
    if (o && o[1].toUpperCase() === prefix.toUpperCase()) max = Math.max(max, Number(o[2]));
  }
  return `${prefix}${String(max + 1).padStart(digits.length, '0')}`;
}

const rule: RuleModule = {
  id: 'duplicate-risk-id',
  defaultSeverity: 'error',
  description: 'Every risk in the plan has its own ID.',
  reference: '45 CFR § 164.316(b)(1) (documentation); traceability to the risk analysis',
  rationale:
    'Risk IDs tie the plan to the risk analysis, evidence files and tickets. Two risks with one ID make that trail ambiguous.',
  examples: { bad: '### R-004: … (R-004 already used above)', good: '### R-017: …' },
  messages: {
    duplicate: 'Risk ID {id} is already used by "{title}". Give this risk its own ID (e.g. {next}).',
  },
  check({ plan, report }) {
    const first = new Map<string, Risk>();
    const used = new Set(plan.risks.filter((r) => hasValue(r.id)).map((r) => r.id!.value.trim()));
    for (const risk of plan.risks) {
      if (!hasValue(risk.id)) continue;
      const key = risk.id.value.trim().toUpperCase();
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, risk);
        continue;
      }
      const next = nextFreeId(risk.id.value.trim(), used);
      if (next) used.add(next);
      report({
        messageId: 'duplicate',
        data: { id: risk.id.value.trim(), title: seen.title?.value || 'an earlier risk', next: next ?? 'a new ID' },
        range: risk.firstLine,
        fixes: next ? [replaceFix(`Renumber to ${next}`, risk.id.valueRange, next, false)] : [],
      });
    }
  },
};

export default rule;
