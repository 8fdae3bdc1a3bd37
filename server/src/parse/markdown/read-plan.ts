// The Markdown side of spec §3: front matter and a top field list become the plan's
// metadata; headings that start with a risk ID (with the field lines below them) and GFM
// tables with ID and Action columns become risks. Plans written as trackers, POA&Ms and
// registers read too (docs/plan-format.md): IDs anywhere in a heading, headings under a
// section of risks, `Risk ID:` lines and one-line list items that open a risk, labels
// followed by lists (label-list.ts), section headings that give a deadline or priority, and
// plan details only from the header area or a section of plan details. The body is cut into sections at its
// headings (sections.ts); each section is read alone into events (its headings,
// tables and field lines) placed where it sits, and cached by its text, so an edit reads one
// section again and moves (copies) those after it; the events of all sections are then
// assembled in order, exactly as one pass over the whole body would read them.
import { withControlSummaryRead } from './control-summary';
import { withScheduledSummary } from './scheduled-summary';
import { withMilestoneLists } from './milestone-lists';
import { sharedAcceptance } from './shared-acceptance';
import { withGradedLists } from './graded-lists';
import { ownerCodes } from './owner-legend';
import { signatureBlock } from './signature-block';
import { withKeyedStepsJoined } from './keyed-steps';
import { withDuesInActionText } from '../../model/written-dues';
import type { PlanMeta, PlanModel, Risk, RiskAnalysisRef, Span } from '../../model/plan-model';
import { LineIndex, lineIndexOf } from '../../model/positions';
import { readFrontMatter } from './front-matter';
import { hasIndentedBlocks, readDedented } from './content-tabs';
import { unkeyedRoadmap } from './unkeyed-roadmap';
import { treatedElsewhere } from './treated-elsewhere';
import { withActionRowsJoined } from './action-rows';
import { withGroupedRemediation } from './grouped-remediation';
import { withFixHeadings } from './fix-headings';
import { sectionBounds } from './sections';
import { delimitedTable } from './delimited-table';
import { fencedYamlRisks } from './yaml-fence';
import { dominantEol } from '../eol';
import { PieceCache } from '../piece-cache';
import { LastTextMemo, ownCache } from '../../caches';
import { withRowNotesRead } from './row-notes';
import { withClosureNotesRead } from './closure-notes';
import { withTreatmentSectionsRead } from './treatment-sections';
import { withAcceptedListsRead } from './accepted-lists';
import { withoutRatingSnapshots } from './rating-snapshots';
import { withRowsNamingRisksJoined } from './rows-naming-risks';
import { withPriorityWindows } from './priority-windows';
import { fixesReview } from './fixes-review';
import { withoutRoadmapRepeats } from './roadmap-repeats';
import { withCitedWorkItems } from './cited-work-items';
import { withCitedTasks } from './cited-task-rows';
import { withListedStatuses } from './listed-statuses';
import { withAreaSummaries } from './area-summary';
import { withPlansElsewhereJoined } from './planned-elsewhere';
import { withMitigationsByThreatJoined } from './threat-mitigations';
import { withSectionRecommendations } from './section-recommendations';
import { withoutAnalysedRows, withoutCitedCatalogues, withoutCleanAreas, withoutGapAssessments, withoutIndexHeadings, withoutInformationalNotes, withoutInputCatalogues, withoutMetControls, withoutNamedSummaries, withoutNotGapSections, withoutNotApplicableControls, withoutRestatedHeadings, withoutSummaryTables, withoutEchoRows, withoutRowsOfNoRisk, withoutUnfilledRows, withSectionLinksRead } from './whole-plan-passes';
import { FIRST_H1, footerOwner, mergeRiskAnalysis, PLAN_FIELDS, planMeta, preparedSentence, subtitleDate } from './plan-meta';
import { DEFAULT_PREFIX, insertionAfter, insertionAfterLine } from './insertion-points';
import { type ParsedSection, placedAt } from './section-events';
import { readSection } from './section-scan';
import { Assembly } from './section-assembly';
import { withUniformSpaces } from './uniform-spaces';
import { withInstructionTitles } from './instruction-titles';
import { relatedRiskAnalysis } from './related-documents';
import { isAccepted } from '../../model/plan-queries';
import { entriesNextReview } from '../../model/review-dates';

/**
 * What sections of recent plans read as, by their text: room for a few plans of thousands of
 * risks. The first section of a document has its own cache: a byte order mark at the very
 * start reads differently from one in the body.
 */
