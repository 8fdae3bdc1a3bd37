// Writing what a command produced (a report, a page, an export, a new plan) to a file.
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { FileProblem } from './read-text';
import { reason } from './discover';

/** Writes a temp file next to the target, then renames it over: never a half-written file. */
export function writeAtomically(target: string, display: string, text: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.rmplint-tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new FileProblem(`${display}: cannot be written (${reason(error)})`);
  }
}

/** A report file (`-o`): its folder is made when missing, as ESLint does, so `-o reports/x.xml` works in a fresh checkout. */
export function writeReport(target: string, display: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw new FileProblem(`${display}: cannot be written (${reason(error)})`);
  }
  writeAtomically(target, display, text);
}

/** A new file that must not replace one: refused (FileProblem) when the path exists. */
export function writeNewFile(target: string, display: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileProblem(`${display}: already exists; rmplint never overwrites a file`);
    throw new FileProblem(`${display}: cannot be written (${reason(error)})`);
  }
}
