// The plan's own details from the field lines outside risks (spec §3): which fields are the plan's,
// and how they become its metadata (the risk analysis, approval, review dates, a report's date).
import type { Field, PlanMeta, RiskAnalysisRef } from '../../model/plan-model';
import type { PlacedField } from './field-lines';
import { splitApproval, splitRiskAnalysis } from './risk-analysis-ref';
import { parseDate } from '../../model/dates';
import { hasRealValue } from '../../model/placeholders';
import { isReportDateLabel, normaliseLabel, type FieldName } from '../../model/vocabulary';

export const PLAN_FIELDS: ReadonlySet<FieldName> = new Set([
  'title', 'organization', 'version', 'owner', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview', 'reviewCycle',
  'riskAnalysis', 'riskAnalysisDate', 'riskAnalysisBy', 'scope', 'thirdParties', 'documentDate', 'approval', 'preparedBy',
]);
/**
 * Plan fields read anywhere outside a risk: a signature block or a governance table closes a document as often as it opens it,
 * and an audit report closes with its auditor's signature (`**Auditor:** Platform Security Team`) as often as it opens with it.
 */
export const CLOSING_PLAN_FIELDS: ReadonlySet<FieldName> = new Set(['documentDate', 'approval', 'approvedBy', 'approvedOn', 'nextReview', 'lastReviewed', 'riskAnalysisBy', 'riskAnalysisDate']);

/** How many lines apart an auditor and a date may be and still sign one block (`**Auditor:** …` over `**Date:** …`). */
const BESIDE_LINES = 3;

/**
 * A document's first H1, and a title that names a risk analysis or assessment (`HIPAA Risk Analysis`, `Security Risk Assessment`),
 * or the report of one (`Cybersecurity Assessment Report`, `Contract Audit Report`): dated and signed by its preparer, it is the analysis.
 */
export const FIRST_H1 = /^ {0,3}#[ \t]+(.+)$/m;
const ANALYSIS_TITLE = /\brisk (?:analysis|assessment)\b|\b(?:assessment|audit) report\b/i;

/**
 * The date a report gives its audit: a report's own date in the plan's header area (above its
 * first risk) when the auditor is named there too, or a date signed beside the auditor (a closing
 * signature). Never a date elsewhere in the document.
 */
function reportDate(placed: readonly PlacedField[], headerEnd: number): Field | undefined {
  const auditor = placed.find((f) => f.name === 'riskAnalysisBy');
  if (!auditor) return undefined;
  const inHeader = (f: PlacedField) => f.field.valueRange.start < headerEnd;
  const dates = placed.filter((f) => f.name === 'documentDate' && isReportDateLabel(f.label));
  // The date beside the auditor, else the report's own date in its header: an audit signed at its foot
  // (`**Audit performed by:** …` after the findings) is dated where the report is.
  return (dates.find((f) => Math.abs(f.line - auditor.line) <= BESIDE_LINES) ?? dates.find(inHeader))?.field;
}

/** The closing fields a document-control footer writes beside its owner. */
const FOOTER_FIELDS: ReadonlySet<FieldName> = new Set(['documentDate', 'lastReviewed', 'nextReview']);

/**
 * The owner a document-control footer names (`**Last Updated**: 2025-11-20`, `**Next Review**: …`, `**Owner**: Development
 * Team` closing the document): an owner line outside any risk, within a few lines of the footer's dates. Not any owner line
 * below the header: a method section's or an appendix's owner is nobody's plan.
 */
export function footerOwner(closingOwners: readonly PlacedField[], planFields: readonly PlacedField[]): Field | undefined {
  const dates = planFields.filter((f) => FOOTER_FIELDS.has(f.name));
  return closingOwners.find((owner) => hasRealValue(owner.field) && dates.some((f) => Math.abs(f.line - owner.line) <= BESIDE_LINES))?.field;
}

/** Plan-level fields from plan field lines outside risks; the first of each wins. `headerEnd`: where the first risk starts. */
/** The plan's review dates: a later one that is a date stands before an earlier one that is none (a cycle's word, a risk's). */
const REVIEW_DATES: ReadonlySet<FieldName> = new Set(['nextReview', 'lastReviewed']);

