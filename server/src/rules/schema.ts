import type { Fix, RuleModule } from '../engine/rule';
import type { SchemaViolation } from '../model/plan-model';
import { replaceFix } from '../fixes/field-edits';
import { suggestKey, suggestValue } from './schema-utils/suggestions';
import { flatAcceptanceKey, spelledKey } from '../parse/yaml/key-spellings';
import { KEYS } from '../parse/yaml/read-plan';

/**
 * Values other rules judge (spec "One problem, one finding"): treatment, owner, dates,
 * approval, the risk analysis reference and the acceptance record.
 */
const OWNED_ELSEWHERE = new Set([
  'treatment', 'owner', 'due', 'completed', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview',
  'riskAnalysis', 'date', 'conductedBy', 'acceptance', 'rationale', 'compensatingControls', 'reviewBy',
]);

/** Keys whose values a register of another tool words its own way. */
const OWN_WORD_KEYS = new Set(['tier', 'status', 'priority']);

/** Values matched in any case (issue 12). */
const CASE_FREE_VALUES = new Set(['status', 'priority']);

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a mapping of keys', boolean: 'true or false', null: 'empty',
};

function typeOf(data: unknown): string {
  if (Array.isArray(data)) return 'a list';
  if (data === null) return 'empty';
  if (typeof data === 'object') return 'a mapping of keys';
  if (typeof data === 'number') return `the number ${data}`;
  if (typeof data === 'boolean') return `the value ${data}`;
  return 'text';
}

/** As /^\d+$/: a list index in a path (run for each of thousands of violations on each keystroke). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The key a value sits under, and the item number when it is an item of a list. */
function nameOf(path: readonly string[]): { key: string; label: string } {
  const last = path[path.length - 1];
  if (last !== undefined && isDigits(last)) {
    const key = path[path.length - 2] ?? '';
    return { key, label: `${key} item ${Number(last) + 1}` };
  }
  return { key: last ?? '', label: last ?? '' };
}

/** A phrase naming the mapping an unknown key is in: "the top level", "risk R-001", "an action". */
function mappingName(violation: SchemaViolation): string {
  const { path } = violation;
  if (path.length === 0) return 'the top level';
  const { key } = nameOf(path);
  if (key === 'risks') return violation.riskId !== undefined ? `risk ${violation.riskId}` : 'a risk';
  if (key === 'actions') return 'an action';
  return key;
}

/** True when an earlier key of the mapping is already read as `spelled` (two spellings of one key: the second is unknown). */
function isSpellingTaken(key: string, spelled: string, present: readonly string[]): boolean {
  for (const other of present) {
    if (other === key) return false;
    if (spelledKey(other, [spelled]) === spelled) return true;
  }
  return false;
}

/** Judges a plan's schema violations in order, one finding per place. */
class SchemaJudge {
  private readonly reported = new Set<string>();

  constructor(private readonly report: Parameters<RuleModule['check']>[0]['report']) {}

  judge(v: SchemaViolation): void {
    if (v.kind === 'unknownKey') return this.unknownKey(v);
    const { path } = v;
    const { key, label } = nameOf(path);
    if (OWNED_ELSEWHERE.has(key)) return;
    // An empty value is a missing one, and missing fields are other rules' findings.
    if (v.value === null || (typeof v.value === 'string' && v.value.trim() === '')) return;
    // Status and priority are matched in any case, as in Markdown (`status: Open`, `priority: High`); a tier is a plan key, written exactly.
    if (v.kind === 'notAllowed' && CASE_FREE_VALUES.has(key) && typeof v.value === 'string') {
      const written = v.value.trim().toLowerCase(); // once, not once per allowed value: a legacy plan has thousands of these
      if (v.allowed.some((a) => a.toLowerCase() === written)) return;
    }
    if (!this.once(path)) return;
    const range = v.range;
    if (path.length === 0) {
      this.report({ messageId: 'notAPlan', data: { actual: typeOf(v.value) }, range });
    } else if (v.kind === 'notAllowed') {
      const written = v.scalar ? String(v.value) : typeOf(v.value);
      const suggestion = typeof v.value === 'string' ? suggestValue(key, v.value, v.allowed) : undefined;
      const fixes: Fix[] = suggestion && !v.alias ? [replaceFix(`Change ${key} to ${suggestion}`, range, suggestion, true)] : [];
      this.report({
        messageId: 'notAllowed',
        data: { key: label, value: written, allowed: v.allowed.join(', '), advice: suggestion ? ` Write '${suggestion}'.` : '' },
        range,
        fixes,
      });
    } else {
      const expected = v.allowed.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      this.report({ messageId: 'wrongType', data: { key: label, expected, actual: typeOf(v.value) }, range });
    }
  }