const sections = ownCache('Markdown sections', new PieceCache<ParsedSection>(4_000_000));
const firstSections = ownCache('first Markdown sections', new PieceCache<ParsedSection>(200_000));

/**
 * The last Markdown text parsed, with its model: the plan detector reads a document that is not
 * named as a plan (its risks, to tell a register or a form to fill in) just before the lint reads
 * the same text, in the CLI and in the server on every keystroke. The model is read only.
 */
const lastParsed = ownCache('last Markdown plan parsed', new LastTextMemo<PlanModel>());

/** Parses a Markdown plan section by section, reusing the sections an edit did not touch. */
export function parseMarkdownPlan(text: string, lines?: LineIndex): PlanModel {
  // Read with plain spaces (offsets unchanged, so the line index serves both); the model keeps the document's text.
  const read = withUniformSpaces(text);
  const plan = lastParsed.of(read, () => {
    // MkDocs content tabs and admonitions indent their content: read at the margin, placed back as written.
    const dedented = hasIndentedBlocks(read) ? readDedented(read, (body) => parseAsWritten(body, new LineIndex(body))) : undefined;
    return dedented ?? parseAsWritten(read, lines ?? lineIndexOf(read));
  });
  return read === text ? plan : { ...plan, text };
}

function parseAsWritten(text: string, lines: LineIndex): PlanModel {
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const bounds = sectionBounds(text, bodyStart, lines);
  const last = bounds.length - 1;
  const read: [ParsedSection, number][] = [];
  for (let i = 0; i < last; ) {
    let next = i + 1;
    let section = cachedSection(text, bounds[i], bounds[next]);
    // A block closed just before the next heading reads the same with that section joined;
    // one still open is read with the rest of the document.
    if (section.openEnd && next < last) section = cachedSection(text, bounds[i], bounds[++next]);
    if (section.openEnd && next < last) section = cachedSection(text, bounds[i], bounds[(next = last)]);
    read.push([section, bounds[i]]);
    i = next;
  }
  sections.endParse();
  firstSections.endParse();
  return withBodiedHeadings((bodied) => {
    const assembly = new Assembly(text, lines, bodied);
    for (const [section, offset] of read) assembly.add(section, offset, lines.lineAt(offset));
    return planModel(text, lines, frontMatter, assembly);
  });
}

/**
 * A plan read as written; when that reads no risk, read again taking headings whose body
 * carries a risk's fields as risks wherever they sit (a checklist's `### §164.308(a)(1) … ❌`
 * with its status and priority). Only then: in a plan whose risks are read otherwise, such a
 * heading is a recommendation or a summary beside them.
 */
function withBodiedHeadings(read: (bodied: boolean) => PlanModel): PlanModel {
  const plain = read(false);
  if (plain.risks.length > 0) return plain;
  const bodied = read(true);
  return bodied.risks.length > 0 ? bodied : plain;
}

/** Parses a Markdown plan in one pass over its whole body (the reference the sectioned parse must equal). */
export function parseWholeMarkdownPlan(text: string): PlanModel {
  return (hasIndentedBlocks(text) ? readDedented(text, wholeAsWritten) : undefined) ?? wholeAsWritten(text);
}

function wholeAsWritten(text: string): PlanModel {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const section = placedAt(readSection(text.slice(bodyStart), bodyStart === 0), bodyStart);
  return withBodiedHeadings((bodied) => {
    const assembly = new Assembly(text, lines, bodied);
    assembly.add(section, bodyStart, lines.lineAt(bodyStart));
    return planModel(text, lines, frontMatter, assembly);
  });
}

function cachedSection(text: string, start: number, end: number): ParsedSection {
  const atStart = start === 0;
  return (atStart ? firstSections : sections).get(text.slice(start, end), readSectionAt, start);
}

/** A section read from its own text and placed at `start`, where it sits. */
function readSectionAt(own: string, start: number): ParsedSection {
  return placedAt(readSection(own, start === 0), start);
}

/** The first lines of the entries first read that the plan's risks no longer start on: set aside by a reading of the whole plan. */
function judgedNotRisks(first: readonly Risk[], risks: readonly Risk[]): Span[] {
  if (first.length === risks.length && first.every((risk, i) => risk.firstLine.start === risks[i].firstLine.start)) return [];
  const kept = new Set(risks.map((risk) => risk.firstLine.start));
  return first.filter((risk) => !kept.has(risk.firstLine.start)).map((risk) => risk.firstLine);
}

