// The Markdown side of spec §3: front matter and a top field list become the plan's
// metadata; headings that start with a risk ID (with the field lines below them) and GFM
// tables with ID and Action columns become risks. One markdown-it block parse gives the
// structure; field lines are read from the text between blocks, each line once.
import type { Action, Field, InsertionPoint, PlanMeta, PlanModel, Risk, RiskAnalysisRef, Span } from './model';
import { LineIndex } from './positions';
import { readFrontMatter } from './front-matter';
import { markdownStructure, type HeadingBlock } from './markdown-structure';
import { isContinuationLine, readFieldLine, strippedSpan, type FieldLine } from './markdown-fields';
import { splitRiskAnalysis } from './markdown-risk-analysis';
import { tableRisks, type TierContext } from './markdown-table';
import { tierOfHeading } from './markdown-tier';
import { treatmentOf, type FieldName } from './vocabulary';
import { dominantEol } from './eol';

/** A field line and the zero-based line it is on. */
interface PlacedField extends FieldLine {
  readonly line: number;
}

/** A heading that starts with a risk ID, while its field lines are being collected. */
interface HeadingDraft {
  readonly line: number;
  readonly level: number;
  readonly id: Field;
  readonly title?: Field;
  /** True when nothing but a space follows the ID: a risk only if field lines follow. */
  readonly tentative: boolean;
  readonly tier: TierContext;
  readonly fields: PlacedField[];
  /** Index reserved in the risk list, so risks stay in source order. */
  readonly index: number;
}

/**
 * Letters, an optional hyphen and digits at the start of a heading, then a separator or the end.
 * Register IDs add more numbered parts (`SEC-2026-04`, `R-3.1`): they belong to the ID.
 */
const RISK_HEADING = /^[*_`[]*([A-Za-z]{1,12}-?\d{1,6}(?:[-.]\d{1,6})*)[*_`\]]*(?=$|[\s:.)—–·•|-])([\s:.)—–·•|-]*)/;
const ACTION_FIELDS: ReadonlySet<FieldName> = new Set(['action', 'owner', 'due', 'status', 'completed']);
const PLAN_FIELDS: ReadonlySet<FieldName> = new Set([
  'title', 'organization', 'version', 'owner', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview',
  'riskAnalysis', 'riskAnalysisDate', 'riskAnalysisBy',
]);
/** How a block without field lines gets its first one: `- **Owner:** X`. */
const DEFAULT_PREFIX = '- **';

export function parseMarkdownPlan(text: string): PlanModel {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter?.bodyStart ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const firstLine = lines.lineAt(bodyStart);
  const { blocks, opaque } = markdownStructure(text.slice(bodyStart), firstLine, lines.lineCount);

  const slots: (Risk | undefined)[] = [];
  const planLines: PlacedField[] = [];
  let tier: TierContext = {};
  let open: HeadingDraft | undefined;
  let firstH1: HeadingBlock | undefined;
  let cursor = firstLine;

  const fieldLine = (line: number) => (opaque[line] ? undefined : readFieldLine(text, lines.lineStart(line), lines.lineEnd(line)));
  const scanTo = (end: number) => {
    for (; cursor < end; cursor++) {
      let found = fieldLine(cursor);
      if (!found) continue;
      const line = cursor;
      // A list item's value may wrap onto indented lines below it.
      while (found.bulleted && cursor + 1 < end && !opaque[cursor + 1] && isContinuationLine(text, lines.lineStart(cursor + 1), lines.lineEnd(cursor + 1)) && !fieldLine(cursor + 1)) cursor++;
      if (cursor > line) found = readFieldLine(text, lines.lineStart(line), lines.lineEnd(line), lines.lineEnd(cursor))!;
      (open ? open.fields : planLines).push({ ...found, line });
    }
  };
  const close = () => {
    if (open && !(open.tentative && open.fields.length === 0)) slots[open.index] = headingRisk(text, lines, open);
    open = undefined;
  };

  for (const block of blocks) {
    scanTo(block.line);
    if (block.kind === 'table') {
      slots.push(...tableRisks(text, lines, block.line, block.rowLines, tier));
    } else {
      const textRange = headingText(text, lines, block);
      const head = block.level >= 2 ? riskHeading(text, textRange) : undefined; // an H1 is the plan's title
      if (open && (head || block.level <= open.level)) close();
      if (block.level === 1) {
        tier = {};
        if (slots.length === 0) firstH1 ??= block; // the title above the plan fields, not a later part
      } else if (block.level === 2) {
        tier = head ? {} : tierContext(text, textRange);
      }
      if (head) open = { ...head, line: block.line, level: block.level, tier, fields: [], index: slots.push(undefined) - 1 };
    }
    cursor = Math.max(cursor, block.end);
  }
  scanTo(lines.lineCount);
  close();

  const planFields = planLines.filter((f) => PLAN_FIELDS.has(f.name));
  const body = planMeta(planFields);
  const meta: PlanMeta = {
    ...body,
    ...frontMatter?.meta,
    riskAnalysis: mergeRiskAnalysis(frontMatter?.meta.riskAnalysis, body.riskAnalysis),
    insertAt: frontMatter
      ? { offset: frontMatter.closingFence, prefix: '' }
      : planFields.length > 0
        ? insertionAfter(text, lines, planFields[planFields.length - 1])
        : firstH1 && insertionAfterLine(text, lines, firstH1.end - 1, DEFAULT_PREFIX),
  };
  return {
    format: 'markdown',
    text,
    meta,
    metaAvailable: frontMatter?.syntaxError === undefined,
    risks: slots.filter((r): r is Risk => r !== undefined),
    syntaxError: frontMatter?.syntaxError,
    eol: dominantEol(text),
  };
}

