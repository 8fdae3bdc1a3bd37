// Completion: field labels (Markdown) and keys (YAML), the values of treatment, status,
// priority and tier, owners already used in the workspace's plans, and dates.
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { addDays } from '../model/dates';
import type { PlanAnalysis } from './analysis';
import { fieldForLabel, isPlaceholderOwner, PRIORITIES, STATUSES, TIERS, TREATMENTS } from '../model/vocabulary';
import { isYamlAt } from '../fixes/field-edits';

const YAML_KEYS: Record<string, string> = {
  title: 'plan or risk title', organization: 'covered entity or business associate', version: 'plan version',
  owner: 'person or role responsible', riskAnalysis: 'date and author of the risk analysis', date: 'risk analysis date',
  conductedBy: 'who conducted the risk analysis', document: 'link to the risk analysis', approvedBy: 'who signed',
  approvedOn: 'date signed', lastReviewed: 'date of the last review', nextReview: 'date of the next review',
  id: 'risk ID, e.g. R-001', tier: 'this-week | vendor | budget', priority: 'critical | high | medium | low',
  scope: 'ePHI systems and processes', thirdParty: 'service provider involved', treatment: 'mitigate | transfer | avoid | accept',
  actions: 'list of actions', action: 'a specific, measurable action', due: 'due date (YYYY-MM-DD)',
  status: 'open | in-progress | done | accepted | deferred', completed: 'date completed', validation: 'how completion was verified',
  evidence: 'evidence files', residualRisk: 'risk remaining after treatment', acceptance: 'risk acceptance memo',
  rationale: 'why the risk is accepted', compensatingControls: 'controls that reduce the accepted risk', reviewBy: 'date to revisit the acceptance',
};

const MARKDOWN_LABELS = [
  'Action', 'Owner', 'Due', 'Status', 'Priority', 'Treatment', 'Validation', 'Evidence', 'Completed',
  'Rationale', 'Approved by', 'Approved on', 'Compensating controls', 'Review by',
  'Last reviewed', 'Next review', 'Risk analysis', 'Organization',
];

const DATE_FIELDS = new Set(['due', 'completed', 'approvedOn', 'lastReviewed', 'nextReview', 'reviewBy', 'riskAnalysisDate', 'date']);

const VALUES: Record<string, readonly string[]> = { treatment: TREATMENTS, status: STATUSES, priority: PRIORITIES, tier: TIERS };

/** The field a YAML key or Markdown label names, in the engine's vocabulary. */
function fieldNameOf(label: string, yaml: boolean): string | undefined {
  if (yaml) return label in YAML_KEYS ? label : undefined;
  return fieldForLabel(label);
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');
}

/** The owners a plan names (its own and its actions'), placeholders left out, once per time written. */
export function ownersOf(a: PlanAnalysis): string[] {
  const owners = [a.plan.meta.owner, ...a.plan.risks.flatMap((r) => r.actions.map((x) => x.owner))];
  return owners.map((o) => o?.value.trim() ?? '').filter((value) => value !== '' && !isPlaceholderOwner(value));
}

/** Owners written in the given plans (their `ownersOf`), most used first. */
export function knownOwners(ownerLists: readonly (readonly string[])[]): string[] {
  const counts = new Map<string, number>();
  for (const owners of ownerLists) for (const value of owners) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
}

/**
 * Value completions replacing `typed`, the text before the cursor. A value typed right after
 * its label (`- **Owner:**`, `owner:`) gets a space before it, so the label still reads as one.
 */
