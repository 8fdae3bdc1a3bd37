// Which files the `include` globs (of .rmplintrc or the rmplint.include setting) make plans,
// decided one way for the CLI and the language server (the preview asks the server).
import * as path from 'path';
import picomatch from 'picomatch';

/**
 * Compiles `rmplint.include` globs into one matcher over forward-slash paths. A glob
 * without a slash matches file names in any folder (`*.plan.md`); one with a slash
 * matches the path (picomatch's basename mode would ignore such globs).
 */
export function includeMatcher(globs: readonly string[]): (path: string) => boolean {
  const byName = globs.filter((g) => !g.includes('/'));
  const byPath = globs.filter((g) => g.includes('/'));
  const matchName = byName.length > 0 ? picomatch(byName, { dot: true, basename: true }) : () => false;
  const matchPath = byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false;
  return (path) => {
    const normalised = path.replace(/\\/g, '/');
    return matchName(normalised) || matchPath(normalised) || matchPath(normalised.replace(/^\.\//, ''));
  };
}

/**
 * Whether a file is a plan by `include`: a glob matches the whole path, or the path relative
 * to a base folder the file is in (the folder of the config file that set the globs, and
 * for the editor's setting the workspace folders).
 */
export function includedBy(globs: readonly string[], bases: readonly string[]): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = includeMatcher(globs);
  const within = (base: string, file: string) => {
    const relative = path.relative(base, file);
    return !relative.startsWith('..') && !path.isAbsolute(relative) && matches(relative);
  };
  return (file) => matches(file) || bases.some((base) => within(base, file));
}
