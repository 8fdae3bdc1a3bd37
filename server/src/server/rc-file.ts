// The `.rmplintrc` that applies to a folder. Until the engine's config loader lands this
// reads the nearest `.rmplintrc.json` / `.rmplintrc.yaml` up the tree itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LintSettings } from '../engine/options';

const NAMES = ['.rmplintrc.json', '.rmplintrc.yaml', '.rmplintrc.yml', '.rmplintrc'];

/** True for a file name that is a config file, so changes to it re-lint. */
export function isConfigFileName(fileName: string): boolean {
  return NAMES.includes(path.basename(fileName));
}

export function loadConfigFor(folder: string): Partial<LintSettings> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      try {
        const value: unknown = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
        return value && typeof value === 'object' ? (value as Partial<LintSettings>) : {};
      } catch {
        return {};
      }
    }
    if (path.dirname(dir) === dir) return {};
  }
}
