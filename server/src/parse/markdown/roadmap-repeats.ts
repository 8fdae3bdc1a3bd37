// A findings report's remediation roadmap that repeats the findings as its entries (`## Remediation
// Roadmap`, `### Phase 1: Critical Fixes (24-48 hours)`, `1. **Remove Hardcoded Credentials**` after
// `### 1. Hardcoded Credentials in Production Code`): each entry is the finding it names, scheduled,
// not another risk. The entries go; the deadline a phase gives an entry goes to its finding.
import type { Action, Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { hasOwnAction } from '../../model/plan-queries';
import { tellingWords } from './title-words';
import { ROADMAP_HEADING } from './unkeyed-roadmap';

/** Whether a heading risk sits under a roadmap's section heading (its tier is the heading above it). */
const inRoadmap = (r: Risk): boolean => r.form === 'heading' && r.id === undefined && r.tier !== undefined && ROADMAP_HEADING.test(r.tier.value.toLowerCase());

/**
 * The risks without a roadmap's entries that repeat findings read before it: two entries or more, most of
 * them naming (by a telling word of its title) a different finding before the roadmap that has actions of
 * its own. A finding with no due date takes the one its entry's phase gives.
 */
export function withoutRoadmapRepeats(risks: Risk[]): Risk[] {
  const entries = risks.filter(inRoadmap);
  if (entries.length < 2) return risks;
  const firstEntry = risks.indexOf(entries[0]);
  const findings = risks.slice(0, firstEntry).filter((r) => r.title && !inRoadmap(r) && hasOwnAction(r));
  if (findings.length < 2) return risks;
  const words = new Map(findings.map((r) => [r, tellingWords(r.title!.value)]));
  const used = new Set<Risk>();
  const pairs = new Map<Risk, Risk>();
  for (const entry of entries) {
    const own = [...tellingWords(entry.title?.value ?? '')];
    const finding = findings.find((f) => !used.has(f) && own.some((w) => words.get(f)!.has(w)));
    if (finding) {
      used.add(finding);
      pairs.set(finding, entry);
    }
  }
  if (pairs.size * 2 <= entries.length) return risks;
  const dropped = new Set(entries);
  return risks.filter((r) => !dropped.has(r)).map((r) => {
    const entry = pairs.get(r);
    const due = entry?.actions.find((a) => hasRealValue(a.due))?.due;
    if (!due || r.actions.some((a) => hasRealValue(a.due))) return r;
    return { ...r, actions: r.actions.map((a): Action => ({ ...a, due })) };
  });
}
