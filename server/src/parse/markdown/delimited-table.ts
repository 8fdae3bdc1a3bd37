// A register kept as delimited text in a Markdown file: a CSV export saved as .md (`CAR_ID,Date_Raised,…,Action_Plan,
// Owner,Due_Date,Status`), or spreadsheet rows pasted with their tabs (`Risk ID⇥Treatment Option⇥…⇥Risk Owner⇥Target
// Date`). A header line names the columns; each record below it is one risk. A cell may hold line breaks: quoted in CSV,
// and in pasted rows a record runs on over lines until it has as many cells as the header. Read only when nothing else
// in the document reads as a risk (read-plan.ts), as another schema's entries are: no fix writes into them.
import type { Action, Field, Risk, UnreadRecord } from '../../model/plan-model';
import { MILESTONE_LABELS } from './field-lines';
import { closingDate } from './label-list';
import { dueInForceAt, ENTRY_RATING_FIELDS, fieldForLabel, isVendorLabel, normaliseLabel, priorityOf, RISK_ID_SOURCE, treatmentOf, type FieldName } from '../../model/vocabulary';
import { CONTROLS_HEADER, isControlWording } from './control-table';
import { ratedPriority, ratings } from './risk-rating';
import { acceptedBy, ACTION_ID_HEADER, DESCRIPTION_HEADER, namesTreatments } from './risk-table';
import { readOpenCompletionAsDue } from './open-completion';
import { dayFirstAsIso, isDayFirstColumn } from '../../model/dates';
import { entriesReviews, type EntriesReviews } from '../../model/review-dates';
import { withHeaderUnit } from '../../model/relative-dues';
import { saysNoneListed } from '../../model/stated-none';
import { withoutUnlessAll } from './whole-plan-passes';
import { hasRealValue } from '../../model/placeholders';

/** How many columns make a delimited header a register's: fewer is a line of prose with commas. */
const MIN_COLUMNS = 4;
/** The fields a register's columns must name besides its ID or wording: what is done, by whom, by when, or how far along. */
const WORK_FIELDS: ReadonlySet<FieldName> = new Set(['action', 'owner', 'due', 'status', 'treatment']);
/**
 * How many of a header's columns say what is done about each record: the columns of work, and a rating (`Severity`,
 * `Priority`) as one more: a findings export that grades each finding and gives its fix (`id,…,severity,…,remediation`)
 * is a register, as one with an owner beside the fix is.
 */
function workColumns(fields: readonly (FieldName | undefined)[]): number {
  return fields.filter((f) => f !== undefined && WORK_FIELDS.has(f)).length + (fields.some((f) => f !== undefined && RATING_FIELDS.has(f)) ? 1 : 0);
}

/** The columns that rate a record, any one of which counts as the rating. */
const RATING_FIELDS: ReadonlySet<FieldName> = new Set(ENTRY_RATING_FIELDS);

/** The fields read from a record's cells. */
const READ_FIELDS: ReadonlySet<FieldName> = new Set([
  'id', 'risk', 'action', 'owner', 'due', 'status', 'priority', 'treatment', 'completed', 'validation', 'evidence',
  ...ENTRY_RATING_FIELDS, 'compensatingControls', 'approvedBy', 'approvedOn', 'reviewBy', 'rationale',
]);

