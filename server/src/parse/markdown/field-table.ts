// A risk's fields written as a two-column table under its heading (`| Field | Value |`,
// then `| Owner | TBD |` rows): each row whose first cell is a field label reads as a
// field line. The header names the columns (Field/Value, Item/Detail), so it must not
// itself be a field label; a table with ID/Risk and Action columns is a risk table instead.
import type { LineIndex } from '../../model/positions';
import type { Field } from '../../model/plan-model';
import { fieldAt, MILESTONE_LABELS, type PlacedField } from './field-lines';
import { closingDatedItem } from './label-list';
import { splitRow } from './risk-table';
import { saysNothingLeft } from '../../model/stated-none';
import { fieldForLabel, isGlossaryHeader, isTrackingNoteHeader, normaliseLabel, priorityOf, treatmentsNamed } from '../../model/vocabulary';
import { controlColumns, CONTROLS_HEADER, isControlWording } from './control-table';

/** A POA&M's milestone row (`— Milestone 1`, `Milestone 2`): one action of the risk. */
const MILESTONE_ROW = /^[—–-]*\s*milestone\s*#?\d*$/i;
/** A step with its date after a dash: `Deploy to production — 2027-02-01`. */
const DATED_STEP = /^(.*\S)\s+[—–-]\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})$/;

/**
 * The field rows of a two-column field table, or an empty list when the table is not one.
 * `rowLines` are the zero-based lines of the body rows.
 */
export function fieldTableLines(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const header = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine));
  if (header.length !== 2 || header.some((cell) => fieldForLabel(fieldAt(text, cell.start, cell.end).value) !== undefined)) return [];
  // A glossary under a section's heading (`### Key` over `| Term | Definition |`) defines the labels; it is no risk's fields.
  if (isGlossaryHeader(fieldAt(text, header[0].start, header[0].end).value, fieldAt(text, header[1].start, header[1].end).value)) return [];
  return withNotesAsWork(text, lines, rowLines, fieldRows(text, lines, rowLines));
}

/**
 * A register entry's table whose one action row holds only treatment words (`| **Treatment Strategy** | Mitigate |`)
 * and whose Comments (Notes, Remarks) row tells the work (`MFA rollout approved … Vendor selected (Okta) …`): the words
 * are the risk's treatment, the notes its action. A table with a treatment row of its own, or no notes, is read as written.
 */
function withNotesAsWork(text: string, lines: LineIndex, rowLines: readonly number[], fields: PlacedField[]): PlacedField[] {
  const actions = fields.filter((f) => f.name === 'action');
  const treatments = actions.length === 1 && !fields.some((f) => f.name === 'treatment') ? treatmentsNamed(actions[0].field.value) : undefined;
  if (!treatments) return fields;
  // `| Treatment Strategy | Accept |` is left as written: its acceptance's record (who, when, why) is in the notes' prose.
  if (treatments.every((t) => t === 'accept')) return fields;
  const asTreatment = fields.map((f) => (f === actions[0] ? { ...f, name: 'treatment' as const } : f));
  for (const line of rowLines) {
    const [labelCell, valueCell] = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
    if (!labelCell || !valueCell) continue;
    const label = fieldAt(text, labelCell.start, labelCell.end);
    if (!isTrackingNoteHeader(label.value)) continue;
    const notes = fieldAt(text, valueCell.start, valueCell.end, label.valueRange);
    if (notes.value.split(/\s+/).length < 3) return fields;
    const work: PlacedField = { name: 'action', label: label.value.trim().toLowerCase(), field: notes, prefix: text.slice(lines.lineStart(line), label.valueRange.start), bulleted: false, line };
    return [...asTreatment, work].sort((a, b) => a.line - b.line);
  }
  return fields;
}

/** Fields that rate a risk: the rows of a scoring table (`| **Likelihood** | Medium–High | … |`). */
const RATING_ROWS: ReadonlySet<string> = new Set(['likelihood', 'impact', 'inherentRisk', 'residualRisk', 'riskScore', 'priority']);

