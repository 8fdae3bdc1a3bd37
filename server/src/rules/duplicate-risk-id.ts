import type { RuleModule } from '../engine/rule';
import type { Risk } from '../model/plan-model';
import { hasValue } from '../model/plan-queries';
import { replaceFix } from '../fixes/field-edits';

const NUMBERED = /^(.*\D|)(\d+)$/;

/** The highest number used after each ID prefix (case-insensitive), so each next free ID is one lookup. */
function highestByPrefix(ids: Iterable<string>): Map<string, number> {
  const highest = new Map<string, number>();
  for (const id of ids) {
    const m = NUMBERED.exec(id);
    if (m) highest.set(m[1].toUpperCase(), Math.max(highest.get(m[1].toUpperCase()) ?? 0, Number(m[2])));
  }
  return highest;
}

/** The next ID of the same shape (`R-007` → the first free `R-NNN`) not used in the plan; records it as used. */
function nextFreeId(id: string, highest: Map<string, number>): string | undefined {
  const m = NUMBERED.exec(id);
  if (!m) return undefined;
  const [, prefix, digits] = m;
  const next = (highest.get(prefix.toUpperCase()) ?? 0) + 1;
  highest.set(prefix.toUpperCase(), next);
  return `${prefix}${String(next).padStart(digits.length, '0')}`;
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
    let highest: Map<string, number> | undefined;
    for (const risk of plan.risks) {
      if (!hasValue(risk.id)) continue;
      const key = risk.id.value.trim().toUpperCase();
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, risk);
        continue;
      }
      highest ??= highestByPrefix(plan.risks.filter((r) => hasValue(r.id)).map((r) => r.id!.value.trim()));
      const next = nextFreeId(risk.id.value.trim(), highest);
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