/** An option a register records as weighed and not taken (`Deferred: retire asset (not selected -- see …)`, set 91): no work planned. */
const NOT_SELECTED = /^\W*deferred\s*:|\(\s*not selected\b/i;

interface Cell {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The field a delimited header names: its words (`Due_Date` as `Due Date`), or the first of two joined (`Treatment Plan & Implementation Details`). */
function headerField(header: string): FieldName | undefined {
  const words = header.replace(/_/g, ' ').trim();
  return fieldForLabel(words) ?? fieldForLabel(words.split(/\s+(?:&|and)\s+/i)[0]);
}

/**
 * The risks of the first delimited register in the text; undefined when there is none. `headerWithin`: how many lines
 * from the start the header may be on (a spreadsheet's export opens with it, or a title row or two before it).
 */
export function delimitedTable(text: string, headerWithin = Infinity): { risks: Risk[]; unread: UnreadRecord[]; reviews?: EntriesReviews } | undefined {
  let fenced = false;
  for (let start = 0, line = 0; start < text.length && line < headerWithin; line++) {
    const end = lineEndAt(text, start);
    const line = text.slice(start, end);
    // An example in a code block is not the document's register.
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    for (const delimiter of fenced ? [] : (['\t', ','] as const)) {
      if (!line.includes(delimiter)) continue;
      const header = delimiter === '\t' ? { cells: tabCells(text, start, end), next: nextLine(text, end) } : csvRecord(text, start);
      const headers = header?.cells ?? [];
      if (headers.length < MIN_COLUMNS) continue;
      const named = headers.map((h) => headerField(h.value));
      // Records start after the header's record, which a quoted cell may carry over lines (`"Risk Level⏎(Low/Med/High)"`).
      let read: Cell[][] | undefined;
      // A spreadsheet's export is records to its end: one whose cells are miscounted is set aside, and said so; in a Markdown file
      // the register ends at the first line that is no record.
      const unread: UnreadRecord[] = [];
      const records = () => (read ??= delimiter === '\t' ? tabRecords(text, header!.next, headers.length) : csvRecords(text, header!.next, headers.length, headerWithin === Infinity ? undefined : unread));
      const fields = withDueInForce(headers, withFindingOverVendor(headers, withItemIds(headers, named, records)));
      if (!fields.some((f) => f === 'id' || f === 'risk') || workColumns(fields) < 2) continue;
      const columns = withRiskDescribed(headers, withReviewAsDue(withActionInMilestones(headers, withActionInControls(headers, withActionDescribed(headers, withActionInTreatment(fields, records())), records()))));
      const dayFirst = dayFirstColumns(columns, records());
      // `Milestones` beside the action column (`M1 Disable the 4 accounts (due 2026-07-10; Done) | M2 …`): each record's dated steps.
      const milestonesAt = columns.includes('action') ? headers.findIndex((h, i) => columns[i] === undefined && MILESTONE_LABELS.has(normaliseLabel(h.value.replace(/_/g, ' ')))) : -1;
      const risks = withoutNoFindingRecords(records().flatMap((cells) => riskOf(text, cells, columns, headers, dayFirst, milestonesAt)));
      const reviews = risks.length > 0 ? recordReviews(headers, named, records()) : undefined;
      if (risks.length > 0) return { risks, unread, ...(reviews && { reviews }) };
    }
    start = nextLine(text, end);
  }
  return undefined;
}

/**
 * `treatment_id,…,review_date` with `2026-12-06` on each record: the register's review dates are its records' own (as a
 * JSON register's entries' are); undefined when no record dates one.
 */
function recordReviews(headers: readonly Cell[], named: readonly (FieldName | undefined)[], records: readonly Cell[][]): EntriesReviews | undefined {
  const column = (name: 'lastReviewed' | 'nextReview'): (Field | undefined)[] => {
    const at = named.indexOf(name);
    return at < 0 ? [] : records.map((cells) => cells[at] && { value: cells[at].value, valueRange: { start: cells[at].start, end: cells[at].end }, keyRange: { start: headers[at].start, end: headers[at].end } });
  };
  const reviews = entriesReviews(column('lastReviewed'), column('nextReview'));
  return reviews.lastReviewed || reviews.nextReview ? reviews : undefined;
}

/**
 * The risks without the records that say their entry has no finding (`PeopleCore,HR SaaS,…,No significant finding,none,…,Closed`,
 * set 93): a vendor reviewed and found clean is no risk, whatever owner and date its review kept. Only beside records of risks.
 */
function withoutNoFindingRecords(risks: Risk[]): Risk[] {
  return withoutUnlessAll(risks, (r) => r.id === undefined && saysNoneListed(r.title?.value ?? '') && !r.actions.some((a) => hasRealValue(a.action)));
}

/** The fields with one deadline column, the one items are held to (`SLA Date`, `Original Target Date`, `Current Target Date`, set 96). */
function withDueInForce(headers: readonly Cell[], fields: readonly (FieldName | undefined)[]): readonly (FieldName | undefined)[] {
  const dues = fields.flatMap((f, i) => (f === 'due' ? [i] : []));
  if (dues.length < 2) return fields;
  const kept = dues[dueInForceAt(dues.map((i) => headers[i].value))];
  return fields.map((f, i) => (f === 'due' && i !== kept ? undefined : f));
}

/**
 * The fields with a vendor's column no longer the risk when a later column names the finding (`Vendor Name,…,Finding,…`,
 * set 93): the vendor is whom the risk is with, the finding what it is. Risk-table.ts reads a Markdown table so.
 */
function withFindingOverVendor(headers: readonly Cell[], fields: readonly (FieldName | undefined)[]): readonly (FieldName | undefined)[] {
  const vendor = fields.indexOf('risk');
  if (vendor < 0 || !isVendorLabel(headers[vendor].value.replace(/_/g, ' '))) return fields;
  const finding = fields.findIndex((f, i) => i > vendor && f === 'risk' && !isVendorLabel(headers[i].value.replace(/_/g, ' ')));
  return finding < 0 ? fields : fields.map((f, i) => (i === vendor ? undefined : f));
}

/**
 * The fields with an `Item` column read as the IDs when every record's cell in it is one ID (`POAM-001`): a POA&M export
 * keys its items so, beside a `control_id` column that names the control each item is against, which is then not the
 * ID. An `Item` column of words (a checklist's) names no field.
 */
function withItemIds(headers: readonly Cell[], fields: readonly (FieldName | undefined)[], records: () => Cell[][]): readonly (FieldName | undefined)[] {
  const item = headers.findIndex((h, i) => fields[i] === undefined && ITEM_HEADER.test(h.value));
  if (item < 0) return fields;
  const cells = records().map((cells) => cells[item]?.value ?? '');
  if (cells.length === 0 || !cells.every((value) => WHOLE_ID.test(value))) return fields;
  return fields.map((f, i) => (i === item ? 'id' : f === 'id' ? undefined : f));
}

/**
 * With no action column, a treatment column whose cells mostly say what is done (`require signing and test legacy
 * clients`, `Deploy EDR; test backups quarterly`) rather than name a treatment is the action column, as in a Markdown
 * table (risk-table.ts); a later treatment column (`decision` holding `accept (not funded)`, `treat (funded)`) is then the treatment.
 */
function withActionInTreatment(fields: readonly (FieldName | undefined)[], records: readonly Cell[][]): readonly (FieldName | undefined)[] {
  if (fields.includes('action')) return fields;
  const worded = fields.findIndex((f, i) => f === 'treatment' && !namesTreatments(records.map((cells) => cells[i]?.value ?? '')));
  return worded < 0 ? fields : fields.map((f, i) => (i === worded ? 'action' : f));
}

/**
 * With no action column, beside a column keying each record by its action's own ID (`risk_id,condition_id,description,…`: a vendor's
 * conditions of approval, set 89), the description describes that action, as in a Markdown table keyed so (risk-table.ts).
 */
function withActionDescribed(headers: readonly Cell[], fields: readonly (FieldName | undefined)[]): readonly (FieldName | undefined)[] {
  const header = (i: number) => normaliseLabel(headers[i].value.replace(/_/g, ' '));
  if (fields.includes('action') || !headers.some((_, i) => fields[i] === undefined && ACTION_ID_HEADER.test(header(i)))) return fields;
  const described = headers.findIndex((_, i) => fields[i] === undefined && DESCRIPTION_HEADER.test(header(i)));
  return described < 0 ? fields : fields.map((f, i) => (i === described ? 'action' : f));
}

/**
 * With no column wording the risk, a column describing each record (`id,summary,cwe,…,status,owner`: a pen test's findings, set 99)
 * words it, as a Markdown table's Description column does.
 */
function withRiskDescribed(headers: readonly Cell[], fields: readonly (FieldName | undefined)[]): readonly (FieldName | undefined)[] {
  if (fields.includes('risk') || fields.includes('title')) return fields;
  const described = headers.findIndex((h, i) => fields[i] === undefined && DESCRIPTION_HEADER.test(normaliseLabel(h.value.replace(/_/g, ' '))));
  return described < 0 ? fields : fields.map((f, i) => (i === described ? 'risk' : f));
}

/**
 * With no action column, a column of controls that says what is done (`Control Name` holding `S3 Block Public Access + bucket
 * policy review`) is the action column, as in a Markdown table (risk-table.ts).
 */
function withActionInControls(headers: readonly Cell[], fields: readonly (FieldName | undefined)[], records: readonly Cell[][]): readonly (FieldName | undefined)[] {
  if (fields.includes('action')) return fields;
  const controls = headers.findIndex((h, i) => fields[i] === undefined && CONTROLS_HEADER.test(normaliseLabel(h.value.replace(/_/g, ' '))) && isControlWording(records.map((cells) => cells[i]?.value ?? '')));
  return controls < 0 ? fields : fields.map((f, i) => (i === controls ? 'action' : f));
}

/**
 * With no action column, a POA&M export's `Milestones` column (`Procure IdP licences 2026-06-05; pilot with 8 reviewers …`)
 * is the work planned: the action column, as `**Milestones**:` over a list is in Markdown (MILESTONE_LABELS).
 */
function withActionInMilestones(headers: readonly Cell[], fields: readonly (FieldName | undefined)[]): readonly (FieldName | undefined)[] {
  if (fields.includes('action')) return fields;
  const milestones = headers.findIndex((h, i) => fields[i] === undefined && MILESTONE_LABELS.has(normaliseLabel(h.value.replace(/_/g, ' '))));
  return milestones < 0 ? fields : fields.map((f, i) => (i === milestones ? 'action' : f));
}

/**
 * With an action column and no due column, a column of each record's next review (`review_due_date`) is when the record's work
 * is due: a vendor register's action is the review (`Perform supplier compliance review …`). The record's review dates still date
 * the register's reviews (recordReviews reads the header's own names).
 */
function withReviewAsDue(fields: readonly (FieldName | undefined)[]): readonly (FieldName | undefined)[] {
  if (fields.includes('due') || !fields.includes('action')) return fields;
  const review = fields.indexOf('nextReview');
  return review < 0 ? fields : fields.map((f, i) => (i === review ? 'due' : f));
}

/** The date columns whose slashed dates are day first by the column's own evidence (`25/07/2026` in it): model/dates.ts. */
function dayFirstColumns(fields: readonly (FieldName | undefined)[], records: readonly Cell[][]): ReadonlySet<number> {
  const columns = new Set<number>();
  fields.forEach((f, i) => {
    if ((f === 'due' || f === 'completed') && isDayFirstColumn(records.map((cells) => cells[i]?.value ?? ''))) columns.add(i);
  });
  return columns;
}

/** A column headed `Item` (`item`, `Item No.`), whatever its case. */
const ITEM_HEADER = /^\s*item(?:[ _]?(?:no\.?|number))?\s*$/i;

function lineEndAt(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, end: number): number {
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

/** The cells of [start, end) split at tabs, each trimmed. */
function tabCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\t') {
      cells.push(trimmed(text, from, i));
      from = i + 1;
    }
  }
  return cells;
}

