// Table-form risks (spec §3): a GFM table whose header names an ID (or Risk) column and
// an Action column. Each row is one action; consecutive rows with the same ID (or a blank
// ID continuing the row above) are one risk. Cells become Fields whose key is the header.
// Tables as trackers and registers write them read too: an ID column with a Risk (weakness,
// finding) column and no action column (a POA&M), a Risk column with owner, date, status or
// rating columns and no ID (an ID written at the front of the Risk cell is split off), and a
// column whose header names nothing but whose cells are all dates is the due-date column.
import type { Action, Field, Risk, Span, Tier } from '../../model/plan-model';
import type { LineIndex } from '../../model/positions';
import { fieldAt } from './field-lines';
import { dueInForceAt, ENTRY_RATING_FIELDS, fieldForLabel, HAZARD_DETAIL_HEADER, HAZARD_HEADER, isAssessmentResult, isBareTreatment, isRiskLevelLabel, isSeverityLabel, isTrackingNoteHeader, isVendorLabel, isVerificationResult, keepsAcceptedOpen, normaliseLabel, priorityOf, recordsAcceptance, RISK_ID_SOURCE, statusOf, treatmentOf, treatmentsNamed, type FieldName } from '../../model/vocabulary';
import { tierOfHeading } from './tier-heading';
import { ratedPriority, ratings } from './risk-rating';
import { relativeDeadline, withHeaderUnit } from '../../model/relative-dues';
import { parseDate } from '../../model/dates';
import { isPlaceholder } from '../../model/placeholders';
import { CONTROLS_HEADER, isControlWording } from './control-table';
import { checklistItemColumn, gapColumns, isMetRow } from './gap-table';
import { IN_PLACE_HEADER, isControlInPlace, isTreatedByControls, plannedInControls, recordsControlsInPlace, RESIDUAL_ACCEPTED } from '../controls-in-place';
import { isKindAndLevelColumn, levelAfterKind } from './kind-and-level';
import { cellNamedParts, headerNamedParts, namesAcceptanceToo, namesOwnerToo, workThenOwner } from './header-named-parts';
import { readOpenCompletionAsDue } from './open-completion';

/** The cells of one table line: inner spans (between pipes, untrimmed) as document offsets. */
export function splitRow(text: string, lineStart: number, lineEnd: number): Span[] {
  let i = lineStart;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '|') i++;
  const cells: Span[] = [];
  let cellStart = i;
  for (; i < lineEnd; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '|') {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  if (text.slice(cellStart, lineEnd).trim() !== '') cells.push({ start: cellStart, end: lineEnd });
  return cells;
}

/** A blank cell's value sits after the pipe and one space, so a filled-in value reads naturally. */
function cellField(text: string, cell: Span, header: Span): Field {
  const blankAt = cell.end > cell.start ? cell.start + 1 : cell.start;
  return fieldAt(text, cell.start, cell.end, header, blankAt);
}

interface Column {
  readonly name: FieldName;
  readonly index: number;
  readonly header: Span;
  /** A column of kinds each with its level (`Statutory — Critical`): the level alone is the value (kind-and-level.ts). */
  readonly kindAndLevel?: true;
  /** An ID column naming the risk each numbered step treats (`| # | Action | Risk |`): a risk's steps may be apart in the table. */
  readonly keysSteps?: true;
  /** A tracker's Notes column read as validation: only a done row's note that reports a check is one (checkedNote). */
  readonly notesOfChecks?: true;
  /** A Treatment column read as the action, most of its cells saying what is done: a cell that opens with a treatment still names it. */
  readonly underTreatment?: true;
  /** An ID column whose header names the level of every risk it lists (`| Moderate risks |`): that level, where the header says it. */
  readonly levelOfRisks?: Field;
}


/**
 * Columns that, with a Risk column and no ID or Action column, make a register of risks: who
 * handles it, by when, or how. A list of vulnerabilities with their level and status only is
 * an assessment's inventory, not a plan's risks.
 */
const REGISTER_COLUMNS: readonly FieldName[] = ['owner', 'due', 'treatment'];

/** A column that words each row's entry without naming a field (`| Description |`, `| Details |`). */
export const DESCRIPTION_HEADER = /^(?:description|details|summary|finding description|issue description)$/;

/**
 * The table's known columns (first of each field wins), or undefined when it is not a risk
 * table. An unnamed column of dates is the due column when none is named.
 */
