// The plan as rmplint read it, field by field, for `rmplint outline`: what each value was
// read as (a status word, a treatment, a date), so a surprising finding can be traced to
// how the plan was read. Lines are 1-based.
import type { Action, Field, PlanModel, Risk } from './plan-model';
import type { LineIndex } from './positions';
import { statusOf, treatmentOf } from './vocabulary';
import { parseDate } from './dates';
import { readDue } from './relative-dues';
import { shownTier } from './plan-queries';

export interface OutlineField {
  /** The value as written (trimmed). */
  readonly value: string;
  readonly line: number;
  /** What the value was read as, when that is not the value itself: a status, a treatment, a date. */
  readonly readAs?: string;
}

export interface OutlineAction {
  readonly line: number;
  readonly action?: OutlineField;
  readonly owner?: OutlineField;
  readonly due?: OutlineField;
  readonly status?: OutlineField;
  readonly completed?: OutlineField;
  readonly validation?: OutlineField;
  readonly evidence?: OutlineField;
  /** The key of the file's list of actions that should define this action's ID and does not (Action.undefinedEntry). */
  readonly undefinedIn?: string;
}

export interface OutlineRisk {
  readonly line: number;
  readonly form: Risk['form'];
  readonly id?: OutlineField;
  readonly title?: OutlineField;
  readonly tier?: OutlineField;
  readonly priority?: OutlineField;
  /** The ratings as written beside the priority (a Severity column, `inherent_risk`, likelihood and impact). */
  readonly likelihood?: OutlineField;
  readonly impact?: OutlineField;
  readonly inherentRisk?: OutlineField;
  readonly residualRisk?: OutlineField;
  readonly treatment?: OutlineField;
  readonly validation?: OutlineField;
  readonly evidence?: OutlineField;
  readonly recommendation?: OutlineField;
  readonly acceptance?: Readonly<Record<string, OutlineField>>;
  readonly actions: readonly OutlineAction[];
}

export interface PlanOutline {
  readonly format: PlanModel['format'];
  readonly oscal?: boolean;
  /** False when the plan's details could not be read (YAML or front matter that does not parse). */
  readonly metaRead: boolean;
  readonly plan: Readonly<Record<string, OutlineField>>;
  readonly risks: readonly OutlineRisk[];
}

type Reading = (value: string) => string | undefined;

const asStatus: Reading = (v) => statusOf(v) ?? 'not a known status';
/** A treatment as the rules read it: a Markdown risk may use the frameworks' words (ISO 27001 Modify, Retain). */
const asTreatment = (form: Risk['form']): Reading => (v) => treatmentOf(v, form) ?? 'not a known treatment';
const asDate: Reading = (v) => {
  const d = parseDate(v);
  return d.kind === 'date' ? d.iso : d.kind === 'invalid' ? `not a valid date (${d.reason})` : d.kind === 'empty' ? undefined : 'not a date';
};

function outlineField(lines: LineIndex, field: Field | undefined, reading?: Reading): OutlineField | undefined {
  if (!field) return undefined;
  const value = field.value.trim();
  const readAs = reading && value !== '' ? reading(value) : undefined;
  return { value, line: lines.lineAt(field.valueRange.start) + 1, ...(readAs !== undefined && readAs.toLowerCase() !== value.toLowerCase() ? { readAs } : {}) };
}

/** Only the fields that are written, in a fixed order. */
function written(entries: readonly [string, OutlineField | undefined][]): Record<string, OutlineField> {
  return Object.fromEntries(entries.filter((e): e is [string, OutlineField] => e[1] !== undefined));
}

/** A due date, a relative deadline counted from the plan's date (said so), or what it is not. */
function dueReading(plan: PlanModel): Reading {
  return (v) => {
    const d = readDue(plan, v);
    if (d.kind === 'date') return d.counted ? `${d.iso} (counted from ${d.counted.what}, ${d.counted.anchor})` : d.iso;
    if (d.kind === 'relative') return 'a deadline relative to a date the plan does not give';
    return asDate(v);
  };
}

