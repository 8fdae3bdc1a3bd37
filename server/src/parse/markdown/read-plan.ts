// The Markdown side of spec §3: front matter and a top field list become the plan's
// metadata; headings that start with a risk ID (with the field lines below them) and GFM
// tables with ID and Action columns become risks. Plans written as trackers, POA&Ms and
// registers read too (docs/plan-format.md): IDs anywhere in a heading, headings under a
// section of risks, `Risk ID:` lines and one-line list items that open a risk, labels
// followed by lists (label-list.ts), section headings that give a deadline or priority, and
// plan details only from the header area or a section of plan details. The body is cut into sections at its
// headings (markdown-sections.ts); each section is read alone into events (its headings,
// tables and field lines) placed where it sits, and cached by its text, so an edit reads one
// section again and moves (copies) those after it; the events of all sections are then
// assembled in order, exactly as one pass over the whole body would read them.
import { withDuesInActionText } from '../../model/written-dues';
import type { Action, Field, PlanMeta, PlanModel, Risk, Span } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import { readFrontMatter } from './front-matter';
import { markdownStructure, type HeadingBlock } from './block-structure';
import { hasIndentedBlocks, readDedented } from './content-tabs';
import { ROADMAP_HEADING, unkeyedRoadmap } from './unkeyed-roadmap';
import { treatedElsewhere } from './treated-elsewhere';
import { withActionRowsJoined } from './action-rows';
import { withGroupedRemediation } from './grouped-remediation';
import { withFixHeadings } from './fix-headings';
import { headingValueField } from './heading-field';
import { sectionBounds } from './sections';
import { approvalTableFields, documentControlFields } from './approval-table';
import { delimitedTable } from './delimited-table';
import { fieldAt, isContinuationLine, readBoldLabelLine, readFieldLine, readFieldParts, strippedSpan, type FieldLine, type PlacedField } from './field-lines';
import { fieldTableLines, idHeadedTableFields, labelledTableFields, ratingTableLines, rowTableFields, stepTableFields } from './field-table';
import { isControlAssessmentTable, isPromptTable, tableRisks, type TierContext } from './risk-table';
import { evidenceIn, LabelList, LIST_FIELDS, type ListLabel } from './label-list';
import { inlineRiskFields } from './inline-risk';
import { boldIdItemFields, DETAILS_LABEL, detailsLineFields, endsLineRisk, formQuestionEnd, labelledRiskList, riskLineFields, taskItemFields, titledItemFields } from './risk-line';
import { fencedYamlRisks } from './yaml-fence';
import { gridTable } from './grid-table';
import { candidateHeading, gradedTitle, headingContext, headingKind, isPriorityBucket, riskHeadingElsewhere, type HeadingKind, type RiskHead } from './risk-heading';
import { parseDate } from '../../model/dates';
import { hasRealValue } from '../../model/placeholders';
import { tierOfHeading } from './tier-heading';
import { relativeDeadline } from '../../model/relative-dues';
import { fieldForLabel, normaliseLabel, opensAsInstruction, priorityOf, RISK_ID_SOURCE, statusOf, tierOf, type FieldName } from '../../model/vocabulary';
import { dominantEol } from '../eol';
import { PieceCache } from '../piece-cache';
import { fieldKey, listOf, noteRiskOrigin, placeField, placer, placeRisk, placeRisks, type Placement, type Placer } from '../place';
import { LastTextMemo, PerObjectMemo, ownCache } from '../../caches';
import { idKey } from '../../model/plan-queries';
import { withRowNotesRead } from './row-notes';
import { withClosureNotesRead } from './closure-notes';
import { fixesReview } from './fixes-review';
import { withoutRoadmapRepeats } from './roadmap-repeats';
import { CITED_ID, citesOnly, hasAcceptance, isChoice, withoutAnalysedRows, withoutCitedCatalogues, withoutCleanAreas, withoutGapAssessments, withoutIndexHeadings, withoutInformationalNotes, withoutInputCatalogues, withoutMetControls, withoutNamedSummaries, withoutNotApplicableControls, withoutRestatedHeadings, withoutSummaryTables, withoutEchoRows, withoutUnfilledRows, withSectionLinksRead } from './whole-plan-passes';
import { CLOSING_PLAN_FIELDS, FIRST_H1, mergeRiskAnalysis, PLAN_FIELDS, planMeta } from './plan-meta';
import { DEFAULT_PREFIX, insertionAfter, insertionAfterLine, lineSpan } from './insertion-points';
import { ACTION_FIELDS, headingRisk } from './risk-from-fields';

/** What a section holds, in order; lines count from the section's first line, offsets are the document's where it was read. */
type SectionEvent =
  /**
   * `inTable`: a row of a two-column field table (`true`), a field of the risk above it or of
   * the plan in its header area; or a cell of a one-row table of ratings (`row`), a field
   * only of the risk above it.
   */
  | { readonly kind: 'field'; readonly field: PlacedField; readonly inTable?: true | 'row'; readonly opensLine?: true; readonly titled?: true; readonly ranked?: true; readonly listed?: true; readonly boldId?: true }
  /** A thematic break or a new paragraph: it ends a register entry opened by a line (risk-line.ts). */
  | { readonly kind: 'break'; readonly line: number }
  /** A table's risks, read without a tier from above (tableRisks with an empty context). */
  | { readonly kind: 'table'; readonly risks: readonly Risk[]; readonly assessment?: true }
  | {
      readonly kind: 'heading';
      readonly line: number;
      /** The line after the heading. */
      readonly endLine: number;
      readonly level: number;
      /** For H2 and below that start with a risk ID. */
      readonly head?: RiskHead;
      /** For an H2 that is not a risk: the tier it names. */
      readonly tier?: TierContext;
      /** What a heading that is not a risk names: a section of risks, of plan details, or of method. */
      readonly names?: HeadingKind;
      /** For a heading without an ID: the risk it is when it sits under a section of risks and fields follow it. */
      readonly candidate?: RiskHead;
      /** For a heading that is not a risk: the due date and priority it gives the risks under it. */
      readonly due?: Field;
      readonly priority?: Field;
      /** For a heading that is not a risk: the acceptance it gives the risks under it (`Low Risks (Accepted)`). */
      readonly treatment?: Field;
      /** For a heading that names a roadmap's period (`Q1 2026 (High Priority)`): the date of the tasks under it that name a risk. */
      readonly period?: Field;
      /** A list of work still to do with no risk above it (`## Remaining Actions`): each item is an open item of its own. */
      readonly openWork?: true;
      /** A heading over a list of actions (`### Key Actions`): under a roadmap phase, each item is an open item of its own. */
      readonly actionList?: true;
      /** A roadmap phase's heading, by the span it gives (`Short-Term Remediation (0–30 Days)`, `Long-Term (90+ Days)`). */
      readonly phase?: true;
      /** A heading naming a plan of work (`## Remediation Roadmap`): its numbered bold items are its entries. */
      readonly roadmap?: true;
      /** A heading of a section set aside (an example, a template, gas optimisations: isAsideHeading): nothing under it is a risk. */
      readonly aside?: true;
      /** A heading of what is done if the risk happens (`#### Contingency Plan`): under a risk, its steps are no planned measure. */
      readonly contingency?: true;
    };

type FieldEvent = Extract<SectionEvent, { kind: 'field' }>;
type HeadingEvent = Extract<SectionEvent, { kind: 'heading' }>;

/** How a section's events are placed where the section sits (place.ts): line numbers count from the section and stay. */
const PLACED_FIELD: Placement<PlacedField> = { name: null, label: null, field: placeField, prefix: null, bulleted: null, line: null, listItem: null };
const RISK_HEAD: Placement<RiskHead> = { id: placeField, title: placeField, tentative: null, refers: null, priority: placeField, status: placeField };
const TIER_CONTEXT: Placement<TierContext> = { tier: placeField, tierValue: null };
const placeFieldEvent = placer<FieldEvent>({ kind: null, field: placer(PLACED_FIELD), inTable: null, opensLine: null, titled: null, ranked: null, listed: null, boldId: null });
const placeTableEvent = placer<Extract<SectionEvent, { kind: 'table' }>>({ kind: null, risks: placeRisks, assessment: null });
const placeHeadingEvent = placer<HeadingEvent>({
  kind: null, line: null, endLine: null, level: null, head: placer(RISK_HEAD), tier: placer(TIER_CONTEXT), names: null,
  candidate: placer(RISK_HEAD), due: placeField, priority: placeField, treatment: placeField, period: placeField, openWork: null, actionList: null, phase: null, roadmap: null, aside: null, contingency: null,
});
/** A break holds a line number (counted from the section), no offset: it stays as it is. */
const placeEvent: Placer<SectionEvent> = (event, delta) =>
  event.kind === 'field'
    ? placeFieldEvent(event, delta)
    : event.kind === 'table'
      ? placeTableEvent(event, delta)
      : event.kind === 'heading'
        ? placeHeadingEvent(event, delta)
        : event;
const placeEvents = listOf(placeEvent);

/** A section read alone. */
interface ParsedSection {
  /** Where the section was read: the document offset its events' and own risk's offsets count from. */
  readonly base: number;
  readonly events: readonly SectionEvent[];
  /** A code or HTML block is open at its end: it cannot be read apart from the next section. */
  readonly openEnd: boolean;
  /**
   * For a section that is one risk heading with its field lines (and tables): that risk as
   * it reads when the next heading closes it, without a tier from above (null: a tentative
   * heading with no fields, no risk). Undefined for other sections.
   */
  readonly own?: Risk | null;
  /** The same, moved to where the section last sat when that is not `base`. */
  placed?: { readonly offset: number; events?: readonly SectionEvent[]; own?: Risk | null };
}

/** A heading that starts with a risk ID, while its field lines are being collected. */
interface HeadingDraft {
  readonly level: number;
  readonly tier: TierContext;
  /** The due date and priority the section headings above it give. */
  readonly section: SectionContext;
  /** Index reserved in the risk list, so risks stay in source order. */
  readonly index: number;
  /** The heading, in document offsets and lines. */
  readonly heading: () => { readonly line: number; readonly head: RiskHead };
  /** Its field lines so far (document offsets and lines), unless they are all its own section's. */
  fields?: PlacedField[];
  /** The heading points back at a risk read before (RiskHead.refers, which holds no offset: known without placing the heading). */
  readonly refers?: true;
  /** The section the heading opens, while the draft is that section's own risk. */
  own?: { readonly section: ParsedSection; readonly offset: number; readonly firstLine: number };
  /** Opened by a `Risk ID:` field line rather than a heading: the next such line starts another risk. */
  readonly byField?: true | 'line';
  /** An item of open work (a Remaining Actions list item, a row of a steps table with no risk above): the next item starts another. */
  readonly item?: true;
  /** Its section holds a control assessment table: the heading names a control assessed, not a risk. */
  assessed?: true;
  /** A heading with no ID outside a section of risks: a risk only if its body carries a risk's fields (RISK_BODY). */
  readonly bodied?: true;
  /** A numbered threat scenario under a section of threat scenarios: a risk only if its body plans something (`**Countermeasures**:`). */
  readonly scenario?: true;
  /** A heading with no ID in a bucket of priority (`## P0 - Critical` over `### 1. Fix the contact form`): an item of a fix list, its title what is done when it says so. */
  readonly bucketItem?: true;
  /** A heading with no ID under a roadmap phase, tried by its body (`### 1. Implement Azure AD PIM`): its title what is done when it says so. */
  readonly phaseItem?: true;
  /** Risks were read from a table under it: with no fields of its own, the heading heads them. */
  heldRows?: true;
  /** Opened in a section set aside (an example, a template): read as no risk. */
  aside?: true;
  /** Its heading carries an ID: the sub-headings under it with none are parts of its write-up. */
  readonly identified?: true;
}

/**
 * The fields that make the body under a heading a risk's, wherever the heading sits
 * (`### Workstation lock ❌` then `**Current Status**: Not implemented`, `**Priority**: High`):
 * a planned action, a priority or a treatment, and one more of these.
 */
const RISK_BODY: ReadonlySet<FieldName> = new Set(['action', 'status', 'priority', 'owner', 'due', 'treatment']);
const RISK_BODY_LEAD: ReadonlySet<FieldName> = new Set(['action', 'priority', 'treatment']);