function columnsOf(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): Map<FieldName, Column> | undefined {
  const columns = new Map<FieldName, Column>();
  const unnamed: Column[] = [];
  let ratingByRisk = -1;
  /** A second due column (`| Notes / target | … | Due |`): the dates when the first holds what is done. */
  let laterDue: Column | undefined;
  const dueColumns: Column[] = [];
  /** A second ID column keying each row by its action (`| Risk ID | Action ID |`): the rows are actions of the risks the first names. */
  let actionKeyed = false;
  splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).forEach((cell, index) => {
    const header = fieldAt(text, cell.start, cell.end);
    // A bare `Date` column is judged by its cells (a column of dates is a due column when none is named), not as the document's date.
    const name = normaliseLabel(header.value) === 'date' ? undefined : fieldForLabel(header.value);
    const taken = name === undefined ? undefined : columns.get(name);
    if (name === 'due') dueColumns.push({ name, index, header: header.valueRange });
    // `| Severity | Risk | … | Weakness |`: a Risk column of levels is a rating; the later text column is the risk.
    if (name === 'risk' && taken && isRatingColumn(text, lines, rowLines, taken.index) && !isRatingColumn(text, lines, rowLines, index)) {
      if (!columns.has('residualRisk')) columns.set('residualRisk', { ...taken, name: 'residualRisk' });
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'risk' && taken && !columns.has('residualRisk') && isRatingColumn(text, lines, rowLines, index) && !isRatingColumn(text, lines, rowLines, taken.index)) {
      // `| Finding | Risk | …` with `| Weak TLS | High |`: a later Risk column of levels rates the finding named before it.
      columns.set('residualRisk', { name: 'residualRisk', index, header: header.valueRange });
      ratingByRisk = index;
    } else if (name === 'residualRisk' && taken && taken.index === ratingByRisk) {
      // `| Threat | … | Risk | … | Residual |`: the Risk column rated the risk before treatment; the Residual column is after it.
      if (!columns.has('inherentRisk')) columns.set('inherentRisk', { ...taken, name: 'inherentRisk' });
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'action' && taken && !columns.has('treatment') && isTreatmentColumn(text, lines, rowLines, taken.index) && !isTreatmentColumn(text, lines, rowLines, index)) {
      // `| Treatment Strategy | Chosen Controls / Mitigation |`: the first holds options (Mitigate, Accept), the second what is done.
      columns.set('treatment', { ...taken, name: 'treatment' });
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'action' && taken && IN_PLACE_HEADER.test(normaliseLabel(headerOf(text, taken))) && !IN_PLACE_HEADER.test(normaliseLabel(header.value))) {
      // `| Controls | … | Treatment Plan |`: the first names the controls in place, the later one what is planned.
      if (!columns.has('compensatingControls')) columns.set('compensatingControls', { ...taken, name: 'compensatingControls' });
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'priority' && taken && !columns.has('impact') && isRiskLevelLabel(header.value) && isSeverityLabel(headerOf(text, taken))) {
      // `| Likelihood | Severity | Risk Level |`: the level rates the risk from both sides; the severity is one side, its impact.
      columns.set('impact', { ...taken, name: 'impact' });
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'priority' && taken && normaliseLabel(header.value) === 'priority' && normaliseLabel(headerOf(text, taken)) !== 'priority') {
      // `| Severity | OWASP | Priority |` with `HIGH` and `P0`: the column named Priority ranks the work (its tiers may set windows); the severity rates the threat.
      if (!columns.has('residualRisk')) columns.set('residualRisk', { ...taken, name: 'residualRisk' });
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'id' && taken && ROW_NUMBER_HEADER.test(normaliseLabel(headerOf(text, taken))) && NAMED_ID_HEADER.test(normaliseLabel(header.value))) {
      // `| Item # | Domain | Finding ID | … |` with `| 1 | Auth | F-01 | … |`: the row's number counts the rows, the finding's ID names it (set 87).
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name === 'risk' && taken && isVendorLabel(headerOf(text, taken)) && !isVendorLabel(header.value)) {
      // `Vendor Name,Service,…,Finding,Finding Category,…` (set 93): the vendor is whom the risk is with; the finding names the risk.
      columns.set(name, { name, index, header: header.valueRange });
    } else if (name !== undefined && !taken) columns.set(name, { name, index, header: header.valueRange });
    else if (name === 'id' && taken && ACTION_ID_HEADER.test(normaliseLabel(header.value))) actionKeyed = true;
    else if (name === 'due' && taken && !laterDue) laterDue = { name, index, header: header.valueRange };
    else if (name === undefined) unnamed.push({ name: 'due', index, header: header.valueRange });
  });
  // `| Vendor / category | … | Required decision / artifact | Status |` (an evidence ledger of vendors): a column of vendors names a
  // register's entries only beside a rating of each vendor's risk (`| Vendor | Service | Risk Level | … |`).
  const vendors = columns.get('risk');
  if (vendors && isVendorLabel(headerOf(text, vendors)) && !ENTRY_RATING_FIELDS.some((name) => columns.has(name))) columns.delete('risk');
  // `| Requirement | Status | Evidence / Gap |` with Partial / Gap: a gap analysis's requirements, each row not met a gap (gap-table.ts).
  const gaps = columns.has('risk') || columns.has('title') || columns.has('action') ? undefined : gapTableColumns(text, lines, headerLine, rowLines, columns);
  if (gaps) return gaps;
  // `| Item | Status | Description | Owner | Due |` with ✅ / ⚠️ / ❌: a compliance checklist's open items, each a gap with its work (gap-table.ts).
  const items = columns.has('risk') || columns.has('title') || columns.has('action') || columns.has('id') || !(columns.has('owner') || columns.has('due')) ? undefined : checklistTableColumns(text, lines, headerLine, rowLines, columns, unnamed);
  if (items) return items;
  // `| # | Requirement | Level | Status |` with Pass / Fail: a checklist of what must be true, verified row by row, names no risk.
  if (!columns.has('risk') && !columns.has('title') && !columns.has('action') && isRequirementChecklist(text, lines, headerLine, rowLines)) return undefined;
  // `| # | Task | Priority | Status |`: a task tracker whose rows each carry a priority lists items, not one risk's steps; the task names the item.
  const task = unnamed.find((column) => TASK_HEADER.test(headerOf(text, column)));
  if (task && columns.has('priority') && !columns.has('risk') && !columns.has('title') && !columns.has('action')) {
    columns.set('risk', { ...task, name: 'risk' });
    unnamed.splice(unnamed.indexOf(task), 1);
  }
  // `| Finding ID | Description | Risk | Remediation |` with `Critical` under Risk: that column rates the finding, which its description words.
  const ratedRisk = columns.get('risk');
  const describedBy = ratedRisk && !columns.has('title') && isRatingColumn(text, lines, rowLines, ratedRisk.index) ? unnamed.find((column) => DESCRIPTION_HEADER.test(normaliseLabel(headerOf(text, column)))) : undefined;
  if (ratedRisk && describedBy) {
    if (!columns.has('priority')) columns.set('priority', { ...ratedRisk, name: 'priority' });
    columns.set('risk', { ...describedBy, name: 'risk' });
    unnamed.splice(unnamed.indexOf(describedBy), 1);
  }
  // `| Scenario | Description | Impact | Mitigation |`: a threat model's scenarios, each with its mitigation, are its risks. (Beside
  // ratings alone, `| Scenario | Likelihood | Consequence |` rates the scenarios a report wrote out before: no risks of its own.)
  const scenario = columns.has('risk') || !columns.has('action') ? undefined : unnamed.find((column) => /^scenarios?$/.test(normaliseLabel(headerOf(text, column))));
  if (scenario) {
    columns.set('risk', { ...scenario, name: 'risk' });
    unnamed.splice(unnamed.indexOf(scenario), 1);
  }
  // `| ID | Opportunity | Benefit |`: a register of opportunities (ISO 9001 §6.1 keeps one beside the risks) lists no risks.
  if (!columns.has('risk') && unnamed.some((column) => OPPORTUNITY_HEADER.test(normaliseLabel(headerOf(text, column))))) return undefined;
  // `| Risk | Asset / flow | L | I | Score | Status |` with `| R01 | A01–A03 / staff login | … |`: a Risk column holding only IDs keys the
  // rows; the risk is worded in the first column of words beside it. (A table of residual risks by ID is read only with
  // why each is kept, see `described`, or reported unread: what is left after treatment asks for no action.)
  const idsOnly = columns.get('risk');
  const worded = idsOnly && !columns.has('id') && !columns.has('title') && !columns.has('residualRisk') && rowLines.length >= 2 && isIdsOnlyColumn(text, lines, rowLines, idsOnly.index)
    ? unnamed.find((column) => !CONTROL_HEADER.test(headerOf(text, column)) && !CATEGORY_HEADER.test(headerOf(text, column)) && isProseColumn(text, lines, rowLines, column.index))
    : undefined;
  if (idsOnly && worded) {
    columns.set('id', { ...idsOnly, name: 'id' });
    columns.set('risk', { ...worded, name: 'risk' });
    unnamed.splice(unnamed.indexOf(worded), 1);
  }
  // `| Workstream | Moderate risks | Lead owner | Target |` with `R-03, R-04, R-05`: a column naming the risks each row's work treats
  // keys the row by them (each listed risk gets the row's work). (Beside an action column, such a column cites the register's risks:
  // a mitigation tracker's, read as the actions shared by those risks.)
  const treated = columns.has('id') || columns.has('action') || actionKeyed ? undefined : unnamed.find((column) => LISTED_RISKS_HEADER.test(normaliseLabel(headerOf(text, column))) && isIdsOnlyColumn(text, lines, rowLines, column.index, true));
  if (treated) {
    const header = fieldAt(text, treated.header.start, treated.header.end);
    const level = /^[*_]*(critical|high|moderate|medium|low)\b/i.exec(header.value)?.[1];
    const at = level === undefined ? -1 : text.indexOf(level, treated.header.start);
    const levelOfRisks = at < 0 ? undefined : { value: level!, valueRange: { start: at, end: at + level!.length }, keyRange: treated.header };
    columns.set('id', { ...treated, name: 'id', ...(levelOfRisks && { levelOfRisks }) });
    unnamed.splice(unnamed.indexOf(treated), 1);
  }
  const id = columns.get('id');
  // `| # | Milestone | Date Due |`: a column of row numbers beside no risk column numbers steps, not risks.
  // (`| # | Item | Why it matters | Plan | Owner | Target |`: numbered items, each with its plan, owner and target, are a tracker's items.)
  const numberedItems = id !== undefined && !columns.has('action') && columns.has('owner') && columns.has('due') && unnamed.some((column) => PLAN_COLUMN.test(normaliseLabel(headerOf(text, column))));
  if (id && !columns.has('risk') && !columns.has('title') && !numberedItems && isRowNumberColumn(text, lines, rowLines, id.index)) columns.delete('id');
  // `| # | Action | Closes | Cost |` with `| 2 | Enforce MFA on privileged roles | R-04 |`: a POA&M that names for each action the
  // risk it closes (defined in the register it follows) keys its rows by those risks' IDs.
  const closes = !columns.has('id') && columns.has('action') ? unnamed.find((column) => CLOSES_HEADER.test(normaliseLabel(headerOf(text, column))) && isIdColumn(text, lines, rowLines, column.index)) : undefined;
  if (closes) {
    columns.set('id', { ...closes, name: 'id' });
    unnamed.splice(unnamed.indexOf(closes), 1);
  }
  // `| # | Action | Risk | Owner |` with `| 1.3 | Enable MFA on email | R-01 |`: numbered steps naming the risk each treats are keyed by
  // those risks, as a POA&M's `Closes` column keys its actions.
  const stepNumbers = columns.get('id');
  const treats = columns.get('risk');
  if (stepNumbers && treats && columns.has('action') && isStepNumberColumn(text, lines, rowLines, stepNumbers.index) && isIdColumn(text, lines, rowLines, treats.index)) {
    columns.set('id', { ...treats, name: 'id', keysSteps: true });
    columns.delete('risk');
  }
  if (columns.has('id') && !columns.has('risk') && !columns.has('title') && !columns.has('action') && TRACKER_COLUMNS.some((name) => columns.has(name))) {
    // A tracker that names its text columns otherwise (`Description`, `Config item`, `Goal`): the first is the risk, the next its action.
    // A Control column maps the item to a framework (`AC-2`, `DORA Art. 10`): it is neither the risk nor its action.
    // A Category column sorts the items (`Configuration integrity`, `Supply chain`): it words no risk of its own.
    // What the entry affects (`Affected Components`: `Web Client, CRM API`) and the catalogue entry it maps to (`OWASP`: `A03:2021 Injection`) word
    // no action; with no other text beside an ID (`| Finding ID | Severity | Affected Asset | Owner Role | Status |`) they say what the finding is about.
    // What the work costs (`Resources / Budget`: `£1,200 for GPU cloud credits`, `3 days engineering effort`) words neither.
    const prose = unnamed.filter((column) => !CONTROL_HEADER.test(headerOf(text, column)) && !CATEGORY_HEADER.test(headerOf(text, column)) && !COST_HEADER.test(headerOf(text, column)) && isProseColumn(text, lines, rowLines, column.index));
    const wording = prose.filter((column) => !AFFECTED_HEADER.test(headerOf(text, column)) && !TAXONOMY_HEADER.test(headerOf(text, column)));
    // A column headed `Plan` is the work, whichever column of words comes first.
    const planned = wording.find((column) => PLAN_COLUMN.test(normaliseLabel(headerOf(text, column))));
    const texts = planned ? [...wording.filter((column) => column !== planned).slice(0, 1), planned] : wording.length > 0 ? wording : prose.slice(0, 1);
    // `| Risk ID | Action ID | Description | Deadline | Owner |`: rows keyed by their action's own ID describe that action; the risk is the one its ID names.
    if (texts[0] && actionKeyed) columns.set('action', { ...texts[0], name: 'action' });
    else if (texts[0]) columns.set('risk', { ...texts[0], name: 'risk' });
    if (texts[1] && !actionKeyed) columns.set('action', { ...texts[1], name: 'action' });
    // `| Gap ID | Description | Owner | Effort | Target |`: a roadmap (no status: work still to do) assigning its one text to an
    // owner names the work as well; a tracker with a status tracks the gaps themselves.
    else if (texts[0] && !actionKeyed && columns.has('owner') && !columns.has('status') && !columns.has('completed')) columns.set('action', { ...texts[0], name: 'action' });
    unnamed.splice(0, unnamed.length, ...unnamed.filter((column) => !texts.slice(0, 2).includes(column)));
  }
  // `| ID | Name | Impact | Key Mitigations |`: beside an ID and an action, the first column of words that names nothing words the risk.
  if (columns.has('id') && columns.has('action') && !columns.has('risk') && !columns.has('title')) {
    const action = columns.get('action')!;
    const wording = unnamed.find((column) => column.index < action.index && !CONTROL_HEADER.test(headerOf(text, column)) && isProseColumn(text, lines, rowLines, column.index));
    if (wording) {
      columns.set('risk', { ...wording, name: 'risk' });
      unnamed.splice(unnamed.indexOf(wording), 1);
    }
  }
  // `| Threat ID | Mitigation | Status | Implementation |`: beside the action, where it is implemented (a script, a CI job) shows it is in place.
  const implementation = columns.has('action') && !columns.has('evidence') ? unnamed.find((column) => IMPLEMENTATION_HEADER.test(headerOf(text, column))) : undefined;
  if (implementation) {
    columns.set('evidence', { ...implementation, name: 'evidence' });
    unnamed.splice(unnamed.indexOf(implementation), 1);
  }
  // `| SLA Date | Original Target Date | Current Target Date |` (set 96): the date the item is held to now.
  if (dueColumns.length > 1 && columns.get('due')?.index === dueColumns[0].index) {
    const inForce = dueColumns[dueInForceAt(dueColumns.map((c) => headerOf(text, c)))];
    if (inForce.index !== dueColumns[0].index) {
      columns.set('due', inForce);
      if (laterDue?.index === inForce.index) laterDue = dueColumns[0];
    }
  }
  const due = columns.get('due');
  // `| Threat | Source | Target |` holding `EHRP servers, workstations`: a bare Target column of words names what a threat aims at, not the work.
  const aimedAt = due !== undefined && normaliseLabel(headerOf(text, due)) === 'target' && !isMostlyDates(text, lines, rowLines, due.index);
  if (aimedAt) columns.delete('due');
  if (due && !aimedAt && !columns.has('action') && isProseColumn(text, lines, rowLines, due.index) && !isMostlyDates(text, lines, rowLines, due.index)) {
    // `| Notes / target |` holding what will be done (`Generate the SBOM in CI`), not dates: the action column of a register that names none.
    columns.delete('due');
    columns.set('action', { ...due, name: 'action' });
    if (laterDue) columns.set('due', laterDue);
  }
  // `| Risk | Mitigation Status | Owner |` holding `Attestation hooks merged; retry guardrails in QA ahead of rollout.`: with no action
  // column, a status column written in sentences, none a status, says what is done and what remains: the action, in the register's words.
  const noted = columns.get('status');
  if (noted && !columns.has('action') && columns.has('risk') && rowLines.length >= 2 && isWorkNoteColumn(columnValues(text, lines, rowLines, noted.index))) {
    columns.delete('status');
    columns.set('action', { ...noted, name: 'action' });
  }
  // `| Severity | Status |` holding `9/10 | 🔴 Critical`: a Status column of levels bands the risk, it says nothing of where its work stands;
  // it rates the risk where no column does.
  const banded = columns.get('status');
  if (banded && isRatingColumn(text, lines, rowLines, banded.index) && columnValues(text, lines, rowLines, banded.index).every((v) => statusOf(v) === undefined)) {
    columns.delete('status');
    if (!ENTRY_RATING_FIELDS.some((name) => columns.has(name))) columns.set('priority', { ...banded, name: 'priority' });
  }
  // `| Mitigation Strategy |` holding `Mitigate 🟡`, `Avoid 🔴`: an action column of bare treatment words records the strategy chosen, no action.
  const strategy = columns.get('action');
  if (strategy && !columns.has('treatment') && isStrategyColumn(columnValues(text, lines, rowLines, strategy.index))) {
    columns.delete('action');
    columns.set('treatment', { ...strategy, name: 'treatment' });
  }
  // `| Our action |` holding `**Fixed** (v0.26.0 \`90d2616\`)`, `**Acknowledged**`: an action column of bare statuses says where each stands, not what is done.
  const answered = columns.get('action');
  if (answered && !columns.has('status') && isStatusColumn(columnValues(text, lines, rowLines, answered.index))) {
    columns.delete('action');
    columns.set('status', { ...answered, name: 'status' });
  }
  // `| Controls |` holding `SC-7, SI-4`, `AC-5, AC-6, AC-6(7)` (a POA&M's security controls): a column of control identifiers maps each
  // weakness to the controls it touches; it says nothing of what is done.
  const mapped = columns.get('action');
  if (mapped && isControlIdColumn(columnValues(text, lines, rowLines, mapped.index))) columns.delete('action');
  const treatment = columns.get('treatment');
  if (treatment && !columns.has('action') && !isTreatmentColumn(text, lines, rowLines, treatment.index)) {
    // A Treatment column that holds what is done, not a treatment option, is the action column.
    columns.delete('treatment');
    columns.set('action', { ...treatment, name: 'action', underTreatment: true });
  }
  // `| ID | Weakness | Control(s) | Resolved by |` under `## Closed` with `` `.github/dependabot.yml` (npm + github-actions) `` (set 90): what
  // closed each item, in words, is the work done for it.
  const resolved = columns.has('action') ? undefined : unnamed.find((column) => RESOLVED_BY_HEADER.test(normaliseLabel(headerOf(text, column))) && isControlWording(columnValues(text, lines, rowLines, column.index)));
  if (resolved) {
    columns.set('action', { ...resolved, name: 'action' });
    unnamed.splice(unnamed.indexOf(resolved), 1);
  }
  // `| ID | Risk | Control(s) | Status |` with `Configure VLAN-based DNS via ER605.`: a Control column that says what is done is the action.
  const controls = columns.has('action') ? undefined : unnamed.find((column) => CONTROLS_HEADER.test(headerOf(text, column)) && isControlWording(columnValues(text, lines, rowLines, column.index)));
  if (controls) {
    columns.set('action', { ...controls, name: 'action' });
    unnamed.splice(unnamed.indexOf(controls), 1);
  }
  // `| Category | Controls | In Place | Gap |` with `| Security | 28 | 20 | 2 |`: a Risk column of counts scores an assessment, it names no risks.
  const risk = columns.get('risk');
  if (!columns.has('id') && risk && isNumberColumn(text, lines, rowLines, risk.index)) return undefined;
  // `| Control Area | Key Controls | Status | Gap |` with `70%`: a Status column of percentages, nobody named and no date, scores each
  // area's compliance; the gaps it cites are tracked (owned, dated) where they are listed.
  const scored = columns.get('status');
  if (scored && !columns.has('owner') && !columns.has('due') && isNumberColumn(text, lines, rowLines, scored.index) && columnValues(text, lines, rowLines, scored.index).some((v) => v.includes('%'))) return undefined;
  const identified = columns.has('id') || columns.has('risk');
  const described =
    columns.has('action') ||
    // `| Risk ID | Risk Level | Response Strategy | Responsible | Target Date |` with `Mitigate — complete patch remediation …`: a plan's
    // responses keyed by the risks' IDs, each decided, owned and dated.
    (columns.has('id') && columns.has('treatment') && (columns.has('owner') || columns.has('due'))) ||
    (columns.has('id') && (columns.has('risk') || columns.has('title'))) ||
    (columns.has('risk') && REGISTER_COLUMNS.some((name) => columns.has(name))) ||
    // `| File | Issue | Commit | Status |` (set 97): a tracker of fixes, each issue worded with where it stands and what proves the fix.
    (columns.has('risk') && columns.has('status') && columns.has('evidence') && rowLines.length >= 2 && isProseColumn(text, lines, rowLines, columns.get('risk')!.index)) ||
    // `| Item | Risk | Compensating Control |` under `## Risk Acceptance`: risks kept, each with what limits it.
    (columns.has('risk') && columns.has('compensatingControls') && rowLines.length >= 1 && isProseColumn(text, lines, rowLines, columns.get('risk')!.index)) ||
    // `| Threat Source | Threat Event | Likelihood | Severity | Risk Score |`: a risk assessment's results, each risk rated by likelihood and impact.
    // (Two rows or more, each wording a risk: one row under a risk's heading rates that risk, `| Inherent | High | High |` rates it before treatment.)
    (columns.has('risk') && columns.has('likelihood') && (columns.has('impact') || columns.has('priority')) && rowLines.length >= 2 && isProseColumn(text, lines, rowLines, columns.get('risk')!.index)) ||
    // `| Hazard | Description | Cause |`: a hazard analysis (ISO 14971) identifies the plan's risks, each hazard with how it comes about or what harm follows.
    isHazardAnalysis(text, lines, rowLines, columns, unnamed) ||
    // `| Vulnerability | Severity | Status |` with `| V-01: Weak password policies | Medium | Mitigated (Item 1.3) |`: each wording opens
    // with its own ID, rated and with where it stands: a tracked list of identified weaknesses, not an inventory of kinds.
    // (Or with a space alone after each ID, `| F-01 Orthanc REST/API authentication | Immediate | Not started |`, a tracker's findings.)
    (columns.has('risk') && columns.has('status') && columns.has('priority') && (isLeadingIdColumn(text, lines, rowLines, columns.get('risk')!.index) || isSpacedIdColumn(text, lines, rowLines, columns.get('risk')!.index))) ||
    // `| Risk | Description | Residual Level | Justification |` with `| R-01 | … | Low | … |` under `## Residual Risk Acceptance`: risks of
    // their own, each keyed by its ID, kept at their residual level with why. (Named by their words, `| Credential Compromise | Low | … |`,
    // they are the register's risks again, whose acceptance is summed up, not decided here.)
    (columns.has('risk') && columns.has('residualRisk') && columns.has('rationale') && isIdColumn(text, lines, rowLines, columns.get('risk')!.index)) ||
    // `| Risk ID | Residual Score | Justification | Accepted By | Date |` (set 89): acceptances recorded, each risk by its ID with why and by whom.
    (columns.has('id') && columns.has('rationale') && columns.has('approvedBy'));
  if (!identified || !described) return undefined;
  // There the bare Date column dates the acceptance, not work.
  if (columns.has('id') && columns.has('rationale') && columns.has('approvedBy') && !columns.has('approvedOn') && !columns.has('action')) {
    const dated = unnamed.find((column) => normaliseLabel(headerOf(text, column)) === 'date' && isDateColumn(text, lines, rowLines, column.index));
    if (dated) {
      columns.set('approvedOn', { ...dated, name: 'approvedOn' });
      unnamed.splice(unnamed.indexOf(dated), 1);
    }
  }
  if (!columns.has('due')) {
    const dates = unnamed.find((column) => !RECORD_DATE_HEADER.test(normaliseLabel(headerOf(text, column))) && isDateColumn(text, lines, rowLines, column.index));
    if (dates) columns.set('due', dates);
  }
  // `| Status | Notes |` with `Complete` and `Jellyfin VM reachable at 192.168.20.20 and playback confirmed`: where nothing else records
  // how work was shown done, a tracker's note that reports a check on a finished row does (the row loop keeps only those).
  if (!columns.has('validation') && !columns.has('evidence') && columns.has('status')) {
    const notes = unnamed.find((column) => isTrackingNoteHeader(headerOf(text, column)));
    if (notes) columns.set('validation', { ...notes, name: 'validation', notesOfChecks: true });
  }
  // `| Nature |` holding `Statutory — Critical`: where no column rates the risk, a column sorting each into a kind with its level does.
  if (!ENTRY_RATING_FIELDS.some((name) => columns.has(name))) {
    const rated = unnamed.find((column) => isKindAndLevelColumn(columnValues(text, lines, rowLines, column.index)));
    if (rated) columns.set('priority', { ...rated, name: 'priority', kindAndLevel: true });
  }
  return columns;
}

