// A risk analysis document's text as a register: anything the reader reads as a plan or register
// (Markdown, YAML, OSCAL), or a CSV with a header row (read with papaparse). Hosts read the
// file and pass the text; the result goes to the rules through the lint options.
import Papa from 'papaparse';
import type { AnalysisRegister, AnalysisRisk } from '../model/analysis-register';
import { ratingOf } from '../model/analysis-register';
import type { Field, Risk } from '../model/plan-model';
import { LineIndex } from '../model/positions';
import { fieldForLabel, statusOf, treatmentOf } from '../model/vocabulary';
import { formatOf, recognisePlan } from '../parse/detect';
import { parsePlan } from './lint';

/** The register in a document's text, or undefined when it is neither a register rmplint reads nor a CSV with IDs. */
export function readRegister(name: string, fileName: string, text: string): AnalysisRegister | undefined {
  if (/\.csv$/i.test(fileName)) return readCsvRegister(name, text);
  const kind = recognisePlan(fileName, text).kind ?? formatOf(fileName);
  if (!kind) return undefined;
  const plan = parsePlan(text, kind);
  const lines = new LineIndex(text);
  const risks = plan.risks.flatMap((risk) => {
    const id = risk.id?.value.trim();
    return risk.id && id ? [registerRisk(risk, risk.id, id, lines)] : [];
  });
  return { name, risks };
}

function registerRisk(risk: Risk, idField: Field, id: string, lines: LineIndex): AnalysisRisk {
  const rating = [risk.inherentRisk, risk.priority, risk.residualRisk].find((f) => f && ratingOf(f.value) !== undefined) ?? risk.inherentRisk ?? risk.priority;
  const accepted = treatmentOf(risk.treatment?.value, risk.form) === 'accept' || (risk.actions.length > 0 && risk.actions.every((a) => statusOf(a.status?.value) === 'accepted'));
  return {
    id,
    title: risk.title?.value.trim() || undefined,
    rating: rating?.value.trim() || undefined,
    ratingValue: ratingOf(rating?.value),
    likelihood: risk.likelihood?.value.trim() || undefined,
    impact: risk.impact?.value.trim() || undefined,
    accepted,
    line: lines.lineAt(idField.valueRange.start),
    range: idField.valueRange,
  };
}

/** Column headers of a CSV register, by what they mean; the plan's own labels first, then the register's words. */
const CSV_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  rating: ['risk rating', 'rating', 'risk level', 'level', 'inherent risk', 'inherent risk rating', 'risk score', 'score', 'priority', 'severity'],
};

function columnOf(header: string): string | undefined {
  const lower = header.trim().toLowerCase();
  for (const [name, words] of Object.entries(CSV_COLUMNS)) if (words.includes(lower)) return name;
  const field = fieldForLabel(header);
  return field === 'risk' ? 'title' : field;
}

function readCsvRegister(name: string, text: string): AnalysisRegister | undefined {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data;
  if (rows.length < 2) return undefined;
  const header = rows[0].map(columnOf);
  const idColumn = header.indexOf('id');
  if (idColumn < 0) return undefined;
  const cell = (row: readonly string[], column: string) => {
    const i = header.indexOf(column);
    const value = i < 0 ? undefined : row[i]?.trim();
    return value || undefined;
  };
  // Row starts in the text, to place each ID: papaparse's cursor gives where each row ends.
  const lines = new LineIndex(text);
  const risks: AnalysisRisk[] = [];
  let offset = 0;
  const rowStarts: number[] = [];
  Papa.parse<string[]>(text, {
    step: (result) => {
      rowStarts.push(offset);
      offset = result.meta.cursor;
      while (offset < text.length && (text[offset] === '\n' || text[offset] === '\r')) offset++;
    },
  });
  rows.forEach((row, i) => {
    if (i === 0) return;
    const id = row[idColumn]?.trim();
    if (!id) return;
    const rowStart = rowStarts[i] ?? 0;
    const at = Math.max(rowStart, text.indexOf(id, rowStart));
    const rating = cell(row, 'rating') ?? cell(row, 'priority') ?? cell(row, 'inherentRisk');
    const treatment = cell(row, 'treatment');
    risks.push({
      id,
      title: cell(row, 'title'),
      rating,
      ratingValue: ratingOf(rating),
      likelihood: cell(row, 'likelihood'),
      impact: cell(row, 'impact'),
      accepted: treatmentOf(treatment) === 'accept' || statusOf(cell(row, 'status')) === 'accepted',
      line: lines.lineAt(at),
      range: { start: at, end: at + id.length },
    });
  });
  return { name, risks };
}