/** Where a heading's text is on its (first) line. */
function headingText(text: string, lines: LineIndex, block: HeadingBlock): Span {
  const start = lines.lineStart(block.line);
  const lineText = text.slice(start, lines.lineEnd(block.line));
  const from = /^[ \t]*#*[ \t]*/.exec(lineText)![0].length;
  const at = block.content === '' ? -1 : lineText.indexOf(block.content, from);
  return at < 0 ? strippedSpan(text, start + from, start + lineText.length) : { start: start + at, end: start + at + block.content.length };
}

function tierContext(text: string, range: Span): TierContext {
  const span = strippedSpan(text, range.start, range.end);
  const value = text.slice(span.start, span.end);
  return { tier: { value, valueRange: span }, tierValue: tierOfHeading(value) };
}

/** The ID and title of a heading that starts with a risk ID. */
function riskHeading(text: string, range: Span): Pick<HeadingDraft, 'id' | 'title' | 'tentative'> | undefined {
  const span = strippedSpan(text, range.start, range.end);
  const m = RISK_HEADING.exec(text.slice(span.start, span.end));
  if (!m) return undefined;
  const idStart = span.start + m[0].indexOf(m[1]);
  const id: Field = { value: m[1], valueRange: { start: idStart, end: idStart + m[1].length } };
  const titleSpan = strippedSpan(text, span.start + m[0].length, span.end);
  const title = titleSpan.end > titleSpan.start ? { value: text.slice(titleSpan.start, titleSpan.end), valueRange: titleSpan } : undefined;
  return { id, title, tentative: title !== undefined && m[2].trim() === '' };
}

function lineSpan(lines: LineIndex, line: number): Span {
  return { start: lines.lineStart(line), end: lines.lineEnd(line) };
}

function insertionAfterLine(text: string, lines: LineIndex, line: number, prefix: string): InsertionPoint {
  const offset = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  const needsLeadingNewline = offset === text.length && !/[\r\n]$/.test(text) ? true : undefined;
  return { offset, prefix, needsLeadingNewline };
}

/** After a field line, written like it. */
function insertionAfter(text: string, lines: LineIndex, field: PlacedField): InsertionPoint {
  return insertionAfterLine(text, lines, field.line, field.prefix);
}

/**
 * A heading risk from its draft. Action fields (action, owner, due, status, completed)
 * form its action; a repeated Action label starts another one. An accepted risk with
 * none of them has no action.
 */