/** Whether a table is a hazard analysis: a Hazard column of words, two rows or more, and beside it the hazards' causes, situations or harms in words. */
function isHazardAnalysis(text: string, lines: LineIndex, rowLines: readonly number[], columns: ReadonlyMap<FieldName, Column>, unnamed: readonly Column[]): boolean {
  const hazard = columns.get('risk');
  if (!hazard || rowLines.length < 2 || !HAZARD_HEADER.test(headerOf(text, hazard)) || !isProseColumn(text, lines, rowLines, hazard.index)) return false;
  const detail = [...unnamed, ...(columns.has('impact') ? [columns.get('impact')!] : [])];
  return detail.some((column) => HAZARD_DETAIL_HEADER.test(headerOf(text, column)) && isProseColumn(text, lines, rowLines, column.index));
}

/** A gap analysis's columns as a risk table's: the gap words the risk, the requirement titles it, the status is the row's. */
function gapTableColumns(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[], named: ReadonlyMap<FieldName, Column>): Map<FieldName, Column> | undefined {
  const cells = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine));
  const headers = cells.map((cell) => fieldAt(text, cell.start, cell.end));
  const found = gapColumns(headers.map((header) => header.value), (index) => columnValues(text, lines, rowLines, index));
  if (!found) return undefined;
  // The other columns keep their names (a Priority or Owner column added later is still read); the gap column is no longer evidence.
  const columns = new Map([...named].filter(([, column]) => ![found.gapAt, found.requirementAt, found.statusAt].includes(column.index)));
  const column = (name: FieldName, index: number): Column => ({ name, index, header: headers[index].valueRange });
  columns.set('risk', column('risk', found.gapAt));
  columns.set('title', column('title', found.requirementAt));
  columns.set('status', column('status', found.statusAt));
  return columns;
}

