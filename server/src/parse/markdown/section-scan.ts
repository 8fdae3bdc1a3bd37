// The scan of one section (or a whole body) into events: its headings, tables and field lines in
// order (readSection), with the risk of a section that is one risk heading and its fields.
import type { Field, Risk, Span } from '../../model/plan-model';
import { LineIndex } from '../../model/positions';
import { markdownStructure } from './block-structure';
import { ROADMAP_HEADING } from './unkeyed-roadmap';
import { headingValueField } from './heading-field';
import { approvalTableFields, documentControlFields } from './approval-table';
import { fieldAt, isContinuationLine, readBoldLabelLine, readFieldLine, readFieldParts, strippedSpan, type FieldLine, type PlacedField } from './field-lines';
import { fieldTableLines, idHeadedTableFields, labelledTableFields, ratingTableLines, rowTableFields, stageRatingTableLines, stepTableFields } from './field-table';
import { isControlAssessmentTable, isPromptTable, tableRisks } from './risk-table';
import { evidenceIn, LabelList, LIST_FIELDS, listItemMarkerLength, opensListItem, type ListLabel } from './label-list';
import { inlineRiskFields } from './inline-risk';
import { bareTitledItem, boldIdItemFields, detailsLineFields, endsLineRisk, formQuestionEnd, gradedBoldLineFields, labelledRiskList, riskLineFields, taskItemFields, titledItemFields } from './risk-line';
import { gridTable, inCodeBlock } from './grid-table';
import { candidateHeading, headingContext, headingKind, namesGradedFindings, namesProblems } from './risk-heading';
import { parseDate } from '../../model/dates';
import { relativeDeadline } from '../../model/relative-dues';
import { RISK_ID_SOURCE, treatmentsNamed, type FieldName } from '../../model/vocabulary';
import { DEFAULT_PREFIX } from './insertion-points';
import { headingRisk } from './risk-from-fields';
import { CANDIDATE_TASKS, type ParsedSection, type SectionEvent } from './section-events';
import { type HeadingLabel, headingLabelValue, headingText, idLabelHeading, idSectionLabel, isAsideHeading, isContingencyHeading, isCostHeading, isTemplateHeading, headingNamesMilestone, listLabelOf, namesOpenWork, openWorkLabel, riskHeading, tierContext, titleFinding, valueLabelOf } from './section-headings';

/**
 * Reads a section (or a whole body) alone. `atDocumentStart`: it starts the document, whose
 * byte order mark the block parse does not see (but field lines keep it, as always).
 */
