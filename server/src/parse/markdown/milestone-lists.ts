// A plan that schedules its risks by milestone in a list apart from them (set 97: a risk analysis's "Risk management plan"
// section, `- **G1:** R1, R2, R3, R5 implemented and tested`, `- **Phase 6 gate:** R8`): each risk one item cites, with no
// due date of its own, is due at that item's milestone. A gate or a phase is no date: missing-due-date then reports it once,
// where the milestone is written, for every risk it stands for, and a risk no item cites stands out on its own row.
import type { Action, Field, Risk } from '../../model/plan-model';
import { parseDate } from '../../model/dates';
import { hasRealValue } from '../../model/placeholders';
import { idKey } from '../../model/plan-queries';
import { isMilestoneName, MILESTONE_WORDS } from '../../model/vocabulary';
import { CITED_ID } from './whole-plan-passes';
import { everyMatch } from '../text-scan';

/** A list item led by a bold milestone: a gate, a phase, a sprint, a quarter, a month or a date, then what it schedules. */
const MILESTONE_ITEM = new RegExp(
  String.raw`^[ \t]{0,3}(?:[-*+]|\d{1,2}[.)])[ \t]+\*\*((?:${MILESTONE_WORDS})\b[^*:\n]{0,20}|[GM]\d{1,2}|(?:Q[1-4]|H[12])[ \t]+\d{4}|\d{4}-\d{2}(?:-\d{2})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{4})[ \t]*:?\*\*[ \t]*:?[ \t]*(\S[^\n]*)$`,
  'gim',
);
const milestoneItems = everyMatch(MILESTONE_ITEM);

/** A citation the item makes only to set it aside: `PHI handling (R8 excluded until Phase 6)`. */
const SET_ASIDE = /^[ \t]*(?:is[ \t]+|are[ \t]+)?(?:excluded|deferred|not[ \t]+included)\b/i;

export function withMilestoneLists(risks: Risk[], text: string): Risk[] {
  const items = milestoneItems(text);
  if (items.length === 0) return risks;
  const byKey = new Map<string, Risk>();
  for (const r of risks) if (r.id && hasRealValue(r.id)) byKey.set(idKey(r.id.value), r);
  // Each risk's milestones, by the items that cite it: one item is its due; two leave it as written.
  const cited = new Map<Risk, Field[]>();
  for (const m of items) {
    const label = m[1].trim();
    if (!isMilestoneName(label) && parseDate(label).kind !== 'date') continue;
    const start = m.index + m[0].indexOf(m[1]);
    const due: Field = { value: label, valueRange: { start, end: start + label.length } };
    const seen = new Set<Risk>();
    for (const c of m[2].matchAll(CITED_ID)) {
      const risk = byKey.get(idKey(c[0]));
      if (!risk || seen.has(risk) || SET_ASIDE.test(m[2].slice(c.index + c[0].length))) continue;
      seen.add(risk);
      cited.set(risk, [...(cited.get(risk) ?? []), due]);
    }
  }
  if (cited.size === 0) return risks;
  // (An empty Due cell is no date of its own: a table given a Due column for one row leaves the others' cells empty.)
  const undated = (a: Action) => (a.due === undefined || a.due.value.trim() === '') && hasRealValue(a.action);
  return risks.map((risk) => {
    const dues = cited.get(risk);
    if (dues?.length !== 1 || !risk.actions.some(undated)) return risk;
    return { ...risk, actions: risk.actions.map((a) => (undated(a) ? { ...a, due: dues[0] } : a)) };
  });
}