/** A compliance checklist's columns as a risk table's: the item is the risk, the first column of words beside it the action. */
function checklistTableColumns(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[], named: ReadonlyMap<FieldName, Column>, unnamed: readonly Column[]): Map<FieldName, Column> | undefined {
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end).value);
  const itemAt = checklistItemColumn(headers, (index) => columnValues(text, lines, rowLines, index));
  const item = unnamed.find((column) => column.index === itemAt);
  if (!item) return undefined;
  const columns = new Map(named);
  columns.set('risk', { ...item, name: 'risk' });
  const described = unnamed.find((column) => column !== item && isProseColumn(text, lines, rowLines, column.index));
  if (described) columns.set('action', { ...described, name: 'action' });
  return columns;
}

/** Whether a table is a gap analysis's or a compliance checklist's (gap-table.ts), whose rows met are no risks. */
function isGapTable(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[], columns: ReadonlyMap<FieldName, Column>): boolean {
  if (!columns.has('status')) return false;
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end).value);
  const risk = columns.get('risk');
  if (risk && !columns.has('id') && risk.index === checklistItemColumn(headers, (index) => columnValues(text, lines, rowLines, index))) return true;
  return columns.has('title') && !columns.has('action') && gapTableColumns(text, lines, headerLine, rowLines, columns) !== undefined;
}

/** The header of a checklist's column of what must be true (OWASP ASVS, a security requirements list). */
const REQUIREMENT_HEADER = /^(?:(?:security|control|verification|asvs|masvs|compliance) )?requirements?(?: description| text)?$|^(?:check|checks|checklist item|check item|criterion|criteria|control objective)$/;

/**
 * Whether a table is a requirements checklist (`| # | Requirement | Level | Status |` with Pass,
 * Fail, Yes, No): a column of requirements and one of their verification results. Its rows say
 * what must be true and whether it is; with no risk, finding or action column it is not a register.
 */
function isRequirementChecklist(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): boolean {
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
  if (!headers.some((header) => REQUIREMENT_HEADER.test(header))) return false;
  return headers.some((_header, index) => {
    const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), isVerificationResult);
    return filled > 0 && passing * 2 > filled;
  });
}

/** The header of a column naming the risk each row's action closes (normalised): `Closes`, `Risk addressed`, `Closes risk`. */
export const CLOSES_HEADER = /^(?:closes|closes risks?|risks? closed|risks? addressed|addresses risks?|treats risks?|risks? treated)$/;

/** Whether half the filled cells of a column or more are one risk ID each (`R-04`; the others may say `All`). */
function isIdColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (value) => RISK_ID.test(value.replace(/[*_`]/g, '').trim()));
  return passing >= 1 && passing * 2 >= filled;
}

/** The header of a column listing the risks a row's work treats, by their tier or relation (normalised). */
const LISTED_RISKS_HEADER = /^(?:(?:critical|high|moderate|medium|low|related|linked|associated|covered) )?risks?(?: ids?)?$/;

/**
 * Whether every filled cell of a column, two at least, is one ID and nothing else; with `lists`, one ID or a list of
 * them (`R-03, R-04`).
 */
function isIdsOnlyColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number, lists = false): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (value) => {
    const bare = value.replace(/[*_`]/g, '').trim();
    return RISK_ID.test(bare) || (lists && ID_LIST.test(bare));
  });
  return passing >= 2 && passing === filled;
}

/** The header of a column naming the controls or requirements an item maps to. */
const CONTROL_HEADER = /^(?:control|controls?(?: ref(?:erence)?)?|nist control|requirement|criterion|criteria|standard|framework|regulation|citation|hipaa citation|reference)$/;

/** The header of a column saying what closed each item (normalised): `Resolved by`, `Fixed by`, `Remediated by`, `Addressed by`. */
const RESOLVED_BY_HEADER = /^(?:resolved|fixed|remediated|mitigated|addressed|closed) (?:by|via|with)$/;

/** The header of a column that sorts a register's entries into kinds (normalised). */
const CATEGORY_HEADER = /^(?:(?:risk|threat|finding|issue|gap|stride|threat) )?(?:category|categories|type|class|classification|domain|area)$/;

/** The header of a column naming what an entry affects: the components, assets or systems (normalised). */
const AFFECTED_HEADER = /^(?:(?:affected|impacted|targeted|vulnerable) )?(?:components?|assets?|systems?|services?|modules?|endpoints?|resources?|applications?|targets?|locations?|files?)(?: (?:affected|impacted|at risk))?$/;

/** The header of a column mapping an entry to a public catalogue of weaknesses or attacks (normalised). */
const TAXONOMY_HEADER = /^(?:owasp|cwe|capec|swc|mitre|att&ck|mitre att&ck|atlas|mitre atlas|cve)(?: (?:top 10|category|id|ref|reference|mapping|technique|tactic))?$/;

function headerOf(text: string, column: Column): string {
  return normaliseLabel(text.slice(column.header.start, column.header.end));
}

/** The header of a column saying where an action is implemented (normalised). */
const IMPLEMENTATION_HEADER = /^(?:implementation|implemented in|implementation reference|implementation details|where implemented)$/;