/**
 * Pasted rows: a record's lines joined until it has `columns` cells (its tabs, columns - 1 of them), a cell's line
 * breaks kept. Stops at a line that opens a heading, or a record that runs past the header's columns.
 */
function tabRecords(text: string, from: number, columns: number): Cell[][] {
  const records: Cell[][] = [];
  let start = from;
  while (start < text.length) {
    let tabs = 0;
    let at = start;
    let end = start;
    for (;;) {
      end = lineEndAt(text, at);
      const line = text.slice(at, end);
      if (at === start && (line.trim() === '' || /^\s*#/.test(line))) return records;
      tabs += line.split('\t').length - 1;
      if (tabs >= columns - 1 || end >= text.length) break;
      at = nextLine(text, end);
      if (at >= text.length || /^\s*#/.test(text.slice(at, lineEndAt(text, at)))) break;
    }
    if (tabs !== columns - 1) return records;
    records.push(tabCells(text, start, end));
    start = nextLine(text, end);
  }
  return records;
}

/** One CSV record from `start` (RFC 4180: quoted cells may hold commas, line breaks and doubled quotes), and where the next begins. */
function csvRecord(text: string, start: number): { cells: Cell[]; next: number } | undefined {
  const cells: Cell[] = [];
  let i = start;
  for (;;) {
    if (text[i] === '"') {
      const open = i + 1;
      let j = open;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return undefined;
        if (text[q + 1] === '"') {
          j = q + 2;
          continue;
        }
        j = q;
        break;
      }
      const cell = trimmed(text, open, j);
      cells.push({ ...cell, value: cell.value.replace(/""/g, '"') });
      i = j + 1;
      while (text[i] === ' ' || text[i] === '\t') i++;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      cells.push(trimmed(text, i, j));
      i = j;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (i >= text.length) return { cells, next: text.length };
    if (text[i] === '\r' || text[i] === '\n') return { cells, next: nextLine(text, i) };
    return undefined;
  }
}

/** CSV records of `columns` cells each, up to the first that is not one (a blank line, prose, a heading). */
function csvRecords(text: string, from: number, columns: number, unread?: UnreadRecord[]): Cell[][] {
  const records: Cell[][] = [];
  for (let start = from; start < text.length; ) {
    const record = csvRecord(text, start);
    if (!record) break;
    if (record.cells.length !== columns) {
      if (!unread) break;
      // A blank line reads as one empty cell: no record.
      if (record.cells.some((cell) => cell.value !== '')) unread.push({ range: { start, end: lineEndAt(text, start) }, cells: record.cells.length, columns });
    } else records.push(record.cells);
    start = record.next;
  }
  return records;
}

function trimmed(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { value: text.slice(s, e), start: s, end: e };
}

const LEADING_ID = new RegExp(String.raw`^(${RISK_ID_SOURCE})(?![\w-])`);
/** A cell that is one ID and nothing else. */
const WHOLE_ID = new RegExp(String.raw`^${RISK_ID_SOURCE}$`);
/** An ID cell of one token with a digit in it. */
const ONE_TOKEN = /^((?=[^\s]*\d)[^\s,;]{1,24})$/;

/**
 * The risk of one record. Where several columns name the action (`Selected Controls`, then `Treatment Plan &
 * Implementation Details`), the later one details the earlier and is read. An ID cell may carry the rating on the line
 * below the ID (`R-001` then `(High)`): read as the priority when no column gives one.
 */
function riskOf(text: string, cells: readonly Cell[], fields: readonly (FieldName | undefined)[], headers: readonly Cell[], dayFirst: ReadonlySet<number>, milestonesAt = -1): Risk[] {
  const got = new Map<FieldName, Field>();
  cells.forEach((cell, i) => {
    const name = fields[i];
    if (name === undefined || !READ_FIELDS.has(name) || (got.has(name) && name !== 'action')) return;
    if (name === 'action' && got.has('action') && cell.value === '') return;
    const value = dayFirst.has(i) ? dayFirstAsIso(cell.value) : name === 'due' ? withHeaderUnit(cell.value, headers[i].value) : cell.value;
    got.set(name, { value, valueRange: { start: cell.start, end: cell.end }, keyRange: { start: headers[i].start, end: headers[i].end } });
  });
  readOpenCompletionAsDue(got);
  const idCell = got.get('id');
  // In a column named for IDs, one token is the ID however it is numbered (`26-O-0001`, a tool's own scheme), as a table's ID cell is.
  const idMatch = idCell ? (LEADING_ID.exec(idCell.value) ?? ONE_TOKEN.exec(idCell.value)) : null;
  if (!idMatch && !got.get('risk')?.value) return [];
  const id = idCell && idMatch ? { ...idCell, value: idMatch[1], valueRange: { start: idCell.valueRange.start, end: idCell.valueRange.start + idMatch[1].length } } : undefined;
  const rest = idCell && idMatch ? idCell.value.slice(idMatch[1].length).trim().replace(/^\((.*)\)$/s, '$1').trim() : '';
  const restAt = idCell && rest !== '' ? text.indexOf(rest, idCell.valueRange.start + (idMatch?.[1].length ?? 0)) : -1;
  // A rating column (`Inherent Rating`, `Risk Score`, likelihood × impact) rates the risk as a table row's would (risk-rating.ts).
  const priority = ratedPriority(got, true) ?? (idCell && restAt >= 0 && priorityOf(rest) !== undefined ? { ...idCell, value: rest, valueRange: { start: restAt, end: restAt + rest.length } } : undefined);
  const first = cells[0];
  const firstLine = { start: first.start, end: lineEndAt(text, first.start) };
  const treatment = got.get('treatment') ?? acceptedBy(got.get('status'));
  // An accepted record's option weighed and not taken is no action of its own.
  const work = treatment && treatmentOf(treatment.value, 'table') === 'accept' && NOT_SELECTED.test(got.get('action')?.value ?? '') ? undefined : got.get('action');
  const action: Action = {
    firstLine,
    ...(work && { action: work }),
    ...(got.has('owner') && { owner: got.get('owner') }),
    ...(got.has('due') && { due: got.get('due') }),
    ...(got.has('status') && { status: got.get('status') }),
    ...(got.has('completed') && { completed: got.get('completed') }),
    ...(got.has('validation') && { validation: got.get('validation') }),
    ...(got.has('evidence') && { evidence: got.get('evidence') }),
  };
  const title = got.get('risk');
  const acceptance = Object.fromEntries((['compensatingControls', 'approvedBy', 'approvedOn', 'reviewBy', 'rationale'] as const).filter((name) => got.has(name)).map((name) => [name, got.get(name)]));
  return [{
    form: 'oscal',
    ...(id && { id }),
    ...(title && { title }),
    ...(priority && { priority }),
    // A status recording the risk as accepted (`Accepted`, `Closed - Risk Accepted`) is the treatment a register writes no column for.
    ...(treatment && { treatment }),
    ...ratings(got),
    acceptance,
    actions: [action, ...(milestonesAt >= 0 && cells[milestonesAt] ? milestoneActions(text, cells[milestonesAt], headers[milestonesAt], action) : [])],
    firstLine,
  }];
}

/** Between a milestone cell's steps: a spaced bar or an arrow. */
const STEP_BREAK = /[ \t]+\|[ \t]+|[ \t]*(?:→|->)[ \t]*/g;

/**
 * A record's milestones as dated steps of its action (milestone actions, with the record's owner), when the cell holds two or
 * more steps and each closes with a date in brackets; none otherwise. A step's own status (`Done`, `In Progress`) is its own.
 */
function milestoneActions(text: string, cell: Cell, header: Cell, action: Action): Action[] {
  const raw = text.slice(cell.start, cell.end);
  const keyRange = { start: header.start, end: header.end };
  const steps: Action[] = [];
  let from = 0;
  for (const m of [...cell.value.matchAll(STEP_BREAK), undefined]) {
    const to = m?.index ?? cell.value.length;
    const part = cell.value.slice(from, to).trim();
    from = to + (m?.[0].length ?? 0);
    const step = closingDate(part);
    if (!step) return [];
    // Placed where the words stand in the file; a quoted cell's doubled quotes move them, and then the cell stands for the step.
    const at = raw.indexOf(part);
    const place = (value: string, offset: number): Field => (at < 0 ? { value, valueRange: { start: cell.start, end: cell.end }, keyRange } : { value, valueRange: { start: cell.start + at + offset, end: cell.start + at + offset + value.length }, keyRange });
    steps.push({
      firstLine: action.firstLine,
      action: place(step.words, 0),
      due: place(step.date, step.dateAt),
      ...(step.status && { status: place(step.status, step.statusAt!) }),
      ...(action.owner && { owner: action.owner }),
      milestone: true,
    });
  }
  return steps.length >= 2 ? steps : [];
}
