// `rmplint --list-rules` and `rmplint --print-config <file>`: what rmplint would check, and
// with which settings, without linting anything.
import * as path from 'path';
import { RULES } from '../rules';
import { ConfigError } from '../config/rc-file';
import { EXIT_OK, EXIT_USAGE, type Output } from './lint-command';
import { PlanSettingsResolver } from './plan-settings';
import { paletteFor, wantsColour } from './colour';

/** id, default severity and what each rule checks, from the registry; JSON as one array. */
export function listRules(format: 'text' | 'json', color: boolean | undefined, out: Output): number {
  if (format === 'json') {
    out.stdout(`${JSON.stringify(RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description })), null, 2)}\n`);
    return EXIT_OK;
  }
  const p = paletteFor(wantsColour(color, out.env ?? process.env, out.stdoutIsTTY ?? false));
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const severityWidth = Math.max(...RULES.map((r) => r.defaultSeverity.length));
  out.stdout(RULES.map((r) => `${p.bold(r.id.padEnd(idWidth))}  ${r.defaultSeverity.padEnd(severityWidth)}  ${r.description}\n`).join(''));
  return EXIT_OK;
}

/**
 * The settings a plan at `file` is linted with, as a `.rmplintrc.json` would write them, with
 * every rule's severity resolved (the configured one, else the rule's default).
 */
export function printConfig(file: string, config: string | undefined, cwd: string, out: Output): number {
  let settings;
  try {
    settings = new PlanSettingsResolver(config && path.resolve(cwd, config)).forFile(path.resolve(cwd, file)).settings;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    out.stderr(`rmplint: invalid configuration ${error.message}\n`);
    return EXIT_USAGE;
  }
  const rules = Object.fromEntries(RULES.map((r) => [r.id, settings.rules[r.id] ?? r.defaultSeverity]));
  out.stdout(`${JSON.stringify({ ...settings, rules }, null, 2)}\n`);
  return EXIT_OK;
}