/** The dates a document's closing block gives it. */
const CLOSING_DATES: readonly FieldName[] = ['lastReviewed', 'nextReview', 'documentDate'];

/** Next-review labels that name the next assessment or audit (`Next Assessment`, `Next Audit Due`), not a review of the plan. */
const REASSESSMENT_LABEL = /\b(?:assessment|audit)\b/;

export function planMeta(placed: readonly PlacedField[], headerEnd: number, title: () => string | undefined): PlanMeta {
  const fields = new Map<FieldName, Field>();
  let reassessment = false;
  for (const f of placed) {
    const first = fields.get(f.name);
    if (first === undefined) fields.set(f.name, f.field);
    // `**Review Date**: Quarterly` under an acceptance, then the document control's `**Next Review**: 2025-12-11`: the date is the plan's.
    else if (REVIEW_DATES.has(f.name) && parseDate(first.value).kind === 'not-a-date' && parseDate(f.field.value).kind === 'date') fields.set(f.name, f.field);
    // `**Next Assessment**: 2026-10-05 (annual reassessment)` then the document control's `**Next Review**: 2026-01-05`: the
    // assessment is the risk analysis's next; the review named so is the plan's.
    else if (f.name === 'nextReview' && reassessment && !REASSESSMENT_LABEL.test(normaliseLabel(f.label)) && parseDate(reviewDateOf(f.field)!.value).kind === 'date') fields.set(f.name, f.field);
    else continue;
    if (f.name === 'nextReview') reassessment = REASSESSMENT_LABEL.test(normaliseLabel(f.label));
  }
  // Below the risks, a document's own closing block (`**Last Updated**: 2024-01-20`, `**Next Review**: 2024-02-15` at its foot) dates
  // it, over the dates of a section before it (a compliance subsection's `**Next Review**: 2024-04-15`, a meeting's `**Date**:`, set 98).
  for (const name of CLOSING_DATES) {
    const below = placed.filter((f) => f.name === name && f.field.valueRange.start >= headerEnd);
    const last = below[below.length - 1];
    if (below.length > 1 && fields.get(name) === below[0].field && parseDate(last.field.value).kind === 'date') fields.set(name, last.field);
  }
  const combined = fields.get('riskAnalysis');
  const split = combined && combined.value !== '' ? splitRiskAnalysis(combined.value, combined.valueRange.start, combined.keyRange) : combined && { combined };
  // `# HIPAA Risk Analysis` with `Date: 2026-05-08` and `Prepared by: …`: the document is the analysis, its preparer who conducted it, its date the analysis's.
  const preparer = fields.get('preparedBy');
  const noConductor = !fields.has('riskAnalysisBy') && !split?.conductedBy;
  const selfAnalysis = noConductor && hasRealValue(preparer) && ANALYSIS_TITLE.test(title() ?? '');
  // `- **Assessment date:** 2026-06-28. **Owner:** Ramesh T.`: in a risk analysis, the owner written on the assessment date's line is who made it.
  const dateLine = placed.find((f) => f.name === 'riskAnalysisDate')?.line;
  const assessmentOwner = noConductor && !selfAnalysis && dateLine !== undefined && ANALYSIS_TITLE.test(title() ?? '')
    ? placed.find((f) => f.name === 'owner' && f.line === dateLine && hasRealValue(f.field))?.field : undefined;
  const conductedBy = fields.get('riskAnalysisBy') ?? split?.conductedBy ?? (selfAnalysis ? preparer : assessmentOwner);
  // An audit report's header: `**Date:** December 19, 2024` beside `**Auditor:** …` dates the audit it reports.
  const date = fields.get('riskAnalysisDate') ?? split?.date ?? reportDate(placed, headerEnd) ??
    (selfAnalysis ? placed.find((f) => f.name === 'documentDate' && isReportDateLabel(f.label) && f.field.valueRange.start < headerEnd)?.field : undefined);
  const approval = fields.get('approval');
  const approvedBy = fields.get('approvedBy');
  // Without an approval date of its own, the approver's line (`Approved by: Jane Roe, 2026-01-02`), else an approval
  // written as one value, may say who approved and when.
  const oneValue = fields.has('approvedOn') ? undefined : (approvedBy ?? approval);
  const approved = oneValue ? splitApproval(oneValue.value, oneValue.valueRange.start, oneValue.keyRange) : {};
  // A sign-off block: `**Approved by:** Chief Risk Officer` then `**Date:** December 27, 2025` on the line below: the approver's date.
  const approver = approvedBy && !fields.has('approvedOn') && !approved.approvedOn ? placed.find((f) => f.name === 'approvedBy') : undefined;
  const signedOn = approver ? placed.find((f) => f.name === 'documentDate' && normaliseLabel(f.label) === 'date' && f.line > approver.line && f.line - approver.line <= 2 && parseDate(f.field.value).kind === 'date')?.field : undefined;
  // `**Review Cycle:** Annual (next review: February 2027)`: the cycle's own words date the next review.
  const cycle = fields.get('reviewCycle');
  const cycleNext = !fields.has('nextReview') && cycle ? nextReviewIn(cycle) : undefined;
  return {
    title: fields.get('title'),
    organization: fields.get('organization'),
    version: fields.get('version'),
    owner: fields.get('owner'),
    riskAnalysis: split || date || conductedBy ? { combined: split?.combined, date, conductedBy } : undefined,
    approvedBy: approved.approvedBy ?? approvedBy,
    approvedOn: fields.get('approvedOn') ?? approved.approvedOn ?? signedOn,
    lastReviewed: reviewDateOf(fields.get('lastReviewed')) ?? (cycle && !fields.has('nextReview') ? updatedOn(placed) : undefined),
    nextReview: reviewDateOf(fields.get('nextReview')) ?? cycleNext,
    ...(fields.has('reviewCycle') && { reviewCycle: fields.get('reviewCycle') }),
    ...(fields.has('documentDate') && { documentDate: fields.get('documentDate') }),
    ...(fields.has('scope') && { scope: fields.get('scope') }),
    ...(fields.has('thirdParties') && { thirdParties: fields.get('thirdParties') }),
  };
}

