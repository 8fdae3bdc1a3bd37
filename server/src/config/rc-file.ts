// `.rmplintrc.json` / `.rmplintrc.yaml` (spec §6): found by walking up from a plan's
// folder, validated against schemas/rmplintrc.schema.json. One file drives the CLI and
// the editor. ajv and yaml are required lazily: most runs lint Markdown plans only.
import * as fs from 'fs';
import * as path from 'path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { LintSettings } from './settings';
import { editDistance } from '../model/edit-distance';

/** Config file names, in the order they win when a folder holds several. */
export const CONFIG_FILE_NAMES = ['.rmplintrc.json', '.rmplintrc.yaml', '.rmplintrc.yml'] as const;

/** A config file that cannot be read, parsed or validated; the message names the file and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/**
 * The nearest config file at or above `dir`, or undefined. `cache` (folder → result)
 * saves the walk when many plans share folders.
 */
export function findConfigFile(dir: string, cache?: Map<string, string | undefined>): string | undefined {
  const visited: string[] = [];
  let current = path.resolve(dir);
  let found: string | undefined;
  for (;;) {
    if (cache?.has(current)) {
      found = cache.get(current);
      break;
    }
    visited.push(current);
    found = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find(isFile);
    const parent = path.dirname(current);
    if (found || parent === current) break;
    current = parent;
  }
  for (const folder of visited) cache?.set(folder, found);
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * What a config file says: the settings that are valid, and a problem for each key or value
 * that is not (left out, the rest of the file still applies).
 */
export interface LoadedConfig {
  readonly settings: Partial<LintSettings>;
  readonly problems: readonly ConfigProblem[];
}

export interface ConfigProblem {
  /** What is wrong and what to write, e.g. 'unknown key "rule" (did you mean "rules"?)'. */
  readonly message: string;
  /** 1-based line of the offending key in the file, when it can be found. */
  readonly line?: number;
}

/** Reads, parses and validates a config file. Throws ConfigError when it cannot be read or parsed at all. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseConfig(text, file);
}

/**
 * Parses and validates config text; `file` decides JSON or YAML and names the file in errors.
 * An invalid key or value is left out and reported; text that does not parse, or is not a
 * mapping, throws ConfigError.
 */
export function parseConfig(text: string, file: string): LoadedConfig {
  const data = /\.json$/i.test(file) ? parseJson(text, file) : parseYaml(text, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 'the configuration must be object');
  const problems: ConfigProblem[] = [];
  const validate = validator();
  // Each round drops what the schema refuses; a key dropped cannot be refused twice, so this ends.
  for (let round = 0; round < 50 && !validate(data); round++) {
    for (const error of validate.errors ?? []) {
      const path = errorPath(error);
      if (!drop(data as Record<string, unknown>, path)) continue;
      const problem = describe(error);
      if (problems.some((p) => p.message === problem)) continue;
      problems.push({ message: problem, line: lineOfKey(text, path[path.length - 1]) });
    }
  }
  // What could not be left out (nothing in the schema today) leaves nothing safe to apply.
  if (!validate(data)) throw new ConfigError(file, describe(validate.errors![0]));
  const { $schema: _schema, ...settings } = data as Partial<LintSettings> & { $schema?: string };
  return { settings, problems };
}

/** The keys leading to what an error is about: the unknown key itself, or the invalid value's key. */
function errorPath(error: ErrorObject): string[] {
  const at = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') return [...at, String(error.params.additionalProperty)];
  // An invalid list item takes its list with it: a half list would mean something else.
  while (at.length > 1 && /^\d+$/.test(at[at.length - 1])) at.pop();
  return at;
}

/** Removes the value at a path; false when there is nothing there (already dropped). */
function drop(data: Record<string, unknown>, path: readonly string[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[key];
  if (parent === null || typeof parent !== 'object') return false;
  const last = path[path.length - 1];
  if (!(last in parent)) return false;
  delete (parent as Record<string, unknown>)[last];
  return true;
}

/** The first line a key is written on (`"key":` in JSON, `key:` in YAML), if any. */
function lineOfKey(text: string, key: string | undefined): number | undefined {
  if (!key) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = text.split(/\r?\n/);
  const found = lines.findIndex((l) => new RegExp(`(^|[\\s{,])["']?${escaped}["']?\\s*:`).test(l));
  return found < 0 ? undefined : found + 1;
}

function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, `is not valid JSON (${(error as Error).message})`);
  }
}

function parseYaml(text: string, file: string): unknown {
  const YAML = require('yaml') as typeof import('yaml');
  const doc = YAML.parseDocument(text);
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0].line;
    throw new ConfigError(file, `is not valid YAML${line ? ` (line ${line})` : ''}: ${problem.message.split('\n')[0]}`);
  }
  return doc.toJS() ?? {};
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    // A plain require so both tsc output and the esbuild bundle find the schema at the repo root.
    const schema = require('../../../schemas/rmplintrc.schema.json') as object;
    compiled = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  }
  return compiled;
}

/** Names a config file can hold: the top-level keys, and the rule IDs under `rules`. */
function knownKeys(at: string): string[] {
  const schema = require('../../../schemas/rmplintrc.schema.json') as { properties: Record<string, { properties?: Record<string, unknown> }> };
  if (at === '') return Object.keys(schema.properties).filter((k) => k !== '$schema');
  return Object.keys(schema.properties[at]?.properties ?? {});
}

/** One ajv error as a sentence that names the offending key, with what was probably meant. */
function describe(error: ErrorObject): string {
  const at = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  switch (error.keyword) {
    case 'additionalProperties': {
      const written = String(error.params.additionalProperty);
      const key = [at, written].filter(Boolean).join('.');
      const meant = closest(written, knownKeys(at));
      const hint = meant ? ` (did you mean "${meant}"?)` : at === 'rules' ? ' (not a rule ID)' : '';
      return `unknown key "${key}"${hint}`;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const meant = typeof error.data === 'string' ? closest(error.data, allowed) : error.data === false ? 'off' : undefined;
      return `"${at}" must be one of ${allowed.join(', ')}, not ${JSON.stringify(error.data)}${meant ? ` (did you mean "${meant}"?)` : ''}`;
    }
    default:
      return at ? `"${at}" ${error.message}` : `the configuration ${error.message}`;
  }
}

/** The name a near-miss spelling meant: same letters in another case, a prefix, or at most a third of the letters off. */
function closest(written: string, names: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  const same = names.find((n) => n.toLowerCase() === lower || (lower.length >= 3 && n.toLowerCase().startsWith(lower)));
  if (same) return same;
  const ranked = names.map((n) => ({ n, d: editDistance(lower, n.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(1, Math.floor(written.length / 3)) && (ranked.length === 1 || ranked[1].d > best.d) ? best.n : undefined;
}