/**
 * A risk's scoring table with a column of notes (`| Factor | Rating | Notes |` over `| **Likelihood** | Medium–High | … |`,
 * `| **Inherent Risk Score** | High | … |`): its rows are the risk's ratings, read as a two-column field table's. Every row
 * must name a rating and give a level or a score, two at least; a scale's legend (`| Likelihood | 1-5 | … |`) gives none.
 */
export function ratingTableLines(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const header = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine));
  if (header.length !== 3 || rowLines.length < 2) return [];
  const rates = (line: number) => {
    const [labelCell, valueCell] = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
    if (!labelCell || !valueCell) return false;
    const name = fieldForLabel(fieldAt(text, labelCell.start, labelCell.end).value);
    return name !== undefined && RATING_ROWS.has(name) && priorityOf(fieldAt(text, valueCell.start, valueCell.end).value) !== undefined;
  };
  return rowLines.every(rates) ? fieldRows(text, lines, rowLines) : [];
}

/** Columns of a stage table that may give each stage's level: a score, a rating, a tier of grades. */
const SCORE_COLUMNS: ReadonlySet<string> = new Set(['riskScore', 'priority', 'tier']);

/** The stages a risk is rated at, by the rating field each gives (a target's rating is a goal, no rating of the risk). */
const STAGE_RATINGS: ReadonlySet<string> = new Set(['inherentRisk', 'residualRisk']);

/**
 * A risk's ratings by stage (`| | Likelihood | Impact | Score |` over `| Inherent | 5 | 5 | 25 |`, `| Residual | 5 | 4 | 20 |`,
 * `| Target (high-effort) | 3 | 4 | 12 |`): the Score (Rating, Level) cell of the Inherent and Residual rows are the risk's inherent and
 * residual risk. Every row must name a stage, the inherent or residual one at least, and give a level or a score.
 */
export function stageRatingTableLines(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const header = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end));
  if (header.length < 3 || rowLines.length < 2 || fieldForLabel(header[0].value) !== undefined) return [];
  // The first column of levels among those that score or grade (`| Score Type | Score | Tier |` over `| Inherent Risk | 89/100 |
  // CRITICAL |`: the Tier column grades each stage where the Score column gives points out of a hundred).
  const grades = (i: number) => rowLines.every((line) => {
    const cell = splitRow(text, lines.lineStart(line), lines.lineEnd(line))[i];
    return cell !== undefined && priorityOf(fieldAt(text, cell.start, cell.end).value) !== undefined;
  });
  const scoring = header.flatMap((cell, i) => (i > 0 && SCORE_COLUMNS.has(fieldForLabel(cell.value) ?? '') ? [i] : []));
  const scoreAt = scoring.find(grades) ?? scoring[0] ?? -1;
  if (scoreAt < 0) return [];
  const fields: PlacedField[] = [];
  for (const line of rowLines) {
    const start = lines.lineStart(line);
    const cells = splitRow(text, start, lines.lineEnd(line));
    if (!cells[0] || !cells[scoreAt]) return [];
    const label = fieldAt(text, cells[0].start, cells[0].end);
    const stage = label.value.replace(/\([^()]*\)/g, '').trim();
    const name = fieldForLabel(stage);
    const score = fieldAt(text, cells[scoreAt].start, cells[scoreAt].end, label.valueRange);
    if (name === undefined || priorityOf(score.value) === undefined) return [];
    if (name === 'due') continue; // `Target`: the rating aimed at
    if (!STAGE_RATINGS.has(name)) return [];
    fields.push({ name, label: stage.toLowerCase(), field: score, prefix: text.slice(start, label.valueRange.start), bulleted: false, line });
  }
  return fields;
}

/**
 * A key/value table whose first row is already a pair, the risk's ID (`| **Risk ID** | RA-001 |`,
 * then `|---|---|` and `| **Threat** | … |` rows): a risk written as a table, with no heading.
 * The ID's field, then the rows' fields; empty when the first row is not an ID label and a value.
 */
export function idHeadedTableFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const start = lines.lineStart(headerLine);
  const header = splitRow(text, start, lines.lineEnd(headerLine));
  if (header.length !== 2) return [];
  const label = fieldAt(text, header[0].start, header[0].end);
  if (fieldForLabel(label.value) !== 'id') return [];
  const id = fieldAt(text, header[1].start, header[1].end, label.valueRange);
  if (id.value === '') return [];
  const prefix = text.slice(start, label.valueRange.start);
  return [{ name: 'id', label: label.value.trim().toLowerCase(), field: id, prefix, bulleted: false, line: headerLine }, ...fieldRows(text, lines, rowLines)];
}

