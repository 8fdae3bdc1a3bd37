// A register kept as a spreadsheet's export: a `.csv` (or tab-separated `.tsv`) file whose header names a register's
// columns (`Risk ID,Risk Description,…,Risk Owner,Target Date,Status`), each record below it one risk. Read by the same
// reader as such text saved under a Markdown name (markdown/delimited-table.ts), as a plan with no plan details. Another
// tool's file: no fix writes into it.
import type { PlanModel, Risk, UnreadRecord } from '../model/plan-model';
import { delimitedTable } from './markdown/delimited-table';
import type { EntriesReviews } from '../model/review-dates';
import { isExampleId } from '../model/placeholders';
import { dominantEol } from './eol';
import { namesRegister } from './plan-names';
import { LastTextMemo, ownCache } from '../caches';

/** How many lines from the start a spreadsheet's header may be on (a title row or two before it); a data file's rows are not each tried. */
const HEADER_WITHIN = 25;

/**
 * The risks of the last text read: the command line decides whether a file is a register and then lints it, one read for
 * both (a byte-order mark before the header is blank to the reader, which trims each cell; the decision reads past it).
 */
const lastRead = ownCache('last CSV register read', new LastTextMemo<{ readonly risks: Risk[]; readonly unread: readonly UnreadRecord[]; readonly reviews?: EntriesReviews }>());

const registerOf = (text: string) => lastRead.of(text, () => delimitedTable(text, HEADER_WITHIN) ?? { risks: [], unread: [] });
const risksOf = (text: string): Risk[] => registerOf(text).risks;

export function parseCsvRegister(text: string): PlanModel {
  const { risks, unread, reviews } = registerOf(text);
  // Its records' review dates (`review_date` on each row) date its reviews: the register's only plan details.
  return { format: 'csv', text, eol: dominantEol(text), meta: { ...reviews }, metaAvailable: true, risks, ...(unread.length > 0 && { unreadRecords: unread }) };
}

/**
 * Undefined when a delimited file is a register rmplint reads, else why not: its header must name an ID or a risk
 * column and two of the columns of work (action, owner, due date, status, treatment) or a rating, with a record under it that
 * reads as a risk; a header that names no risk, finding or weakness column (IDs and tasks) is a register only when
 * the file's name says it is one, its records decide each risk's treatment, or they are keyed by the risks' IDs with actions.
 */
export function csvReason(fileName: string, body: string): string | undefined {
  const risks = risksOf(body);
  if (risks.length === 0) {
    return `its first ${HEADER_WITHIN} lines hold no register's header over records: a header naming an ID or a risk, finding or weakness column and two of action, owner, due date, status, treatment or a rating`;
  }
  // `EXAMPLE-001,3.8.8,…,Example row. Delete before use.`: a tracker whose every record's ID says it is an example shows how
  // to fill one in (the Markdown reader drops such rows; a file of nothing else is the template).
  if (risks.every((risk) => isExampleId(risk.id?.value ?? ''))) {
    return `every record read in it (${risks.length}) is an example by its ID (such as ${JSON.stringify(risks[0].id!.value)}): a template to fill in, not a plan`;
  }
  // `R-001,,,,,,,,` under a register's header: every record holds its ID and nothing else, a register left to fill in.
  if (risks.every(holdsOnlyItsId)) {
    return `every record read in it (${risks.length}) holds its ID and nothing else (such as ${JSON.stringify(risks[0].id?.value ?? '')}): a register left to fill in, a template, not a plan`;
  }
  if (risks.some((risk) => risk.title !== undefined) || namesRegister(fileName)) return undefined;
  // `treatment_id,risk_id,decision,owner,action,due_date,status` with `Modify`, `Accept`: the treatment decided for each risk,
  // keyed by the risks' IDs (ISO 27001 6.1.3's risk treatment plan, the risks worded in the register it follows).
  if (risks.filter((risk) => risk.treatment !== undefined).length * 2 > risks.length) return undefined;
  // `Risk ID,ISO 27001 Control ID,Control Title,Mitigation Action,Owner,Target Date`: records keyed by the risks' own IDs, each
  // with the action planned for it (a treatment plan whose risks are worded in the register it follows).
  const planned = risks.filter((risk) => risk.actions.some((a) => a.action?.value.trim())).length * 2 > risks.length;
  if (keyedByRiskIds(body, risks) && planned) return undefined;
  // `action_id,action,linked_risks,owner,…,target_date`: a roadmap of actions, each naming the risks it treats (set 86).
  if (linksRisks(body, risks) && planned) return undefined;
  return `its columns name no risk, finding or weakness, and its name no register, though ${risks.length} ${risks.length === 1 ? 'record' : 'records'} with an ID and work ${risks.length === 1 ? 'was' : 'were'} read`;
}

/** Whether a record writes nothing but its ID: no title, rating, treatment or anything of an action. */
function holdsOnlyItsId(risk: Risk): boolean {
  const written = (field: { value: string } | undefined) => field !== undefined && field.value.trim() !== '';
  return written(risk.id) && !written(risk.title) && !written(risk.priority) && !written(risk.treatment) && !written(risk.likelihood) && !written(risk.impact) && !written(risk.inherentRisk) && !written(risk.residualRisk) &&
    risk.actions.every((a) => !written(a.action) && !written(a.owner) && !written(a.due) && !written(a.status) && !written(a.completed));
}

/** Whether the records' ID column is named for risks (`Risk ID`, `risk_id`, `Risk #`), not for the rows themselves or their tasks. */
/** A column naming the risks a record treats: `linked_risks`, `Related Risk IDs`, `Risks addressed`, `Mitigates`. */
const LINKED_RISKS_COLUMN = /^(?:(?:linked|related|associated|treated|addressed|mitigated)[ _-]?risks?(?:[ _-]?(?:ids?|#))?|risks?[ _-]?(?:ids|addressed|linked|treated|mitigated|covered)|(?:addresses|mitigates|treats|closes)(?:[ _-]?risks?)?)$/i;

/** Whether the header the records were read under has a column naming the risks each record treats. */
function linksRisks(body: string, risks: readonly Risk[]): boolean {
  const key = risks[0]?.id?.keyRange;
  if (key === undefined) return false;
  const lineStart = body.lastIndexOf('\n', key.start - 1) + 1;
  const lineEnd = body.indexOf('\n', key.end);
  const header = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
  return header.split(/[,;\t]/).some((cell) => LINKED_RISKS_COLUMN.test(cell.trim().replace(/^["']|["']$/g, '').trim()));
}

function keyedByRiskIds(body: string, risks: readonly Risk[]): boolean {
  const key = risks[0]?.id?.keyRange;
  return key !== undefined && /^["']?risk[ _-]?(?:id|ids|#|no\.?|number|ref)["']?$/i.test(body.slice(key.start, key.end).trim());
}
