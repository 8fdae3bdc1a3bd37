// Runs the built `rmplint` (dist/cli.js) as users do, in a child process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const CLI_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
export const EXPORT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'export');

/** One finding of `--format json`. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly input?: string;
  /** The Node binary to run it with; the tests' own by default. */
  readonly node?: string;
}

/** rmplint with RMPLINT_TODAY, NO_COLOR and FORCE_COLOR cleared unless `env` sets them. */
export function rmplint(args: readonly string[], options: RunOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['RMPLINT_TODAY', 'NO_COLOR', 'FORCE_COLOR']) delete env[name];
  Object.assign(env, options.env);
  const r = spawnSync(options.node ?? process.execPath, [CLI, ...args], { cwd: options.cwd ?? CLI_FIXTURES, env: env as NodeJS.ProcessEnv, encoding: 'utf8', input: options.input ?? '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'rmplint-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies fixture files into a folder (made when missing), under the names given. */
export function copyFixtures(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [to, from] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, to));
  }
}