/**
 * The passes over the whole plan's risks, in order, once every section is read: each joins what
 * the plan writes apart (a summary row and its heading, a task and the finding it names) or drops
 * what was read as a risk and is not one. Deadlines and owners an action's own words give are read
 * first: a summary row's date then dates only the actions that give none.
 */
const WHOLE_PLAN_PASSES: readonly ((risks: Risk[], text: string) => Risk[])[] = [
  withDuesInActionText,
  withKeyedStepsJoined,
  withoutSummaryTables,
  withoutNamedSummaries,
  withoutRatingSnapshots,
  withoutRestatedHeadings,
  withoutIndexHeadings,
  withoutUnfilledRows,
  withoutEchoRows,
  withoutRowsOfNoRisk,
  withoutCitedCatalogues,
  withCitedWorkItems,
  withoutInputCatalogues,
  withoutGapAssessments,
  withoutInformationalNotes,
  withoutNotGapSections,
  withoutMetControls,
  withoutNotApplicableControls,
  withoutAnalysedRows,
  withoutCleanAreas,
  withoutRoadmapRepeats,
  withPlansElsewhereJoined,
  withMitigationsByThreatJoined,
  withActionRowsJoined,
  withGroupedRemediation,
  withSectionLinksRead,
  withFixHeadings,
  withInstructionTitles,
  withRowNotesRead,
  withClosureNotesRead,
  withTreatmentSectionsRead,
  withAcceptedListsRead,
  withCitedTasks,
  withRowsNamingRisksJoined,
  withListedStatuses,
  withAreaSummaries,
  withDuesInActionText,
  withControlSummaryRead,
  withScheduledSummary,
  withMilestoneLists,
  withGradedLists,
  withPriorityWindows,
  withSectionRecommendations,
];

