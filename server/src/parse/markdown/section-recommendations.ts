// An assessment that writes each area as its findings, then its recommendations: `## 1. Data Storage`, `### Findings`
// with `#### ❌ CRITICAL: No Encryption at Rest`, then `### Recommendations` with `1. Implement database encryption:`
// and its points. No recommendation names the finding it answers, but within one area each answers the finding that
// shares its words (`encryption`, `CSV`, `file permissions`). A finding that plans nothing of its own takes the one
// recommendation of its area that tells it apart; none when none does, or when two tie.
import type { Action, Field, Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { hasOwnAction, isClosedRisk } from '../../model/plan-queries';
import { tellingWords } from './title-words';
import { unfencedLines } from './unfenced-lines';
import { anywhere } from '../text-scan';

/** A heading over an area's recommended work. */
const RECOMMENDATIONS_HEADING = /^[\W\d_]*(?:recommendations?|recommended actions|recommended remediations?|remediation steps)[\s*_:]*$/i;
/** A numbered item at the list's left margin, its words (group 1). */
const TOP_ITEM = /^(?:\d{1,3}[.)])[ \t]+(.*\S)/;
/** A point under an item, its words (group 1). */
const SUB_POINT = /^[ \t]{2,}(?:[-*+]|\d{1,3}[.)])[ \t]+(.*\S)/;

interface Recommendation {
  readonly action: Field;
  readonly line: { start: number; end: number };
  readonly words: ReadonlySet<string>;
}

/** A heading's place: its level and where it starts. */
interface Heading {
  readonly level: number;
  readonly start: number;
  readonly recommendations?: Recommendation[];
}

/** Two words alike: the same, or one stem (`encryption` and `unencrypted`, `authentication` and `authenticate`). */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = (w: string) => w.replace(/^un(?=[a-z]{6})/, '').slice(0, 7);
  return a.length >= 6 && b.length >= 6 && stem(a) === stem(b);
}

/** How much of a finding's words an item shares: a word as written counts twice a word of its stem (`encryption` over `encrypt`). */
function sharedWords(finding: ReadonlySet<string>, item: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of finding) shared += item.has(word) ? 2 : [...item].some((other) => alike(word, other)) ? 1 : 0;
  return shared;
}

/** The document's headings, each Recommendations heading with the numbered items under it. */
function headingsOf(text: string): Heading[] {
  const headings: Heading[] = [];
  let open: Recommendation[] | undefined;
  let item: { first: Field; line: { start: number; end: number }; points: string[] } | undefined;
  const close = () => {
    if (item && open) {
      const value = [item.first.value.replace(/:$/, ''), ...item.points].join('; ');
      open.push({ action: { ...item.first, value }, line: item.line, words: tellingWords(value) });
    }
    item = undefined;
  };
  for (const { line, start, heading } of unfencedLines(text)) {
    if (heading) {
      close();
      open = RECOMMENDATIONS_HEADING.test(heading.text) ? [] : undefined;
      headings.push({ level: heading.level, start, ...(open && { recommendations: open }) });
      continue;
    }
    if (!open) continue;
    const top = TOP_ITEM.exec(line);
    if (top) {
      close();
      const at = start + line.indexOf(top[1]);
      const words = top[1].replace(/\*\*|__/g, '').trim();
      item = { first: { value: words, valueRange: { start: at, end: at + top[1].length } }, line: { start, end: start + line.length }, points: [] };
      continue;
    }
    const point = SUB_POINT.exec(line);
    if (point && item) item.points.push(point[1].replace(/\*\*|__/g, '').trim());
    else if (line.trim() !== '' && !/^[ \t]/.test(line)) close();
  }
  close();
  return headings;
}

/** Words of a recommendation of an area, looked for once the plan has a risk that wants one. */
const mayRecommend = anywhere(/recommend|remediation steps/i);

/** The risks with the recommendation of their area that each alone plans nothing for, when one tells it apart. */
export function withSectionRecommendations(risks: Risk[], text: string): Risk[] {
  const wanting = (r: Risk) => r.form === 'heading' && !hasOwnAction(r) && !isClosedRisk(r) && !r.actions.some((a) => hasRealValue(a.action));
  if (!risks.some(wanting) || !mayRecommend(text)) return risks;
  const headings = headingsOf(text);
  if (!headings.some((h) => h.recommendations && h.recommendations.length > 0)) return risks;
  const headingAt = new Map(headings.map((h, i) => [h.start, i]));
  return risks.map((risk) => {
    if (!wanting(risk)) return risk;
    const at = headingAt.get(risk.firstLine.start);
    if (at === undefined) return risk;
    // The first Recommendations heading after the finding, above it in level, before the area closes.
    const level = headings[at].level;
    let area = level;
    let found: Recommendation[] | undefined;
    for (let i = at + 1; i < headings.length; i++) {
      const h = headings[i];
      if (h.recommendations && h.level < level && h.level <= area) { found = h.recommendations; break; }
      area = Math.min(area, h.level);
      if (h.level < level - 1) break; // the area the finding sits in has closed
    }
    if (!found || found.length === 0) return risk;
    const words = tellingWords(risk.title?.value ?? '');
    const scored = found.map((r) => ({ r, shared: sharedWords(words, r.words) })).sort((a, b) => b.shared - a.shared);
    if (scored[0].shared === 0 || (scored.length > 1 && scored[1].shared === scored[0].shared)) return risk;
    const chosen = scored[0].r;
    const given = risk.actions.find((a) => a.owner || a.due || a.status);
    const action: Action = { action: chosen.action, owner: given?.owner, due: given?.due, status: given?.status, firstLine: chosen.line };
    return { ...risk, actions: [action] };
  });
}