/** The header of a column keying rows by their action or task (`Action ID`, `Task #`), beside the risk's ID. */
// (A vendor's conditions of approval, `risk_id,condition_id,description,…` in set 89: each condition is the work asked of it.)
export const ACTION_ID_HEADER = /^(?:action|task|milestone|step|condition)(?: ids?| #| no\.?| refs?)$/;
/** A column that only numbers the rows: `#`, `No.`, `Item #`, `Row`. */
const ROW_NUMBER_HEADER = /^(?:#|no\.?|item #|item no\.?|row|row #|s\/n|sr\.? no\.?)$/;
/** An ID column named for what it identifies: `Finding ID`, `Risk ID`, `POA&M ID`, `Gap #`. */
const NAMED_ID_HEADER = /^(?:finding|risk|poa&m|poam|issue|gap|weakness|vulnerability|control|nc|ncr|car|cap)(?: ids?| #| no\.?| number| ref)$/;
/** A tracker's column of the work planned for each item, named only that (`| Plan |`; `Remediation plan` is an action label already). */
const PLAN_COLUMN = /^(?:plan|the plan|plan of action)$/;
/** The header of a column of what the work costs: money, time or people (`Resources / Budget`, `Estimated Cost`, `Effort`). */
const COST_HEADER = /^(?:(?:estimated|est\.?|projected) )?(?:resources?|budget|costs?|effort|resources? \/ budget|budget \/ resources?|cost \/ effort|effort \/ cost|resourcing|funding)(?: \(.*\))?$/i;
/** The header of a tracker's item column. */
const TASK_HEADER = /^(?:task|item)$/;

/** Columns that, with an ID column and text columns of no known name, make a tracker's rows risks. */
const TRACKER_COLUMNS: readonly FieldName[] = ['owner', 'due', 'status', 'completed'];

/** The text of a column's cells, row by row ('' for an empty or missing cell). */
function columnValues(text: string, lines: LineIndex, rowLines: readonly number[], index: number): string[] {
  return rowLines.map((line) => {
    const cell = splitRow(text, lines.lineStart(line), lines.lineEnd(line))[index];
    return cell ? fieldAt(text, cell.start, cell.end).value : '';
  });
}

/** Of a column's filled cells, how many there are and how many pass `test`. */
function filledCells(values: readonly string[], test: (value: string) => boolean): { filled: number; passing: number } {
  const filled = values.filter((v) => v !== '');
  return { filled: filled.length, passing: filled.filter(test).length };
}

/** Whether most filled cells of a column name a treatment (Mitigate, Reduce, Accept, ISO 27001's Modify). */
function isTreatmentColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  return namesTreatments(columnValues(text, lines, rowLines, index));
}

/** Whether most filled cells name a treatment; a column that mostly says what is done instead is an action column under a treatment's name. */
export function namesTreatments(values: readonly string[]): boolean {
  const { filled, passing } = filledCells(values, (v) => treatmentOf(v, 'table') !== undefined);
  return filled === 0 || passing * 2 >= filled;
}

/**
 * Whether most filled cells of a column are a treatment word alone, and none says more than one word but to name treatments
 * (`| Response |` holding `Mitigate`, `Mitigate and transfer`).
 */
function isStrategyColumn(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  const bare = filled.filter(isBareTreatment).length;
  return bare > 0 && bare * 2 >= filled.length && filled.every((v) => !/\p{L}+\s+\p{L}/u.test(v.replace(/[^\p{L}\s]+/gu, ' ').trim()) || treatmentsNamed(v) !== undefined);
}

/**
 * One NIST SP 800-53 control identifier (`AC-6(7)`, `IA-2 (1)`), as a POA&M maps its weaknesses. Not ISO 27001 Annex A
 * (`A.5.15, A.9.2`): a treatment plan's `Control(s) Selected` names the controls chosen as the treatment.
 */
const CONTROL_ID = String.raw`[A-Z]{2}-\d{1,2}(?:\s?\(\d{1,2}\))?`;
const CONTROL_IDS = new RegExp(String.raw`^${CONTROL_ID}(?:\s*[,;/]\s*${CONTROL_ID})*$`);

/** Whether every filled cell of a column is only control identifiers, and some cell is filled. */
function isControlIdColumn(values: readonly string[]): boolean {
  const filled = values.map((v) => v.replace(/[*_`]/g, '').trim()).filter((v) => v !== '');
  return filled.length > 0 && filled.every((v) => CONTROL_IDS.test(v));
}

/** A closure and its confirmation, as an audit report's Resolution column writes it: `Fixed and verified`, `Resolved & retested`. */
const CONFIRMED_CLOSURE = /^[*_]*\p{L}+[*_]*\s+(?:and|&)\s+[*_]*(?:verified|validated|retested|re-tested|confirmed|tested|closed)[*_]*\.?$/iu;

/** Whether every filled cell of a column is a status alone (or a closure and its confirmation), but for a note in brackets (`Fixed (v0.26.0 \`90d2616\`)`), and one is filled. */
function isStatusColumn(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  return filled.length > 0 && filled.every((v) => (/^[*_]*\p{L}+(?: \p{L}+)?[*_]*(?:\s*\([^()]*\))?$/u.test(v) || CONFIRMED_CLOSURE.test(v)) && statusOf(v) !== undefined);
}

/** Whether every cell of a column numbers a step, perhaps within its phase (`3`, `1.1`, `2.10`), and one is filled. */
function isStepNumberColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const values = columnValues(text, lines, rowLines, index);
  return values.some((v) => v !== '') && values.every((v) => /^\d{0,3}(?:\.\d{1,3})?$/.test(v));
}

/** Whether every filled cell of a column is a bare row number (1, 2, 3). */
function isRowNumberColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  return columnValues(text, lines, rowLines, index).every((v) => /^\d{0,3}$/.test(v));
}

/** Whether every filled cell of a column is a rating (`High`, `Moderate`), and one is filled. */
function isRatingColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (v) => priorityOf(v) !== undefined && !/\d{4}/.test(v));
  return filled > 0 && passing === filled;
}

/** Whether most filled cells of a column are words (two or more), not numbers, codes or dates. */
function isProseColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (v) => (v.match(/\p{L}{2,}/gu) ?? []).length >= 2 && parseDate(v).kind !== 'date' && !DATE_TEMPLATE.test(v));
  return filled > 0 && passing * 2 > filled;
}

/** Words a note on the work runs to at least: a sentence, not a status with a word of detail (`Blocked on vendor`). */
const WORK_NOTE_WORDS = 6;

/** Whether every filled cell of a column is a sentence naming no status (`Runbooks are live; schedule joint drills per training plan.`), and one is filled. */
function isWorkNoteColumn(values: readonly string[]): boolean {
  const { filled, passing } = filledCells(values, (v) => (v.match(/\p{L}[\p{L}'-]*/gu) ?? []).length >= WORK_NOTE_WORDS && statusOf(v) === undefined && parseDate(v).kind !== 'date');
  return filled > 0 && passing === filled;
}

/** Whether every filled cell of a column is a number, a percentage or a count with one (`24 (71%)`), and one is filled. */
function isNumberColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  let numbers = 0;
  for (const line of rowLines) {
    const cell = splitRow(text, lines.lineStart(line), lines.lineEnd(line))[index];
    const value = cell ? fieldAt(text, cell.start, cell.end).value.replace(/[*_]/g, '') : '';
    if (value === '' || /^[-–—]$/.test(value)) continue;
    // `-3% (exceeds target)`: a readiness table's gap, signed, with a note on it.
    if (!/^[-+−]?\d+(?:[.,]\d+)?%?(?:\s*\((?:\d+(?:[.,]\d+)?%?|[a-z][a-z ]{0,30})\))?$/i.test(value)) return false;
    numbers++;
  }
  return numbers > 0;
}

/**
 * Whether a table assesses controls (`| Control | Status | Evidence | Gap |` with PASS,
 * PARTIAL, GAP): a Control column, and a Status column whose filled cells are mostly
 * assessment results. The heading above such a table names a control, not a risk.
 */
export function isControlAssessmentTable(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): boolean {
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
  const status = headers.findIndex((header) => fieldForLabel(header) === 'status');
  if (status < 0 || !headers.some((header) => /^(?:control|controls|control points?|control objectives?|control areas?|criterion|criteria|requirements?)$/.test(header))) return false;
  // `| Control | Annex A Reference | Target Date | Owner | Status |` under a risk (set 89): each control owned and dated is work
  // tracked for that risk, `Implemented` where it is done; an assessment rates controls, it assigns and dates none.
  if (headers.some((header) => fieldForLabel(header) === 'owner') && headers.some((header) => fieldForLabel(header) === 'due')) return false;
  let results = 0;
  let filled = 0;
  for (const line of rowLines) {
    const cell = splitRow(text, lines.lineStart(line), lines.lineEnd(line))[status];
    const value = cell ? fieldAt(text, cell.start, cell.end).value : '';
    if (value === '') continue;
    filled++;
    if (isAssessmentResult(value) || /^\d{1,3}(?:\.\d+)?[ \t]*%$/.test(value)) results++;
  }
  return filled > 0 && results * 2 > filled;
}

/** A column dating the entry itself (`Date Identified`, `Date Raised`, `Opened`): when the risk was recorded, not when its work is due. */
const RECORD_DATE_HEADER = /\b(?:identified|raised|opened|logged|reported|discovered|detected|found|created|recorded|submitted|entered|added|observed)\b|^date (?:of )?(?:identification|discovery|detection|finding|entry)$/;

/** Whether every filled cell of a column is a date (or a period), and at least one is filled. */
function isDateColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (v) => parseDate(v).kind === 'date');
  return filled > 0 && passing === filled;
}

/** Whether at least half the filled cells of a column are dates, periods or deadlines (`30 days`). */
function isMostlyDates(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (v) => parseDate(v).kind !== 'not-a-date' || relativeDeadline(v) !== undefined || /\d/.test(v));
  return filled > 0 && passing * 2 >= filled;
}

/** A template's date to fill in (`YYYY-MM-DD`, `[DD/MM/YYYY]`): a date column's placeholder, not words. */
const DATE_TEMPLATE = /^[[(_*]*(?:yyyy[-/.]mm(?:[-/.]dd)?|dd[-/.]mm[-/.]yyyy|mm[-/.]dd[-/.]yyyy)[\])_*]*$/i;