export function readSection(text: string, atDocumentStart: boolean): ParsedSection {
  const lines = new LineIndex(text);
  const markdown = atDocumentStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { blocks, opaque, openEnd } = markdownStructure(markdown, 0, lines.lineCount);
  const events: SectionEvent[] = [];
  let cursor = 0;
  let list: LabelList | undefined;
  const fieldLine = (line: number) => (opaque[line] ? undefined : readFieldLine(text, lines.lineStart(line), lines.lineEnd(line)));
  // What a checklist under a heading with no ID gives (its items and their boxes) is marked, for the assembly to take or leave.
  const push = (fields: readonly PlacedField[]) => {
    const tasked = list?.label.label === CANDIDATE_TASKS;
    for (const field of fields) events.push({ kind: 'field', field, ...(tasked && { tasked: true as const }) });
  };
  let headingValue: HeadingLabel | undefined;
  /** An action heading (`#### Recommendation`) whose words may be the paragraph under it rather than a list. */
  let headingParagraph: ListLabel | undefined;
  let rankingHeading = false;
  /** Under a heading that names findings and grades them (`### 🟡 MEDIUM Priority Issues`): its bare numbered titles are findings. */
  let gradedFindings = false;
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
          if (grid && inCodeBlock(text, lines, cursor)) cursor = grid.lastLine;
          else if (grid) {
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
        // `11. **No rate limiting on login**` under `### 🟡 MEDIUM Priority Issues`: a finding of the heading's grade, listed by title only.
        const bare = gradedFindings ? bareTitledItem(text, lines, cursor, end) : undefined;
        if (bare) {
          events.push({ kind: 'field', field: bare, opensLine: true });
          continue;
        }
        const inline = inlineRiskFields(text, lines.lineStart(cursor), lines.lineEnd(cursor), cursor);
        const next = inline ? undefined : nextFilledLine(text, lines, cursor, end);
        const opener = inline ? undefined : riskLineFields(text, lines, cursor, next) ?? detailsLineFields(text, lines, cursor, next) ?? taskItemFields(text, lines, cursor, end);
        const graded = inline || opener ? undefined : gradedBoldLineFields(text, lines, cursor, next);
        // `- **R-07** Unencrypted backups …`: a risk under a section of findings (the assembly decides).
        const boldId = inline || opener || graded ? undefined : boldIdItemFields(text, lines, cursor);
        const question = inline || opener || graded || boldId ? undefined : formQuestionEnd(text, lines, cursor, end);
        if (question !== undefined) {
          cursor = question;
          continue;
        }
        if (inline) push(inline);
        else if (opener) opener.forEach((field, i) => events.push({ kind: 'field', field, ...(i === 0 && { opensLine: true as const }) }));
        else if (graded) graded.forEach((field, i) => events.push({ kind: 'field', field, ...(i === 0 && { opensLine: true as const, graded: true as const }) }));
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
      // `**Treatment Strategy:** Mitigate` over a list (`- *Low effort:* Establish a monthly patch cycle …`): the strategy chosen, and
      // under it the work that carries it out. Under `Accept` alone the list says why the risk is tolerated: its rationale.
      const listAt = found.name === 'treatment' && !found.bulleted ? nextFilledLine(text, lines, cursor, end) : undefined;
      const strategy = listAt !== undefined && !opaque[listAt] && opensListItem(text.slice(lines.lineStart(listAt), lines.lineEnd(listAt))) ? treatmentsNamed(found.field.value) : undefined;
      if (strategy) {
        events.push({ kind: 'field', field: placed });
        const name = strategy.every((t) => t === 'accept') ? 'rationale' : 'action';
        list = new LabelList(text, lines, { name, label: found.label, keyRange: found.field.keyRange!, prefix: found.prefix });
        continue;
      }
      // `**Assessment Team:**` over `- CISO (Lead)`, `- CTO`, … (after one blank line or none): the list names who made the assessment.
      const team = found.field.value === '' && found.name === 'riskAnalysisBy' && !found.bulleted ? listedNames(text, lines, opaque, cursor + 1 < end && isBlankLine(text, lines, cursor + 1) ? cursor + 2 : cursor + 1, end) : undefined;
      if (team) {
        events.push({ kind: 'field', field: { ...placed, field: { ...team.field, keyRange: found.field.keyRange } } });
        cursor = team.lastLine;
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
      gradedFindings = !head && block.level >= 2 && namesGradedFindings(text, textRange);
      const roadmap = !head && block.level >= 2 && ROADMAP_HEADING.test(text.slice(textRange.start, textRange.end).toLowerCase());
      const aside = !head && block.level >= 2 && isAsideHeading(text, textRange);
      const template = aside && isTemplateHeading(text, textRange);
      const problems = !head && block.level >= 2 && namesProblems(text, textRange);
      const contingency = !head && block.level >= 2 && (isContingencyHeading(text, textRange) || isCostHeading(text, textRange));
      const phase = !head && block.level >= 2 && ((context as { due?: Field }).due !== undefined || (context as { period?: Field }).period !== undefined || PHASE_SPAN.test(text.slice(textRange.start, textRange.end)));
      events.push({ kind: 'heading', line: block.line, endLine: block.end, level: block.level, head, tier, ...(kind && { names: kind }), ...(phase && { phase: true as const }), ...(candidate && { candidate }), ...(roadmap && { roadmap: true as const }), ...(problems && { problems: true as const }), ...(aside && { aside: true as const }), ...(template && { template: true as const }), ...(contingency && { contingency: true as const }), ...context });
      // `## Severity: High (CVSS 8.1)` under `# Finding 04: …`: a section heading that states a field of the open risk (heading-field.ts).
      const stated = block.level >= 2 && !head ? headingValueField(text, textRange, block.line) : undefined;
      if (stated) events.push({ kind: 'field', field: stated });
      // `##### Threat-01-S Recommended Mitigations` after `##### Threat-01-S - Spoofing …`: a heading of the risk's ID whose list is its actions (joined to it in dropRepeat).
      // A heading with no ID that may be a risk (`### 3. Implement Audit Logging` under `## 🟡 HIGH PRIORITY (This Week)`), followed at
      // once by a checklist: the checklist is its actions only where the assembly takes the heading as an item of a bucket of
      // priority (CANDIDATE_TASKS, event.tasked); anywhere else (a playbook's steps, a risk's own sub-heading) it is read as before.
      const label = head
        ? (idLabelHeading(text, textRange) ?? idSectionLabel(text, textRange) ?? taskListUnder(text, lines, block.line, textRange))
        : (listLabelOf(text, textRange) ?? openWorkLabel(text, textRange) ?? (candidate && !rankingHeading ? taskListUnder(text, lines, block.line, textRange, CANDIDATE_TASKS) : undefined));
      // `### Before Production Launch` over a checklist: the assembly reads its boxes as open work beside a sibling heading of open work.
      if (!head && headingNamesMilestone(text.slice(textRange.start, textRange.end))) (events[events.length - 1] as { milestone?: true }).milestone = true;
      if (label) list = new LabelList(text, lines, label);
      headingParagraph = label?.name === 'action' ? label : undefined;
      if (label?.name === 'action' && (OPEN_WORK.test(label.label) || namesOpenWork(label.label))) (events[events.length - 1] as { openWork?: true }).openWork = true;
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
  const rated = headed.length > 0 ? headed : ratingTableLines(text, lines, headerLine, rowLines);
  return rated.length > 0 ? rated : stageRatingTableLines(text, lines, headerLine, rowLines);
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

/** Fields a label ending its line may give as the paragraph under it (a list under it is read as a list): `**Rationale:**` over why a risk is tolerated, too. */
const PARAGRAPH_FIELDS: ReadonlySet<FieldName> = new Set(['action', 'validation', 'evidence', 'rationale']);

/** Fields of one value that a label may give on the line under it (`**Status:**`, a line break, `🟠 *In progress*`). */
/** An audit's entry words its issue so too (`**Issue:**`, a line break, `Quarterly access reviews did not include …`). */
const ONE_LINE_BELOW: ReadonlySet<FieldName> = new Set(['status', 'priority', 'risk']);

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

/**
 * The items of a short list right under a label (`- CISO (Lead)`, `- CTO`), as one value naming each, spanning the list;
 * undefined when no list item follows.
 */
function listedNames(text: string, lines: LineIndex, opaque: Uint8Array, from: number, end: number): { field: Field; lastLine: number } | undefined {
  const names: string[] = [];
  let start = -1;
  let last = from - 1;
  for (let line = from; line < end && !opaque[line]; line++) {
    const marker = listItemMarkerLength(text.slice(lines.lineStart(line), lines.lineEnd(line)));
    const words = marker === undefined ? undefined : fieldAt(text, lines.lineStart(line) + marker, lines.lineEnd(line));
    if (!words?.value) break;
    if (start < 0) start = words.valueRange.start;
    names.push(words.value);
    last = line;
  }
  return names.length === 0 ? undefined : { field: { value: names.join(', '), valueRange: { start, end: lines.lineEnd(last) } }, lastLine: last };
}

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

/** A roadmap phase's span in brackets, open-ended too: `(0–30 Days)`, `(90+ Days)`, `(3-6 months)`. */
const PHASE_SPAN = /\(\s*\d{1,3}\s*(?:[-–—]\s*\d{1,3}|\+)\s*(?:days?|weeks?|months?)\s*\)/i;
/** A heading naming work still open (`Remaining Actions`, `Outstanding items`), whose items are each tracked alone. */
const OPEN_WORK = /^(?:remaining|open|outstanding|pending|unresolved) (?:actions?|action items|items|tasks|work|remediations?)$/;

/** A task item (`- [ ] …`, `- [x] …`). */
const TASK_LINE = /^[ \t]{0,3}[-*+][ \t]+\[[ xX]\][ \t]+\S/;

/**
 * A risk heading followed at once by a checklist (`#### G-3: …` then `- [ ] Create the key`):
 * the list is its planned actions, as under an action label; the heading stands for the label.
 */
function taskListUnder(text: string, lines: LineIndex, headingLine: number, range: Span, label = 'tasks'): ListLabel | undefined {
  const next = nextFilledLine(text, lines, headingLine, lines.lineCount);
  if (next === undefined || !TASK_LINE.test(text.slice(lines.lineStart(next), lines.lineEnd(next)))) return undefined;
  return { name: 'action', label, keyRange: strippedSpan(text, range.start, range.end), prefix: DEFAULT_PREFIX };
}

/** A field line that is no action's (`- **Due:** 2026-07-15`, as a fix writes it under the heading): the paragraph after it is still the heading's action. */
function detailLine(text: string, lines: LineIndex, opaque: ArrayLike<number>, line: number): PlacedField | undefined {
  if (opaque[line]) return undefined;
  const field = readFieldLine(text, lines.lineStart(line), lines.lineEnd(line));
  return field !== undefined && field.name !== 'action' && field.field.value !== '' ? { ...field, line } : undefined;
}

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
