// A table of actions whose rows name the entry they act on by its words with its ID in brackets (`| 🔴 Immediate | DataVendor
// Ltd (VENDOR-005) | Suspend data transfers; … | GRC Analyst | Jul 15, 2025 |` under a vendor register whose entries are
// headed `### VENDOR-005 — DataVendor Ltd`, set 92): the row is that entry's action, not a risk of its own. Read as one, the
// entry got a false missing-action and the row was a second copy of it with no ID.
import type { Risk } from '../../model/plan-model';
import { hasOwnAction, idKey } from '../../model/plan-queries';
import { RISK_ID } from './risk-table';

/**
 * The ID a row's title names in brackets at its end (`DataVendor Ltd (VENDOR-005)`), after words of its own, when the row has
 * no ID of its own; undefined otherwise. Found from the last bracket, so a long title costs one pass.
 */
function namedId(risk: Risk): string | undefined {
  if (risk.form !== 'table' || risk.id !== undefined || risk.title === undefined) return undefined;
  const title = risk.title.value.replace(/[\s*_]+$/, '');
  if (!title.endsWith(')')) return undefined;
  const open = title.lastIndexOf('(');
  const id = open > 0 ? title.slice(open + 1, -1).trim() : '';
  return RISK_ID.test(id) && /\p{L}/u.test(title.slice(0, open)) ? id : undefined;
}

/** The risks with each row naming another risk by its ID in brackets joined to that risk as its actions. */
export function withRowsNamingRisksJoined(risks: Risk[]): Risk[] {
  if (!risks.some((r) => namedId(r) !== undefined)) return risks;
  const byId = new Map<string, number>();
  risks.forEach((r, i) => {
    if (r.id !== undefined && !byId.has(idKey(r.id.value))) byId.set(idKey(r.id.value), i);
  });
  const joined = [...risks];
  const dropped = new Set<number>();
  risks.forEach((row, i) => {
    const id = namedId(row);
    const at = id === undefined ? undefined : byId.get(idKey(id));
    if (at === undefined || !hasOwnAction(row)) return;
    const risk = joined[at];
    const own = hasOwnAction(risk) ? risk.actions : [];
    joined[at] = { ...risk, actions: [...own, ...row.actions] };
    dropped.add(i);
  });
  return dropped.size === 0 ? risks : joined.filter((_, i) => !dropped.has(i));
}
