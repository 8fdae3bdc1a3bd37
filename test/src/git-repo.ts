// Git repositories built by the tests themselves, in a temporary folder, with each commit dated
// through GIT_AUTHOR_DATE and GIT_COMMITTER_DATE (the history features read committer dates).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './cli-run';

export function git(dir: string, args: readonly string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function newRepo(prefix = 'rmplint-changes-'): string {
  const dir = tempDir(prefix);
  git(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

export function commitFile(dir: string, file: string, text: string, date: string, message = `edit ${date}`): void {
  fs.writeFileSync(path.join(dir, file), text);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], date);
}
