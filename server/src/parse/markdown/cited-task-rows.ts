// A remediation plan's sprint tables list tasks, each naming by ID the finding it fixes
// (`| # | Task | Files | Effort | CRIT ID |` with `| 1 | API key fail-fast | auth.py | 1h | CRIT-01 |`),
// apart from the findings themselves (an appendix's register, a heading each). The rows are those
// findings' steps, not risks of their own: a finding that plans nothing of its own takes the tasks
// that name it, in the order written. Its own row's fields (the sprint, the owner) go with the first.
// A register's mitigation tracker is the same (`| Mitigation ID | Risks | Mitigation | Owner | Target | Status | Evidence |`
// with `| M-01 | R-01, R-09 | Keep dependency audit … |`): its rows' own owner, target, status and evidence go with each.
import type { Action, Field, Risk } from '../../model/plan-model';
import { lineIndexOf } from '../../model/positions';
import { hasOwnAction, idKey } from '../../model/plan-queries';
import { fieldForLabel, normaliseLabel } from '../../model/vocabulary';
import { fieldAt } from './field-lines';
import { CLOSES_HEADER, RISK_ID, splitRow } from './risk-table';
import { anywhere } from '../text-scan';
import { pipeTables, readRowTest } from './pipe-tables';

/** The fields a register's own columns word its risks by. */
const REGISTER_WORDING: ReadonlySet<string> = new Set(['risk', 'title']);
/** The header of a column of the work each row does (normalised). */
const TASK_HEADER = /^(?:tasks?|fix(?:es)?|work items?|(?:remediation|fix) tasks?|actions?|mitigations?|mitigation actions?|remediation actions?)$/;
/** The header of a column naming by ID what a row's work treats (normalised): `CRIT ID`, `Finding Ref`, `Risk IDs`; not `#`. */
const CITED_ID_HEADER = /^(?:[a-z&]+ )?(?:id|ids|ref|refs)$/;
/** A column named for the risks a row treats (`Risks`, `Related risks`): cited by ID when its cells are IDs, not the rows' own wording. */
const CITED_RISKS_HEADER = /^(?:(?:related|linked|treated|addressed) )?(?:risks?|findings?|gaps?)(?: treated| addressed| covered)?$/;
/** A cheap sign a text may hold such a table: a header cell naming tasks, fixes or mitigations. */
const mayHold = anywhere(/\|[ \t*_]*(?:tasks?|fix(?:es)?|work items?|(?:remediation|fix) tasks?|actions?|mitigations?|mitigation actions?|remediation actions?)[ \t*_]*\|/i);
/** The fields of a task's own row that go with it, by its columns' names. */
const ROW_FIELDS = ['owner', 'due', 'status', 'evidence'] as const;
const ID_SEPARATOR = /\s*(?:[,;/&]|\band\b)\s*/;

/**
 * The IDs a cell names, one or a list (`CRIT-01`, `CRIT-01, CRIT-09`), where a number alone after a
 * separator continues the ID before it (`CRIT-01/03` is CRIT-01 and CRIT-03); none when any part is no ID.
 */
