// A gap analysis that assesses each area under a heading of its own (`## 2. Administrative Safeguards
// (§164.308)` over `| Requirement | Status | Evidence / Gap |`) and then sums the areas up in one table,
// an area a row, with the area's priority and its remediation (`| Area | Rating | Priority | Key
// Remediation |` with `| Administrative Safeguards | ⚠️ Partial | HIGH | Formalize risk analysis …; add
// termination workflows. |`). The row plans the work of the gaps under its area's heading: a gap that
// plans nothing of its own takes the area's remediation as its action, and its priority where it has none.
import type { Field, Risk } from '../../model/plan-model';
import { lineIndexOf } from '../../model/positions';
import { hasOwnAction } from '../../model/plan-queries';
import { fieldForLabel, priorityOf } from '../../model/vocabulary';
import { hasRealValue } from '../../model/placeholders';
import { fieldAt } from './field-lines';
import { splitRow } from './risk-table';
import { pipeTables, readRowTest } from './pipe-tables';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/gm;
/** How many of a summary's rows must name an area heading: one match alone may be chance. */
const NAMED_AREAS = 2;

/** An area's name as a heading or a row writes it, without numbering, citations in brackets, emphasis or case. */
export function areaName(written: string): string {
  return written
    .replace(/[*_`]/g, '')
    .replace(/\((?:[^()]|\([^()]*\))*\)/g, ' ')
    .replace(/^[\s\d.)-]+/, '')
    .replace(/[\s:.-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Each heading's area name and the span of its section (to the next heading of its level or above), in one pass. */
function areaSections(text: string): Map<string, { start: number; end: number }[]> {
  const sections = new Map<string, { start: number; end: number }[]>();
  /** The headings whose sections are still open, outermost first, each with the span its section will get. */
  const open: { level: number; span: { start: number; end: number } }[] = [];
  for (const m of text.matchAll(HEADING)) {
    const level = m[1].length;
    while (open.length > 0 && open[open.length - 1].level >= level) open.pop()!.span.end = m.index;
    const span = { start: m.index, end: text.length };
    open.push({ level, span });
    const name = areaName(m[2]);
    if (name !== '') sections.set(name, [...(sections.get(name) ?? []), span]);
  }
  return sections;
}

interface AreaRow {
  readonly section: { start: number; end: number };
  readonly action: Field;
  readonly priority?: Field;
}

/**
 * The rows of every summary table whose first column names area headings, each with the section it sums up. The
 * headings are read only once a table with an action column after its first is found (most plans have none).
 */
function areaRows(text: string, read: (rowStarts: readonly number[]) => boolean): AreaRow[] {
  const found: AreaRow[] = [];
  const lines = lineIndexOf(text);
  let sections: Map<string, { start: number; end: number }[]> | undefined;
  for (const { headerLine: header, rowLines } of pipeTables(text)) {
    const names = splitRow(text, lines.lineStart(header), lines.lineEnd(header)).map((cell) => fieldForLabel(fieldAt(text, cell.start, cell.end).value));
    const actionAt = names.indexOf('action');
    // A register (`| ID | Risk | Action |`) words risks of its own, an area summary names areas.
    if (actionAt <= 0 || names.includes('risk') || names.includes('title') || rowLines.length < NAMED_AREAS || read(rowLines.map((line) => lines.lineStart(line)))) continue;
    const rowCells = rowLines.map((line) => splitRow(text, lines.lineStart(line), lines.lineEnd(line)));
    // `| Area | Rating | Priority |` with `⚠️ Partial` and `HIGH`: of the columns named for a rating, the one of priorities.
    const priorityAt = names.findIndex((name, i) => name === 'priority' && rowCells.some((cells) => cells[i] !== undefined && priorityOf(fieldAt(text, cells[i].start, cells[i].end).value) !== undefined));
    sections ??= areaSections(text);
    const rows: AreaRow[] = [];
    for (const cells of rowCells) {
      const areas = cells[0] ? sections.get(areaName(fieldAt(text, cells[0].start, cells[0].end).value)) : undefined;
      const action = cells[actionAt] ? fieldAt(text, cells[actionAt].start, cells[actionAt].end) : undefined;
      // An area named by two headings is not told apart by its name.
      if (areas?.length !== 1 || !hasRealValue(action)) continue;
      const priority = priorityAt > 0 && cells[priorityAt] ? fieldAt(text, cells[priorityAt].start, cells[priorityAt].end) : undefined;
      rows.push({ section: areas[0], action, ...(hasRealValue(priority) && { priority }) });
    }
    if (rows.length >= NAMED_AREAS) found.push(...rows);
  }
  return found;
}

/** The risks, each gap that plans nothing of its own given its area's remediation and priority (see the file's comment). */
export function withAreaSummaries(risks: Risk[], text: string): Risk[] {
  if (risks.length === 0 || !risks.some((risk) => !hasOwnAction(risk))) return risks;
  const rows = areaRows(text, readRowTest(risks));
  if (rows.length === 0) return risks;
  // The innermost area holding each gap: a subsection's row (`Access Control`) before its section's.
  const rowOf = risks.map((risk) =>
    hasOwnAction(risk) || risk.actions.length === 0
      ? undefined
      : rows.filter(({ section }) => section.start <= risk.firstLine.start && risk.firstLine.start < section.end).sort((a, b) => b.section.start - a.section.start)[0],
  );
  const gaps = new Map<AreaRow, number>();
  for (const row of rowOf) if (row) gaps.set(row, (gaps.get(row) ?? 0) + 1);
  return risks.map((risk, i) => {
    const row = rowOf[i];
    if (!row) return risk;
    const priority = hasRealValue(risk.priority) || !row.priority ? {} : { priority: row.priority };
    const shared = gaps.get(row)! > 1 ? { shared: true as const } : {};
    return { ...risk, ...priority, actions: [{ ...risk.actions[0], action: row.action, ...shared }, ...risk.actions.slice(1)] };
  });
}