/** The fields of a two-column table's rows: a label, then its value. */
function fieldRows(text: string, lines: LineIndex, rowLines: readonly number[]): PlacedField[] {
  const fields: PlacedField[] = [];
  for (const line of rowLines) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const [labelCell, valueCell = { start: end, end }] = splitRow(text, start, end);
    if (!labelCell) continue;
    const label = fieldAt(text, labelCell.start, labelCell.end);
    const milestone = MILESTONE_ROW.test(label.value);
    // A bare `| Date | … |` row is the date the document bears, as a `Date:` line is.
    const name = milestone ? 'action' : (fieldForLabel(label.value) ?? (normaliseLabel(label.value) === 'date' ? 'documentDate' : undefined));
    if (name === undefined) {
      // `| **Milestones** | Access audit complete (Sep 2026) → Role redesign approved (Oct 2026) → … |` (set 94): dated steps of the item.
      if (MILESTONE_LABELS.has(normaliseLabel(label.value))) fields.push(...milestoneSteps(text, fieldAt(text, valueCell.start, valueCell.end, label.valueRange), { prefix: text.slice(start, label.valueRange.start), line }));
      continue;
    }
    // `| **Open Issues** | None |`: nothing left to do with the vendor, no action written.
    if (name === 'action' && saysNothingLeft(label.value, text.slice(valueCell.start, valueCell.end))) continue;
    // A blank value sits after the pipe and one space, as in a table-form risk's cells.
    const blankAt = valueCell.end > valueCell.start ? valueCell.start + 1 : valueCell.start;
    const field = fieldAt(text, valueCell.start, valueCell.end, label.valueRange, blankAt);
    const prefix = text.slice(start, label.valueRange.start);
    const row = { label: milestone ? 'milestone' : label.value.trim().toLowerCase(), prefix, bulleted: false, line };
    const dated = milestone ? DATED_STEP.exec(field.value) : null;
    if (dated) {
      // `Implement lockout — 2027-01-15`: the step and its date.
      const dueStart = field.valueRange.start + field.value.length - dated[2].length;
      fields.push({ ...row, name, listItem: 'item', field: { value: dated[1], valueRange: { start: field.valueRange.start, end: field.valueRange.start + dated[1].length }, keyRange: label.valueRange } });
      fields.push({ ...row, name: 'due', listItem: 'child', field: { value: dated[2], valueRange: { start: dueStart, end: dueStart + dated[2].length }, keyRange: label.valueRange } });
      continue;
    }
    // Milestones are a list of the risk's actions: an owner written once for the risk is theirs.
    fields.push({ ...row, name, field, ...(milestone && { listItem: 'item' as const }) });
  }
  return fields;
}

/** Between the steps of a milestone cell: an arrow, or a semicolon. */
const STEP_BREAK = /[ \t]*(?:→|->|⟶|;)[ \t]*/g;

/**
 * A milestone cell's steps, each an action item with its due date, when every step closes with a date in brackets and
 * there are two or more; none otherwise (a cell of words stays unread, as before).
 */
function milestoneSteps(text: string, cell: Field, at: { prefix: string; line: number }): PlacedField[] {
  const steps: { action: Field; due: Field }[] = [];
  let from = 0;
  for (const m of [...cell.value.matchAll(STEP_BREAK), undefined]) {
    const to = m?.index ?? cell.value.length;
    const start = cell.valueRange.start + from;
    const step = closingDatedItem(text, fieldAt(text, start, cell.valueRange.start + to, cell.keyRange));
    if (!step) return [];
    steps.push(step);
    from = to + (m?.[0].length ?? 0);
  }
  if (steps.length < 2) return [];
  const row = { label: 'milestones', prefix: at.prefix, bulleted: false, line: at.line };
  return steps.flatMap((step) => [
    { ...row, name: 'action' as const, listItem: 'item' as const, field: step.action },
    { ...row, name: 'due' as const, listItem: 'child' as const, field: step.due },
  ]);
}