function valueItems(field: string, yaml: boolean, before: string, typed: number, range: Range, today: string, owners: () => string[]): CompletionItem[] {
  const space = /[^\s|]$/.test(before.slice(0, before.length - typed)) ? ' ' : '';
  const item = (label: string, kind: CompletionItemKind, detail?: string, sortText?: string): CompletionItem => ({
    label, kind, detail, sortText, filterText: label, textEdit: { range, newText: `${space}${label}` },
  });
  if (VALUES[field]) {
    return VALUES[field].map((v, i) => item(yaml ? v : capitalise(v), CompletionItemKind.EnumMember, undefined, String(i).padStart(2, '0')));
  }
  if (DATE_FIELDS.has(field)) {
    return [0, 7, 30, 90].map((days, i) =>
      item(addDays(today, days), CompletionItemKind.Value, days === 0 ? 'today' : `today + ${days} days`, String(i).padStart(2, '0')),
    );
  }
  if (field === 'owner' || field === 'approvedBy') {
    return owners().map((o, i) => item(o, CompletionItemKind.Value, 'used in this workspace', String(i).padStart(4, '0')));
  }
  return [];
}

/** Which cell of a Markdown table row the cursor is in, and that column's header. */
function tableColumnHeader(analysis: PlanAnalysis, line: number, before: string): string | undefined {
  const column = (before.replace(/\\\|/g, '').match(/\|/g)?.length ?? 0) - (before.trimStart().startsWith('|') ? 1 : 0);
  for (let l = line - 1; l > 0; l--) {
    const text = analysis.lines.lineText(l);
    if (!text.includes('|')) return undefined;
    if (/^\s*(?:\|\s*)?:?-{2,}/.test(text)) {
      const cells = analysis.lines.lineText(l - 1).trim().replace(/^\||\|$/g, '').split('|');
      return cells[column]?.trim();
    }
  }
  return undefined;
}

export function completionsAt(analysis: PlanAnalysis, position: Position, owners: () => string[]): CompletionItem[] {
  const lineStart = analysis.lines.lineStart(position.line);
  const offset = analysis.lines.offsetAt(position);
  const before = analysis.plan.text.slice(lineStart, offset);
  const yaml = isYamlAt(analysis.plan, lineStart);
  const today = analysis.settings.today;
  const from = (length: number): Range => ({ start: { line: position.line, character: position.character - length }, end: position });

  if (yaml) {
    const key = /^\s*(?:-\s+)?([A-Za-z]*)$/.exec(before);
    if (key) {
      return Object.entries(YAML_KEYS).map(([k, detail]) => ({
        label: k, kind: CompletionItemKind.Field, detail, textEdit: { range: from(key[1].length), newText: `${k}: ` },
      }));
    }
    const value = /^\s*(?:-\s+)?([A-Za-z]+):\s*([^#]*)$/.exec(before);
    const field = value && fieldNameOf(value[1], true);
    return field ? valueItems(field, true, before, value![2].length, from(value![2].length), today, owners) : [];
  }

  if (/^\s*\|/.test(before)) {
    const header = tableColumnHeader(analysis, position.line, before);
    const field = header && fieldForLabel(header);
    const typed = /[^|]*$/.exec(before)![0];
    const lead = typed.length - typed.trimStart().length;
    return field ? valueItems(field, false, before, typed.length - lead, from(typed.length - lead), today, owners) : [];
  }
  // Only where a field line starts (a bullet or emphasis), not in prose.
  const label = /^(\s*(?!\s)(?:[-*+]\s+(?!\s))?)([*_]*)([A-Za-z ]*)$/.exec(before);
  if (label && (/[-*+]/.test(label[1]) || label[2])) {
    const emphasis = label[2] || '**';
    return MARKDOWN_LABELS.map((l) => ({
      label: l,
      kind: CompletionItemKind.Field,
      filterText: `${label[2]}${l}`,
      textEdit: { range: from(label[2].length + label[3].length), newText: `${emphasis}${l}:${emphasis.split('').reverse().join('')} ` },
    }));
  }
  const value = /^\s*(?!\s)(?:[-*+]\s+(?!\s))?[*_]*([A-Za-z ]+?)[*_]*:[*_]*\s*(?!\s)([^|]*)$/.exec(before);
  const field = value && fieldNameOf(value[1], false);
  return field ? valueItems(field, false, before, value![2].length, from(value![2].length), today, owners) : [];
}