/**
 * A review's date, then who reviews (`18 July 2026 by the security review board.`), or the event that may bring it
 * sooner (`2027-04-10 or after the next drill`, Turkish `2027-04-10 veya tatbikat sonucu`): the date is the review's.
 */
const DATE_THEN_REVIEWER = /^(.+?)[ \t]+(?:by|or|veya|ou|oder|o|of|eller)[ \t]+\p{L}/u;

/** Labels of the date a document was last revised (`**Last Updated**: 2026-04-05`). */
const UPDATED_LABELS: ReadonlySet<string> = new Set(['last updated', 'last update', 'date last updated']);

/**
 * With a review cycle and no review date (`**Last Updated**: 2026-04-05` over `**Review Cycle**: Annual`): the date the
 * document was last updated is when its cycle was last met, so its next review is one cycle after it.
 */
function updatedOn(placed: readonly PlacedField[]): Field | undefined {
  const updated = placed.find((f) => f.name === 'documentDate' && UPDATED_LABELS.has(normaliseLabel(f.label)));
  return updated && parseDate(updated.field.value).kind === 'date' ? updated.field : undefined;
}

/** A review date as written, or its leading date when who reviews or what may bring it sooner follows it (`Last reviewed: 18 July 2026 by the board`). */
function reviewDateOf(review: Field | undefined): Field | undefined {
  const m = review && parseDate(review.value).kind !== 'date' ? DATE_THEN_REVIEWER.exec(review.value) : null;
  if (!review || !m || parseDate(m[1]).kind !== 'date') return review;
  return { value: m[1], valueRange: { start: review.valueRange.start, end: review.valueRange.start + m[1].length }, keyRange: review.keyRange };
}

