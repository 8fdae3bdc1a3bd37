import type { ErrorObject } from 'ajv';
import { isScalar } from 'yaml';
import type { Fix, ReportDescriptor, RuleModule } from '../engine/rule';
import type { Span, YamlPart } from '../model/plan-model';
import { replaceFix } from '../fixes/field-edits';
import { YamlReader, type YamlLocation } from '../parse/yaml/yaml-reader';
import { suggestKey, suggestValue } from './schema-utils/suggestions';
import { spelledKey } from '../parse/yaml/key-spellings';
import { validators } from './schema-utils/validators';

/** A piece's schema errors and its data (to name risks in messages); `errors` empty when valid. */
interface Verdict {
  readonly errors: readonly ErrorObject[];
  readonly data: unknown;
}

const VALID: Verdict = { errors: [], data: undefined };

/** Validates a piece: the plan schema for the document or a top-level key, the risk schema for a risk item. */
function verdictOf(part: YamlPart): Verdict | undefined {
  const isRisk = part.path.length > 0;
  try {
    const data = part.data();
    const validate = isRisk ? validators().risk : validators().plan;
    const checked = isRisk ? (data as unknown[])[0] : data;
    return validate(checked) ? VALID : { errors: validate.errors ?? [], data: checked };
  } catch {
    return undefined; // aliases that cannot be expanded are the parser's syntax problem
  }
}

/**
 * A piece's reports with ranges relative to the piece, memoised on it while it keeps its
 * place in the plan (messages name list items by number): the piece's document is parsed
 * again only then, not on every edit elsewhere in the plan.
 */
function reportsOf(part: YamlPart, topKeys: readonly string[]): readonly ReportDescriptor[] {
  // A top-level piece's reports depend on the plan's other top-level keys (a rename is offered only to a key not written).
  const at = part.path.length === 0 ? `/${topKeys.join('/')}` : part.path.join('/');
  const memo = part.memo.get('schema') as { readonly at: string; readonly reports: readonly ReportDescriptor[] } | undefined;
  if (memo?.at === at) return memo.reports;
  const reports: ReportDescriptor[] = [];
  const verdict = verdictOf(part);
  if (verdict && verdict.errors.length > 0) {
    const reporter = new SchemaReporter(part, verdict.data, topKeys, (d) => reports.push(d));
    for (const error of verdict.errors) reporter.handle(error);
  }
  part.memo.set('schema', { at, reports });
  return reports;
}

/** A report moved from its piece to the document: its range and its fixes' edits. */
function movedBy(d: ReportDescriptor, offset: number): ReportDescriptor {
  const move = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
  const fixes = d.fixes as readonly Fix[] | undefined; // the schema rule's fixes are built with the report
  return { ...d, range: move(d.range), fixes: fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, ...move(e) })) })) };
}

/** `value` placed at `path` in otherwise empty data, so messages can look a risk up by its path. */
function nested(value: unknown, path: readonly string[]): unknown {
  return path.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value);
}

/**
 * Values other rules judge (spec "One problem, one finding"): treatment, owner, dates,
 * approval, the risk analysis reference and the acceptance record.
 */
const OWNED_ELSEWHERE = new Set([
  'treatment', 'owner', 'due', 'completed', 'approvedBy', 'approvedOn', 'lastReviewed', 'nextReview',
  'riskAnalysis', 'date', 'conductedBy', 'acceptance', 'rationale', 'compensatingControls', 'reviewBy',
]);

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

/** Reports the schema errors of one piece of a plan, at document offsets. */
class SchemaReporter {
  private readonly reader: YamlReader;
  private readonly reported = new Set<string>();
  private readonly data: unknown;

  constructor(
    private readonly part: YamlPart,
    data: unknown,
    /** The plan's top-level keys: a top-level piece holds only its own. */
    private readonly topKeys: readonly string[],
    private readonly report: (d: ReportDescriptor) => void,
  ) {
    this.reader = new YamlReader(part.doc(), part.text);
    this.data = nested(data, part.path);
  }

  handle(error: ErrorObject): void {
    const path = [...this.part.path, ...segments(error.instancePath)];
    if (error.keyword === 'additionalProperties') return this.unknownKey(path, String(error.params.additionalProperty), error);
    if (error.keyword !== 'type' && error.keyword !== 'enum') return; // `required`: a missing field is another rule's finding
    const { key, label } = nameOf(path);
    if (OWNED_ELSEWHERE.has(key)) return;
    // An empty value is a missing one, and missing fields are other rules' findings.
    if (error.data === null || (typeof error.data === 'string' && error.data.trim() === '')) return;
    // Status and priority are matched in any case, as in Markdown (`status: Open`, `priority: High`); a tier is a plan key, written exactly.
    if (error.keyword === 'enum' && CASE_FREE_VALUES.has(nameOf(path).key) && typeof error.data === 'string' && (error.params.allowedValues as unknown[]).some((a) => String(a).toLowerCase() === (error.data as string).trim().toLowerCase())) return;
    const location = this.at(path);
    if (!location || !this.once(path)) return;
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
    const location = this.at([...path, key]);
    if (!location?.pair || !this.once([...path, key])) return;
    const written = location.alias ? this.reader.span(location.alias) : this.reader.span(location.pair.key);
    if (!written) return;
    const range = written;
    const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    const siblings = this.at(path);
    const present = new Set(path.length === 0 ? this.topKeys : this.reader.pairs(this.reader.map(siblings?.node)).keys());
    // Another spelling of an allowed key that is not written itself is read as that key (issue 12).
    const spelled = spelledKey(key, allowed);
    if (spelled !== undefined && !present.has(spelled) && !this.isSpellingTaken(key, spelled, present)) return;
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

  /** A node by its path in the plan's data, found in this piece's document (a risk item's is a one-item list). */
  private at(path: readonly string[]): YamlLocation | undefined {
    const local = path.slice(this.part.path.length);
    return this.reader.at(this.part.path.length > 0 ? ['0', ...local] : local);
  }

  /** True when an earlier key of the mapping is already read as `spelled` (two spellings of one key: the second is unknown). */
  private isSpellingTaken(key: string, spelled: string, present: ReadonlySet<string>): boolean {
    for (const other of present) {
      if (other === key) return false;
      if (spelledKey(other, [spelled]) === spelled) return true;
    }
    return false;
  }

  private once(path: readonly string[]): boolean {
    const id = path.join('/');
    if (this.reported.has(id)) return false;
    this.reported.add(id);
    return true;
  }
}

/** The top-level keys of a plan read whole or piece by piece (risk items stand for `risks`), in order. */
function topLevelKeys(parts: readonly YamlPart[]): string[] {
  const keys: string[] = [];
  for (const part of parts) {
    if (part.path.length > 0) {
      if (!keys.includes(part.path[0])) keys.push(part.path[0]);
      continue;
    }
    let data: unknown;
    try {
      data = part.data();
    } catch {
      continue;
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) for (const k of Object.keys(data)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
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
    const topKeys = topLevelKeys(plan.yaml);
    for (const part of plan.yaml) for (const d of reportsOf(part, topKeys)) report(movedBy(d, part.offset));
  },
};

export default rule;