export function citedIds(cell: string): string[] {
  const parts = cell.replace(/[*_`]/g, '').trim().split(ID_SEPARATOR).filter((part) => part !== '');
  const ids: string[] = [];
  for (const part of parts) {
    const previous = ids[ids.length - 1];
    if (RISK_ID.test(part)) ids.push(part);
    else if (previous !== undefined && /^\d{1,6}$/.test(part)) ids.push(previous.replace(/\d+$/, part));
    else return [];
  }
  return ids;
}

interface TaskRow {
  readonly task: Field;
  /** The row's own owner, deadline, status and evidence, where the table has those columns. */
  readonly fields: Partial<Record<(typeof ROW_FIELDS)[number], Field>>;
  readonly line: { start: number; end: number };
  /** The task cites more than one finding (`HIGH-01/02`): its words are written once for each. */
  readonly shared: boolean;
}

/** The tasks each cited ID key is given, from every table of tasks citing IDs that was not read as risks. */
function citedTasks(text: string, read: (rowStarts: readonly number[]) => boolean): Map<string, TaskRow[]> {
  const byId = new Map<string, TaskRow[]>();
  const lines = lineIndexOf(text);
  for (const { headerLine: header, rowLines: rows } of pipeTables(text)) {
    const start = lines.lineStart(header);
    const end = lines.lineEnd(header);
    const names = splitRow(text, start, end).map((cell) => normaliseLabel(fieldAt(text, cell.start, cell.end).value));
    const taskAt = names.findIndex((name) => TASK_HEADER.test(name));
    if (taskAt < 0 || rows.length === 0) continue;
    // `| Risks |` over `R-01, R-09`: the risks a row treats, named by ID; over words, the register's own risks (below).
    const risksAt = names.findIndex((name, i) => i !== taskAt && CITED_RISKS_HEADER.test(name));
    // A register (`| ID | Risk | Action |`) words its own risks: its rows are risks, not tasks citing them. Asked before any row is
    // split: a register's table is passed over on each keystroke.
    if (names.some((name, i) => i !== risksAt && REGISTER_WORDING.has(fieldForLabel(name) ?? 'id'))) continue;
    if (read(rows.map((line) => lines.lineStart(line)))) continue;
    const cells = rows.map((line) => ({ line, cells: splitRow(text, lines.lineStart(line), lines.lineEnd(line)) }));
    const citesRisks = risksAt >= 0 && cells.filter(({ cells: row }) => row[risksAt] && citedIds(fieldAt(text, row[risksAt].start, row[risksAt].end).value).length > 0).length * 2 >= rows.length;
    if (risksAt >= 0 && !citesRisks) continue;
    const citedAt = citesRisks ? risksAt : names.findIndex((name, i) => i !== taskAt && (CITED_ID_HEADER.test(name) || CLOSES_HEADER.test(name)));
    if (citedAt < 0) continue;
    const fieldColumns = ROW_FIELDS.map((name) => [name, names.findIndex((header, i) => i !== taskAt && i !== citedAt && fieldForLabel(header) === name)] as const).filter(([, at]) => at >= 0);
    const cited = cells.map(({ cells: row }) => (row[citedAt] ? citedIds(fieldAt(text, row[citedAt].start, row[citedAt].end).value) : []));
    // A column of IDs: most rows name one or more (a row for all the rest, `All MEDIUM`, may name none).
    if (cited.filter((ids) => ids.length > 0).length * 2 < rows.length) continue;
    cells.forEach(({ line, cells: row }, i) => {
      const task = row[taskAt] ? fieldAt(text, row[taskAt].start, row[taskAt].end) : undefined;
      if (task === undefined || task.value === '') return;
      const fields: TaskRow['fields'] = {};
      for (const [name, at] of fieldColumns) {
        const field = row[at] ? fieldAt(text, row[at].start, row[at].end) : undefined;
        if (field !== undefined && field.value !== '') fields[name] = field;
      }
      for (const id of cited[i]) {
        const key = idKey(id);
        byId.set(key, [...(byId.get(key) ?? []), { task, fields, line: { start: lines.lineStart(line), end: lines.lineEnd(line) }, shared: cited[i].length > 1 }]);
      }
    });
  }
  return byId;
}

/** The risks, each that plans nothing of its own given the tasks that cite it (see the file's comment). */
export function withCitedTasks(risks: Risk[], text: string): Risk[] {
  if (risks.length === 0 || !mayHold(text)) return risks;
  const byId = citedTasks(text, readRowTest(risks));
  if (byId.size === 0) return risks;
  return risks.map((risk) => {
    const tasks = risk.id ? byId.get(idKey(risk.id.value)) : undefined;
    if (!tasks || hasOwnAction(risk) || risk.actions.length === 0) return risk;
    const own = risk.actions[0];
    const actions: Action[] = tasks.map(({ task, fields, line, shared }, i) => ({
      ...(i === 0 ? { ...own, action: task } : { action: task, firstLine: line }),
      ...fields,
      ...(shared && { shared: true as const }),
    }));
    return { ...risk, actions };
  });
}