function isRiskBody(fields: readonly PlacedField[]): boolean {
  const names = new Set(fields.map((f) => f.name).filter((name) => RISK_BODY.has(name)));
  // A value that reads as a priority or a status: a template's `**Status:** Current status (Open, …)` defines the field.
  // A choice left to make (`Open/Closed`, `Open ☐ Closed ☐`) tracks nothing yet: a form's field, not a risk's.
  const tracked = fields.some((f) => !isChoice(f.field.value) && ((f.name === 'priority' && priorityOf(f.field.value)) || (f.name === 'status' && statusOf(f.field.value))));
  return tracked && names.size >= 2 && [...names].some((name) => RISK_BODY_LEAD.has(name));
}

/**
 * Letters, an optional hyphen and digits at the start of a heading, then a separator or the end.
 * Register IDs add more numbered parts (`SEC-2026-04`, `R-3.1`): they belong to the ID.
 */
const RISK_HEADING = new RegExp(String.raw`^[*_\`[]*(${RISK_ID_SOURCE})[*_\`\]]*(?=$|[\s:.)—–·•|-])([\s:.)—–·•|-]*)`);

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
  return lastParsed.of(text, () => {
    // MkDocs content tabs and admonitions indent their content: read at the margin, placed back as written.
    const dedented = hasIndentedBlocks(text) ? readDedented(text, (body) => parseAsWritten(body, new LineIndex(body))) : undefined;
    return dedented ?? parseAsWritten(text, lines ?? new LineIndex(text));
  });
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

/** A freshly read section (offsets relative to it) placed where it sits. */
function placedAt(section: ParsedSection, offset: number): ParsedSection {
  if (offset === 0) return section;
  return { ...section, base: offset, events: placeEvents(section.events, offset), own: section.own ? placeRisk(section.own, offset) : section.own };
}

/**
 * Reads a section (or a whole body) alone. `atDocumentStart`: it starts the document, whose
 * byte order mark the block parse does not see (but field lines keep it, as always).
 */
function readSection(text: string, atDocumentStart: boolean): ParsedSection {
  const lines = new LineIndex(text);
  const markdown = atDocumentStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { blocks, opaque, openEnd } = markdownStructure(markdown, 0, lines.lineCount);
  const events: SectionEvent[] = [];
  let cursor = 0;
  let list: LabelList | undefined;
  const fieldLine = (line: number) => (opaque[line] ? undefined : readFieldLine(text, lines.lineStart(line), lines.lineEnd(line)));
  const push = (fields: readonly PlacedField[]) => {
    for (const field of fields) events.push({ kind: 'field', field });
  };
  let headingValue: HeadingLabel | undefined;
  /** An action heading (`#### Recommendation`) whose words may be the paragraph under it rather than a list. */
  let headingParagraph: ListLabel | undefined;
  let rankingHeading = false;
  /** The items of a list under a label naming them as risks (`**Major Gaps:**`), by line. */
  let listedItems: Map<number, PlacedField> | undefined;
  /** An action label whose list a table right below it may be (`**Mitigations:**` then a table of controls). */
  let tableLabel: LabelList | undefined;
  const scanTo = (end: number, tableNext = false) => {
    for (; cursor < end; cursor++) {
      const listedItem = listedItems?.get(cursor);
      if (listedItem) events.push({ kind: 'field', field: listedItem, opensLine: true, listed: true });
      const detail = headingParagraph && list ? detailLine(text, lines, opaque, cursor) : undefined;
      if (detail) {
        events.push({ kind: 'field', field: detail });
        continue;
      }
      if (headingParagraph && text.slice(lines.lineStart(cursor), lines.lineEnd(cursor)).trim() !== '') {
        const label = headingParagraph;
        headingParagraph = undefined;
        // `#### Recommendation` then `Upgrade OpenSSL to 3.0.13 on all web servers.`: the paragraph is the action (one that leads into a list, `:`, is not).
        const paragraphEnd = opaque[cursor] || !list ? undefined : paragraphBelow(text, lines, cursor, end);
        if (paragraphEnd !== undefined && !/:\s*$/.test(text.slice(lines.lineStart(paragraphEnd), lines.lineEnd(paragraphEnd)))) {
          list = undefined;
          events.push({ kind: 'field', field: { name: 'action', label: label.label, field: fieldAt(text, lines.lineStart(cursor), lines.lineEnd(paragraphEnd), label.keyRange), prefix: DEFAULT_PREFIX, bulleted: false, line: cursor } });
          cursor = paragraphEnd;
          continue;
        }
      }
      if (headingValue && text.slice(lines.lineStart(cursor), lines.lineEnd(cursor)).trim() !== '') {
        const value = opaque[cursor] ? undefined : headingLabelValue(text, lines, cursor, end, headingValue);
        headingValue = undefined;
        if (value) {
          events.push({ kind: 'field', field: value });
          continue;
        }
      }
      const parts = opaque[cursor] ? undefined : readFieldParts(text, lines.lineStart(cursor), lines.lineEnd(cursor));
      if (parts && !list) {
        for (const part of parts) events.push({ kind: 'field', field: { ...part, line: cursor } });
        continue;
      }
      let found = fieldLine(cursor);
      // `**Remediation:**` over a fenced block (code, a YAML list of measures): the block is what is done.
      const fence = list?.awaitsActions && opaque[cursor] ? fencedBlock(text, lines, opaque, cursor, end) : undefined;
      if (list && fence) {
        push([{ name: 'action', label: list.label.label, field: { ...fence.body, keyRange: list.label.keyRange }, prefix: list.label.prefix, bulleted: false, line: cursor, listItem: 'item' }]);
        list = undefined;
        cursor = fence.lastLine;
        continue;
      }
      if (list && !opaque[cursor]) {
        const step = list.step(cursor, found, end);
        push(step.fields);
        if (step.consumed) {
          cursor = step.lastLine;
          continue;
        }
        list = undefined;
      }
      if (!found && !opaque[cursor]) {
        const bold = readBoldLabelLine(text, lines.lineStart(cursor), lines.lineEnd(cursor));
        if (bold && LIST_FIELDS.has(bold.name) && cursor + 1 < end && !opaque[cursor + 1]) {
          // The paragraph right under the label, or after one blank line (`**Required Remediation**`, a blank, then its text).
          const first = isBlankLine(text, lines, cursor + 1) && cursor + 2 < end && !opaque[cursor + 2] ? cursor + 2 : cursor + 1;
          const paragraphEnd = paragraphBelow(text, lines, first, end);
          if (paragraphEnd !== undefined) {
            const valueStart = lines.lineStart(first);
            events.push({ kind: 'field', field: { ...bold, field: fieldAt(text, valueStart, lines.lineEnd(paragraphEnd), bold.field.keyRange), line: cursor } });
            cursor = paragraphEnd;
            continue;
          }
          list = new LabelList(text, lines, { name: bold.name, label: bold.label, keyRange: bold.field.keyRange!, prefix: bold.prefix, field: { ...bold, line: cursor } });
          continue;
        }
      }
      if (!found) {
        if (opaque[cursor]) {
          const grid = gridTable(text, lines, cursor, end);
          if (grid) {
            events.push({ kind: 'table', risks: tableRisks(text, lines, grid.headerLine, grid.rowLines, {}) });
            cursor = grid.lastLine;
          }
          continue;
        }
        // `**Notes:** … with evidence (MAC-RPT-108).`: a note naming the evidence filed records the risk's evidence.
        const note = NOTE_LINE.exec(text.slice(lines.lineStart(cursor), lines.lineEnd(cursor)));
        if (note) {
          const noteStart = lines.lineStart(cursor) + note[1].length;
          push(evidenceIn(fieldAt(text, noteStart, lines.lineEnd(cursor)), '', cursor));
          continue;
        }
        // A roadmap's entry; whether the section is in a roadmap is known only to the assembly (titled events).
        // `* R-01 — Privileged account compromise` under `### Priority 1 — Critical`: a ranking of risks read elsewhere.
        const ranked = rankingHeading ? RANKED_ITEM.exec(text.slice(lines.lineStart(cursor), lines.lineEnd(cursor))) ?? SCHEDULED_ITEM.exec(text.slice(lines.lineStart(cursor), lines.lineEnd(cursor))) : null;
        if (ranked) {
          const idStart = lines.lineStart(cursor) + ranked[1].length;
          const id = { value: ranked[2], valueRange: { start: idStart, end: idStart + ranked[2].length } };
          events.push({ kind: 'field', field: { name: 'id', label: 'risk id', field: id, prefix: ranked[1], bulleted: true, line: cursor }, ranked: true });
          continue;
        }
        // `**Major Gaps:**` then a list: each item a risk of its own, when nothing else reads as one (the assembly decides).
        const listed = labelledRiskList(text, lines, cursor, end);
        if (listed) {
          listedItems = listed;
          continue;
        }
        const titled = titledItemFields(text, lines, cursor, end);
        if (titled) {
          titled.fields.forEach((field, i) => events.push({ kind: 'field', field, titled: true, ...(i === 0 && { opensLine: true as const }) }));
          cursor = titled.lastLine;
          continue;
        }
        const inline = inlineRiskFields(text, lines.lineStart(cursor), lines.lineEnd(cursor), cursor);
        const next = inline ? undefined : nextFilledLine(text, lines, cursor, end);
        const opener = inline ? undefined : riskLineFields(text, lines, cursor, next) ?? detailsLineFields(text, lines, cursor, next) ?? taskItemFields(text, lines, cursor, end);
        // `- **R-07** Unencrypted backups …`: a risk under a section of findings (the assembly decides).
        const boldId = inline || opener ? undefined : boldIdItemFields(text, lines, cursor);
        const question = inline || opener || boldId ? undefined : formQuestionEnd(text, lines, cursor, end);
        if (question !== undefined) {
          cursor = question;
          continue;
        }
        if (inline) push(inline);
        else if (opener) opener.forEach((field, i) => events.push({ kind: 'field', field, ...(i === 0 && { opensLine: true as const }) }));
        else if (boldId) boldId.forEach((field, i) => events.push({ kind: 'field', field, boldId: true, ...(i === 0 && { opensLine: true as const }) }));
        else if (endsLineRisk(text, lines, cursor)) events.push({ kind: 'break', line: cursor });
        continue;
      }
      const line = cursor;
      // A list item's value may wrap onto indented lines below it.
      while (found.bulleted && cursor + 1 < end && !opaque[cursor + 1] && isContinuationLine(text, lines.lineStart(cursor + 1), lines.lineEnd(cursor + 1)) && !fieldLine(cursor + 1)) cursor++;
      if (cursor > line) found = readFieldLine(text, lines.lineStart(line), lines.lineEnd(line), lines.lineEnd(cursor))!;
      const placed: PlacedField = { ...found, line };
      // `**Fix route → backend:**`: the arrow routes the work to whoever takes it, its owner.
      const routedTo = found.name === 'action' ? routedOwner(text, found, line) : undefined;
      if (routedTo) events.push({ kind: 'field', field: routedTo });
      // `**Timeline:**` over a fenced diagram or schedule: a schedule drawn, not a date left empty.
      if (found.field.value === '' && found.name === 'due' && opaque[nextFilledLine(text, lines, cursor, end) ?? cursor] && !opaque[cursor]) continue;
      if (found.field.value === '' && PARAGRAPH_FIELDS.has(found.name) && !found.bulleted && cursor + 1 < end) {
        // `**Resolution:**` ending its line, then (after one blank line) a paragraph: an audit finding's write-up, that paragraph the value.
        const first = isBlankLine(text, lines, cursor + 1) && cursor + 2 < end ? cursor + 2 : cursor + 1;
        const paragraphEnd = opaque[first] ? undefined : paragraphBelow(text, lines, first, end);
        if (paragraphEnd !== undefined) {
          events.push({ kind: 'field', field: { ...placed, field: fieldAt(text, lines.lineStart(first), lines.lineEnd(paragraphEnd), found.field.keyRange) } });
          cursor = paragraphEnd;
          continue;
        }
      }
      if (found.field.value === '' && LIST_FIELDS.has(found.name)) {
        list = new LabelList(text, lines, { name: found.name, label: found.label, keyRange: found.field.keyRange!, prefix: found.prefix, field: placed });
        continue;
      }
      // `**Status:**` ending its line, the status on the line under it (a report's finding): that paragraph is the value.
      if (found.field.value === '' && ONE_LINE_BELOW.has(found.name) && !found.bulleted && cursor + 1 < end && !opaque[cursor + 1]) {
        const below = paragraphBelow(text, lines, cursor + 1, end);
        if (below !== undefined) {
          events.push({ kind: 'field', field: { ...placed, field: fieldAt(text, lines.lineStart(cursor + 1), lines.lineEnd(below), found.field.keyRange) } });
          cursor = below;
          continue;
        }
      }
      events.push({ kind: 'field', field: placed });
    }
    if (list && tableNext && list.awaitsActions) tableLabel = list;
    else if (list) push(list.finish());
    list = undefined;
  };
  for (const block of blocks) {
    scanTo(block.line, block.kind === 'table');
    const label = tableLabel;
    tableLabel = undefined;
    if (block.kind === 'table') {
      const risks = tableRisks(text, lines, block.line, block.rowLines, {});
      // A table read in its own right (risks, fields, steps) is not the label's list.
      const own = risks.length > 0 || (label !== undefined && (stepTableFields(text, lines, block.line, block.rowLines).length > 0 || fieldTableLines(text, lines, block.line, block.rowLines).length > 0));
      const labelled = label && !own ? labelledTableFields(text, lines, block.line, block.rowLines, label.label.label) : [];
      if (label && labelled.length === 0) push(label.finish());
      if (labelled.length > 0) {
        for (const field of labelled) events.push({ kind: 'field', field, inTable: 'row' });
        cursor = Math.max(cursor, block.end);
        continue;
      }
      // A register's form left to fill in: its rows are prompts, not a risk's fields.
      if (risks.length === 0 && label === undefined && isPromptTable(text, lines, block.line, block.rowLines)) {
        events.push({ kind: 'table', risks });
        cursor = Math.max(cursor, block.end);
        continue;
      }
      // A table of controls assessed (PASS, PARTIAL, GAP): its heading names a control, and its cells are no risk's fields.
      if (risks.length === 0 && isControlAssessmentTable(text, lines, block.line, block.rowLines)) {
        events.push({ kind: 'table', risks, assessment: true });
        cursor = Math.max(cursor, block.end);
        continue;
      }
      const fieldRows = risks.length === 0 ? keyValueFields(text, lines, block.line, block.rowLines) : [];
      const signed = risks.length === 0 && fieldRows.length === 0 ? approvalTableFields(text, lines, block.line, block.rowLines) : fieldRows;
      const fields = risks.length === 0 && signed.length === 0 ? documentControlFields(text, lines, block.line, block.rowLines) : signed;
      // A table of steps under a risk (a POA&M item's milestones): its rows are the risk's actions.
      const steps = risks.length === 0 && fields.length === 0 ? stepTableFields(text, lines, block.line, block.rowLines) : [];
      const row = risks.length === 0 && fields.length === 0 && steps.length === 0 ? rowTableFields(text, lines, block.line, block.rowLines) : [];
      if (fields.length === 0 && row.length === 0 && steps.length === 0) events.push({ kind: 'table', risks });
      for (const field of fields) events.push({ kind: 'field', field, inTable: true });
      for (const field of [...row, ...steps]) events.push({ kind: 'field', field, inTable: 'row' });
    } else {
      const textRange = headingText(text, lines, block);
      const head = block.level >= 2 ? riskHeading(text, textRange) : undefined; // an H1 is the plan's title
      const tier = block.level === 2 && !head ? tierContext(text, textRange) : undefined;
      const kind = head ? undefined : headingKind(text, textRange);
      // `# M-01 Stale price accepted` over `## Impact` and `## Recommendations`: a finding's own write-up titles the document with
      // the finding's ID; tried by its body only where nothing else is read (withBodiedHeadings), as a one-finding file is.
      const candidate = block.level >= 2 && !head && kind === undefined ? candidateHeading(text, textRange) : block.level === 1 ? titleFinding(text, textRange) : undefined;
      const context = head || block.level === 1 ? {} : headingContext(text, textRange, (value) => parseDate(value).kind === 'date' || relativeDeadline(value) !== undefined);
      rankingHeading = !head && ((context as { priority?: Field }).priority !== undefined || (context as { due?: Field }).due !== undefined || (context as { period?: Field }).period !== undefined);
      const roadmap = !head && block.level >= 2 && ROADMAP_HEADING.test(text.slice(textRange.start, textRange.end).toLowerCase());
      const aside = !head && block.level >= 2 && isAsideHeading(text, textRange);
      const contingency = !head && block.level >= 2 && isContingencyHeading(text, textRange);
      const phase = !head && block.level >= 2 && ((context as { due?: Field }).due !== undefined || (context as { period?: Field }).period !== undefined || PHASE_SPAN.test(text.slice(textRange.start, textRange.end)));
      events.push({ kind: 'heading', line: block.line, endLine: block.end, level: block.level, head, tier, ...(kind && { names: kind }), ...(phase && { phase: true as const }), ...(candidate && { candidate }), ...(roadmap && { roadmap: true as const }), ...(aside && { aside: true as const }), ...(contingency && { contingency: true as const }), ...context });
      // `## Severity: High (CVSS 8.1)` under `# Finding 04: …`: a section heading that states a field of the open risk (heading-field.ts).
      const stated = block.level >= 2 && !head ? headingValueField(text, textRange, block.line) : undefined;
      if (stated) events.push({ kind: 'field', field: stated });
      // `##### Threat-01-S Recommended Mitigations` after `##### Threat-01-S - Spoofing …`: a heading of the risk's ID whose list is its actions (joined to it in dropRepeat).
      const label = head ? (idLabelHeading(text, textRange) ?? idSectionLabel(text, textRange) ?? taskListUnder(text, lines, block.line, textRange)) : listLabelOf(text, textRange);
      if (label) list = new LabelList(text, lines, label);
      headingParagraph = label?.name === 'action' ? label : undefined;
      if (label?.name === 'action' && OPEN_WORK.test(label.label)) (events[events.length - 1] as { openWork?: true }).openWork = true;
      // Whether it lists actions is the assembly's to weigh: under a roadmap phase that gives a deadline, the list is work of its own.
      else if (label?.name === 'action' && !head) (events[events.length - 1] as { actionList?: true }).actionList = true;
      headingValue = head || label ? undefined : valueLabelOf(text, textRange);
    }
    cursor = Math.max(cursor, block.end);
  }
  scanTo(lines.lineCount);
  return { base: 0, events, openEnd, own: ownRisk(text, lines, events) };
}

