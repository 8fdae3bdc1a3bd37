// A roadmap that keys its numbered steps by the risk each treats (`| # | Action | Risk | Owner |`, one table per phase) names
// one risk in several tables: `R-01` under Phase 1 and again under Phase 2. Untitled, each row is that risk's step; the
// rows of later tables are more steps of the risk first met, not risks of their own (nor a reused ID).
import type { Risk } from '../../model/plan-model';

/** The risks with a later untitled table row keyed by the ID of an earlier untitled one joined to it as more steps. */
export function withKeyedStepsJoined(risks: Risk[]): Risk[] {
  const keyed = (r: Risk) => r.form === 'table' && r.title === undefined && r.id !== undefined && r.id.value.trim() !== '';
  // Most plans title their rows: nothing to join, and nothing to build.
  let repeated = false;
  const seen = new Set<string>();
  for (const r of risks) {
    if (!keyed(r)) continue;
    const k = r.id!.value.trim().toUpperCase();
    if (seen.has(k)) repeated = true;
    seen.add(k);
  }
  if (!repeated) return risks;
  const first = new Map<string, number>();
  const joined: Risk[] = [];
  for (const r of risks) {
    const k = keyed(r) ? r.id!.value.trim().toUpperCase() : undefined;
    const at = k === undefined ? undefined : first.get(k);
    if (at === undefined) {
      if (k !== undefined) first.set(k, joined.length);
      joined.push(r);
      continue;
    }
    const earlier = joined[at];
    joined[at] = { ...earlier, priority: earlier.priority ?? r.priority, actions: [...earlier.actions, ...r.actions] };
  }
  return joined;
}
