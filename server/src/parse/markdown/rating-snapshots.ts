// A plan's ratings of its risks before or after its work, tabled apart (`### Pre-Remediation Risks` and `### Post-Remediation
// Risks` over `| Risk | Likelihood | Impact | Severity |`, set 92): the same risks again in other words, rated, planning nothing.
// Read as risks, each row asked for an action the plan gives its finding elsewhere (8 false missing-action in 92/03).
import type { Risk } from '../../model/plan-model';
import { hasOwnAction } from '../../model/plan-queries';
import { plansNothing, tableRuns } from './whole-plan-passes';
import { headingAbove, headingsOf } from './document-headings';
import { anywhere } from '../text-scan';

/** A heading that says its table rates the risks before or after the plan's work. */
const SNAPSHOT_HEADING =
  /^ {0,3}#{2,6}[ \t][^\n]*?\b(?:(?:pre|post)[- ]?(?:remediation|mitigation|treatment)|(?:before|after)[ \t]+(?:remediation|mitigation|treatment))\b/i;

/** A row that plans nothing of its own and has no ID: a rating only. */
function onlyRated(risk: Risk): boolean {
  return risk.id === undefined && plansNothing(risk);
}

/**
 * The risks without the rows of a table of ratings before or after the plan's work, when the plan plans its risks elsewhere:
 * a plan of such tables alone keeps them (no-risks-read, or missing-action, then says what is missing).
 */
export function withoutRatingSnapshots(risks: Risk[], text: string): Risk[] {
  if (!snapshotHeadingAnywhere(text) || !risks.some(hasOwnAction)) return risks;
  const dropped = new Set<Risk>();
  const headings = headingsOf(text);
  for (const rows of tableRuns(risks, text)) {
    if (rows.every(onlyRated) && SNAPSHOT_HEADING.test(headingAbove(headings, rows[0].firstLine.start))) for (const row of rows) dropped.add(row);
  }
  return dropped.size === 0 ? risks : risks.filter((r) => !dropped.has(r));
}

/** A cheap test before the runs are walked, answered again only around an edit. */
const snapshotHeadingAnywhere = anywhere(new RegExp(SNAPSHOT_HEADING.source, 'im'));