function planModel(text: string, lines: LineIndex, frontMatter: ReturnType<typeof readFrontMatter>, assembly: Assembly): PlanModel {
  const fenced = fencedYamlRisks(text);
  // Nothing read as a risk: the register may be delimited text (a CSV export saved as .md, spreadsheet rows pasted with their tabs).
  const finished = assembly.finish();
  const delimited = finished.length === 0 && fenced.length === 0 ? delimitedTable(text) : undefined;
  const read = delimited?.risks ?? finished;
  const readFirst = fenced.length === 0 ? read : [...read, ...fenced].sort((a, b) => a.firstLine.start - b.firstLine.start);
  const risks = WHOLE_PLAN_PASSES.reduce((read, pass) => pass(read, text), readFirst);
  const judged = judgedNotRisks(readFirst, risks);
  // A field a whole-plan pass read as a risk's own (an accepted risk's nested `**Approved by:**`) is not the plan's.
  // (Looked for only when the plan's lines hold such a field: most plans' do not, and a keystroke need not walk every risk.)
  const risksOwn = assembly.planLines.some((f) => ACCEPTANCE_PLAN_FIELDS.has(f.name)) ? acceptanceFieldStarts(risks) : undefined;
  const planFields = assembly.planLines.filter((f) => PLAN_FIELDS.has(f.name) && !risksOwn?.has(f.field.valueRange.start));
  const headerEnd = risks.reduce((first, r) => Math.min(first, r.firstLine.start), text.length);
  const header = planMeta(planFields, headerEnd, () => FIRST_H1.exec(text)?.[1]);
  const footer = header.owner === undefined ? footerOwner(assembly.closingOwners, planFields) : undefined;
  const body = footer ? { ...header, owner: footer } : header;
  // New plan fields go after the spec's own (scope and third parties are often a paragraph or list further down),
  // never after a table's row (a document-control or sign-off table): a line written there would join the table.
  const anchors = planFields.filter((f) => f.name !== 'scope' && f.name !== 'thirdParties' && !/^\s*\|/.test(text.slice(lines.lineStart(f.line), lines.lineEnd(f.line))));
  const roadmap = assembly.sawRoadmap ? unkeyedRoadmap(text, risks) : undefined;
  const elsewhere = roadmap ? undefined : treatedElsewhere(text, risks);
  const reviewed = risks.length > 0 ? fixesReview(text) : undefined;
  // (Asked only of a plan that accepts a risk: the record is for them.)
  const shared = risks.some(isAccepted) ? sharedAcceptance(text, risks) : undefined;
  const codes = ownerCodes(text);
  // `**Approval Signatures**:` over `- Risk Manager: Dr. J. Martinez - [Signature] - Date: 2024-01-15`: signed, where no approval line says so.
  const signed = body.approvedBy === undefined && body.approvedOn === undefined ? signatureBlock(text) : undefined;
  // `# HIPAA Compliance Issues` over `## Patient Discharge System - November 19, 2025`: a subtitle closed by a date dates the document.
  const subtitled = body.documentDate === undefined && frontMatter?.meta.documentDate === undefined ? subtitleDate(text) : undefined;
  // `| **Review Date** | 2026-06-24 |` on every risk of a register that dates no review of its own (set 90): its entries' reviews
  // date the register's, as a CSV or JSON register's records do.
  const entries = body.lastReviewed === undefined && body.nextReview === undefined && frontMatter?.meta.lastReviewed === undefined && frontMatter?.meta.nextReview === undefined ? entriesNextReview(risks) : undefined;
  const meta: PlanMeta = {
    ...body,
    ...entries,
    ...(subtitled && { documentDate: subtitled }),
    ...signed,
    ...(codes && { ownerCodes: codes }),
    ...(roadmap && { unkeyedRoadmap: roadmap }),
    ...(elsewhere && { treatedElsewhere: elsewhere }),
    ...(reviewed && { fixesReview: reviewed }),
    ...shared,
    ...frontMatter?.meta,
    riskAnalysis: withRelatedAnalysis(text, withPreparedSentence(text, headerEnd, mergeRiskAnalysis(frontMatter?.meta.riskAnalysis, body.riskAnalysis))),
    insertAt: frontMatter
      ? { offset: frontMatter.closingFence, prefix: '' }
      : anchors.length > 0
        ? insertionAfter(text, lines, anchors[anchors.length - 1])
        : assembly.firstH1End !== undefined ? insertionAfterLine(text, lines, assembly.firstH1End - 1, DEFAULT_PREFIX) : undefined,
  };
  return {
    format: 'markdown',
    text,
    meta,
    metaAvailable: frontMatter?.syntaxError === undefined,
    risks,
    syntaxError: frontMatter?.syntaxError,
    eol: dominantEol(text),
    ...(frontMatter ? { frontMatter: { closingFence: frontMatter.closingFence, bodyStart: frontMatter.bodyStart } } : {}),
    ...(assembly.asides.length > 0 && { asides: assembly.asides }),
    ...(judged.length > 0 && { judgedNotRisks: judged }),
    // A delimited register (a CSV saved as .md) is another tool's format: a field written into it would break its records.
    ...(delimited && { otherSchema: true as const }),
  };
}

/** The plan's fields an accepted risk's acceptance also gives (its approver, approval date and review). */
const ACCEPTANCE_PLAN_FIELDS: ReadonlySet<string> = new Set(['approvedBy', 'approvedOn', 'nextReview']);

/** Where the acceptance fields of the plan's risks start: the approver, date and review of an accepted risk are its, not the plan's. */
function acceptanceFieldStarts(risks: readonly Risk[]): Set<number> {
  const starts = new Set<number>();
  // (Only an accepted risk's: a finding written up as the whole document may carry the plan's own `Next review` among its fields.)
  for (const risk of risks) {
    if (!isAccepted(risk)) continue;
    for (const f of [risk.acceptance.approvedBy, risk.acceptance.approvedOn, risk.acceptance.reviewBy]) if (f) starts.add(f.valueRange.start);
  }
  return starts;
}

/** A reference with no date or author of its own, in a risk analysis that says who prepared it and when: the document is the analysis. */
function withPreparedSentence(text: string, headerEnd: number, ref: RiskAnalysisRef | undefined): RiskAnalysisRef | undefined {
  if (ref?.date || ref?.conductedBy || ref?.combined) return ref;
  const prepared = preparedSentence(text, headerEnd, FIRST_H1.exec(text)?.[1]);
  return prepared ? { ...ref, ...prepared } : ref;
}

/** A reference with no date, author or document of its own takes the document a list of related documents names as the analysis. */
function withRelatedAnalysis(text: string, ref: RiskAnalysisRef | undefined): RiskAnalysisRef | undefined {
  if (ref?.date || ref?.conductedBy || ref?.combined || ref?.document) return ref;
  const document = relatedRiskAnalysis(text);
  return document ? { ...ref, document } : ref;
}