function headingRisk(text: string, lines: LineIndex, draft: HeadingDraft): Risk {
  const firstLine = lineSpan(lines, draft.line);
  const risk = new Map<FieldName, Field>();
  const actions: { fields: Map<FieldName, Field>; firstLine: Span; label?: string; last?: PlacedField }[] = [
    { fields: new Map(), firstLine },
  ];
  let last: PlacedField | undefined;
  for (const f of draft.fields) {
    last = f;
    if (!ACTION_FIELDS.has(f.name)) {
      if (!risk.has(f.name)) risk.set(f.name, f.field);
      continue;
    }
    let action = actions[actions.length - 1];
    if (f.name === 'action' && action.fields.has('action') && action.label === f.label) {
      action = { fields: new Map(), firstLine: lineSpan(lines, f.line) };
      actions.push(action);
    }
    if (f.name === 'action') action.label ??= f.label;
    if (!action.fields.has(f.name)) action.fields.set(f.name, f.field);
    action.last = f;
  }
  const insertAt = last ? insertionAfter(text, lines, last) : insertionAfterLine(text, lines, draft.line, DEFAULT_PREFIX);
  const hasActionFields = actions.some((a) => a.fields.size > 0);
  const accepted = treatmentOf(risk.get('treatment')?.value) === 'accept';
  const built: Action[] = !hasActionFields && accepted ? [] : actions.map((a, i) => ({
    action: a.fields.get('action'),
    owner: a.fields.get('owner'),
    due: a.fields.get('due'),
    status: a.fields.get('status'),
    completed: a.fields.get('completed'),
    firstLine: a.firstLine,
    insertAt: i < actions.length - 1 && a.last ? insertionAfter(text, lines, a.last) : insertAt,
  }));
  const tierField = risk.get('tier');
  return {
    form: 'heading',
    id: draft.id,
    title: draft.title ?? risk.get('title') ?? risk.get('risk'),
    tier: tierField ?? draft.tier.tier,
    tierValue: tierField ? tierOfHeading(tierField.value) : draft.tier.tierValue,
    priority: risk.get('priority'),
    treatment: risk.get('treatment'),
    validation: risk.get('validation'),
    evidence: risk.get('evidence'),
    acceptance: {
      rationale: risk.get('rationale'),
      approvedBy: risk.get('approvedBy'),
      approvedOn: risk.get('approvedOn'),
      compensatingControls: risk.get('compensatingControls'),
      reviewBy: risk.get('reviewBy') ?? risk.get('nextReview'),
      insertAt,
    },
    actions: built,
    firstLine,
    insertAt,
  };
}

/** Plan-level fields from plan field lines outside risks; the first of each wins. */
function planMeta(placed: readonly PlacedField[]): PlanMeta {
  const fields = new Map<FieldName, Field>();
  for (const f of placed) if (!fields.has(f.name)) fields.set(f.name, f.field);
  const combined = fields.get('riskAnalysis');
  const split = combined && combined.value !== '' ? splitRiskAnalysis(combined.value, combined.valueRange.start, combined.keyRange) : combined && { combined };
  const date = fields.get('riskAnalysisDate') ?? split?.date;
  const conductedBy = fields.get('riskAnalysisBy') ?? split?.conductedBy;
  return {
    title: fields.get('title'),
    organization: fields.get('organization'),
    version: fields.get('version'),
    owner: fields.get('owner'),
    riskAnalysis: split || date || conductedBy ? { combined: split?.combined, date, conductedBy } : undefined,
    approvedBy: fields.get('approvedBy'),
    approvedOn: fields.get('approvedOn'),
    lastReviewed: fields.get('lastReviewed'),
    nextReview: fields.get('nextReview'),
  };
}

/** Front matter wins per part of the reference; the body fills what it lacks. */
function mergeRiskAnalysis(front: RiskAnalysisRef | undefined, body: RiskAnalysisRef | undefined): RiskAnalysisRef | undefined {
  if (!front || !body) return front ?? body;
  return {
    date: front.date ?? body.date,
    conductedBy: front.conductedBy ?? body.conductedBy,
    combined: front.combined ?? body.combined,
  };
}