/** A two-column table's fields: under a `| Field | Value |` header, or headed by the risk's ID pair itself. */
function keyValueFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const fields = fieldTableLines(text, lines, headerLine, rowLines);
  const headed = fields.length > 0 ? fields : idHeadedTableFields(text, lines, headerLine, rowLines);
  return headed.length > 0 ? headed : ratingTableLines(text, lines, headerLine, rowLines);
}

/**
 * The last line of the paragraph of plain text that starts on `line` (a bold label's text on
 * the lines under it), or undefined when `line` is blank, a list item, a table row, a heading or
 * another label.
 */
function paragraphBelow(text: string, lines: LineIndex, line: number, end: number): number | undefined {
  const opensParagraph = (at: number) => {
    const content = text.slice(lines.lineStart(at), lines.lineEnd(at));
    return content.trim() !== '' && !/^[ \t]*(?:[-*+>#|]|\d{1,9}[.)][ \t])/.test(content) && !readFieldLine(text, lines.lineStart(at), lines.lineEnd(at)) && !readBoldLabelLine(text, lines.lineStart(at), lines.lineEnd(at));
  };
  if (!opensParagraph(line)) return undefined;
  let last = line;
  while (last + 1 < end && opensParagraph(last + 1)) last++;
  return last;
}

function isBlankLine(text: string, lines: LineIndex, line: number): boolean {
  return text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() === '';
}

/** Fields a label ending its line may give as the paragraph under it (a list under it is read as a list). */
const PARAGRAPH_FIELDS: ReadonlySet<FieldName> = new Set(['action', 'validation', 'evidence']);

/** Fields of one value that a label may give on the line under it (`**Status:**`, a line break, `🟠 *In progress*`). */
/** An audit's entry words its issue so too (`**Issue:**`, a line break, `Quarterly access reviews did not include …`). */
const ONE_LINE_BELOW: ReadonlySet<FieldName> = new Set(['status', 'priority', 'risk']);

/**
 * A heading of a section whose entries are no one's risks: an example or a template (`## Example: Smart
 * Parking System`, `#### Remediation Plan Template`, `### Sample risk register`, `## Worked example`), a
 * guide's or a course's illustration of how to fill a plan in; or a smart-contract audit's gas
 * optimisations (`## Gas Optimization Findings`), savings in cost, not risks.
 */
function isAsideHeading(text: string, range: Span): boolean {
  const name = text.slice(range.start, range.end).replace(/[*_`]/g, '').replace(/^[^\p{L}]+/u, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  return ILLUSTRATION_HEADING.test(name) || GAS_HEADING.test(name);
}
/** `#### Contingency Plan`, `### Contingency Actions (if triggered)`: what is done if the risk happens, beside the measures planned against it. */
function isContingencyHeading(text: string, range: Span): boolean {
  const name = text.slice(range.start, range.end).replace(/[*_`]/g, '').replace(/^[^\p{L}]+/u, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  return CONTINGENCY_HEADING.test(name);
}
const CONTINGENCY_HEADING = /^(?:contingency|fallback)(?: (?:plans?|actions?|measures?|steps|response|playbook))?$/i;
const ILLUSTRATION_HEADING = /^(?:(?:worked |illustrative |hypothetical )?examples?\b|sample (?:risks?|register|plan|entr(?:y|ies)|rows?|findings?|items?)\b)|\b(?:templates?|examples?|samples?)$/i;
const GAS_HEADING = /^gas(?: and (?:code|performance))?[ -](?:optimi[sz]ations?|savings?|efficiency|usage)\b/i;

/**
 * An item of a fix list titled with what is done (`### 5. Implement Secure Authentication`, `### 2. Fix
 * calculateLeadScore Import`) and no action of its own: its title is its action.
 */
function titledFix(risk: Risk): Risk {
  const title = risk.title;
  if (!title || !(FIX_TITLE.test(title.value) || opensAsInstruction(title.value)) || risk.actions.some((a) => hasRealValue(a.action))) return risk;
  const [first, ...rest] = risk.actions.length > 0 ? risk.actions : [{ firstLine: risk.firstLine }];
  return { ...risk, actions: [{ ...first, action: title }, ...rest] };
}
/** A title that opens with a verb of doing (fix lists are written so): the fix it names. */
const FIX_TITLE = /^(?:fix|add|implement|create|remove|replace|update|upgrade|enable|disable|configure|migrate|standardi[sz]e|optimi[sz]e|clean up|install|rotate|patch|deploy|set up|encrypt|restrict|enforce|harden|refactor|rewrite|move|rename|delete|document|write|build|integrate|validate|sanitize|sanitise)\b/i;

/** A note line: `**Notes:** …`, `- **Comments**: …`, `**Remarks:** …` (group 1 up to its words). */
const NOTE_LINE = /^([ \t]{0,3}(?:[-*+][ \t]+)?[*_]{2}(?:notes?|comments?|remarks|progress notes?|status notes?)[ \t]*(?::[*_]{2}|[*_]{2}[ \t]*:)[ \t]*)\S/i;

/** A fenced block opening on `line` (within `end`): its inner text as a field and its last line; undefined when the line opens no fence or the block is empty. */
function fencedBlock(text: string, lines: LineIndex, opaque: Uint8Array, line: number, end: number): { body: Field; lastLine: number } | undefined {
  const open = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(text.slice(lines.lineStart(line), lines.lineEnd(line)));
  if (!open) return undefined;
  let last = line;
  while (last + 1 < end && opaque[last + 1]) last++;
  const closes = last > line && text.slice(lines.lineStart(last), lines.lineEnd(last)).trim().startsWith(open[1]);
  const inner = { start: lines.lineStart(line + 1), end: lines.lineEnd(closes ? last - 1 : last) };
  if (last === line || inner.end <= inner.start) return undefined;
  const body = fieldAt(text, inner.start, inner.end);
  return body.value === '' ? undefined : { body, lastLine: last };
}

/** A roadmap's task naming a risk by its ID, then a colon: `- [ ] **CRIT-001**: **TLS Infrastructure Verification**`. */
const SCHEDULED_ITEM = new RegExp(String.raw`^([ \t]{0,3}[-*+][ \t]+(?:\[[ xX]\][ \t]+)?[*_\`]*)(${RISK_ID_SOURCE})[*_\`]*[ \t]*:`);

/** A list item that is only a risk's ID and its name: `* R-01 — Privileged account compromise`, `- **R-02**`. */
const RANKED_ITEM = new RegExp(String.raw`^([ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+[*_\`]*)(${RISK_ID_SOURCE})[*_\`]*(?:[ \t]+[-–—:][ \t]+[^|:]{1,100})?[ \t]*$`);

/** The zero-based line of the first non-blank line after `line`, before `end`. */
function nextFilledLine(text: string, lines: LineIndex, line: number, end: number): number | undefined {
  for (let next = line + 1; next < end; next++) if (text.slice(lines.lineStart(next), lines.lineEnd(next)).trim() !== '') return next;
  return undefined;
}

/** The risk of a section that is one risk heading with its fields, closed at the section's end. */
function ownRisk(text: string, lines: LineIndex, events: readonly SectionEvent[]): Risk | null | undefined {
  const first = events[0];
  if (first?.kind !== 'heading' || !first.head || events.some((e, i) => i > 0 && (e.kind === 'heading' || (e.kind === 'field' && e.opensLine)))) return undefined;
  const fields = events.flatMap((e) => (e.kind === 'field' ? [e.field] : []));
  if (first.head.tentative && fields.length === 0) return null;
  // `### T7: Denial of Service` over a table of T7.1 … T7.4: a heading whose section holds only risks in a table heads them.
  if (fields.length === 0 && events.some((e) => e.kind === 'table' && e.risks.length > 0)) return null;
  return headingRisk(text, lines, first.line, first.head, {}, fields);
}

/** Labels that name a risk's ID, not a plan's reference: such a line outside a risk starts one. */
const RISK_ID_LABELS: ReadonlySet<string> = new Set(['risk id', 'poa&m id', 'poam id', 'finding id', 'item id', 'issue id', 'gap id', 'weakness id', 'risk #', 'risk no', 'risk no.', 'risk number', 'risk ref']);
/** A short value with a number in it: `RISK-001`, `R1`, `7`. */
const ID_VALUE = new RegExp(String.raw`^(?:[A-Za-z&]{0,12}(?:[-\u2010\u2011][A-Za-z]{1,8}){0,2}[-_ \u2010\u2011]?\d{1,6}(?:[-.\u2010\u2011]\d{1,6})*)$`);

/** An ID whose own letters say it is a risk's (`RISK-F1`, `RSK-004`, `THREAT-2`): under a bare `ID:` label it opens one, as `Risk ID:` does. */
const RISK_NAMED_ID = /^(?:risk|rsk|threat|finding|gap|vuln|weakness)[-_ ]?[a-z]{0,3}\d/i;

function opensRisk(field: PlacedField): boolean {
  if (field.name !== 'id' || !ID_VALUE.test(field.field.value)) return false;
  const label = normaliseLabel(field.label);
  // A risk log of `- ID: RISK-F1` blocks, each with its Title, Owner, Mitigation and Status lines.
  return RISK_ID_LABELS.has(label) || (label === 'id' && RISK_NAMED_ID.test(field.field.value));
}

/** A risk with the tier of the H2 above it, unless it names its own. */
function withTier(risk: Risk, context: TierContext): Risk {
  return risk.tier !== undefined || context.tier === undefined ? risk : { ...risk, tier: context.tier, tierValue: context.tierValue };
}

/** What section headings above a risk give it: `## Priority 1 Items (Complete by: December 29, 2025)`. */
interface SectionContext {
  readonly due?: Field;
  readonly priority?: Field;
  readonly treatment?: Field;
  /** A roadmap period's date: only for the tasks under it that name a risk (Assembly.rank), never every risk under it. */
  readonly period?: Field;
}

/** What a risk was last given in context, and the copy that made: the same risk in the same context (a section an edit did not touch, under headings it did not move) is that copy again. */
interface RiskInContext {
  readonly tier: TierContext['tier'];
  readonly tierValue: TierContext['tierValue'];
  readonly due: Field | undefined;
  readonly priority: Field | undefined;
  readonly treatment: Field | undefined;
  readonly risk: Risk;
}
const inContextCopies = ownCache('risks in context', new PerObjectMemo<Risk, RiskInContext>());

/**
 * A risk with the tier above it, and the section's priority and due date where it writes none.
 * Pieces and their placed events are kept objects, so a risk above a keystroke and the headings
 * over it come back as the same objects: it is given its context once, not on every keystroke.
 */
function inContext(risk: Risk, tier: TierContext, section: SectionContext): Risk {
  const last = inContextCopies.get(risk);
  if (last && last.tier === tier.tier && last.tierValue === tier.tierValue && last.due === section.due && last.priority === section.priority && last.treatment === section.treatment) return last.risk;
  const placed = riskInContext(risk, tier, section);
  inContextCopies.set(risk, { tier: tier.tier, tierValue: tier.tierValue, due: section.due, priority: section.priority, treatment: section.treatment, risk: placed });
  return placed;
}

/** Whether a risk's priority is only its likelihood × impact as ratedPriority joins them, with no priority or score written. */
function isProductOnly(risk: Risk): boolean {
  return risk.likelihood !== undefined && risk.impact !== undefined && risk.inherentRisk === undefined && risk.priority?.value === `${risk.likelihood.value} × ${risk.impact.value}`;
}

function riskInContext(risk: Risk, tier: TierContext, section: SectionContext): Risk {
  let placed = withTier(risk, tier);
  // The section's priority (`### 🔴 HIGH PRIORITY`) is the writer's own ranking: it stands over a priority only worked out
  // from the risk's likelihood × impact (R-004 `Low × High` under HIGH PRIORITY is ranked high), never over one written.
  if (section.priority && (!placed.priority?.value.trim() || isProductOnly(placed))) placed = { ...placed, priority: section.priority };
  if (section.treatment && !placed.treatment?.value.trim()) placed = { ...placed, treatment: section.treatment };
  const due = section.due;
  if (due && placed.actions.some((a) => a.due === undefined)) placed = { ...placed, actions: placed.actions.map((a) => (a.due === undefined ? { ...a, due } : a)) };
  // What the context added, counted from the risk's first line: the risk's key is its own and
  // this (place.ts riskKey). The tier of the heading above by its value alone: per-risk rules
  // never report at it (rule.ts), and a keystroke between the heading and the risk moves it.
  if (placed !== risk) {
    const at = risk.firstLine.start;
    const tier = placed.tier === risk.tier ? '' : `${JSON.stringify(placed.tier?.value)}${placed.tierValue ?? ''}`;
    noteRiskOrigin(placed, risk, `\u0001${tier}\u0001${fieldKey(placed.priority, at)}\u0001${fieldKey(placed.treatment, at)}\u0001${fieldKey(due, at)}`);
  }
  return placed;
}

function placedEvents(section: ParsedSection, offset: number): readonly SectionEvent[] {
  if (offset === section.base) return section.events;
  if (section.placed?.offset !== offset) section.placed = { offset };
  return (section.placed.events ??= placeEvents(section.events, offset - section.base));
}

function placedOwn(section: ParsedSection, offset: number): Risk | null {
  if (offset === section.base) return section.own ?? null;
  if (section.placed?.offset !== offset) section.placed = { offset };
  if (section.placed.own === undefined) section.placed.own = section.own ? placeRisk(section.own, offset - section.base) : null;
  return section.placed.own;
}

function atLine(field: PlacedField, firstLine: number): PlacedField {
  return firstLine === 0 ? field : { ...field, line: field.line + firstLine };
}

/** Whether the row whose action is event `i` (a steps table's row) is tracked: it has a priority and an owner or a due date. */
function rowIsTracked(events: readonly SectionEvent[], i: number): boolean {
  const row = events[i];
  if (row.kind !== 'field') return false;
  const names = new Set<FieldName>();
  for (let k = i + 1; k < Math.min(events.length, i + 12); k++) {
    const e = events[k];
    if (e.kind !== 'field' || e.field.line !== row.field.line) break;
    names.add(e.field.name);
  }
  return names.has('priority') && (names.has('owner') || names.has('due'));
}

/** A line that opens a list item (`- **R-11** …`). */
const LIST_ITEM_START = /^[ \t]{0,3}[-*+][ \t]/;

/** The state of one pass over a body's events, section after section: what the whole parse would hold at that point. */
class Assembly {
  readonly slots: (Risk | undefined)[] = [];
  /** The first slot holding each ID (lower case), over slots [0, indexedBelow): a lookup per heading, not a scan of every risk before it. */
  private readonly firstById = new Map<string, number>();
  private indexedBelow = 0;
  readonly planLines: PlacedField[] = [];
  /** The zero-based line after the plan's title H1 (the first H1 above any risk). */
  firstH1End?: number;
  private tier: TierContext = {};
  private open?: HeadingDraft;
  /** The level of the section of risks the headings below are in (`## Findings`), if any. */
  private riskSection?: number;
  /** The level of the threat model's analysis section the reader is in: its ID bullets are risks, its headings are not by that. */
  private threatSection?: number;
  /** What the section of the last heading names: its fields outside risks are the plan's only in the header area or a section of plan details. */
  private area: HeadingKind | undefined;
  private headingLevel = 0;
  /** A risk has been read: fields outside risks are no longer the plan's header area. */
  private risksRead = false;
  /** The level of a heading of open work with no risk open under it (`## Remaining Actions`): each action item opens an item. */
  private openWork?: number;
  /** The level of a roadmap phase's heading that gives a deadline (`## Short-Term Remediation (0–30 Days)`), while under it. */
  private phase?: number;
  /** The level of the heading of a plan of work the current line is under (`## Remediation Roadmap`), if any. */
  private roadmap?: number;
  /** A heading of a plan of work was read: only then is a roadmap looked for whose entries name no risk. */
  sawRoadmap = false;
  /** The document's title names risks (`# Risk Register (internal)`). */
  private titleNamesRisks = false;
  /** The section headings above the current line that give their risks a due date or priority, outermost first. */
  private sections: { readonly level: number; readonly context: SectionContext }[] = [];
  /** The level of the heading of a section set aside (an example, a template) the current line is under, if any: nothing under it is a risk. */
  private aside?: number;
  /** The level of the bucket of priority the current line is under (`## P0 - Critical`) outside a section of risks: its sub-headings are candidates. */
  private bucket?: number;
  /** The level of a contingency sub-heading under the open risk (`#### Contingency Plan`): its steps are not the risk's actions. */
  private contingency?: number;
  /** The sections set aside, as offsets: the rules leave what is written in them alone. */
  readonly asides: { start: number; end: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    /** Headings outside a section of risks are tried as risks by their body (withBodiedHeadings). */
    private readonly bodiedHeadings = false,
  ) {}

  /** The events of a section that starts at `offset`, on zero-based line `firstLine`. */
  add(section: ParsedSection, offset: number, firstLine: number): void {
    const events = section.events;
    const relative = section.own !== undefined; // a risk section's own events are read only if it is not closed with them
    let placed: readonly SectionEvent[] | undefined;
    const at = (i: number) => (placed ??= placedEvents(section, offset))[i];
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (event.kind === 'field') {
        if (relative && this.open?.own?.section === section) continue;
        let field = atLine((at(i) as typeof event).field, firstLine);
        if (event.ranked) {
          this.rank(field.field);
          continue;
        }
        if (this.contingency !== undefined && ACTION_FIELDS.has(field.name)) continue;
        // An item of a list under a label naming risks (`**Major Gaps:**`) is one only when nothing else in the plan reads as a risk.
        if (event.listed && !this.bodiedHeadings) continue;
        // A sub-heading with no ID and nothing under it yet but ID bullets (`### 3.1 Malicious Operator Scenarios` over `- S1 (Spoofing): …`)
        // groups those risks: it is none of its own.
        const listsRisks = this.riskSection !== undefined || this.threatSection !== undefined;
        if (event.boldId && listsRisks && this.open !== undefined && !this.open.byField && this.isBareGroupHeading(this.open)) this.close();
        // A bold-ID bullet is a risk in a section of risks, findings or threats, not inside a risk heading (there it cites one).
        if (event.boldId && (!listsRisks || (this.open !== undefined && !this.open.byField))) continue;
        // A section of risks (`## Gaps`) lists its entries as titled items too, when no risk heading above holds them.
        if (event.titled && this.roadmap === undefined && ((this.riskSection === undefined && !this.titleNamesRisks) || (this.open !== undefined && !this.open.byField))) {
          // Outside a roadmap a numbered bold item is prose: only the field lines under it are read, as any field line.
          if (field.listItem !== 'child') continue;
          field = { ...field, listItem: undefined };
        }
        // A table of steps with no risk open (a report's "Remediation Plan" of Action | Owner | Due rows): each row is an item of its own.
        // Only a table that rates its rows tracks them as items; one without priorities restates the risks' actions (a summary by phase).
        const standaloneRow =
          event.inTable === 'row' && field.listItem === 'item' && field.name === 'action' && (!this.open || this.open.item === true) && this.area !== 'method' && rowIsTracked(events, i);
        if (event.inTable === 'row' && !this.open && !standaloneRow) continue;
        if (standaloneRow || (this.openWork !== undefined && field.name === 'action' && field.listItem === 'item' && (!this.open || this.open.byField))) {
          this.openItem(field);
          continue;
        }
        // A details block names the risk it adds to, so it ends whatever is open, a heading's draft too.
        if ((event.opensLine || opensRisk(field)) && (!this.open || this.open.byField || this.open.bodied || field.label === DETAILS_LABEL)) this.openByField(field, event.opensLine);
        else if (this.open) this.fieldsOf(this.open).push(field);
        else if (this.inPlanArea() || CLOSING_PLAN_FIELDS.has(field.name)) this.planLines.push(field);
      } else if (event.kind === 'break') {
        if (this.open?.byField === 'line') this.close();
      } else if (event.kind === 'table') {
        if (event.assessment && this.open && !this.open.byField) this.open.assessed = true;
        const risks = this.aside === undefined ? (at(i) as typeof event).risks : [];
        if (risks.length > 0) this.risksRead = true;
        if (risks.length > 0 && this.open && !this.open.byField) this.open.heldRows = true;
        const section = this.sectionContext();
        for (const risk of risks) this.slots.push(inContext(risk, this.tier, section));
      } else {
        this.heading(event, () => at(i) as typeof event, section, offset, firstLine, i === 0 && relative);
      }
    }
  }

  /** The due date and priority of the innermost section headings that give them. */
  private sectionContext(): SectionContext {
    let due: Field | undefined;
    let priority: Field | undefined;
    let treatment: Field | undefined;
    let period: Field | undefined;
    for (const { context } of this.sections) {
      due = context.due ?? due;
      priority = context.priority ?? priority;
      treatment = context.treatment ?? treatment;
      period = context.period ?? period;
    }
    return due || priority || treatment || period ? { due, priority, treatment, ...(period && { period }) } : {};
  }

  /** Fields outside risks are the plan's before the first risk (outside a section of method) and in a section of plan details. */
  private inPlanArea(): boolean {
    return this.area === 'plan' || (this.area !== 'method' && !this.risksRead);
  }

  /** A risk written as a `Risk ID:` line and the fields below it, up to the next risk or a heading above its own. */
  private openByField(field: PlacedField, byLine?: true): void {
    this.close();
    // A checklist's task item opens its entry with the action, not an ID.
    const head: RiskHead = field.name === 'id' ? { id: field.field, tentative: false } : { tentative: false };
    if (field.label === DETAILS_LABEL) {
      // A details block adds to the risk it names, or to the last risk read when it names none.
      const last = [...this.slots].reverse().find((r) => r?.id?.value);
      const id = field.field.value !== '' ? field.field : last?.id && { ...last.id };
      if (!id) return;
      Object.assign(head, { id, refers: true });
    }
    this.open = {
      ...(this.aside !== undefined && { aside: true as const }),
      level: Math.max(0, this.headingLevel - 1),
      tier: this.tier,
      section: this.sectionContext(),
      index: this.slots.push(undefined) - 1,
      heading: () => ({ line: field.line, head }),
      fields: [field],
      byField: byLine ? 'line' : true,
    };
  }

  /**
   * An item of a list of open work, read as a risk named by its action (`1. Sign the AWS BAA`). An
   * item that opens by naming a risk (`- [ ] **Finding 001:** Complete verification testing (Due:
   * 2025-12-06)`) is an action of that risk when it was read, else a risk with that ID.
   */
  private openItem(field: PlacedField): void {
    this.close();
    const keyed = keyedItem(this.text, field);
    if (keyed) {
      const at = this.firstWithId(idKey(keyed.id.value), this.slots.length);
      const risk = at >= 0 ? this.slots[at]! : undefined;
      if (risk) {
        // The risk's owner, when its actions name one, owns what is still to do on it.
        const owner = risk.actions.find((a) => a.owner)?.owner;
        const action: Action = { action: keyed.action, ...(owner && { owner }), ...(keyed.due && { due: keyed.due }), firstLine: lineSpan(this.lines, field.line) };
        const written = risk.actions.filter((a) => a.action || a.owner || a.due || a.status || a.completed);
        this.slots[at] = { ...risk, actions: [...written, action] };
        return;
      }
    }
    const head: RiskHead = keyed ? { id: keyed.id, title: keyed.action, tentative: false } : { title: field.field, tentative: false };
    const due: PlacedField[] = keyed?.due ? [{ name: 'due', label: 'due', field: keyed.due, prefix: field.prefix, bulleted: field.bulleted, line: field.line }] : [];
    this.open = {
      ...(this.aside !== undefined && { aside: true as const }),
      level: this.openWork ?? Math.max(0, this.headingLevel - 1),
      tier: this.tier,
      section: this.sectionContext(),
      index: this.slots.push(undefined) - 1,
      heading: () => ({ line: field.line, head }),
      fields: keyed ? [{ ...field, field: keyed.action }, ...due] : [field],
      byField: true,
      item: true,
    };
  }

  /** Closes the last risk: the body has ended. */
  finish(): Risk[] {
    this.close();
    return this.slots.filter((r): r is Risk => r !== undefined);
  }

  private heading(
    event: Extract<SectionEvent, { kind: 'heading' }>,
    placed: () => Extract<SectionEvent, { kind: 'heading' }>,
    section: ParsedSection,
    offset: number,
    firstLine: number,
    ownsSection: boolean,
  ): void {
    const { level } = event;
    const at = () => this.lines.lineStart(firstLine + event.line);
    if (this.aside !== undefined && level <= this.aside) {
      this.aside = undefined;
      this.asides[this.asides.length - 1].end = at();
    }
    if (event.aside && this.aside === undefined) {
      this.aside = level;
      this.asides.push({ start: at(), end: this.text.length });
    }
    if (this.contingency !== undefined && level <= this.contingency) this.contingency = undefined;
    if (event.contingency && this.open !== undefined && !this.open.byField && level > this.open.level) this.contingency = level;
    if (this.riskSection !== undefined && level <= this.riskSection) this.riskSection = undefined;
    if (this.threatSection !== undefined && level <= this.threatSection) this.threatSection = undefined;
    if (this.bucket !== undefined && level <= this.bucket) this.bucket = undefined;
    if (this.openWork !== undefined && level <= this.openWork) this.openWork = undefined;
    if (this.roadmap !== undefined && level <= this.roadmap) this.roadmap = undefined;
    if (event.roadmap) this.roadmap = level;
    if (event.roadmap) this.sawRoadmap = true;
    // A list of open work under a risk heading is that risk's; with none open it lists items of its own.
    if (this.phase !== undefined && level <= this.phase) this.phase = undefined;
    if (event.phase) this.phase = level;
    // `## Short-Term Remediation (0–30 Days)` then `### Key Actions`: a phase's list of work, each item to own, under the phase's deadline.
    const phaseWork = event.actionList === true && this.phase !== undefined && level > this.phase;
    if ((event.openWork || phaseWork) && (!this.open || this.open.byField || level <= this.open.level)) this.openWork = level;
    // An H2 tried by its body that has no field before its first sub-heading heads a part of the document (`## Administrative`
    // over `### A.1 …`): it is no finding, and its sub-headings are tried in its place.
    if (this.open?.bodied && this.open.level === 2 && level > 2 && this.fieldsOf(this.open).length === 0) this.close();
    const unranked = !event.head && event.candidate !== undefined && !event.due && !event.priority && !event.treatment;
    // Outside a section of risks, a heading is tried as a risk by its body, unless it sits inside one being tried (its sub-heading).
    // An H2 names a tier only in the plan's own words (`This week`): another H2 (`## 1. Reentrancy in withdrawals`) may be a finding by its body.
    const tiered = event.tier?.tier !== undefined && (level !== 2 || tierOf(event.tier.tier.value) !== undefined);
    // `## Q4 2025 (November - December)` over `### 1. Implement Azure AD PIM` with its Priority, Timeline and Responsible: an initiative of the
    // roadmap's phase is tried by its body too, beside the risks a table reads (a roadmap's table of project risks).
    const phased = this.phase !== undefined && level > this.phase && (!this.open || level <= this.open.level);
    const bodied = (this.bodiedHeadings || phased) && unranked && !tiered && this.riskSection === undefined && this.roadmap === undefined && this.area !== 'method' && (!this.open || level <= this.open.level);
    // `#### Proof of Concept` under `### F-01 — Stored XSS`: a sub-heading with no ID of its own, under a risk heading that has one, is a part of that risk's write-up.
    // So is one under an item of a bucket of priority whose fields came first (`## Priority 1: CRITICAL` over `### 1.1 MFA`, its
    // `**Status**:` lines, then `#### Implementation Checklist`); an item with none yet groups the sub-headings as findings of their own.
    const part = !event.head && this.open !== undefined && level > this.open.level &&
      ((event.candidate?.tentative === true && this.open.identified === true) ||
        (event.candidate !== undefined && this.open.bucketItem === true && this.fieldsOf(this.open).length > 0));
    // `## Threat Scenarios` over `### Scenario 1: EKS Cluster Compromise` with its `**Threat**:` and `**Countermeasures**:` lines: each sub-heading a threat.
    const scenario = this.threatSection !== undefined && level > this.threatSection && event.candidate !== undefined && SCENARIO_HEADING.test(event.candidate.title?.value ?? '');
    const candidate = unranked && !part && (this.riskSection !== undefined || (this.bucket !== undefined && level > this.bucket) || bodied || scenario);
    const head = event.head ?? (candidate ? event.candidate : undefined);
    if (this.open && (head || level <= this.open.level)) this.close(head !== undefined && level > this.open.level);
    this.headingLevel = level;
    while (this.sections.length > 0 && this.sections[this.sections.length - 1].level >= level) this.sections.pop();
    // A candidate heading (no ID, under a section of risks) that names a deadline or priority is a group of risks, not one.
    if (!event.head && (event.due || event.priority || event.treatment || event.period)) {
      const { due, priority, treatment, period } = placed();
      this.sections.push({ level, context: { due, priority, treatment, ...(period && { period }) } });
    }
    if (!head || bodied) {
      if (event.names === 'risks' && level >= 2) this.riskSection = level;
      // `## 🔴 P0 - CRITICAL (Week 1)` over `### 1. Missing Technology Pages`: a bucket of priority holds its sub-headings as a section of risks does.
      else if (event.priority && !event.head && level >= 2 && this.riskSection === undefined && this.bucket === undefined) this.bucket = level;
      if (event.names === 'threats' && level >= 2) this.threatSection = level;
      // A title naming risks (`# Risk Register`): its bold-titled items are entries, as a section of risks' are (its headings are not risks by that).
      if (level === 1) this.titleNamesRisks = event.names === 'risks';
      this.area = event.names;
    }
    if (level === 1) {
      this.tier = {};
      if (this.slots.length === 0) this.firstH1End ??= firstLine + event.endLine;
    } else if (level === 2) {
      this.tier = head ? {} : placed().tier!;
    }
    if (!head) return;
    this.open = {
      ...(this.aside !== undefined && { aside: true as const }),
      level,
      tier: this.tier,
      section: this.sectionContext(),
      index: this.slots.push(undefined) - 1,
      heading: () => ({ line: firstLine + event.line, head: candidate ? placed().candidate! : placed().head! }),
      ...(head.refers && { refers: true }),
      ...(head.id && { identified: true as const }),
      ...(bodied && this.riskSection === undefined && { bodied: true as const }),
      ...(candidate && !event.head && this.bucket !== undefined && { bucketItem: true as const }),
      ...(bodied && !this.bodiedHeadings && { phaseItem: true as const }),
      ...(scenario && !event.head && { scenario: true as const }),
      fields: ownsSection ? undefined : [],
      own: ownsSection ? { section, offset, firstLine } : undefined,
    };
  }

  /** Whether a draft is a heading with no ID, tried as a risk (tentative), with no field read under it yet. */
  private isBareGroupHeading(draft: HeadingDraft): boolean {
    return !draft.identified && !draft.bodied && !draft.item && this.fieldsOf(draft).length === 0 && draft.heading().head.tentative;
  }

  /** A draft's fields in document terms; a draft that was its section's own risk takes that section's fields. */
  /** Whether a field's label is a heading's (`## Recommended Remediation` over its bullets), not written on the field's own line. */
  private isUnderHeadingLabel(field: PlacedField): boolean {
    const key = field.field.keyRange;
    if (!key) return false;
    const lineStart = this.lines.lineStart(this.lines.lineAt(key.start));
    return /^ {0,3}#{1,6}[ \t]/.test(this.text.slice(lineStart, key.start + 1));
  }

  private fieldsOf(draft: HeadingDraft): PlacedField[] {
    if (!draft.fields) {
      const { section, offset, firstLine } = draft.own!;
      draft.fields = placedEvents(section, offset).flatMap((e) => (e.kind === 'field' ? [atLine(e.field, firstLine)] : []));
      draft.own = undefined;
    }
    return draft.fields;
  }

  /** `grouping`: a deeper risk heading follows, so a heading with no fields of its own heads a group (`### CC1: …` above `#### CC1.1 …`). */
  private close(grouping = false): void {
    const draft = this.open;
    this.open = undefined;
    if (!draft || draft.aside) return;
    if (draft.assessed || ((grouping || draft.heldRows) && this.fieldsOf(draft).length === 0)) return;
    if (draft.own) {
      const risk = placedOwn(draft.own.section, draft.own.offset);
      if (risk) this.slots[draft.index] = inContext(risk, draft.tier, draft.section);
      if (risk) this.risksRead = true;
      // Not draft.heading(): that places every event of the section, which a moved risk section need not be.
      if (draft.refers) this.answer(draft.index);
      else this.dropRepeat(draft.index);
      return;
    }
    const { line, head } = draft.heading();
    const fields = draft.fields!;
    // A heading that states its severity (`### ⚠️ **HIGH SEVERITY: …**`) is a finding by that, whatever its body holds.
    // `# M-01 Stale price accepted` over `## Recommendations`: a document titled by a finding's ID, with its fix, writes that finding up.
    // Its fix is a section of its own (`## Recommendations`): a bold label's definition (`**Corrective Action:** Action taken to …` in a
    // procedure titled `# SOP-004: …`) is no finding's fix.
    const writtenUp = draft.level === 1 && !draft.byField && head.id !== undefined && fields.some((field) => field.name === 'action' && field.field.value !== '' && this.isUnderHeadingLabel(field));
    // A title is tried as a finding by its write-up alone: a procedure titled `# SOP-004: …` is none, whatever its body holds.
    if (draft.bodied && ((head.tentative !== false && !isRiskBody(fields) && !writtenUp) || (draft.level === 1 && !writtenUp))) {
      // Not a risk after all: its fields are read as they would have been with no heading open.
      for (const field of fields) if (this.inPlanArea() || CLOSING_PLAN_FIELDS.has(field.name)) this.planLines.push(field);
      return;
    }
    // The plan's own fields written under a title that is the finding (`- **Last reviewed:** …` under `# Finding 07: …`) are the plan's.
    if (writtenUp) for (const field of fields) if (PLAN_FIELDS.has(field.name) && field.name !== 'owner') this.planLines.push(field);
    // A scenario written out as the analysis (its threat source and likelihood, no countermeasure) is no risk of its own.
    if (draft.scenario && !fields.some((field) => field.name === 'action')) return;
    if (!(head.tentative && fields.length === 0)) {
      const risk = headingRisk(this.text, this.lines, line, head, draft.tier, fields);
      this.slots[draft.index] = inContext(draft.bucketItem || draft.phaseItem ? titledFix(risk) : risk, {}, draft.section);
      this.risksRead = true;
    }
    if (head.refers) this.answer(draft.index);
    else this.dropRepeat(draft.index);
  }

  /**
   * A heading that repeats the ID of a risk read before it and writes no action, owner, date
   * or status of its own (an appendix's cross-reference, a control matrix) refers to that
   * risk: it is not a second one.
   */
  private dropRepeat(index: number): void {
    const repeat = this.slots[index];
    const id = repeat?.id && idKey(repeat.id.value);
    if (!repeat || id === undefined || repeat.form !== 'heading') return;
    const at = this.firstWithId(id, index);
    if (at < 0) return;
    // A heading under a table that repeats a row's ID is that row's detail section (`#### POA-001 — …` below the POA&M table): one risk.
    if (this.slots[at]!.form === 'table' && isDetailOf(repeat, this.slots[at]!)) {
      this.slots[at] = withDetail(this.slots[at]!, repeat);
      this.slots[index] = undefined;
      return;
    }
    const plans = (r: Risk) => r.actions.some((a) => a.action?.value.trim() || a.owner || a.due || a.status);
    // `##### Threat-01-S Recommended Mitigations` under `##### Threat-01-S - Spoofing …`: the risk's actions, under a heading of their own.
    const earlierRisk = this.slots[at]!;
    if (earlierRisk.form === 'heading' && isActionHeadingTitle(repeat.title?.value) && plans(repeat) && !earlierRisk.actions.some((a) => a.action?.value.trim())) {
      // The owner, date and status the risk's own section gives serve the actions listed under the heading.
      const own = earlierRisk.actions.find((a) => a.owner || a.due || a.status || a.completed);
      const given = own ? repeat.actions.map((a) => ({ ...a, owner: a.owner ?? own.owner, due: a.due ?? own.due, status: a.status ?? own.status, completed: a.completed ?? own.completed })) : repeat.actions;
      // The first action starts on the risk's line, as the first item of a list under the risk's own heading does (a field added for it goes after the list).
      const actions = given.map((a, i) => (i === 0 ? { ...a, firstLine: earlierRisk.firstLine } : a));
      this.slots[at] = { ...earlierRisk, actions };
      this.slots[index] = undefined;
      return;
    }
    // `- **R-11** Shared Wi-Fi password` in a list of findings, then `### R-11: …` with its plan: an entry that plans nothing is detailed by the section under its ID.
    // Only a list entry: two risk headings under one ID are two risks (duplicate-risk-id), whatever each plans.
    const entry = this.slots[at]!;
    const listEntry = LIST_ITEM_START.test(this.text.slice(entry.firstLine.start, entry.firstLine.end));
    if (entry.form === 'heading' && listEntry && !plans(entry) && plans(repeat) && !REPORT_ON_RISK.test(repeat.title?.value ?? '')) {
      this.slots[at] = { ...repeat, priority: repeat.priority ?? entry.priority };
      this.slots[index] = undefined;
      return;
    }
    // `### 🔴 R001 — Unauthorised Access` under `## Top 5 Risks`, then `### R001 — Unauthorised Access` under `## Full Risk Register`:
    // one risk written twice under its own ID and name, in two sections (a summary's copy and the register's entry). The copy
    // that writes more stands, in its own place; the other is no second risk. Under one section, a reused ID stays two risks.
    if (entry.form === 'heading' && !listEntry && sameTitle(entry, repeat) && outerHeadingBetween(this.text, entry.firstLine, repeat.firstLine)) {
      if (writtenFieldCount(repeat) > writtenFieldCount(entry)) this.slots[at] = undefined;
      else this.slots[index] = undefined;
      return;
    }
    // `### Finding 001 - Verification Report`: a report on a risk read before (its retest, its evidence) is that risk's, not a second one.
    if (!REPORT_ON_RISK.test(repeat.title?.value ?? '') && plans(repeat)) return;
    this.slots[index] = undefined;
    // `### Priority 1 — Critical` then `* R-01 — Privileged account compromise`: a ranking of risks read before gives each its priority.
    const earlier = this.slots[at]!;
    if (!earlier.priority && repeat.priority) this.slots[at] = { ...earlier, priority: repeat.priority };
  }

  /**
   * The first slot below `below` whose risk has this ID (lower case), or -1, by an index of the
   * settled slots rather than a scan of every risk before each heading (5,000 headings: a
   * re-read took 1.2 s). Slots are filled in order and keep their IDs (a repeat or a reply empties
   * only its own, the newest); a slot that no longer matches is looked for again.
   */
  private firstWithId(id: string, below: number): number {
    const matches = (i: number) => { const own = this.slots[i]?.id; return own !== undefined && idKey(own.value) === id; };
    // The open heading's slot is filled when it closes: never indexed before then.
    const settled = Math.min(below, this.open?.index ?? below);
    for (; this.indexedBelow < settled; this.indexedBelow++) {
      const own = this.slots[this.indexedBelow]?.id;
      const key = own && idKey(own.value);
      if (key !== undefined && !this.firstById.has(key)) this.firstById.set(key, this.indexedBelow);
    }
    const at = this.firstById.get(id);
    if (at !== undefined && at < below) return matches(at) ? at : this.slots.findIndex((_, i) => i < below && matches(i));
    for (let i = this.indexedBelow; i < below; i++) if (matches(i)) return i;
    return -1;
  }

  /** A ranked mention of a risk read before gives it the priority of the section it is listed under, when it has none. */
  private rank(id: Field): void {
    const key = idKey(id.value);
    const context = this.sectionContext();
    const priority = context.priority;
    const due = context.due ?? context.period;
    const at = this.firstWithId(key, this.slots.length);
    if (at < 0) return;
    const risk = this.slots[at]!;
    // `### IMMEDIATE (Critical - Q1 2026)` then `- [ ] **CRIT-001**: …`: a roadmap's period dates the risk's open actions that have no date.
    const undated = due ? risk.actions.some((a) => !a.due && !a.completed && statusOf(a.status?.value) !== 'done') : false;
    if ((!priority || risk.priority?.value.trim()) && !undated) return;
    this.slots[at] = {
      ...risk,
      ...(priority && !risk.priority?.value.trim() && { priority }),
      ...(undated && { actions: risk.actions.map((a) => (!a.due && !a.completed && statusOf(a.status?.value) !== 'done' ? { ...a, due } : a)) }),
    };
  }

  /** A heading that points back at a risk (`… (Risk 1)`): its actions join that risk's, or it is nothing when no risk has the ID. */
  private answer(index: number): void {
    const reply = this.slots[index];
    this.slots[index] = undefined;
    const id = reply?.id?.value.toLowerCase().replace(/\s+/g, ' ');
    if (!reply || id === undefined) return;
    const at = this.slots.findIndex((r, i) => i < index && r?.id?.value.toLowerCase().replace(/\s+/g, ' ') === id);
    if (at < 0) return;
    const risk = this.slots[at]!;
    const planned = reply.actions.filter((a) => a.action?.value.trim());
    // `**R-003: …**` with `- **Response:** Accept`: the response decides the risk's treatment, whether or not it plans a step.
    const treatment = risk.treatment ?? reply.treatment;
    const acceptance = treatment !== risk.treatment && !hasAcceptance(risk.acceptance) ? reply.acceptance : risk.acceptance;
    if (planned.length === 0) {
      if (treatment !== risk.treatment) this.slots[at] = { ...risk, treatment, acceptance };
      return;
    }
    const kept = risk.actions.filter((a) => a.action?.value.trim() || a.owner || a.due || a.status);
    // A row that gave the risk only its owner, date and status (a POA&M's table) gives them to the steps written for it.
    const row = kept.length === 1 && !kept[0].action?.value.trim() ? kept[0] : undefined;
    const actions = row ? planned.map((a) => ({ ...a, owner: a.owner ?? row.owner, due: a.due ?? row.due, status: a.status ?? row.status })) : [...kept, ...planned];
    this.slots[at] = { ...risk, actions, treatment, acceptance, validation: risk.validation ?? reply.validation, evidence: risk.evidence ?? reply.evidence };
  }
}
/** A name's words, lower-cased, with emphasis, marks and punctuation between them gone: what two names are compared by. */
function nameWords(f: Field | undefined): string | undefined {
  return f?.value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}

/** Whether two risks have one name, in the same words (case, emphasis and marks aside: `🔴 R001 — Name` and `R001 — Name`). */
function sameTitle(a: Risk, b: Risk): boolean {
  const name = nameWords(a.title);
  return !!name && name === nameWords(b.title);
}

/** A heading line's level (`### …` is 3); 0 when the line is no ATX heading. */
function headingLevelOf(line: string): number {
  return /^ {0,3}(#{1,6})[ \t]/.exec(line)?.[1].length ?? 0;
}

/** Whether a heading of a higher level than the later one's stands between two heading lines: they sit in two sections. */
function outerHeadingBetween(text: string, earlier: Span, later: Span): boolean {
  const level = headingLevelOf(text.slice(later.start, later.end));
  if (level <= 1) return false;
  return new RegExp(String.raw`^ {0,3}#{1,${level - 1}}[ \t]`, 'm').test(text.slice(earlier.end, later.start));
}

/** How many fields a risk writes, its actions' among them: of two copies of one risk, the fuller is the register's entry. */
function writtenFieldCount(risk: Risk): number {
  const count = (o: object) => Object.values(o).filter((v) => v !== undefined && typeof v === 'object' && 'value' in v).length;
  return count(risk) + risk.actions.reduce((n, a) => n + count(a), 0);
}

/**
 * Whether a heading that repeats a row's ID details that row: it names no risk of its own
 * (`### Issue ID: AUD-01`), or its name is the row's, in other words or shortened
 * (`#### POA-005 — No Server-Side Input Logging ✅`). One with another name is a second risk
 * under a reused ID (duplicate-risk-id's finding). By the name only: a field a fix adds to
 * the section must not split it from its row.
 */
function isDetailOf(heading: Risk, row: Risk): boolean {
  const title = nameWords(heading.title);
  if (!title) return true;
  // `### RISK-001 - Mitigated`, `### R-4 (High)`: a heading whose name is only the risk's status or level names no risk of its own.
  const named = heading.title!.value.replace(/[()[\]*_`]/g, '').trim();
  if (statusOf(named) !== undefined || priorityOf(named) !== undefined) return true;
  // A row that plans nothing is an entry of an index (`| F-03 | SNMP community string | Low | Closed |`, a template's
  // `| VULN-001 | [Issue name] | Critical | @owner |`): the heading repeating its ID is its detail, however it words the title.
  if (!row.actions.some((a) => hasRealValue(a.action))) return true;
  const names = [nameWords(row.title), ...row.actions.map((a) => nameWords(a.action))].filter((n): n is string => !!n);
  return names.some((name) => name === title || name.startsWith(title) || title.startsWith(name));
}

/**
 * A table row's risk with its detail section: the row's owner, date and status go to the steps
 * the section writes with none of their own; the section gives what the row lacks (priority,
 * validation, evidence, the wording) and its steps join the row's.
 */
function withDetail(row: Risk, detail: Risk): Risk {
  // A row's status alone is not spread over the section's steps: they are read as the section writes them (its own Status line).
  const given = row.actions.find((a) => a.owner || a.due || a.completed);
  const worded = detail.actions.filter((a) => a.action?.value.trim());
  // The IDs the section's own steps lead with (`- [MIT-006](#mit-006): Config file integrity checks`).
  const detailed = new Set(worded.flatMap((a) => [...a.action!.value.matchAll(CITED_ID)].map((m) => m[0].toLowerCase())));
  // `| RISK-01 | … | MIT-006, MIT-007 |`: a row's action that only cites steps the section writes out is those steps, not one more.
  const kept = row.actions.filter((a) => a.action?.value.trim() && !citesOnly(a.action.value, detailed));
  // The owner the section gives the risk (`- **Owner**: security-team`) owns the row's own action too (`None`, a step written only in the row).
  // (One owner for the whole section: steps owned by different people name no owner of the risk.)
  const owners = detail.actions.map((a) => a.owner).filter((o): o is Field => o !== undefined);
  const owner = owners.length > 0 && owners.every((o) => o.value.trim() === owners[0].value.trim()) ? owners[0] : undefined;
  const ownedKept = owner ? kept.map((a) => ({ ...a, owner: a.owner ?? owner })) : kept;
  // A section whose only "step" carries the risk's owner or status beside a row that words the action adds no step of its own.
  // The status of an index's row (`| F-03 | … | Closed |`) is that of the section's steps when the section writes none of its own.
  const indexStatus = kept.length === 0 && !detail.actions.some((a) => a.status) ? row.actions.find((a) => a.status)?.status : undefined;
  const planned = (worded.length === 0 && kept.length > 0 ? [] : detail.actions)
    .filter((a) => a.action?.value.trim() || a.owner || a.due || a.status)
    .map((a) => (given ? { ...a, owner: a.owner ?? given.owner, due: a.due ?? given.due, status: a.status ?? given.status, completed: a.completed ?? given.completed } : a))
    .map((a) => (indexStatus && !a.status ? { ...a, status: indexStatus } : a));
  const actions = planned.length === 0 && kept.length === row.actions.filter((a) => a.action?.value.trim()).length && !owner ? row.actions : [...ownedKept, ...planned];
  return {
    ...row,
    actions,
    priority: row.priority ?? detail.priority,
    validation: row.validation ?? detail.validation,
    evidence: row.evidence ?? detail.evidence,
    title: row.title ?? detail.title,
  };
}

function planModel(text: string, lines: LineIndex, frontMatter: ReturnType<typeof readFrontMatter>, assembly: Assembly): PlanModel {
  const fenced = fencedYamlRisks(text);
  // Nothing read as a risk: the register may be delimited text (a CSV export saved as .md, spreadsheet rows pasted with their tabs).
  const finished = assembly.finish();
  const delimited = finished.length === 0 && fenced.length === 0 ? delimitedTable(text) : undefined;
  const read = delimited?.risks ?? finished;
  const risks = withDuesInActionText(withClosureNotesRead(withRowNotesRead(withFixHeadings(withSectionLinksRead(withGroupedRemediation(withActionRowsJoined(
    withoutRoadmapRepeats(withoutCleanAreas(withoutAnalysedRows(
      withoutNotApplicableControls(withoutMetControls(withoutInformationalNotes(withoutGapAssessments(withoutInputCatalogues(withoutCitedCatalogues(withoutEchoRows(withoutUnfilledRows(withoutIndexHeadings(withoutRestatedHeadings(withoutNamedSummaries(withoutSummaryTables(fenced.length === 0 ? read : [...read, ...fenced].sort((a, b) => a.firstLine.start - b.firstLine.start), text), text)), text)), text), text), text), text)))),
      text,
    ), text)),
    text,
  ), text), text), text), text), text), text);
  const planFields = assembly.planLines.filter((f) => PLAN_FIELDS.has(f.name));
  const body = planMeta(planFields, risks.reduce((first, r) => Math.min(first, r.firstLine.start), text.length), () => FIRST_H1.exec(text)?.[1]);
  // New plan fields go after the spec's own (scope and third parties are often a paragraph or list further down),
  // never after a table's row (a document-control or sign-off table): a line written there would join the table.
  const anchors = planFields.filter((f) => f.name !== 'scope' && f.name !== 'thirdParties' && !/^\s*\|/.test(text.slice(lines.lineStart(f.line), lines.lineEnd(f.line))));
  const roadmap = assembly.sawRoadmap ? unkeyedRoadmap(text, risks) : undefined;
  const elsewhere = roadmap ? undefined : treatedElsewhere(text, risks);
  const reviewed = risks.length > 0 ? fixesReview(text) : undefined;
  const meta: PlanMeta = {
    ...body,
    ...(roadmap && { unkeyedRoadmap: roadmap }),
    ...(elsewhere && { treatedElsewhere: elsewhere }),
    ...(reviewed && { fixesReview: reviewed }),
    ...frontMatter?.meta,
    riskAnalysis: mergeRiskAnalysis(frontMatter?.meta.riskAnalysis, body.riskAnalysis),
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
    // A delimited register (a CSV saved as .md) is another tool's format: a field written into it would break its records.
    ...(delimited && { otherSchema: true as const }),
  };
}

/** Where a heading's text is on its (first) line. */
function headingText(text: string, lines: LineIndex, block: HeadingBlock): Span {
  const start = lines.lineStart(block.line);
  const lineText = text.slice(start, lines.lineEnd(block.line));
  const from = /^[ \t]*#*[ \t]*/.exec(lineText)![0].length;
  const at = block.content === '' ? -1 : lineText.indexOf(block.content, from);
  return at < 0 ? strippedSpan(text, start + from, start + lineText.length) : { start: start + at, end: start + at + block.content.length };
}

function tierContext(text: string, range: Span): TierContext {
  const span = strippedSpan(text, range.start, range.end);
  const value = text.slice(span.start, span.end);
  return { tier: { value, valueRange: span }, tierValue: tierOfHeading(value) };
}

/** A heading that names a quarter or half of a year: a roadmap's period. */
const PERIOD_HEADING = /^[*_\s]*(?:Q[1-4]|H[12])[\s,/-]+(?:FY|CY)?\s*'?\d{2,4}\b/i;

/** A heading's IDs of several risks joined by slashes (`POAM-002/003/004`, `R-02/R-05`), then a separator. */
const GROUPED_IDS = new RegExp(String.raw`^[*_\`]*(${RISK_ID_SOURCE})(?:\s*/\s*(?:${RISK_ID_SOURCE}|\d{1,4}))+[*_\`]*(?:\s*[:—–-]\s*|\s*$)`);

/** A title that starts with a finding's ID (`# Finding 04: Broken access control`, `# M-01 Stale price`): the finding the document writes up. */
function titleFinding(text: string, range: Span): RiskHead | undefined {
  const head = riskHeading(text, range);
  return head?.id && !head.refers && head.title !== undefined ? head : undefined;
}

/** The ID and title of a heading that starts with a risk ID. */
function riskHeading(text: string, range: Span): RiskHead | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const heading = text.slice(span.start, span.end);
  // `### Q1 2026 (Pre-Launch)`, `### H2 2027`: a roadmap's period, not a risk's ID.
  if (PERIOD_HEADING.test(heading)) return undefined;
  // `### POAM-002/003/004 — Secret guard defects`: one write-up of several risks read before is no risk of its own; it adds to the first.
  const grouped = GROUPED_IDS.exec(heading);
  if (grouped) {
    const idStart = span.start + grouped[0].indexOf(grouped[1]);
    const titleSpan = strippedSpan(text, span.start + grouped[0].length, span.end);
    const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
    return { id: { value: grouped[1], valueRange: { start: idStart, end: idStart + grouped[1].length } }, title, tentative: true, refers: true };
  }
  const m = RISK_HEADING.exec(heading);
  if (!m) {
    // `## 🔴 P0 - CRITICAL (Week 1)`: after a mark too, a bucket of priority is no risk.
    const elsewhere = riskHeadingElsewhere(text, span);
    return elsewhere?.id && isPriorityBucket(elsewhere.id.value, elsewhere.title?.value) ? undefined : elsewhere;
  }
  const idStart = span.start + m[0].indexOf(m[1]);
  const id: Field = { value: m[1], valueRange: { start: idStart, end: idStart + m[1].length } };
  const titleSpan = strippedSpan(text, span.start + m[0].length, span.end);
  const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
  // `### P0 - Critical (Immediate)`: a bucket of priority, whose level its risks take (headingContext).
  if (isPriorityBucket(m[1], title?.value)) return undefined;
  return { id, ...gradedTitle(text, title), tentative: title !== undefined && m[2].trim() === '' };
}

/** A heading named like a field whose value is the one short line under it (`### Risk Severity` then `Low`, `### Owner` then `IT Manager`). */
interface HeadingLabel {
  readonly name: (typeof HEADING_VALUE_FIELDS)[number];
  readonly label: string;
  readonly keyRange: Span;
}

const HEADING_VALUE_FIELDS = ['priority', 'status', 'owner', 'due'] as const;

function valueLabelOf(text: string, range: Span): HeadingLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const label = text.slice(span.start, span.end);
  const name = fieldForLabel(label);
  const field = HEADING_VALUE_FIELDS.find((f) => f === name);
  return field ? { name: field, label: label.trim().toLowerCase(), keyRange: span } : undefined;
}

/**
 * The value under such a heading: its first line, alone in its paragraph, when it is a level
 * or a status the vocabulary knows. Prose under a `### Status` heading is no value.
 */
function headingLabelValue(text: string, lines: LineIndex, line: number, end: number, label: HeadingLabel): PlacedField | undefined {
  if (line + 1 < end && text.slice(lines.lineStart(line + 1), lines.lineEnd(line + 1)).trim() !== '') return undefined;
  const field = fieldAt(text, lines.lineStart(line), lines.lineEnd(line), label.keyRange);
  if (/^[-*+>#|]|^\d+[.)]\s/.test(field.value)) return undefined;
  // A level, a status or a date the vocabulary knows; an owner is a name or a role, not a sentence.
  const known =
    label.name === 'priority' ? priorityOf(field.value.replace(/\.$/, '')) !== undefined
    : label.name === 'status' ? statusOf(field.value) !== undefined
    : label.name === 'due' ? parseDate(field.value).kind === 'date'
    : field.value.length <= 60 && !/[.!?:;]$/.test(field.value) && field.value.split(/\s+/).length <= 8;
  if (!known) return undefined;
  return { name: label.name, label: label.label, field, prefix: DEFAULT_PREFIX, bulleted: false, line };
}

/** A roadmap phase's span in brackets, open-ended too: `(0–30 Days)`, `(90+ Days)`, `(3-6 months)`. */
const PHASE_SPAN = /\(\s*\d{1,3}\s*(?:[-–—]\s*\d{1,3}|\+)\s*(?:days?|weeks?|months?)\s*\)/i;
/** A heading naming work still open (`Remaining Actions`, `Outstanding items`), whose items are each tracked alone. */
const OPEN_WORK = /^(?:remaining|open|outstanding|pending|unresolved) (?:actions?|action items|items|tasks|work|remediations?)$/;

/** A heading's title after a risk's ID that names a report on the risk, not a risk: `Verification Report`, `Retest Results`, `Status Update`. */
const REPORT_ON_RISK = /^[*_\s]*(?:verification|validation|re-?test(?:ing)?|remediation|closure|status|evidence|follow-?up)?[ \t]*(?:report|results?|update|evidence|notes|details|verification|re-?test|sign-?off)[*_\s]*$/i;

/** An item that opens by naming a risk, with a colon: `**Finding 001:**`, `R-3:`, `Risk 2 —`. */
const KEYED_ITEM = new RegExp(String.raw`^[*_]{0,2}((?:finding|risk|gap|issue|item|vuln(?:erability)?)[ 	]+#?\d{1,6}|${RISK_ID_SOURCE})[*_]{0,2}[ 	]*(?::|[ 	][-–—])[*_]{0,2}[ 	]+(?=\S)`, 'i');
/** A due date written inside an item: `(Due: 2025-12-06)`, `(by 2026-03-31)`. */
const INLINE_DUE = /\((?:due|by|target|deadline)[: ]+[ 	]*([^()]{4,40})\)/i;

/** The risk an item of open work names, its action's words and an inline due date; undefined when it names none. */
function keyedItem(text: string, field: PlacedField): { id: Field; action: Field; due?: Field } | undefined {
  const { start, end } = field.field.valueRange;
  const written = text.slice(start, end);
  const head = KEYED_ITEM.exec(written);
  if (!head) return undefined;
  const idStart = start + written.indexOf(head[1]);
  const id: Field = { value: head[1].replace(/\s+/g, ' '), valueRange: { start: idStart, end: idStart + head[1].length } };
  const due = INLINE_DUE.exec(written.slice(head[0].length));
  if (!due || parseDate(due[1].trim()).kind !== 'date') return { id, action: fieldAt(text, start + head[0].length, end) };
  // The action's words stop before the date written in them.
  const action = fieldAt(text, start + head[0].length, start + head[0].length + due.index);
  const dueStart = start + head[0].length + due.index + due[0].indexOf(due[1]);
  return { id, action, due: { value: due[1].trim(), valueRange: { start: dueStart, end: dueStart + due[1].trim().length } } };
}

/** A task item (`- [ ] …`, `- [x] …`). */
const TASK_LINE = /^[ \t]{0,3}[-*+][ \t]+\[[ xX]\][ \t]+\S/;

/**
 * A risk heading followed at once by a checklist (`#### G-3: …` then `- [ ] Create the key`):
 * the list is its planned actions, as under an action label; the heading stands for the label.
 */
function taskListUnder(text: string, lines: LineIndex, headingLine: number, range: Span): ListLabel | undefined {
  const next = nextFilledLine(text, lines, headingLine, lines.lineCount);
  if (next === undefined || !TASK_LINE.test(text.slice(lines.lineStart(next), lines.lineEnd(next)))) return undefined;
  return { name: 'action', label: 'tasks', keyRange: strippedSpan(text, range.start, range.end), prefix: DEFAULT_PREFIX };
}

/** A heading of a risk's ID (a STRIDE letter after it: `Threat-01-S`) and then an action label: `Threat-01-S Recommended Mitigations`. */
const ID_LABEL_HEADING = new RegExp(String.raw`^${RISK_ID_SOURCE}(?:-[A-Za-z]{1,3})?(?:\s*[:–—-]\s*|\s+)(?=\S)`);

/** A repeat heading's title that only labels actions, after the rest of its ID (`S Recommended Mitigations`, `Remediation`). */
function isActionHeadingTitle(title: string | undefined): boolean {
  if (title === undefined) return false;
  const words = title.replace(/^[-\s]*(?:[A-Za-z]{1,3}\s*[-:\u2013\u2014]?\s+)?/, '');
  return fieldForLabel(words) === 'action' || fieldForLabel(title) === 'action';
}

/** The last word of an action label (`Recommended Mitigations`, `Remediation Plan`, `Fix`), as a heading ends. */
const ACTION_LABEL_END = /(?:mitigations?|remediations?|actions?|fix(?:es)?|recommendations?|countermeasures?|controls?|steps|plans?|tasks|measures|strateg(?:y|ies)|treatments?|responses?|improvements?|resolution|correction|containment|gates?|checklist|items)[\s*_:#]*$/i;

/** Words that number a roadmap's parts, not risks. */
const NOT_A_RISK_ID = /^(?:q|h|p|fy|phase|step|stage|tier|sprint|week|wave|month|day|milestone|release|version|v)[-\s]?\d/i;

/** The action label of a heading that names a risk by its ID and then labels its actions; undefined for any other heading. */
function idLabelHeading(text: string, range: Span): ListLabel | undefined {
  // Most headings end in no word of an action label: they are passed over by their last word, before any other reading.
  if (!ACTION_LABEL_END.test(text.slice(Math.max(range.start, range.end - 40), range.end))) return undefined;
  const span = strippedSpan(text, range.start, range.end);
  const id = ID_LABEL_HEADING.exec(text.slice(span.start, span.end).replace(/[*_`]/g, ' ').trimStart());
  if (!id || /[*_`]/.test(text.slice(span.start, span.end))) return undefined;
  // A hyphenated ID (`Threat-01-S`, `R-4`), not a period, phase or priority bucket (`Q1 Actions`, `P1 Remediation`, `Phase-2 Tasks`).
  const written = id[0].trim().replace(/\s*[:\u2013\u2014-]$/, '');
  if (!written.includes('-') || NOT_A_RISK_ID.test(written)) return undefined;
  const label = listLabelOf(text, { start: span.start + id[0].length, end: span.end });
  return label?.name === 'action' ? label : undefined;
}

/** Section numbering before a heading's ID: the `4.1 ` of `4.1 R1 mitigation`. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/;
/** An ID of letters and a number with no hyphen (`R1`, `F12`), as a report numbers its risks. */
const COMPACT_ID = /^[A-Z]{1,4}\d{1,4}$/;
/** The longest action label a numbered section names after a risk's ID (`recommended mitigation actions`), in characters and words. */
const MOST_LABEL_CHARACTERS = 40;
const MOST_LABEL_WORDS = 4;
/** An action label, then the risk's name again after a dash or a colon: `mitigation – Outdated Windows Server OS`. */
const LABEL_THEN_NAME = /^([A-Za-z][A-Za-z ]{2,40}?)\s*[:\u2013\u2014-]\s+(?=\S)/;

/**
 * A numbered section of a report that treats one risk named by its ID, with or without the risk's name
 * again (`4.1 R1 mitigation – Outdated Windows Server OS`, `3.2 F4 Remediation`): its action label, whose
 * paragraph or list is that risk's action. Undefined for any other heading.
 */
function idSectionLabel(text: string, range: Span): ListLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const heading = text.slice(span.start, Math.min(span.end, span.start + 200));
  if (/[*_`]/.test(heading)) return undefined;
  const from = SECTION_NUMBER.exec(heading)?.[0].length ?? 0;
  const id = ID_LABEL_HEADING.exec(heading.slice(from));
  if (!id) return undefined;
  const written = id[0].trim().replace(/\s*[:\u2013\u2014-]$/, '');
  if (NOT_A_RISK_ID.test(written) || !(written.includes('-') || COMPACT_ID.test(written))) return undefined;
  const restStart = span.start + from + id[0].length;
  const named = LABEL_THEN_NAME.exec(text.slice(restStart, span.end));
  const labelEnd = named ? restStart + named[1].length : span.end;
  // A label is a few words (`mitigation`, `Recommended actions`): a risk's title after its ID is not asked the vocabulary.
  if (labelEnd - restStart > MOST_LABEL_CHARACTERS || text.slice(restStart, labelEnd).trim().split(/\s+/).length > MOST_LABEL_WORDS) return undefined;
  const label = listLabelOf(text, { start: restStart, end: labelEnd });
  return label?.name === 'action' ? label : undefined;
}

/** A field line that is no action's (`- **Due:** 2026-07-15`, as a fix writes it under the heading): the paragraph after it is still the heading's action. */
function detailLine(text: string, lines: LineIndex, opaque: ArrayLike<number>, line: number): PlacedField | undefined {
  if (opaque[line]) return undefined;
  const field = readFieldLine(text, lines.lineStart(line), lines.lineEnd(line));
  return field !== undefined && field.name !== 'action' && field.field.value !== '' ? { ...field, line } : undefined;
}

/** A heading named like a label a list may follow (`## Mitigation Plan`, `#### Evidence`). */
function listLabelOf(text: string, range: Span): ListLabel | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const name = fieldForLabel(text.slice(span.start, span.end));
  if (name === undefined || !LIST_FIELDS.has(name)) return undefined;
  return { name, label: text.slice(span.start, span.end).trim().toLowerCase(), keyRange: span, prefix: DEFAULT_PREFIX };
}

/** A threat scenario's heading, numbered (`Scenario 1: EKS Cluster Compromise`, `Threat Scenario 2 - …`). */
const SCENARIO_HEADING = /^(?:threat |attack |risk )?scenario\s+\d+[a-z]?\s*[:.–—-]\s*\S/i;

/** The arrow of a label routed to whoever takes its work, then who (`Fix route → backend`, `Action -> Platform team`). */
const ROUTED_LABEL = /[ \t]*(?:→|->|⇒|=>)[ \t]*([^\s*_:][^*_:]*?)[ \t]*$/;

/** The owner a routed label names, as an owner field over its words; undefined for a label with no arrow. */
function routedOwner(text: string, found: FieldLine, line: number): PlacedField | undefined {
  const key = found.field.keyRange;
  const m = key ? ROUTED_LABEL.exec(text.slice(key.start, key.end)) : null;
  if (!key || !m) return undefined;
  const start = key.start + m.index + m[0].indexOf(m[1]);
  const value = m[1];
  return { name: 'owner', label: 'owner', field: { value, valueRange: { start, end: start + value.length }, keyRange: key }, prefix: found.prefix, bulleted: found.bulleted, line };
}
