import type { ErrorObject, ValidateFunction } from 'ajv';
import { isScalar } from 'yaml';
import type { Fix, ReportDescriptor, RuleModule } from '../engine/rule';
import type { PlanModel, Span } from '../engine/model';
import { replaceFix } from '../engine/fixes';
import { YamlReader, type YamlLocation } from '../engine/yaml-nodes';
import { MAX_ALIAS_COUNT } from '../engine/yaml-syntax';
import { suggestKey, suggestValue } from '../engine/yaml-suggestions';

// The schema sits outside the server's sources (editors read it too); `require` lets both
// the compiled server and the bundle find it.
const PLAN_SCHEMA: object = require('../../../schemas/risk-management-plan.schema.json');

let compiled: ValidateFunction | undefined;

/** The plan schema's validator, compiled on first use; ajv loads only when a YAML plan needs it. */
function validator(): ValidateFunction {
  if (compiled) return compiled;
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  compiled = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(PLAN_SCHEMA);
  return compiled;
}

/**
 * Values other rules judge (spec "One problem, one finding"): treatment, owner, dates,
 * approval, the risk analysis reference and the acceptance record.
 */
const OWNED_ELSEWHERE = new Set([
  'treatment', 'owner', 'due', 'completed', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview',
  'riskAnalysis', 'date', 'conductedBy', 'acceptance', 'rationale', 'compensatingControls', 'reviewBy',
]);

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

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The key a value sits under, and the item number when it is an item of a list. */
function nameOf(path: readonly string[]): { key: string; label: string } {
  const last = path[path.length - 1];
  if (last !== undefined && /^\d+$/.test(last)) {
    const key = path[path.length - 2] ?? '';
    return { key, label: `${key} item ${Number(last) + 1}` };
  }
  return { key: last ?? '', label: last ?? '' };
}

/** A phrase naming the mapping at a path: "plan", "risk R-001", "an action". */
function mappingName(path: readonly string[], data: unknown): string {
  if (path.length === 0) return 'the top level';
  const { key } = nameOf(path);
  if (key === 'risks') {
    let risk: unknown = data;
    for (const s of path) risk = (risk as Record<string, unknown> | undefined)?.[s];
    const id = (risk as Record<string, unknown> | undefined)?.id;
    return typeof id === 'string' || typeof id === 'number' ? `risk ${id}` : 'a risk';
  }
  if (key === 'actions') return 'an action';
  return key;
}

class SchemaReporter {
  private readonly reader: YamlReader;
  private readonly reported = new Set<string>();

  constructor(
    private readonly plan: PlanModel,
    private readonly data: unknown,
    private readonly report: (d: ReportDescriptor) => void,
  ) {
    this.reader = new YamlReader(plan.yaml!, plan.text);
  }

  handle(error: ErrorObject): void {
    const path = segments(error.instancePath);
    if (error.keyword === 'additionalProperties') return this.unknownKey(path, String(error.params.additionalProperty), error);
    if (error.keyword !== 'type' && error.keyword !== 'enum') return; // `required`: a missing field is another rule's finding
    const { key, label } = nameOf(path);
    if (OWNED_ELSEWHERE.has(key)) return;
    // An empty value is a missing one, and missing fields are other rules' findings.
    if (error.data === null || (typeof error.data === 'string' && error.data.trim() === '')) return;
    const location = this.reader.at(path);
    if (!location || !this.once(error.instancePath)) return;
    const range = this.valueRange(location);
    if (path.length === 0) {
      this.report({ messageId: 'notAPlan', data: { actual: typeOf(error.data) }, range });
    } else if (error.keyword === 'enum') {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const written = isScalar(this.reader.deref(location.node)) ? String(error.data) : typeOf(error.data);
      const suggestion = typeof error.data === 'string' ? suggestValue(key, error.data, allowed) : undefined;
      const fixes: Fix[] = suggestion && !location.alias ? [replaceFix(`Change ${key} to ${suggestion}`, range, suggestion, true)] : [];
      this.report({
        messageId: 'notAllowed',
        data: { key: label, value: written, allowed: allowed.join(', '), advice: suggestion ? ` Write '${suggestion}'.` : '' },
        range,
        fixes,
      });
    } else {
      const expected = String(error.params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      this.report({ messageId: 'wrongType', data: { key: label, expected, actual: typeOf(error.data) }, range });
    }
  }

  private unknownKey(path: readonly string[], key: string, error: ErrorObject): void {
    const location = this.reader.at([...path, key]);
    if (!location?.pair || !this.once(`${error.instancePath}/${key}`)) return;
    const range = location.alias ? this.reader.span(location.alias) : this.reader.span(location.pair.key);
    if (!range) return;
    const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const siblings = this.reader.at(path);
    const present = new Set(this.reader.pairs(this.reader.map(siblings?.node)).keys());
    const suggestion = suggestKey(key, allowed);
    const usable = suggestion !== undefined && !present.has(suggestion) && !location.alias;
    const advice = suggestion
      ? `write '${suggestion}' instead`
      : `remove it or use one of ${allowed.join(', ')}`;
    this.report({
      messageId: 'unknownKey',
      data: { key, where: mappingName(path, this.data), advice },
      range,
      fixes: usable ? [replaceFix(`Rename '${key}' to '${suggestion}'`, range, suggestion, false)] : [],
    });
  }

  /** A wrong scalar is marked where it is written; a wrong list or mapping by its key. */
  private valueRange(location: YamlLocation): Span {
    if (location.alias) return this.reader.span(location.alias) ?? this.reader.itemLine(location.alias);
    const node = this.reader.deref(location.node);
    if (isScalar(node)) return this.reader.span(location.node) ?? this.reader.itemLine(location.node);
    return (location.pair && this.reader.span(location.pair.key)) ?? this.reader.itemLine(location.node);
  }

  private once(id: string): boolean {
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
    if (plan.format !== 'yaml' || !plan.yaml) return;
    let data: unknown;
    try {
      data = plan.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return; // aliases that cannot be expanded are the parser's syntax problem
    }
    const validate = validator();
    if (validate(data)) return;
    const reporter = new SchemaReporter(plan, data, report);
    for (const error of validate.errors ?? []) reporter.handle(error);
  },
};

export default rule;