/** A dash written in a cell to say "none". */
const NO_ID = /^[-–—]+$/;
/** A work cell saying no step is planned: `none`, `none now`, `none; public terms relied on`, `No further action`. */
const NO_STEP = /^[*_]*(?:none(?: now| yet| planned| needed| required)?|no further action|no action(?: needed| required)?)[*_]*(?:$|[;:,.—–(]|\s[-–—]\s)/i;
/** An ID cell saying the table has no entry yet (`| _none yet_ | — | No risks have been closed … |` under `## Closed Risks`). */
const NO_ENTRY_YET = /^[*_]*(?:none|none yet|nothing yet|no entries(?: yet)?|(?:no )?(?:risks?|items?) (?:yet|so far))[*_.]*$/i;

/** `Total`, `**TOTAL REMAINING**`, `Total items`, `Grand total (12)`: bold or a few words, not a risk that opens with the word (`Total GCP Failure or Multi-Region Outage`). */
const TOTAL_LEAD = /^[*_]*(?:grand\s+)?totals?\b/i;
const isTotalRow = (cell: string): boolean => TOTAL_LEAD.test(cell) && (/^(\*\*|__).*\1$/.test(cell.trim()) || cell.replace(/\([^)]*\)/g, '').trim().split(/\s+/).length <= 3);
/** A likelihood written as a grade (`High`, `**Medium**`): the rank of a register that rates by nothing else. */
function gradedLikelihood(field: Field | undefined): Field | undefined {
  return field && priorityOf(field.value.replace(/[*_]/g, '').trim()) !== undefined ? field : undefined;
}

/** A cell wholly in bold (`**Mitigated Risks**`): on a row of nothing else, the title of the group of rows under it. */
const GROUP_DIVIDER = /^(\*\*|__)[^*_]+\1$/;

/** A header naming opportunities, not risks. */
const OPPORTUNITY_HEADER = /^opportunit(?:y|ies)(?: description| title| name)?$/;

/** A row whose only cells filled are its key and a placeholder (`[Add your risks]`): the template's prompt for the next row. */
function isPromptRow(row: ReadonlyMap<FieldName, Field>, keyName: FieldName): boolean {
  let prompt = false;
  for (const [name, field] of row) {
    if (name === keyName || field.value === '') continue;
    if (!isPlaceholder(field.value)) return false;
    prompt = true;
  }
  return prompt;
}

/**
 * Whether a register's rows are all a template's prompts (`| [ID] | [Describe the risk] | … |`,
 * `| | Enter the risk here | Select | Auto |`): the form of a register left to fill in, every cell
 * but the key blank or a placeholder. Its rows are no risks, and no other reading may make one.
 */
export function isPromptTable(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): boolean {
  const columns = rowLines.length > 0 ? columnsOf(text, lines, headerLine, rowLines) : undefined;
  if (!columns) return false;
  const key = columns.get('id') ?? columns.get('risk')!;
  let prompts = 0;
  for (const line of rowLines) {
    const cells = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
    for (const column of columns.values()) {
      const cell = cells[column.index];
      const value = cell ? fieldAt(text, cell.start, cell.end).value : '';
      if (value === '' || NO_ID.test(value)) continue;
      if (!isPlaceholder(value)) {
        if (column !== key) return false;
      } else prompts++;
    }
  }
  return prompts > 0;
}

/** A risk ID written alone: letters, an optional hyphen, digits, more numbered parts (`SEC-2026-04`). */
export const RISK_ID = new RegExp(`^${RISK_ID_SOURCE}$`);
/** An ID at the front of a Risk cell, then a separator and the risk: `R-01: Laptop theft`, `R-01 – Laptop theft`. */
const LEADING_ID = new RegExp(String.raw`^([*_\`]*)(${RISK_ID_SOURCE})\1(?::|\.|\s+[-–—]|\s*\))\s+(?=\S)`);

/** IDs listed at the front of a Risk cell (`R05, R11, R12 encryption`, `R-03 and R-08: Vendors`), then a space or a separator. */
const LEADING_IDS = new RegExp(String.raw`^([*_\`]*)(${RISK_ID_SOURCE}(?:\s*(?:,|&|and|/)\s*${RISK_ID_SOURCE})*)\1(?::|\.|\s+[-–—]|\s*\))?\s+(?=\S)`);
const ID_IN_LIST = new RegExp(RISK_ID_SOURCE, 'g');

/** A cell that is only a list of two or more IDs (`S1, E1, E4`, `R-03 and R-08`, `T1/T2`). */
const ID_LIST = new RegExp(String.raw`^[*_\`]*${RISK_ID_SOURCE}(?:\s*(?:,|&|and|/|;)\s*${RISK_ID_SOURCE})+[*_\`]*$`);

/** The IDs an ID cell lists, each placed where it is written; undefined unless the cell lists two or more and nothing else. */
function idsListed(cell: Field): Field[] | undefined {
  if (!ID_LIST.test(cell.value)) return undefined;
  const at = cell.valueRange.start + (cell.value.length - cell.value.trimStart().length);
  return [...cell.value.matchAll(ID_IN_LIST)].map((id): Field => {
    const start = at + id.index!;
    return { value: id[0], valueRange: { start, end: start + id[0].length }, keyRange: cell.keyRange };
  });
}

/**
 * A Risk cell's IDs and title when the cell starts with an ID. `spaced`: the column writes
 * every ID followed by a space alone (`R01 staff MFA`), so a space separates too.
 */
function splitLeadingId(text: string, cell: Field, spaced = false): { ids: Field[]; title: Field } | undefined {
  const m = LEADING_ID.exec(cell.value) ?? (spaced ? LEADING_IDS.exec(cell.value) : null);
  if (!m) return undefined;
  const start = cell.valueRange.start + m[1].length;
  const ids = [...m[2].matchAll(ID_IN_LIST)].map((id): Field => {
    const at = start + id.index!;
    return { value: id[0], valueRange: { start: at, end: at + id[0].length }, keyRange: cell.keyRange };
  });
  const titleStart = cell.valueRange.start + m[0].length;
  return { ids, title: fieldAt(text, titleStart, cell.valueRange.end, cell.keyRange) };
}

/** An ID cell naming its risk in brackets after the ID (`NCS-RISK-2024-007 (Insider threat)`): the ID, and the risk's words as its title. */
const ID_NAMING_RISK = new RegExp(String.raw`^(${RISK_ID_SOURCE})\s*\(([^()]*\p{L}[^()]*)\)$`, 'u');

function idNamingRisk(text: string, cell: Field): { ids: Field[]; title: Field } | undefined {
  const m = ID_NAMING_RISK.exec(cell.value);
  if (!m) return undefined;
  const start = cell.valueRange.start;
  const titleStart = start + m[0].lastIndexOf('(') + 1;
  return { ids: [{ value: m[1], valueRange: { start, end: start + m[1].length }, keyRange: cell.keyRange }], title: fieldAt(text, titleStart, titleStart + m[2].length, cell.keyRange) };
}

/** Whether most filled cells of a Risk column open with one ID and a colon, a dot or a dash before their words (`V-01: Weak password policies`). */
function isLeadingIdColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (v) => LEADING_ID.test(v));
  return passing >= 2 && passing * 2 > filled;
}

/**
 * Whether most filled cells of a Risk column open with one or more IDs and a space: the column's way of writing
 * them. (A roadmap's `| F-03 SQL Injection |` rows may end with recommendations of no finding, `| HTTP only |`.)
 */
function isSpacedIdColumn(text: string, lines: LineIndex, rowLines: readonly number[], index: number): boolean {
  const { filled, passing } = filledCells(columnValues(text, lines, rowLines, index), (v) => LEADING_IDS.test(v) && /\p{L}{2}/u.test(v.replace(LEADING_IDS, '')));
  return passing >= 2 && passing * 2 > filled;
}

/** A treatment word, then a colon, a spaced dash or a spaced plus, then what is done: `Mitigate: Enforce MFA + PAM`, `Mitigate — EDR, backups`, `Accept + provider encryption`. */
const TREATMENT_THEN = /^([*_]*[A-Za-z][A-Za-z /]{1,30}?[*_]*)\s*(?::|\s[—–-]|\s\+)\s*(?=\S)/;

/** A treatment done, then the means (`Mitigated through GitHub Actions OIDC token exchange, …`, set 94): the means is the action. */
const TREATED_THROUGH = /^([*_]*(?:mitigated|remediated|reduced|transferred)[*_]*)[ \t]+(?:through|by|via|using)[ \t]+(?=\S)/i;

/**
 * A Treatment cell that names the option and then what follows from it, split in two, when
 * there is no Action column (or the Treatment column is read as the action column): the action,
 * or for an accepted risk why it is accepted (`Accept — cloud-hosted, office loss manageable`).
 */
export function treatmentThenAction(text: string, cell: Field | undefined): Partial<Record<'treatment' | 'action' | 'rationale', Field>> | undefined {
  const m = cell && (TREATMENT_THEN.exec(cell.value) ?? TREATED_THROUGH.exec(cell.value));
  // `Mitigate / Transfer — Execute the BAA …`: two options chosen together, the first the one the action carries out.
  const treatment = m ? treatmentOf(m[1], 'table') ?? treatmentOf(m[1].split('/')[0], 'table') : undefined;
  if (!cell || !m || treatment === undefined) return undefined;
  const start = cell.valueRange.start;
  return {
    treatment: fieldAt(text, start, start + m[1].length, cell.keyRange),
    [treatment === 'accept' ? 'rationale' : 'action']: fieldAt(text, start + m[0].length, cell.valueRange.end, cell.keyRange),
  };
}

