// A stub risk for each untreated analysis risk, written in the plan's own form: a YAML item
// under `risks:`, a row of the plan's last risk table, or a Markdown risk heading. Each has the
// ID, title and priority from the analysis and an empty action for the user to write.
import type { AnalysisRisk } from '../../model/analysis-register';
import type { PlanModel, Risk } from '../../model/plan-model';
import { lineSpanAt } from '../../model/plan-queries';
import type { TextEdit } from '../../engine/rule';

function priorityWord(risk: AnalysisRisk): string {
  const word = risk.ratingValue ?? risk.rating ?? '';
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The edit appending stubs for `risks`, or undefined where the plan's form takes no stub (OSCAL). */
export function stubRisksEdit(plan: PlanModel, risks: readonly AnalysisRisk[]): TextEdit | undefined {
  if (plan.oscal) return undefined;
  const last = plan.risks[plan.risks.length - 1] as Risk | undefined;
  if (plan.format === 'yaml') return yamlStubs(plan, last, risks);
  if (last?.form === 'table') return tableStubs(plan, last, risks);
  return headingStubs(plan, last, risks);
}

/** The text ends with a line break (or is empty): what to put before appended lines. */
function leadingBreak(plan: PlanModel, at: number): string {
  return at === 0 || plan.text[at - 1] === '\n' ? '' : plan.eol;
}

function yamlQuoted(value: string): string {
  return /^[\w .,()/&'-]+$/.test(value) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/: | #/.test(value) ? value : JSON.stringify(value);
}

function yamlStubs(plan: PlanModel, last: Risk | undefined, risks: readonly AnalysisRisk[]): TextEdit {
  const { text, eol } = plan;
  let indent = '  ';
  let at = text.length;
  let header = '';
  if (last) {
    const line = lineSpanAt(text, last.firstLine.start);
    indent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0];
    // Before the next top-level key after the last risk, if any.
    const next = /\r?\n(?=[^\s#\r\n])/g;
    next.lastIndex = line.end;
    const found = next.exec(text);
    if (found) {
      at = found.index + found[0].length;
      // Right after the last risk's block: blank lines before the next key stay before it.
      while (at > line.end) {
        const previous = lineSpanAt(text, at - 1);
        if (text.slice(previous.start, previous.end).trim() !== '' || previous.start <= line.end) break;
        at = previous.start;
      }
    }
  } else if (/^risks:[ \t]*(?:\[\s*\])?[ \t]*$/m.test(text)) {
    const m = /^risks:[ \t]*(?:\[\s*\])?[ \t]*$/m.exec(text)!;
    const lineEnd = m.index + m[0].length;
    return { start: m.index, end: lineEnd, newText: `risks:${eol}${risks.map((r) => yamlItem(r, '  ', eol)).join('')}`.slice(0, -eol.length) };
  } else {
    header = `risks:${eol}`;
  }
  return { start: at, end: at, newText: `${leadingBreak(plan, at)}${header}${risks.map((r) => yamlItem(r, indent, eol)).join('')}` };
}

function yamlItem(r: AnalysisRisk, indent: string, eol: string): string {
  const lines = [`${indent}- id: ${yamlQuoted(r.id)}`];
  if (r.title) lines.push(`${indent}  title: ${yamlQuoted(r.title)}`);
  if (r.ratingValue) lines.push(`${indent}  priority: ${r.ratingValue}`);
  lines.push(`${indent}  actions:`, `${indent}    - action: ""`);
  return lines.map((l) => `${l}${eol}`).join('');
}

function tableStubs(plan: PlanModel, last: Risk, risks: readonly AnalysisRisk[]): TextEdit | undefined {
  const { text, eol } = plan;
  const lastRow = last.actions[last.actions.length - 1]?.firstLine ?? last.firstLine;
  const row = lineSpanAt(text, lastRow.start);
  const cells = last.actions[0]?.table?.cells;
  const rowText = text.slice(row.start, row.end);
  // Cell boundaries of the last row: the pipes outside code spans (rows here are simple enough).
  const pipes: number[] = [];
  for (let i = 0; i < rowText.length; i++) if (rowText[i] === '|' && rowText[i - 1] !== '\\') pipes.push(row.start + i);
  if (pipes.length < 2) return undefined;
  const leading = rowText.trimStart().startsWith('|');
  const trailing = rowText.trimEnd().endsWith('|');
  const bounds: [number, number][] = [];
  if (!leading) bounds.push([row.start, pipes[0]]);
  for (let i = 0; i + 1 < pipes.length; i++) bounds.push([pipes[i] + 1, pipes[i + 1]]);
  if (!trailing) bounds.push([pipes[pipes.length - 1] + 1, row.end]);
  const nameOf = (start: number, end: number): string | undefined => {
    for (const [name, span] of Object.entries(cells ?? {})) if (span.start >= start && span.end <= end) return name;
    if (last.id && last.id.valueRange.start >= start && last.id.valueRange.end <= end) return 'id';
    if (last.title && last.title.valueRange.start >= start && last.title.valueRange.end <= end) return 'title';
    if (last.priority && last.priority.valueRange.start >= start && last.priority.valueRange.end <= end) return 'priority';
    return undefined;
  };
  const names = bounds.map(([s, e]) => nameOf(s, e));
  const rows = risks.map((r) => {
    const values = names.map((name) => (name === 'id' ? r.id : name === 'title' || name === 'risk' ? r.title ?? '' : name === 'priority' ? priorityWord(r) : ''));
    const inner = values.map((v) => ` ${v.replace(/\|/g, '\\|')} `).join('|');
    return `${leading ? '|' : ''}${inner}${trailing ? '|' : ''}`;
  });
  return { start: row.end, end: row.end, newText: rows.map((r) => `${eol}${r}`).join('') };
}

function headingStubs(plan: PlanModel, last: Risk | undefined, risks: readonly AnalysisRisk[]): TextEdit {
  const { text, eol } = plan;
  const level = last?.form === 'heading' ? (/^ {0,3}(#{1,6})/.exec(text.slice(last.firstLine.start, last.firstLine.end))?.[1] ?? '###') : '###';
  const at = text.length;
  const blocks = risks.map((r) => {
    const lines = [`${level} ${r.id}${r.title ? `: ${r.title}` : ''}`];
    if (r.ratingValue) lines.push(`- **Priority:** ${priorityWord(r)}`);
    lines.push('- **Action:** ');
    return lines.join(eol);
  });
  const before = at === 0 ? '' : text.endsWith(`${eol}${eol}`) || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
  return { start: at, end: at, newText: `${before}${blocks.join(`${eol}${eol}`)}${eol}` };
}