  private unknownKey(v: SchemaViolation): void {
    const key = String(v.value);
    if (!this.once([...v.path, key])) return;
    const present = v.siblings ?? [];
    // Another spelling of an allowed key that is not written itself is read as that key (issue 12).
    const spelled = spelledKey(key, v.allowed);
    if (spelled !== undefined && !present.includes(spelled) && !isSpellingTaken(key, spelled, present)) return;
    // `accepted_by` on a risk: read as its acceptance's approvedBy, and written in the plan under `acceptance:`.
    const accepted = v.allowed.includes('acceptance') ? flatAcceptanceKey(key, KEYS.acceptance) : undefined;
    const suggestion = accepted ? undefined : suggestKey(key, v.allowed);
    const usable = suggestion !== undefined && !present.includes(suggestion) && !v.alias;
    const advice = accepted ? `move it under 'acceptance:' as '${accepted}'` : suggestion ? `write '${suggestion}' instead` : `remove it or use one of ${v.allowed.join(', ')}`;
    this.report({
      messageId: 'unknownKey',
      data: { key, where: mappingName(v), advice },
      range: v.range,
      fixes: usable ? [replaceFix(`Rename '${key}' to '${suggestion}'`, v.range, suggestion, false)] : [],
    });
  }

  private once(path: readonly string[]): boolean {
    const id = path.join('/');
    if (this.reported.has(id)) return false;
    this.reported.add(id);
    return true;
  }
}

const rule: RuleModule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'A YAML plan follows the plan schema: known keys, allowed tier, priority and status values, and the right kind of value for each key.',
  reference: '45 CFR § 164.316(b)(1) (documentation of policies, procedures, actions and assessments)',
  rationale:
    'A misspelt key or an unknown status silently drops a field from the plan: the linter, the renderer and the auditor all read it as missing. Exact keys and values keep the documentation complete and machine-checkable.',
  examples: { bad: 'status: blocked\ndueDate: 2026-08-01', good: 'status: open\ndue: 2026-08-01' },
  messages: {
    unknownKey: "Unknown key '{key}' in {where}: {advice} (keys are case-sensitive).",
    notAllowed: "{key} '{value}' is not one of {allowed}.{advice}",
    wrongType: '{key} should be {expected}, not {actual}.',
    notAPlan: 'A YAML plan is a mapping with plan: and risks: keys, not {actual}.',
  },
  messageSeverityCaps: { unknownKey: 'warning' },
  check({ plan, report }) {
    if (plan.format !== 'yaml' || !plan.schemaViolations) return;
    const judge = new SchemaJudge(report);
    // A register with no `plan:` mapping is another tool's (`risks:` only, its header declaring
    // its own tiers): its tier and status words and its extra keys (`domain:`, `metadata:`) are its own, read
    // where the vocabulary knows them, not errors.
    const ownWords = plan.meta.insertAt === undefined;
    for (const violation of plan.schemaViolations) {
      // Its top-level keys besides its risks (`metadata:`, `version:`, `system:`) are its own document's too.
      if (ownWords && violation.kind === 'unknownKey') continue;
      if (ownWords && violation.kind === 'notAllowed' && typeof violation.value === 'string' && OWN_WORD_KEYS.has(nameOf(violation.path).key)) continue;
      judge.judge(violation);
    }
  },
};

export default rule;