/** Whether a column named for the owner names the due date after it too (`Owner / due`, `Owner / Target Date`). */
function namesDueToo(header: string): boolean {
  return normaliseLabel(header).split('/').slice(1).some((part) => fieldForLabel(part.trim()) === 'due');
}

/** `IAM Lead / 2026-09-30`, `CISO, Q3 2026`: who, then by when, after the last slash or comma; undefined when the end is no date or period. */
function ownerThenDue(text: string, cell: Field | undefined): { owner: Field; due: Field } | undefined {
  if (!cell) return undefined;
  const at = Math.max(cell.value.lastIndexOf('/'), cell.value.lastIndexOf(','));
  if (at <= 0) return undefined;
  const owner = cell.value.slice(0, at).trimEnd();
  const due = cell.value.slice(at + 1).trim();
  if (owner === '' || parseDate(due).kind === 'not-a-date') return undefined;
  const start = cell.valueRange.start;
  const dueStart = start + cell.value.indexOf(due, at + 1);
  return { owner: fieldAt(text, start, start + owner.length, cell.keyRange), due: fieldAt(text, dueStart, dueStart + due.length, cell.keyRange) };
}

/** `<reason> — accepted`: a cell closing on a dash and the word accepted gives the treatment, and the reason before it. */
function acceptedAtEnd(text: string, cell: Field | undefined): { treatment: Field; rationale: Field } | undefined {
  const closing = cell && /\s[—–-]+\s*[*_]*(accepted)[*_]*\.?$/i.exec(cell.value);
  if (!cell || !closing) return undefined;
  const reason = cell.value.slice(0, closing.index).trimEnd();
  if (reason === '') return undefined;
  const start = cell.valueRange.start;
  const wordAt = start + closing.index + closing[0].indexOf(closing[1]);
  return { treatment: fieldAt(text, wordAt, wordAt + closing[1].length, cell.keyRange), rationale: fieldAt(text, start, start + reason.length, cell.keyRange) };
}

/** A status that records an accepted risk ("CLOSED - Risk Accepted") stands for the treatment a POA&M writes no column for. */
export function acceptedBy(status: Field | undefined): Field | undefined {
  return status && recordsAcceptance(status.value) ? status : undefined;
}

/**
 * A Residual cell that judges the risk acceptable as it stands (`acceptable`, `acceptable until
 * the BAA is signed`), on a row that plans nothing: its treatment. Beside a planned action it
 * is the level the action aims at, not a decision to accept.
 */
function acceptedResidual(residual: Field | undefined, action: Field | undefined): Field | undefined {
  return residual && !action?.value.trim() && /^[*_]*acceptable\b/i.test(residual.value) ? residual : undefined;
}

/** The tier a table's risks inherit from the H2 above it. */
/** A heading over finished work: `## Completed Remediation`, `### Closed Findings`, `## 2. Resolved Issues`. */
const CLOSED_WORK_HEADING = /^ {0,3}#{1,6}[ \t]+[\W\d_]*(?:completed|closed|resolved|remediated|fixed|finished|done)\b/i;

/**
 * The paragraph leading into a table of work already done: `Found and fixed:`, `The following findings were remediated:`.
 * Its rows close on what was done, as those under a heading of closed items do.
 */
const CLOSED_WORK_LEAD = /\b(?:found and (fixed|resolved|remediated|closed)|(?:were|was|have been|has been|already|since been) (fixed|resolved|remediated|closed|completed))\b[^.:\n]{0,60}:\s*$/i;

