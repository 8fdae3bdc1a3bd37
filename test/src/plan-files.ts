// Plan files the file-level tests run over: the bundled examples, the project's own
// fixtures, and the shared labelled corpus when it sits beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectPlan } from '../../server/out/parse/detect';
import type { PlanKind } from '../../server/out/parse/detect';

export const REPO = resolve(__dirname, '..', '..');
export const EXAMPLES = join(REPO, 'examples');
export const FIXTURES = join(REPO, 'test', 'fixtures');
export const CORPUS = resolve(REPO, '..', 'shared', 'corpus', 'dev');

export interface PlanFile {
  readonly path: string;
  readonly name: string;
  readonly kind: PlanKind;
  readonly text: string;
}

/** Plan files directly in a folder, sorted by name; none when the folder is absent. */
export function planFilesIn(dir: string): PlanFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (!/\.rmp\.(md|ya?ml)$/.test(name)) return [];
      const text = readFileSync(path, 'utf8');
      const kind = detectPlan(name, text);
      return kind ? [{ path, name, kind, text }] : [];
    });
}

/** The expected findings sidecar of a corpus-style plan (`X.expected.json`). */
export function expectedOf(file: PlanFile): { today: string; findings: { line: number; rule: string }[] } | undefined {
  const sidecar = file.path.replace(/\.rmp\.(md|ya?ml)$/, '.expected.json');
  return existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : undefined;
}