function outlineAction(lines: LineIndex, a: Action, asDue: Reading): OutlineAction {
  return {
    line: lines.lineAt(a.firstLine.start) + 1,
    ...written([
      ['action', outlineField(lines, a.action)],
      ['owner', outlineField(lines, a.owner)],
      ['due', outlineField(lines, a.due, asDue)],
      ['status', outlineField(lines, a.status, asStatus)],
      ['completed', outlineField(lines, a.completed, asDate)],
      ['validation', outlineField(lines, a.validation)],
      ['evidence', outlineField(lines, a.evidence)],
    ]),
    ...(a.undefinedEntry && { undefinedIn: a.undefinedEntry.list }),
  };
}

function outlineRisk(lines: LineIndex, r: Risk, asDue: Reading): OutlineRisk {
  const a = r.acceptance;
  const acceptance = written([
    ['rationale', outlineField(lines, a.rationale)],
    ['approvedBy', outlineField(lines, a.approvedBy)],
    ['approvedOn', outlineField(lines, a.approvedOn, asDate)],
    ['compensatingControls', outlineField(lines, a.compensatingControls)],
    ['reviewBy', outlineField(lines, a.reviewBy, asDate)],
  ]);
  return {
    line: lines.lineAt(r.firstLine.start) + 1,
    form: r.form,
    ...written([
      ['id', outlineField(lines, r.id)],
      ['title', outlineField(lines, r.title)],
      ['tier', outlineField(lines, shownTier(r), () => r.tierValue ?? 'not a known tier')],
      ['priority', outlineField(lines, r.priority)],
      ['likelihood', outlineField(lines, r.likelihood)],
      ['impact', outlineField(lines, r.impact)],
      ['inherentRisk', outlineField(lines, r.inherentRisk)],
      ['residualRisk', outlineField(lines, r.residualRisk)],
      ['treatment', outlineField(lines, r.treatment, asTreatment(r.form))],
      ['validation', outlineField(lines, r.validation)],
      ['evidence', outlineField(lines, r.evidence)],
      ['recommendation', outlineField(lines, r.recommendation)],
    ]),
    ...(Object.keys(acceptance).length > 0 ? { acceptance } : {}),
    actions: r.actions.map((x) => outlineAction(lines, x, asDue)),
  };
}

export function planOutline(plan: PlanModel, lines: LineIndex): PlanOutline {
  const m = plan.meta;
  const ra = m.riskAnalysis;
  const asDue = dueReading(plan);
  return {
    format: plan.format,
    ...(plan.oscal ? { oscal: true } : {}),
    metaRead: plan.metaAvailable,
    plan: written([
      ['title', outlineField(lines, m.title)],
      ['organization', outlineField(lines, m.organization)],
      ['version', outlineField(lines, m.version)],
      ['owner', outlineField(lines, m.owner)],
      ['riskAnalysis', outlineField(lines, ra?.combined)],
      ['riskAnalysisDate', outlineField(lines, ra?.date, asDate)],
      ['riskAnalysisBy', outlineField(lines, ra?.conductedBy)],
      ['riskAnalysisDocument', outlineField(lines, ra?.document)],
      ['approvedBy', outlineField(lines, m.approvedBy)],
      ['approvedOn', outlineField(lines, m.approvedOn, asDate)],
      ['lastReviewed', outlineField(lines, m.lastReviewed, asDate)],
      ['nextReview', outlineField(lines, m.nextReview, asDate)],
      ['reviewCycle', outlineField(lines, m.reviewCycle)],
      ['documentDate', outlineField(lines, m.documentDate, asDate)],
      ['acceptanceRationale', outlineField(lines, m.acceptanceRationale)],
      ['acceptanceControls', outlineField(lines, m.acceptanceControls)],
      ['scope', outlineField(lines, m.scope)],
      ['thirdParties', outlineField(lines, m.thirdParties)],
    ]),
    risks: plan.risks.map((r) => outlineRisk(lines, r, asDue)),
  };
}
