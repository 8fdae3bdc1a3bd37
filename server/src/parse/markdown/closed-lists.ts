// A register's list of what has been closed, apart from the work (`### Gaps Closed Since Initial Assessment` over
// `| Gap ID | Description | Closed By |` with `| GAP-CC5-01 | Admin MFA enforcement | settings.py |`), while the roadmap
// below still schedules the same IDs with no status (`| GAP-CC5-01 | Enforce admin MFA | Backend | 3 days | Week 2 |`).
// The list says where each of those stands: closed, by what it names. The closed list's rows are no risks of their own
// (the roadmap's rows are the gaps); a risk that states a status of its own keeps it.
import type { Action, Field, Risk } from '../../model/plan-model';
import { lineIndexOf } from '../../model/positions';
import { idKey } from '../../model/plan-queries';
import { fieldForLabel, normaliseLabel, RISK_ID_SOURCE } from '../../model/vocabulary';
import { fieldAt } from './field-lines';
import { splitRow } from './risk-table';
import { anywhere } from '../text-scan';
import { pipeTables, readRowTest } from './pipe-tables';

/** A heading naming what has been closed, the closing word after what it lists: `Gaps Closed Since …`, `Findings resolved`. */
const CLOSED_LIST_HEADING = /^ {0,3}#{1,6}[ \t]+[\W\d_]*(?:gaps?|findings?|risks?|items?|issues?|actions?|vulnerabilities|deficiencies|weaknesses|poa&m items?)[ \t]+(closed|resolved|remediated|completed|fixed)\b[^\r\n]*$/im;
const mayHold = anywhere(CLOSED_LIST_HEADING);
/** A column saying what closed each row: its evidence (`Closed By`, `Resolved in`, `Fixed by`). */
const CLOSED_BY_HEADER = /^(?:closed|resolved|remediated|fixed|completed)(?: by| in| via| with)$/;
const WHOLE_ID = new RegExp(`^${RISK_ID_SOURCE}$`);

interface Closure {
  readonly status: Field;
  readonly evidence?: Field;
}

/** The closures each ID key is given by the closed lists of a text whose rows were not read as risks. */
function closures(text: string, read: (at: number) => boolean): Map<string, Closure> {
  const byId = new Map<string, Closure>();
  const lines = lineIndexOf(text);
  for (const { headerLine, rowLines } of pipeTables(text, lines)) {
    if (rowLines.length === 0 || rowLines.some((line) => read(lines.lineStart(line)))) continue;
    let heading: RegExpExecArray | null = null;
    let headingStart = 0;
    for (let at = headerLine - 1; at >= 0; at--) {
      const written = text.slice(lines.lineStart(at), lines.lineEnd(at));
      if (!/^ {0,3}#{1,6}[ \t]/.test(written)) continue;
      heading = CLOSED_LIST_HEADING.exec(written);
      headingStart = lines.lineStart(at);
      break;
    }
    if (!heading) continue;
    const wordAt = headingStart + heading[0].search(new RegExp(`(?<=[ \\t])${heading[1]}\\b`, 'i'));
    const status: Field = { value: heading[1], valueRange: { start: wordAt, end: wordAt + heading[1].length } };
    const names = splitRow(text, lines.lineStart(headerLine), lines.lineEnd(headerLine)).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
    const idAt = names.findIndex((name) => fieldForLabel(name) === 'id');
    if (idAt < 0) continue;
    const byAt = names.findIndex((name) => CLOSED_BY_HEADER.test(name));
    for (const line of rowLines) {
      const cells = splitRow(text, lines.lineStart(line), lines.lineEnd(line));
      const id = cells[idAt] ? fieldAt(text, cells[idAt].start, cells[idAt].end).value.replace(/[*_`]/g, '') : '';
      if (!WHOLE_ID.test(id)) continue;
      const evidence = byAt >= 0 && cells[byAt] ? fieldAt(text, cells[byAt].start, cells[byAt].end) : undefined;
      byId.set(idKey(id), { status, ...(evidence && evidence.value !== '' && { evidence }) });
    }
  }
  return byId;
}

/** The risks, each named by a closed list (see the file's comment) and stating no status of its own, closed by it. */
export function withClosedLists(risks: Risk[], text: string): Risk[] {
  if (risks.length === 0 || !mayHold(text)) return risks;
  const byId = closures(text, readRowTest(risks));
  if (byId.size === 0) return risks;
  return risks.map((risk) => {
    const closure = risk.id ? byId.get(idKey(risk.id.value)) : undefined;
    if (!closure || risk.actions.length === 0 || risk.actions.some((action) => action.status !== undefined || action.completed !== undefined)) return risk;
    const actions: Action[] = risk.actions.map((action) => ({ ...action, status: closure.status, ...(action.evidence === undefined && closure.evidence && { evidence: closure.evidence }) }));
    return { ...risk, actions };
  });
}
