// A risk assessment that rates its risks in one table (`| Asset | Threat | Impact | Likelihood | Risk Rating |`)
// and lists the mitigations in another, grouped by threat (`| Phishing (Desktops, Email system) | Conduct monthly
// phishing training |`, then rows with the first cell empty). A group's measures are the actions of each rated
// risk it names: by its threat, and by the assets its words or parentheses name; the group is no risk of its own.
// A group that names no rated risk's threat covers the risks of the one asset it names (`Unauthorized wifi access`: the
// Wi-Fi network's); a group that names no rated risk stays a risk, as read.
import type { Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { singular } from './title-words';
import { priorityOf } from '../../model/vocabulary';

/** Words that join a threat's name and say nothing of which threat or asset (`access to EHR`, `theft of devices`). */
const JOINING = new Set(['to', 'of', 'on', 'the', 'a', 'an', 'via', 'from', 'for', 'in', 'by', 'at', 'with']);

/** A name's words, lower case and singular; `Wi-Fi` is `wifi`, as it is written as often. */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\bwi-fi\b/g, 'wifi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !JOINING.has(w))
    .map(singular);
}

const rated = (r: Risk): boolean => r.priority !== undefined || r.likelihood !== undefined || r.impact !== undefined;
const hasAction = (r: Risk): boolean => r.actions.some((a) => hasRealValue(a.action));

/** A group's threats (`Lost device, theft`) and the assets its parentheses name (`(Mobile)`, `(Desktops, Email system)`). */
function groupOf(title: string): { threats: string[][]; assets: string[][] } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(title);
  const split = (s: string) => s.split(/\s*(?:[,;/&]|\band\b)\s*/).map(wordsOf).filter((words) => words.length > 0);
  return m ? { threats: split(m[1]), assets: split(m[2]) } : { threats: split(title), assets: [] };
}

/**
 * Whether a group names a rated risk: one of its threats holds every word of the risk's threat, and its
 * other words (`to EHR`) are the row's; and when it names assets in parentheses, one of them is the row's.
 */
function names(group: { threats: string[][]; assets: string[][] }, threat: readonly string[], row: ReadonlySet<string>): boolean {
  if (threat.length === 0) return false;
  const named = group.threats.some((words) => threat.every((w) => words.includes(w)) && words.every((w) => threat.includes(w) || row.has(w)));
  return named && (group.assets.length === 0 || group.assets.some((words) => words.every((w) => row.has(w))));
}

/** A word of a row that rates it, not names its asset: a level the vocabulary knows, or `Very` before one. */
const isRatingWord = (w: string): boolean => w === 'very' || priorityOf(w) !== undefined;

/**
 * `Unauthorized wifi access` beside `| Office Wi-Fi Network | Weak encryption |` and `| Office Wi-Fi Network | Rogue access points |`:
 * a group that names no rated risk's threat but names one asset (`wifi`) covers that asset's risks, when every row it names
 * is of that one asset. None otherwise.
 */
function byAsset(group: { threats: string[][] }, risks: readonly Risk[], rows: ReadonlyMap<Risk, { threat: string[]; row: Set<string> }>): Risk[] {
  const words = new Set(group.threats.flat());
  const assetOf = (r: Risk) => [...rows.get(r)!.row].filter((w) => !rows.get(r)!.threat.includes(w) && !isRatingWord(w) && !/^\d+$/.test(w)).sort().join(' ');
  const named = risks.filter((r) => assetOf(r).split(' ').some((w) => w !== '' && words.has(w)));
  return named.length > 0 && named.every((r) => assetOf(r) === assetOf(named[0])) ? named : [];
}

export function withMitigationsByThreatJoined(risks: Risk[], text: string): Risk[] {
  const unplanned = risks.filter((r) => r.form === 'table' && r.id === undefined && r.title !== undefined && rated(r) && !hasAction(r));
  if (unplanned.length < 2) return risks;
  const groups = risks.filter((r) => r.form === 'table' && r.id === undefined && r.title !== undefined && !rated(r) && hasAction(r) && r.firstLine.start > unplanned[0].firstLine.start);
  if (groups.length === 0) return risks;
  const rows = new Map(unplanned.map((r) => [r, { threat: wordsOf(r.title!.value), row: new Set(wordsOf(text.slice(r.firstLine.start, r.firstLine.end))) }]));
  const actionsOf = new Map<Risk, Risk['actions']>();
  const joined = new Set<Risk>();
  for (const g of groups) {
    const group = groupOf(g.title!.value.replace(/[*_`]/g, ''));
    const before = unplanned.filter((r) => r.firstLine.start < g.firstLine.start);
    const byThreat = before.filter((r) => names(group, rows.get(r)!.threat, rows.get(r)!.row));
    const named = byThreat.length > 0 ? byThreat : byAsset(group, before, rows);
    if (named.length === 0) continue;
    joined.add(g);
    for (const r of named) actionsOf.set(r, [...(actionsOf.get(r) ?? []), ...g.actions.filter((a) => hasRealValue(a.action))]);
  }
  if (joined.size === 0) return risks;
  return risks.filter((r) => !joined.has(r)).map((r) => (actionsOf.has(r) ? { ...r, actions: actionsOf.get(r)! } : r));
}
