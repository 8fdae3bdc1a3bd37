// A plan's ratings of its risks before or after its work, tabled apart (`### Pre-Remediation Risks` and `### Post-Remediation
// Risks` over `| Risk | Likelihood | Impact | Severity |`, set 92): the same risks again in other words, rated, planning nothing.
// Read as risks, each row asked for an action the plan gives its finding elsewhere (8 false missing-action in 92/03).
import type { Risk } from '../../model/plan-model';
import { hasRealValue } from '../../model/placeholders';
import { tableRuns } from './whole-plan-passes';

/** A heading that says its table rates the risks before or after the plan's work. */
const SNAPSHOT_HEADING =
  /^ {0,3}#{2,6}[ \t][^\n]*?\b(?:(?:pre|post)[- ]?(?:remediation|mitigation|treatment)|(?:before|after)[ \t]+(?:remediation|mitigation|treatment))\b/i;
/** A heading line. */
const HEADING_LINE = /^ {0,3}#{1,6}[ \t][^\n]*/gm;

/** The heading lines of a text, in order, with where each starts. */
function headingLines(text: string): { at: number; line: string }[] {
  const headings: { at: number; line: string }[] = [];
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(text); m; m = HEADING_LINE.exec(text)) headings.push({ at: m.index, line: m[0] });
  return headings;
}

/** Whether a row plans nothing of its own: no ID, and no action, owner or due date. */
function onlyRated(risk: Risk): boolean {
  return risk.id === undefined && !risk.actions.some((a) => hasRealValue(a.action) || hasRealValue(a.owner) || hasRealValue(a.due));
}

/**
 * The risks without the rows of a table of ratings before or after the plan's work, when the plan plans its risks elsewhere:
 * a plan of such tables alone keeps them (no-risks-read, or missing-action, then says what is missing).
 */
export function withoutRatingSnapshots(risks: Risk[], text: string): Risk[] {
  if (!SNAPSHOT_HEADING_ANYWHERE.test(text) || !risks.some((r) => r.actions.some((a) => hasRealValue(a.action)))) return risks;
  const dropped = new Set<Risk>();
  const headings = headingLines(text);
  // Runs come in document order: the heading over each is found by moving one index forward, not by a scan from the start
  // (from the start again should a run come before the last one).
  let next = 0;
  for (const rows of tableRuns(risks, text)) {
    const at = rows[0].firstLine.start;
    if (next > 0 && headings[next - 1].at >= at) next = 0;
    while (next < headings.length && headings[next].at < at) next++;
    if (!rows.every(onlyRated) || next === 0) continue;
    if (SNAPSHOT_HEADING.test(headings[next - 1].line)) for (const row of rows) dropped.add(row);
  }
  return dropped.size === 0 ? risks : risks.filter((r) => !dropped.has(r));
}

/** A cheap test before the runs are walked. */
const SNAPSHOT_HEADING_ANYWHERE = new RegExp(SNAPSHOT_HEADING.source, 'im');
