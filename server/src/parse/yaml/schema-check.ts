// Where a YAML document (a plan, or one piece of it) breaks the plan schema, found while the
// document is at hand: the reader checks each piece once, when it reads it, and the plan
// model keeps what it found as plain data (SchemaViolation), placed with the rest of the
// piece. Which violations become findings, and their words, are the schema rule's.
import type { ErrorObject } from 'ajv';
import { isScalar, type Document } from 'yaml';
import type { SchemaViolation, Span } from '../../model/plan-model';
import { YamlReader, type YamlLocation } from './yaml-reader';
import { validators } from './schema-validators';

/**
 * The violations of a document read as `data`: the whole plan (`risk` false: the plan
 * schema; a top-level piece is a plan with one key), or one item of `risks:` (its document
 * a one-item list; paths then start at the item, without `risks` and its number).
 */
export function schemaViolations(doc: Document, text: string, data: unknown, risk: boolean): SchemaViolation[] {
  const validate = risk ? validators().risk : validators().plan;
  const checked = risk ? (data as unknown[])[0] : data;
  if (validate(checked)) return [];
  const finder = new ViolationFinder(new YamlReader(doc, text), risk, checked);
  return (validate.errors ?? []).flatMap((error) => finder.violation(error) ?? []);
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

class ViolationFinder {
  constructor(
    private readonly reader: YamlReader,
    private readonly risk: boolean,
    private readonly data: unknown,
  ) {}

  violation(error: ErrorObject): SchemaViolation | undefined {
    const path = segments(error.instancePath);
    if (error.keyword === 'additionalProperties') return this.unknownKey(path, String(error.params.additionalProperty), error);
    if (error.keyword !== 'type' && error.keyword !== 'enum') return undefined; // `required`: a missing field is another rule's finding
    const location = this.at(path);
    if (!location) return undefined;
    return {
      kind: error.keyword === 'enum' ? 'notAllowed' : 'wrongType',
      path,
      value: error.data,
      allowed: error.keyword === 'enum' ? (error.params.allowedValues as unknown[]).map(String) : String(error.params.type).split(','),
      range: this.valueRange(location),
      scalar: isScalar(this.reader.deref(location.node)),
      alias: location.alias !== undefined,
    };
  }

  private unknownKey(path: readonly string[], key: string, error: ErrorObject): SchemaViolation | undefined {
    const location = this.at([...path, key]);
    if (!location?.pair) return undefined;
    const range = location.alias ? this.reader.span(location.alias) : this.reader.span(location.pair.key);
    if (!range) return undefined;
    const mapping = this.at(path);
    const id = this.isRiskMapping(path) ? (this.dataAt(path) as Record<string, unknown> | undefined)?.id : undefined;
    return {
      kind: 'unknownKey',
      path,
      value: key,
      allowed: Object.keys((error.parentSchema?.properties as object | undefined) ?? {}),
      range,
      scalar: false,
      alias: location.alias !== undefined,
      siblings: [...this.reader.pairs(this.reader.map(mapping?.node)).keys()],
      ...((typeof id === 'string' || typeof id === 'number') && { riskId: String(id) }),
    };
  }

  /** A wrong scalar is marked where it is written; a wrong list or mapping by its key. */
  private valueRange(location: YamlLocation): Span {
    if (location.alias) return this.reader.span(location.alias) ?? this.reader.itemLine(location.alias);
    const node = this.reader.deref(location.node);
    if (isScalar(node)) return this.reader.span(location.node) ?? this.reader.itemLine(location.node);
    return (location.pair && this.reader.span(location.pair.key)) ?? this.reader.itemLine(location.node);
  }

  /** The mapping at `path` is an item of a `risks:` list. */
  private isRiskMapping(path: readonly string[]): boolean {
    const full = this.risk ? ['risks', '0', ...path] : path;
    return full.length >= 2 && full[full.length - 2] === 'risks' && /^\d+$/.test(full[full.length - 1]);
  }

  private dataAt(path: readonly string[]): unknown {
    let value = this.data;
    for (const segment of path) value = (value as Record<string, unknown> | undefined)?.[segment];
    return value;
  }

  /** A node by its path from the checked value (a risk item's document is a one-item list). */
  private at(path: readonly string[]): YamlLocation | undefined {
    return this.reader.at(this.risk ? ['0', ...path] : path);
  }
}
