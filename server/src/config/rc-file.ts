// `.rmplintrc.json` / `.rmplintrc.yaml` (spec §6): found by walking up from a plan's
// folder, validated against schemas/rmplintrc.schema.json. One file drives the CLI and
// the editor. ajv and yaml are required lazily: most runs lint Markdown plans only.
import * as fs from 'fs';
import * as path from 'path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { LintSettings } from './settings';

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

/** Reads, parses and validates a config file. Throws ConfigError. */
export function loadConfigFile(file: string): Partial<LintSettings> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseConfig(text, file);
}

/** Parses and validates config text; `file` decides JSON or YAML and names the file in errors. */
export function parseConfig(text: string, file: string): Partial<LintSettings> {
  const data = /\.json$/i.test(file) ? parseJson(text, file) : parseYaml(text, file);
  const validate = validator();
  if (!validate(data)) throw new ConfigError(file, describe(validate.errors?.[0]));
  const { $schema: _schema, ...settings } = data as Partial<LintSettings> & { $schema?: string };
  return settings;
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
    compiled = new Ajv({ allErrors: false, strict: false, verbose: true }).compile(schema);
  }
  return compiled;
}

/** One ajv error as a sentence that names the offending key. */
function describe(error: ErrorObject | undefined): string {
  if (!error) return 'is not a valid rmplint configuration';
  const at = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = [at, String(error.params.additionalProperty)].filter(Boolean).join('.');
      const known = at === 'rules' ? ' (not a rule ID)' : '';
      return `unknown key "${key}"${known}`;
    }
    case 'enum':
      return `"${at}" must be one of ${(error.params.allowedValues as unknown[]).join(', ')}, not ${JSON.stringify(error.data)}`;
    default:
      return at ? `"${at}" ${error.message}` : `the configuration ${error.message}`;
  }
}