/**
 * The cells of a one-row table whose header names fields (`| Likelihood | Impact | Risk
 * Level |` then one row): fields of the risk they sit in, keyed by their header cells.
 * Empty when the table has more rows or its header names no field.
 */
export function rowTableFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  if (rowLines.length !== 1) return [];
  const line = rowLines[0];
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const cells = splitRow(text, start, end);
  const fields: PlacedField[] = [];
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end));
  // A row that names a risk (an ID or Risk column) is a one-row list of risks, not a risk's ratings.
  if (headers.some((header) => ['id', 'risk'].includes(fieldForLabel(header.value) ?? ''))) return [];
  headers.forEach((header, index) => {
    const name = fieldForLabel(header.value);
    const cell = cells[index];
    if (name === undefined || !cell) return;
    const blankAt = cell.end > cell.start ? cell.start + 1 : cell.start;
    fields.push({ name, label: header.value.trim().toLowerCase(), field: fieldAt(text, cell.start, cell.end, header.valueRange, blankAt), prefix: '', bulleted: false, line });
  });
  return fields;
}

/** Fields a row of a risk's table of steps gives its action. */
const STEP_FIELDS: ReadonlySet<string> = new Set(['owner', 'due', 'status', 'completed', 'priority']);
/** A step's own number or code (`M1`, `1`, `Step 2`, `1.1` under POA&M item #1): not what is done. */
const STEP_CODE = /^(?:[A-Za-z]{0,10}[ -]?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?|[—–-])$/;

/**
 * The rows of a risk's table of steps (`| Milestone | Description | Owner | Target Date |`
 * under a POA&M item): each row one action of the risk above, with its owner, date and
 * status. The action is the Action (Milestone, Task) column, or, when that column only
 * numbers the steps (`M1`), the next column of words. Empty when the table names no action
 * column or no owner, date or status column, or has no rows.
 */
export function stepTableFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[]): PlacedField[] {
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end));
  const names = headers.map((header) => fieldForLabel(header.value));
  const cellsOf = (line: number) => splitRow(text, lines.lineStart(line), lines.lineEnd(line));
  const valueAt = (line: number, index: number) => {
    const cell = cellsOf(line)[index];
    return cell ? fieldAt(text, cell.start, cell.end).value : '';
  };
  let actionAt = names.indexOf('action');
  // `| Deliverable | Path | Status |` under a gap: each deliverable is a step, and the file it names (the first column no field names) its evidence.
  const delivered = actionAt < 0 ? names.indexOf('evidence') : -1;
  const filedAt = delivered >= 0 ? names.findIndex((name, i) => i > delivered && name === undefined) : -1;
  if (filedAt >= 0) actionAt = delivered;
  // `| Control | Annex A Reference | Target Date | Owner | Status |` under a risk's heading (an ISO 27001 treatment plan, set 89):
  // a Control column that words what is put in place, not a control's ID (`AC-2`), is the step.
  if (actionAt < 0) actionAt = headers.findIndex((header, index) => names[index] === undefined && CONTROLS_HEADER.test(normaliseLabel(header.value)) && isControlWording(rowLines.map((line) => valueAt(line, index))));
  if (actionAt < 0 || !names.some((name) => name !== undefined && STEP_FIELDS.has(name)) || rowLines.length === 0) return [];
  if (rowLines.every((line) => STEP_CODE.test(valueAt(line, actionAt)))) {
    const described = names.findIndex((name, i) => i > actionAt && name === undefined);
    if (described < 0) return [];
    actionAt = described;
  }
  const fields: PlacedField[] = [];
  for (const line of rowLines) {
    const cells = cellsOf(line);
    const actionCell = cells[actionAt];
    if (!actionCell || fieldAt(text, actionCell.start, actionCell.end).value === '') continue;
    const row = { prefix: '', bulleted: false, line };
    const blankAt = (cell: { start: number; end: number }) => (cell.end > cell.start ? cell.start + 1 : cell.start);
    fields.push({ ...row, name: 'action', label: 'action', listItem: 'item', field: fieldAt(text, actionCell.start, actionCell.end, headers[actionAt].valueRange, blankAt(actionCell)) });
    const filed = filedAt >= 0 ? cells[filedAt] : undefined;
    if (filed && fieldAt(text, filed.start, filed.end).value !== '') {
      fields.push({ ...row, name: 'evidence', label: headers[filedAt].value.trim().toLowerCase(), listItem: 'child', field: fieldAt(text, filed.start, filed.end, headers[filedAt].valueRange, blankAt(filed)) });
    }
    names.forEach((name, index) => {
      const cell = cells[index];
      if (name === undefined || !STEP_FIELDS.has(name) || !cell) return;
      fields.push({ ...row, name, label: headers[index].value.trim().toLowerCase(), listItem: 'child', field: fieldAt(text, cell.start, cell.end, headers[index].valueRange, blankAt(cell)) });
    });
  }
  return fields;
}