/** `next review: February 2027` within a review cycle's words (`Annual (next review: February 2027)`). */
const NEXT_REVIEW_IN = /\bnext review(?: date)?\s*(?::|-|on|due|by)?\s*([^();,]+?)\s*(?:[();,]|$)/i;

/** The date of the next review a review cycle's words give, as a field of its own, when they give one. */
function nextReviewIn(cycle: Field): Field | undefined {
  const m = NEXT_REVIEW_IN.exec(cycle.value);
  if (!m || parseDate(m[1]).kind !== 'date') return undefined;
  const at = cycle.valueRange.start + cycle.value.indexOf(m[1], m.index);
  // Offsets hold only where the value is the text as written (no emphasis taken out of it).
  return { value: m[1], valueRange: { start: at, end: at + m[1].length }, keyRange: cycle.keyRange };
}

/** Front matter wins per part of the reference; the body fills what it lacks. */
export function mergeRiskAnalysis(front: RiskAnalysisRef | undefined, body: RiskAnalysisRef | undefined): RiskAnalysisRef | undefined {
  if (!front || !body) return front ?? body;
  return {
    date: front.date ?? body.date,
    conductedBy: front.conductedBy ?? body.conductedBy,
    combined: front.combined ?? body.combined,
  };
}

/** The title's first line and, right under it (a blank line between or not), a subtitle closed by a date after a dash or a comma. */
const DATED_SUBTITLE = /^ {0,3}#[ \t]+[^\r\n]+\r?\n(?:[ \t]*\r?\n)?( {0,3}##[ \t]+[^\r\n]*?(?:[-–—,][ \t]*))([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2,8} \d{4})[ \t]*$/m;

/** The document's title closed by a date after a spaced dash (`# HIPAA Gap Checklist (Ontogra) - 2026-02-19`, set 95). */
const DATED_TITLE = /^( {0,3}#[ \t]+[^\r\n]*?[ \t][-–—][ \t]*)(\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})[ \t]*$/m;

/**
 * The date a subtitle right under the document's title closes with (`## Patient Discharge System - November 19, 2025`), else
 * the date the title itself closes with.
 */
export function subtitleDate(text: string): Field | undefined {
  const head = text.slice(0, 2000);
  const m = DATED_SUBTITLE.exec(head);
  if (m && parseDate(m[2]).kind === 'date') {
    const start = m.index + m[0].indexOf(m[1]) + m[1].length;
    return { value: m[2], valueRange: { start, end: start + m[2].length } };
  }
  const title = FIRST_TITLE.exec(head);
  const t = title ? DATED_TITLE.exec(title[0]) : null;
  if (!title || !t || parseDate(t[2]).kind !== 'date') return undefined;
  const start = title.index + t[1].length;
  return { value: t[2], valueRange: { start, end: start + t[2].length } };
}

/**
 * A risk analysis that says in a sentence of its header who prepared it and when (`Prepared by \`security-privacy-officer\` on
 * 2026-09-27.`, set 97): the document is the analysis, and that sentence its date and who conducted it. Only above the first
 * risk, and only under a title naming a risk analysis or assessment.
 */
export function preparedSentence(text: string, headerEnd: number, title: string | undefined): RiskAnalysisRef | undefined {
  if (!ANALYSIS_TITLE.test(title ?? '')) return undefined;
  const m = PREPARED_SENTENCE.exec(text.slice(0, Math.min(headerEnd, 4000)));
  if (!m || parseDate(m[2]).kind !== 'date') return undefined;
  const by = m.index + m[0].indexOf(m[1]);
  const on = m.index + m[0].lastIndexOf(m[2]);
  return { conductedBy: { value: m[1], valueRange: { start: by, end: by + m[1].length } }, date: { value: m[2], valueRange: { start: on, end: on + m[2].length } } };
}
const PREPARED_SENTENCE = /\bprepared[ \t]+by[ \t]+[`*_]*([^`*_\n,;:.]{2,60}?)[`*_]*[ \t]+on[ \t]+(\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4})\b/i;

/** The document's first title line. */
const FIRST_TITLE = /^ {0,3}#[ \t][^\r\n]*/m;
