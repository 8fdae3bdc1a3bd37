// Turns command-line targets into candidate files: a file as given, a folder walked
// (skipping node_modules and dot-folders), a glob expanded from its literal base folder.
// Only Markdown and YAML files are candidates; whether one is a plan is decided later.
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { formatOf } from '../parse/detect';

export interface Candidate {
  /** The path to print: as given, or the folder/glob base joined with the relative path. */
  readonly display: string;
  readonly absolute: string;
  /** Named on the command line itself rather than found in a folder. */
  readonly explicit: boolean;
  /** The text is standard input (`-`); `absolute` is only the name it goes by. */
  readonly stdin?: boolean;
}

export interface ExpandedTarget {
  readonly target: string;
  readonly kind: 'file' | 'folder' | 'glob';
  readonly candidates: readonly Candidate[];
  /** Reasons the target (or part of it) could not be read; each makes the run exit 2. */
  readonly problems: readonly string[];
}

export function expandTarget(target: string, cwd: string): ExpandedTarget {
  const absolute = path.resolve(cwd, target);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const scan = picomatch.scan(target);
    if (code === 'ENOENT' && scan.isGlob) return expandGlob(target, scan, cwd);
    return { target, kind: 'file', candidates: [], problems: [`${target}: ${reason(error)}`] };
  }
  if (!stat.isDirectory()) return { target, kind: 'file', candidates: [{ display: target, absolute, explicit: true }], problems: [] };
  const problems: string[] = [];
  const candidates = walk(absolute, problems).map((rel) => ({
    display: path.join(target, rel),
    absolute: path.join(absolute, rel),
    explicit: false,
  }));
  return { target, kind: 'folder', candidates, problems };
}

function expandGlob(target: string, scan: ReturnType<typeof picomatch.scan>, cwd: string): ExpandedTarget {
  const { base, glob } = scan;
  const root = path.resolve(cwd, base || '.');
  const problems: string[] = [];
  if (!statOf(root)?.isDirectory()) return { target, kind: 'glob', candidates: [], problems };
  const matches = picomatch(glob);
  // `*.md` needs one folder level, `a/*.md` two; only `**` (or braces, which may hide a `/`) needs them all.
  const depth = glob.includes('**') || scan.isBrace ? Infinity : glob.split('/').length;
  const candidates = walk(root, problems, depth)
    .filter((rel) => matches(rel.split(path.sep).join('/')))
    .map((rel) => ({ display: base ? path.join(base, rel) : rel, absolute: path.join(root, rel), explicit: false }));
  return { target, kind: 'glob', candidates, problems };
}

/** Markdown and YAML files under a folder, at most `depth` folder levels down, as sorted relative paths. */
function walk(root: string, problems: string[], depth = Infinity): string[] {
  const found: string[] = [];
  const visit = (rel: string, level: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch (error) {
      problems.push(`${path.join(root, rel)}: ${reason(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = rel ? path.join(rel, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (level < depth && !entry.name.startsWith('.') && entry.name !== 'node_modules') visit(child, level + 1);
      } else if (formatOf(entry.name) && (entry.isFile() || statOf(path.join(root, child))?.isFile())) {
        found.push(child);
      }
    }
  };
  visit('', 1);
  return found;
}

/** A path's stat, following symlinks; undefined when it does not exist or cannot be read. */
function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** An fs error as a short phrase, without a stack trace. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
