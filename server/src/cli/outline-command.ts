// `rmplint outline <files...> [--format text|json] [--config FILE]`: the plan as rmplint
// read it (plan fields, risks, actions, owners, dates, statuses, priorities, and what each
// value was read as), so a user can see why a finding is there. Exit 0 when every file was
// read, 2 on a usage or file problem; a named file that is not a plan is said to be skipped.
import * as path from 'path';
import { parsePlan } from '../engine/lint';
import { LineIndex } from '../model/positions';
import { planOutline, type OutlineField, type PlanOutline } from '../model/plan-outline';
import { UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { parseOptions, withCommand } from './subcommand';
import { PlanSettingsResolver } from './plan-settings';
import { forEachPlan } from './plan-files';

export const OUTLINE_USAGE = `Usage: rmplint outline <files, folders or globs...> [--format text|json] [--config FILE]

Shows each plan as rmplint read it: the plan's fields, and each risk with its
actions, owners, due dates, statuses and priorities, with the line each was read
from and what a value was read as ("In progress" -> in-progress).
`;

interface OutlineCommand {
  readonly targets: readonly string[];
  readonly format: 'text' | 'json';
  readonly config?: string;
}

function parseOutlineArgs(args: readonly string[]): OutlineCommand | 'help' {
  const parsed = parseOptions({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  if (positionals.length === 0) throw new UsageError('outline takes at least one plan file');
  return { targets: positionals, format, config: values.config };
}

export interface OutlinedFile extends PlanOutline {
  readonly file: string;
}

export function runOutline(args: readonly string[], cwd: string, out: Output): number {
  return withCommand(out, OUTLINE_USAGE, () => parseOutlineArgs(args), (command) => {
    const resolver = new PlanSettingsResolver(command.config && path.resolve(cwd, command.config));
    const outlines: OutlinedFile[] = [];
    const problems = forEachPlan(command.targets, cwd, resolver, out, (plan) => {
      const lines = new LineIndex(plan.text);
      outlines.push({ file: plan.display, ...planOutline(parsePlan(plan.text, plan.kind, lines), lines) });
    });
    out.stdout(command.format === 'json' ? `${JSON.stringify(outlines, null, 2)}\n` : outlines.map(outlineText).join('\n'));
    return problems > 0 ? EXIT_USAGE : EXIT_OK;
  });
}

/** `name: value` with what it was read as, on one line. */
function shown(name: string, f: OutlineField | undefined): string | undefined {
  if (!f) return undefined;
  const value = f.value === '' ? '(empty)' : oneLine(f.value);
  return `${name}: ${value}${f.readAs ? ` -> ${f.readAs}` : ''}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 100 ? flat : `${flat.slice(0, 97)}...`;
}

const LABELS: Readonly<Record<string, string>> = {
  title: 'title', organization: 'organization', version: 'version', owner: 'owner', riskAnalysis: 'risk analysis',
  riskAnalysisDate: 'risk analysis date', riskAnalysisBy: 'risk analysis by', riskAnalysisDocument: 'risk analysis document', approvedBy: 'approved by', approvedOn: 'approved on', documentDate: 'document date',
  acceptanceRationale: 'rationale of accepted risks', acceptanceControls: 'compensating controls of accepted risks',
  lastReviewed: 'last reviewed', nextReview: 'next review', reviewCycle: 'review cycle', scope: 'scope (systems with ePHI)', thirdParties: 'third parties', rationale: 'rationale', compensatingControls: 'compensating controls', reviewBy: 'review by',
};

/**
 * How a risk was written, as the outline says it: another schema's entry (form `oscal`) is a spreadsheet's row in a CSV register,
 * as in delimited text saved as Markdown, an entry in another tool's YAML or JSON register; `oscal` only in an OSCAL plan.
 */
function formShown(o: OutlinedFile, form: string): string {
  if (form !== 'oscal' || o.oscal) return form;
  return o.format === 'csv' || o.format === 'markdown' ? 'row' : 'entry';
}

export function outlineText(o: OutlinedFile): string {
  const out: string[] = [];
  const kind = o.oscal ? `OSCAL POA&M (${o.format})` : o.format;
  out.push(`${o.file}: ${kind}, ${o.risks.length} ${o.risks.length === 1 ? 'risk' : 'risks'} read`);
  if (!o.metaRead) out.push('  plan details: not read (the YAML or front matter does not parse)');
  const planFields = Object.entries(o.plan);
  if (o.metaRead && planFields.length === 0) out.push('  plan details: none read');
  for (const [name, f] of planFields) out.push(`  ${shown(LABELS[name] ?? name, f)}  (line ${f.line})`);
  for (const r of o.risks) {
    out.push(`  risk ${r.id?.value || '(no id)'}${r.title ? `: ${oneLine(r.title.value)}` : ''}  (line ${r.line}, ${formShown(o, r.form)})`);
    const riskFields = [shown('tier', r.tier), shown('priority', r.priority), shown('treatment', r.treatment), shown('validation', r.validation), shown('evidence', r.evidence)].filter(Boolean);
    // The ratings the priority was read beside (a Severity column kept as the rating, a stated level, the pair), when written.
    const ratings = [shown('likelihood', r.likelihood), shown('impact', r.impact), shown('inherent risk', r.inherentRisk), shown('residual risk', r.residualRisk)].filter(Boolean);
    if (riskFields.length > 0) out.push(`    ${riskFields.join(' | ')}`);
    if (ratings.length > 0) out.push(`    ${ratings.join(' | ')}`);
    // Controls with nothing else of an acceptance beside them are the controls the risk has in place (`Existing Controls`, `Current Controls`).
    const acceptance = Object.entries(r.acceptance ?? {});
    // An accepted risk's controls are what its acceptance leans on (compensating controls), whatever else it records.
    const readAs = (f: OutlineField | undefined) => (f?.readAs ?? f?.value)?.trim().toLowerCase();
    const accepted = readAs(r.treatment) === 'accept' || r.actions.some((a) => readAs(a.status) === 'accepted');
    const inPlace = !accepted && acceptance.every(([name]) => name === 'compensatingControls' || name === 'reviewBy');
    // A risk being fixed may justify itself and name its interim controls (a POA&M's `**Justification:**`, `**Compensating Controls:**`):
    // called so, not an acceptance's, when nothing says the risk is accepted.
    for (const [name, f] of acceptance) out.push(name === 'compensatingControls' && inPlace ? `    ${shown('existing controls', f)}` : `    ${accepted ? 'acceptance ' : ''}${shown(LABELS[name] ?? name, f)}`);
    if (r.recommendation) out.push(`    ${shown('recommended, not planned', r.recommendation)}`);
    if (r.actions.length === 0) out.push('    no action read');
    for (const a of r.actions) {
      const undefinedIn = a.undefinedIn === undefined ? '' : ` (not defined in "${a.undefinedIn}")`;
      out.push(`    - ${a.action ? oneLine(a.action.value) || '(empty action)' : '(no action text)'}${undefinedIn}  (line ${a.line})`);
      const fields = [shown('owner', a.owner), shown('due', a.due), shown('status', a.status), shown('completed', a.completed), shown('validation', a.validation), shown('evidence', a.evidence)].filter(Boolean);
      if (fields.length > 0) out.push(`      ${fields.join(' | ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
