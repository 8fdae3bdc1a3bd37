// Where each risk stands, said by a list apart from the risks themselves, by their IDs:
// - a register's list of what has been closed (`### Gaps Closed Since Initial Assessment` over `| Gap ID | Description |
//   Closed By |`), while the roadmap below still schedules the same IDs with no status: each of those is closed, by what the
//   list names (its evidence);
// - a report's summary of its findings (`| Finding ID | Area | Risk Rating | Status |` with `| F-001 | Access Reviews | Medium |
//   Open |`) above a section for each (`### Finding ID: F-001` with its recommendation and date, no status): each stands as
//   the summary says.
// The list's rows are no risks of their own; a risk that states a status of its own keeps it.
import type { Action, Field, Risk } from '../../model/plan-model';
import { lineIndexOf } from '../../model/positions';
import { idKey } from '../../model/plan-queries';
import { fieldForLabel, normaliseLabel } from '../../model/vocabulary';
import { fieldAt } from './field-lines';
import { headingAbove, RISK_ID, splitRow } from './risk-table';
import { anywhere } from '../text-scan';
import { pipeTables, readRowTest } from './pipe-tables';

/** A heading naming what has been closed, the closing word after what it lists: `Gaps Closed Since …`, `Findings resolved`. */
const CLOSED_LIST_HEADING = /^ {0,3}#{1,6}[ \t]+[\W\d_]*(?:gaps?|findings?|risks?|items?|issues?|actions?|vulnerabilities|deficiencies|weaknesses|poa&m items?)[ \t]+(closed|resolved|remediated|completed|fixed)\b[^\r\n]*$/im;
/** A heading naming a summary of findings (`## Audit Findings Summary`, `## Summary of Findings`). */
const SUMMARY_HEADING = /^ {0,3}#{1,6}[ \t]+[^\r\n]*\b(?:findings?|gaps?|risks?|issues?)[ \t]+summary\b|^ {0,3}#{1,6}[ \t]+[^\r\n]*\bsummary of (?:the )?(?:findings?|gaps?|risks?|issues?)\b/im;
const mayHold = anywhere(new RegExp(`${CLOSED_LIST_HEADING.source}|${SUMMARY_HEADING.source}`, 'im'));
/** A column saying what closed each row: its evidence (`Closed By`, `Resolved in`, `Fixed by`). */
const CLOSED_BY_HEADER = /^(?:closed|resolved|remediated|fixed|completed)(?: by| in| via| with)$/;
/** Fields whose column makes a table a register of its own, not a list about risks written elsewhere. */
const OWN_WORK: ReadonlySet<string> = new Set(['risk', 'title', 'action', 'owner', 'due']);

interface Standing {
  readonly status: Field;
  readonly evidence?: Field;
}

/** Where each ID key stands by the lists of a text (closed lists, summaries) whose rows were not read as risks. */
function standings(text: string, read: (rowStarts: readonly number[]) => boolean): Map<string, Standing> {
  const byId = new Map<string, Standing>();
  const lines = lineIndexOf(text);
  for (const { headerLine, rowLines } of pipeTables(text)) {
    if (rowLines.length === 0) continue;
    const heading = headingAbove(text, lines, headerLine);
    const closed = CLOSED_LIST_HEADING.exec(heading);
    if (!closed && !SUMMARY_HEADING.test(heading)) continue;
    const names = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
    const idAt = names.findIndex((name) => fieldForLabel(name) === 'id');
    const statusAt = names.findIndex((name) => fieldForLabel(name) === 'status');
    // A summary says where each stands in a Status column; one that words, owns or dates the work is a register of its own.
    if (idAt < 0 || (!closed && (statusAt < 0 || names.some((name) => OWN_WORK.has(fieldForLabel(name) ?? ''))))) continue;
    if (read(rowLines.map((line) => lines.lineStart(line)))) continue;
    const headingStart = closed ? text.lastIndexOf(heading, lines.lineStart(headerLine)) : -1;
    const wordAt = closed ? headingStart + closed[0].search(new RegExp(`(?<=[ \\t])${closed[1]}\\b`, 'i')) : -1;
    const closedStatus: Field | undefined = closed ? { value: closed[1], valueRange: { start: wordAt, end: wordAt + closed[1].length } } : undefined;
    const byAt = closed ? names.findIndex((name) => CLOSED_BY_HEADER.test(name)) : -1;
    for (const line of rowLines) {
      const cells = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
      const id = cells[idAt] ? fieldAt(text, cells[idAt].start, cells[idAt].end).value.replace(/[*_`]/g, '') : '';
      if (!RISK_ID.test(id)) continue;
      const status = closedStatus ?? (cells[statusAt] ? fieldAt(text, cells[statusAt].start, cells[statusAt].end) : undefined);
      if (status === undefined || status.value === '') continue;
      const evidence = byAt >= 0 && cells[byAt] ? fieldAt(text, cells[byAt].start, cells[byAt].end) : undefined;
      byId.set(idKey(id), { status, ...(evidence && evidence.value !== '' && { evidence }) });
    }
  }
  return byId;
}

/** The risks, each named by such a list (see the file's comment) and stating no status of its own, standing as it says. */
export function withListedStatuses(risks: Risk[], text: string): Risk[] {
  if (risks.length === 0 || !mayHold(text)) return risks;
  const byId = standings(text, readRowTest(risks));
  if (byId.size === 0) return risks;
  return risks.map((risk) => {
    const standing = risk.id ? byId.get(idKey(risk.id.value)) : undefined;
    if (!standing || risk.actions.length === 0 || risk.actions.some((action) => action.status !== undefined || action.completed !== undefined)) return risk;
    const actions: Action[] = risk.actions.map((action) => ({ ...action, status: standing.status, ...(action.evidence === undefined && standing.evidence && { evidence: standing.evidence }) }));
    return { ...risk, actions };
  });
}