/** The closing word of the line leading into a table (the nearest line above its header, within two blank lines), when it says the rows were done. */
function closedLead(text: string, lines: LineIndex, headerLine: number): Field | undefined {
  for (let at = headerLine - 1; at >= 0 && at >= headerLine - 3; at--) {
    const start = lines.lineStart(at);
    const written = text.slice(start, lines.lineEnd(at));
    if (written.trim() === '') continue;
    if (/^ {0,3}(?:#{1,6}[ \t]|\|)/.test(written)) return undefined;
    const tailAt = Math.max(0, written.length - 120);
    const closed = CLOSED_WORK_LEAD.exec(written.slice(tailAt));
    if (!closed) return undefined;
    const word = closed[1] ?? closed[2];
    const wordAt = start + tailAt + closed.index + closed[0].lastIndexOf(word);
    return { value: word, valueRange: { start: wordAt, end: wordAt + word.length } };
  }
  return undefined;
}

/** The nearest heading line above a line, as written ('' when there is none). */
export function headingAbove(text: string, lines: LineIndex, line: number): string {
  for (let at = line - 1; at >= 0; at--) {
    const written = text.slice(lines.lineStart(at), lines.lineEnd(at));
    if (/^ {0,3}#{1,6}[ \t]/.test(written)) return written;
  }
  return '';
}

export interface TierContext {
  readonly tier?: Field;
  readonly tierValue?: Tier;
}

/**
 * The risks of a table, or none when its header does not make it a risk table.
 * `rowLines` are the zero-based lines of the body rows.
 */
export function tableRisks(
  text: string,
  lines: LineIndex,
  headerLine: number,
  rowLines: readonly number[],
  context: TierContext,
): Risk[] {
  const columns = columnsOf(text, lines, headerLine, rowLines);
  if (!columns) return [];
  // `## Completed Remediation` over `| ID | Weakness | Resolution | Date |`: under a heading of finished work, a bare Date column is when it was finished.
  const dated = columns.get('due');
  if (dated && !columns.has('completed') && normaliseLabel(headerOf(text, dated)) === 'date' && CLOSED_WORK_HEADING.test(headingAbove(text, lines, headerLine))) {
    columns.delete('due');
    columns.set('completed', { ...dated, name: 'completed' });
  }
  // `Found and fixed:` over `| Area | Finding | Fix |`: a row that writes no status of its own was closed by its fix.
  const leadClosed = closedLead(text, lines, headerLine);
  // Without an ID column the Risk column identifies the risk: as its ID when it is shaped
  // like one, as its title otherwise.
  const keyColumn = columns.get('id') ?? columns.get('risk')!;
  const titleColumn = columns.get('title') ?? (columns.has('id') ? columns.get('risk') : undefined);

  const spacedIds = keyColumn.name === 'risk' && isSpacedIdColumn(text, lines, rowLines, keyColumn.index);
  const gapTable = isGapTable(text, lines, headerLine, rowLines, columns);
  const closesKey = keyColumn.name === 'id' && CLOSES_HEADER.test(normaliseLabel(headerOf(text, keyColumn)));
  const actionColumn = columns.get('action');
  // `| Owner / due |` holding `IAM Lead / 2026-09-30`: one column for both, split row by row.
  const ownerColumn = columns.get('owner');
  const ownerAndDue = !columns.has('due') && ownerColumn !== undefined && namesDueToo(headerOf(text, ownerColumn));
  const controlsInPlace = actionColumn !== undefined && !ownerAndDue && recordsControlsInPlace(columns, headerOf(text, actionColumn));
  // `| Treatment (owner, wave) |` holding `Mitigate — … (IAM owner, Wave 2)`: the bracket names who does the work.
  const workColumn = actionColumn ?? columns.get('treatment');
  const namedParts = workColumn && !columns.has('owner') ? headerNamedParts(headerOf(text, workColumn)) : undefined;
  // `| Action / owner |` holding `Maintain RLS coverage test on every new table · *Eng*`: the work, then who does it.
  const ownedWork = actionColumn !== undefined && !columns.has('owner') && namesOwnerToo(headerOf(text, actionColumn));
  // `| Remediation Note / Risk Acceptance |`: on a row accepted by its status or treatment, the cell is the acceptance's reason.
  const workOrReason = actionColumn !== undefined && !columns.has('rationale') && namesAcceptanceToo(headerOf(text, actionColumn));
  // `| Risk | Probability | Blast-Radius | … |` with `**High**`: a register that rates its risks by likelihood alone ranks them by it.
  const likelihoodOnly = columns.has('likelihood') && !(['impact', 'priority', 'inherentRisk', 'riskScore', 'residualRisk'] as const).some((name) => columns.has(name));
  const risks: { risk: Risk; key: string; title: string; actions: Action[] }[] = [];
  /** The first risk of each key, where numbered steps keyed by the risk they treat may be apart (a lookup a row, not a scan). */
  const stepsOf = new Map<string, (typeof risks)[number]>();
  for (const line of rowLines) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const cells = splitRow(text, start, end);
    const row = new Map<FieldName, Field>();
    for (const column of columns.values()) {
      const cell = cells[column.index] ?? { start: end, end };
      const field = cellField(text, cell, column.header);
      // `| Days |` over `0-30`: the count in the header's unit.
      const counted = column.name === 'due' ? withHeaderUnit(field.value, headerOf(text, column)) : field.value;
      row.set(column.name, column.kindAndLevel ? levelAfterKind(text, field) : counted === field.value ? field : { ...field, value: counted });
    }
    if (columns.get('validation')?.notesOfChecks && !(statusOf(row.get('status')?.value ?? '') === 'done' && checkedNote(row.get('validation')?.value))) row.delete('validation');
    // `| Treatment |` holding `Accept + Railway encryption; reassess field-level` among cells of work (set 94): the option, then its words.
    const worded = columns.get('action')?.underTreatment ? row.get('action') : undefined;
    if (!columns.has('action') || worded) {
      const split = treatmentThenAction(text, worded ?? row.get('treatment'));
      if (split && worded && !split.action) row.delete('action');
      if (split) for (const [name, field] of Object.entries(split)) row.set(name as FieldName, field);
    }
    if (ownerAndDue) {
      const split = ownerThenDue(text, row.get('owner'));
      if (split) for (const [name, field] of Object.entries(split)) row.set(name as FieldName, field);
    }
    const owned = ownedWork ? workThenOwner(text, row.get('action')) : undefined;
    if (owned) {
      row.set('action', owned.words);
      row.set('owner', owned.owner);
    }
    const parted = namedParts && cellNamedParts(text, row.get('action'), namedParts);
    if (parted) {
      row.set('action', parted.words);
      if (parted.owner) row.set('owner', parted.owner);
      if (parted.due && !row.get('due')?.value) row.set('due', parted.due);
    }
    // `| Low | — |`, `| none now |`, `| none; public terms relied on |`: a dash or "none" in the work column says there is no next step;
    // the row plans nothing, as an empty cell.
    const work = row.get('action');
    if (work && (NO_ID.test(work.value) || NO_STEP.test(work.value))) row.set('action', { ...work, value: '' });
    // `… outbound calls are short and responses aren't shown to users — accepted`: the work column's last word decides on acceptance, with its reason before it.
    const accepted = columns.has('treatment') ? undefined : acceptedAtEnd(text, row.get('action'));
    if (accepted) {
      row.delete('action');
      row.set('treatment', accepted.treatment);
      if (!row.get('rationale')?.value) row.set('rationale', accepted.rationale);
    }
    // `| Screenshot | OS-level capture | Cannot prevent; out of scope | Accepted |`: in a table of controls in place, a residual
    // recording acceptance is the decision, and the measure's cell its reason, not work to date.
    const residual = row.get('residualRisk');
    if (controlsInPlace && residual && RESIDUAL_ACCEPTED.test(residual.value) && !row.get('status')?.value) {
      row.set('status', residual);
      if (!row.get('treatment')?.value) row.set('treatment', residual);
      const measure = row.get('action');
      if (measure?.value && !row.get('rationale')?.value) row.set('rationale', measure);
      row.delete('action');
    }
    const reason = workOrReason ? row.get('action') : undefined;
    if (reason && (treatmentOf(row.get('treatment')?.value, 'table') === 'accept' || acceptedBy(row.get('status')))) {
      row.delete('action');
      row.set('rationale', reason);
    }
    readOpenCompletionAsDue(row);
    // `| Current Controls |` that also says what is planned (`… is a planned control (2026 Q2 target).`), on a row with no action column: that work is its action.
    const planned = actionColumn === undefined && !row.get('action')?.value ? plannedInControls(row.get('compensatingControls')) : undefined;
    if (planned) {
      row.set('action', planned.action);
      if (planned.due && !row.get('due')?.value) row.set('due', planned.due);
    }
    const firstLine = { start, end };
    // A measure the residual rating assesses, written in the present: in place, read so as its status (as a heading risk's Controls are).
    const inPlace = controlsInPlace && isControlInPlace(row.get('action'), row.get('residualRisk'));
    // `| Existing Controls | Residual Risk |` with `Low — …` on a row that plans, dates and tracks nothing: its controls are its measure, in place.
    const existing = row.get('compensatingControls');
    const treatedInPlace = !inPlace && !row.get('action')?.value && !row.get('status')?.value && !row.get('due')?.value && isTreatedByControls(existing, row.get('residualRisk'));
    const action: Action = {
      action: treatedInPlace ? existing : row.get('action'),
      owner: row.get('owner'),
      due: row.get('due'),
      status: inPlace ? { ...row.get('action')!, value: 'in place' } : treatedInPlace ? { ...existing!, value: 'in place' } : row.get('status')?.value ? row.get('status') : leadClosed ?? row.get('status'),
      completed: row.get('completed'),
      validation: row.get('validation') ?? (treatedInPlace ? row.get('residualRisk') : undefined),
      evidence: row.get('evidence'),
      firstLine,
      table: { cells: Object.fromEntries([...row].map(([name, field]) => [name, field.valueRange])) },
    };
    const written = row.get(keyColumn.name)!;
    // `| Unique User Identification | ✅ Compliant | JWT-based auth |`: in a gap analysis, a requirement met is no gap.
    if (gapTable && isMetRow(row.get('status')?.value ?? '')) continue;
    // `| Security Safeguards | Implemented | - | - |`: a gap table's row with no gap and no action is a requirement met, not a risk.
    const actionCell = row.get('action')?.value ?? '';
    if (!columns.has('id') && NO_ID.test(written.value) && (actionCell === '' || NO_ID.test(actionCell))) continue;
    // `| — | 3.1.5 | Title |`: a dash in the ID cell of a closed item says it has no ID; the title identifies it.
    const keyCell = NO_ID.test(written.value) ? { ...written, value: '' } : written;
    const keyWritten = cells[keyColumn.index] ? text.slice(cells[keyColumn.index].start, cells[keyColumn.index].end).trim() : '';
    if (isTotalRow(keyCell.value) || isTotalRow(keyWritten)) continue; // `| **Total** | 17 | …`: a sum of the rows above, not a risk
    // `| **Remaining Risks (Ordered by Probability)** | | | |`: a bold cell alone on its row divides the table into groups.
    if (GROUP_DIVIDER.test(keyWritten) && cells.every((cell, i) => i === keyColumn.index || text.slice(cell.start, cell.end).trim() === '')) continue;
    if (keyColumn.name === 'id' && NO_ENTRY_YET.test(keyCell.value.trim())) continue; // a placeholder saying the table is empty so far
    // `| 11 | Re-assess CSF maturity | All |`: in a column of the risks each action closes, a row that names none is the plan's own work, not a risk.
    if (closesKey && !RISK_ID.test(keyCell.value.replace(/[*_`]/g, '').trim())) continue;
    // `| R-009 | *[Add your risks]* | | | |`: a template's prompt for the next row, with nothing else filled in, is not a risk.
    if (isPromptRow(row, keyColumn.name)) continue;
    const leading = keyColumn.name === 'risk' && !RISK_ID.test(keyCell.value) ? splitLeadingId(text, keyCell, spacedIds) : keyColumn.name === 'id' && !titleColumn ? idNamingRisk(text, keyCell) : undefined;
    // `| S1, E1, E4 | AAA role gates |`: an ID cell listing several risks (a threat model's mapping of mitigations to threats) treats each.
    const listed = keyColumn.name === 'id' ? idsListed(keyCell) : undefined;
    const key = leading ? leading.ids[0].value : listed ? listed[0].value : keyCell.value;
    const title = titleColumn ? row.get(titleColumn.name)!.value : leading ? leading.title.value : '';
    // Numbered steps keyed by the risk they treat: a step for a risk already met in the table is that risk's, wherever it stands.
    const previous = keyColumn.keysSteps && key !== '' ? (stepsOf.get(key.toUpperCase()) ?? risks[risks.length - 1]) : risks[risks.length - 1];
    const continues =
      previous !== undefined &&
      (key !== '' ? key.toUpperCase() === previous.key.toUpperCase() : title === '' || title === previous.title);
    if (continues) {
      previous.actions.push(action);
      continue;
    }
    const keyField = leading?.ids[0] ?? listed?.[0] ?? keyCell;
    const keyIsId = (keyColumn.name === 'id' && keyField.value !== '') || leading !== undefined || RISK_ID.test(keyField.value);
    const tier = row.get('tier');
    const actions = [action];
    const risk: Risk = {
      form: 'table',
      id: keyIsId ? keyField : undefined,
      title: titleColumn ? row.get(titleColumn.name) : leading ? leading.title : keyIsId ? undefined : keyField,
      tier: tier ?? context.tier,
      tierValue: tier ? tierOfHeading(tier.value) : context.tierValue,
      priority: ratedPriority(row, true) ?? (likelihoodOnly ? gradedLikelihood(row.get('likelihood')) : undefined) ?? keyColumn.levelOfRisks,
      treatment: row.get('treatment') ?? acceptedBy(row.get('status')) ?? acceptedResidual(row.get('residualRisk'), row.get('action')),
      ...ratings(row),
      acceptance: {
        // A residual judged acceptable is its own rationale (`acceptable for a solo practice; revisit if staff added`).
        rationale: row.get('rationale') ?? (row.get('treatment') || acceptedBy(row.get('status')) ? undefined : acceptedResidual(row.get('residualRisk'), row.get('action'))),
        approvedBy: row.get('approvedBy'),
        approvedOn: row.get('approvedOn'),
        compensatingControls: row.get('compensatingControls'),
        // `| 2026-11-11 | Open — accepted, detection is loud |` (set 90): an accepted item kept open on the list is revisited by its date.
        reviewBy: row.get('reviewBy') ?? row.get('nextReview') ?? (keepsAcceptedOpen(row.get('status')?.value ?? '') ? row.get('due') : undefined),
      },
      actions,
      firstLine,
    };
    risks.push({ risk, key, title, actions });
    if (keyColumn.keysSteps && key !== '' && !stepsOf.has(key.toUpperCase())) stepsOf.set(key.toUpperCase(), risks[risks.length - 1]);
    // `| R05, R11, R12 encryption | … |`: one row treating several risks gives each of them its action, owner and date.
    for (const id of (leading?.ids ?? listed ?? []).slice(1)) {
      const shared = [{ ...action }];
      risks.push({ risk: { ...risk, id, actions: shared }, key: id.value, title, actions: shared });
    }
  }
  return risks.map((r) => r.risk);
}

/**
 * A note that reports a check made (`playback confirmed`, `mount survived reboot`, `reachable from service workloads`, `access
 * restored on the new subnet`), not one that restates the goal or what is still to check (`Validate IP addressing …`).
 */
function checkedNote(note: string | undefined): boolean {
  return note !== undefined && /\b(?:confirmed|verified|validated|tested|(?:tests?|checks?) passed|survived|reachable|restored)\b/i.test(note);
}