/**
 * The rows of a table set under an action label instead of a list (`**Mitigations:**` then
 * `| Control | Type | Effectiveness |`): each row one action of the risk, as each item of a list
 * under the label would be. The action is the column the header names an action, else the first
 * column of words; a named owner, date or status column gives each action its own.
 */
export function labelledTableFields(text: string, lines: LineIndex, headerLine: number, rowLines: readonly number[], label: string): PlacedField[] {
  const headers = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => fieldAt(text, cell.start, cell.end));
  const names = headers.map((header) => fieldForLabel(header.value));
  if (rowLines.length === 0 || names.some((name) => name === 'id' || name === 'risk')) return [];
  const valueAt = (line: number, index: number) => {
    const cell = splitRow(text, lines.lineStart(line), lines.lineEnd(line))[index];
    return cell ? fieldAt(text, cell.start, cell.end).value : '';
  };
  const words = (index: number) => rowLines.filter((line) => (valueAt(line, index).match(/\p{L}{2,}/gu) ?? []).length >= 2).length * 2 > rowLines.length;
  let actionAt = names.indexOf('action');
  if (actionAt < 0) actionAt = headers.findIndex((_, index) => names[index] === undefined && words(index));
  if (actionAt < 0) return [];
  // `| Control | Implementation | Location |`: the control's description is what is done, its name only labels it.
  const control = names[actionAt] === 'action' ? undefined : controlColumns(headers.map((header) => header.value));
  if (control && words(control.describedAt)) actionAt = control.describedAt;
  // Where each control lives, with no owner, date or status to track it by: a control in place.
  const locatedAt = control && actionAt === control.describedAt && !names.some((name) => name !== undefined && STEP_FIELDS.has(name)) ? control.locatedAt : undefined;
  const fields: PlacedField[] = [];
  for (const line of rowLines) {
    const cells = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
    const actionCell = cells[actionAt];
    if (!actionCell || fieldAt(text, actionCell.start, actionCell.end).value === '') continue;
    const row = { prefix: '', bulleted: false, line };
    const blankAt = (cell: { start: number; end: number }) => (cell.end > cell.start ? cell.start + 1 : cell.start);
    fields.push({ ...row, name: 'action', label, listItem: 'item', field: fieldAt(text, actionCell.start, actionCell.end, headers[actionAt].valueRange, blankAt(actionCell)) });
    const located = locatedAt === undefined ? undefined : cells[locatedAt];
    const where = located ? fieldAt(text, located.start, located.end, headers[locatedAt!].valueRange, blankAt(located)) : undefined;
    if (where && where.value !== '') {
      // The place it lives is the record that it is in place; the status says so in the vocabulary's word.
      fields.push({ ...row, name: 'evidence', label: headers[locatedAt!].value.trim().toLowerCase(), listItem: 'child', field: where });
      fields.push({ ...row, name: 'status', label: headers[locatedAt!].value.trim().toLowerCase(), listItem: 'child', field: { ...where, value: 'implemented' } });
    }
    names.forEach((name, index) => {
      const cell = cells[index];
      if (name === undefined || index === actionAt || !STEP_FIELDS.has(name) || name === 'priority' || !cell) return;
      fields.push({ ...row, name, label: headers[index].value.trim().toLowerCase(), listItem: 'child', field: fieldAt(text, cell.start, cell.end, headers[index].valueRange, blankAt(cell)) });
    });
  }
  return fields;
}
